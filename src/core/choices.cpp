#include "core/choices.hpp"

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"

namespace tend::core {

namespace {

std::string listed_with(const std::vector<std::string>& items, std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? last : ", ";
        out += items[i];
    }
    return out;
}

}  // namespace

std::string either_of(const std::vector<std::string>& items) {
    return listed_with(items, " or ");
}

std::string all_of(const std::vector<std::string>& items) {
    return listed_with(items, " and ");
}

std::string comma_list(const std::vector<std::string_view>& words) {
    return fmt::format("{}", fmt::join(words, ", "));
}

void refuse_choice(std::string_view option, std::string_view accepted, std::string_view typed) {
    throw usage_error(fmt::format("{} must be {} (got {})", option, accepted, core::quoted(typed)));
}

}  // namespace tend::core
