// The command table that lets a run build only the command it names: each group declares
// exactly the names the table gives it, together they are the whole tree, and the scan of the
// arguments finds the command where CLI11 would.
#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "support.hpp"

namespace {

using tend::cli::requested_command;

/// The top-level names (and aliases) an app declares.
std::set<std::string> declared_names(CLI::App& app) {
    std::set<std::string> names;
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        names.insert(sub->get_name());
        for (const auto& alias : sub->get_aliases()) names.insert(alias);
    }
    return names;
}

/// The command the arguments name, as add_commands sees it (after the global options).
std::optional<std::string> scan(std::vector<const char*> args) {
    std::ostringstream out, err;
    tend::cli::Context ctx(out, err);
    CLI::App app;
    tend::cli::add_global_options(app, ctx);
    auto found = requested_command(app, args);
    if (!found) return std::nullopt;
    return std::string(*found);
}

}  // namespace

TEST_CASE("each command group declares exactly the names the table gives it", "[commands]") {
    std::ostringstream out, err;
    std::set<std::string> all_from_table;
    for (const auto& group : tend::cli::command_groups()) {
        CLI::App app;
        tend::cli::Context ctx(out, err);
        group.add(app, ctx);
        std::set<std::string> listed(group.names.begin(), group.names.end());
        CHECK(declared_names(app) == listed);
        all_from_table.insert(listed.begin(), listed.end());
    }
    // The whole tree, as built when no command is named, holds nothing the table lacks.
    CLI::App full;
    tend::cli::Context ctx(out, err);
    tend::cli::add_commands(full, ctx, {});
    auto everything = declared_names(full);
    everything.erase("__complete");
    CHECK(everything == all_from_table);
}

TEST_CASE("a named command builds only its own group", "[commands]") {
    std::ostringstream out, err;
    tend::cli::Context ctx(out, err);
    CLI::App app;
    std::vector<const char*> args = {"--db", "x.db", "homework", "list"};
    tend::cli::add_commands(app, ctx, args);
    CHECK(declared_names(app) == std::set<std::string>{"hw", "homework"});
    CHECK(app.get_option_no_throw("--db") != nullptr);
}

TEST_CASE("an unknown or missing command builds the whole tree", "[commands]") {
    std::ostringstream out, err;
    for (std::vector<const char*> args :
         {std::vector<const char*>{}, {"--help"}, {"moood", "5"}, {"__complete", "mo"}}) {
        tend::cli::Context ctx(out, err);
        CLI::App app;
        tend::cli::add_commands(app, ctx, args);
        auto names = declared_names(app);
        CHECK(names.count("mood") == 1);
        CHECK(names.count("remind") == 1);
        CHECK(names.count("__complete") == 1);
    }
}

TEST_CASE("the command is the first word that is no option and no global option's value",
          "[commands]") {
    CHECK(scan({"mood", "5"}) == "mood");
    CHECK(scan({"-q", "hw", "done", "3"}) == "hw");
    CHECK(scan({"--db", "mood", "summary"}) == "summary");
    CHECK(scan({"--db=mood", "summary"}) == "summary");
    CHECK(scan({"--format", "json", "--color", "never", "--config", "c.toml", "win"}) == "win");
    CHECK(scan({"--quiet", "export", "-o", "x"}) == "export");
    CHECK(scan({}) == std::nullopt);
    CHECK(scan({"--version"}) == std::nullopt);
    CHECK(scan({"--db"}) == std::nullopt);
    CHECK(scan({"--", "mood"}) == std::nullopt);
}

TEST_CASE("the scan skips the value of exactly the global options that take one", "[commands]") {
    std::ostringstream out, err;
    tend::cli::Context ctx(out, err);
    CLI::App app;
    tend::cli::add_global_options(app, ctx);
    int checked = 0;
    for (const CLI::Option* opt : app.get_options()) {
        auto names = opt->get_lnames();
        for (const auto& s : opt->get_snames()) names.push_back(s);
        for (const auto& name : names) {
            std::string option = (name.size() == 1 ? "-" : "--") + name;
            bool takes_value = opt->get_items_expected_min() > 0;
            INFO(option);
            CHECK(scan({option.c_str(), "mood", "win"}) == (takes_value ? "win" : "mood"));
            ++checked;
        }
    }
    CHECK(checked >= 8);  // --db --config --format --color -q --quiet --version -h --help
}

TEST_CASE("a run is one command, whether one group is built or the whole tree", "[commands]") {
    // "win" after a mood's score is a word of its note, not a second command.
    tend::test::TempDir dir;
    auto db = (dir / "t.db").string();
    for (bool whole_tree : {false, true}) {
        std::ostringstream out, err;
        tend::cli::Context ctx(out, err);
        CLI::App app;
        std::vector<const char*> args = {"--db", db.c_str(), "mood", "5", "win", "great", "day"};
        tend::cli::add_commands(app, ctx, whole_tree ? std::vector<const char*>{} : args);
        if (whole_tree) REQUIRE(declared_names(app).count("win") == 1);
        std::vector<const char*> argv = {"tend"};
        argv.insert(argv.end(), args.begin(), args.end());
        app.parse(static_cast<int>(argv.size()), argv.data());
    }
    SQLite::Database check(db);
    CHECK(check.execAndGet("SELECT count(*) FROM mood WHERE note = 'win great day'").getInt() == 2);
    CHECK(check.execAndGet("SELECT count(*) FROM win").getInt() == 0);
}
