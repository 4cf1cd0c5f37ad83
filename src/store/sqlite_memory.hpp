#pragma once

// SQLite's allocator in tend: small blocks from free lists by size class, larger ones from
// malloc. See sqlite_memory.cpp for why.

namespace tend::store::sqlite_memory {

/// The largest block served from the size classes, header included; larger ones go to malloc.
inline constexpr int largest_small = 1024;

// The five functions SQLite's sqlite3_mem_methods asks for, exposed for the unit tests.
void* allocate(int bytes);
void release(void* block);
void* resize(void* block, int bytes);
int size_of(void* block);
int round_up(int bytes);

/// Makes the functions above SQLite's allocator, unless built with AddressSanitizer. Must run
/// before SQLite initializes (before the first connection); true if they now are.
bool install();

/// Whether install() made them SQLite's allocator.
[[nodiscard]] bool in_use();

}  // namespace tend::store::sqlite_memory
