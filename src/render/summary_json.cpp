// The summary as one JSON object, with every figure of the text view.
#include <array>

#include <nlohmann/json.hpp>

#include "render/entry_view.hpp"
#include "render/homework_view.hpp"
#include "render/mood_stats_view.hpp"
#include "render/session_view.hpp"
#include "render/summary_entries.hpp"
#include "render/summary_patterns.hpp"
#include "render/summary_progress.hpp"
#include "render/summary_view.hpp"
#include "render/win_view.hpp"

namespace tend::render {
namespace {

std::string_view basis_name(core::WindowBasis basis) {
    // In the enum's order.
    constexpr std::array<std::string_view, 3> names{"last_session", "default_days", "given"};
    return names.at(static_cast<std::size_t>(basis));
}

Json homework_item_json(const core::HomeworkSummary& h) {
    Json skips = Json::array();
    for (const auto& c : h.skips) skips.push_back(Json{{"day", json_day(c.day)}, {"note", c.note}});
    Json noted = Json::array();
    for (const auto& c : h.noted)
        noted.push_back(Json{{"day", json_day(c.day)},
                             {"status", core::checkoff_status_name(c.status)},
                             {"note", c.note}});
    Json done_once = nullptr;
    if (h.done_once)
        done_once =
            Json{{"day", json_day(h.done_once->day)},
                 {"days_after_due",
                  h.done_once->days_after_due ? Json(*h.done_once->days_after_due) : Json(nullptr)},
                 {"with_plan", h.done_once->with_plan},
                 {"note", h.done_once->note}};
    return Json{{"homework", homework_json(h.homework)},
                {"adherence", adherence_json(h.adherence)},
                {"skips", skips},
                {"checkoffs_noted", noted},
                {"with_plan", h.with_plan},
                {"done_once", done_once},
                {"steps", Json{{"done", h.steps_done}, {"total", h.homework.steps.size()}}},
                {"overdue_since", h.overdue_since ? json_day(*h.overdue_since) : Json(nullptr)}};
}

Json gaps_json(const core::Summary& s) {
    auto g = s.gaps();
    Json days = Json::array();
    for (auto d : g.days_without_mood) days.push_back(json_day(d));
    Json never = Json::array();
    for (const auto& hw : g.never_checked) never.push_back(hw.id);
    return Json{{"days_without_mood", days},
                {"homework_never_checked", never},
                {"reflection_missing", g.reflection_missing},
                {"prep_missing", g.prep_missing}};
}

}  // namespace

Json summary_json(const core::Summary& s) {
    Json next = nullptr;
    if (s.next_session) {
        next = Json{{"at", json_instant(s.next_session->at)},
                    {"session_id",
                     s.next_session->session ? Json(s.next_session->session->id) : Json(nullptr)},
                    {"from_schedule", s.next_session->from_schedule()}};
    }
    Json homework = Json::array();
    for (const auto& h : s.homework) homework.push_back(homework_item_json(h));
    Json reflections = Json::array();
    for (const auto& r : s.reflections) reflections.push_back(entry_json(r));
    Json wins = Json::array();
    for (const auto& w : s.wins) wins.push_back(win_json(w));
    Json journal = Json::array();
    for (const auto& e : s.journal)
        journal.push_back(Json{{"id", e.id},
                               {"at", json_instant(e.at)},
                               {"day", json_day(e.day)},
                               {"title", e.title},
                               {"starred", e.starred},
                               {"tags", e.tags}});
    Json out{
        {"window",
         Json{{"since", json_day(s.window.from)},
              {"until", json_day(s.window.to)},
              {"days", s.window.days()},
              {"starts_at", json_instant(s.window.start)},
              {"basis", basis_name(s.window.basis)},
              {"private_not_shown", s.private_left_out},
              {"unconfirmed_session",
               s.unconfirmed ? Json{{"at", json_instant(s.unconfirmed->at)},
                                    {"id", s.unconfirmed->session ? Json(s.unconfirmed->session->id)
                                                                  : Json(nullptr)},
                                    {"from_schedule", s.unconfirmed->from_schedule()}}
                             : Json(nullptr)}}},
        {"last_session", s.last_session ? session_json(*s.last_session) : Json(nullptr)},
        {"next_session", next},
        {"mood", mood_stats_json(s.mood)},
        {"patterns", summary_patterns_json(s.insights)},
        {"homework", homework},
        {"reflection", s.reflections.empty() ? Json(nullptr) : entry_json(s.reflections.back())},
        {"reflections", reflections},
        {"worksheets", worksheets_json(s)},
        {"wins", wins},
        {"journal", journal},
        {"prep", s.prep ? entry_json(*s.prep) : Json(nullptr)},
        {"gaps", gaps_json(s)},
    };
    out["safety"] = safety_flags_json(s.progress);
    out["measures"] = measures_json(s.progress, s.window.from);
    out["goals"] = goals_json(s.progress);
    out["across_sessions"] = across_json(s.progress);
    return out;
}

}  // namespace tend::render
