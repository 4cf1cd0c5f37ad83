// The safety message and the therapist's flag, composed from critical answers and contacts.
// The wording is calm and direct: it says what to do, and never what the answer means.
#include "core/safety.hpp"

#include <fmt/format.h>

namespace tend::core {

std::vector<std::string> safety_message(const std::vector<CriticalAnswer>& answers,
                                        const std::vector<SafetyContact>& contacts,
                                        std::string_view config_file) {
    std::vector<std::string> lines;
    if (answers.empty()) return lines;
    for (const auto& a : answers)
        lines.push_back(
            fmt::format("You answered \"{}\" to {} item {}.", a.label, a.measure, a.number));
    lines.emplace_back(
        "Thoughts like these are worth telling your therapist about; you do not have to wait "
        "for your next session.");
    if (contacts.empty()) {
        lines.emplace_back(
            "If you feel you might act on them, please call your local emergency number now, "
            "or a crisis line in your country.");
        lines.push_back(
            fmt::format("To list the people to contact here, add them to {}:", config_file));
        lines.emplace_back("  [safety]");
        lines.emplace_back("  contacts = [{ name = \"My therapist\", phone = \"their number\" }]");
        return lines;
    }
    lines.emplace_back("If you feel you might act on them, please contact someone now:");
    for (const auto& c : contacts)
        lines.push_back(c.phone.empty() ? fmt::format("  {}", c.name)
                                        : fmt::format("  {}: {}", c.name, c.phone));
    lines.emplace_back("In an emergency, call your local emergency number.");
    return lines;
}

std::string safety_flag(const CriticalAnswer& answer, std::string_view when) {
    return fmt::format("{} item {} answered \"{}\" on {}", answer.measure, answer.number,
                       answer.label, when);
}

}  // namespace tend::core
