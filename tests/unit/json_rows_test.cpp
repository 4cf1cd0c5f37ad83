// The JSON lists a store query gathers per record (store/json_rows.hpp): a homework's steps and
// a goal's milestones read alike, and a column that is not a list gives no items.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/homework.hpp"
#include "store/json_rows.hpp"

using namespace tend;

TEST_CASE("a checklist column gives its items in order, done or not", "[store]") {
    auto items = store::checklist_items<core::Step>(
        R"([[1,"u1","buy shoes",1700000000,3600],[2,"u2","walk",null,null]])");
    REQUIRE(items.size() == 2);
    CHECK(items[0].position == 1);
    CHECK(items[0].uuid == "u1");
    CHECK(items[0].text == "buy shoes");
    REQUIRE(items[0].done_at);
    CHECK(items[0].done_at->utc == 1700000000);
    CHECK(items[0].done_at->offset == 3600);
    CHECK(items[1].position == 2);
    CHECK_FALSE(items[1].done_at);
}

TEST_CASE("a column that is not a JSON list gives no items", "[store]") {
    CHECK(store::checklist_items<core::Step>("").empty());
    CHECK(store::checklist_items<core::Step>("{}").empty());
    CHECK(store::checklist_items<core::Step>("[1,").empty());
    auto doubled =
        store::json_rows("[1,2,3]", [](const nlohmann::json& j) { return 2 * j.get<int>(); });
    CHECK(doubled == std::vector<int>{2, 4, 6});
}
