#include "store/homework_store.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "store/json_rows.hpp"
#include "store/mood_scan.hpp"
#include "store/sql_util.hpp"

namespace tend::store {
namespace {

// Steps come along as one JSON array per item, so that a listing is one query.
constexpr const char* select_homework =
    "SELECT id, uuid, title, session_id, schedule, due_day, weekdays, times_per_week, anchor, "
    "barrier, plan, link, details, status, start_day, end_day, "
    "(SELECT json_group_array(json_array(position, uuid, text, done_utc, done_offset)) FROM "
    "(SELECT * FROM homework_step WHERE homework_id = homework.id ORDER BY position)) "
    "FROM homework ";

/// The same columns without the texts that only a listing shows (the steps come as NULL).
constexpr const char* select_homework_schedule =
    "SELECT id, '', title, session_id, schedule, due_day, weekdays, times_per_week, '', '', '', "
    "'', '', status, start_day, end_day, NULL FROM homework ";

constexpr const char* select_checkoff =
    "SELECT id, uuid, homework_id, day, status, note, at_utc, at_offset FROM checkoff ";

/// The same columns with the UUID left empty: a window's check-offs are shown by their day.
constexpr const char* select_checkoff_shown =
    "SELECT id, '', homework_id, day, status, note, at_utc, at_offset FROM checkoff ";

/// The same columns with the UUID and note left empty.
constexpr const char* select_checkoff_mark =
    "SELECT id, '', homework_id, day, status, '', at_utc, at_offset FROM checkoff ";

/// The items whose days meet a window: two parameters, the window's last and first day.
constexpr const char* in_window = "start_day <= ? AND (end_day IS NULL OR end_day >= ?)";

std::optional<core::Day> optional_day(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return day_column(column);
}

core::Homework read_homework(SQLite::Statement& q) {
    core::Homework h;
    h.id = q.getColumn(0).getInt64();
    h.uuid = q.getColumn(1).getString();
    h.title = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) h.session_id = q.getColumn(3).getInt64();
    h.schedule.kind =
        core::parse_schedule_kind(q.getColumn(4).getString()).value_or(core::ScheduleKind::once);
    h.schedule.due = optional_day(q.getColumn(5));
    h.schedule.weekdays = static_cast<core::WeekdayMask>(q.getColumn(6).getInt()) & 0x7fU;
    h.schedule.times_per_week = q.getColumn(7).getInt();
    h.anchor = q.getColumn(8).getString();
    h.barrier = q.getColumn(9).getString();
    h.plan = q.getColumn(10).getString();
    h.link = q.getColumn(11).getString();
    h.details = q.getColumn(12).getString();
    h.status = core::parse_homework_status(q.getColumn(13).getString())
                   .value_or(core::HomeworkStatus::open);
    h.start_day = day_column(q.getColumn(14));
    h.end_day = optional_day(q.getColumn(15));
    h.steps = checklist_items<core::Step>(q.getColumn(16).getString());
    return h;
}

core::Checkoff read_checkoff(SQLite::Statement& q) {
    core::Checkoff c;
    c.id = q.getColumn(0).getInt64();
    c.uuid = q.getColumn(1).getString();
    c.homework_id = q.getColumn(2).getInt64();
    c.day = day_column(q.getColumn(3));
    c.status = core::parse_checkoff_status(q.getColumn(4).getString())
                   .value_or(core::CheckoffStatus::done);
    c.note = q.getColumn(5).getString();
    c.at = {q.getColumn(6).getInt64(), q.getColumn(7).getInt()};
    return c;
}

/// The same, stepped through SQLite's own calls, for the windows of years.
core::Checkoff scan_checkoff(const RawStatement& q) {
    core::Checkoff c;
    c.id = q.int64(0);
    c.uuid = q.text(1);
    c.homework_id = q.int64(2);
    c.day = core::parse_day(q.text(3)).value_or(
        core::Day{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}});
    c.status = core::parse_checkoff_status(q.text(4)).value_or(core::CheckoffStatus::done);
    c.note = q.text(5);
    c.at = {q.int64(6), q.integer(7)};
    return c;
}

/// The check-offs of the items, by item and day; from a day on, or all of them.
std::vector<core::Checkoff> checkoffs_of_items(Database& db,
                                               const std::vector<core::Homework>& items,
                                               std::optional<core::Day> from) {
    if (items.empty()) return {};
    Clause in_items{"homework_id IN (", {}};
    for (const auto& h : items) {
        in_items.sql += in_items.params.empty() ? "?" : ", ?";
        in_items.params.emplace_back(h.id);
    }
    in_items.sql += ") ";
    if (from) {
        in_items.sql += "AND day >= ? ";
        in_items.params.emplace_back(core::format_day(*from));
    }
    SQLite::Statement q(db.sql(), std::string(select_checkoff) + "WHERE " + in_items.sql +
                                      "ORDER BY homework_id, day");
    in_items.bind(q);
    return all_rows(q, read_checkoff);
}

/// A day as text, or nothing (NULL).
/// The schedule, texts, status and end day, for the columns schedule, due_day, weekdays,
/// times_per_week, anchor, barrier, plan, link, details, status and end_day.
auto field_values(const core::Homework& h) {
    return std::make_tuple(core::schedule_kind_name(h.schedule.kind), day_text(h.schedule.due),
                           static_cast<int>(h.schedule.weekdays), h.schedule.times_per_week,
                           h.anchor, h.barrier, h.plan, h.link, h.details,
                           core::homework_status_name(h.status), day_text(h.end_day));
}

}  // namespace

std::int64_t insert_homework(Database& db, const core::Homework& h, const core::Instant& now) {
    // A new step re-indexes its homework's text, all steps so far, for search (a trigger): steps
    // added after their homework cost the square of their number. So the steps go in first,
    // under the id the homework is about to get (as AUTOINCREMENT would choose it), and the
    // homework after them is indexed once, with all of them. Their reference to it is checked
    // at commit (defer_foreign_keys lasts to the end of the transaction, the caller's or this
    // one; turning it off earlier would drop the check).
    std::optional<WriteTransaction> own;
    if (!db.in_write()) own.emplace(db);
    auto id = db.sql()
                  .execAndGet(
                      "SELECT max(ifnull((SELECT seq FROM sqlite_sequence WHERE name = "
                      "'homework'), 0), ifnull((SELECT max(id) FROM homework), 0)) + 1")
                  .getInt64();
    db.sql().exec("PRAGMA defer_foreign_keys = ON");
    execute_each(db,
                 "INSERT INTO homework_step (uuid, homework_id, position, text) "
                 "VALUES (?, ?, ?, ?)",
                 h.steps, [id](const core::Step& s) {
                     return std::make_tuple(s.uuid, id, s.position, s.text);
                 });
    execute(db,
            "INSERT INTO homework (id, uuid, title, session_id, start_day, created_utc, "
            "updated_utc, schedule, due_day, weekdays, times_per_week, anchor, barrier, plan, "
            "link, details, status, end_day) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id, h.uuid, h.title, h.session_id, core::format_day(h.start_day), now.utc, now.utc,
            field_values(h));
    if (own) own->commit();
    return id;
}

std::optional<core::Homework> find_homework(Database& db, std::int64_t id) {
    return find_by_id(db, select_homework, id, read_homework);
}

std::vector<core::Homework> list_homework(Database& db, bool include_closed) {
    return rows_where(db, select_homework, open_only(include_closed), " ORDER BY id",
                      read_homework);
}

void update_homework(Database& db, const core::Homework& h, const core::Instant& now) {
    execute(db,
            "UPDATE homework SET title = ?, updated_utc = ?, schedule = ?, due_day = ?, "
            "weekdays = ?, times_per_week = ?, anchor = ?, barrier = ?, plan = ?, link = ?, "
            "details = ?, status = ?, end_day = ? WHERE id = ?",
            h.title, now.utc, field_values(h), h.id);
}

void delete_homework(Database& db, std::int64_t id) {
    execute(db, "DELETE FROM homework WHERE id = ?", id);
}

void set_step_done(Database& db, std::int64_t homework_id, int position,
                   const std::optional<core::Instant>& at) {
    execute(db,
            "UPDATE homework_step SET done_utc = ?, done_offset = ?, updated_utc = unixepoch() "
            "WHERE homework_id = ? AND position = ?",
            at ? std::optional{at->utc} : std::nullopt,
            at ? std::optional{at->offset} : std::nullopt, homework_id, position);
}

std::vector<core::Checkoff> checkoffs_of(Database& db, std::int64_t homework_id) {
    SQLite::Statement q(db.sql(),
                        std::string(select_checkoff) + "WHERE homework_id = ? ORDER BY day");
    bind_values(q, homework_id);
    return all_rows(q, read_checkoff);
}

std::vector<core::Checkoff> checkoffs_of(Database& db, const std::vector<core::Homework>& items) {
    return checkoffs_of_items(db, items, std::nullopt);
}

std::vector<core::Checkoff> checkoffs_since(Database& db, const std::vector<core::Homework>& items,
                                            core::Day from) {
    return checkoffs_of_items(db, items, from);
}

std::int64_t insert_checkoff(Database& db, const core::Checkoff& c, const core::Instant& now) {
    return insert_row(db,
                      "INSERT INTO checkoff (uuid, homework_id, day, status, note, at_utc, "
                      "at_offset, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      c.uuid, c.homework_id, core::format_day(c.day),
                      core::checkoff_status_name(c.status), c.note, c.at.utc, c.at.offset, now.utc);
}

std::optional<core::Checkoff> latest_checkoff(Database& db, std::int64_t homework_id) {
    // Row ids grow with each insert (a deleted last row's id is only ever taken by a newer
    // one), so the highest is the one recorded last, whatever day it is for.
    SQLite::Statement q(
        db.sql(), std::string(select_checkoff) + "WHERE homework_id = ? ORDER BY id DESC LIMIT 1");
    bind_values(q, homework_id);
    return first_row(q, read_checkoff);
}

void delete_checkoff(Database& db, std::int64_t id) {
    execute(db, "DELETE FROM checkoff WHERE id = ?", id);
}

namespace {

HomeworkWindow homework_window(Database& db, core::Day from, core::Day to,
                               const char* homework_columns, const char* checkoff_columns) {
    auto last = core::format_day(to), first = core::format_day(from);
    HomeworkWindow w;
    SQLite::Statement items(db.sql(),
                            std::string(homework_columns) + "WHERE " + in_window + " ORDER BY id");
    bind_values(items, last, first);
    w.homework = all_rows(items, read_homework);
    if (w.homework.empty()) return w;
    SQLite::Statement count(db.sql(), "SELECT count(*) FROM homework");
    count.executeStep();
    if (2 * static_cast<std::int64_t>(w.homework.size()) < count.getColumn(0).getInt64()) {
        RawStatement checks(db, (std::string(checkoff_columns) +
                                 "WHERE homework_id IN (SELECT id FROM homework WHERE " +
                                 in_window + ") ORDER BY homework_id, day")
                                    .c_str());
        checks.bind(1, last);
        checks.bind(2, first);
        while (checks.step()) w.checkoffs.push_back(scan_checkoff(checks));
        return w;
    }
    // Most items meet the window (years of it): one pass over the table in the order it is
    // stored costs a third of looking each check-off up from the (homework_id, day) index.
    // Held at once, at their number: a vector grown by doubling would touch about twice the
    // memory, all of it new to the process (the count reads the smallest index of the table).
    SQLite::Statement rows(db.sql(), "SELECT count(*) FROM checkoff");
    rows.executeStep();
    w.checkoffs.reserve(static_cast<std::size_t>(rows.getColumn(0).getInt64()));
    RawStatement checks(db, (std::string(checkoff_columns) + "NOT INDEXED").c_str());
    std::vector<std::int64_t> ids;  // rising: the items are read by id
    ids.reserve(w.homework.size());
    for (const auto& h : w.homework) ids.push_back(h.id);
    while (checks.step())
        if (std::binary_search(ids.begin(), ids.end(), checks.int64(2)))
            w.checkoffs.push_back(scan_checkoff(checks));
    std::sort(w.checkoffs.begin(), w.checkoffs.end(), [](const auto& a, const auto& b) {
        return std::tie(a.homework_id, a.day) < std::tie(b.homework_id, b.day);
    });
    return w;
}

}  // namespace

HomeworkWindow load_homework_window(Database& db, core::Day from, core::Day to) {
    return homework_window(db, from, to, select_homework, select_checkoff_shown);
}

HomeworkWindow load_homework_marks(Database& db, core::Day from, core::Day to) {
    return homework_window(db, from, to, select_homework_schedule, select_checkoff_mark);
}

}  // namespace tend::store
