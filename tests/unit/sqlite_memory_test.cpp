// SQLite's allocator in tend (store/sqlite_memory.*): sizes, reuse, and contents kept through
// a resize, on every side of the line between the size classes and malloc.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "store/sqlite_memory.hpp"

namespace memory = tend::store::sqlite_memory;

namespace {

void fill(void* block, int bytes, unsigned char seed) {
    auto* p = static_cast<unsigned char*>(block);
    for (int i = 0; i < bytes; ++i) p[i] = static_cast<unsigned char>(seed + i * 7);
}

bool holds(const void* block, int bytes, unsigned char seed) {
    const auto* p = static_cast<const unsigned char*>(block);
    for (int i = 0; i < bytes; ++i)
        if (p[i] != static_cast<unsigned char>(seed + i * 7)) return false;
    return true;
}

}  // namespace

TEST_CASE("each block holds at least what was asked, 8-byte aligned, as round_up says",
          "[sqlite_memory]") {
    for (int bytes : {1, 7, 8, 9, 16, 24, 100, 1000, 1008, 1009, 1016, 1017, 1024, 4096, 70000}) {
        INFO(bytes);
        void* block = memory::allocate(bytes);
        REQUIRE(block != nullptr);
        CHECK(reinterpret_cast<std::uintptr_t>(block) % 8 == 0);
        CHECK(memory::size_of(block) >= bytes);
        CHECK(memory::size_of(block) == memory::round_up(bytes));
        CHECK(memory::round_up(memory::round_up(bytes)) == memory::round_up(bytes));
        fill(block, memory::size_of(block), 3);  // the whole usable size is writable
        memory::release(block);
    }
    CHECK(memory::allocate(0) == nullptr);
    CHECK(memory::allocate(-5) == nullptr);
    CHECK(memory::size_of(nullptr) == 0);
    memory::release(nullptr);  // nothing happens
}

TEST_CASE("a freed small block is the next one given out of its size class", "[sqlite_memory]") {
    void* a = memory::allocate(40);
    void* b = memory::allocate(40);
    CHECK(a != b);
    memory::release(a);
    void* again = memory::allocate(36);  // 36 and 40 share a class (48 bytes with the header)
    CHECK(again == a);
    void* c = memory::allocate(200);  // another class
    CHECK(c != again);
    memory::release(again);
    memory::release(b);
    memory::release(c);
}

TEST_CASE("a size past SQLite's own limit is refused, not wrapped", "[sqlite_memory]") {
    CHECK(memory::allocate(0x7fffff01) == nullptr);
    CHECK(memory::allocate(2147483647) == nullptr);
    CHECK(memory::round_up(2147483647) == 2147483647);
    CHECK(memory::round_up(0x7fffff00) >= 0x7fffff00);
}

TEST_CASE("live blocks never overlap, whatever the order of frees", "[sqlite_memory]") {
    std::vector<std::pair<void*, int>> live;
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < 3000; ++i) {
            int bytes = 1 + (i * 37 + round * 11) % 1500;
            void* block = memory::allocate(bytes);
            REQUIRE(block != nullptr);
            fill(block, bytes, static_cast<unsigned char>(live.size()));
            live.emplace_back(block, bytes);
        }
        // Free every third, then check every survivor still holds what it was given.
        std::vector<std::pair<void*, int>> kept;
        for (std::size_t i = 0; i < live.size(); ++i)
            if (i % 3 == 0)
                memory::release(live[i].first);
            else
                kept.push_back(live[i]);
        live.clear();
        for (std::size_t i = 0; i < kept.size(); ++i) {
            fill(kept[i].first, kept[i].second, static_cast<unsigned char>(i));
            live.push_back(kept[i]);
        }
        for (std::size_t i = 0; i < live.size(); ++i)
            REQUIRE(holds(live[i].first, live[i].second, static_cast<unsigned char>(i)));
    }
    for (auto& [block, bytes] : live) memory::release(block);
}

TEST_CASE("a resize keeps the contents, within a class, across classes and past malloc's line",
          "[sqlite_memory]") {
    struct Step {
        int from;
        int to;
    };
    for (auto [from, to] :
         {Step{10, 12}, Step{10, 300}, Step{300, 20}, Step{100, 5000}, Step{5000, 90000},
          Step{90000, 3000}, Step{3000, 50}, Step{1016, 1017}, Step{1017, 1016}}) {
        INFO(from << " -> " << to);
        void* block = memory::allocate(from);
        REQUIRE(block != nullptr);
        fill(block, from, 9);
        void* moved = memory::resize(block, to);
        REQUIRE(moved != nullptr);
        CHECK(memory::size_of(moved) >= to);
        CHECK(holds(moved, from < to ? from : to, 9));
        memory::release(moved);
    }
    void* fresh = memory::resize(nullptr, 30);  // as allocate
    CHECK(fresh != nullptr);
    memory::release(fresh);
    void* block = memory::allocate(30);
    CHECK(memory::resize(block, 0) == nullptr);  // as release
}

TEST_CASE("SQLite runs on it outside AddressSanitizer builds", "[sqlite_memory]") {
#if defined(__SANITIZE_ADDRESS__)
    CHECK_FALSE(memory::in_use());
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    CHECK_FALSE(memory::in_use());
#else
    CHECK(memory::in_use());
#endif
#else
    CHECK(memory::in_use());
#endif
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec(
        "CREATE TABLE t (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
        "FROM n WHERE i < 2000) INSERT INTO t SELECT printf('%0*d', i % 900 + 1, i) FROM n");
    CHECK(db.execAndGet("SELECT count(*) FROM t").getInt() == 2000);
    CHECK(db.execAndGet("SELECT sum(length(x)) FROM t").getInt64() == 831209);
}
