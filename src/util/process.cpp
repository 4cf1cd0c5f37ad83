#include "util/process.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "util/env.hpp"
#include "util/error.hpp"

extern char** environ;

namespace tend::util {
namespace fs = std::filesystem;

std::optional<fs::path> find_program(std::string_view name) {
    auto search_path = env("PATH");
    std::string_view path = search_path ? std::string_view(*search_path) : "/usr/bin:/bin";
    while (true) {
        auto colon = path.find(':');
        auto dir = path.substr(0, colon);
        // An empty entry means the current directory, as for execvp.
        fs::path candidate = fs::path(dir.empty() ? "." : std::string(dir)) / std::string(name);
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        if (colon == std::string_view::npos) return std::nullopt;
        path.remove_prefix(colon + 1);
    }
}

int run_program(const fs::path& program, const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
    pid_t pid = 0;
    int err = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (err != 0)
        throw failure(fmt::format("cannot run {}: {}", program.string(), std::strerror(err)));

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            throw failure(
                fmt::format("lost track of {}: {}", program.string(), std::strerror(errno)));
    }
    if (WIFSIGNALED(status))
        throw failure(
            fmt::format("{} was stopped by signal {}", program.string(), WTERMSIG(status)));
    return WEXITSTATUS(status);
}

}  // namespace tend::util
