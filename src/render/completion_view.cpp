#include "render/completion_view.hpp"

#include <fmt/format.h>

#include "render/terminal.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using core::completion::Candidate;
using core::completion::CommandSpec;

/// Descriptions longer than this are cut: shells show them beside the value, on one line.
constexpr std::size_t description_width = 72;

/// Text for one field of a line: no tabs or newlines, no control characters.
std::string field(std::string_view text) {
    return sanitize(util::trim(text));
}

void tree_of(const CommandSpec& command, const std::string& path, std::string& out) {
    out += fmt::format("command\t{}\t{}\n", path, field(command.description));
    for (const auto& a : command.aliases) out += fmt::format("alias\t{}\t{}\n", path, a);
    for (const auto& p : command.positionals)
        out += fmt::format("positional\t{}\t{}\t{}\n", path, p.name, field(p.description));
    for (const auto& o : command.options) {
        std::string names;
        for (const auto& n : o.names) names += (names.empty() ? "" : ",") + n;
        out += fmt::format("option\t{}\t{}\t{}\t{}\n", path, names, o.value_name,
                           field(o.description));
    }
    for (const auto& sub : command.subcommands) tree_of(sub, path + " " + sub.name, out);
}

}  // namespace

std::string candidate_lines(const std::vector<Candidate>& list) {
    std::string out;
    for (const auto& c : list) {
        auto value = field(c.value);
        if (value.empty()) continue;
        auto about = util::truncate(field(c.description), description_width);
        out += about.empty() ? value + "\n" : fmt::format("{}\t{}\n", value, about);
    }
    return out;
}

std::vector<Candidate> record_candidates(const std::vector<core::completion::RecordPick>& picks) {
    std::vector<Candidate> out;
    for (const auto& p : picks) {
        std::string about;
        auto add = [&about](std::string_view part) {
            auto text = util::trim(part);
            if (!text.empty()) about += (about.empty() ? "" : " · ") + std::string(text);
        };
        if (p.day) add(core::format_day_short(*p.day));
        add(p.what);
        if (p.note != p.what) add(p.note);
        out.push_back({std::to_string(p.id), about});
    }
    return out;
}

std::vector<Candidate> tag_candidates(const std::vector<core::completion::TagUse>& tags) {
    std::vector<Candidate> out;
    for (const auto& t : tags)
        out.push_back({t.tag, fmt::format("{} mood{}", t.count, t.count == 1 ? "" : "s")});
    return out;
}

std::string command_tree_lines(const CommandSpec& root) {
    std::string out;
    tree_of(root, root.name, out);
    return out;
}

}  // namespace tend::render
