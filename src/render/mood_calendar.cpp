#include "render/mood_calendar.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/mood.hpp"
#include "render/markdown.hpp"
#include "render/mood_stats_view.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using core::CalendarMonth;
using core::MoodCalendar;

constexpr std::array<std::string_view, 12> calendar_month_names{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view calendar_weekdays = " Mo Tu We Th Fr Sa Su";

/// Each day is three columns: a mark (a space, or a bracket around today) and two for its
/// figure; a month is seven of them and a column for the bracket after a Sunday.
constexpr std::size_t cell_width = 3;
constexpr std::size_t month_width = 7 * cell_width + 1;
constexpr std::size_t months_per_row = 3;
constexpr std::string_view month_gap = "  ";

/// The 256-colour scale, score 1 (a dark purple) to 10 (a bright yellow): viridis, whose steps
/// stay apart in lightness, so they read in order without telling red from green. Dark cells
/// take white figures and light ones black.
constexpr std::array<int, 10> mood_backgrounds{53, 54, 60, 24, 30, 36, 72, 77, 148, 220};
constexpr int first_light_background = 6;  // score 6 and up

std::string mood_sgr(int score) {
    auto index = static_cast<std::size_t>(std::clamp(score, core::min_score, core::max_score) - 1);
    int foreground = score >= first_light_background ? 16 : 231;
    return fmt::format("38;5;{};48;5;{}", foreground, mood_backgrounds[index]);
}

std::string month_title(std::chrono::year_month month) {
    return fmt::format("{} {}", calendar_month_names[static_cast<unsigned>(month.month()) - 1],
                       static_cast<int>(month.year()));
}

/// "November 2026", "September to November 2026", "December 2025 to November 2026".
std::string span_title(const core::MonthSpan& span) {
    auto last = span.last();
    if (span.count == 1) return month_title(last);
    if (span.first.year() == last.year())
        return fmt::format("{} to {}",
                           calendar_month_names[static_cast<unsigned>(span.first.month()) - 1],
                           month_title(last));
    return fmt::format("{} to {}", month_title(span.first), month_title(last));
}

/// "Moods on 3 of 20 days up to today; mean 5.3." The calendar's figures in words, for those
/// who do not see its colours.
std::string calendar_figures(const MoodCalendar& cal) {
    auto days = util::plural(cal.days_so_far, "day", "days");
    if (cal.totals.entries == 0)
        return cal.days_so_far == 1 ? "No mood yet today."
                                    : fmt::format("No moods on the {} up to today.", days);
    return fmt::format("Moods on {} of {} up to today; mean {}.", cal.days_logged, days,
                       one_decimal(*cal.totals.mean()));
}

/// One month's lines, each month_width columns wide, the colour codes aside.
std::vector<std::string> month_lines(const CalendarMonth& month, const MoodCalendar& cal,
                                     const Style& style) {
    std::vector<std::string> lines;
    auto title = month_title(month.month);
    auto indent = (7 * cell_width - title.size()) / 2;
    lines.push_back(std::string(indent, ' ') + paint(style, sgr::bold, title) +
                    std::string(month_width - indent - title.size(), ' '));
    lines.push_back(std::string(calendar_weekdays) + " ");
    std::string_view no_mood = style.utf8 ? "·" : ".";
    for (const auto& week : month.weeks) {
        std::string line;
        bool after_today = false;
        for (const auto& cell : week) {
            const core::DayAggregate* day = cell ? &month.days[*cell] : nullptr;
            bool today = day != nullptr && day->day == cal.today;
            line += today ? "[" : after_today ? "]" : " ";
            after_today = today;
            if (day == nullptr) {
                line += "  ";
            } else if (style.color) {
                auto number = fmt::format("{:>2}", static_cast<unsigned>(day->day.day()));
                std::string code = day->entries ? mood_sgr(core::rounded_mean(*day)) : "";
                if (today) code = code.empty() ? std::string(sgr::bold) : "1;" + code;
                line += code.empty() ? number : paint(style, code, number);
            } else if (day->entries) {
                line += fmt::format("{:>2}", core::rounded_mean(*day));
            } else {
                line += fmt::format(" {}", no_mood);
            }
        }
        line += after_today ? "]" : " ";
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string rstrip(std::string line) {
    line.erase(line.find_last_not_of(' ') + 1);
    return line;
}

std::string legend(const Style& style) {
    if (!style.color)
        return fmt::format(
            "Each day shows its mean mood, rounded (6.5 is 7); {} no mood; [ ] today.\n",
            style.utf8 ? "·" : ".");
    std::string scale = "Mean mood:";
    for (int score = core::min_score; score <= core::max_score; ++score)
        scale += " " + paint(style, mood_sgr(score), fmt::format("{:>2}", score));
    return scale +
           "\nColour: the day's mean, rounded (6.5 is 7); uncoloured: no mood; [ ] today.\n";
}

std::string markdown_cell(const core::DayAggregate& day, core::Day today) {
    auto text = std::to_string(static_cast<unsigned>(day.day.day()));
    if (day.entries) text += fmt::format(" ({})", core::rounded_mean(day));
    return day.day == today ? "**" + text + "**" : text;
}

}  // namespace

std::string mood_calendar_view(const MoodCalendar& cal, core::Format format, const Style& style) {
    if (format == core::Format::json) return json_text(mood_calendar_json(cal));
    if (format == core::Format::markdown) return mood_calendar_markdown(cal);
    return mood_calendar_text(cal, style);
}

std::string mood_calendar_text(const MoodCalendar& cal, const Style& style) {
    std::string out;
    for (std::size_t first = 0; first < cal.months.size(); first += months_per_row) {
        auto end = std::min(first + months_per_row, cal.months.size());
        std::vector<std::vector<std::string>> blocks;
        std::size_t height = 0;
        for (auto i = first; i < end; ++i) {
            blocks.push_back(month_lines(cal.months[i], cal, style));
            height = std::max(height, blocks.back().size());
        }
        if (first > 0) out += "\n";
        for (std::size_t row = 0; row < height; ++row) {
            std::string line;
            for (std::size_t b = 0; b < blocks.size(); ++b) {
                if (b > 0) line += month_gap;
                line += row < blocks[b].size() ? blocks[b][row] : std::string(month_width, ' ');
            }
            out += rstrip(std::move(line)) + "\n";
        }
    }
    return out + "\n" + legend(style) + calendar_figures(cal) + "\n";
}

std::string mood_calendar_markdown(const MoodCalendar& cal) {
    std::string out = "# Mood calendar, " + span_title(cal.span) + "\n\n";
    out += calendar_figures(cal) + "\n\n";
    out += "Each day shows its mean mood in brackets, rounded (6.5 is 7); today is in bold.\n";
    const std::vector<std::string> header{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    const std::vector<bool> right(7, true);
    for (const auto& month : cal.months) {
        std::vector<std::vector<std::string>> rows;
        for (const auto& week : month.weeks) {
            auto& row = rows.emplace_back();
            for (const auto& cell : week)
                row.push_back(cell ? markdown_cell(month.days[*cell], cal.today) : "");
        }
        out += "\n## " + month_title(month.month) + "\n\n" + md_table(header, right, rows);
    }
    return out;
}

Json mood_calendar_json(const MoodCalendar& cal) {
    Json days = Json::array();
    for (const auto& month : cal.months) {
        for (const auto& d : month.days) {
            if (d.entries == 0) continue;
            days.push_back({{"day", json_day(d.day)},
                            {"mean", two_decimals(d.mean())},
                            {"count", d.entries},
                            {"min", d.lowest},
                            {"max", d.highest}});
        }
    }
    return {{"from", json_day(cal.span.from())}, {"to", json_day(cal.span.to())}, {"days", days}};
}

}  // namespace tend::render
