// Small pieces every record module of the store uses: reading days, splitting aggregated
// columns, and the WHERE clause of a period.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "core/period.hpp"

namespace tend::store {

/// A `YYYY-MM-DD` column as a day (1970-01-01 if it is not one).
[[nodiscard]] core::Day day_column(const SQLite::Column& column);

/// Splits a group_concat(..., char(31)) result; empty text gives no items.
[[nodiscard]] std::vector<std::string> split_unit_separated(const std::string& text);

/// A WHERE clause (with leading "WHERE ", or empty) restricting a period, and its parameters.
struct Clause {
    std::string sql;
    std::vector<std::variant<std::string, std::int64_t>> params;
    /// Binds the parameters from position `first` on.
    void bind(SQLite::Statement& q, int first = 1) const;
};

/// The clause for a period over a day column and an instant column: a day bound compares days,
/// a bound with a time compares instants.
[[nodiscard]] Clause period_clause(const core::Period& period, const char* day_column,
                                   const char* utc_column);

}  // namespace tend::store
