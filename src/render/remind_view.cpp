#include "render/remind_view.hpp"

#include <functional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/markdown.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

/// How user text (titles, anchors) enters a message in one format.
using UserText = std::function<std::string(std::string_view)>;

std::string for_terminal(std::string_view text) {
    return util::truncate(sanitize(text), 40);
}

std::string homework_message(const core::Reminder& r, const UserText& user) {
    const auto& hw = *r.homework;
    auto title = "\"" + user(hw.title) + "\"";
    if (r.kind == core::ReminderKind::homework_overdue)
        return fmt::format("{} was planned for {}; it still counts whenever you do it", title,
                           core::format_day_short(*r.due));
    std::vector<std::string> about;
    if (!hw.anchor.empty()) about.push_back(user(hw.anchor));
    if (hw.schedule.kind == core::ScheduleKind::weekly) {
        about.push_back(fmt::format("{} of {} done this week", r.week_done, r.week_quota));
        return fmt::format("{} could fit in today ({})", title, fmt::join(about, "; "));
    }
    auto line = title + " is on for today";
    if (!about.empty()) line += " (" + about.front() + ")";
    return line;
}

/// What is due, in words, without the command.
std::string message(const core::Reminder& r, const UserText& user) {
    switch (r.kind) {
        case core::ReminderKind::mood:
            return "No mood logged today yet; it takes five seconds";
        case core::ReminderKind::homework_due:
        case core::ReminderKind::homework_overdue:
            return homework_message(r, user);
        case core::ReminderKind::session:
            return fmt::format("Did your session on {} happen?", day_and_time(*r.session_at));
        case core::ReminderKind::reflection:
            if (r.late)
                return fmt::format("Your session of {} has no reflection yet; it is not too late",
                                   day_and_time(*r.session_at));
            return fmt::format("A few lines on your session of {}, while it is fresh",
                               day_and_time(*r.session_at));
        case core::ReminderKind::prep:
            return fmt::format("Your next session is {}; time for a little prep",
                               day_and_time(*r.session_at));
        case core::ReminderKind::goal_rating:
            return fmt::format("How close does \"{}\" feel now, from 0 to 10? (asked {})",
                               user(r.title), core::rhythm_text(*r.rhythm));
        case core::ReminderKind::measure:
            return fmt::format("Time for the {} (taken {})", user(r.title),
                               core::rhythm_text(*r.rhythm));
    }
    return "";
}

Json optional_json(const std::optional<std::int64_t>& v) {
    return v ? Json(*v) : Json(nullptr);
}

}  // namespace

Json reminder_json(const core::Reminder& r) {
    auto raw = [](std::string_view text) { return std::string(text); };
    return Json{{"kind", core::reminder_kind_name(r.kind)},
                {"message", message(r, raw)},
                {"command", core::reminder_command(r)},
                {"id", optional_json(r.id)},
                {"title", r.homework        ? Json(r.homework->title)
                          : r.title.empty() ? Json(nullptr)
                                            : Json(r.title)},
                {"due", r.due ? json_day(*r.due) : Json(nullptr)},
                {"session_at", r.session_at ? json_instant(*r.session_at) : Json(nullptr)}};
}

std::string reminder_list(const std::vector<core::Reminder>& reminders, core::Format format,
                          const Style& style) {
    std::string out;
    switch (format) {
        case core::Format::json: {
            Json list = Json::array();
            for (const auto& r : reminders) list.push_back(reminder_json(r));
            return json_text(list);
        }
        case core::Format::markdown:
            for (const auto& r : reminders)
                out += fmt::format("- {}{} `{}`\n", message(r, md_escape),
                                   r.kind == core::ReminderKind::session ? "" : ":",
                                   core::reminder_command(r));
            return out;
        case core::Format::text:
            break;
    }
    for (const auto& r : reminders)
        // A question needs no colon before its answers.
        out += fmt::format("{}{} {}\n", message(r, for_terminal),
                           r.kind == core::ReminderKind::session ? "" : ":",
                           paint(style, sgr::bold, core::reminder_command(r)));
    return out;
}

std::string notification_body(const std::vector<core::Reminder>& reminders) {
    auto text = reminder_list(reminders, core::Format::text, Style{false, true});
    if (!text.empty()) text.pop_back();
    std::string body;
    body.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                body += "&amp;";
                break;
            case '<':
                body += "&lt;";
                break;
            case '>':
                body += "&gt;";
                break;
            case '\\':
                body += "\\\\";
                break;
            default:
                body += c;
        }
    }
    return body;
}

}  // namespace tend::render
