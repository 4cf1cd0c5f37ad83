// The config file (core/config): values, refusals naming file, line and key, warnings for
// unknown keys, and the limit on what is read.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "support.hpp"

#include "core/config.hpp"
#include "util/error.hpp"

using namespace tend::core;
using Catch::Matchers::Contains;

namespace {

std::string refusal(const std::string& text) {
    return tend::test::usage_message([&] { (void)parse_config(text, "config.toml"); });
}

}  // namespace

TEST_CASE("known keys are read and checked", "[config]") {
    auto config = parse_config(
        "format = \"json\"\ncolor = \"never\"\n[remind]\n"
        "mood_after = \"19:30\"\nprep_lead_hours = 12\n",
        "config.toml");
    CHECK(config.format == Format::json);
    CHECK(config.color == ColorMode::never);
    CHECK(config.remind_mood_after == TimeOfDay{19, 30, 0});
    CHECK(config.remind_prep_lead_hours == 12);
    CHECK(config.warnings.empty());
}

TEST_CASE("a bad value names the file, the line and the key, with the value escaped", "[config]") {
    CHECK(refusal("format = \"xml\"") ==
          "config.toml:1: format must be one of text, markdown, json (got \"xml\")");
    CHECK(refusal("\n[remind]\nprep_lead_hours = 400") ==
          "config.toml:3: remind.prep_lead_hours must be a whole number of hours from 0 to 336 "
          "(got 400)");
    CHECK(refusal("remind = 3") ==
          "config.toml:1: remind must be a table ([remind] on a line of its own) (got 3)");
    CHECK(refusal("format = \"\\u001b]0;x\\u0007\"") ==
          "config.toml:1: format must be one of text, markdown, json (got \"\\x1b]0;x\\x07\")");
    CHECK_THAT(refusal("format = \"" + std::string(5000, 'x') + "\""), Contains("x…\")"));
    CHECK_THAT(refusal("format = \"te\0xt\""), Contains("config.toml:1: not valid TOML"));
}

TEST_CASE("an unknown key is a warning, not an error", "[config]") {
    auto config = parse_config("colour = \"never\"\n[remind]\nsnooze = 3\n", "config.toml");
    REQUIRE(config.warnings.size() == 2);
    CHECK(config.warnings[0] == "config.toml:1: unknown key \"colour\" (ignored)");
    CHECK(config.warnings[1] == "config.toml:3: unknown key \"remind.snooze\" (ignored)");
}

TEST_CASE("a file larger than 1 MiB is not read as a config", "[config]") {
    tend::test::TempDir dir;
    auto path = dir / "huge.toml";
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string(max_config_bytes + 1, '#');
    }
    try {
        (void)load_config(path, true);
        FAIL("a huge config was read");
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        CHECK_THAT(e.what(), Contains("is larger than 1 MiB"));
    }
}
