#include "render/markdown.hpp"

#include <string_view>

#include "render/terminal.hpp"

namespace tend::render {
namespace {

// Escaped wherever they stand: inline markup, HTML, entities, and pandoc's extensions
// (math, super- and subscript, citations). CommonMark lets any ASCII punctuation be escaped.
constexpr std::string_view always_escaped = "\\`*_[]<>|~&$^@";
// Escaped only where they would start a block: headings, list items, rules, setext underlines.
constexpr std::string_view escaped_at_start = "#+-=";

std::string escape_line(std::string_view line) {
    std::string out;
    out.reserve(line.size() + 8);
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        bool at_start = i == 0 && escaped_at_start.find(c) != std::string_view::npos;
        bool ordered_marker = i == digits && digits > 0 && (c == '.' || c == ')');
        if (always_escaped.find(c) != std::string_view::npos || at_start || ordered_marker)
            out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::string md_escape(std::string_view text) {
    auto clean = sanitize(text, /*keep_newlines=*/true);
    std::string out;
    std::size_t start = 0;
    while (true) {
        auto nl = clean.find('\n', start);
        auto line = std::string_view(clean).substr(start, nl - start);
        // Tabs would start code blocks or misalign; leading spaces would indent.
        std::string flat;
        for (char c : line) flat.push_back(c == '\t' ? ' ' : c);
        auto first = flat.find_first_not_of(' ');
        out += escape_line(first == std::string::npos ? "" : std::string_view(flat).substr(first));
        if (nl == std::string::npos) break;
        out += "\\\n";  // a hard line break that stays inside the same block
        start = nl + 1;
    }
    while (out.size() >= 2 && out.ends_with("\\\n")) out.resize(out.size() - 2);
    return out;
}

std::string md_escape_indented(std::string_view text, std::size_t indent) {
    auto escaped = md_escape(text);
    std::string out;
    for (char c : escaped) {
        out.push_back(c);
        if (c == '\n') out.append(indent, ' ');
    }
    return out;
}

std::string md_cell(std::string_view text) {
    auto escaped = md_escape(text);
    std::string out;
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '\\' && i + 1 < escaped.size() && escaped[i + 1] == '\n') {
            out += "<br>";
            ++i;
        } else {
            out.push_back(escaped[i]);
        }
    }
    return out;
}

std::string md_table(const std::vector<std::string>& header, const std::vector<bool>& right,
                     const std::vector<std::vector<std::string>>& rows) {
    std::string out = "|";
    for (const auto& h : header) out += " " + h + " |";
    out += "\n|";
    for (std::size_t c = 0; c < header.size(); ++c)
        out += (c < right.size() && right[c]) ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& row : rows) {
        out += "|";
        for (std::size_t c = 0; c < header.size(); ++c)
            out += " " + (c < row.size() && !row[c].empty() ? row[c] : std::string()) + " |";
        out += "\n";
    }
    return out;
}

}  // namespace tend::render
