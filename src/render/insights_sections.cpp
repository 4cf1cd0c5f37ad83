// The insights as sections of sentences and tables, before they are given a format: what each
// section says, in which order, decided once for text and Markdown.
#include <fmt/format.h>

#include "render/insights_view.hpp"
#include "render/insights_words.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

/// The findings as sentences, then a line per verdict for the rest.
void compared(InsightsSection& s, const core::Insights& in,
              const std::vector<const core::Comparison*>& list, std::string_view what) {
    if (!in.enough_to_compare) {
        s.lines.push_back(words::too_few_to_compare(in, what));
        return;
    }
    for (const auto* c : list)
        if (c->verdict == core::Verdict::finding) s.lines.push_back(words::comparison_sentence(*c));
    for (auto& line : words::others(list)) s.lines.push_back(std::move(line));
}

std::vector<const core::Comparison*> pointers(const std::vector<core::Comparison>& list) {
    std::vector<const core::Comparison*> out;
    for (const auto& c : list) out.push_back(&c);
    return out;
}

/// Tags or homework: a line when there is nothing to compare, else what was compared.
InsightsSection compared_section(const core::Insights& in, std::string title,
                                 const std::vector<core::Comparison>& list, std::string_view none,
                                 std::string_view what) {
    InsightsSection s{std::move(title), {}, {}, {}};
    if (list.empty())
        s.lines.emplace_back(none);
    else
        compared(s, in, pointers(list), what);
    return s;
}

InsightsSection weekdays(const core::Insights& in) {
    InsightsSection s{"Weekdays", {}, {}, {}};
    if (!in.enough_to_compare) {
        s.lines.push_back(words::too_few_to_compare(in, "weekdays"));
    } else {
        for (const auto& c : in.weekdays)
            if (c.verdict == core::Verdict::finding)
                s.lines.push_back(words::comparison_sentence(c));
        if (s.lines.empty()) s.lines.emplace_back("No weekday stands out.");
    }
    s.columns = {{"Day", Align::left},
                 {"Mean", Align::right},
                 {"Days", Align::right},
                 {"Entries", Align::right}};
    for (const auto& c : in.weekdays)
        s.rows.push_back({std::string(words::short_weekday(c.weekday)), words::figure(c.with.mean),
                          std::to_string(c.with.days), std::to_string(c.with.entries)});
    return s;
}

InsightsSection parts(const core::Insights& in) {
    InsightsSection s{"Parts of day", {}, {}, {}};
    s.lines.emplace_back(
        "Described, not compared: when a mood is written down is itself a choice. Morning "
        "5:00-11:59, afternoon 12:00-16:59, evening 17:00-21:59, night 22:00-4:59.");
    s.columns = {{"Part", Align::left}, {"Mean", Align::right}, {"Entries", Align::right}};
    for (const auto& p : in.parts)
        s.rows.push_back({std::string(core::part_of_day_name(p.part)), words::figure(p.mean),
                          std::to_string(p.entries)});
    return s;
}

InsightsSection trend(const core::Insights& in) {
    InsightsSection s{"Trend", {words::trend_sentence(in.trend)}, {}, {}};
    if (in.trend.weeks.empty()) return s;
    s.columns = {{"Week of", Align::left},
                 {"Mean", Align::right},
                 {"Days", Align::right},
                 {"Entries", Align::right}};
    for (const auto& w : in.trend.weeks)
        s.rows.push_back({core::format_day(w.monday), words::figure(w.mean), std::to_string(w.days),
                          std::to_string(w.entries)});
    return s;
}

}  // namespace

std::vector<InsightsSection> insights_sections(const core::Insights& in) {
    return {compared_section(in, "Tags", in.tags, "No tags used in these days.", "tags"),
            compared_section(in, "Homework", in.homework,
                             "No daily, weekday or weekly homework in these days.", "homework"),
            weekdays(in), parts(in), trend(in)};
}

}  // namespace tend::render
