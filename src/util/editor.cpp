#include "util/editor.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "util/env.hpp"
#include "util/error.hpp"
#include "util/files.hpp"
#include "util/process.hpp"

namespace tend::util {
namespace fs = std::filesystem;

namespace {

void write_all(int fd, std::string_view content, const fs::path& path) {
    while (!content.empty()) {
        auto n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw failure(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
        content.remove_prefix(static_cast<std::size_t>(n));
    }
}

/// Runs `sh -c 'EDITOR "$1"' sh FILE` (so an editor given with arguments works, as in git) and
/// returns its wait status. Ctrl-C is the editor's to handle while it runs.
int run_editor(const std::string& editor, const fs::path& file) {
    struct sigaction ignore {
    }, old_int{}, old_quit{};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGINT, &ignore, &old_int);
    ::sigaction(SIGQUIT, &ignore, &old_quit);
    std::string script = editor + " \"$1\"";
    pid_t pid = ::fork();
    if (pid == 0) {
        ::sigaction(SIGINT, &old_int, nullptr);
        ::sigaction(SIGQUIT, &old_quit, nullptr);
        ::execl("/bin/sh", "sh", "-c", script.c_str(), "sh", file.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    int saved_errno = 0;
    if (pid < 0) {
        saved_errno = errno;
    } else {
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    ::sigaction(SIGINT, &old_int, nullptr);
    ::sigaction(SIGQUIT, &old_quit, nullptr);
    if (pid < 0)
        throw failure(fmt::format("cannot start the editor: {}", std::strerror(saved_errno)));
    return status;
}

/// False when the editor command plainly names a program that is not there: its first word, when
/// it is a plain word (no quotes or shell syntax), is neither an executable file nor found in
/// $PATH. The shell would otherwise say so on a line of its own, before tend's.
bool editor_exists(const std::string& editor) {
    auto start = editor.find_first_not_of(" \t");
    if (start == std::string::npos) return false;
    auto end = editor.find_first_of(" \t", start);
    auto word = editor.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (word.find_first_of("\"'\\$`;&|<>(){}*?[]~=") != std::string::npos) return true;
    if (word.find('/') == std::string::npos) return find_program(word).has_value();
    struct stat st {};
    return ::stat(word.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
           ::access(word.c_str(), X_OK) == 0;
}

}  // namespace

std::string editor_command() {
    for (const char* name : {"VISUAL", "EDITOR"})
        if (auto command = env(name)) return *command;
    return "";
}

EditorFile::EditorFile(std::string_view content, std::string_view label) {
    auto tmp = env("TMPDIR");
    fs::path dir = (tmp && tmp->front() == '/') ? fs::path(*tmp) : fs::path("/tmp");
    std::string name = (dir / fmt::format("tend-{}-XXXXXX.txt", label)).string();
    std::vector<char> buffer(name.begin(), name.end());
    buffer.push_back('\0');
    int fd = ::mkstemps(buffer.data(), 4);  // mode 0600, whatever the umask
    if (fd < 0)
        throw failure(fmt::format("cannot create a temporary file in {}: {}", dir.string(),
                                  std::strerror(errno)));
    path_ = fs::path(buffer.data());
    try {
        write_all(fd, content, path_);
    } catch (...) {
        ::close(fd);
        ::unlink(path_.c_str());
        throw;
    }
    ::close(fd);
}

EditorFile::~EditorFile() {
    if (!keep_) ::unlink(path_.c_str());
}

void EditorFile::edit() const {
    auto editor = editor_command();
    if (editor.empty())
        throw usage_error(
            "--editor needs VISUAL or EDITOR set to your editor, e.g. "
            "EDITOR=nano; or answer the questions without --editor");
    int status = editor_exists(editor) ? run_editor(editor, path_) : W_EXITCODE(127, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        throw failure(
            fmt::format("cannot run the editor \"{}\"; check VISUAL and EDITOR; "
                        "nothing was saved",
                        editor));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw failure(
            fmt::format("the editor \"{}\" did not finish successfully; nothing was "
                        "saved",
                        editor));
}

std::string EditorFile::read() const {
    // As large as the answers tend takes on standard input (core::max_answers_bytes).
    constexpr std::size_t limit = 8 * 1024 * 1024;
    return read_regular_file(path_, limit, "the edited file");
}

}  // namespace tend::util
