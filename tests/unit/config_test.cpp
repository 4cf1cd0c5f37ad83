// The optional config file (PRODUCT.md, "Files and conventions"): defaults, every known key, an
// invalid value as a usage error naming file, line and key, and an unknown key as a warning.
#include <catch2/catch.hpp>

#include "support.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "core/config.hpp"
#include "util/error.hpp"

using namespace tend::core;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
namespace fs = std::filesystem;

using tend::test::TempDir;
using tend::test::TimeZone;

namespace {

const std::string origin = "/home/ana/.config/tend/config.toml";

Config parse(const std::string& text) {
    return parse_config(text, origin);
}

/// The tend::Error thrown by parsing `text`, or nullopt when it parses.
std::optional<tend::Error> refusal(const std::string& text) {
    try {
        (void)parse(text);
    } catch (const tend::Error& e) {
        return e;
    }
    return std::nullopt;
}

std::string message(const std::string& text) {
    auto e = refusal(text);
    REQUIRE(e);
    CHECK(e->code() == tend::Exit::usage);
    return e->what();
}

}  // namespace

TEST_CASE("an empty config gives the defaults", "[config]") {
    for (const char* text : {"", "\n\n", "# only a comment\n"}) {
        auto c = parse(text);
        CHECK(c.format == Format::text);
        CHECK(c.color == ColorMode::automatic);
        CHECK(c.remind_mood_after == TimeOfDay{20, 0, 0});
        CHECK(c.remind_prep_lead_hours == 24);
        CHECK_FALSE(c.session_schedule.has_value());
        CHECK(c.warnings.empty());
    }
}

TEST_CASE("every known key, set to a valid value", "[config]") {
    auto c = parse(R"(format = "markdown"
color = "never"

[remind]
mood_after = "21:30"
prep_lead_hours = 48

[session]
schedule = "tue 17:00"
)");
    CHECK(c.format == Format::markdown);
    CHECK(c.color == ColorMode::never);
    CHECK(c.remind_mood_after == TimeOfDay{21, 30, 0});
    CHECK(c.remind_prep_lead_hours == 48);
    CHECK(c.session_schedule == SessionSchedule{1, TimeOfDay{17, 0, 0}});
    CHECK(c.warnings.empty());
}

TEST_CASE("format and color take their documented values", "[config]") {
    CHECK(parse("format = \"text\"").format == Format::text);
    CHECK(parse("format = \"markdown\"").format == Format::markdown);
    CHECK(parse("format = \"md\"").format == Format::markdown);
    CHECK(parse("format = \"json\"").format == Format::json);
    CHECK(parse("color = \"auto\"").color == ColorMode::automatic);
    CHECK(parse("color = \"always\"").color == ColorMode::always);
    CHECK(parse("color = \"never\"").color == ColorMode::never);
}

TEST_CASE("remind and session keys, also written as dotted keys", "[config]") {
    CHECK(parse("[remind]\nmood_after = \"07:05:30\"").remind_mood_after == TimeOfDay{7, 5, 30});
    CHECK(parse("[remind]\nprep_lead_hours = 0").remind_prep_lead_hours == 0);
    CHECK(parse("[remind]\nprep_lead_hours = 336").remind_prep_lead_hours == 336);
    CHECK(parse("remind.prep_lead_hours = 12").remind_prep_lead_hours == 12);
    CHECK(parse("session.schedule = \"thu 09:00\"").session_schedule ==
          SessionSchedule{3, TimeOfDay{9, 0, 0}});
}

TEST_CASE("database.lock_wait is a wait in seconds or milliseconds, 5 s by default", "[config]") {
    CHECK(parse("").lock_wait_ms == 5000);
    CHECK(parse("[database]\nlock_wait = \"30s\"").lock_wait_ms == 30000);
    CHECK(parse("[database]\nlock_wait = \"250ms\"").lock_wait_ms == 250);
    CHECK(parse("database.lock_wait = \"0s\"").lock_wait_ms == 0);
    CHECK(parse("database.lock_wait = \"600s\"").lock_wait_ms == 600000);
    CHECK(parse("database.lock_wait = \"600000ms\"").lock_wait_ms == 600000);
    CHECK(message("[database]\nlock_wait = \"forever\"") ==
          origin + R"(:2: database.lock_wait must be a wait such as "5s" or "250ms", from 0s to )"
                   R"(600s (got "forever"))");
    for (const char* bad :
         {"lock_wait = 5", "lock_wait = \"5\"", "lock_wait = \"601s\"", "lock_wait = \"600001ms\"",
          "lock_wait = \"-1s\"", "lock_wait = \"1.5s\"", "lock_wait = \" 5s\"",
          "lock_wait = \"5 s\"", "lock_wait = \"s\"", "lock_wait = \"ms\"", "lock_wait = \"+5s\"",
          "lock_wait = \"5m\"", "lock_wait = \"99999999999999999999s\""}) {
        CAPTURE(bad);
        CHECK_THAT(message(std::string("[database]\n") + bad),
                   StartsWith(origin + ":2: database.lock_wait must be a wait such as"));
    }
    CHECK_THAT(message("database = 5"), StartsWith(origin + ":1: database must be a table"));
    auto c = parse("[database]\nlock_wait = \"1s\"\nlocking = \"no\"\n");
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0] == origin + R"(:3: unknown key "database.locking" (ignored))");
}

TEST_CASE("remind.kinds lists the reminders wanted, all of them by default", "[config]") {
    CHECK(parse("").remind_kinds ==
          std::vector<ReminderKind>(all_reminder_kinds.begin(), all_reminder_kinds.end()));
    CHECK(parse("[remind]\nkinds = [\"prep\", \"mood\"]").remind_kinds ==
          std::vector{ReminderKind::prep, ReminderKind::mood});
    CHECK(parse("[remind]\nkinds = [\"mood\", \"mood\"]").remind_kinds ==
          std::vector{ReminderKind::mood});
    CHECK(parse("[remind]\nkinds = []").remind_kinds.empty());
    CHECK(message("[remind]\nkinds = [\"mood\", \"homework\"]") ==
          origin + R"(:2: remind.kinds must be a list of reminder kinds from mood, homework_due, )"
                   R"(homework_overdue, session, reflection, prep, goal_rating, measure (got )"
                   R"("homework"))");
    CHECK_THAT(message("[remind]\nkinds = \"mood\""),
               StartsWith(origin + ":2: remind.kinds must be a list of reminder kinds"));
    CHECK_THAT(message("[remind]\nkinds = [1]"),
               StartsWith(origin + ":2: remind.kinds must be a list of reminder kinds"));
}

TEST_CASE("an invalid value names the file, the line, the key and what is accepted", "[config]") {
    CHECK(message("format = \"html\"") ==
          origin + R"(:1: format must be one of text, markdown, json (got "html"))");
    CHECK(message("\n\ncolor = \"sometimes\"") ==
          origin + R"(:3: color must be one of auto, always, never (got "sometimes"))");
    CHECK(message("# settings\n[remind]\nmood_after = \"25:00\"\n") ==
          origin + R"(:3: remind.mood_after must be a time of day such as "20:00" (got "25:00"))");
    CHECK(message("[remind]\n\nprep_lead_hours = 337") ==
          origin +
              ":3: remind.prep_lead_hours must be a whole number of hours from 0 to 336 "
              "(got 337)");
    CHECK(
        message("[session]\nschedule = 5") ==
        origin +
            R"(:2: session.schedule must be a weekday and a 24-hour time such as "tue 17:00" (got 5))");
}

TEST_CASE("values of the wrong type are invalid too", "[config]") {
    struct Row {
        const char* text;
        const char* starts;
    };
    auto row = GENERATE(values<Row>({
        {"format = 1", ":1: format must be one of text, markdown, json (got 1)"},
        {"format = \"TEXT\"", ":1: format must be"},
        {"color = true", ":1: color must be one of auto, always, never (got true)"},
        {"[remind]\nmood_after = 2000", ":2: remind.mood_after must be"},
        {"[remind]\nmood_after = 20:00:00", ":2: remind.mood_after must be"},
        {"[remind]\nmood_after = \"8pm\"", ":2: remind.mood_after must be"},
        {"[remind]\nprep_lead_hours = -1", ":2: remind.prep_lead_hours must be"},
        {"[remind]\nprep_lead_hours = 1.5", ":2: remind.prep_lead_hours must be"},
        {"[remind]\nprep_lead_hours = \"24\"", ":2: remind.prep_lead_hours must be"},
        {"[session]\nschedule = [\"tue 17:00\"]", ":2: session.schedule must be"},
    }));
    CAPTURE(row.text);
    CHECK_THAT(message(row.text), StartsWith(origin + row.starts));
}

TEST_CASE("unknown keys are warnings with their line, and the rest still applies", "[config]") {
    auto c = parse(R"(colour = "never"
format = "json"

[remind]
mood_before = "08:00"
prep_lead_hours = 12

[session]
length = 50
schedule = "wed 10:00"
)");
    CHECK(c.format == Format::json);
    CHECK(c.color == ColorMode::automatic);
    CHECK(c.remind_prep_lead_hours == 12);
    CHECK(c.session_schedule == SessionSchedule{2, TimeOfDay{10, 0, 0}});
    REQUIRE(c.warnings.size() == 3);
    CHECK(c.warnings[0] == origin + R"(:1: unknown key "colour" (ignored))");
    CHECK(c.warnings[1] == origin + R"(:5: unknown key "remind.mood_before" (ignored))");
    CHECK(c.warnings[2] == origin + R"(:9: unknown key "session.length" (ignored))");
}

TEST_CASE("an unknown table is one warning naming it", "[config]") {
    auto c = parse("format = \"md\"\n\n[reminders]\nmood_after = \"20:00\"\n");
    CHECK(c.format == Format::markdown);
    CHECK(c.remind_mood_after == TimeOfDay{20, 0, 0});
    REQUIRE(c.warnings.size() == 1);
    CHECK_THAT(c.warnings[0], StartsWith(origin + ":3: unknown key \"reminders\""));
}

// `remind` and `session` are tables: any other value is invalid, named with file, line and key.
TEST_CASE("remind or session that is not a table is an invalid value", "[config]") {
    auto e = refusal("\nremind = 5\n");
    REQUIRE(e);
    CHECK(e->code() == tend::Exit::usage);
    CHECK_THAT(e->what(), StartsWith(origin + ":2: remind must be"));
}

// A schedule must be a weekday and a time, checked when the file is read.
TEST_CASE("a schedule that is no weekday and time is an invalid value", "[config]") {
    auto e = refusal("[session]\nschedule = \"banana\"\n");
    REQUIRE(e);
    CHECK_THAT(e->what(), StartsWith(origin + ":2: session.schedule must be"));
}

TEST_CASE("malformed TOML is a usage error naming the line", "[config]") {
    struct Row {
        const char* text;
        const char* line;
    };
    auto row = GENERATE(values<Row>({
        {"format = \"text", ":1: "},
        {"format = \"text\"\ncolor = ", ":2: "},
        {"format = \"text\"\nformat = \"json\"", ":2: "},
        {"\n\n[remind\n", ":3: "},
        {"format = text", ":1: "},
        {"[remind]\n[remind]\n", ":2: "},
    }));
    CAPTURE(row.text);
    auto text = message(row.text);
    CHECK_THAT(text, StartsWith(origin + row.line + "not valid TOML: "));
    CHECK(text.find('\n') == std::string::npos);
}

TEST_CASE("load_config reads a file, or gives defaults when it is optional and missing",
          "[config]") {
    TempDir dir;
    auto missing = dir.path() / "nope" / "config.toml";
    SECTION("missing and optional: the defaults, and nothing is created") {
        auto c = load_config(missing, false);
        CHECK(c.format == Format::text);
        CHECK(c.warnings.empty());
        CHECK_FALSE(fs::exists(dir.path() / "nope"));
    }
    SECTION("missing and required (--config, TEND_CONFIG): a usage error naming it") {
        try {
            (void)load_config(missing, true);
            FAIL("a missing required config was accepted");
        } catch (const tend::Error& e) {
            CHECK(e.code() == tend::Exit::usage);
            CHECK(std::string(e.what()) == "config file " + missing.string() + " does not exist");
        }
    }
    SECTION("an existing file: parsed, with the path as the origin in messages") {
        auto file = dir.path() / "config.toml";
        std::ofstream(file) << "format = \"json\"\nshade = 3\n";
        for (bool required : {false, true}) {
            auto c = load_config(file, required);
            CHECK(c.format == Format::json);
            REQUIRE(c.warnings.size() == 1);
            CHECK(c.warnings[0] == file.string() + ":2: unknown key \"shade\" (ignored)");
        }
        std::ofstream(file) << "format = \"yaml\"\n";
        try {
            (void)load_config(file, false);
            FAIL("an invalid value was accepted");
        } catch (const tend::Error& e) {
            CHECK(e.code() == tend::Exit::usage);
            CHECK_THAT(e.what(), StartsWith(file.string() + ":1: format must be"));
        }
    }
    SECTION("a directory in its place: the read fails (exit 1)") {
        try {
            (void)load_config(dir.path(), false);
            FAIL("a directory was read as a config file");
        } catch (const tend::Error& e) {
            CHECK(e.code() == tend::Exit::failure);
            CHECK_THAT(e.what(), Contains(dir.path().string()));
        }
    }
}
