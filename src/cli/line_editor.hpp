// Reading answers on a terminal with line editing (libedit): arrows, history of this run,
// Ctrl-D to stop.
#pragma once

#include <optional>
#include <string>

struct editline;
struct history;

namespace tend::cli {

class LineEditor {
public:
    /// Reads from standard input and echoes to standard output, which must be terminals.
    LineEditor();
    ~LineEditor();
    LineEditor(const LineEditor&) = delete;
    LineEditor& operator=(const LineEditor&) = delete;

    /// One line after a "> " prompt, without its newline; nullopt at end of input (Ctrl-D).
    std::optional<std::string> read_line();

private:
    editline* el_ = nullptr;
    history* history_ = nullptr;
    std::string old_locale_;
};

}  // namespace tend::cli
