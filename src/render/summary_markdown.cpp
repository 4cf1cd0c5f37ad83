// The summary as GitHub-flavoured Markdown: headings, lists, tables, and every piece of user
// text escaped so that it cannot change the layout.
#include <fmt/format.h>

#include "render/markdown.hpp"
#include "render/mood_stats_view.hpp"
#include "render/summary_entries.hpp"
#include "render/summary_patterns.hpp"
#include "render/summary_progress.hpp"
#include "render/summary_view.hpp"
#include "render/summary_words.hpp"

namespace tend::render {
namespace {

std::string item(std::string_view text) {
    return "- " + md_escape(text) + "\n";
}

}  // namespace

std::string summary_markdown(const core::Summary& s) {
    std::string out = "# Summary for " + md_escape(words::window_span(s.window)) + "\n\n";
    out += safety_flags_markdown(s.progress);
    out += item(words::window_basis(s));
    out += item(words::next_session(s));
    if (auto left_out = words::private_left_out(s); !left_out.empty()) out += item(left_out);

    out += "\n## Mood\n\n" + mood_stats_markdown(s.mood);

    out += "\n## Patterns\n\n" + summary_patterns_markdown(s.insights);

    out += "\n## Homework\n\n";
    if (s.homework.empty()) out += md_escape(words::no_homework) + "\n";
    for (const auto& h : s.homework) {
        out += fmt::format("- **{}\\.** {}\n", h.homework.id,
                           md_escape(words::homework_heading(h.homework)));
        for (const auto& detail : words::homework_details(h))
            out += "  - " + md_escape_indented(detail, 4) + "\n";
    }

    out += last_session_markdown(s);
    out += worksheets_markdown(s);

    out += "\n## Wins\n\n";
    if (s.wins.empty()) out += md_escape(words::no_wins) + "\n";
    for (const auto& w : s.wins)
        out += "- " + md_escape(core::format_day_short(w.day)) + ": " +
               md_escape_indented(w.text, 2) + "\n";

    if (!s.journal.empty()) {
        out += "\n## Journal\n\n";
        for (const auto& e : s.journal)
            out += "- " + md_escape_indented(words::journal_line(e), 2) + "\n";
    }

    out += "\n## Prep\n\n";
    if (s.prep)
        out += entry_answers_markdown(*s.prep, "discuss");
    else
        out += md_escape(words::no_prep(s)) + "\n";

    out += measures_markdown(s.progress, s.window.from);
    out += goals_markdown(s.progress);
    out += across_markdown(s.progress);

    out += "\n## Gaps\n\n";
    for (const auto& g : words::gaps(s)) out += item(g);
    return out;
}

}  // namespace tend::render
