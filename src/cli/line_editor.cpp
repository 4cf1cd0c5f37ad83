#include "cli/line_editor.hpp"

#include <histedit.h>
#include <unistd.h>

#include <clocale>
#include <csignal>
#include <cstdio>

#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::cli {
namespace {

char* prompt_text(EditLine* /*el*/) {
    static char prompt[] = "> ";
    return prompt;
}

/// Ctrl-C: end the half-typed line so the shell's prompt starts on its own, then die of the
/// signal as usual (libedit has already put the terminal back as it was).
void on_interrupt(int signal) {
    (void)!::write(STDOUT_FILENO, "\n", 1);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

}  // namespace

LineEditor::LineEditor() {
    struct sigaction interrupt {};
    interrupt.sa_handler = &on_interrupt;
    ::sigaction(SIGINT, &interrupt, nullptr);
    // Multibyte answers (UTF-8) need the user's character classes while editing.
    if (const char* current = std::setlocale(LC_CTYPE, nullptr)) old_locale_ = current;
    std::setlocale(LC_CTYPE, "");
    history_ = history_init();
    el_ = el_init("tend", stdin, stdout, stderr);
    if (history_ == nullptr || el_ == nullptr)
        throw failure("cannot set up line editing on this terminal");
    HistEvent event;
    ::history(history_, &event, H_SETSIZE, 100);
    el_set(el_, EL_EDITOR, "emacs");
    el_set(el_, EL_SIGNAL, 1);  // restore the terminal if interrupted
    el_set(el_, EL_PROMPT, &prompt_text);
    el_set(el_, EL_HIST, &::history, history_);
}

LineEditor::~LineEditor() {
    ::signal(SIGINT, SIG_DFL);
    if (el_ != nullptr) el_end(el_);
    if (history_ != nullptr) history_end(history_);
    if (!old_locale_.empty()) std::setlocale(LC_CTYPE, old_locale_.c_str());
}

std::optional<std::string> LineEditor::read_line() {
    std::fflush(stdout);
    int count = 0;
    const char* line = el_gets(el_, &count);
    if (line == nullptr || count <= 0) return std::nullopt;
    std::string text(line, static_cast<std::size_t>(count));
    if (!util::trim(text).empty()) {
        HistEvent event;
        ::history(history_, &event, H_ENTER, line);
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

}  // namespace tend::cli
