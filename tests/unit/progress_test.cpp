#include "render/progress.hpp"

#include <sstream>

#include <catch2/catch.hpp>

using namespace tend::render;

TEST_CASE("progress: the bar") {
    CHECK(progress_bar(0, 10) == "importing [..............................]   0% (0 of 10)");
    CHECK(progress_bar(5, 10) == "importing [###############...............]  50% (5 of 10)");
    CHECK(progress_bar(10, 10) == "importing [##############################] 100% (10 of 10)");
    CHECK(progress_bar(12, 10) == progress_bar(10, 10));
}

TEST_CASE("progress: drawn in place when enabled, wiped at the end") {
    std::ostringstream out;
    {
        Progress p(out, true);
        for (std::size_t i = 1; i <= 1000; ++i) p.update(i, 1000);
    }
    auto text = out.str();
    CHECK(text.find("\r" + progress_bar(1000, 1000)) != std::string::npos);
    CHECK(text.ends_with("\r\x1b[K"));
    std::size_t draws = 0;
    for (auto pos = text.find("importing"); pos != std::string::npos;
         pos = text.find("importing", pos + 1))
        ++draws;
    CHECK(draws == 101);  // once per percent, not once per record
}

TEST_CASE("progress: nothing at all when disabled") {
    std::ostringstream out;
    {
        Progress p(out, false);
        p.update(5, 10);
    }
    CHECK(out.str().empty());
}
