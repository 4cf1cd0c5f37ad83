// The tables and columns of the record kinds (store/schema.cpp has the tables themselves).
#include "store/archive_tables.hpp"

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace tend::store {
namespace {

struct KindTable {
    std::string_view kind;   ///< core::RecordKind::name
    std::string_view table;  ///< its table
    /// The fields whose column is not named like the field: (field, column).
    std::vector<std::pair<std::string_view, std::string_view>> renamed;
};

const std::vector<KindTable>& kind_tables() {
    static const std::vector<KindTable> tables{
        {"sessions", "session", {{"created_at", "created_utc"}, {"updated_at", "updated_utc"}}},
        {"moods", "mood", {{"created_at", "created_utc"}, {"updated_at", "updated_utc"}}},
        {"entries",
         "entry",
         {{"session", "session_id"}, {"created_at", "created_utc"}, {"updated_at", "updated_utc"}}},
        {"goals", "goal", {{"created_at", "created_utc"}, {"updated_at", "updated_utc"}}},
        {"homework",
         "homework",
         {{"session", "session_id"},
          {"created_at", "created_utc"},
          {"updated_at", "updated_utc"},
          {"goal", "goal_id"}}},
        {"homework_steps",
         "homework_step",
         {{"homework", "homework_id"}, {"done_at", "done"}, {"updated_at", "updated_utc"}}},
        {"checkoffs", "checkoff", {{"homework", "homework_id"}, {"created_at", "created_utc"}}},
        {"wins", "win", {{"created_at", "created_utc"}, {"updated_at", "updated_utc"}}},
        {"goal_milestones",
         "goal_milestone",
         {{"goal", "goal_id"}, {"done_at", "done"}, {"updated_at", "updated_utc"}}},
        {"goal_ratings", "goal_rating", {{"goal", "goal_id"}, {"created_at", "created_utc"}}},
        {"measure_results", "measure_result", {{"created_at", "created_utc"}}},
        {"measure_answers", "measure_answer", {{"result", "result_id"}}},
        {"journal", "journal", {{"created_at", "created_utc"}, {"updated_at", "updated_utc"}}},
    };
    return tables;
}

const KindTable& table_for(const core::RecordKind& kind) {
    for (const auto& t : kind_tables())
        if (t.kind == kind.name) return t;
    throw std::logic_error("no table for the record kind " + std::string(kind.name));
}

}  // namespace

std::string_view table_of(const core::RecordKind& kind) {
    return table_for(kind).table;
}

std::string tag_table_of(const core::RecordKind& kind) {
    return std::string(table_for(kind).table) + "_tag";
}

std::string tag_owner_of(const core::RecordKind& kind) {
    return std::string(table_for(kind).table) + "_id";
}

std::string_view column_of(const core::RecordKind& kind, const core::Field& field) {
    for (const auto& [name, column] : table_for(kind).renamed)
        if (name == field.name) return column;
    return field.name;
}

}  // namespace tend::store
