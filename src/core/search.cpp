#include "core/search.hpp"

#include "util/text.hpp"

namespace tend::core {

std::string plain_words_query(const std::vector<std::string>& words, bool prefix) {
    std::string query;
    for (const auto& word : words) {
        if (util::trim(word).empty()) continue;
        if (!query.empty()) query += ' ';
        query += '"';
        for (char c : word) {
            if (c == '"') query += '"';
            query += c;
        }
        query += '"';
        if (prefix) query += '*';
    }
    return query;
}

}  // namespace tend::core
