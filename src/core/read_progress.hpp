// How a long read tells how far it has come, for the progress bar of an import.
#pragma once

#include <cstddef>
#include <functional>

namespace tend::core {

/// Called as a document is read: (bytes read, bytes to read in all), over every pass.
using ReadProgress = std::function<void(std::size_t, std::size_t)>;

}  // namespace tend::core
