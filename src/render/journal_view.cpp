#include "render/journal_view.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "render/markdown.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using core::RecordView;

/// One line of the journal (with its nested lines), and where it goes.
struct Event {
    std::string day;
    int seconds = -1;  ///< time of day; -1 for records that have only a day (listed first)
    std::size_t kind = 0;
    std::string markdown;
};

/// User text for a list item whose content starts `indent` columns in: escaped, with its
/// continuation lines indented to stay inside the item.

std::string long_day(core::Day day) {
    return fmt::format("{} {}", core::format_day_short(day), static_cast<int>(day.year()));
}

std::string when(const RecordView& r, std::string_view field) {
    auto at = r.instant(field);
    return at ? core::format_hhmm(*at) + " " : std::string();
}

int seconds_of(const RecordView& r, std::string_view field) {
    if (!r.has(field)) return -1;
    auto at = r.instant(field);
    if (!at) return -1;
    auto t = core::time_of(*at);
    return t.hour * 3600 + t.minute * 60 + t.second;
}

std::string capitalised(std::string_view word) {
    std::string out(word);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}

std::string mood_item(const RecordView& m) {
    auto out = fmt::format("- {}Mood **{}**", when(m, "at"), m.integer("score"));
    if (!m.text("note").empty()) out += ": " + md_escape_indented(m.text("note"), 2);
    if (!m.record().tags.empty()) {
        std::string tags;
        for (const auto& t : m.record().tags) tags += (tags.empty() ? "" : ", ") + md_escape(t);
        out += " (tags: " + tags + ")";
    }
    return out + "\n";
}

std::string session_item(const RecordView& s) {
    auto status = s.text("status");
    auto out = fmt::format("- {}Session{}", when(s, "at"), status == "held" ? "" : " " + status);
    if (!s.text("note").empty()) out += ": " + md_escape_indented(s.text("note"), 2);
    return out + "\n";
}

std::string entry_item(const RecordView& e, const std::map<std::string, std::string>& sessions) {
    auto out = fmt::format("- {}{} (template {}", when(e, "at"), capitalised(e.text("kind")),
                           md_escape(e.text("template")));
    auto session = sessions.find(e.text("session"));
    if (session != sessions.end()) out += ", on the session of " + session->second;
    out += ")\n";
    for (const auto& a : e.record().answers) {
        auto prompt = util::trim(a.prompt.empty() ? a.key : a.prompt);
        out += "  - **" + md_escape_indented(prompt, 4) + "**";
        if (!a.text.empty()) out += "\\\n    " + md_escape_indented(a.text, 4);
        out += "\n";
    }
    return out;
}

std::string schedule_of(const RecordView& h) {
    auto schedule = h.text("schedule");
    if (schedule == "daily") return "daily";
    if (schedule == "weekly") return fmt::format("{} times a week", h.integer("times_per_week"));
    if (schedule == "days") {
        static constexpr const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        std::string days;
        for (int i = 0; i < 7; ++i)
            if ((h.integer("weekdays") >> i) & 1)
                days += (days.empty() ? "" : ", ") + std::string(names[i]);
        return "on " + days;
    }
    auto due = h.day("due_day");
    return due ? "due " + long_day(*due) : "once";
}

std::string homework_item(const RecordView& h, const std::vector<const core::Record*>& steps,
                          const core::RecordKind& step_kind) {
    auto out = fmt::format("- Homework: **{}** ({}",
                           md_escape_indented(util::trim(h.text("title")), 2), schedule_of(h));
    if (h.text("status") != "open") {
        out += ", " + h.text("status");
        if (auto end = h.day("end_day")) out += " " + long_day(*end);
    }
    out += ")\n";
    for (auto [field, label] :
         {std::pair{"anchor", "Anchor"}, std::pair{"barrier", "What may get in the way"},
          std::pair{"plan", "Plan"}, std::pair{"details", "Details"}, std::pair{"link", "Link"}})
        if (!h.text(field).empty())
            out += fmt::format("  - {}: {}\n", label, md_escape_indented(h.text(field), 4));
    for (const auto* step : steps) {
        RecordView s(step_kind, *step);
        out += fmt::format("  - Step {}: {}", s.integer("position"),
                           md_escape_indented(s.text("text"), 4));
        if (auto done = s.instant("done_at"))
            out += " (done " + long_day(core::day_of(*done)) + ")";
        out += "\n";
    }
    return out;
}

std::string checkoff_item(const RecordView& c, const std::map<std::string, std::string>& titles) {
    auto title = titles.find(c.text("homework"));
    auto out =
        fmt::format("- {}{}: {}", when(c, "at"), c.text("status") == "done" ? "Done" : "Skipped",
                    title == titles.end() ? "homework" : md_escape_indented(title->second, 2));
    if (!c.text("note").empty()) out += " (" + md_escape_indented(c.text("note"), 2) + ")";
    return out + "\n";
}

std::string win_item(const RecordView& w) {
    return fmt::format("- {}Win: {}\n", when(w, "at"), md_escape_indented(w.text("text"), 2));
}

std::string journal_item(const RecordView& j) {
    auto out =
        fmt::format("- {}Journal{}", when(j, "at"), j.integer("starred") != 0 ? " (starred)" : "");
    if (!j.text("title").empty()) out += ": **" + md_escape_indented(j.text("title"), 2) + "**";
    if (!j.text("body").empty()) out += " " + md_escape_indented(j.text("body"), 2);
    if (!j.record().tags.empty()) {
        std::string tags;
        for (const auto& t : j.record().tags) tags += (tags.empty() ? "" : ", ") + md_escape(t);
        out += " (tags: " + tags + ")";
    }
    return out + "\n";
}

std::string goal_item(const RecordView& g) {
    auto out =
        fmt::format("- Goal set: **{}**", md_escape_indented(util::trim(g.text("title")), 2));
    if (!g.text("why").empty()) out += " (" + md_escape_indented(g.text("why"), 2) + ")";
    return out + "\n";
}

std::string goal_rating_item(const RecordView& r, const std::map<std::string, std::string>& goals) {
    auto it = goals.find(r.text("goal"));
    auto out = fmt::format("- {}Goal rated {}/10: {}", when(r, "at"), r.integer("rating"),
                           md_escape_indented(it != goals.end() ? it->second : "(a goal)", 2));
    if (!r.text("note").empty()) out += " - " + md_escape_indented(r.text("note"), 2);
    return out + "\n";
}

std::string measure_item(const RecordView& m) {
    return fmt::format("- {}{}: {} ({})\n", when(m, "at"), md_escape(m.text("title")),
                       m.integer("total"), md_escape(m.text("band")));
}

std::string counts(const core::Archive& archive) {
    std::string out;
    const auto& kinds = core::record_kinds();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        auto n = archive.records[k].size();
        if (n == 0) continue;
        out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n,
                           n == 1 ? kinds[k].one : kinds[k].many);
    }
    return out;
}

}  // namespace

std::string archive_journal(const core::Archive& archive) {
    const auto& kinds = core::record_kinds();
    auto records = [&](std::string_view name) -> const std::vector<core::Record>& {
        return archive.records[core::kind_index(name)];
    };
    auto kind = [&](std::string_view name) -> const core::RecordKind& {
        return kinds[core::kind_index(name)];
    };
    std::map<std::string, std::string> session_days, titles;
    for (const auto& r : records("sessions")) {
        RecordView s(kind("sessions"), r);
        if (auto d = s.day("day")) session_days[s.text("uuid")] = long_day(*d);
    }
    std::map<std::string, std::vector<const core::Record*>> steps;
    for (const auto& r : records("homework_steps"))
        steps[RecordView(kind("homework_steps"), r).text("homework")].push_back(&r);
    for (const auto& r : records("homework")) {
        RecordView h(kind("homework"), r);
        titles[h.text("uuid")] = h.text("title");
    }
    std::map<std::string, std::string> goal_titles;
    for (const auto& r : records("goals")) {
        RecordView g(kind("goals"), r);
        goal_titles[g.text("uuid")] = g.text("title");
    }

    std::vector<Event> events;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        for (const auto& r : archive.records[k]) {
            RecordView v(kinds[k], r);
            auto id = kinds[k].id;
            std::string markdown;
            // No default: a new kind must say here how it is written.
            switch (id) {
                case core::KindId::sessions:
                    markdown = session_item(v);
                    break;
                case core::KindId::moods:
                    markdown = mood_item(v);
                    break;
                case core::KindId::entries:
                    markdown = entry_item(v, session_days);
                    break;
                case core::KindId::homework:
                    markdown = homework_item(v, steps[v.text("uuid")], kind("homework_steps"));
                    break;
                case core::KindId::homework_steps:
                    continue;  // listed under their homework
                case core::KindId::checkoffs:
                    markdown = checkoff_item(v, titles);
                    break;
                case core::KindId::wins:
                    markdown = win_item(v);
                    break;
                case core::KindId::goals:
                    markdown = goal_item(v);
                    break;
                case core::KindId::goal_ratings:
                    markdown = goal_rating_item(v, goal_titles);
                    break;
                case core::KindId::measure_results:
                    markdown = measure_item(v);
                    break;
                case core::KindId::journal:
                    markdown = journal_item(v);
                    break;
                case core::KindId::goal_milestones:
                case core::KindId::measure_answers:
                    continue;  // their goal or result says enough
            }
            bool starts = id == core::KindId::homework || id == core::KindId::goals;
            events.push_back({v.text(starts ? "start_day" : "day"), seconds_of(v, "at"), k,
                              std::move(markdown)});
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.day, a.seconds, a.kind) < std::tie(b.day, b.seconds, b.kind);
    });

    std::string out = "# tend journal\n\n";
    auto summary = counts(archive);
    out += fmt::format("Exported {} at {}{}\n", long_day(core::day_of(archive.exported_at)),
                       core::format_hhmm(archive.exported_at),
                       summary.empty() ? ". *Nothing recorded yet.*" : ": " + summary + ".");
    std::string day;
    for (const auto& e : events) {
        if (e.day != day) {
            day = e.day;
            auto d = core::parse_day(day);
            out += fmt::format("\n## {}\n\n", d ? long_day(*d) : md_escape(day));
        }
        out += e.markdown;
    }
    return out;
}

}  // namespace tend::render
