// Running another program directly, with an argument vector and no shell, so that no text in
// the arguments can ever be read as a command.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend::util {

/// The first executable file called `name` in the directories of $PATH (of /usr/bin:/bin when
/// PATH is unset or empty); nullopt when there is none.
[[nodiscard]] std::optional<std::filesystem::path> find_program(std::string_view name);

/// Runs `program` with `args` (args[0] is the name it is given) and waits for it. Its standard
/// output goes to standard error, so that ours stays as we wrote it. Returns its exit status;
/// throws a failure naming the program when it cannot be started or is killed by a signal.
int run_program(const std::filesystem::path& program, const std::vector<std::string>& args);

}  // namespace tend::util
