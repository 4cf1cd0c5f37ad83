#include "render/mood_stats_view.hpp"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/summary_charts.hpp"
#include "render/html.hpp"
#include "render/markdown.hpp"
#include "render/svg_chart.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using util::plural;

std::string score_on(const core::ScoreOnDay& s) {
    return fmt::format("{} on {}", s.score, core::format_day_short(s.day));
}

/// The mean as shown, in tenths.
long tenths(double mean) {
    return std::lround(std::stod(one_decimal(mean)) * 10);
}

std::string change_line(const core::MoodStats& s) {
    auto span = s.previous_between_sessions
                    ? fmt::format("window between the sessions of {} and {}",
                                  core::format_day_short(s.previous_from),
                                  core::format_day_short(s.previous_to))
                    : plural(s.days_in_window, "day", "days") + " before";
    auto before = s.previous.mean();
    if (!before) return fmt::format("No moods in the {}, so no change to show.", span);
    if (!s.mean) return fmt::format("The {} had a mean of {}.", span, one_decimal(*before));
    // The difference of the two means as printed, so that a reader's subtraction agrees.
    auto delta = tenths(*s.mean) - tenths(*before);
    if (delta == 0)
        return fmt::format("About the same as the {} ({}).", span, one_decimal(*before));
    return fmt::format("{}{}.{} against the {} ({}).", delta > 0 ? "+" : "-", std::labs(delta) / 10,
                       std::labs(delta) % 10, span, one_decimal(*before));
}

std::string logged_line(const core::MoodStats& s) {
    if (s.entries == 0)
        return fmt::format("No moods logged in these {}.", plural(s.days_in_window, "day", "days"));
    return fmt::format("Logged on {} of {}, {}; mean {}.", s.days_logged,
                       plural(s.days_in_window, "day", "days"),
                       plural(s.entries, "entry", "entries"), one_decimal(*s.mean));
}

/// "Lowest 3 on Tue 17 Nov: argument with my sister".
std::string extreme_line(std::string_view label, const core::ScoreOnDay& s) {
    auto line = fmt::format("{} {}", label, score_on(s));
    if (!s.note.empty()) line += ": " + s.note;
    return line;
}

}  // namespace

std::string one_decimal(double value) {
    return fmt::format("{:.1f}", value);
}

double two_decimals(double value) {
    return std::round(value * 100.0) / 100.0;
}

namespace {

/// One character per value: its level from ▁ to █, or · where there is none (ASCII: _ to @, and
/// a space).
std::string sparkline_of(const std::vector<std::optional<double>>& means, bool utf8) {
    static constexpr const char* blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    static constexpr char ramp[] = "_.-~=+*@";
    std::string out;
    for (const auto& mean : means) {
        if (!mean) {
            out += utf8 ? "·" : " ";
            continue;
        }
        auto level = static_cast<int>(std::lround((*mean - 1.0) / 9.0 * 7.0));
        level = std::clamp(level, 0, 7);
        if (utf8)
            out += blocks[level];
        else
            out.push_back(ramp[level]);
    }
    return out;
}

/// "Mon 1 Jun to Sun 7 Jun": a week of a long window, as far as it lies in the window.
std::string week_span(const core::WeekAggregate& w) {
    if (w.first == w.last) return core::format_day_short(w.first);
    return core::format_day_short(w.first) + " to " + core::format_day_short(w.last);
}

/// "Per day: ..." or, over a long window, "Per week: ...", with its key.
std::string per_period_line(const core::MoodStats& s, bool utf8) {
    std::vector<std::optional<double>> means;
    std::string_view what = "day";
    if (core::shown_by_week(s.days_in_window)) {
        what = "week";
        for (const auto& w : core::mood_weeks(s.per_day)) means.push_back(w.mean());
    } else {
        for (const auto& d : s.per_day)
            means.push_back(d.entries ? std::optional<double>(d.mean()) : std::nullopt);
    }
    return fmt::format("  Per {}: {}  ({} to {}; {})\n", what, sparkline_of(means, utf8),
                       core::format_day_short(s.from), core::format_day_short(s.to),
                       utf8 ? "▁ low, █ high, · no entry" : "_ low, @ high, blank no entry");
}

/// The rows of the weekly table: the week, days logged of its days, entries, mean, lowest and
/// highest (blank for a week without a mood). Cells are plain text.
std::vector<std::vector<std::string>> week_cells(const core::MoodStats& s) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& w : core::mood_weeks(s.per_day)) {
        auto logged = fmt::format("{} of {}", w.days_logged, w.days);
        if (!w.mean()) {
            rows.push_back({week_span(w), logged, "0", "no entry", "", ""});
            continue;
        }
        rows.push_back({week_span(w), logged, std::to_string(w.entries), one_decimal(*w.mean()),
                        std::to_string(w.lowest), std::to_string(w.highest)});
    }
    return rows;
}

std::vector<std::vector<std::string>> week_rows(const core::MoodStats& s) {
    auto rows = week_cells(s);
    for (auto& r : rows) r[0] = md_cell(r[0]);
    return rows;
}

std::string tags_markdown(const core::MoodStats& s) {
    if (s.tags.empty()) return "\nNo tags used.\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : s.tags)
        rows.push_back({md_cell(t.tag), std::to_string(t.entries), one_decimal(t.mean)});
    return "\n" + md_table({"Tag", "Entries", "Mean"}, {false, true, true}, rows);
}

}  // namespace

std::string sparkline(const core::MoodStats& stats, bool utf8) {
    std::vector<std::optional<double>> means;
    for (const auto& d : stats.per_day)
        means.push_back(d.entries ? std::optional<double>(d.mean()) : std::nullopt);
    return sparkline_of(means, utf8);
}

std::string mood_stats_text(const core::MoodStats& s, const Style& style) {
    std::string out = "  " + logged_line(s) + "\n";
    if (s.entries > 0) {
        out += "  " + sanitize(extreme_line("Lowest", *s.lowest)) + "\n";
        out += "  " + sanitize(extreme_line("Highest", *s.highest)) + "\n";
    }
    if (s.entries == 0 && !s.previous.mean()) return out;
    out += "  " + change_line(s) + "\n";
    if (s.entries == 0) return out;
    out += per_period_line(s, style.utf8);
    if (s.tags.empty()) {
        out += "  No tags used.\n";
        return out;
    }
    out += "  Tags:\n";
    std::size_t width = 0;
    for (const auto& t : s.tags) width = std::max(width, util::display_width(sanitize(t.tag)));
    for (const auto& t : s.tags)
        out += fmt::format("    {}  {}, mean {}\n", util::pad_right(sanitize(t.tag), width),
                           plural(t.entries, "entry", "entries"), one_decimal(t.mean));
    return out;
}

std::string mood_stats_markdown(const core::MoodStats& s) {
    std::string out = "- " + md_escape(logged_line(s)) + "\n";
    if (s.entries > 0) {
        out += "- " + md_escape_indented(extreme_line("Lowest", *s.lowest), 2) + "\n";
        out += "- " + md_escape_indented(extreme_line("Highest", *s.highest), 2) + "\n";
    }
    if (s.entries == 0 && !s.previous.mean()) return out;
    out += "- " + md_escape(change_line(s)) + "\n";
    if (s.entries == 0) return out;
    std::vector<std::vector<std::string>> rows;
    if (core::shown_by_week(s.days_in_window)) {
        out += "\n" + md_table({"Week", "Days logged", "Entries", "Mean", "Lowest", "Highest"},
                               {false, true, true, true, true, true}, week_rows(s));
        return out + tags_markdown(s);
    }
    for (const auto& d : s.per_day) {
        if (d.entries == 0) {
            rows.push_back({md_cell(core::format_day_short(d.day)), "0", "no entry", "", ""});
            continue;
        }
        rows.push_back({md_cell(core::format_day_short(d.day)), std::to_string(d.entries),
                        one_decimal(d.mean()), std::to_string(d.lowest),
                        std::to_string(d.highest)});
    }
    out += "\n" + md_table({"Day", "Entries", "Mean", "Lowest", "Highest"},
                           {false, true, true, true, true}, rows);
    return out + tags_markdown(s);
}

std::string mood_stats_html(const core::MoodStats& s, const std::vector<core::Mood>& moods) {
    std::vector<std::string> lines{logged_line(s)};
    if (s.entries > 0) {
        lines.push_back(extreme_line("Lowest", *s.lowest));
        lines.push_back(extreme_line("Highest", *s.highest));
    }
    if (s.entries > 0 || s.previous.mean()) lines.push_back(change_line(s));
    std::string out = html_list(lines);
    if (s.entries == 0) return out;
    out += mood_chart_figure(s, moods);
    if (core::shown_by_week(s.days_in_window)) {
        out += html_table("Mood by week",
                          {"Week", "Days logged", "Entries", "Mean", "Lowest", "Highest"},
                          {false, true, true, true, true, true}, week_cells(s));
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& d : s.per_day) {
            if (d.entries == 0) {
                rows.push_back({core::format_day_short(d.day), "0", "no entry", "", ""});
                continue;
            }
            rows.push_back({core::format_day_short(d.day), std::to_string(d.entries),
                            one_decimal(d.mean()), std::to_string(d.lowest),
                            std::to_string(d.highest)});
        }
        out += html_table("Mood by day", {"Day", "Entries", "Mean", "Lowest", "Highest"},
                          {false, true, true, true, true}, rows);
    }
    if (s.tags.empty()) return out + html_paragraph("No tags used.");
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : s.tags)
        rows.push_back({t.tag, std::to_string(t.entries), one_decimal(t.mean)});
    return out + html_table("Tags", {"Tag", "Entries", "Mean"}, {false, true, true}, rows);
}

Json mood_stats_json(const core::MoodStats& s) {
    auto score = [](const std::optional<core::ScoreOnDay>& v) -> Json {
        if (!v) return nullptr;
        return Json{{"score", v->score}, {"day", json_day(v->day)}, {"note", v->note}};
    };
    auto mean = [](std::optional<double> v) -> Json {
        if (!v) return nullptr;
        return two_decimals(*v);
    };
    Json per_day = Json::array();
    for (const auto& d : s.per_day) {
        if (d.entries == 0) {
            per_day.push_back(Json{{"day", json_day(d.day)},
                                   {"entries", 0},
                                   {"mean", nullptr},
                                   {"lowest", nullptr},
                                   {"highest", nullptr}});
        } else {
            per_day.push_back(Json{{"day", json_day(d.day)},
                                   {"entries", d.entries},
                                   {"mean", two_decimals(d.mean())},
                                   {"lowest", d.lowest},
                                   {"highest", d.highest}});
        }
    }
    Json tags = Json::array();
    for (const auto& t : s.tags)
        tags.push_back(
            Json{{"tag", t.tag}, {"entries", t.entries}, {"mean", two_decimals(t.mean)}});
    Json missing = Json::array();
    for (auto d : s.days_missing()) missing.push_back(json_day(d));
    return Json{{"days_in_window", s.days_in_window},
                {"days_logged", s.days_logged},
                {"entries", s.entries},
                {"mean", mean(s.mean)},
                {"lowest", score(s.lowest)},
                {"highest", score(s.highest)},
                {"previous", Json{{"since", json_day(s.previous_from)},
                                  {"until", json_day(s.previous_to)},
                                  {"between_sessions", s.previous_between_sessions},
                                  {"entries", s.previous.entries},
                                  {"mean", mean(s.previous.mean())}}},
                {"change", mean(s.change())},
                {"days_missing", missing},
                {"per_day", per_day},
                {"tags", tags}};
}

}  // namespace tend::render
