// A device's settings, one row each.
#include "store/setting_store.hpp"

#include "store/sql_util.hpp"

namespace tend::store {

std::optional<std::string> setting(Database& db, const std::string& key) {
    SQLite::Statement q(db.sql(), "SELECT value FROM setting WHERE key = ?");
    bind_values(q, key);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
}

void set_setting(Database& db, const std::string& key, const std::string& value) {
    execute(db,
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key, value);
}

}  // namespace tend::store
