// Hints that commands give to shell completion (`tend __complete`).
#pragma once

#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace tend::cli {

/// A validator that checks nothing and tells completion the words an option accepts. The words
/// come from the option's table of choices (core/choices.hpp), which also gives its parser, its
/// message and its help, so the four cannot drift apart.
/// Use: `opt->check(completes_with(core::formats.words()))`.
[[nodiscard]] CLI::Validator completes_with(const std::vector<std::string_view>& words);

}  // namespace tend::cli
