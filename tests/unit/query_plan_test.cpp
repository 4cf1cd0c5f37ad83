// The query plans behind the everyday commands: the statements a store function runs are
// captured as SQLite runs them and explained, and none may walk a whole table of history (a
// SCAN of mood, entry or checkoff), so their cost follows the window asked for, not the years
// of records. Plans, not timings: SQLite plans an empty table as it plans a full one.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "support.hpp"

#include "core/period.hpp"
#include "store/database.hpp"
#include "store/entry_store.hpp"
#include "store/insights_store.hpp"
#include "store/mood_store.hpp"
#include "store/summary_store.hpp"

using namespace tend;
using namespace tend::core;

namespace {

/// A database in a fresh directory (test::TempDatabase), recording the text of every statement
/// it runs.
class TracedDatabase {
public:
    TracedDatabase() {
        sqlite3_trace_v2(db_->sql().getHandle(), SQLITE_TRACE_STMT, &TracedDatabase::trace, this);
    }
    TracedDatabase(const TracedDatabase&) = delete;
    TracedDatabase& operator=(const TracedDatabase&) = delete;

    store::Database& db() { return *db_; }

    /// Forgets the statements run so far (the scene a test sets).
    void forget() { statements_.clear(); }

    /// The plans of the statements run since the last call: per statement, its text and then
    /// one line per step of its plan.
    std::vector<std::vector<std::string>> plans() {
        auto statements = std::move(statements_);
        statements_.clear();
        sqlite3_trace_v2(db_->sql().getHandle(), 0, nullptr, nullptr);
        std::vector<std::vector<std::string>> out;
        for (const auto& sql : statements) {
            SQLite::Statement q(db_->sql(), "EXPLAIN QUERY PLAN " + sql);
            std::vector<std::string> plan{sql};
            while (q.executeStep()) plan.push_back(q.getColumn(3).getString());
            out.push_back(plan);
        }
        sqlite3_trace_v2(db_->sql().getHandle(), SQLITE_TRACE_STMT, &TracedDatabase::trace, this);
        return out;
    }

private:
    static int trace(unsigned, void* self, void* statement, void*) {
        char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        if (sql != nullptr) static_cast<TracedDatabase*>(self)->statements_.emplace_back(sql);
        sqlite3_free(sql);
        return 0;
    }

    std::vector<std::string> statements_;  // first in, last out: closing may still trace
    test::TempDatabase db_;
};

/// Checks that no plan reads a whole table (`SCAN name`; scanning a subquery's few rows, or a
/// select's one row of values, is fine), or every entry of a kind (an index searched on the
/// kind alone).
void check_no_history_scan(const std::vector<std::vector<std::string>>& plans) {
    REQUIRE_FALSE(plans.empty());
    for (const auto& plan : plans) {
        INFO(plan.front());
        for (std::size_t i = 1; i < plan.size(); ++i) {
            const auto& step = plan[i];
            INFO(step);
            CHECK_FALSE((step.rfind("SCAN ", 0) == 0 && step.rfind("SCAN (", 0) != 0 &&
                         step != "SCAN CONSTANT ROW"));
            CHECK(step.find("(kind=?)") == std::string::npos);
        }
    }
}

const Day from = parse_day("2026-11-13").value();
const Day to = parse_day("2026-11-20").value();

}  // namespace

TEST_CASE("listing moods of a window searches the window", "[store][plan]") {
    TracedDatabase t;
    (void)store::list_moods(t.db(), Period{Bound{from, std::nullopt}, std::nullopt});
    (void)store::list_moods(t.db(), Period{Bound{from, std::nullopt}, Bound{to, std::nullopt}});
    (void)store::list_moods(t.db(), Period{Bound{from, Instant{1'794'528'000, 0}}, std::nullopt});
    check_no_history_scan(t.plans());
}

TEST_CASE("the summary's mood aggregates search the window", "[store][plan]") {
    TracedDatabase t;
    store::Span span{core::start_of(from), core::start_of(core::add_days(to, 1))};
    (void)store::mood_days(t.db(), from, to, span);
    (void)store::mood_totals(t.db(), from, to, span);
    (void)store::mood_tags(t.db(), from, to, span);
    (void)store::mood_note(t.db(), from, 3, span, true);
    (void)store::count_private_moods(t.db(), from, to, span);
    check_no_history_scan(t.plans());
}

/// A year of history before the window, so that the window is a small part of it (a window
/// over most of the history reads the table in the order it is stored, by design).
void write_year(TracedDatabase& t) {
    for (int k = 0; k < 12; ++k) {
        Mood m;
        m.at = start_of(add_days(from, -30 * k));
        m.uuid =
            "00000000-0000-4000-8000-00000000000" + std::to_string(k % 10) + std::to_string(k / 10);
        m.day = day_of(m.at);
        m.score = 5;
        m.tags = {"walk"};
        (void)store::insert_mood(t.db(), m, m.at);
    }
    t.forget();
}

TEST_CASE("the summary's mood figures of a week search the week", "[store][plan]") {
    TracedDatabase t;
    write_year(t);
    store::Span span{core::start_of(from), core::start_of(core::add_days(to, 1))};
    auto before = core::add_days(from, -7);
    (void)store::window_moods(t.db(), from, to, span, before, core::add_days(from, -1),
                              {core::start_of(before), span.start});
    check_no_history_scan(t.plans());
}

TEST_CASE("the insights' moods search the window", "[store][plan]") {
    TracedDatabase t;
    write_year(t);
    (void)store::mood_history(t.db(), from, to);
    (void)store::mood_history(t.db(), from, to, true);
    auto plans = t.plans();
    auto read_moods = [](const auto& plan) {
        return plan.front().find("ORDER BY day, at_utc, id") != std::string::npos;
    };
    CHECK(std::count_if(plans.begin(), plans.end(), read_moods) == 2);
    check_no_history_scan(plans);
}

TEST_CASE("the latest prep and a session's reflections are searched, not scanned",
          "[store][plan]") {
    TracedDatabase t;
    (void)store::latest_prep(t.db(), Instant{1'794'528'000, 0}, Instant{1'795'210'200, 0});
    (void)store::reflections_for_session(t.db(), 1);
    (void)store::list_entries(t.db(), EntryKind::reflection,
                              Period{Bound{from, std::nullopt}, Bound{to, std::nullopt}});
    (void)store::list_worksheets(t.db(),
                                 Period{Bound{from, std::nullopt}, Bound{to, std::nullopt}});
    check_no_history_scan(t.plans());
}
