// Hints that commands give to shell completion (`tend __complete`).
#pragma once

#include <initializer_list>
#include <string_view>

#include <CLI/CLI.hpp>

namespace tend::cli {

/// A validator that checks nothing and tells completion the words an option accepts, so they
/// are declared once, beside the option; the command keeps its own checks and messages.
/// Use: `opt->check(completes_with({"text", "markdown", "json"}))`.
[[nodiscard]] CLI::Validator completes_with(std::initializer_list<std::string_view> words);

}  // namespace tend::cli
