#include "render/entry_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {
namespace {

constexpr std::int64_t seconds_per_hour = 3600;
constexpr std::int64_t seconds_per_day = 24 * seconds_per_hour;

/// "Reflection", "Prep", "Worksheet".
std::string kind_title(core::EntryKind kind) {
    std::string name(core::kind_name(kind));
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

/// "1, Tue 17 Nov at 17:00": the session an entry is about, or empty.
std::string session_text(const core::Entry& e) {
    if (!e.session_id) return "";
    if (!e.session_at) return std::to_string(*e.session_id);
    return fmt::format("{}, {}", *e.session_id, day_and_time(*e.session_at));
}

std::string timing_cell(const core::Entry& e) {
    auto timing = core::reflection_timing(e);
    return timing ? timing_text(*timing) : std::string();
}

/// "Session: ..." and "Written: ..." lines, as label/value pairs.
std::vector<std::pair<std::string, std::string>> facts_of(const core::Entry& e) {
    std::vector<std::pair<std::string, std::string>> facts;
    if (e.session_id) facts.emplace_back("Session", session_text(e));
    std::string written = day_and_time(e.at);
    if (auto timing = core::reflection_timing(e))
        written += ", " + timing_text(*timing) + " the session";
    facts.emplace_back("Written", written);
    return facts;
}

std::string answered(const core::Entry& e, std::size_t prompts) {
    return fmt::format("{} of {} answered", e.answers.size(), prompts);
}

}  // namespace

Json entry_json(const core::Entry& e) {
    Json answers = Json::array();
    for (const auto& a : e.answers)
        answers.push_back(Json{{"key", a.key}, {"prompt", a.prompt}, {"answer", a.text}});
    auto timing = core::reflection_timing(e);
    Json out{{"id", e.id},
             {"uuid", e.uuid},
             {"kind", core::kind_name(e.kind)},
             {"template", e.template_name},
             {"session_id", e.session_id ? Json(*e.session_id) : Json(nullptr)},
             {"session_at", e.session_at ? json_instant(*e.session_at) : Json(nullptr)},
             {"at", json_instant(e.at)},
             {"day", json_day(e.day)},
             {"hours_after_session",
              timing ? Json(timing->seconds_after / seconds_per_hour) : Json(nullptr)},
             {"late", timing ? Json(timing->late) : Json(nullptr)},
             {"answers", answers}};
    if (e.is_private) out["private"] = true;  // only where set, as in the export
    return out;
}

std::string timing_text(const core::Timing& t) {
    if (t.seconds_after < 0) return "before";
    if (t.seconds_after < seconds_per_hour) return "under an hour after";
    // Hours up to the late mark, days past it: "days" is how a late reflection reads.
    if (!t.late) return fmt::format("{} h after", t.seconds_after / seconds_per_hour);
    auto days = t.seconds_after / seconds_per_day;
    return fmt::format("{} {} after", days, days == 1 ? "day" : "days");
}

std::string entry_list(const std::vector<core::Entry>& entries, core::Format format,
                       const Style& style) {
    if (format == core::Format::json) return json_list(entries, entry_json);
    Rows rows;
    for (const auto& e : entries)
        rows.push_back({std::to_string(e.id), weekday_and_day(e.day), core::format_hhmm(e.at),
                        e.is_private ? private_marked(std::string(core::kind_name(e.kind)))
                                     : std::string(core::kind_name(e.kind)),
                        e.template_name, session_text(e), timing_cell(e),
                        std::to_string(e.answers.size())});
    return listing(format, style,
                   {{"ID", Align::right},
                    {"Day"},
                    {"Time"},
                    {"Kind"},
                    {"Template"},
                    {"Session"},
                    {"Timing"},
                    {"Answers", Align::right}},
                   std::move(rows), "No entries to show.");
}

std::string entry_show(const core::Entry& e, core::Format format, const Style& style) {
    if (format == core::Format::json) return json_text(entry_json(e));
    auto heading = fmt::format("{} {} ({}){}", kind_title(e.kind), e.id, e.template_name,
                               e.is_private ? " (private)" : "");
    if (format == core::Format::markdown) {
        std::string out = fmt::format("## {}\n\n", md_escape(heading));
        for (const auto& [label, value] : facts_of(e))
            out += fmt::format("- {}: {}\n", label, md_escape(value));
        for (const auto& a : e.answers)
            out += fmt::format("\n### {}\n\n{}\n", md_escape(a.prompt), md_escape(a.text));
        return out;
    }
    std::string out = paint(style, sgr::bold, sanitize(heading)) + "\n";
    for (const auto& [label, value] : facts_of(e))
        out += fmt::format("{:<9}{}\n", label + ":", value);
    for (const auto& a : e.answers) {
        out += "\n" + paint(style, sgr::bold, sanitize(a.prompt)) + "\n";
        auto text = sanitize(a.text, /*keep_newlines=*/true);
        std::size_t start = 0;
        while (true) {
            auto nl = text.find('\n', start);
            auto line = text.substr(start, nl - start);
            out += (line.empty() ? "" : "  ") + line + "\n";
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
    }
    return out;
}

std::string entry_saved(const core::Entry& e, std::size_t prompts,
                        const std::optional<core::Instant>& session_at) {
    std::string what = fmt::format("Saved {} {}", core::kind_name(e.kind), e.id);
    if (e.kind == core::EntryKind::worksheet ||
        (e.kind == core::EntryKind::reflection && !session_at))
        return fmt::format("{} ({}, {}).\n", what, e.template_name, answered(e, prompts));
    if (!session_at)
        return fmt::format("{} ({}); no next session is known yet.\n", what, answered(e, prompts));
    auto about = e.kind == core::EntryKind::prep ? "for the session on" : "on the session of";
    return fmt::format("{} {} {} ({}).\n", what, about, day_and_time(*session_at),
                       answered(e, prompts));
}

std::string entry_updated(const core::Entry& e, std::size_t prompts) {
    return fmt::format("Updated {} {} ({}).\n", core::kind_name(e.kind), e.id,
                       answered(e, prompts));
}

std::string entry_removed(const core::Entry& e) {
    return fmt::format("Removed {} {} ({}).\n", core::kind_name(e.kind), e.id,
                       core::format_day_short(e.day));
}

}  // namespace tend::render
