// What the summary shows of guided entries: every answer, long ones cut at the documented
// length, and which entries count as worksheets; and the rule for a second reflection.
#include <catch2/catch.hpp>

#include "core/guided.hpp"
#include "core/summary_entries.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

Entry entry_with(EntryKind kind, std::vector<Answer> answers) {
    Entry e;
    e.id = 7;
    e.kind = kind;
    e.answers = std::move(answers);
    return e;
}

}  // namespace

TEST_CASE("answers up to the length are shown whole, longer ones are cut to it") {
    std::string exact(summary_answer_length, 'a');
    std::string longer = std::string(summary_answer_length, 'b') + "c";
    auto e = entry_with(EntryKind::worksheet, {{"situation", "Situation", "short"},
                                               {"thought", "Thought", exact},
                                               {"evidence", "Evidence", longer}});
    auto shown = shown_answers(e);
    REQUIRE(shown.size() == 3);
    CHECK(shown[0].text == "short");
    CHECK_FALSE(shown[0].trimmed);
    CHECK(shown[1].text == exact);
    CHECK_FALSE(shown[1].trimmed);
    CHECK(shown[2].trimmed);
    CHECK(shown[2].text == std::string(summary_answer_length - 1, 'b') + "…");
    CHECK(any_trimmed(shown));
    CHECK_FALSE(any_trimmed({shown[0], shown[1]}));
}

TEST_CASE("a cut counts characters, not bytes") {
    std::string accented;
    for (std::size_t i = 0; i < summary_answer_length; ++i) accented += "é";
    auto shown = shown_answers(entry_with(EntryKind::worksheet, {{"a", "A", accented}}));
    CHECK_FALSE(shown[0].trimmed);
    shown = shown_answers(entry_with(EntryKind::worksheet, {{"a", "A", accented + "é"}}));
    CHECK(shown[0].trimmed);
}

TEST_CASE("the keyed answer comes first, the rest in the template's order") {
    auto e = entry_with(
        EntryKind::reflection,
        {{"took", "Took away", "x"}, {"intention", "Will try", "y"}, {"felt", "Felt", "z"}});
    auto shown = shown_answers(e, "intention");
    REQUIRE(shown.size() == 3);
    CHECK(shown[0].prompt == "Will try");
    CHECK(shown[1].prompt == "Took away");
    CHECK(shown[2].prompt == "Felt");
}

TEST_CASE("every guided entry but a reflection or prep is a worksheet") {
    CHECK(is_worksheet(entry_with(EntryKind::worksheet, {})));
    CHECK_FALSE(is_worksheet(entry_with(EntryKind::reflection, {})));
    CHECK_FALSE(is_worksheet(entry_with(EntryKind::prep, {})));
}

TEST_CASE("a second reflection on a session is refused unless asked for again") {
    std::vector<Entry> none;
    CHECK_NOTHROW(check_new_reflection(3, none, false));
    std::vector<Entry> one{entry_with(EntryKind::reflection, {})};
    CHECK_NOTHROW(check_new_reflection(3, one, true));
    try {
        check_new_reflection(3, one, false);
        FAIL("a second reflection was accepted");
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        std::string said = e.what();
        CHECK(said.find("session 3 already has a reflection (entry 7)") != std::string::npos);
        CHECK(said.find("--again") != std::string::npos);
        CHECK(said.find('\n') == std::string::npos);
    }
}
