// What `tend __complete` prints for the shell scripts: one candidate a line as
// "value<TAB>description", the directive asking for file names, and the whole command tree
// as tab-separated lines for tests and tools.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/completion.hpp"

namespace tend::render {

/// The line that asks the shell to complete file names itself, alone in the output.
inline constexpr std::string_view complete_files_directive = ":files\n";

/// One "value<TAB>description" line per candidate (just the value when there is no
/// description); tabs, newlines and control characters in either become spaces or visible
/// escapes, and a long description is cut.
[[nodiscard]] std::string candidate_lines(const std::vector<core::completion::Candidate>& list);

/// Records as candidates: the id, described by day, what it is and its note ("Fri 20 Nov · 7 ·
/// slept well"; homework by its title).
[[nodiscard]] std::vector<core::completion::Candidate> record_candidates(
    const std::vector<core::completion::RecordPick>& picks);

/// Tags as candidates, described by how many moods carry them.
[[nodiscard]] std::vector<core::completion::Candidate> tag_candidates(
    const std::vector<core::completion::TagUse>& tags);

/// The command tree, one line per item, fields separated by tabs:
///   command     PATH  DESCRIPTION
///   alias       PATH  ALIAS
///   option      PATH  NAMES (comma-separated)  VALUE (empty for a flag)  DESCRIPTION
///   positional  PATH  NAME  DESCRIPTION
/// where PATH is the command's words from the root ("tend hw done").
[[nodiscard]] std::string command_tree_lines(const core::completion::CommandSpec& root);

}  // namespace tend::render
