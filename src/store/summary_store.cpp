#include "store/summary_store.hpp"

#include "store/sql_util.hpp"

namespace tend::store {

std::vector<core::DayAggregate> mood_days(Database& db, core::Day from, core::Day to,
                                          const Span& span) {
    SQLite::Statement q(db.sql(),
                        "SELECT day, count(*), sum(score), min(score), max(score) FROM mood "
                        "WHERE day BETWEEN ? AND ? AND at_utc >= ? AND at_utc < ? "
                        "AND (? = 0 OR private = 0) GROUP BY day ORDER BY day");
    bind_values(q, core::format_day(from), core::format_day(to), span.start.utc, span.end.utc,
                span.shared_only ? 1 : 0);
    std::vector<core::DayAggregate> out;
    while (q.executeStep())
        out.push_back({day_column(q.getColumn(0)), q.getColumn(1).getInt(),
                       static_cast<long>(q.getColumn(2).getInt64()), q.getColumn(3).getInt(),
                       q.getColumn(4).getInt()});
    return out;
}

std::string mood_note(Database& db, core::Day day, int score, const Span& span, bool shared_notes) {
    SQLite::Statement q(db.sql(),
                        "SELECT note FROM mood WHERE day = ? AND score = ? "
                        "AND at_utc >= ? AND at_utc < ? AND (? = 0 OR private = 0) "
                        "ORDER BY at_utc, id LIMIT 1");
    bind_values(q, core::format_day(day), score, span.start.utc, span.end.utc,
                (span.shared_only || shared_notes) ? 1 : 0);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

core::Totals mood_totals(Database& db, core::Day from, core::Day to, const Span& span) {
    SQLite::Statement q(db.sql(),
                        "SELECT count(*), coalesce(sum(score), 0) FROM mood "
                        "WHERE day BETWEEN ? AND ? AND at_utc >= ? AND at_utc < ? "
                        "AND (? = 0 OR private = 0)");
    bind_values(q, core::format_day(from), core::format_day(to), span.start.utc, span.end.utc,
                span.shared_only ? 1 : 0);
    q.executeStep();
    return {q.getColumn(0).getInt(), static_cast<long>(q.getColumn(1).getInt64())};
}

std::vector<core::TagStats> mood_tags(Database& db, core::Day from, core::Day to,
                                      const Span& span) {
    SQLite::Statement q(db.sql(),
                        "SELECT t.tag, count(*), avg(m.score) FROM mood AS m "
                        "JOIN mood_tag AS t ON t.mood_id = m.id "
                        "WHERE m.day BETWEEN ? AND ? AND m.at_utc >= ? AND m.at_utc < ? "
                        "AND (? = 0 OR m.private = 0) "
                        "GROUP BY t.tag ORDER BY count(*) DESC, t.tag");
    bind_values(q, core::format_day(from), core::format_day(to), span.start.utc, span.end.utc,
                span.shared_only ? 1 : 0);
    std::vector<core::TagStats> out;
    while (q.executeStep())
        out.push_back(
            {q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getDouble()});
    return out;
}

int count_private_moods(Database& db, core::Day from, core::Day to, const Span& span) {
    SQLite::Statement q(db.sql(),
                        "SELECT count(*) FROM mood WHERE day BETWEEN ? AND ? "
                        "AND at_utc >= ? AND at_utc < ? AND private = 1");
    bind_values(q, core::format_day(from), core::format_day(to), span.start.utc, span.end.utc);
    q.executeStep();
    return q.getColumn(0).getInt();
}

}  // namespace tend::store
