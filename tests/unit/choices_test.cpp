// Tables of choice words: one table gives the parser, the messages, the help text and the
// completion words of an option, so each set is checked here once, against the words that
// PRODUCT.md and the man page give.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "core/goal.hpp"
#include "core/guided.hpp"
#include "core/homework.hpp"
#include "core/options.hpp"
#include "core/reminders.hpp"
#include "core/session.hpp"
#include "core/when.hpp"
#include "util/error.hpp"

using namespace tend::core;
using Words = std::vector<std::string_view>;

namespace {

enum class Fruit { apple, pear, fig };

constexpr Choices<Fruit, 4> fruits{{{
    {"apple", Fruit::apple, "red", "red or green"},
    {.word = "pear", .value = Fruit::pear, .help = "a long one"},
    {"fig", Fruit::fig, "sweet"},
    {.word = "figs", .value = Fruit::fig, .offered = false},
}}};

/// The message of the usage error `f` throws; fails the test if it throws none.
template <class F>
std::string usage_message(F f) {
    try {
        (void)f();
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        return e.what();
    }
    FAIL("no error thrown");
    return "";
}

}  // namespace

TEST_CASE("a table reads its words and synonyms exactly, and offers only the words") {
    CHECK(fruits.parse("apple") == Fruit::apple);
    CHECK(fruits.parse("figs") == Fruit::fig);
    CHECK_FALSE(fruits.parse("Apple"));
    CHECK_FALSE(fruits.parse(""));
    CHECK_FALSE(fruits.parse("apple "));
    CHECK(fruits.words() == Words{"apple", "pear", "fig"});
    CHECK(fruits.word_for(Fruit::fig) == "fig");
    static_assert(fruits.parse("pear") == Fruit::pear, "a table is read at compile time too");
}

TEST_CASE("a table phrases its words for messages, help and the config file") {
    CHECK(fruits.accepted() == "apple (red), pear or fig (sweet)");
    CHECK(fruits.help() == "apple (red or green), pear (a long one) or fig (sweet)");
    CHECK(fruits.listed() == "apple, pear, fig");
    CHECK(fruits.one_of() == "one of apple, pear, fig");
    CHECK(either_of({}).empty());
    CHECK(either_of({"a"}) == "a");
    CHECK(either_of({"a", "b"}) == "a or b");
    CHECK(either_of({"a", "b", "c", "d"}) == "a, b, c or d");
}

TEST_CASE("a word that is none of the choices is refused, naming the option and the words") {
    CHECK(fruits.chosen("figs", "--fruit") == Fruit::fig);
    CHECK(usage_message([] { return fruits.chosen("kiwi", "--fruit"); }) ==
          "--fruit must be apple (red), pear or fig (sweet) (got \"kiwi\")");
    CHECK(usage_message([] { return fruits.chosen("\x1b[2J", "--fruit"); }) ==
          "--fruit must be apple (red), pear or fig (sweet) (got \"\\x1b[2J\")");
}

TEST_CASE("format and colour: the words, the messages and the help as documented") {
    CHECK(formats.words() == Words{"text", "markdown", "json"});
    CHECK(formats.parse("md") == Format::markdown);
    CHECK(formats.accepted() == "text, markdown or json");
    CHECK(formats.one_of() == "one of text, markdown, json");
    CHECK(parse_format("json") == Format::json);
    CHECK(color_modes.words() == Words{"auto", "always", "never"});
    CHECK(color_modes.accepted() == "auto, always or never");
    CHECK(color_modes.one_of() == "one of auto, always, never");
    CHECK(parse_color_mode("auto") == ColorMode::automatic);
    CHECK_FALSE(parse_color_mode("md"));
}

TEST_CASE("export --format and import --from: the words, the messages and the help") {
    CHECK(export_formats.words() == Words{"json", "csv", "markdown"});
    CHECK(export_formats.parse("md") == ExportFormat::markdown);
    CHECK(export_formats.accepted() == "json (everything), csv (moods only) or markdown");
    CHECK(export_formats.help() ==
          "json (everything, for import), csv (moods only) or markdown (a journal)");
    CHECK(import_sources.words() == Words{"tend", "daylio", "jrnl"});
    CHECK(import_sources.accepted() == "tend, daylio or jrnl");
    CHECK(import_sources.help() == "tend (an export, the default), daylio or jrnl");
}

TEST_CASE("the stored names of kinds and statuses come from their tables") {
    CHECK(entry_kinds.accepted() == "reflection, prep or worksheet");
    CHECK(kind_name(EntryKind::prep) == "prep");
    CHECK(session_statuses.words() == Words{"held", "scheduled", "cancelled"});
    CHECK(schedule_kinds.words() == Words{"once", "daily", "days", "weekly"});
    CHECK(homework_statuses.words() == Words{"open", "done", "dropped"});
    CHECK(checkoff_statuses.words() == Words{"done", "skipped", "plan"});
    CHECK(goal_statuses.words() == Words{"open", "done", "dropped"});
    CHECK(parse_goal_status(goal_status_name(GoalStatus::dropped)) == GoalStatus::dropped);
    CHECK(per_periods.words() == Words{"week"});
    CHECK(per_periods.parse("week") == ScheduleKind::weekly);
    CHECK(reminder_kinds.listed() ==
          "mood, homework_due, homework_overdue, session, reflection, prep, goal_rating, measure");
    for (auto kind : all_reminder_kinds) CHECK(reminder_kinds.parse(reminder_kind_name(kind)));
}

TEST_CASE("weekdays: short names are offered and written, long ones and variants read") {
    CHECK(weekdays.words() == Words{"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
    for (int i = 0; i < 7; ++i) CHECK(weekdays.parse(weekdays.word_for(i)) == i);
    CHECK(parse_weekday("Thurs") == 3);
    CHECK(parse_weekday("WEDNESDAY") == 2);
    CHECK(parse_weekday("tues") == 1);
    CHECK_FALSE(parse_weekday("tu"));
    CHECK(weekday_names(0b1000101U) == std::vector<std::string>{"mon", "wed", "sun"});
    CHECK(format_schedule({3, {9, 5, 0}}) == "thu 09:05");
}
