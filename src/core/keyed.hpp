// Lists of things that have a `key` (a template's prompts, a measure's items): finding one by
// its key, and naming them all in a message.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tend::core {

/// The element whose key is `key`, or nullptr.
template <class T>
[[nodiscard]] const T* find_key(const std::vector<T>& list, std::string_view key) {
    for (const auto& element : list)
        if (element.key == key) return &element;
    return nullptr;
}

/// The keys in order, comma-separated: "a, b, c".
template <class T>
[[nodiscard]] std::string key_list_of(const std::vector<T>& list) {
    std::string out;
    for (const auto& element : list) out += (out.empty() ? "" : ", ") + element.key;
    return out;
}

}  // namespace tend::core
