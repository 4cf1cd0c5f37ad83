#include "store/journal_store.hpp"

#include <string>
#include <utility>
#include <vector>

#include "core/merge.hpp"
#include "store/sql_util.hpp"

namespace tend::store {
namespace {

constexpr const char* select_journal =
    "SELECT id, uuid, at_utc, at_offset, day, title, body, starred, (SELECT group_concat(tag, "
    "char(31)) FROM (SELECT tag FROM journal_tag WHERE journal_id = journal.id ORDER BY tag)) "
    "FROM journal ";

core::JournalEntry read_journal(SQLite::Statement& q) {
    core::JournalEntry e;
    read_stamp(q, e);
    e.title = q.getColumn(5).getString();
    e.body = q.getColumn(6).getString();
    e.starred = q.getColumn(7).getInt() != 0;
    e.tags = split_unit_separated(q.getColumn(8).getString());
    return e;
}

}  // namespace

std::vector<core::JournalEntry> list_journal(Database& db, const core::Period& period) {
    return rows_where(db, select_journal, period_clause(period, "day", "at_utc"),
                      " ORDER BY at_utc, id", read_journal);
}

std::optional<core::JournalEntry> find_journal(Database& db, std::int64_t id) {
    return find_by_id(db, select_journal, id, read_journal);
}

void delete_journal(Database& db, std::int64_t id) {
    execute(db, "DELETE FROM journal WHERE id = ?", id);
}

core::ImportReport import_journal(Database& db, core::Archive archive, const Progress& progress) {
    auto at = core::kind_index("journal");
    const auto& kind = core::record_kinds()[at];
    auto created = core::field_index(kind, "created_at");
    std::size_t unchanged = 0;
    std::size_t deleted = 0;
    std::vector<core::Record> changed;
    DeletedHere deleted_here(db);
    for (auto& incoming : archive.records[at]) {
        const auto& uuid = std::get<std::string>(incoming.values.front());
        auto here = find_record(db, at, uuid);
        if (!here && deleted_here(uuid)) {
            ++deleted;  // deleted here after an earlier import: it stays deleted
            continue;
        }
        if (here && core::compare_content(kind, *here, incoming) == 0) {
            ++unchanged;
            continue;
        }
        if (here) incoming.values[created] = here->values[created];
        changed.push_back(std::move(incoming));
    }
    archive.records[at] = std::move(changed);
    auto report = import_archive(db, archive, progress);
    report.kinds[at].unchanged += unchanged;
    DeletedHere::skipped(report, at, deleted);
    return report;
}

}  // namespace tend::store
