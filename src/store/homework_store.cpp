#include "store/homework_store.hpp"

#include <string>

#include <nlohmann/json.hpp>

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

constexpr const char* select_checkoff =
    "SELECT id, uuid, homework_id, day, status, note, at_utc, at_offset FROM checkoff ";

/// The items whose days meet a window: two parameters, the window's last and first day.
constexpr const char* in_window = "start_day <= ? AND (end_day IS NULL OR end_day >= ?)";

std::optional<core::Day> optional_day(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return day_column(column);
}

std::vector<core::Step> read_steps(const std::string& json_text) {
    std::vector<core::Step> steps;
    auto array = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (!array.is_array()) return steps;
    for (const auto& row : array) {
        core::Step s;
        s.position = row.at(0).get<int>();
        s.uuid = row.at(1).get<std::string>();
        s.text = row.at(2).get<std::string>();
        if (!row.at(3).is_null())
            s.done_at = core::Instant{row.at(3).get<std::int64_t>(),
                                      row.at(4).is_null() ? 0 : row.at(4).get<std::int32_t>()};
        steps.push_back(std::move(s));
    }
    return steps;
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
    h.steps = read_steps(q.getColumn(16).getString());
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

std::vector<core::Homework> query_homework(SQLite::Statement& q) {
    std::vector<core::Homework> out;
    while (q.executeStep()) out.push_back(read_homework(q));
    return out;
}

std::vector<core::Checkoff> query_checkoffs(SQLite::Statement& q) {
    std::vector<core::Checkoff> out;
    while (q.executeStep()) out.push_back(read_checkoff(q));
    return out;
}

/// "?, ?, ?": one parameter per item.
std::string id_marks(const std::vector<core::Homework>& items) {
    std::string marks;
    for (std::size_t i = 0; i < items.size(); ++i) marks += i == 0 ? "?" : ", ?";
    return marks;
}

void bind_optional_day(SQLite::Statement& q, int index, const std::optional<core::Day>& day) {
    if (day)
        q.bind(index, core::format_day(*day));
    else
        q.bind(index);
}

/// Binds the schedule, texts, status and end day from position `first`: 11 parameters.
void bind_fields(SQLite::Statement& q, int first, const core::Homework& h) {
    q.bind(first, std::string(core::schedule_kind_name(h.schedule.kind)));
    bind_optional_day(q, first + 1, h.schedule.due);
    q.bind(first + 2, static_cast<int>(h.schedule.weekdays));
    q.bind(first + 3, h.schedule.times_per_week);
    q.bind(first + 4, h.anchor);
    q.bind(first + 5, h.barrier);
    q.bind(first + 6, h.plan);
    q.bind(first + 7, h.link);
    q.bind(first + 8, h.details);
    q.bind(first + 9, std::string(core::homework_status_name(h.status)));
    bind_optional_day(q, first + 10, h.end_day);
}

}  // namespace

std::int64_t insert_homework(Database& db, const core::Homework& h, const core::Instant& now) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO homework (uuid, title, session_id, start_day, created_utc, "
                        "updated_utc, schedule, due_day, weekdays, times_per_week, anchor, "
                        "barrier, plan, link, details, status, end_day) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, h.uuid);
    q.bind(2, h.title);
    if (h.session_id)
        q.bind(3, *h.session_id);
    else
        q.bind(3);
    q.bind(4, core::format_day(h.start_day));
    q.bind(5, now.utc);
    q.bind(6, now.utc);
    bind_fields(q, 7, h);
    q.exec();
    auto id = db.sql().getLastInsertRowid();
    SQLite::Statement step(db.sql(),
                           "INSERT INTO homework_step (uuid, homework_id, position, text) "
                           "VALUES (?, ?, ?, ?)");
    for (const auto& s : h.steps) {
        step.bind(1, s.uuid);
        step.bind(2, id);
        step.bind(3, s.position);
        step.bind(4, s.text);
        step.exec();
        step.reset();
    }
    return id;
}

std::optional<core::Homework> find_homework(Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), std::string(select_homework) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_homework(q);
}

std::vector<core::Homework> list_homework(Database& db, bool include_closed) {
    SQLite::Statement q(db.sql(), std::string(select_homework) +
                                      (include_closed ? "" : "WHERE status = 'open' ") +
                                      "ORDER BY id");
    return query_homework(q);
}

void update_homework(Database& db, const core::Homework& h, const core::Instant& now) {
    SQLite::Statement q(db.sql(),
                        "UPDATE homework SET title = ?, updated_utc = ?, schedule = ?, "
                        "due_day = ?, weekdays = ?, times_per_week = ?, anchor = ?, barrier = ?, "
                        "plan = ?, link = ?, details = ?, status = ?, end_day = ? WHERE id = ?");
    q.bind(1, h.title);
    q.bind(2, now.utc);
    bind_fields(q, 3, h);
    q.bind(14, h.id);
    q.exec();
}

void set_step_done(Database& db, std::int64_t homework_id, int position,
                   const std::optional<core::Instant>& at) {
    SQLite::Statement q(db.sql(),
                        "UPDATE homework_step SET done_utc = ?, done_offset = ? "
                        "WHERE homework_id = ? AND position = ?");
    if (at) {
        q.bind(1, at->utc);
        q.bind(2, at->offset);
    } else {
        q.bind(1);
        q.bind(2);
    }
    q.bind(3, homework_id);
    q.bind(4, position);
    q.exec();
}

std::vector<core::Checkoff> checkoffs_of(Database& db, std::int64_t homework_id) {
    SQLite::Statement q(db.sql(),
                        std::string(select_checkoff) + "WHERE homework_id = ? ORDER BY day");
    q.bind(1, homework_id);
    return query_checkoffs(q);
}

std::vector<core::Checkoff> checkoffs_of(Database& db, const std::vector<core::Homework>& items) {
    if (items.empty()) return {};
    SQLite::Statement q(db.sql(), std::string(select_checkoff) + "WHERE homework_id IN (" +
                                      id_marks(items) + ") ORDER BY homework_id, day");
    int index = 1;
    for (const auto& h : items) q.bind(index++, h.id);
    return query_checkoffs(q);
}

std::vector<core::Checkoff> checkoffs_since(Database& db, const std::vector<core::Homework>& items,
                                            core::Day from) {
    if (items.empty()) return {};
    SQLite::Statement q(db.sql(), std::string(select_checkoff) + "WHERE homework_id IN (" +
                                      id_marks(items) + ") AND day >= ? ORDER BY homework_id, day");
    int index = 1;
    for (const auto& h : items) q.bind(index++, h.id);
    q.bind(index, core::format_day(from));
    return query_checkoffs(q);
}

std::int64_t insert_checkoff(Database& db, const core::Checkoff& c, const core::Instant& now) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO checkoff (uuid, homework_id, day, status, note, at_utc, "
                        "at_offset, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, c.uuid);
    q.bind(2, c.homework_id);
    q.bind(3, core::format_day(c.day));
    q.bind(4, std::string(core::checkoff_status_name(c.status)));
    q.bind(5, c.note);
    q.bind(6, c.at.utc);
    q.bind(7, c.at.offset);
    q.bind(8, now.utc);
    q.exec();
    return db.sql().getLastInsertRowid();
}

std::optional<core::Checkoff> latest_checkoff(Database& db, std::int64_t homework_id) {
    // Row ids grow with each insert (a deleted last row's id is only ever taken by a newer
    // one), so the highest is the one recorded last, whatever day it is for.
    SQLite::Statement q(
        db.sql(), std::string(select_checkoff) + "WHERE homework_id = ? ORDER BY id DESC LIMIT 1");
    q.bind(1, homework_id);
    if (!q.executeStep()) return std::nullopt;
    return read_checkoff(q);
}

void delete_checkoff(Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), "DELETE FROM checkoff WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

HomeworkWindow load_homework_window(Database& db, core::Day from, core::Day to) {
    auto last = core::format_day(to), first = core::format_day(from);
    HomeworkWindow w;
    SQLite::Statement items(db.sql(),
                            std::string(select_homework) + "WHERE " + in_window + " ORDER BY id");
    items.bind(1, last);
    items.bind(2, first);
    w.homework = query_homework(items);
    SQLite::Statement checks(db.sql(), std::string(select_checkoff) +
                                           "WHERE homework_id IN (SELECT id FROM homework WHERE " +
                                           in_window + ") ORDER BY homework_id, day");
    checks.bind(1, last);
    checks.bind(2, first);
    w.checkoffs = query_checkoffs(checks);
    return w;
}

}  // namespace tend::store
