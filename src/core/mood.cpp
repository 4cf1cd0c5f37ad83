#include "core/mood.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {

std::string score_range() {
    return fmt::format("{} to {}", min_score, max_score);
}

int parse_score(std::string_view text) {
    auto value = parse_whole_number(text);
    if (!value || *value < min_score || *value > max_score)
        throw usage_error(fmt::format("mood score must be a whole number from {} (got {})",
                                      score_range(), core::quoted(text)));
    return static_cast<int>(*value);
}

namespace {

std::string stored_tag(std::string_view tag) {
    return util::to_lower(util::trim(tag));
}

std::string checked_tag(std::string_view piece, std::string_view whole) {
    if (auto problem = tag_problem(piece))
        throw usage_error(fmt::format("a tag must be {}; separate several with commas (got {})",
                                      *problem, core::quoted(whole)));
    return stored_tag(piece);
}

}  // namespace

std::optional<std::string> tag_problem(std::string_view raw) {
    auto tag = stored_tag(raw);
    bool valid = util::is_valid_utf8(tag);
    bool control = false;
    for (auto it = tag.begin(); valid && !control && it != tag.end();)
        control = util::acts_on_terminal(utf8::next(it, tag.end()));
    if (tag.empty() || !valid || control || util::code_point_count(tag) > max_tag_length)
        return fmt::format("1 to {} characters without control characters", max_tag_length);
    return std::nullopt;
}

std::string normalise_tag(std::string_view tag) {
    return checked_tag(tag, tag);
}

std::vector<std::string> normalise_tags(const std::vector<std::string>& raw) {
    std::vector<std::string> tags;
    for (const auto& value : raw) {
        std::string_view rest = value;
        for (auto comma = rest.find(',');; comma = rest.find(',')) {
            tags.push_back(checked_tag(rest.substr(0, comma), value));
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

}  // namespace tend::core
