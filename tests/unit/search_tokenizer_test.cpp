#include "store/search_tokenizer.hpp"

#include <catch2/catch.hpp>

using namespace tend;

namespace {

/// The folded tokens of a text.
std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : store::search_tokens(text)) out.push_back(t.text);
    return out;
}

/// The original text of each token.
std::vector<std::string> spans(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : store::search_tokens(text))
        out.emplace_back(text.substr(t.start, t.end - t.start));
    return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("search folding: case and accents in every script") {
    CHECK(store::fold_for_search("Café") == "cafe");
    CHECK(store::fold_for_search("ÉCOLE") == "ecole");
    CHECK(store::fold_for_search("Straße") == "strasse");
    CHECK(store::fold_for_search("σοφία") == "σοφια");
    CHECK(store::fold_for_search("ΣΟΦΊΑ") == "σοφια");
    CHECK(store::fold_for_search("λόγος") == "λογοσ");  // final sigma is a sigma
    CHECK(store::fold_for_search("ΛΌΓΟΣ") == "λογοσ");
    CHECK(store::fold_for_search("ёлка") == "елка");
    CHECK(store::fold_for_search("ЁЛКА") == "елка");
    CHECK(store::fold_for_search("İstanbul") == "istanbul");
    CHECK(store::fold_for_search("ＡＢＣ１") == "abc1");  // full-width forms
    CHECK(store::fold_for_search("ﬁne") == "fine");       // a ligature
    CHECK(store::fold_for_search("שָׁלוֹם") == "שלום");      // Hebrew points
}

TEST_CASE("search folding: marks that make another letter stay") {
    CHECK(store::fold_for_search("が") == "が");  // a voiced kana stays voiced
    CHECK(store::fold_for_search("ｶﾞ") == "ガ");  // half-width kana become full-width
    CHECK(store::fold_for_search("हिंदी") == "हिंदी");
}

TEST_CASE("search folding: emoji lose skin tones and presentation selectors") {
    CHECK(store::fold_for_search("👍🏽") == "👍");
    CHECK(store::fold_for_search("❤️") == "❤");
    CHECK(store::fold_for_search("\xff") == "");  // not UTF-8: dropped
}

TEST_CASE("search tokens: words of spaced scripts") {
    CHECK(words("A long walk, then tea.") == Words{"a", "long", "walk", "then", "tea"});
    CHECK(words("Σήμερα ήταν καλή μέρα") == Words{"σημερα", "ηταν", "καλη", "μερα"});
    CHECK(words("Ещё один день") == Words{"еще", "один", "день"});
    CHECK(words("") == Words{});
    CHECK(words(" ,.;! ") == Words{});
    CHECK(words("café\xff"
                "bar") == Words{"cafe", "bar"});  // a stray byte separates
}

TEST_CASE("search tokens: each character of a script without spaces") {
    CHECK(words("日本語を勉強") == Words{"日", "本", "語", "を", "勉", "強"});
    CHECK(words("東京tower") == Words{"東", "京", "tower"});
    CHECK(words("한국어를") == Words{"한", "국", "어", "를"});
    CHECK(words("ｶﾞｯｺｳ") == Words{"ガ", "ッ", "コ", "ウ"});  // half-width kana, voiced
}

TEST_CASE("search tokens: each emoji, whatever joins or colours it") {
    CHECK(words("good day 😊") == Words{"good", "day", "😊"});
    CHECK(words("👍🏽👍") == Words{"👍", "👍"});
    CHECK(words("😊😊") == Words{"😊", "😊"});
}

TEST_CASE("search tokens: each stands on the characters as written") {
    CHECK(spans("Ça VA 日本 👍🏽!") == Words{"Ça", "VA", "日", "本", "👍🏽"});
    auto tokens = store::search_tokens("ab σοφία");
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[1].start == 3);
    CHECK(tokens[1].end == std::string_view("ab σοφία").size());
}

TEST_CASE("search tokens: a very long word is cut at a character") {
    std::string word;
    for (int i = 0; i < 200; ++i) word += "é";
    auto tokens = store::search_tokens(word);
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].text.size() <= store::max_token_bytes);
    CHECK(tokens[0].text == std::string(tokens[0].text.size(), 'e'));
    CHECK(tokens[0].end == word.size());
}
