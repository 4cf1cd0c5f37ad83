#include "store/summary_store.hpp"

#include "store/sql_util.hpp"

namespace tend::store {
namespace {

/// Binds the window's first and last day, the span's two instants and whether only shared
/// moods count, in that order: the five parameters of a query over the moods of a summary.
void bind_window(SQLite::Statement& q, core::Day from, core::Day to, const Span& span) {
    bind_values(q, core::format_day(from), core::format_day(to), span.start.utc, span.end.utc,
                span.shared_only ? 1 : 0);
}

}  // namespace

std::vector<core::DayAggregate> mood_days(Database& db, core::Day from, core::Day to,
                                          const Span& span) {
    SQLite::Statement q(db.sql(),
                        "SELECT day, count(*), sum(score), min(score), max(score) FROM mood "
                        "WHERE day BETWEEN ? AND ? AND at_utc >= ? AND at_utc < ? "
                        "AND (? = 0 OR private = 0) GROUP BY day ORDER BY day");
    bind_window(q, from, to, span);
    return all_rows(q, [](SQLite::Statement& row) {
        return core::DayAggregate{day_column(row.getColumn(0)), row.getColumn(1).getInt(),
                                  static_cast<long>(row.getColumn(2).getInt64()),
                                  row.getColumn(3).getInt(), row.getColumn(4).getInt()};
    });
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
    bind_window(q, from, to, span);
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
    bind_window(q, from, to, span);
    return all_rows(q, [](SQLite::Statement& row) {
        return core::TagStats{row.getColumn(0).getString(), row.getColumn(1).getInt(),
                              row.getColumn(2).getDouble()};
    });
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
