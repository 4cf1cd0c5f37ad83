// The summary as one page of plain text.
#include <fmt/format.h>

#include "render/dates.hpp"
#include "render/mood_stats_view.hpp"
#include "render/summary_entries.hpp"
#include "render/summary_patterns.hpp"
#include "render/summary_progress.hpp"
#include "render/summary_view.hpp"
#include "render/summary_words.hpp"

namespace tend::render {
namespace {

std::string heading(const Style& style, std::string_view title) {
    return "\n" + paint(style, sgr::bold, title) + "\n";
}

}  // namespace

std::string summary_text(const core::Summary& s, const Style& style) {
    std::string out = paint(style, sgr::bold, "Summary for " + words::window_span(s.window)) + "\n";
    out += sanitize(words::window_basis(s)) + "\n";
    out += sanitize(words::next_session(s)) + "\n";
    if (auto left_out = words::private_left_out(s); !left_out.empty()) out += left_out + "\n";
    out += safety_flags_text(s.progress, style);

    out += heading(style, "Mood");
    out += mood_stats_text(s.mood, style);

    out += heading(style, "Patterns");
    out += summary_patterns_text(s.insights);

    out += heading(style, "Homework");
    if (s.homework.empty()) out += text_line(words::no_homework);
    for (const auto& item : s.homework) {
        out += text_line(
            fmt::format("{}. {}", item.homework.id, words::homework_heading(item.homework)));
        for (const auto& detail : words::homework_details(item)) out += text_line(detail, 5);
    }

    out += last_session_text(s, style);
    out += worksheets_text(s, style);

    out += heading(style, "Wins");
    if (s.wins.empty()) out += text_line(words::no_wins);
    for (const auto& w : s.wins)
        out += text_line(fmt::format("{}  {}", core::format_day_short(w.day), w.text));

    if (!s.journal.empty()) {
        out += heading(style, "Journal");
        for (const auto& e : s.journal) out += text_line(words::journal_line(e));
    }

    out += heading(style, "Prep");
    if (s.prep)
        out += entry_answers_text(*s.prep, "discuss");
    else
        out += text_line(words::no_prep(s));

    out += measures_text(s.progress, s.window.from, style);
    out += goals_text(s.progress, style);
    out += across_text(s.progress, style);

    out += heading(style, "Gaps");
    for (const auto& g : words::gaps(s)) out += text_line(g);
    return out;
}

}  // namespace tend::render
