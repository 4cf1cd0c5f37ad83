// The process environment, read one way everywhere: a variable set to the empty string counts
// as unset, as POSIX shells and most programs treat it.
#pragma once

#include <optional>
#include <string>

namespace tend::util {

/// The value of the environment variable `name`, or nothing when it is unset or empty.
[[nodiscard]] std::optional<std::string> env(const char* name);

}  // namespace tend::util
