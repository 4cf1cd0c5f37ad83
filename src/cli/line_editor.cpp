#include "cli/line_editor.hpp"

#include <dlfcn.h>
#include <histedit.h>
#include <langinfo.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <string_view>

#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::cli {
namespace {

/// libedit's functions, found in the library when a prompt is first shown. Linking it would
/// load it (and libtinfo, libbsd and libmd) on every run, and most runs ask nothing.
struct Libedit {
    decltype(&::el_init) el_init = nullptr;
    decltype(&::el_end) el_end = nullptr;
    decltype(&::el_gets) el_gets = nullptr;
    decltype(&::el_set) el_set = nullptr;
    decltype(&::el_get) el_get = nullptr;
    decltype(&::history_init) history_init = nullptr;
    decltype(&::history_end) history_end = nullptr;
    decltype(&::history) history = nullptr;
};

/// The symbol `name` of `library` as a `Function`, or an error naming what is missing.
template <typename Function>
void find_symbol(void* library, const char* name, Function& out) {
    void* symbol = ::dlsym(library, name);
    if (symbol == nullptr)
        throw failure(std::string("cannot set up line editing: libedit.so.2 has no ") + name);
    out = reinterpret_cast<Function>(symbol);
}

/// libedit, loaded on first use and kept for the rest of the run.
const Libedit& libedit() {
    static const Libedit loaded = [] {
        void* library = ::dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr) {
            const char* why = ::dlerror();
            throw failure(std::string("cannot set up line editing: ") +
                          (why != nullptr ? why : "cannot load libedit.so.2") +
                          " (install libedit2, or give the answers on standard input)");
        }
        Libedit functions;
        find_symbol(library, "el_init", functions.el_init);
        find_symbol(library, "el_end", functions.el_end);
        find_symbol(library, "el_gets", functions.el_gets);
        find_symbol(library, "el_set", functions.el_set);
        find_symbol(library, "el_get", functions.el_get);
        find_symbol(library, "history_init", functions.history_init);
        find_symbol(library, "history_end", functions.history_end);
        find_symbol(library, "history", functions.history);
        return functions;
    }();
    return loaded;
}

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

/// U+FFFD, shown where bytes that are not valid UTF-8 were typed.
constexpr wchar_t replacement_char = 0xfffd;
constexpr std::string_view replacement_utf8 = "\xef\xbf\xbd";

/// libedit's reader: the LineEditor that the EditLine belongs to decodes the input.
int read_editor_char(EditLine* el, wchar_t* out) {
    void* self = nullptr;
    libedit().el_get(el, EL_CLIENTDATA, &self);
    return static_cast<LineEditor*>(self)->read_char(*out);
}

}  // namespace

LineEditor::LineEditor() {
    const Libedit& edit = libedit();
    struct sigaction interrupt {};
    interrupt.sa_handler = &on_interrupt;
    ::sigaction(SIGINT, &interrupt, nullptr);
    // Multibyte answers (UTF-8) need the user's character classes while editing, and libedit
    // turns the line into bytes in the locale's encoding: in one that is not UTF-8 (the C
    // locale) it would drop every character beyond ASCII, so UTF-8's own is taken instead.
    if (const char* current = std::setlocale(LC_CTYPE, nullptr)) old_locale_ = current;
    std::setlocale(LC_CTYPE, "");
    if (std::string_view(nl_langinfo(CODESET)) != "UTF-8") std::setlocale(LC_CTYPE, "C.UTF-8");
    history_ = edit.history_init();
    el_ = edit.el_init("tend", stdin, stdout, stderr);
    if (history_ == nullptr || el_ == nullptr)
        throw failure("cannot set up line editing on this terminal");
    HistEvent event;
    edit.history(history_, &event, H_SETSIZE, 100);
    edit.el_set(el_, EL_EDITOR, "emacs");
    edit.el_set(el_, EL_SIGNAL, 1);  // restore the terminal if interrupted
    edit.el_set(el_, EL_PROMPT, &prompt_text);
    edit.el_set(el_, EL_HIST, edit.history, history_);
    edit.el_set(el_, EL_CLIENTDATA, static_cast<void*>(this));
    edit.el_set(el_, EL_GETCFN, &read_editor_char);
}

LineEditor::~LineEditor() {
    ::signal(SIGINT, SIG_DFL);
    if (el_ != nullptr) libedit().el_end(el_);
    if (history_ != nullptr) libedit().history_end(history_);
    if (!old_locale_.empty()) std::setlocale(LC_CTYPE, old_locale_.c_str());
}

std::optional<std::string> LineEditor::read_line() {
    while (true) {
        std::fflush(stdout);
        invalid_ = false;
        int count = 0;
        const char* line = libedit().el_gets(el_, &count);
        if (line == nullptr || count <= 0) return std::nullopt;
        std::string text(line, static_cast<std::size_t>(count));
        // A stand-in still in the line (not deleted while editing) is a byte that was typed.
        if (invalid_ && text.find(replacement_utf8) != std::string::npos) {
            std::fputs("That is not valid UTF-8 text; please type it again.\n", stdout);
            continue;
        }
        if (!util::trim(text).empty()) {
            HistEvent event;
            libedit().history(history_, &event, H_ENTER, line);
        }
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        return text;
    }
}

int LineEditor::read_byte(unsigned char& out) {
    if (pending_) {
        out = *pending_;
        pending_.reset();
        return 1;
    }
    while (true) {
        auto n = ::read(STDIN_FILENO, &out, 1);
        if (n == 1) return 1;
        if (n == 0) return 0;
        if (errno != EINTR) return -1;  // a signal (a resized window) only interrupts the wait
    }
}

int LineEditor::read_char(wchar_t& out) {
    unsigned char lead = 0;
    if (int got = read_byte(lead); got != 1) return got;
    if (lead < 0x80) {
        out = static_cast<wchar_t>(lead);
        return 1;
    }
    // The continuation bytes a lead byte takes, and the range its first one must fall in
    // (narrower after E0, ED, F0 and F4: no overlong forms, surrogates or code points past
    // U+10FFFF), as the Unicode standard's table of well-formed sequences says.
    int more = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xbf;
    char32_t code = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        more = 1;
        code = lead & 0x1fu;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        more = 2;
        code = lead & 0x0fu;
        if (lead == 0xe0) low = 0xa0;
        if (lead == 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        more = 3;
        code = lead & 0x07u;
        if (lead == 0xf0) low = 0x90;
        if (lead == 0xf4) high = 0x8f;
    }
    bool complete = more > 0;
    for (int i = 0; i < more && complete; ++i) {
        unsigned char next = 0;
        if (read_byte(next) != 1) {
            complete = false;  // the input ended inside the sequence: its end is read next time
        } else if (next < low || next > high) {
            pending_ = next;  // not part of this sequence: the start of whatever comes next
            complete = false;
        } else {
            code = (code << 6) | (next & 0x3fu);
            low = 0x80;
            high = 0xbf;
        }
    }
    if (!complete) invalid_ = true;
    out = complete ? static_cast<wchar_t>(code) : replacement_char;
    return 1;
}

}  // namespace tend::cli
