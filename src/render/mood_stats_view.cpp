#include "render/mood_stats_view.hpp"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/markdown.hpp"
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

std::string sparkline(const core::MoodStats& stats, bool utf8) {
    static constexpr const char* blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    static constexpr char ramp[] = "_.-~=+*@";
    std::string out;
    for (const auto& d : stats.per_day) {
        if (d.entries == 0) {
            out += utf8 ? "·" : " ";
            continue;
        }
        auto level = static_cast<int>(std::lround((d.mean() - 1.0) / 9.0 * 7.0));
        level = std::clamp(level, 0, 7);
        if (utf8)
            out += blocks[level];
        else
            out.push_back(ramp[level]);
    }
    return out;
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
    out += fmt::format("  Per day: {}  ({} to {}; {})\n", sparkline(s, style.utf8),
                       core::format_day_short(s.from), core::format_day_short(s.to),
                       style.utf8 ? "▁ low, █ high, · no entry" : "_ low, @ high, blank no entry");
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
    if (s.tags.empty()) {
        out += "\nNo tags used.\n";
        return out;
    }
    rows.clear();
    for (const auto& t : s.tags)
        rows.push_back({md_cell(t.tag), std::to_string(t.entries), one_decimal(t.mean)});
    out += "\n" + md_table({"Tag", "Entries", "Mean"}, {false, true, true}, rows);
    return out;
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
