#include "core/win.hpp"

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {

std::string win_text(const std::vector<std::string>& words) {
    std::string joined;
    for (const auto& w : words) {
        if (!joined.empty()) joined += ' ';
        joined += w;
    }
    auto text = std::string(util::trim(joined));
    if (text.empty())
        throw usage_error("a win needs a few words, e.g. tend win \"asked for help at work\"");
    check_text(text, "win");
    return text;
}

}  // namespace tend::core
