// Measures: the built-in PHQ-9 and GAD-7 as published, scoring and banding at every total,
// reliable change and caseness at their thresholds, critical answers, and the answers a
// measure refuses.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/measure.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

Measure builtin(std::string_view name) {
    for (const auto& b : builtin_measures())
        if (b.name == name) return parse_measure(b.text, "built-in", b.name);
    FAIL("no built-in measure " << name);
    return {};
}

/// Answers to every scored item of `m` (values 0 to 3) that add up to `total`.
std::vector<ItemAnswer> answers_totalling(const Measure& m, int total) {
    std::vector<ItemAnswer> answers;
    for (const auto& item : m.items) {
        if (!item.scored) continue;
        int value = std::min(total, 3);
        answers.push_back({item.key, value});
        total -= value;
    }
    REQUIRE(total == 0);
    return answers;
}

/// The error message scoring `answers` gives.
std::string score_error(const Measure& m, const std::vector<ItemAnswer>& answers) {
    try {
        (void)m.score(answers);
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        return e.what();
    }
    return "no error";
}

std::string answer_error(const Measure& m, std::string_view text) {
    try {
        (void)m.parse_answer(text);
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        return e.what();
    }
    return "no error";
}

const std::vector<std::string> frequency{"Not at all", "Several days", "More than half the days",
                                         "Nearly every day"};

void check_frequency_choices(const MeasureItem& item) {
    REQUIRE(item.choices.size() == 4);
    for (int v = 0; v < 4; ++v) {
        CHECK(item.choices[static_cast<std::size_t>(v)].value == v);
        CHECK(item.choices[static_cast<std::size_t>(v)].label ==
              frequency[static_cast<std::size_t>(v)]);
    }
}

}  // namespace

TEST_CASE("the PHQ-9 is built in, word for word") {
    auto m = builtin("phq-9");
    CHECK(m.name == "phq-9");
    CHECK(m.title == "PHQ-9");
    CHECK(m.builtin());
    CHECK(m.stem ==
          "Over the last 2 weeks, how often have you been bothered by any of the following "
          "problems?");
    CHECK(m.source ==
          "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
          "with an educational grant from Pfizer Inc. No permission required to reproduce, "
          "translate, display or distribute.");
    const std::vector<std::string> texts{
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    };
    REQUIRE(m.items.size() == 10);
    CHECK(m.key_list() == "1, 2, 3, 4, 5, 6, 7, 8, 9, difficulty");
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const auto& item = m.items[i];
        CHECK(item.text == texts[i]);
        CHECK(item.number == static_cast<int>(i) + 1);
        CHECK(item.scored);
        CHECK(item.required);
        CHECK(item.critical == (item.key == "9"));
        check_frequency_choices(item);
    }
    const auto& difficulty = m.items[9];
    CHECK(difficulty.text ==
          "If you checked off any problems, how difficult have these problems made it for you to "
          "do your work, take care of things at home, or get along with other people?");
    CHECK_FALSE(difficulty.scored);
    CHECK_FALSE(difficulty.required);
    CHECK_FALSE(difficulty.critical);
    REQUIRE(difficulty.choices.size() == 4);
    CHECK(difficulty.choices[0].label == "Not difficult at all");
    CHECK(difficulty.choices[1].label == "Somewhat difficult");
    CHECK(difficulty.choices[2].label == "Very difficult");
    CHECK(difficulty.choices[3].label == "Extremely difficult");
    CHECK(m.min_total() == 0);
    CHECK(m.max_total() == 27);
    CHECK(m.better == Better::lower);
    CHECK(m.reliable_change == 6);
    CHECK(m.caseness == 10);
}

TEST_CASE("the GAD-7 is built in, word for word") {
    auto m = builtin("gad-7");
    CHECK(m.title == "GAD-7");
    CHECK(m.stem ==
          "Over the last 2 weeks, how often have you been bothered by the following problems?");
    CHECK(m.source == builtin("phq-9").source);
    const std::vector<std::string> texts{
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    };
    REQUIRE(m.items.size() == texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CHECK(m.items[i].key == std::to_string(i + 1));
        CHECK(m.items[i].text == texts[i]);
        CHECK(m.items[i].scored);
        CHECK(m.items[i].required);
        CHECK_FALSE(m.items[i].critical);
        check_frequency_choices(m.items[i]);
    }
    CHECK(m.min_total() == 0);
    CHECK(m.max_total() == 21);
    CHECK(m.reliable_change == 4);
    CHECK(m.caseness == 8);
}

TEST_CASE("only the two published measures are built in") {
    std::vector<std::string> names;
    for (const auto& b : builtin_measures()) names.emplace_back(b.name);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"gad-7", "phq-9"});
}

TEST_CASE("every PHQ-9 total from 0 to 27 falls in its band, and 10 is where caseness starts") {
    auto m = builtin("phq-9");
    for (int total = 0; total <= 27; ++total) {
        CAPTURE(total);
        auto s = m.score(answers_totalling(m, total));
        CHECK(s.total == total);
        std::string band = total <= 4    ? "minimal"
                           : total <= 9  ? "mild"
                           : total <= 14 ? "moderate"
                           : total <= 19 ? "moderately severe"
                                         : "severe";
        CHECK(s.band == band);
        REQUIRE(m.band_for(total) != nullptr);
        CHECK(m.band_for(total)->label == band);
        CHECK(s.is_case == (total >= 10));
        CHECK(s.answers.size() == 9);
    }
    CHECK(m.band_for(-1) == nullptr);
    CHECK(m.band_for(28) == nullptr);
}

TEST_CASE("every GAD-7 total from 0 to 21 falls in its band, and 8 is where caseness starts") {
    auto m = builtin("gad-7");
    for (int total = 0; total <= 21; ++total) {
        CAPTURE(total);
        auto s = m.score(answers_totalling(m, total));
        CHECK(s.total == total);
        std::string band = total <= 4    ? "minimal"
                           : total <= 9  ? "mild"
                           : total <= 14 ? "moderate"
                                         : "severe";
        CHECK(s.band == band);
        CHECK(s.is_case == (total >= 8));
        CHECK(s.critical.empty());
    }
    CHECK(m.band_for(22) == nullptr);
}

TEST_CASE("reliable change is 6 points on the PHQ-9 and 4 on the GAD-7, either way") {
    auto phq = builtin("phq-9");
    CHECK(phq.change(15, 9) == ScoreChange::reliable_improvement);
    CHECK(phq.change(15, 10) == ScoreChange::no_reliable_change);
    CHECK(phq.change(15, 15) == ScoreChange::no_reliable_change);
    CHECK(phq.change(15, 20) == ScoreChange::no_reliable_change);
    CHECK(phq.change(15, 21) == ScoreChange::reliable_deterioration);
    CHECK(phq.change(27, 0) == ScoreChange::reliable_improvement);
    auto gad = builtin("gad-7");
    CHECK(gad.change(12, 8) == ScoreChange::reliable_improvement);
    CHECK(gad.change(12, 9) == ScoreChange::no_reliable_change);
    CHECK(gad.change(12, 15) == ScoreChange::no_reliable_change);
    CHECK(gad.change(12, 16) == ScoreChange::reliable_deterioration);
    CHECK(change_name(ScoreChange::reliable_improvement) == "reliable improvement");
    CHECK(change_name(ScoreChange::no_reliable_change) == "no reliable change");
    CHECK(change_name(ScoreChange::reliable_deterioration) == "reliable deterioration");
}

TEST_CASE("the unscored difficulty question may be answered or left out") {
    auto m = builtin("phq-9");
    auto answers = answers_totalling(m, 12);
    auto without = m.score(answers);
    answers.push_back({"difficulty", 3});
    auto with = m.score(answers);
    CHECK(with.total == without.total);
    CHECK(with.answers.size() == 10);
    CHECK(with.answers.back().item == "difficulty");
}

TEST_CASE("answers come back in the order of the items, whatever order they were given in") {
    auto m = builtin("gad-7");
    std::vector<ItemAnswer> answers;
    for (int i = 7; i >= 1; --i) answers.push_back({std::to_string(i), i % 4});
    auto s = m.score(answers);
    REQUIRE(s.answers.size() == 7);
    for (int i = 0; i < 7; ++i)
        CHECK(s.answers[static_cast<std::size_t>(i)].item == std::to_string(i + 1));
    CHECK(s.total == 1 + 2 + 3 + 0 + 1 + 2 + 3);
}

TEST_CASE("a critical item answered above its lowest value is flagged, with its label") {
    auto m = builtin("phq-9");
    auto answers = answers_totalling(m, 0);
    CHECK(m.score(answers).critical.empty());
    for (int value = 1; value <= 3; ++value) {
        CAPTURE(value);
        answers.back() = {"9", value};
        auto s = m.score(answers);
        REQUIRE(s.critical.size() == 1);
        const auto& c = s.critical[0];
        CHECK(c.measure == "PHQ-9");
        CHECK(c.item == "9");
        CHECK(c.number == 9);
        CHECK(c.value == value);
        CHECK(c.label == frequency[static_cast<std::size_t>(value)]);
        CHECK(c.text ==
              "Thoughts that you would be better off dead or of hurting yourself in some way");
    }
    // Nothing else raises it, however high.
    auto high = answers_totalling(m, 24);
    high.back() = {"9", 0};
    high.push_back({"difficulty", 3});
    CHECK(m.score(high).critical.empty());
}

TEST_CASE("critical answers from long ago are read without complaint") {
    auto m = builtin("phq-9");
    auto found = m.critical_answers({{"9", 7}, {"old-item", 3}, {"1", 3}});
    REQUIRE(found.size() == 1);
    CHECK(found[0].label == "7");
    CHECK(m.critical_answers({}).empty());
}

TEST_CASE("scoring refuses an incomplete or impossible set of answers, naming the item") {
    auto m = builtin("phq-9");
    auto answers = answers_totalling(m, 5);
    auto missing = answers;
    missing.erase(missing.begin() + 2);
    CHECK(score_error(m, missing) ==
          "PHQ-9 item 3 has no answer; it needs a whole number from 0 to 3");
    auto too_high = answers;
    too_high[8].value = 4;
    CHECK(score_error(m, too_high) == "PHQ-9 item 9 must be a whole number from 0 to 3 (got 4)");
    auto negative = answers;
    negative[0].value = -1;
    CHECK(score_error(m, negative) == "PHQ-9 item 1 must be a whole number from 0 to 3 (got -1)");
    auto twice = answers;
    twice.push_back({"4", 0});
    CHECK(score_error(m, twice) == "PHQ-9 item 4 is answered twice");
    auto unknown = answers;
    unknown.push_back({"10", 0});
    CHECK(score_error(m, unknown) ==
          "PHQ-9 has no item \"10\" (its items are 1, 2, 3, 4, 5, 6, 7, 8, 9, difficulty)");
    CHECK(score_error(m, {}) == "PHQ-9 item 1 has no answer; it needs a whole number from 0 to 3");
}

TEST_CASE("an answer is read from ITEM=N") {
    auto m = builtin("phq-9");
    auto a = m.parse_answer("9=2");
    CHECK(a.item == "9");
    CHECK(a.value == 2);
    CHECK(m.parse_answer("difficulty=0").item == "difficulty");
    CHECK(answer_error(m, "9=4") == "PHQ-9 item 9 must be a whole number from 0 to 3 (got \"4\")");
    CHECK(answer_error(m, "9=-1") ==
          "PHQ-9 item 9 must be a whole number from 0 to 3 (got \"-1\")");
    CHECK(answer_error(m, "9=") == "PHQ-9 item 9 must be a whole number from 0 to 3 (got \"\")");
    CHECK(answer_error(m, "9=two") ==
          "PHQ-9 item 9 must be a whole number from 0 to 3 (got \"two\")");
    CHECK(answer_error(m, "9=1.0") ==
          "PHQ-9 item 9 must be a whole number from 0 to 3 (got \"1.0\")");
    CHECK(answer_error(m, "9=99999999999999999999") ==
          "PHQ-9 item 9 must be a whole number from 0 to 3 (got \"99999999999999999999\")");
    CHECK(answer_error(m, "9=4294967297") ==
          "PHQ-9 item 9 must be a whole number from 0 to 3 (got \"4294967297\")");
    CHECK(answer_error(m, "ten=1") ==
          "PHQ-9 has no item \"ten\" (its items are 1, 2, 3, 4, 5, 6, 7, 8, 9, difficulty)");
    CHECK(answer_error(m, "9") ==
          "an answer must be ITEM=N, such as 1=0 (got \"9\"; the items of PHQ-9 are 1, 2, 3, 4, "
          "5, 6, 7, 8, 9, difficulty)");
    CHECK(answer_error(m, "=1").find("an answer must be ITEM=N") == 0);
}

TEST_CASE("a measure where higher is better turns caseness and change around") {
    auto m = parse_measure(R"(name = "wellbeing"
title = "Wellbeing"
better = "higher"
reliable_change = 3
caseness = 4
[[choice]]
value = 0
label = "never"
[[choice]]
value = 2
label = "always"
[[item]]
key = "a"
text = "I felt calm"
[[item]]
key = "b"
text = "I slept well"
[[item]]
key = "c"
text = "I felt close to others"
[[item]]
key = "d"
text = "I went out"
choices = [{ value = 2, label = "no" }, { value = 0, label = "yes" }]
[[band]]
min = 5
max = 8
label = "good"
[[band]]
min = 0
max = 4
label = "low"
)",
                           "w.toml", "wellbeing");
    CHECK(m.better == Better::higher);
    CHECK(m.min_total() == 0);
    CHECK(m.max_total() == 8);
    REQUIRE(m.bands.size() == 2);
    CHECK(m.bands[0].label == "low");  // sorted by total
    CHECK(m.is_case(4) == true);
    CHECK(m.is_case(5) == false);
    CHECK(m.change(2, 5) == ScoreChange::reliable_improvement);
    CHECK(m.change(5, 2) == ScoreChange::reliable_deterioration);
    CHECK(m.change(2, 4) == ScoreChange::no_reliable_change);
    CHECK(m.items[3].accepted() == "one of 0, 2");
    CHECK(m.items[3].choices[0].label == "no");  // an item's own choices, in its own order
    auto s = m.score({{"a", 2}, {"b", 2}, {"c", 0}, {"d", 0}});
    CHECK(s.total == 4);
    CHECK(s.band == "low");
    CHECK(s.is_case == true);
    CHECK(answer_error(m, "a=1") == "Wellbeing item a must be one of 0, 2 (got \"1\")");
}

TEST_CASE("a measure without thresholds has no caseness and no reliable change") {
    auto m = parse_measure(R"(name = "plain"
title = "Plain"
better = "lower"
[[item]]
key = "only"
text = "How much?"
choices = [{ value = 0, label = "none" }, { value = 1, label = "some" }]
[[band]]
min = 0
max = 1
label = "any"
)",
                           "p.toml", "");
    CHECK_FALSE(m.is_case(1).has_value());
    CHECK_FALSE(m.change(0, 1).has_value());
    CHECK_FALSE(m.score({{"only", 1}}).is_case.has_value());
    CHECK(m.stem.empty());
    CHECK(m.source.empty());
}
