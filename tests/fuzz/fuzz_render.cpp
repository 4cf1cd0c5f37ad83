// libFuzzer target: user text through the renderers (render::sanitize, the Markdown and HTML
// escapes, the text table, JSON, and the mood listing in every format). Whatever the text: no
// crash, nothing that acts on a terminal in text, Markdown or HTML, no markup character left in
// HTML, no line break inside a Markdown table cell, and JSON that reads back to the same text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <utf8cpp/utf8.h>
#include <nlohmann/json.hpp>

#include "core/mood.hpp"
#include "fuzz_check.hpp"
#include "render/html.hpp"
#include "render/json.hpp"
#include "render/markdown.hpp"
#include "render/mood_view.hpp"
#include "render/table.hpp"
#include "render/terminal.hpp"

using namespace tend;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    bool valid = utf8::is_valid(text.begin(), text.end());

    auto line = render::sanitize(text);
    fuzz::check_shows_safely(line);
    FUZZ_CHECK(render::sanitize(line) == line);
    fuzz::check_shows_safely(render::sanitize(text, /*keep_newlines=*/true), "\n\t");

    fuzz::check_shows_safely(render::md_escape(text), "\n");
    auto cell = render::md_cell(text);
    fuzz::check_shows_safely(cell);
    for (std::size_t i = 0; i < cell.size(); ++i)
        if (cell[i] == '|') FUZZ_CHECK(i > 0 && cell[i - 1] == '\\');

    auto html = render::html_escape(text);
    fuzz::check_shows_safely(html, "\n\t");
    for (char c : html) FUZZ_CHECK(c != '<' && c != '>' && c != '"' && c != '\'');
    for (std::size_t at = html.find('&'); at != std::string::npos; at = html.find('&', at + 1)) {
        auto entity = std::string_view(html).substr(at, 6);
        FUZZ_CHECK(entity.starts_with("&amp;") || entity.starts_with("&lt;") ||
                   entity.starts_with("&gt;") || entity.starts_with("&quot;") ||
                   entity.starts_with("&#39;"));
    }

    render::Style plain{false, true};
    fuzz::check_shows_safely(
        render::text_table(plain, {{"A", render::Align::left}, {"B", render::Align::right}},
                           {{text, "1"}, {"x", text}}),
        "\n");

    auto json = render::json_text(render::Json(text));
    fuzz::check_shows_safely(json, "\n");
    auto back = nlohmann::json::parse(json).get<std::string>();
    if (valid) FUZZ_CHECK(back == text);

    core::Mood mood;
    mood.id = 1;
    mood.uuid = "00000000-0000-4000-8000-000000000000";
    mood.at = core::parse_iso("2026-11-20T08:30:00+01:00").value();
    mood.day = core::day_of(mood.at);
    mood.score = 5;
    mood.note = text;
    mood.tags = {text};
    for (auto format : {core::Format::text, core::Format::markdown})
        fuzz::check_shows_safely(render::mood_list({mood}, format, plain), "\n");
    auto listed = nlohmann::json::parse(render::mood_list({mood}, core::Format::json, plain));
    if (valid) FUZZ_CHECK(listed.at(0).at("note").get<std::string>() == text);
    return 0;
}
