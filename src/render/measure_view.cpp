#include "render/measure_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {
namespace {

/// "+3 since Tue 10 Nov (no reliable change)", without the threshold's words when the measure
/// has none; `what` comes before the day ("the first, ").
std::string change_since(const core::Measure& m, const core::MeasureResult& from, int total,
                         std::string_view what) {
    auto text = fmt::format("{} since {}{}", signed_number(total - from.total), what,
                            weekday_and_day(from.day));
    if (auto c = m.change(from.total, total)) text += fmt::format(" ({})", core::change_name(*c));
    return text;
}

Json change_json(const core::Measure& m, const std::optional<core::MeasureResult>& from,
                 int total) {
    if (!from) return nullptr;
    Json out{
        {"from_id", from->id}, {"from_day", json_day(from->day)}, {"points", total - from->total}};
    auto c = m.change(from->total, total);
    out["verdict"] = c ? Json(core::change_name(*c)) : Json(nullptr);
    return out;
}

std::string last_taken(const std::vector<core::MeasureResult>& latest, const std::string& name) {
    for (const auto& r : latest)
        if (r.measure == name) return fmt::format("{} ({})", weekday_and_day(r.day), r.total);
    return "never";
}

}  // namespace

std::string signed_number(int n) {
    return n > 0 ? fmt::format("+{}", n) : std::to_string(n);
}

std::string measure_intro(const core::Measure& m, const Style& style) {
    std::string out = paint(style, sgr::bold, sanitize(m.title)) + "\n";
    if (!m.source.empty()) out += paint(style, sgr::dim, sanitize(m.source)) + "\n";
    out += "Type the number of your answer; Ctrl-D stops without saving.\n";
    if (!m.stem.empty()) out += "\n" + sanitize(m.stem) + "\n";
    return out;
}

std::string measure_question(const core::MeasureItem& item, std::size_t n, std::size_t count,
                             const Style& style) {
    std::string out =
        fmt::format("\n{} {}\n", paint(style, sgr::dim, fmt::format("{}/{}", n, count)),
                    paint(style, sgr::bold, sanitize(item.text)));
    for (const auto& c : item.choices)
        out += fmt::format("  {}  {}\n", paint(style, sgr::cyan, std::to_string(c.value)),
                           sanitize(c.label));
    return out;
}

Json measure_result_json(const core::MeasureResult& r) {
    Json answers = Json::array();
    for (const auto& a : r.answers)
        answers.push_back(Json{{"item", a.item},
                               {"number", a.position},
                               {"value", a.value},
                               {"label", a.label},
                               {"critical", a.critical}});
    return Json{{"id", r.id},       {"uuid", r.uuid},           {"measure", r.measure},
                {"title", r.title}, {"at", json_instant(r.at)}, {"day", json_day(r.day)},
                {"total", r.total}, {"band", r.band},           {"answers", answers}};
}

std::string safety_text(const std::vector<std::string>& lines, const Style& style) {
    std::string out;
    for (const auto& line : lines) out += paint(style, sgr::bold, sanitize(line)) + "\n";
    return out;
}

std::string measure_taken(const core::Measure& m, const core::MeasureResult& r,
                          const ResultContext& before, const Style& style) {
    auto out = fmt::format("{} {} of {}: {}", sanitize(m.title),
                           paint(style, sgr::bold, std::to_string(r.total)), m.max_total(),
                           sanitize(r.band));
    if (auto is_case = m.is_case(r.total))
        out += *is_case ? ", in the clinical range" : ", below the clinical range";
    out += fmt::format(" (saved as check {}).\n", r.id);
    if (before.previous) out += change_since(m, *before.previous, r.total, "") + ".\n";
    if (before.first && before.previous && before.first->id != before.previous->id)
        out += change_since(m, *before.first, r.total, "the first, ") + ".\n";
    return out;
}

Json measure_taken_json(const core::Measure& m, const core::MeasureResult& r,
                        const ResultContext& before, const std::vector<std::string>& safety) {
    auto out = measure_result_json(r);
    auto is_case = m.is_case(r.total);
    out["is_case"] = is_case ? Json(*is_case) : Json(nullptr);
    out["change_since_previous"] = change_json(m, before.previous, r.total);
    out["change_since_first"] = change_json(m, before.first, r.total);
    out["safety"] = safety;
    return out;
}

std::string measure_list(const std::vector<core::Measure>& measures,
                         const std::vector<core::MeasureResult>& latest, core::Format format,
                         const Style& style) {
    if (format == core::Format::json)
        return json_list(measures, [&](const core::Measure& m) {
            Json last = nullptr;
            for (const auto& r : latest)
                if (r.measure == m.name) last = measure_result_json(r);
            return Json{
                {"name", m.name},          {"title", m.title},       {"description", m.description},
                {"items", m.items.size()}, {"builtin", m.builtin()}, {"last", last}};
        });
    Rows rows;
    for (const auto& m : measures)
        rows.push_back({m.name, m.title, std::to_string(m.items.size()), last_taken(latest, m.name),
                        m.description});
    return listing(format, style,
                   {{"Name"}, {"Title"}, {"Items", Align::right}, {"Last taken"}, {"About"}},
                   std::move(rows), "");
}

std::string measure_history(const std::vector<core::MeasureResult>& results, core::Format format,
                            const Style& style) {
    if (format == core::Format::json) return json_list(results, measure_result_json);
    Rows rows;
    for (const auto& r : results)
        rows.push_back({std::to_string(r.id), weekday_and_day(r.day), r.title,
                        std::to_string(r.total), r.band});
    return listing(format, style,
                   {{"ID", Align::right}, {"Day"}, {"Measure"}, {"Score", Align::right}, {"Band"}},
                   std::move(rows), "No results to show.");
}

}  // namespace tend::render
