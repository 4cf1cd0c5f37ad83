#include "store/sql_util.hpp"

namespace tend::store {

core::Day day_column(const SQLite::Column& column) {
    if (auto d = core::parse_day(column.getString())) return *d;
    return core::Day{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
}

std::optional<std::string> day_text(const std::optional<core::Day>& day) {
    if (!day) return std::nullopt;
    return core::format_day(*day);
}

std::vector<std::string> split_unit_separated(const std::string& text) {
    std::vector<std::string> out;
    if (text.empty()) return out;
    std::size_t start = 0;
    while (true) {
        auto sep = text.find('\x1f', start);
        out.push_back(text.substr(start, sep - start));
        if (sep == std::string::npos) break;
        start = sep + 1;
    }
    return out;
}

void Clause::bind(SQLite::Statement& q) const {
    int index = 1;
    for (const auto& p : params) std::visit([&](const auto& v) { q.bind(index++, v); }, p);
}

Clause open_only(bool include_closed) {
    if (include_closed) return {};
    return {"WHERE status = 'open'", {}};
}

Clause period_clause(const core::Period& period, const char* day_col, const char* utc_col) {
    Clause c;
    auto add = [&](const core::Bound& b, const char* op_day, const char* op_utc, bool upper) {
        c.sql += c.sql.empty() ? "WHERE " : " AND ";
        if (b.at) {
            c.sql += std::string(utc_col) + " " + op_utc + " ?";
            // "--until 18:30" includes the whole of that minute.
            bool whole_minute = upper && core::time_of(*b.at).second == 0;
            c.params.emplace_back(b.at->utc + (whole_minute ? 59 : 0));
        } else {
            c.sql += std::string(day_col) + " " + op_day + " ?";
            c.params.emplace_back(core::format_day(b.day));
        }
    };
    if (period.since) add(*period.since, ">=", ">=", false);
    if (period.until) add(*period.until, "<=", "<=", true);
    if (!c.sql.empty()) c.sql += " ";
    return c;
}

}  // namespace tend::store
