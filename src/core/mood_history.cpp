#include "core/mood_history.hpp"

#include <array>

namespace tend::core {

void MoodHistory::add_entry(Day day, TimeOfDay time, int score) {
    entries.push_back({day, time, score, static_cast<std::uint32_t>(tag_ids.size()), 0});
}

std::uint32_t MoodHistory::intern(std::string_view tag) {
    auto [it, inserted] =
        index_.try_emplace(std::string(tag), static_cast<std::uint32_t>(tag_names.size()));
    if (inserted) tag_names.emplace_back(tag);
    return it->second;
}

void MoodHistory::add_tag_id(std::uint32_t id) {
    auto& e = entries.back();
    for (std::uint32_t k = 0; k < e.tag_count; ++k)
        if (tag_ids[e.first_tag + k] == id) return;
    tag_ids.push_back(id);
    ++e.tag_count;
}

PartOfDay part_of_day(TimeOfDay time) {
    if (time.hour >= 5 && time.hour < 12) return PartOfDay::morning;
    if (time.hour >= 12 && time.hour < 17) return PartOfDay::afternoon;
    if (time.hour >= 17 && time.hour < 22) return PartOfDay::evening;
    return PartOfDay::night;
}

std::string_view part_of_day_name(PartOfDay part) {
    // In the enum's order.
    constexpr std::array<std::string_view, 4> names{"morning", "afternoon", "evening", "night"};
    return names.at(static_cast<std::size_t>(part));
}

}  // namespace tend::core
