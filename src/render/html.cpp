#include "render/html.hpp"

#include <cstdint>

#include <utf8cpp/utf8.h>

#include "render/terminal.hpp"

namespace tend::render {

std::string html_escape(std::string_view text) {
    auto clean = sanitize(text, /*keep_newlines=*/true);
    std::string out;
    out.reserve(clean.size() + 16);
    auto it = clean.begin();
    while (it != clean.end()) {
        auto start = it;
        auto cp = utf8::next(it, clean.end());
        switch (cp) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            case 0xfffe:
            case 0xffff:
                out += "\xef\xbf\xbd";  // not characters at all, and not allowed in XML
                break;
            default:
                out.append(start, it);
        }
    }
    return out;
}

std::string html_text(std::string_view text) {
    auto escaped = html_escape(text);
    std::string out;
    out.reserve(escaped.size());
    for (char c : escaped) {
        if (c == '\n')
            out += "<br/>\n";
        else
            out.push_back(c);
    }
    return out;
}

std::string html_element(std::string_view tag, std::string_view content,
                         std::string_view attributes) {
    std::string out;
    out.reserve(content.size() + 2 * tag.size() + attributes.size() + 5);
    out += "<";
    out += tag;
    out += attributes;
    out += ">";
    out += content;
    out += "</";
    out += tag;
    out += ">";
    return out;
}

std::string html_paragraph(std::string_view text) {
    return html_element("p", html_text(text)) + "\n";
}

std::string html_list(const std::vector<std::string>& lines) {
    if (lines.empty()) return {};
    std::string out = "<ul>\n";
    for (const auto& l : lines) out += html_element("li", html_text(l)) + "\n";
    return out + "</ul>\n";
}

std::string html_table(std::string_view caption, const std::vector<std::string>& header,
                       const std::vector<bool>& right,
                       const std::vector<std::vector<std::string>>& rows) {
    auto align = [&](std::size_t i) {
        return i < right.size() && right[i] ? std::string_view(" class=\"num\"")
                                            : std::string_view();
    };
    std::string out = "<table>\n" + html_element("caption", html_escape(caption)) + "\n<thead><tr>";
    for (std::size_t i = 0; i < header.size(); ++i)
        out += html_element("th", html_escape(header[i]),
                            std::string(" scope=\"col\"") + std::string(align(i)));
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i)
            out += html_element(i == 0 ? "th" : "td", html_text(row[i]),
                                i == 0 ? std::string(" scope=\"row\"") + std::string(align(i))
                                       : std::string(align(i)));
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace tend::render
