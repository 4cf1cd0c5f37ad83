// The sizes tend reads at most from each kind of input, so that no input (a huge file, a device,
// /dev/zero on standard input) can make it wait or eat memory. man/tend.1 lists them.
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

}  // namespace tend::core
