// Finding measures: the built-in ones, and the user's directory adding to them or replacing
// one of the same name.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "core/measure_library.hpp"
#include "support.hpp"
#include "util/error.hpp"

using namespace tend::core;
using tend::test::TempDir;

namespace {

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file);
    out << text;
}

/// A small measure called `name` whose one item asks `question`.
std::string small_measure(const std::string& name, const std::string& question) {
    return "name = \"" + name + "\"\ntitle = \"" + name + "\"\nbetter = \"lower\"\n" +
           "[[item]]\nkey = \"q\"\ntext = \"" + question + "\"\n" +
           "choices = [{ value = 0, label = \"no\" }, { value = 1, label = \"yes\" }]\n" +
           "[[band]]\nmin = 0\nmax = 1\nlabel = \"any\"\n";
}

std::string load_error(std::string_view name, const std::filesystem::path& dir) {
    try {
        (void)measures().load(name, dir);
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("without a directory of their own, a user has the built-in measures") {
    TempDir dir;
    auto missing = dir / "measures";
    CHECK(measures().names(missing) == std::set<std::string>{"gad-7", "phq-9"});
    auto all = measures().all(missing);
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "gad-7");
    CHECK(all[1].name == "phq-9");
    CHECK(all[1].builtin());
    CHECK(measures().load("phq-9", missing).title == "PHQ-9");
    CHECK_FALSE(measures().find("phq-10", missing).has_value());
    CHECK_FALSE(measures().find("PHQ-9", missing).has_value());  // names are lower case
    CHECK_FALSE(measures().find("../phq-9", missing).has_value());
    CHECK(load_error("phq-10", missing) ==
          "there is no measure \"phq-10\"; the measures are gad-7, phq-9 (tend check list shows "
          "them)");
}

TEST_CASE("a user's file adds a measure or replaces the built-in of its name") {
    TempDir dir;
    write(dir / "phq-9.toml", small_measure("phq-9", "Overridden?"));
    write(dir / "sleep.toml", small_measure("sleep", "Slept well?"));
    write(dir / "Not-A-Name.toml", "ignored");
    write(dir / "notes.txt", "ignored");
    std::filesystem::create_directory(dir / "dir.toml");

    CHECK(measures().names(dir.path()) == std::set<std::string>{"gad-7", "phq-9", "sleep"});
    auto phq = measures().load("phq-9", dir.path());
    CHECK_FALSE(phq.builtin());
    CHECK(phq.path == dir / "phq-9.toml");
    CHECK(phq.items.at(0).text == "Overridden?");
    CHECK(phq.max_total() == 1);
    auto all = measures().all(dir.path());
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == "gad-7");
    CHECK(all[0].builtin());
    CHECK(all[1].items.at(0).text == "Overridden?");
    CHECK(all[2].name == "sleep");
}

TEST_CASE("a broken measure file is the parser's error, naming the file") {
    TempDir dir;
    write(dir / "gad-7.toml", small_measure("gad-8", "Wrong name?"));
    auto file = (dir / "gad-7.toml").string();
    CHECK(load_error("gad-7", dir.path()) ==
          file + ":1: name \"gad-8\" does not match the file name gad-7.toml");
    CHECK_THROWS_AS(measures().all(dir.path()), tend::Error);
    // Its name is still listed, and other measures still load.
    CHECK(measures().names(dir.path()).count("gad-7") == 1);
    CHECK(measures().load("phq-9", dir.path()).builtin());
}
