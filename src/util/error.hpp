// The one error type of tend: a message written for the user and the exit code it maps to.
// Thrown where the problem is known, caught once in main.
#pragma once

#include <stdexcept>
#include <string>

namespace tend {

enum class Exit : int { ok = 0, failure = 1, usage = 2 };

class Error : public std::runtime_error {
public:
    Error(Exit code, const std::string& message) : std::runtime_error(message), code_(code) {}
    /// The process exit code this error maps to.
    [[nodiscard]] Exit code() const { return code_; }

private:
    Exit code_;
};

/// Invalid input or usage (exit 2): the message names the value and what is accepted.
[[nodiscard]] inline Error usage_error(const std::string& message) {
    return Error(Exit::usage, message);
}

/// The operation failed (exit 1): database, file system.
[[nodiscard]] inline Error failure(const std::string& message) {
    return Error(Exit::failure, message);
}

}  // namespace tend
