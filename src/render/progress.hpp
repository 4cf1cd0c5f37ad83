// A progress bar on standard error for long imports: drawn only when standard error is a
// terminal, redrawn in place, and wiped when the work is done, so that nothing of it reaches a
// pipe or a log.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

namespace tend::render {

/// What a progress bar counts.
enum class ProgressCount {
    records,  ///< shown: "(3500 of 10000)"
    bytes,    ///< of a document read in one or more passes: only the percentage is shown
};

/// The bar for `done` of `total`: "importing [#######.............]  35% (3500 of 10000)".
[[nodiscard]] std::string progress_bar(std::size_t done, std::size_t total,
                                       ProgressCount count = ProgressCount::records);

class Progress {
public:
    /// Draws on `out` only when `enabled` (standard error is a terminal and the work is large).
    Progress(std::ostream& out, bool enabled, ProgressCount count = ProgressCount::records)
        : out_(out), enabled_(enabled), count_(count) {}
    ~Progress() { finish(); }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Redraws when the percentage changed.
    void update(std::size_t done, std::size_t total);
    /// Wipes the bar.
    void finish();

private:
    std::ostream& out_;
    bool enabled_;
    ProgressCount count_;
    bool drawn_ = false;
    int percent_ = -1;
};

}  // namespace tend::render
