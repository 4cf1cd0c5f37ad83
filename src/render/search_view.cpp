#include "render/search_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/markdown.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

/// A piece of a snippet: text, and whether it is a match.
struct Piece {
    std::string text;
    bool match = false;
};

/// The snippet cut at its match marks, each piece sanitised and its runs of white space (line
/// breaks included) made one space.
std::vector<Piece> pieces_of(std::string_view snippet, bool utf8) {
    std::vector<Piece> out{{}};
    for (char c : snippet) {
        if (c == core::match_start || c == core::match_end) {
            out.push_back({"", c == core::match_start});
            continue;
        }
        out.back().text.push_back(c);
    }
    bool space = false;
    for (auto& p : out) {
        auto clean = sanitize(p.text);
        std::string flat;
        for (char c : clean) {
            bool blank = c == ' ';
            if (!(blank && space)) flat.push_back(c);
            space = blank;
        }
        if (!utf8) {
            for (auto pos = flat.find("…"); pos != std::string::npos; pos = flat.find("…"))
                flat.replace(pos, std::string_view("…").size(), "...");
        }
        p.text = std::move(flat);
    }
    if (!out.empty()) {
        auto& first = out.front().text;
        first.erase(0, first.find_first_not_of(' ') == std::string::npos
                           ? first.size()
                           : first.find_first_not_of(' '));
        auto& last = out.back().text;
        while (!last.empty() && last.back() == ' ') last.pop_back();
    }
    return out;
}

std::string label(const core::SearchHit& hit) {
    if (hit.kind == "checkoff")
        return hit.homework_id ? fmt::format("check-off, hw {}", *hit.homework_id) : "check-off";
    if (hit.kind == "homework") return fmt::format("hw {}", hit.id);
    return fmt::format("{} {}{}", hit.kind, hit.id, hit.is_private ? " (private)" : "");
}

std::string day_text(core::Day day) {
    return core::format_day_short(day).substr(0, 3) + " " + core::format_day(day);
}

/// Markdown for a piece: escaped, with its leading and trailing spaces kept (md_escape would
/// drop a leading one).
std::string md_piece(const Piece& p) {
    auto start = p.text.find_first_not_of(' ');
    if (start == std::string::npos) return p.text;
    auto end = p.text.find_last_not_of(' ');
    auto body = md_escape(std::string_view(p.text).substr(start, end - start + 1));
    auto text = p.text.substr(0, start) + body + p.text.substr(end + 1);
    return p.match ? "**" + body + "**" : text;
}

std::string text_results(const std::vector<core::SearchHit>& hits, const Style& style) {
    if (hits.empty()) return "No matches.\n";
    std::size_t width = 0;
    for (const auto& h : hits) width = std::max(width, util::display_width(label(h)));
    std::string out;
    for (const auto& h : hits) {
        std::string snippet;
        for (const auto& p : pieces_of(h.snippet, style.utf8)) {
            if (!p.match)
                snippet += p.text;
            else if (style.color)
                snippet += paint(style, sgr::bold, p.text);
            else
                snippet += "[" + p.text + "]";
        }
        out +=
            fmt::format("{}  {}  {}\n", day_text(h.day), util::pad_right(label(h), width), snippet);
    }
    return out;
}

std::string markdown_results(const std::vector<core::SearchHit>& hits) {
    if (hits.empty()) return "*No matches.*\n";
    std::string out;
    for (const auto& h : hits) {
        std::string snippet;
        for (const auto& p : pieces_of(h.snippet, true)) snippet += md_piece(p);
        out += fmt::format("- **{}**, {}: {}\n", label(h), day_text(h.day), snippet);
    }
    return out;
}

}  // namespace

Json search_hit_json(const core::SearchHit& hit, std::size_t rank) {
    std::string snippet;
    Json matches = Json::array();
    for (const auto& p : pieces_of(hit.snippet, true)) {
        snippet += p.text;
        if (p.match) matches.push_back(p.text);
    }
    Json out{{"kind", hit.kind}, {"id", hit.id}};
    if (hit.homework_id) out["homework_id"] = *hit.homework_id;
    if (hit.is_private) out["private"] = true;  // only where set, as in the export
    out["day"] = json_day(hit.day);
    out["snippet"] = snippet;
    out["matches"] = matches;
    out["rank"] = rank;
    out["score"] = hit.score;
    return out;
}

std::string search_results(const std::vector<core::SearchHit>& hits, core::Format format,
                           const Style& style) {
    switch (format) {
        case core::Format::json: {
            Json list = Json::array();
            for (std::size_t i = 0; i < hits.size(); ++i)
                list.push_back(search_hit_json(hits[i], i + 1));
            return json_text(list);
        }
        case core::Format::markdown:
            return markdown_results(hits);
        case core::Format::text:
            break;
    }
    return text_results(hits, style);
}

}  // namespace tend::render
