#include "store/measure_store.hpp"

#include <tuple>

#include "store/json_rows.hpp"
#include "store/sql_util.hpp"

namespace tend::store {
namespace {

// Answers come along as one JSON array per result, so that a listing is one query.
constexpr const char* select_result =
    "SELECT id, uuid, measure, title, at_utc, at_offset, day, total, band, "
    "(SELECT json_group_array(json_array(uuid, position, item, value, label, critical)) FROM "
    "(SELECT * FROM measure_answer WHERE result_id = measure_result.id ORDER BY position)) "
    "FROM measure_result ";

std::vector<core::ResultAnswer> read_answers(const std::string& json_text) {
    return json_rows(json_text, [](const nlohmann::json& row) {
        core::ResultAnswer a;
        a.uuid = row.at(0).get<std::string>();
        a.position = row.at(1).get<int>();
        a.item = row.at(2).get<std::string>();
        a.value = row.at(3).get<int>();
        a.label = row.at(4).get<std::string>();
        a.critical = row.at(5).get<int>() != 0;
        return a;
    });
}

core::MeasureResult read_result(SQLite::Statement& q) {
    core::MeasureResult r;
    r.id = q.getColumn(0).getInt64();
    r.uuid = q.getColumn(1).getString();
    r.measure = q.getColumn(2).getString();
    r.title = q.getColumn(3).getString();
    r.at = {q.getColumn(4).getInt64(), q.getColumn(5).getInt()};
    r.day = day_column(q.getColumn(6));
    r.total = q.getColumn(7).getInt();
    r.band = q.getColumn(8).getString();
    r.answers = read_answers(q.getColumn(9).getString());
    return r;
}

}  // namespace

std::int64_t insert_measure_result(Database& db, const core::MeasureResult& r,
                                   const core::Instant& now) {
    auto id = insert_row(db,
                         "INSERT INTO measure_result (uuid, measure, title, at_utc, at_offset, "
                         "day, total, band, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         r.uuid, r.measure, r.title, r.at.utc, r.at.offset, core::format_day(r.day),
                         r.total, r.band, now.utc);
    execute_each(db,
                 "INSERT INTO measure_answer (uuid, result_id, position, item, value, label, "
                 "critical) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 r.answers, [id](const core::ResultAnswer& a) {
                     return std::make_tuple(a.uuid, id, a.position, a.item, a.value, a.label,
                                            a.critical ? 1 : 0);
                 });
    return id;
}

std::vector<core::MeasureResult> list_measure_results(Database& db, const core::Period& period,
                                                      const std::string& measure) {
    auto where = period_clause(period, "day", "at_utc");
    if (!measure.empty()) {
        where.sql += where.sql.empty() ? "WHERE measure = ?" : " AND measure = ?";
        where.params.emplace_back(measure);
    }
    return rows_where(db, select_result, where, " ORDER BY at_utc, id", read_result);
}

std::vector<core::MeasureResult> measure_results_until(Database& db, core::Day to,
                                                       const std::string& measure) {
    core::Period period;
    period.until = core::Bound{to, std::nullopt};
    return list_measure_results(db, period, measure);
}

std::optional<core::MeasureResult> find_measure_result(Database& db, std::int64_t id) {
    return find_by_id(db, select_result, id, read_result);
}

std::vector<core::MeasureResult> latest_measure_results(Database& db) {
    SQLite::Statement q(db.sql(), std::string(select_result) +
                                      "WHERE id IN (SELECT (SELECT id FROM measure_result m WHERE "
                                      "m.measure = d.measure ORDER BY at_utc DESC, id DESC LIMIT "
                                      "1) FROM (SELECT DISTINCT measure FROM measure_result) d) "
                                      "ORDER BY measure");
    return all_rows(q, read_result);
}

}  // namespace tend::store
