#include "store/summary_store.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/mood_scan.hpp"
#include "store/sql_util.hpp"

namespace tend::store {
namespace {

/// Binds the window's first and last day, the span's two instants and whether only shared
/// moods count, in that order: the five parameters of a query over the moods of a summary.
void bind_window(SQLite::Statement& q, core::Day from, core::Day to, const Span& span) {
    bind_values(q, core::format_day(from), core::format_day(to), span.start.utc, span.end.utc,
                span.shared_only ? 1 : 0);
}

bool in_span(std::int64_t at_utc, bool is_private, const Span& span) {
    return at_utc >= span.start.utc && at_utc < span.end.utc && !(span.shared_only && is_private);
}

/// window_moods in one pass over the table in stored order, which is the order of the ids, so
/// that the tags (mood_tag's key starts with the mood's id) are matched as they come: nothing
/// is held but a slot per day of the window and per tag. The days are told apart here rather
/// than in SQL, where comparing each row's day text would cost a third as much again.
WindowMoods scan_window_moods(Database& db, core::Day from, core::Day to, const Span& span,
                              core::Day previous_from, core::Day previous_to,
                              const Span& previous_span, const MoodExtent& extent) {
    WindowMoods out;
    auto first = std::chrono::sys_days{from};
    std::vector<core::DayAggregate> days(static_cast<std::size_t>(day_count(from, to)));
    struct TagSum {
        int entries = 0;
        long sum = 0;
    };
    std::vector<TagSum> tag_sums;
    // Started at the window's first mood, so that the tags of the years before it are not read.
    std::optional<TagReader> tags;
    RawStatement q(db, "SELECT id, day, at_utc, score, private FROM mood NOT INDEXED");
    std::string day_text;
    std::optional<core::Day> parsed;
    while (q.step()) {
        std::string_view text = q.text(1);
        if (text != day_text || !parsed) {
            day_text = text;
            parsed = core::parse_day(text);
        }
        if (!parsed) continue;  // not a day (written outside tend): in no window
        auto day = *parsed;
        bool in_window = !(day < from) && !(to < day);
        bool in_previous = !(day < previous_from) && !(previous_to < day);
        if (!in_window && !in_previous) continue;
        auto at_utc = q.int64(2);
        auto score = q.integer(3);
        bool is_private = q.integer(4) != 0;
        if (in_previous && in_span(at_utc, is_private, previous_span)) {
            ++out.previous.entries;
            out.previous.sum += score;
        }
        if (!in_window || at_utc < span.start.utc || at_utc >= span.end.utc) continue;
        if (is_private) ++out.private_moods;
        if (span.shared_only && is_private) continue;
        auto& d = days[static_cast<std::size_t>((std::chrono::sys_days{day} - first).count())];
        if (d.entries == 0) {
            d.lowest = score;
            d.highest = score;
        }
        ++d.entries;
        d.sum += score;
        d.lowest = std::min(d.lowest, score);
        d.highest = std::max(d.highest, score);
        auto id = q.int64(0);
        if (!tags) tags.emplace(db, id, extent.last_id, false);
        tags->for_each(id, [&](std::uint32_t tag) {
            if (tag >= tag_sums.size()) tag_sums.resize(tag + 1);
            ++tag_sums[tag].entries;
            tag_sums[tag].sum += score;
        });
    }
    for (std::size_t i = 0; i < days.size(); ++i)
        if (days[i].entries > 0) {
            days[i].day = core::Day{first + std::chrono::days{static_cast<int>(i)}};
            out.days.push_back(days[i]);
        }
    for (std::size_t t = 0; t < tag_sums.size(); ++t)
        if (tag_sums[t].entries > 0)
            out.tags.push_back({tags->name(static_cast<std::uint32_t>(t)), tag_sums[t].entries,
                                static_cast<double>(tag_sums[t].sum) / tag_sums[t].entries});
    std::sort(out.tags.begin(), out.tags.end(), [](const auto& a, const auto& b) {
        if (a.entries != b.entries) return a.entries > b.entries;
        return a.tag < b.tag;
    });
    return out;
}

}  // namespace

WindowMoods window_moods(Database& db, core::Day from, core::Day to, const Span& span,
                         core::Day previous_from, core::Day previous_to,
                         const Span& previous_span) {
    // Through the day index, a mood in the window costs about seven times what reading it in a
    // pass over the table does (looking it up, then its tags through a join), and a mood of
    // the window before about once as much: the pass pays when those add up to the history.
    if (auto extent = mood_extent(db); extent && !(to < from)) {
        auto clipped = [&](core::Day lo, core::Day hi) {
            lo = std::max(lo, extent->first);
            hi = std::min(hi, extent->last);
            return hi < lo ? 0 : day_count(lo, hi);
        };
        long indexed = 7L * clipped(from, to) + clipped(previous_from, previous_to);
        if (indexed >= day_count(extent->first, extent->last))
            return scan_window_moods(db, from, to, span, previous_from, previous_to, previous_span,
                                     *extent);
    }
    WindowMoods out;
    out.days = mood_days(db, from, to, span);
    out.tags = mood_tags(db, from, to, span);
    out.private_moods = count_private_moods(db, from, to, {span.start, span.end});
    out.previous = mood_totals(db, previous_from, previous_to, previous_span);
    return out;
}

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
