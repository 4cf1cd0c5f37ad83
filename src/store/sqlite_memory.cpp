#include "store/sqlite_memory.hpp"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <sqlite3.h>

// Why tend gives SQLite an allocator of its own. SQLite reads a database's schema at the first
// statement of every connection, and keeps what it parsed: for tend's schema (25 tables, 36
// indexes, 51 triggers) that is about 4,600 small blocks, each a call to glibc's malloc and,
// for the parse's temporaries, its free. glibc's malloc and free cost about 250 instructions a
// pair there, a fifth of the whole start-up of `tend mood`; SQLite's own lookaside memory is
// switched off while a schema is read. Blocks of up to `largest_small` bytes come here from
// one free list per 16-byte size class, refilled from 64 KiB chunks: a pop or a push, about 20
// instructions. Freed blocks return to their list and are reused by the next block of their
// class; chunks go back to the system when the process ends (tend is a short-lived command,
// and one connection at a time). Larger blocks (page-cache pages, FTS5's buffers) go to
// malloc as before. Each block starts with an 8-byte header holding its size, so blocks are
// 8-byte aligned, as SQLite asks. tend calls SQLite from one thread (SQLITE_CONFIG_SINGLETHREAD),
// so the lists take no lock.

namespace tend::store::sqlite_memory {
namespace {

constexpr std::size_t header = 8;
constexpr std::size_t granule = 16;
constexpr std::size_t chunk_bytes = 64 * 1024;
constexpr std::size_t class_count = largest_small / granule + 1;
/// SQLite asks for no more than this (sqlite3Malloc refuses larger), so sizes stay in an int.
constexpr int largest_block = 0x7fffff00;

struct FreeBlock {
    FreeBlock* next;
};

std::array<FreeBlock*, class_count> free_lists{};
char* chunk_next = nullptr;
char* chunk_end = nullptr;

/// The whole size of a block holding `bytes` bytes, header included.
std::size_t whole_size(int bytes) {
    std::size_t whole = static_cast<std::size_t>(bytes) + header;
    if (whole <= static_cast<std::size_t>(largest_small))
        return (whole + granule - 1) & ~(granule - 1);
    return (whole + 7) & ~std::size_t{7};
}

std::uint64_t& header_of(void* block) {
    return *reinterpret_cast<std::uint64_t*>(static_cast<char*>(block) - header);
}

void* user_part(void* start, std::size_t whole) {
    *static_cast<std::uint64_t*>(start) = whole;
    return static_cast<char*>(start) + header;
}

}  // namespace

void* allocate(int bytes) {
    if (bytes <= 0 || bytes > largest_block) return nullptr;
    std::size_t whole = whole_size(bytes);
    if (whole > static_cast<std::size_t>(largest_small)) {
        void* start = std::malloc(whole);
        return start == nullptr ? nullptr : user_part(start, whole);
    }
    FreeBlock*& list = free_lists[whole / granule];
    if (list != nullptr) {
        FreeBlock* block = list;
        list = block->next;
        return block;  // its header still holds its size
    }
    if (chunk_next == nullptr || static_cast<std::size_t>(chunk_end - chunk_next) < whole) {
        // The rest of the old chunk, less than one block, is left unused.
        chunk_next = static_cast<char*>(std::malloc(chunk_bytes));
        if (chunk_next == nullptr) {
            chunk_end = nullptr;
            return nullptr;
        }
        chunk_end = chunk_next + chunk_bytes;
    }
    void* start = chunk_next;
    chunk_next += whole;
    return user_part(start, whole);
}

void release(void* block) {
    if (block == nullptr) return;
    std::uint64_t whole = header_of(block);
    if (whole > static_cast<std::uint64_t>(largest_small)) {
        std::free(static_cast<char*>(block) - header);
        return;
    }
    auto* freed = static_cast<FreeBlock*>(block);
    FreeBlock*& list = free_lists[whole / granule];
    freed->next = list;
    list = freed;
}

int size_of(void* block) {
    return block == nullptr ? 0 : static_cast<int>(header_of(block) - header);
}

int round_up(int bytes) {
    if (bytes <= 0 || bytes > largest_block) return bytes;
    return static_cast<int>(whole_size(bytes) - header);
}

void* resize(void* block, int bytes) {
    if (block == nullptr) return allocate(bytes);
    if (bytes <= 0) {
        release(block);
        return nullptr;
    }
    if (bytes > largest_block) return nullptr;  // the block stays as it was
    int now = size_of(block);
    if (bytes <= now && now + static_cast<int>(header) <= largest_small) return block;
    std::size_t whole = whole_size(bytes);
    if (now + static_cast<int>(header) > largest_small &&
        whole > static_cast<std::size_t>(largest_small)) {
        void* start = std::realloc(static_cast<char*>(block) - header, whole);
        return start == nullptr ? nullptr : user_part(start, whole);
    }
    void* moved = allocate(bytes);
    if (moved == nullptr) return nullptr;
    std::memcpy(moved, block, static_cast<std::size_t>(now < bytes ? now : bytes));
    release(block);
    return moved;
}

namespace {
int no_init(void*) {
    return SQLITE_OK;
}
void no_shutdown(void*) {}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

bool installed = false;
}  // namespace

bool install() {
    // Under AddressSanitizer, SQLite keeps malloc: each of its blocks is then watched on its own
    // (a read past a value tend was handed, or after it was freed, is caught), where in a
    // chunk of this pool it would not be.
    if (sanitized) return false;
    static const sqlite3_mem_methods methods = {
        allocate, release, resize, size_of, round_up, no_init, no_shutdown, nullptr,
    };
    installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
    return installed;
}

bool in_use() {
    return installed;
}

}  // namespace tend::store::sqlite_memory
