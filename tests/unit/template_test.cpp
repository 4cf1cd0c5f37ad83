// The template parser: valid templates, the built-in ones, and every malformed shape with the
// line it names.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "support.hpp"

#include "core/template.hpp"
#include "core/toml_reader.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

constexpr const char* good = R"(# a comment
name = "check-in"
title = "A quick check-in"

[[prompt]]
key = "now"
question = "How are you, right now?"
hint = "One word is enough."

[[prompt]]
key = "need_1"
question = "What do you need?"
)";

/// The error message parsing `text` gives (as file "t.toml", expected name "check-in").
std::string error_of(const std::string& text) {
    return tend::test::usage_message([&] { (void)parse_template(text, "t.toml", "check-in"); });
}

std::string header(const std::string& rest) {
    return "name = \"check-in\"\ntitle = \"A quick check-in\"\n" + rest;
}

}  // namespace

TEST_CASE("a template has a name, a title and ordered prompts") {
    auto t = parse_template(good, "t.toml", "check-in");
    CHECK(t.name == "check-in");
    CHECK(t.title == "A quick check-in");
    REQUIRE(t.prompts.size() == 2);
    CHECK(t.prompts[0].key == "now");
    CHECK(t.prompts[0].question == "How are you, right now?");
    CHECK(t.prompts[0].hint == "One word is enough.");
    CHECK(t.prompts[1].key == "need_1");
    CHECK(t.prompts[1].hint.empty());
    CHECK(t.prompt("now") == &t.prompts[0]);
    CHECK(t.prompt("later") == nullptr);
    CHECK(t.key_list() == "now, need_1");
    CHECK(t.source == good);
    CHECK(t.builtin());
}

TEST_CASE("the built-in templates parse and have the product's keys") {
    std::map<std::string, std::string> keys;
    for (const auto& b : builtin_templates()) {
        auto t = parse_template(b.text, "built-in", b.name);
        keys[t.name] = t.key_list();
        for (const auto& p : t.prompts) CHECK_FALSE(p.hint.empty());
    }
    CHECK(keys.size() == 4);
    CHECK(keys["reflection"] == "takeaway, emotions, intention");
    CHECK(keys["prep"] == "went-well, challenging, discuss");
    CHECK(keys["thought-record"] ==
          "situation, automatic-thought, emotion, evidence, balanced-thought");
    CHECK(keys["behavioral-experiment"] == "belief, experiment, prediction, outcome, learned");
}

TEST_CASE("template and measure names: one rule for documents") {
    CHECK(is_document_name("thought-record"));
    CHECK(is_document_name("phq-9"));
    CHECK(is_document_name("a2"));
    CHECK_FALSE(is_document_name(""));
    CHECK_FALSE(is_document_name("2a"));
    CHECK_FALSE(is_document_name("Thought"));
    CHECK_FALSE(is_document_name("PHQ-9"));
    CHECK_FALSE(is_document_name("../x"));
    CHECK_FALSE(is_document_name("a_b"));
    CHECK_FALSE(is_document_name(std::string(65, 'a')));
}

TEST_CASE("a malformed template is an error naming file, line and problem") {
    CHECK(error_of("name = \"check-in\"\ntitle = \n") ==
          "t.toml:2: not valid TOML: Error while parsing key-value pair: expected value, saw "
          "'\\n'");
    CHECK(error_of("title = \"x\"\n[[prompt]]\nkey = \"a\"\nquestion = \"q\"\n") ==
          "t.toml: no name (add name = \"...\" at the top)");
    CHECK(error_of("name = \"other\"\n") ==
          "t.toml:1: name \"other\" does not match the file name check-in.toml");
    CHECK(error_of("name = \"Check In\"\n") ==
          "t.toml:1: name \"Check In\" must be 1 to 64 of a-z, 0-9 and '-', starting with a "
          "letter");
    CHECK(error_of("name = \"check-in\"\n[[prompt]]\nkey = \"a\"\nquestion = \"q\"\n") ==
          "t.toml: no title (add title = \"...\" at the top)");
    CHECK(error_of(header("")) ==
          "t.toml: no prompts (add a [[prompt]] table with key and question)");
    CHECK(error_of(header("title2 = 3\n")) ==
          "t.toml:3: unknown field \"title2\" (a template has name, title and [[prompt]] "
          "tables)");
    CHECK(error_of(header("title = 3\n")).find("t.toml:3:") == 0);
    CHECK(error_of("name = 7\n") == "t.toml:1: name must be a string in quotes");
    CHECK(error_of(header("\n[[prompt]]\nquestion = \"q\"\n")) ==
          "t.toml:4: this prompt has no key (add key = \"...\")");
    CHECK(error_of(header("[[prompt]]\nkey = \"a\"\n")) ==
          "t.toml:3: this prompt has no question (add question = \"...\")");
    CHECK(error_of(header("[[prompt]]\nkey = \"a\"\nquestion = \"  \"\n")) ==
          "t.toml:5: question must not be empty");
    CHECK(error_of(header("[[prompt]]\nkey = \"A b\"\nquestion = \"q\"\n")) ==
          "t.toml:4: key \"A b\" must be 1 to 32 of a-z, 0-9, '-' and '_', starting with a "
          "letter");
    CHECK(error_of(header("[[prompt]]\nkey = \"a\"\nquestion = \"q\"\n[[prompt]]\nkey = \"a\"\n"
                          "question = \"r\"\n")) == "t.toml:6: key \"a\" is used twice");
    CHECK(error_of(header("[[prompt]]\nkey = \"a\"\nquestion = \"q\"\nhnit = \"h\"\n")) ==
          "t.toml:6: unknown field \"hnit\" in a prompt (a prompt has key, question and hint)");
    CHECK(error_of(header("[[prompt]]\nkey = \"a\"\nquestion = \"q\"\nhint = 5\n")) ==
          "t.toml:6: hint must be a string in quotes");
    CHECK(error_of(header("prompt = \"a\"\n")) ==
          "t.toml:3: prompt must be a list of [[prompt]] tables");
    CHECK(error_of(header("prompt = [1]\n")) == "t.toml:3: each prompt must be a [[prompt]] table");
    CHECK(error_of(header("[prompt]\nkey = \"a\"\n")) ==
          "t.toml:3: prompt must be a list of [[prompt]] tables");
}

TEST_CASE("without an expected name, any valid name is taken") {
    auto t = parse_template(header("[[prompt]]\nkey = \"a\"\nquestion = \"q\"\n"), "x", "");
    CHECK(t.name == "check-in");
}
