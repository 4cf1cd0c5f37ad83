#include "util/sha1.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "util/uuid.hpp"

namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
    std::string out;
    for (auto b : digest) out += fmt::format("{:02x}", b);
    return out;
}

}  // namespace

TEST_CASE("sha1: the FIPS 180 test vectors") {
    CHECK(hex(tend::util::sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(hex(tend::util::sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(tend::util::sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(hex(tend::util::sha1(std::string(1000000, 'a'))) ==
          "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("sha1: lengths around the block boundary") {
    // Known digests of 55, 56 and 64 'a's (padding fits, just does not fit, a whole block).
    CHECK(hex(tend::util::sha1(std::string(55, 'a'))) ==
          "c1c8bbdc22796e28c0e15163d20899b65621d65a");
    CHECK(hex(tend::util::sha1(std::string(56, 'a'))) ==
          "c2db330f6083854c99d4b5bfb6e8f29f201be699");
    CHECK(hex(tend::util::sha1(std::string(64, 'a'))) ==
          "0098ba824b5c16427bd7a1122a5a442a25ec644d");
}

TEST_CASE("uuid: name-based UUIDs match RFC 4122 version 5") {
    // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") in Python's standard library.
    CHECK(tend::util::name_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    auto a = tend::util::name_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x");
    CHECK(tend::util::is_uuid(a));
    CHECK(a[14] == '5');
    CHECK(a == tend::util::name_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x"));
    CHECK(a != tend::util::name_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "y"));
}
