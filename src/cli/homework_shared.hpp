// What the homework command files (homework.cpp, homework_checkoff.cpp) share.
#pragma once

#include "cli/context.hpp"
#include "core/homework.hpp"

namespace tend::cli {

/// A usage error for a dropped item, which takes no more check-offs.
void refuse_if_dropped(const core::Homework& homework);

/// Declares done, skip, undo and step under `tend hw`.
void add_checkoff_commands(CLI::App* hw, Context& ctx);

}  // namespace tend::cli
