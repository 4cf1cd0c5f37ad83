// Guided entries: answers from options, lines and the editor file, and the late-reflection rule.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

#include "core/guided.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

Template reflection() {
    Template t;
    t.name = "reflection";
    t.title = "Reflection on the session";
    t.prompts = {{"takeaway", "What was most important?", "A sentence is plenty."},
                 {"emotions", "What came up?", ""},
                 {"intention", "What will you do differently?", "Small is fine."}};
    return t;
}

using tend::test::usage_message;

}  // namespace

TEST_CASE("answers given as KEY=TEXT are checked against the template") {
    auto t = reflection();
    auto texts = answers_from_options(t, {"takeaway=Ask for help", "intention = say no = once "});
    CHECK(texts.size() == 2);
    CHECK(texts["takeaway"] == "Ask for help");
    CHECK(texts["intention"] == "say no = once");
    CHECK(answers_from_options(t, {"emotions="})["emotions"].empty());

    CHECK(usage_message([&] { (void)answers_from_options(t, {"feelings=sad"}); }) ==
          "--answer \"feelings\" is not a prompt of the reflection template; its keys are "
          "takeaway, emotions, intention");
    CHECK(usage_message([&] { (void)answers_from_options(t, {"just text"}); }) ==
          "--answer must be KEY=TEXT, e.g. --answer takeaway=\"...\" (got \"just text\"); the "
          "reflection template's keys are takeaway, emotions, intention");
    CHECK(usage_message([&] {
              (void)answers_from_options(t, {"emotions=a", "emotions=b"});
          }) == "--answer emotions is given twice; give each key once");
}

TEST_CASE("standard input gives one answer a line, in the template's order") {
    auto t = reflection();
    auto texts = answers_from_lines(t, "first\r\n\n  third  \n");
    CHECK(texts.size() == 2);
    CHECK(texts["takeaway"] == "first");
    CHECK(texts["intention"] == "third");
    CHECK(answers_from_lines(t, "only one").size() == 1);
    CHECK(answers_from_lines(t, "").empty());
    CHECK(answers_from_lines(t, "a\nb\nc\n\n\n").size() == 3);
    CHECK(usage_message([&] { (void)answers_from_lines(t, "a\nb\nc\nd\n"); }) ==
          "standard input has an answer on line 4, but the reflection template asks 3 "
          "questions (one line each)");
}

TEST_CASE("the editor file round-trips answers") {
    auto t = reflection();
    AnswerTexts current{{"emotions", "relief,\nthen worry"}};
    auto text = editor_text(t, current);
    CHECK(text ==
          "# Reflection on the session\n"
          "# Write each answer under its question; leave it empty to skip the question.\n"
          "# Lines starting with # are left out; to start an answer line with #, write \\#.\n"
          "# Save and close the editor when you are done.\n"
          "\n## [takeaway] What was most important?\n# A sentence is plenty.\n\n"
          "\n## [emotions] What came up?\n\nrelief,\nthen worry\n"
          "\n## [intention] What will you do differently?\n# Small is fine.\n\n");
    auto back = parse_editor_text(t, text);
    CHECK(back["takeaway"].empty());
    CHECK(back["emotions"] == "relief,\nthen worry");
    CHECK(back["intention"].empty());

    auto edited = parse_editor_text(t,
                                    "# comment\n\n## [intention] anything\n  walk daily  \n"
                                    "# a note to self\n\n## [takeaway]\nkeep going\n");
    CHECK(edited.size() == 2);
    CHECK(edited["intention"] == "walk daily");
    CHECK(edited["takeaway"] == "keep going");
}

TEST_CASE("answer lines that start with # survive the editor file unchanged") {
    auto t = reflection();
    AnswerTexts current{{"takeaway", "# not a comment\n## [emotions] not a question"},
                        {"emotions", "\\# one backslash\n\\\\# two\n#\nplain \\# and \\"},
                        {"intention", "\\not before a hash\n  # indented"}};
    auto text = editor_text(t, current);
    CHECK(text.find("\n\\# not a comment\n\\## [emotions] not a question\n") != std::string::npos);
    CHECK(text.find("\n\\\\# one backslash\n\\\\\\# two\n\\#\nplain \\# and \\\n") !=
          std::string::npos);
    CHECK(text.find("\n\\not before a hash\n  # indented\n") != std::string::npos);
    CHECK(parse_editor_text(t, text) == current);

    // Written by hand: \# is an answer line starting with #, a bare # line a comment.
    auto edited = parse_editor_text(t, "## [takeaway] q\n\\#1 priority\n# a comment\nrest\n");
    CHECK(edited["takeaway"] == "#1 priority\nrest");
    CHECK(usage_message([&] { (void)parse_editor_text(t, "\\# above\n## [takeaway] q\n"); }) ==
          "line 1 of the edited file: text above the first question; write each answer under "
          "its ## [key] line");
}

TEST_CASE("mistakes in the editor file name their line") {
    auto t = reflection();
    CHECK(usage_message([&] { (void)parse_editor_text(t, "# c\nhello\n## [takeaway] q\n"); }) ==
          "line 2 of the edited file: text above the first question; write each answer under "
          "its ## [key] line");
    CHECK(usage_message([&] { (void)parse_editor_text(t, "## [takeaway] q\na\n## [mood] q\n"); }) ==
          "line 3 of the edited file: \"mood\" is not a prompt of the reflection "
          "template; its keys are takeaway, emotions, intention");
    CHECK(usage_message([&] {
              (void)parse_editor_text(t, "## [takeaway] q\n## [takeaway] q\n");
          }) == "line 2 of the edited file: the question [takeaway] appears twice");
    CHECK(usage_message([&] { (void)parse_editor_text(t, "## [takeaway q\n"); }) ==
          "line 1 of the edited file: a question line must start with ## [key]");
}

TEST_CASE("answers are kept in the template's order, without empty ones") {
    auto t = reflection();
    auto answers =
        ordered_answers(t, {{"intention", "walk"}, {"takeaway", "help"}, {"emotions", "  "}});
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].key == "takeaway");
    CHECK(answers[0].prompt == "What was most important?");
    CHECK(answers[1].key == "intention");
}

TEST_CASE("a reflection is late when written more than 24 hours after its session") {
    Entry e;
    e.kind = EntryKind::reflection;
    e.session_at = Instant{1000000, 3600};
    e.at = Instant{1000000 + 24 * 3600, 3600};
    auto timing = reflection_timing(e);
    REQUIRE(timing);
    CHECK(timing->seconds_after == 24 * 3600);
    CHECK_FALSE(timing->late);
    e.at.utc += 1;
    CHECK(reflection_timing(e)->late);
    CHECK(is_late_reflection(Instant{0, 0}, Instant{24 * 3600 + 1, 0}));

    e.kind = EntryKind::prep;
    CHECK_FALSE(reflection_timing(e));
    e.kind = EntryKind::reflection;
    e.session_at.reset();
    CHECK_FALSE(reflection_timing(e));
}

TEST_CASE("an entry is edited with the prompts as they were asked") {
    Entry e;
    e.template_name = "reflection";
    e.answers = {{"takeaway", "What mattered most, as asked then?", "help"},
                 {"retired", "A question the template dropped", "still here"}};
    auto t = editable_template(reflection(), e);
    CHECK(t.key_list() == "takeaway, emotions, intention, retired");
    CHECK(t.prompts[0].question == "What mattered most, as asked then?");
    CHECK(t.prompts[1].question == "What came up?");
    auto gone = editable_template(std::nullopt, e);
    CHECK(gone.key_list() == "takeaway, retired");
    CHECK(gone.name == "reflection");
}

TEST_CASE("entry kinds have stable names") {
    for (auto k : {EntryKind::reflection, EntryKind::prep, EntryKind::worksheet})
        CHECK(parse_kind(kind_name(k)) == k);
    CHECK_FALSE(parse_kind("note"));
}
