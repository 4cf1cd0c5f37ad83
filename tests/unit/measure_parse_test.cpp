// The measure parser against hostile files: every malformed shape is one usage error naming
// the file, the line and what is accepted.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "core/measure.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

// A valid measure in four parts, so that a case can replace one. Its lines: the head 1-3, the
// choices 4-9, the items 10-15 ([[item]] at 10 and 13), the bands 16-23 ([[band]] at 16 and 20).
// Two items of 0 or 1 make totals from 0 to 2.
const std::string head = "name = \"m\"\ntitle = \"M\"\nbetter = \"lower\"\n";
const std::string choices =
    "[[choice]]\nvalue = 0\nlabel = \"no\"\n[[choice]]\nvalue = 1\nlabel = \"yes\"\n";
const std::string items =
    "[[item]]\nkey = \"a\"\ntext = \"A?\"\n[[item]]\nkey = \"b\"\ntext = \"B?\"\n";
std::string bands(long long min1, long long max1, long long min2, long long max2) {
    return "[[band]]\nmin = " + std::to_string(min1) + "\nmax = " + std::to_string(max1) +
           "\nlabel = \"none\"\n[[band]]\nmin = " + std::to_string(min2) +
           "\nmax = " + std::to_string(max2) + "\nlabel = \"some\"\n";
}
const std::string good_bands = bands(0, 0, 1, 2);

/// The error parsing `text` gives (as file "t.toml", expected name "m").
std::string error_of(const std::string& text) {
    try {
        (void)parse_measure(text, "t.toml", "m");
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        return e.what();
    }
    return "no error";
}

/// The head with `extra` top-level lines, then the rest as given.
std::string with_head(const std::string& extra, const std::string& rest) {
    return head + extra + rest;
}

}  // namespace

TEST_CASE("the four parts make a valid measure") {
    auto m = parse_measure(head + choices + items + good_bands, "t.toml", "m");
    CHECK(m.key_list() == "a, b");
    CHECK(m.max_total() == 2);
    CHECK(m.items[1].number == 2);
    CHECK(m.toml == head + choices + items + good_bands);
    CHECK(m.description.empty());
}

TEST_CASE("a hostile measure file is one clear error naming its line") {
    // Each case: the file, and the error it gives.
    const std::vector<std::pair<std::string, std::string>> cases{
        // Not TOML at all, or a value too big for TOML.
        {"name = \n",
         "t.toml:1: not valid TOML: Error while parsing key-value pair: expected "
         "value, saw '\\n'"},
        {head + "[[choice]]\nvalue = 99999999999999999999\n",
         "t.toml:5: not valid TOML: Error while parsing decimal integer: "
         "'99999999999999999999' is not representable in 64 bits"},
        // Missing and unknown fields.
        {"title = \"M\"\nbetter = \"lower\"\n" + choices + items + good_bands,
         "t.toml: no name (add name = \"...\" at the top)"},
        {"name = \"m\"\nbetter = \"lower\"\n" + choices + items + good_bands,
         "t.toml: no title (add title = \"...\" at the top)"},
        {"name = \"m\"\ntitle = \"M\"\n" + choices + items + good_bands,
         "t.toml: no better (add better = \"lower\" or better = \"higher\")"},
        {head + choices + good_bands, "t.toml: no items (add an [[item]] table with key and text)"},
        {head + choices + items, "t.toml: no bands (add [[band]] tables with min, max and label)"},
        {with_head("titel = \"M\"\n", choices + items + good_bands),
         "t.toml:4: unknown field \"titel\" (a measure has name, title, description, source, "
         "stem, better, reliable_change, caseness, critical, and [[choice]], [[item]] and "
         "[[band]] tables)"},
        {head + choices + items + "hint = \"h\"\n" + good_bands,
         "t.toml:16: unknown field \"hint\" in an item (an item has key, text, choices, scored "
         "and required)"},
        {head + "[[choice]]\nvalue = 0\nlabel = \"no\"\nscore = 1\n" + items + good_bands,
         "t.toml:7: unknown field \"score\" in a choice (a choice has value and label)"},
        {head + choices + items + good_bands + "colour = \"red\"\n",
         "t.toml:24: unknown field \"colour\" in a band (a band has min, max and label)"},
        // Names.
        {"name = \"M 1\"\n",
         "t.toml:1: name \"M 1\" must be 1 to 64 of a-z, 0-9 and '-', starting "
         "with a letter"},
        {"name = \"other\"\n", "t.toml:1: name \"other\" does not match the file name m.toml"},
        {"name = 7\n", "t.toml:1: name must be a string in quotes"},
        {"name = \"m\"\ntitle = \" \"\n", "t.toml:2: title must not be empty"},
        {"name = \"m\"\ntitle = \"M\"\nbetter = \"down\"\n",
         "t.toml:3: better must be \"lower\" or \"higher\" (got \"down\")"},
        {"name = \"m\"\ntitle = \"M\"\nbetter = true\n",
         "t.toml:3: better must be \"lower\" or \"higher\" (got true)"},
        // Items.
        {with_head("item = []\n", choices + good_bands),
         "t.toml:4: item must be a list of [[item]] tables"},
        {head + choices + "[item]\nkey = \"a\"\ntext = \"A?\"\n" + good_bands,
         "t.toml:10: item must be a list of [[item]] tables"},
        {head + choices + items + "[[item]]\nkey = \"a\"\ntext = \"again\"\n" + good_bands,
         "t.toml:16: key \"a\" is used twice"},
        {head + choices + "[[item]]\nkey = \"A b\"\ntext = \"A?\"\n" + good_bands,
         "t.toml:11: key \"A b\" must be 1 to 32 of a-z, 0-9, '-' and '_'"},
        {head + choices + "[[item]]\nkey = \"a\"\n" + good_bands,
         "t.toml:10: this item has no text (add text = \"...\")"},
        {head + choices + "[[item]]\ntext = \"A?\"\n" + good_bands,
         "t.toml:10: this item has no key (add key = \"...\")"},
        {head + choices + "[[item]]\nkey = \"a\"\ntext = \"\"\n" + good_bands,
         "t.toml:12: text must not be empty"},
        {head + choices + "[[item]]\nkey = \"a\"\ntext = \"A?\"\nscored = \"yes\"\n" + good_bands,
         "t.toml:13: scored must be true or false (got \"yes\")"},
        {head + choices + "[[item]]\nkey = \"a\"\ntext = \"A?\"\nscored = false\n" + good_bands,
         "t.toml: no scored items (at least one item must count toward the total)"},
        {head + items + good_bands,
         "t.toml:4: item a has no choices (add [[choice]] tables for every item, or choices = "
         "[...] to this one)"},
        // Choices.
        {head + "[[choice]]\nvalue = 1.5\nlabel = \"x\"\n",
         "t.toml:5: value must be a whole number from 0 to 1000 (got 1.5)"},
        {head + "[[choice]]\nvalue = \"1\"\nlabel = \"x\"\n",
         "t.toml:5: value must be a whole number from 0 to 1000 (got \"1\")"},
        {head + "[[choice]]\nvalue = -1\nlabel = \"x\"\n",
         "t.toml:5: value must be a whole number from 0 to 1000 (got -1)"},
        {head + "[[choice]]\nvalue = 1001\nlabel = \"x\"\n",
         "t.toml:5: value must be a whole number from 0 to 1000 (got 1001)"},
        {head + "[[choice]]\nvalue = 9223372036854775807\nlabel = \"x\"\n",
         "t.toml:5: value must be a whole number from 0 to 1000 (got 9223372036854775807)"},
        {head + "[[choice]]\nvalue = 1\n",
         "t.toml:4: this choice has no label (add label = \"...\")"},
        {head + "[[choice]]\nlabel = \"x\"\n",
         "t.toml:4: this choice has no value (add value = N)"},
        {head + choices + "[[choice]]\nvalue = 1\nlabel = \"maybe\"\n",
         "t.toml:10: value 1 is used twice in these choices"},
        {head + choices + "[[choice]]\nvalue = 2\nlabel = \"yes\"\n",
         "t.toml:10: label \"yes\" is used twice in these choices"},
        {head + "[[choice]]\nvalue = 0\nlabel = \"no\"\n" + items + good_bands,
         "t.toml:4: a list of choices has 2 to 20 choices (this one has 1)"},
        {head + "choice = 3\n", "t.toml:4: choice must be a list of tables with value and label"},
        {head + "choice = [1, 2]\n", "t.toml:4: each choice must be a table with value and label"},
        {head + choices + "[[item]]\nkey = \"a\"\ntext = \"A?\"\nchoices = []\n" + good_bands,
         "t.toml:13: a list of choices has 2 to 20 choices (this one has 0)"},
        {head +
             "[[item]]\nkey = \"a\"\ntext = \"A?\"\nchoices = [{ value = 0, label = \"n\" }, "
             "{ value = 0.5, label = \"h\" }]\n" +
             bands(0, 0, 1, 1),
         "t.toml:7: value must be a whole number from 0 to 1000 (got 0.5)"},
        // Bands.
        {head + choices + items + bands(0, 1, 1, 2),
         "t.toml:20: band \"some\" (1 to 2) overlaps band \"none\" (0 to 1)"},
        {head + choices + items + bands(1, 2, 0, 1),
         "t.toml:16: band \"none\" (1 to 2) overlaps band \"some\" (0 to 1)"},
        {head + choices + items + bands(0, 0, 2, 2),
         "t.toml:20: no band covers 1 to 1; the bands must cover every total from 0 to 2 once"},
        {head + choices + items + bands(0, 0, 1, 1),
         "t.toml:20: no band covers 2 to 2; the bands must cover every total from 0 to 2 once"},
        {head + choices + items + bands(1, 1, 2, 2),
         "t.toml:16: no band covers 0 to 0; the bands must cover every total from 0 to 2 once"},
        {head + choices + items + bands(0, 0, 1, 3),
         "t.toml:20: band \"some\" (1 to 3) goes beyond the possible totals, 0 to 2"},
        {head + choices + items + bands(0, 0, 2, 1),
         "t.toml:20: band \"some\" has min 2 above max 1"},
        {head + choices + items + bands(0, 0, 1, 1000000000000),
         "t.toml:22: max must be a whole number from 0 to 100000 (got 1000000000000)"},
        {head + choices + items + bands(0, 0, -1, 2),
         "t.toml:21: min must be a whole number from 0 to 100000 (got -1)"},
        {head + choices + items + good_bands + "[[band]]\nmin = 2\nmax = 2\nlabel = \"none\"\n",
         "t.toml:24: band label \"none\" is used twice"},
        {head + choices + items + "[[band]]\nmin = 0\nmax = 2\n",
         "t.toml:16: this band has no label (add label = \"...\")"},
        {with_head("band = []\n", choices + items),
         "t.toml:4: band must be a list of [[band]] tables"},
        // Thresholds, checked against the totals the items allow (0 to 2).
        {with_head("reliable_change = 0\n", choices + items + good_bands),
         "t.toml:4: reliable_change must be a whole number from 1 to 2, the span of the totals "
         "(got 0)"},
        {with_head("reliable_change = 3\n", choices + items + good_bands),
         "t.toml:4: reliable_change must be a whole number from 1 to 2, the span of the totals "
         "(got 3)"},
        {with_head("reliable_change = 1.5\n", choices + items + good_bands),
         "t.toml:4: reliable_change must be a whole number from 1 to 2, the span of the totals "
         "(got 1.5)"},
        {with_head("caseness = 3\n", choices + items + good_bands),
         "t.toml:4: caseness must be a whole number from 0 to 2, the possible totals (got 3)"},
        {with_head("caseness = -1\n", choices + items + good_bands),
         "t.toml:4: caseness must be a whole number from 0 to 2, the possible totals (got -1)"},
        {with_head("caseness = \"high\"\n", choices + items + good_bands),
         "t.toml:4: caseness must be a whole number from 0 to 2, the possible totals (got "
         "\"high\")"},
        // Critical items.
        {with_head("critical = [\"c\"]\n", choices + items + good_bands),
         "t.toml:4: critical item \"c\" is not an item (the items are a, b)"},
        {with_head("critical = [\"a\", \"a\"]\n", choices + items + good_bands),
         "t.toml:4: critical item \"a\" is listed twice"},
        {with_head("critical = [1]\n", choices + items + good_bands),
         "t.toml:4: critical must list item keys in quotes (got 1)"},
        {with_head("critical = \"a\"\n", choices + items + good_bands),
         "t.toml:4: critical must be a list of item keys in quotes, such as [\"9\"]"},
        // Text that could drive a terminal is shown escaped.
        {"name = \"m\\u001b[31m\"\n",
         "t.toml:1: name \"m\\x1b[31m\" must be 1 to 64 of a-z, 0-9 "
         "and '-', starting with a letter"},
        {"name = \"m\"\ntitle = \"M\\u0000\"\n",
         "t.toml:2: title must not contain a NUL character"},
    };
    for (const auto& [text, expected] : cases) {
        CAPTURE(text);
        CHECK(error_of(text) == expected);
    }
}

TEST_CASE("a measure has at most 100 items") {
    std::string many;
    for (int i = 0; i < 101; ++i)
        many += "[[item]]\nkey = \"i" + std::to_string(i) + "\"\ntext = \"Q\"\n";
    CHECK(error_of(head + choices + many + bands(0, 0, 1, 101)) ==
          "t.toml:310: a measure has at most 100 items");
}

TEST_CASE("the largest measure allowed keeps its totals in range") {
    std::string big = head + "reliable_change = 100000\ncaseness = 100000\n" +
                      "[[choice]]\nvalue = 0\nlabel = \"no\"\n[[choice]]\nvalue = 1000\n" +
                      "label = \"all\"\n";
    for (int i = 0; i < 100; ++i)
        big += "[[item]]\nkey = \"i" + std::to_string(i) + "\"\ntext = \"Q\"\n";
    auto m = parse_measure(big + bands(0, 0, 1, 100000), "t.toml", "m");
    CHECK(m.max_total() == 100000);
    CHECK(m.reliable_change == 100000);
    std::vector<ItemAnswer> all;
    for (int i = 0; i < 100; ++i) all.push_back({"i" + std::to_string(i), 1000});
    auto s = m.score(all);
    CHECK(s.total == 100000);
    CHECK(s.band == "some");
    CHECK(s.is_case == true);
    CHECK(m.change(100000, 0) == ScoreChange::reliable_improvement);
}
