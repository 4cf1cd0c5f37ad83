#include "render/session_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {
namespace {

std::string status_text(const core::Session& s, core::Day today) {
    if (core::has_passed(s, today)) return "scheduled (passed)";
    return std::string(core::status_name(s.status));
}

/// One row per session, then the regular one: id, day, time, status, note (raw text).
std::vector<std::vector<std::string>> rows_of(const std::vector<core::Session>& sessions,
                                              const std::optional<core::Instant>& regular,
                                              const std::optional<core::SessionSchedule>& schedule,
                                              core::Day today) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& s : sessions)
        rows.push_back({std::to_string(s.id), weekday_and_day(s.day), core::format_hhmm(s.at),
                        status_text(s, today), s.note});
    if (regular) {
        auto rule = schedule
                        ? fmt::format("the regular session, {}", core::format_schedule(*schedule))
                        : std::string("the regular session");
        rows.push_back({"-", weekday_and_day(core::day_of(*regular)), core::format_hhmm(*regular),
                        "from schedule", rule});
    }
    return rows;
}

}  // namespace

Json session_json(const core::Session& s) {
    return Json{{"id", s.id},
                {"uuid", s.uuid},
                {"at", json_instant(s.at)},
                {"day", json_day(s.day)},
                {"status", core::status_name(s.status)},
                {"note", s.note},
                {"from_schedule", false}};
}

Json schedule_json(const core::Instant& at) {
    return Json{{"id", nullptr},          {"uuid", nullptr},
                {"at", json_instant(at)}, {"day", json_day(core::day_of(at))},
                {"status", "scheduled"},  {"note", ""},
                {"from_schedule", true}};
}

std::string session_list(const std::vector<core::Session>& sessions,
                         const std::optional<core::Instant>& regular,
                         const std::optional<core::SessionSchedule>& schedule, core::Day today,
                         core::Format format, const Style& style) {
    if (format == core::Format::json) {
        Json list = Json::array();
        for (const auto& s : sessions) list.push_back(session_json(s));
        if (regular) list.push_back(schedule_json(*regular));
        return json_text(list);
    }
    return listing(format, style, {{"ID", Align::right}, {"Day"}, {"Time"}, {"Status"}, {"Note"}},
                   rows_of(sessions, regular, schedule, today), "No sessions yet.");
}

std::string session_recorded(const core::Session& s, bool was_scheduled) {
    return fmt::format("Recorded your session on {}{}. When you are ready: tend reflect\n",
                       day_and_time(s.at), was_scheduled ? " (it was scheduled)" : "");
}

std::string session_scheduled(const core::Session& s,
                              const std::optional<core::Instant>& moved_from) {
    if (moved_from)
        return fmt::format("Moved the next session from {} to {}.\n", day_and_time(*moved_from),
                           day_and_time(s.at));
    return fmt::format("Next session: {}.\n", day_and_time(s.at));
}

std::string session_cancelled(const core::Session& s, bool from_schedule) {
    return fmt::format("Cancelled the {}session on {}.\n", from_schedule ? "regular " : "",
                       day_and_time(s.at));
}

std::string session_removed(const core::Session& s, int entries) {
    std::string out = fmt::format("Removed session {} ({}, {})", s.id, core::status_name(s.status),
                                  day_and_time(s.at));
    if (entries == 1) out += "; its entry stays, no longer tied to a session";
    if (entries > 1)
        out += fmt::format("; its {} entries stay, no longer tied to a session", entries);
    return out + ".\n";
}

}  // namespace tend::render
