// What the client keeps to themselves: a mood, win or guided entry marked private is left out
// of what is handed over (the summary's text, the HTML report, `export --share`) unless asked
// for, and its mood still counts in the summary's figures unless the config says otherwise.
#pragma once

#include "core/archive.hpp"
#include "core/summary.hpp"

namespace tend::core {

/// How private entries are treated by a command that hands things over.
struct Privacy {
    bool include = false;     ///< --include-private: show their text too
    bool count_moods = true;  ///< `[privacy] count_private`: their moods count in the figures
    /// True when the figures (means, days logged, the chart's dots) leave private moods out.
    [[nodiscard]] bool figures_shared_only() const { return !include && !count_moods; }
};

/// Leaves the private reflections, worksheets, wins and prep out of the summary unless
/// `privacy.include`, and sets `private_left_out` to how many entries were left out:
/// those, and the window's private moods (`private_moods`), whose notes the summary no longer
/// shows. A private reflection or prep left out still counts as written for the gaps.
void leave_out_private(Summary& summary, int private_moods, const Privacy& privacy);

/// Leaves the private records (moods, wins, guided entries: the kinds with a "private" field)
/// out of an archive, for `export --share`; returns how many were left out.
std::size_t leave_out_private(Archive& archive);

}  // namespace tend::core
