#include "render/summary_entries.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/summary_entries.hpp"
#include "render/dates.hpp"
#include "render/entry_view.hpp"
#include "render/html.hpp"
#include "render/markdown.hpp"
#include "render/summary_words.hpp"

namespace tend::render {
namespace {

/// "(cut at 300 characters: tend entry show 7 shows it whole)".
std::string cut_pointer(const core::Entry& entry) {
    return fmt::format("(cut at {} characters: tend entry show {} shows it whole)",
                       core::summary_answer_length, entry.id);
}

/// "Reflection 2 of 3 (entry 9)", when the session has more than one.
std::string reflection_label(const core::Entry& e, std::size_t n, std::size_t count) {
    return fmt::format("Reflection {} of {} (entry {}):", n, count, e.id);
}

/// "Thought record (entry 7), written Sat 14 Nov at 20:00".
std::string worksheet_label(const core::Entry& e) {
    return fmt::format("{} (entry {}), written {}", e.template_name, e.id, day_and_time(e.at));
}

}  // namespace

std::string entry_answers_text(const core::Entry& entry, std::string_view first_key) {
    std::string out;
    auto shown = core::shown_answers(entry, first_key);
    for (const auto& a : shown) {
        out += text_line(a.prompt);
        auto text = sanitize(a.text, /*keep_newlines=*/true);
        std::size_t start = 0;
        while (start <= text.size()) {
            auto nl = text.find('\n', start);
            auto piece = text.substr(start, nl == std::string::npos ? nl : nl - start);
            for (auto& c : piece) c = c == '\t' ? ' ' : c;
            out += "    " + piece + "\n";
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
    }
    if (core::any_trimmed(shown)) out += text_line(cut_pointer(entry));
    return out;
}

std::string entry_answers_markdown(const core::Entry& entry, std::string_view first_key) {
    std::string out;
    auto shown = core::shown_answers(entry, first_key);
    for (const auto& a : shown)
        out += "- **" + md_escape(a.prompt) + "**\\\n  " + md_escape_indented(a.text, 2) + "\n";
    if (core::any_trimmed(shown)) out += "\n" + md_escape(cut_pointer(entry)) + "\n";
    return out;
}

std::string last_session_text(const core::Summary& s, const Style& style) {
    std::string out = "\n" + paint(style, sgr::bold, "From the last session") + "\n";
    out += text_line(words::last_session(s));
    if (s.reflections.empty()) return out + text_line(words::no_reflection(s));
    std::size_t n = 0;
    for (const auto& r : s.reflections) {
        ++n;
        if (s.reflections.size() > 1)
            out += text_line(reflection_label(r, n, s.reflections.size()));
        out += entry_answers_text(r, "intention");
        out += text_line(words::reflection_timing(r));
    }
    return out;
}

std::string last_session_markdown(const core::Summary& s) {
    std::string out = "\n## From the last session\n\n" + md_escape(words::last_session(s)) + "\n\n";
    if (s.reflections.empty()) return out + md_escape(words::no_reflection(s)) + "\n";
    std::size_t n = 0;
    for (const auto& r : s.reflections) {
        ++n;
        if (s.reflections.size() > 1)
            out +=
                (n > 1 ? "\n" : "") +
                fmt::format("### {}\n\n", md_escape(reflection_label(r, n, s.reflections.size())));
        out += entry_answers_markdown(r, "intention");
        out += "\n" + md_escape(words::reflection_timing(r)) + "\n";
    }
    return out;
}

std::string worksheets_text(const core::Summary& s, const Style& style) {
    std::string out = "\n" + paint(style, sgr::bold, "Worksheets") + "\n";
    if (s.worksheets.empty()) return out + text_line(words::no_worksheets);
    for (const auto& w : s.worksheets) {
        out += text_line(worksheet_label(w));
        // One level deeper than the label, so that each worksheet reads as a block.
        out += indent_lines(entry_answers_text(w));
    }
    return out;
}

std::string worksheets_markdown(const core::Summary& s) {
    std::string out = "\n## Worksheets\n\n";
    if (s.worksheets.empty()) return out + md_escape(words::no_worksheets) + "\n";
    bool first = true;
    for (const auto& w : s.worksheets) {
        if (!first) out += "\n";
        first = false;
        out += "### " + md_escape(worksheet_label(w)) + "\n\n";
        out += entry_answers_markdown(w);
    }
    return out;
}

std::string entry_answers_html(const core::Entry& entry, std::string_view first_key) {
    auto shown = core::shown_answers(entry, first_key);
    std::string out = "<dl class=\"answers\">\n";
    for (const auto& a : shown)
        out += html_element("dt", html_escape(a.prompt)) + html_element("dd", html_text(a.text)) +
               "\n";
    out += "</dl>\n";
    if (core::any_trimmed(shown)) out += html_paragraph(cut_pointer(entry));
    return out;
}

std::string last_session_html(const core::Summary& s) {
    std::string out = html_paragraph(words::last_session(s));
    if (s.reflections.empty()) return out + html_paragraph(words::no_reflection(s));
    std::size_t n = 0;
    for (const auto& r : s.reflections) {
        ++n;
        if (s.reflections.size() > 1)
            out += html_element("h3", html_escape(reflection_label(r, n, s.reflections.size()))) +
                   "\n";
        out += entry_answers_html(r, "intention");
        out += html_paragraph(words::reflection_timing(r));
    }
    return out;
}

std::string worksheets_html(const core::Summary& s) {
    if (s.worksheets.empty()) return html_paragraph(words::no_worksheets);
    std::string out;
    for (const auto& w : s.worksheets) {
        out += html_element("h3", html_escape(worksheet_label(w))) + "\n";
        out += entry_answers_html(w);
    }
    return out;
}

Json worksheets_json(const core::Summary& s) {
    Json out = Json::array();
    for (const auto& w : s.worksheets) out.push_back(entry_json(w));
    return out;
}

}  // namespace tend::render
