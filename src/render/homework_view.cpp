#include "render/homework_view.hpp"

#include <array>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using util::plural;

std::string_view streak_unit_name(core::StreakUnit unit) {
    // In the enum's order.
    constexpr std::array<std::string_view, 4> names{"", "day", "occurrence", "week"};
    return names.at(static_cast<std::size_t>(unit));
}

/// "4 of 5 (80%)", weekly work "2 of 3 weeks (67%)", or "-" when nothing has come due yet.
std::string done_text(const core::Adherence& a) {
    if (!a.share) return "-";
    if (a.weeks)
        return fmt::format("{} of {} ({}%)", a.weeks->met, plural(a.weeks->judged, "week", "weeks"),
                           std::lround(*a.share * 100));
    return fmt::format("{} of {} ({}%)", a.done, a.scheduled, std::lround(*a.share * 100));
}

std::string week_text(const core::TodayState& t) {
    if (t.week_done > t.week_quota)
        return fmt::format("{} this week ({} planned)", t.week_done, t.week_quota);
    return fmt::format("{} of {} this week", t.week_done, t.week_quota);
}

/// The TODAY column: due, overdue, done or skipped today, the week so far; or how it ended.
/// `spelled_out` says "due today", "done today" for a sentence rather than a column.
std::string today_text(const HomeworkLine& line, bool spelled_out = false) {
    const auto& hw = line.homework;
    const auto& t = line.today;
    if (hw.status != core::HomeworkStatus::open) {
        auto when = hw.end_day ? " " + core::format_day_short(*hw.end_day) : std::string();
        return std::string(core::homework_status_name(hw.status)) + when;
    }
    std::string state;
    if (t.checked)
        state = t.checked == core::CheckoffStatus::skipped ? "skipped"
                : t.checked == core::CheckoffStatus::plan  ? "done with the plan"
                                                           : "done";
    else if (t.due)
        state = "due";
    else if (t.overdue)
        state = "overdue";
    if (spelled_out && (t.checked || t.due)) state += " today";
    if (hw.schedule.kind != core::ScheduleKind::weekly) return state;
    return state.empty() ? week_text(t) : state + ", " + week_text(t);
}

std::string title_cell(const core::Homework& hw) {
    auto title = util::truncate(hw.title, 40);
    if (hw.steps.empty()) return title;
    int done = 0;
    for (const auto& s : hw.steps) done += s.done_at ? 1 : 0;
    return fmt::format("{} ({}/{} steps)", title, done, hw.steps.size());
}

std::string percent(const core::Adherence& a) {
    return a.share ? fmt::format(" ({}%)", std::lround(*a.share * 100)) : std::string();
}

/// The labelled fields of an item, in order, empty ones left out.
std::vector<std::pair<std::string, std::string>> card_fields(const HomeworkLine& line) {
    const auto& hw = line.homework;
    std::vector<std::pair<std::string, std::string>> f;
    f.emplace_back("Schedule", describe_schedule(hw.schedule) + ", from " +
                                   core::format_day_short(hw.start_day));
    for (auto [label, value] : {std::pair{"Anchor", &hw.anchor},
                                {"Barrier", &hw.barrier},
                                {"Plan", &hw.plan},
                                {"Link", &hw.link},
                                {"Details", &hw.details}})
        if (!value->empty()) f.emplace_back(label, *value);
    if (hw.session_id) f.emplace_back("Session", std::to_string(*hw.session_id));
    auto today = today_text(line, true);
    f.emplace_back("Status",
                   std::string(core::homework_status_name(hw.status)) +
                       (hw.status == core::HomeworkStatus::open && !today.empty() ? ", " + today
                                                                                  : std::string()));
    f.emplace_back("Adherence", adherence_sentence(line.adherence));
    return f;
}

std::string card_text(const HomeworkLine& line, const std::vector<core::Checkoff>& checkoffs,
                      const Style& style) {
    const auto& hw = line.homework;
    std::string out =
        paint(style, sgr::bold, fmt::format("Homework {}: {}", hw.id, sanitize(hw.title))) + "\n";
    for (const auto& [label, value] : card_fields(line))
        out += fmt::format("  {:<11}{}\n", label + ":", sanitize(value));
    if (!hw.steps.empty()) out += "  Steps:\n";
    for (const auto& s : hw.steps)
        out +=
            fmt::format("    {}. [{}] {}\n", s.position, s.done_at ? "x" : " ", sanitize(s.text));
    if (!checkoffs.empty()) out += "  Check-offs:\n";
    for (auto it = checkoffs.rbegin(); it != checkoffs.rend(); ++it) {
        auto row = fmt::format("    {:<11} {:<7}  {}", core::format_day_short(it->day),
                               core::checkoff_status_name(it->status), sanitize(it->note));
        while (row.ends_with(' ')) row.pop_back();
        out += row + "\n";
    }
    return out;
}

std::string card_markdown(const HomeworkLine& line, const std::vector<core::Checkoff>& checkoffs) {
    const auto& hw = line.homework;
    std::string out = fmt::format("## Homework {}: {}\n\n", hw.id, md_escape(hw.title));
    for (const auto& [label, value] : card_fields(line))
        out += fmt::format("- **{}:** {}\n", label, md_escape(value));
    if (!hw.steps.empty()) out += "\n### Steps\n\n";
    for (const auto& s : hw.steps)
        out += fmt::format("- [{}] {}\n", s.done_at ? "x" : " ", md_escape(s.text));
    if (checkoffs.empty()) return out;
    out += "\n### Check-offs\n\n";
    std::vector<std::vector<std::string>> rows;
    for (auto it = checkoffs.rbegin(); it != checkoffs.rend(); ++it)
        rows.push_back({core::format_day(it->day),
                        std::string(core::checkoff_status_name(it->status)), md_cell(it->note)});
    return out + md_table({"Day", "Status", "Note"}, {false, false, false}, rows);
}

std::vector<std::string> list_row(const HomeworkLine& line) {
    const auto& hw = line.homework;
    return {std::to_string(hw.id),
            title_cell(hw),
            describe_schedule(hw.schedule),
            util::truncate(hw.anchor, 30),
            today_text(line),
            done_text(line.adherence),
            line.adherence.current_streak == 0
                ? std::string()
                : streak_text(line.adherence.streak_unit, line.adherence.current_streak)};
}

}  // namespace

std::string streak_text(core::StreakUnit unit, int n) {
    switch (unit) {
        case core::StreakUnit::days:
            return plural(n, "day", "days") + " in a row";
        case core::StreakUnit::weeks:
            return plural(n, "week", "weeks") + " in a row";
        case core::StreakUnit::occurrences:
        case core::StreakUnit::none:
            break;
    }
    return plural(n, "time", "times") + " in a row";
}

/// Weekly work in weeks: "2 of 2 weeks met (100%), 1 extra time; this week 1 of 3 so far".
std::string weeks_sentence(const core::Adherence& a) {
    const auto& w = *a.weeks;
    std::string out;
    if (w.judged > 0) {
        out = fmt::format("{} of {} met{}", w.met, plural(w.judged, "week", "weeks"), percent(a));
        if (w.skipped > 0) out += fmt::format(", {} skipped", plural(w.skipped, "week", "weeks"));
        if (w.missed > 0) out += fmt::format(", {} not met", plural(w.missed, "week", "weeks"));
    }
    if (a.extra > 0) {
        if (!out.empty()) out += ", ";
        out += fmt::format("{} more than asked", plural(a.extra, "time", "times"));
    }
    if (w.this_week) {
        if (!out.empty()) out += "; ";
        out += fmt::format("this week {} of {}{}", w.this_week->done, w.this_week->quota,
                           w.this_week->done >= w.this_week->quota ? ", met" : " so far");
    }
    return out.empty() ? "nothing has come due yet" : out;
}

std::string adherence_sentence(const core::Adherence& a) {
    std::string out;
    if (a.weeks) {
        out = weeks_sentence(a);
    } else {
        if (a.scheduled == 0 && a.extra == 0) return "nothing has come due yet";
        out = fmt::format("{} of {} done{}", a.done, a.scheduled, percent(a));
        if (a.skipped > 0) out += fmt::format(", {} skipped", a.skipped);
        if (a.missing > 0) out += fmt::format(", {} not checked off", a.missing);
        if (a.extra > 0) out += fmt::format(", {} extra", a.extra);
    }
    // A streak is said only once there is one: "3 days in a row, longest 5 days in a row".
    std::vector<std::string> streaks;
    if (a.current_streak > 0) streaks.push_back(streak_text(a.streak_unit, a.current_streak));
    if (a.longest_streak > a.current_streak)
        streaks.push_back("longest " + streak_text(a.streak_unit, a.longest_streak));
    if (!streaks.empty()) out += "; " + fmt::format("{}", fmt::join(streaks, ", "));
    return out;
}

Json homework_json(const core::Homework& h) {
    Json steps = Json::array();
    for (const auto& s : h.steps)
        steps.push_back({{"position", s.position},
                         {"text", s.text},
                         {"done", s.done_at.has_value()},
                         {"done_at", s.done_at ? json_instant(*s.done_at) : Json()}});
    const auto& s = h.schedule;
    Json schedule{
        {"kind", core::schedule_kind_name(s.kind)},
        {"due", s.due ? json_day(*s.due) : Json()},
        {"days", core::weekday_names(s.kind == core::ScheduleKind::days ? s.weekdays : 0)},
        {"times_per_week", s.kind == core::ScheduleKind::weekly ? Json(s.times_per_week) : Json()}};
    return Json{{"id", h.id},
                {"uuid", h.uuid},
                {"title", h.title},
                {"session_id", h.session_id ? Json(*h.session_id) : Json()},
                {"schedule", schedule},
                {"anchor", h.anchor},
                {"barrier", h.barrier},
                {"plan", h.plan},
                {"link", h.link},
                {"details", h.details},
                {"steps", steps},
                {"status", core::homework_status_name(h.status)},
                {"start_day", json_day(h.start_day)},
                {"end_day", h.end_day ? json_day(*h.end_day) : Json()}};
}

Json homework_line_json(const HomeworkLine& line) {
    auto j = homework_json(line.homework);
    const auto& t = line.today;
    j["due_today"] = t.due;
    j["overdue"] = t.overdue;
    j["done_today"] = t.checked && core::counts_as_done(*t.checked);
    j["skipped_today"] = t.checked == core::CheckoffStatus::skipped;
    j["this_week"] = line.homework.schedule.kind == core::ScheduleKind::weekly
                         ? Json{{"done", t.week_done}, {"planned", t.week_quota}}
                         : Json();
    j["adherence"] = adherence_json(line.adherence);
    return j;
}

Json checkoff_json(const core::Checkoff& c) {
    return Json{{"id", c.id},
                {"uuid", c.uuid},
                {"homework_id", c.homework_id},
                {"day", json_day(c.day)},
                {"status", core::checkoff_status_name(c.status)},
                {"note", c.note},
                {"at", json_instant(c.at)}};
}

namespace {

/// Weekly work in weeks (null for other work): judged, met, skipped, missed and this_week
/// ({done, quota, met}, or null when the running week is outside the window).
Json weeks_json(const core::Adherence& a) {
    if (!a.weeks) return nullptr;
    const auto& w = *a.weeks;
    Json this_week = nullptr;
    if (w.this_week)
        this_week = Json{{"done", w.this_week->done},
                         {"quota", w.this_week->quota},
                         {"met", w.this_week->done >= w.this_week->quota}};
    return Json{{"judged", w.judged},
                {"met", w.met},
                {"skipped", w.skipped},
                {"missed", w.missed},
                {"this_week", this_week}};
}

}  // namespace

Json adherence_json(const core::Adherence& a) {
    auto unit = streak_unit_name(a.streak_unit);
    return Json{{"scheduled", a.scheduled},
                {"done", a.done},
                {"skipped", a.skipped},
                {"missing", a.missing},
                {"pending", a.pending},
                {"extra", a.extra},
                {"share", a.share ? Json(std::round(*a.share * 1000) / 1000) : Json()},
                {"weeks", weeks_json(a)},
                {"current_streak", a.current_streak},
                {"longest_streak", a.longest_streak},
                {"streak_unit", unit.empty() ? Json() : Json(unit)}};
}

std::string describe_schedule(const core::Schedule& s) {
    switch (s.kind) {
        case core::ScheduleKind::once:
            return s.due ? "by " + core::format_day_short(*s.due) : "once";
        case core::ScheduleKind::daily:
            return "daily";
        case core::ScheduleKind::days: {
            if (s.weekdays == 0x7fU) return "every day";
            std::string out;
            for (auto name : core::weekday_names(s.weekdays)) {
                name[0] = static_cast<char>(name[0] - 'a' + 'A');
                out += (out.empty() ? "" : " ") + name;
            }
            return out;
        }
        case core::ScheduleKind::weekly:
            if (s.times_per_week == 1) return "once a week";
            if (s.times_per_week == 2) return "twice a week";
            return fmt::format("{} times a week", s.times_per_week);
    }
    return "";
}

std::string homework_list(const std::vector<HomeworkLine>& lines, bool all, core::Format format,
                          const Style& style) {
    if (format == core::Format::json) return json_list(lines, homework_line_json);
    Rows rows;
    for (const auto& line : lines) rows.push_back(list_row(line));
    return listing(format, style,
                   // On a narrow terminal the titles are cut first, then the other texts; the
                   // anchor is left out last of all. Figures are never cut.
                   {{"ID", Align::right},
                    {"Homework", Align::left, 14},
                    {"Schedule", Align::left, 9},
                    {"Anchor", Align::left, 6, true},
                    {"Today", Align::left, 10},
                    {"Done"},
                    {"Streak"}},
                   std::move(rows), all ? "No homework yet." : "No open homework.");
}

std::string homework_card(const HomeworkLine& line, const std::vector<core::Checkoff>& checkoffs,
                          core::Format format, const Style& style) {
    switch (format) {
        case core::Format::json: {
            auto j = homework_line_json(line);
            Json list = Json::array();
            for (auto it = checkoffs.rbegin(); it != checkoffs.rend(); ++it)
                list.push_back(checkoff_json(*it));  // newest first, as the text shows them
            j["checkoffs"] = list;
            return json_text(j);
        }
        case core::Format::markdown:
            return card_markdown(line, checkoffs);
        case core::Format::text:
            break;
    }
    return card_text(line, checkoffs, style);
}

std::string quoted_title(const core::Homework& hw) {
    return "\"" + util::truncate(sanitize(hw.title), 40) + "\"";
}

}  // namespace tend::render
