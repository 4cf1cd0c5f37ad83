// Reading answers on a terminal with line editing (libedit, opened when the first editor is
// made): arrows, history of this run, Ctrl-D to stop. What is typed is read as UTF-8 whatever the
// locale: a byte that is not valid UTF-8 shows as U+FFFD, and a line that still holds one is asked
// for again.
#pragma once

#include <cwchar>
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
    /// A line typed with bytes that are not valid UTF-8 is refused with one line saying so, and
    /// asked for again.
    std::optional<std::string> read_line();

    /// The next character of standard input for libedit: 1 with a character in `out` (U+FFFD
    /// for bytes that are not valid UTF-8), 0 at end of input, -1 on an error.
    int read_char(wchar_t& out);

private:
    int read_byte(unsigned char& out);

    editline* el_ = nullptr;
    history* history_ = nullptr;
    std::string old_locale_;
    std::optional<unsigned char> pending_;  ///< a byte read too far, ending a broken sequence
    bool invalid_ = false;                  ///< a stand-in was given since the line began
};

}  // namespace tend::cli
