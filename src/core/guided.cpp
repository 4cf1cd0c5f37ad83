// Guided entries: gathering answers from text, and the late-reflection rule.
#include "core/guided.hpp"

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {
namespace {

/// Splits text into lines, without their '\n' or a trailing '\r'.
std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        auto nl = text.find('\n');
        auto line = text.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return lines;
}

/// Text on one line: line breaks become spaces.
std::string one_line(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c == '\n' || c == '\r') c = ' ';
    return out;
}

/// Leading and trailing blank lines and white space removed; inner lines kept as written.
std::string trimmed_block(const std::vector<std::string_view>& lines) {
    std::string out;
    for (auto line : lines) {
        if (!out.empty()) out += '\n';
        out += line;
    }
    return std::string(util::trim(out));
}

/// True for a line that starts with backslashes followed by '#': an answer line that starts with
/// '#', or with backslashes and then '#', written with one more backslash in the editor's file.
bool escaped_hash(std::string_view line) {
    auto first = line.find_first_not_of('\\');
    return first != std::string_view::npos && first > 0 && line[first] == '#';
}

/// An answer as lines of the editor's file: a line that would read as a comment (or as an
/// escaped one) gets a backslash in front.
std::string escaped_answer(std::string_view text) {
    std::string out;
    for (auto line : lines_of(text)) {
        if (line.starts_with('#') || escaped_hash(line)) out += '\\';
        out += line;
        out += '\n';
    }
    return out;
}

[[noreturn]] void unknown_key(const Template& t, std::string_view key, std::string_view where) {
    throw usage_error(fmt::format("{}{} is not a prompt of the {} template; its keys are {}", where,
                                  core::quoted(key), t.name, t.key_list()));
}

}  // namespace

std::string_view kind_name(EntryKind kind) {
    return entry_kinds.word_for(kind);
}

std::optional<EntryKind> parse_kind(std::string_view name) {
    return entry_kinds.parse(name);
}

void check_new_reflection(std::int64_t session_id, const std::vector<Entry>& existing, bool again) {
    if (existing.empty() || again) return;
    auto latest = existing.back().id;
    auto has = existing.size() == 1
                   ? fmt::format("a reflection (entry {})", latest)
                   : fmt::format("{} reflections (the latest entry {})", existing.size(), latest);
    throw usage_error(fmt::format(
        "session {} already has {}; tend reflect --again adds another, tend entry edit {} "
        "changes that one",
        session_id, has, latest));
}

bool is_late_reflection(const Instant& session, const Instant& written) {
    return written.utc - session.utc > late_reflection_seconds;
}

std::optional<Timing> reflection_timing(const Entry& entry) {
    if (entry.kind != EntryKind::reflection || !entry.session_at) return std::nullopt;
    return Timing{entry.at.utc - entry.session_at->utc,
                  is_late_reflection(*entry.session_at, entry.at)};
}

AnswerTexts answers_from_options(const Template& t, const std::vector<std::string>& options) {
    AnswerTexts texts;
    for (const auto& option : options) {
        auto eq = option.find('=');
        if (eq == std::string::npos)
            throw usage_error(
                fmt::format("--answer must be KEY=TEXT, e.g. --answer {}=\"...\" "
                            "(got {}); the {} template's keys are {}",
                            t.prompts.front().key, core::quoted(option), t.name, t.key_list()));
        auto key = std::string(util::trim(std::string_view(option).substr(0, eq)));
        if (t.prompt(key) == nullptr) unknown_key(t, key, "--answer ");
        if (texts.count(key) != 0)
            throw usage_error(fmt::format("--answer {} is given twice; give each key once", key));
        auto text = std::string(util::trim(std::string_view(option).substr(eq + 1)));
        check_text(text, fmt::format("the answer to {}", key));
        texts.emplace(key, std::move(text));
    }
    return texts;
}

AnswerTexts answers_from_lines(const Template& t, std::string_view input) {
    AnswerTexts texts;
    auto lines = lines_of(input);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto text = util::trim(lines[i]);
        if (text.empty()) continue;
        if (i >= t.prompts.size())
            throw usage_error(
                fmt::format("standard input has an answer on line {}, but the {} "
                            "template asks {} questions (one line each)",
                            i + 1, t.name, t.prompts.size()));
        check_text(text, fmt::format("the answer to {}", t.prompts[i].key));
        texts.emplace(t.prompts[i].key, std::string(text));
    }
    return texts;
}

std::string editor_text(const Template& t, const AnswerTexts& current) {
    std::string out = fmt::format(
        "# {}\n"
        "# Write each answer under its question; leave it empty to skip the question.\n"
        "# Lines starting with # are left out; to start an answer line with #, write \\#.\n"
        "# Save and close the editor when you are done.\n",
        one_line(t.title));
    for (const auto& p : t.prompts) {
        out += fmt::format("\n## [{}] {}\n", p.key, one_line(p.question));
        if (!p.hint.empty()) out += fmt::format("# {}\n", one_line(p.hint));
        out += '\n';
        if (auto it = current.find(p.key); it != current.end() && !it->second.empty())
            out += escaped_answer(it->second);
    }
    return out;
}

AnswerTexts parse_editor_text(const Template& t, std::string_view text) {
    AnswerTexts texts;
    std::string key;  // the prompt being read, empty above the first
    std::vector<std::string_view> block;
    auto finish = [&] {
        if (!key.empty()) texts[key] = trimmed_block(block);
        block.clear();
    };
    auto lines = lines_of(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto line = lines[i];
        auto where = fmt::format("line {} of the edited file: ", i + 1);
        if (line.starts_with("## [")) {
            auto close = line.find(']');
            if (close == std::string_view::npos)
                throw usage_error(where + "a question line must start with ## [key]");
            auto next = std::string(line.substr(4, close - 4));
            if (t.prompt(next) == nullptr) unknown_key(t, next, where);
            if (texts.count(next) != 0 || next == key)
                throw usage_error(fmt::format("{}the question [{}] appears twice", where, next));
            finish();
            key = next;
        } else if (line.starts_with("#")) {
            continue;
        } else if (key.empty()) {
            if (!util::trim(line).empty())
                throw usage_error(where +
                                  "text above the first question; write each answer "
                                  "under its ## [key] line");
        } else {
            block.push_back(escaped_hash(line) ? line.substr(1) : line);  // \# reads as #
        }
    }
    finish();
    for (const auto& [k, v] : texts) check_text(v, fmt::format("the answer to {}", k));
    return texts;
}

std::vector<Answer> ordered_answers(const Template& t, const AnswerTexts& texts) {
    std::vector<Answer> out;
    for (const auto& p : t.prompts) {
        auto it = texts.find(p.key);
        if (it == texts.end() || util::trim(it->second).empty()) continue;
        check_text(it->second, fmt::format("the answer to {}", p.key));
        out.push_back({p.key, p.question, it->second});
    }
    return out;
}

AnswerTexts texts_of(const Entry& entry) {
    AnswerTexts texts;
    for (const auto& a : entry.answers) texts.emplace(a.key, a.text);
    return texts;
}

Template editable_template(const std::optional<Template>& current, const Entry& entry) {
    Template t;
    if (current) t = *current;
    t.name = entry.template_name;
    if (t.title.empty()) t.title = entry.template_name;
    for (auto& p : t.prompts)
        for (const auto& a : entry.answers)
            if (a.key == p.key) p.question = a.prompt;
    for (const auto& a : entry.answers)
        if (t.prompt(a.key) == nullptr) t.prompts.push_back({a.key, a.prompt, ""});
    return t;
}

}  // namespace tend::core
