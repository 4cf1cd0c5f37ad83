// Small pieces every record module of the store uses: binding values, running a statement,
// reading rows and days, splitting aggregated columns, and the WHERE clause of a period.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "core/period.hpp"
#include "store/database.hpp"

namespace tend::store {

namespace detail {

template <class T>
void bind_next(SQLite::Statement& q, int& index, const T& value) {
    q.bind(++index, value);
}

inline void bind_next(SQLite::Statement& q, int& index, std::string_view text) {
    q.bind(++index, std::string(text));
}

template <class T>
void bind_next(SQLite::Statement& q, int& index, const std::optional<T>& value) {
    if (value)
        bind_next(q, index, *value);
    else
        q.bind(++index);
}

template <class... T>
void bind_next(SQLite::Statement& q, int& index, const std::tuple<T...>& values) {
    std::apply([&](const auto&... value) { (bind_next(q, index, value), ...); }, values);
}

}  // namespace detail

/// Binds the values to the statement's parameters in order, from the first, as SQLite::bind
/// (SQLiteCpp/VariadicBind.h) does; besides what Statement::bind takes, a std::string_view
/// binds as text, an empty std::optional as NULL, and a std::tuple as its elements in turn.
template <class... Values>
void bind_values(SQLite::Statement& q, const Values&... values) {
    int index = 0;
    (detail::bind_next(q, index, values), ...);
}

/// Runs a statement that returns no rows, with the values bound. The SQL is a constant: joined
/// text does not convert to `const char*`.
template <class... Values>
void execute(Database& db, const char* sql, const Values&... values) {
    SQLite::Statement q(db.sql(), sql);
    bind_values(q, values...);
    q.exec();
}

/// Runs an INSERT with the values bound, and gives the new row's id.
template <class... Values>
std::int64_t insert_row(Database& db, const char* sql, const Values&... values) {
    execute(db, sql, values...);
    return db.sql().getLastInsertRowid();
}

/// Every row of a query, each read by `read(q)`.
template <class Read>
auto all_rows(SQLite::Statement& q, Read read) {
    std::vector<decltype(read(q))> out;
    while (q.executeStep()) out.push_back(read(q));
    return out;
}

/// The first row of a query read by `read(q)`, or nothing when there is none.
template <class Read>
auto first_row(SQLite::Statement& q, Read read) -> std::optional<decltype(read(q))> {
    if (!q.executeStep()) return std::nullopt;
    return read(q);
}

/// Runs the statement once for each item, with the values `values(item)` gives (a std::tuple)
/// bound: the rows that list a record's parts, such as a mood's tags.
template <class Items, class Values>
void execute_each(Database& db, const char* sql, const Items& items, Values values) {
    SQLite::Statement q(db.sql(), sql);
    for (const auto& item : items) {
        bind_values(q, values(item));
        q.exec();
        q.reset();
    }
}

/// A `YYYY-MM-DD` column as a day (1970-01-01 if it is not one).
[[nodiscard]] core::Day day_column(const SQLite::Column& column);

/// A day to store as `YYYY-MM-DD`, or NULL (nullopt) for no day.
[[nodiscard]] std::optional<std::string> day_text(const std::optional<core::Day>& day);

/// The row of this `id` that `select` (a SELECT up to its FROM clause and a space) finds, read
/// by `read(q)`, or nothing when there is none.
template <class Read>
auto find_by_id(Database& db, const char* select, std::int64_t id, Read read) {
    SQLite::Statement q(db.sql(), std::string(select) + "WHERE id = ?");
    bind_values(q, id);
    return first_row(q, read);
}

/// The first five columns as a dated record's id, uuid, instant (UTC seconds and offset) and
/// day, as every dated table stores them.
template <class Record>
void read_stamp(SQLite::Statement& q, Record& r) {
    r.id = q.getColumn(0).getInt64();
    r.uuid = q.getColumn(1).getString();
    r.at = {q.getColumn(2).getInt64(), q.getColumn(3).getInt()};
    r.day = day_column(q.getColumn(4));
}

/// Splits a group_concat(..., char(31)) result; empty text gives no items.
[[nodiscard]] std::vector<std::string> split_unit_separated(const std::string& text);

/// A piece of SQL (a WHERE clause with leading "WHERE ", or empty, or a condition) with `?`
/// for each of its parameters, and the parameters in order.
struct Clause {
    std::string sql;
    std::vector<std::variant<std::string, std::int64_t>> params;
    /// Binds the parameters from the first on.
    void bind(SQLite::Statement& q) const;
};

/// The clause that keeps only open records (status 'open'), or none when closed ones count too.
[[nodiscard]] Clause open_only(bool include_closed);

/// The rows that `select` (a SELECT up to its FROM clause and a space) finds under the clause,
/// in the order `order` (" ORDER BY ..."), each read by `read(q)`.
template <class Read>
auto rows_where(Database& db, const char* select, const Clause& where, const char* order,
                Read read) {
    SQLite::Statement q(db.sql(), std::string(select) + where.sql + order);
    where.bind(q);
    return all_rows(q, read);
}

/// The clause for a period over a day column and an instant column: a day bound compares days,
/// a bound with a time compares instants.
[[nodiscard]] Clause period_clause(const core::Period& period, const char* day_column,
                                   const char* utc_column);

}  // namespace tend::store
