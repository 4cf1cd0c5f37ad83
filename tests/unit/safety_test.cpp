// The safety message: nothing without a critical answer; with one, what was answered, that it
// is worth telling the therapist, and whom to contact: the user's contacts, or in general
// terms the emergency number and a crisis line with how to add contacts.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/measure.hpp"
#include "core/safety.hpp"

using namespace tend::core;

namespace {

CriticalAnswer phq9_item9(const std::string& label, int value) {
    return CriticalAnswer{"PHQ-9",
                          "9",
                          9,
                          "Thoughts that you would be better off dead or of hurting yourself "
                          "in some way",
                          value,
                          label};
}

}  // namespace

TEST_CASE("no critical answer, no message") {
    CHECK(safety_message({}, {}, "~/.config/tend/config.toml").empty());
    CHECK(safety_message({}, {{"Dr. Lee", "555 0100"}}, "x").empty());
}

TEST_CASE("without contacts the message names the emergency number and a crisis line") {
    auto lines = safety_message({phq9_item9("Several days", 1)}, {}, "~/.config/tend/config.toml");
    CHECK(lines == std::vector<std::string>{
                       "You answered \"Several days\" to PHQ-9 item 9.",
                       "Thoughts like these are worth telling your therapist about; you do not "
                       "have to wait for your next session.",
                       "If you feel you might act on them, please call your local emergency "
                       "number now, or a crisis line in your country.",
                       "To list the people to contact here, add them to "
                       "~/.config/tend/config.toml:",
                       "  [safety]",
                       "  contacts = [{ name = \"My therapist\", phone = \"their number\" }]",
                   });
}

TEST_CASE("with contacts the message lists them, then the emergency number") {
    auto lines = safety_message({phq9_item9("Nearly every day", 3)},
                                {{"Dr. Lee, my therapist (weekdays)", "020 7946 0000"},
                                 {"Text a crisis line: SHOUT to 85258", ""}},
                                "unused");
    CHECK(lines == std::vector<std::string>{
                       "You answered \"Nearly every day\" to PHQ-9 item 9.",
                       "Thoughts like these are worth telling your therapist about; you do not "
                       "have to wait for your next session.",
                       "If you feel you might act on them, please contact someone now:",
                       "  Dr. Lee, my therapist (weekdays): 020 7946 0000",
                       "  Text a crisis line: SHOUT to 85258",
                       "In an emergency, call your local emergency number.",
                   });
}

TEST_CASE("each critical answer has its line, from whichever measure marks it") {
    CriticalAnswer other{"Custom", "harm", 3, "Urges to harm yourself", 2, "Often"};
    auto lines = safety_message({phq9_item9("Several days", 1), other}, {}, "c.toml");
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "You answered \"Several days\" to PHQ-9 item 9.");
    CHECK(lines[1] == "You answered \"Often\" to Custom item 3.");
}

TEST_CASE("the summary flags a critical answer for the therapist") {
    CHECK(safety_flag(phq9_item9("Several days", 1), "Tue 17 Nov") ==
          "PHQ-9 item 9 answered \"Several days\" on Tue 17 Nov");
}

TEST_CASE("a critical answer scored from the built-in PHQ-9 reaches the message") {
    for (const auto& b : builtin_measures()) {
        if (b.name != "phq-9") continue;
        auto m = parse_measure(b.text, "built-in", b.name);
        std::vector<ItemAnswer> answers;
        for (int i = 1; i <= 9; ++i) answers.push_back({std::to_string(i), i == 9 ? 2 : 0});
        auto s = m.score(answers);
        auto lines = safety_message(s.critical, {}, "config.toml");
        REQUIRE_FALSE(lines.empty());
        CHECK(lines[0] == "You answered \"More than half the days\" to PHQ-9 item 9.");
    }
}
