// A progress bar on standard error for long imports: drawn only when standard error is a
// terminal, redrawn in place, and wiped when the work is done, so that nothing of it reaches a
// pipe or a log.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

namespace tend::render {

/// The bar for `done` of `total`: "importing [##########....................]  35%". Only the
/// percentage is shown: an import counts bytes read and records written in one bar.
[[nodiscard]] std::string progress_bar(std::size_t done, std::size_t total);

class Progress {
public:
    /// Draws on `out` only when `enabled` (standard error is a terminal and the work is large).
    Progress(std::ostream& out, bool enabled) : out_(out), enabled_(enabled) {}
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
    bool drawn_ = false;
    int percent_ = -1;
};

}  // namespace tend::render
