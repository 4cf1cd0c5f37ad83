// Running another program without a shell: finding it on PATH, passing arguments verbatim, and
// reporting its exit status.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "support.hpp"

#include "util/error.hpp"
#include "util/files.hpp"
#include "util/process.hpp"

using namespace tend;
namespace fs = std::filesystem;

using tend::test::EnvVar;
using tend::test::TempDir;

namespace {

void write_script(const fs::path& file, const std::string& body, mode_t mode = 0755) {
    std::ofstream(file) << "#!/bin/sh\n" << body;
    REQUIRE(::chmod(file.c_str(), mode) == 0);
}

}  // namespace

TEST_CASE("a program is found in the first PATH directory that has it executable") {
    TempDir dir;
    fs::create_directories(dir.path() / "a");
    fs::create_directories(dir.path() / "b");
    fs::create_directories(dir.path() / "c/tool");  // a directory of that name is no program
    write_script(dir.path() / "a/tool", "exit 0\n", 0644);  // not executable: passed over
    write_script(dir.path() / "b/tool", "exit 0\n");
    auto a = (dir.path() / "a").string(), b = (dir.path() / "b").string(),
         c = (dir.path() / "c").string();
    {
        EnvVar path("PATH", (c + ":" + a + ":" + b).c_str());
        CHECK(util::find_program("tool") == dir.path() / "b/tool");
        CHECK_FALSE(util::find_program("no-such-tool"));
    }
    {
        EnvVar path("PATH", a.c_str());
        CHECK_FALSE(util::find_program("tool"));
    }
}

TEST_CASE("arguments reach the program verbatim, and its exit status comes back") {
    TempDir dir;
    auto script = dir.path() / "record";
    auto log = dir.path() / "log";
    write_script(script, "for a in \"$@\"; do printf '<%s>\\n' \"$a\"; done > \"$LOG\"\nexit $1\n");
    EnvVar log_file("LOG", log.c_str());
    auto marker = dir.path() / "ran";
    std::string sneaky = "$(touch " + marker.string() + "); `touch " + marker.string() + "`";
    CHECK(util::run_program(script, {"record", "0", sneaky, "--", "-x", "two\nlines"}) == 0);
    CHECK(util::read_file(log) == "<0>\n<" + sneaky + ">\n<-->\n<-x>\n<two\nlines>\n");
    CHECK_FALSE(fs::exists(marker));
    CHECK(util::run_program(script, {"record", "3"}) == 3);
}

TEST_CASE("a program that cannot start or is killed is a failure naming it") {
    TempDir dir;
    auto missing = dir.path() / "missing";
    try {
        (void)util::run_program(missing, {"missing"});
        FAIL("a missing program ran");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::failure);
        CHECK_THAT(e.what(), Catch::Matchers::Contains(missing.string()));
    }
    auto killer = dir.path() / "killer";
    write_script(killer, "kill -TERM $$\n");
    CHECK_THROWS_AS(util::run_program(killer, {"killer"}), Error);
}
