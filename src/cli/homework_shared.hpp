// What the homework command files (homework.cpp, homework_checkoff.cpp) share.
#pragma once

#include <cstdint>

#include "cli/context.hpp"
#include "core/homework.hpp"

namespace tend::cli {

/// The item with this id; a usage error if there is none (or no database at all yet).
[[nodiscard]] core::Homework existing_homework(store::Database* db, std::int64_t id);

/// The database holding homework `id`, or a usage error naming the id when there is none yet.
[[nodiscard]] store::Database& database_with(Context& ctx, std::int64_t id);

/// A usage error for a dropped item, which takes no more check-offs.
void refuse_if_dropped(const core::Homework& homework);

/// Declares done, skip, undo and step under `tend hw`.
void add_checkoff_commands(CLI::App* hw, Context& ctx);

}  // namespace tend::cli
