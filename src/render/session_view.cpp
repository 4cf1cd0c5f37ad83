#include "render/session_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {
namespace {

bool is_unconfirmed(const core::Session& s, const std::optional<core::UnconfirmedSession>& u) {
    return u && u->session && u->session->id == s.id;
}

std::string status_text(const core::Session& s, const std::optional<core::UnconfirmedSession>& u,
                        core::Day today) {
    if (is_unconfirmed(s, u)) return "unconfirmed";
    if (core::has_passed(s, today)) return "scheduled (passed)";
    return std::string(core::status_name(s.status));
}

/// "the regular session, tue 17:00".
std::string regular_rule(const std::optional<core::SessionSchedule>& schedule) {
    return schedule ? fmt::format("the regular session, {}", core::format_schedule(*schedule))
                    : std::string("the regular session");
}

/// One row per session, with an unconfirmed regular one in its place in time, then the next
/// regular one: id, day, time, status, note (raw text).
std::vector<std::vector<std::string>> rows_of(const std::vector<core::Session>& sessions,
                                              const SessionListing& extra,
                                              const std::optional<core::SessionSchedule>& schedule,
                                              core::Day today) {
    std::vector<std::vector<std::string>> rows;
    auto regular_row = [&](const core::Instant& at, std::string status) {
        rows.push_back({"-", weekday_and_day(core::day_of(at)), core::format_hhmm(at),
                        std::move(status), regular_rule(schedule)});
    };
    const auto& u = extra.unconfirmed;
    bool pending = u && u->from_schedule();
    for (const auto& s : sessions) {
        if (pending && s.at.utc > u->at.utc) {
            regular_row(u->at, "unconfirmed");
            pending = false;
        }
        rows.push_back({std::to_string(s.id), weekday_and_day(s.day), core::format_hhmm(s.at),
                        status_text(s, u, today), s.note});
    }
    if (pending) regular_row(u->at, "unconfirmed");
    if (extra.regular) regular_row(*extra.regular, "from schedule");
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

std::string session_list(const std::vector<core::Session>& sessions, const SessionListing& extra,
                         const std::optional<core::SessionSchedule>& schedule, core::Day today,
                         core::Format format, const Style& style) {
    const auto& u = extra.unconfirmed;
    if (format == core::Format::json) {
        Json list = Json::array();
        auto regular = [&list](const core::Instant& at, bool unconfirmed) {
            auto j = schedule_json(at);
            j["unconfirmed"] = unconfirmed;
            list.push_back(std::move(j));
        };
        bool pending = u && u->from_schedule();
        for (const auto& s : sessions) {
            if (pending && s.at.utc > u->at.utc) {
                regular(u->at, true);
                pending = false;
            }
            auto j = session_json(s);
            j["unconfirmed"] = is_unconfirmed(s, u);
            list.push_back(std::move(j));
        }
        if (pending) regular(u->at, true);
        if (extra.regular) regular(*extra.regular, false);
        return json_text(list);
    }
    auto out =
        listing(format, style, {{"ID", Align::right}, {"Day"}, {"Time"}, {"Status"}, {"Note"}},
                rows_of(sessions, extra, schedule, today), "No sessions yet.");
    if (u) {
        auto question = unconfirmed_question(*u, today);
        out += "\n" + (format == core::Format::markdown ? md_escape(question) : question) + "\n";
    }
    return out;
}

std::string unconfirmed_question(const core::UnconfirmedSession& u, core::Day today) {
    auto word = core::past_day_word(core::day_of(u.at), today);
    return fmt::format(
        "Did your session on {} happen? tend session add {}, or tend session "
        "cancel {}",
        day_and_time(u.at), word, word);
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
