// What the homework command files (homework.cpp, homework_checkoff.cpp) share.
#pragma once

#include <cstdint>

#include "cli/context.hpp"
#include "core/homework.hpp"
#include "store/database.hpp"

namespace tend::cli {

/// Homework `id`, read inside a write transaction begun on the database that holds it: what a
/// command that changes the item works on and commits. The usage error no_record (shared.hpp)
/// when there is no such item. Use: `auto [db, tx, hw] = HomeworkChange(ctx, id);`.
struct HomeworkChange {
    HomeworkChange(Context& ctx, std::int64_t id);

    store::Database& db;
    store::WriteTransaction tx;
    core::Homework hw;
};

/// A usage error for a dropped item, which takes no more check-offs.
void refuse_if_dropped(const core::Homework& homework);

/// Declares done, skip, undo and step under `tend hw`.
void add_checkoff_commands(CLI::App* hw, Context& ctx);

}  // namespace tend::cli
