// What the command files share (cli/shared.*): the refusal of an id that names no record, the
// subcommands that take an id, the --since/--until pair, the JSON-or-acknowledgement report,
// and the hook that makes the words of a recording form end the subcommands.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/shared.hpp"
#include "render/json.hpp"
#include "support.hpp"

using namespace tend;
using tend::test::clock_at;
using tend::test::day;
using tend::test::usage_message;

namespace {

std::optional<int> find_nothing(store::Database&, std::int64_t) {
    return std::nullopt;
}

/// A group `log WORD... [--at WHEN]` with subcommands `list` and `rm`, as tend mood has them.
struct Group {
    CLI::App app{"test"};
    CLI::App* log = nullptr;
    CLI::App* list = nullptr;
    CLI::App* rm = nullptr;
    std::vector<std::string> words;
    std::string at;
    bool logged = false;
    bool listed = false;

    Group() {
        app.fallthrough();
        log = app.add_subcommand("log");
        auto* first = log->add_option("WORDS", words);
        auto* at_option = log->add_option("--at", at);
        cli::when_alone(*log, [this] { logged = true; });
        list = log->add_subcommand("list");
        list->callback([this] { listed = true; });
        rm = log->add_subcommand("rm");
        cli::words_end_subcommands(*log, {{first}, {at_option}, "logging"}, {list, rm});
    }

    void parse(std::vector<std::string> args) {
        std::reverse(args.begin(), args.end());
        app.parse(args);
    }
};

}  // namespace

TEST_CASE("an id that names no record is refused with the command that lists them") {
    CHECK(usage_message([] { throw cli::no_record(cli::mood_record, 3); }) ==
          "there is no mood with id 3; tend mood list shows them");
    CHECK(usage_message([] { throw cli::no_record(cli::homework_record, 12); }) ==
          "there is no homework with id 12; tend hw list --all shows them");
    CHECK(usage_message([] {
              (void)cli::existing(nullptr, 4, cli::session_record, find_nothing);
          }) == "there is no session with id 4; tend session list shows them");
    std::ostringstream out, err;
    cli::Context ctx(out, err);
    test::TempDir dir;
    ctx.options.db = (dir / "none.db").string();
    CHECK(usage_message([&] { (void)cli::database_with(ctx, 7, cli::win_record); }) ==
          "there is no win with id 7; tend win list shows them");
    CHECK_FALSE(std::filesystem::exists(dir / "none.db"));
}

TEST_CASE("removing a record that is not there is refused, and creates no database") {
    std::ostringstream out, err;
    cli::Context ctx(out, err);
    test::TempDir dir;
    ctx.options.db = (dir / "none.db").string();
    bool removed = false;
    CHECK(usage_message([&] {
              (void)cli::remove_existing(ctx, 5, cli::mood_record, find_nothing,
                                         [&](store::Database&, std::int64_t) { removed = true; });
          }) == "there is no mood with id 5; tend mood list shows them");
    CHECK_FALSE(removed);
    CHECK_FALSE(std::filesystem::exists(dir / "none.db"));
}

TEST_CASE("a subcommand that takes an id runs with it; the group alone does its own thing") {
    std::ostringstream out, err;
    cli::Context ctx(out, err);
    CLI::App app{"test"};
    auto* group = app.add_subcommand("thing");
    bool alone = false;
    std::string removed;
    cli::when_alone(*group, [&] { alone = true; });
    cli::add_id_command(*group, ctx, "rm", "Remove a thing", "The thing's id",
                        [&](cli::Context&, const std::string& id) { removed = id; });
    SECTION("the group alone") {
        app.parse(std::vector<std::string>{"thing"});
        CHECK(alone);
        CHECK(removed.empty());
    }
    SECTION("the subcommand, with its id") {
        app.parse(std::vector<std::string>{"12", "rm", "thing"});
        CHECK(removed == "12");
        CHECK_FALSE(alone);
    }
    SECTION("the id is required") {
        CHECK_THROWS_AS(app.parse(std::vector<std::string>{"rm", "thing"}), CLI::RequiredError);
        CHECK(removed.empty());
    }
}

TEST_CASE("since and until: empty counts as not given, unless the command refuses it") {
    auto clock = clock_at("2026-11-20T09:00");
    cli::PeriodArgs args{std::string(), std::string("2026-11-18"), false};
    auto period = cli::period_of(args, clock);
    CHECK_FALSE(period.since);
    REQUIRE(period.until);
    CHECK(period.until->day == day("2026-11-18"));

    args.refuse_empty = true;
    CHECK_THROWS_AS(cli::period_of(args, clock), Error);

    cli::PeriodArgs backwards{std::string("2026-11-19"), std::string("2026-11-18"), false};
    CHECK(usage_message([&] { (void)cli::period_of(backwards, clock); }) ==
          "--since (2026-11-19) must not be after --until (2026-11-18)");
}

TEST_CASE("a change is reported as JSON, or as an acknowledgement that --quiet silences") {
    std::ostringstream out, err;
    cli::Context ctx(out, err);
    render::Json record = {{"id", 3}};
    cli::report_change(ctx, core::Format::json, record, "Logged.\n");
    CHECK(out.str() == "{\n  \"id\": 3\n}\n");
    out.str("");
    cli::report_change(ctx, core::Format::text, record, "Logged.\n");
    CHECK(out.str() == "Logged.\n");
    out.str("");
    ctx.options.quiet = true;
    cli::report_change(ctx, core::Format::markdown, record, "Logged.\n");
    CHECK(out.str().empty());
    cli::report_change(ctx, core::Format::json, record, "Logged.\n");
    CHECK(out.str() == "{\n  \"id\": 3\n}\n");
}

TEST_CASE("once the first word is given, the words after it are words, not subcommands") {
    SECTION("a subcommand's name after a word is a word") {
        Group g;
        g.parse({"log", "went", "list", "rm"});
        CHECK(g.logged);
        CHECK_FALSE(g.listed);
        CHECK(g.words == std::vector<std::string>{"went", "list", "rm"});
    }
    SECTION("a subcommand before any word is the subcommand") {
        Group g;
        g.parse({"log", "list"});
        CHECK(g.listed);
        CHECK_FALSE(g.logged);
    }
    SECTION("words left over after a subcommand are refused") {
        Group g;
        CHECK(usage_message([&] {
                  g.parse({"log", "list", "stray", "x"});
              }) == "unexpected argument \"stray\"");
    }
    SECTION("the form's own options are refused with a subcommand") {
        Group g;
        CHECK(usage_message([&] {
                  g.parse({"log", "rm", "--at", "today"});
              }) == "--at is for logging, not for tend log rm");
    }
}
