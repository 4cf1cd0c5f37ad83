// Shell completion's rules (core/completion): where the cursor stands after the words typed,
// which source its values come from, and what is offered, on a small tree shaped like tend's.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.hpp"

#include "core/completion.hpp"
#include "render/completion_view.hpp"

using namespace tend::core::completion;

namespace {

CommandSpec tree() {
    CommandSpec root{"tend", {}, "the root", {}, {}, {}};
    root.options = {{{"-h", "--help"}, "", "help", {}},
                    {{"--db"}, "PATH", "database", {}},
                    {{"--format"}, "FORMAT", "format", {"text", "markdown", "json"}},
                    {{"--version"}, "", "version", {}}};

    CommandSpec mood{"mood", {}, "moods", {}, {}, {}};
    mood.options = {{{"-t", "--tag"}, "TAG", "a tag", {}}, {{"--at"}, "WHEN", "when", {}}};
    mood.positionals = {{"SCORE", "score"}, {"NOTE", "note", true}};
    CommandSpec edit{"edit", {}, "edit a mood", {}, {}, {}};
    edit.positionals = {{"ID", "id"}};
    mood.subcommands = {{"list", {}, "list moods", {}, {}, {}}, edit};

    CommandSpec hw{"hw", {"homework"}, "homework", {}, {}, {}};
    hw.options = {{{"--all"}, "", "all", {}}};
    CommandSpec add{"add", {}, "assign", {}, {}, {}};
    add.options = {{{"--session"}, "ID", "its session", {}}};
    add.positionals = {{"TITLE", "title", true}};
    CommandSpec done{"done", {}, "check off", {}, {}, {}};
    done.positionals = {{"ID", "id"}};
    CommandSpec step{"step", {}, "steps", {}, {}, {}};
    CommandSpec step_done{"done", {}, "a step", {}, {}, {}};
    step_done.positionals = {{"ID", "id"}, {"STEP", "step"}};
    step.subcommands = {step_done};
    hw.subcommands = {add, done, step};

    CommandSpec reflect{"reflect", {}, "reflect", {}, {}, {}};
    reflect.options = {{{"--template"}, "NAME", "template", {}}};
    root.subcommands = {mood, hw, reflect};
    return root;
}

std::vector<std::string> values(const std::vector<Candidate>& list) {
    std::vector<std::string> out;
    for (const auto& c : list) out.push_back(c.value);
    return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("the first word offers the subcommands and their aliases") {
    auto root = tree();
    auto at = locate(root, {""});
    CHECK(at.expect == Expect::word);
    CHECK(at.command_line() == "tend");
    CHECK(values(fixed_candidates(at)) == Words{"mood", "hw", "homework", "reflect"});
    auto h = locate(root, {"h"});
    CHECK(values(matching(h, fixed_candidates(h))) == Words{"hw", "homework"});
}

TEST_CASE("no words at all is the first word, empty") {
    auto root = tree();
    CHECK(locate(root, {}).command_line() == "tend");
}

TEST_CASE("an alias reaches its command") {
    auto root = tree();
    auto at = locate(root, {"homework", "step", "done", ""});
    CHECK(at.command_line() == "tend hw step done");
    CHECK(at.positional->name == "ID");
    auto source = value_source(at);
    CHECK(source.source == Source::records);
    CHECK(source.record == Record::homework);
}

TEST_CASE("the second positional of a command is the one expected after the first") {
    auto root = tree();
    auto at = locate(root, {"hw", "step", "done", "3", ""});
    REQUIRE(at.positional != nullptr);
    CHECK(at.positional->name == "STEP");
    CHECK(value_source(at).source == Source::none);
}

TEST_CASE("once a positional is given, words are no longer subcommands") {
    auto root = tree();
    auto at = locate(root, {"mood", "7", "l"});
    CHECK(!at.subcommands_allowed);
    CHECK(fixed_candidates(at).empty());
    CHECK(locate(root, {"mood", "7", "list", ""}).command_line() == "tend mood");
    // Before it, they are.
    CHECK(values(matching(locate(root, {"mood", "l"}),
                          fixed_candidates(locate(root, {"mood", "l"})))) == Words{"list"});
}

TEST_CASE("a word starting with - offers the command's options, then the global ones") {
    auto root = tree();
    auto at = locate(root, {"mood", "-"});
    CHECK(at.expect == Expect::option_name);
    CHECK(values(fixed_candidates(at)) ==
          Words{"-t", "--tag", "--at", "--db", "--format"});  // not --help or --version twice
    CHECK(values(fixed_candidates(locate(root, {"-"}))) ==
          Words{"-h", "--help", "--db", "--format", "--version"});
}

TEST_CASE("an option's value: choices, files, WHEN words, templates, tags, ids") {
    auto root = tree();
    auto format = locate(root, {"--format", ""});
    CHECK(format.expect == Expect::option_value);
    CHECK(value_source(format).source == Source::choices);
    CHECK(values(fixed_candidates(format)) == Words{"text", "markdown", "json"});

    CHECK(value_source(locate(root, {"--db", ""})).source == Source::files);
    auto when = locate(root, {"mood", "--at", "t"});
    CHECK(value_source(when).source == Source::when);
    CHECK(values(matching(when, fixed_candidates(when))) ==
          Words{"today", "tomorrow", "tue", "thu"});
    CHECK(value_source(locate(root, {"reflect", "--template", ""})).source == Source::templates);
    CHECK(value_source(locate(root, {"mood", "-t", ""})).source == Source::tags);

    auto session = value_source(locate(root, {"hw", "add", "--session", ""}));
    CHECK(session.source == Source::records);
    CHECK(session.record == Record::session);
    auto mood = value_source(locate(root, {"mood", "edit", ""}));
    CHECK(mood.source == Source::records);
    CHECK(mood.record == Record::mood);
}

TEST_CASE("options take their values, so the words after them are placed right") {
    auto root = tree();
    // "--at yesterday" is an option and its value, not the SCORE.
    auto at = locate(root, {"mood", "--at", "yesterday", ""});
    CHECK(at.subcommands_allowed);
    CHECK(at.positional->name == "SCORE");
    // A global option before the command, with its value remembered.
    auto db = locate(root, {"--db", "/tmp/x.db", "hw", "done", ""});
    CHECK(db.command_line() == "tend hw done");
    CHECK(db.given_value("--db") == "/tmp/x.db");
    CHECK(locate(root, {"--db=/tmp/y.db", "hw", ""}).given_value("--db") == "/tmp/y.db");
    CHECK(!locate(root, {"hw", ""}).given_value("--db"));
    // A flag takes nothing; an attached short value takes nothing more.
    CHECK(locate(root, {"hw", "--all", ""}).subcommands_allowed);
    CHECK(locate(root, {"mood", "-twork", ""}).positional->name == "SCORE");
}

TEST_CASE("a value typed as --option=value completes, keeping the option in front") {
    auto root = tree();
    auto at = locate(root, {"--format=m"});
    CHECK(at.expect == Expect::option_value);
    CHECK(at.lead == "--format=");
    CHECK(values(matching(at, fixed_candidates(at))) == Words{"--format=markdown"});
    // An unknown option or a flag with "=" is only an option name.
    CHECK(locate(root, {"--nope=x"}).expect == Expect::option_name);
}

TEST_CASE("after --, every word is a positional") {
    auto root = tree();
    auto at = locate(root, {"mood", "--", "-"});
    CHECK(at.expect == Expect::word);
    CHECK(!at.subcommands_allowed);
    CHECK(fixed_candidates(at).empty());
}

TEST_CASE("a tag list completes its last tag") {
    auto root = tree();
    auto at = locate(root, {"mood", "-t", "sleep,w"});
    std::vector<Candidate> tags{{"walk", "2 moods"}, {"sleep", "1 mood"}, {"work", ""}};
    auto got = matching(at, tags);
    CHECK(values(got) == Words{"sleep,walk", "sleep,work"});
    CHECK(got.front().description == "2 moods");
    // A tag already in the list is not offered again.
    auto again = locate(root, {"mood", "--tag=walk,sleep,"});
    CHECK(values(matching(again, tags)) == Words{"--tag=walk,sleep,work"});
}

TEST_CASE("matching drops duplicates and keeps the order given") {
    auto root = tree();
    auto at = locate(root, {"hw", "done", "1"});
    std::vector<Candidate> ids{{"12", "b"}, {"1", "a"}, {"12", "again"}, {"2", "c"}};
    CHECK(values(matching(at, ids)) == Words{"12", "1"});
}

TEST_CASE("candidate lines: value, tab, description; nothing that breaks a line") {
    using tend::render::candidate_lines;
    CHECK(candidate_lines({{"1", "Walk"}, {"json", ""}}) == "1\tWalk\njson\n");
    CHECK(candidate_lines({{"2", "two\tlines\nhere"}}) == "2\ttwo lines here\n");
    CHECK(candidate_lines({{"", "no value"}}).empty());
    auto long_line = candidate_lines({{"3", std::string(200, 'x')}});
    CHECK(long_line.size() < 100);
}

TEST_CASE("records are described by day, what and note") {
    using tend::render::record_candidates;
    RecordPick mood{7, tend::test::d(2026, 11, 20), "6", "slept well"};
    RecordPick homework{2, std::nullopt, "Call the dentist", ""};
    auto got = record_candidates({mood, homework});
    REQUIRE(got.size() == 2);
    CHECK(got[0].value == "7");
    CHECK(got[0].description == "Fri 20 Nov · 6 · slept well");
    CHECK(got[1].description == "Call the dentist");
}

TEST_CASE("the tree dump lists commands, aliases, positionals and options by path") {
    auto dump = tend::render::command_tree_lines(tree());
    CHECK_THAT(dump, Catch::Matchers::StartsWith("command\ttend\tthe root\n"));
    CHECK_THAT(dump, Catch::Matchers::Contains("alias\ttend hw\thomework\n"));
    CHECK_THAT(dump, Catch::Matchers::Contains("option\ttend mood\t-t,--tag\tTAG\ta tag\n"));
    CHECK_THAT(dump, Catch::Matchers::Contains("option\ttend hw\t--all\t\tall\n"));
    CHECK_THAT(dump, Catch::Matchers::Contains("positional\ttend hw step done\tSTEP\tstep\n"));
}
