// Reading the JSON arrays that a store query gathers per record with json_group_array (a
// homework's steps, a goal's milestones and ratings, a result's answers), so that a listing
// is one query. Included by the store files that read such columns, not by sql_util.hpp: the
// JSON library is heavy to parse.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/clock.hpp"

namespace tend::store {

/// Each element of a JSON array column read by `read(element)`; no items when the text is not
/// a JSON array (NULL, say).
template <class Read>
auto json_rows(const std::string& json_text, Read read) {
    std::vector<decltype(read(std::declval<const nlohmann::json&>()))> out;
    auto array = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (!array.is_array()) return out;
    for (const auto& row : array) out.push_back(read(row));
    return out;
}

/// An instant from a UTC-seconds and an offset element; nothing when the seconds are null, a
/// null offset as UTC.
[[nodiscard]] inline std::optional<core::Instant> optional_instant(const nlohmann::json& utc,
                                                                   const nlohmann::json& offset) {
    if (utc.is_null()) return std::nullopt;
    return core::Instant{utc.get<std::int64_t>(), offset.is_null() ? 0 : offset.get<int>()};
}

/// The items of a checklist column, each gathered as json_array(position, uuid, text,
/// done_utc, done_offset): a homework's steps, a goal's milestones.
template <class Item>
std::vector<Item> checklist_items(const std::string& json_text) {
    return json_rows(json_text, [](const nlohmann::json& row) {
        Item item;
        item.position = row.at(0).get<int>();
        item.uuid = row.at(1).get<std::string>();
        item.text = row.at(2).get<std::string>();
        item.done_at = optional_instant(row.at(3), row.at(4));
        return item;
    });
}

}  // namespace tend::store
