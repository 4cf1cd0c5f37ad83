// The sizes tend reads at most from each kind of input, so that no input (a huge file, a device,
// /dev/zero on standard input) can make it wait or eat memory. man/tend.1 lists them. Also the
// longest a command waits for the database.
#pragma once

#include <cstddef>

namespace tend::core {

inline constexpr std::size_t mib = 1024 * 1024;

/// A file given to tend import, or standard input for `tend import -`.
inline constexpr std::size_t max_import_bytes = 64 * mib;

/// A template or measure file (as the config file: see max_config_bytes).
inline constexpr std::size_t max_document_bytes = 1 * mib;

/// Answers on standard input (prep, reflect, check, ...) and the file written in the editor:
/// several notes of up to 2 MiB each.
inline constexpr std::size_t max_answers_bytes = 8 * mib;

/// How long a command waits for another tend's write to end, unless the config says otherwise
/// (`[database] lock_wait`), and the longest wait it may set, in milliseconds.
inline constexpr int default_lock_wait_ms = 5000;
inline constexpr int max_lock_wait_ms = 10 * 60 * 1000;

}  // namespace tend::core
