#include "store/daylio_store.hpp"

#include <optional>
#include <string>
#include <utility>

#include "store/mood_store.hpp"
#include "store/sql_util.hpp"
#include "store/transfer_store.hpp"

namespace tend::store {
namespace {

/// The moods of the file that are here already, found by UUID.
class DaylioMatcher {
public:
    explicit DaylioMatcher(Database& db)
        : find_(db.sql(), "SELECT id FROM mood WHERE uuid = ?"),
          rekey_(db.sql(), "UPDATE mood SET uuid = ? WHERE id = ?"),
          deleted_here_(db) {}

    /// The local id of the mood with this UUID, or of the one with the earlier UUID (which is
    /// then given the new one), or nullopt.
    std::optional<std::int64_t> find(const std::string& uuid, const std::string& earlier) {
        if (auto id = id_of(uuid)) return id;
        auto id = id_of(earlier);
        if (!id) return std::nullopt;
        rekey_.reset();
        bind_values(rekey_, uuid, *id);
        rekey_.exec();
        return id;
    }

    /// True if a mood of the file was deleted here, under either of its UUIDs.
    bool deleted(const std::string& uuid, const std::string& earlier) {
        return deleted_here_(uuid) || deleted_here_(earlier);
    }

private:
    std::optional<std::int64_t> id_of(const std::string& uuid) {
        find_.reset();
        bind_values(find_, uuid);
        if (!find_.executeStep()) return std::nullopt;
        return find_.getColumn(0).getInt64();
    }

    SQLite::Statement find_;
    SQLite::Statement rekey_;
    DeletedHere deleted_here_;
};

}  // namespace

core::ImportReport import_daylio(Database& db, const core::DaylioFile& file,
                                 const core::Instant& now, const Progress& progress) {
    std::size_t updated = 0, unchanged = 0, deleted = 0;
    const auto moods = core::kind_index("moods");
    DaylioMatcher matcher(db);
    // A mood not here is added as an import adds it, one record at a time: nothing but the
    // file's moods is held.
    ArchiveImport added(db);
    std::size_t done = 0, all = file.moods.size();
    for (std::size_t i = 0; i < file.moods.size(); ++i) {
        const auto& incoming = file.moods[i];
        if (progress) progress(++done, all);
        auto id = matcher.find(incoming.uuid, file.earlier_uuids[i]);
        if (!id) {
            // Deleted here after an earlier import: Daylio's file does not say when its entries
            // changed, so the deletion, the later act, stands.
            if (matcher.deleted(incoming.uuid, file.earlier_uuids[i])) {
                ++deleted;
            } else {
                auto record = core::mood_record(incoming, now);
                added.record(moods, record);
            }
            continue;
        }
        auto here = find_mood(db, *id);
        if (here->score == incoming.score && here->note == incoming.note &&
            here->tags == incoming.tags) {
            ++unchanged;
        } else {
            here->score = incoming.score;
            here->note = incoming.note;
            here->tags = incoming.tags;
            update_mood(db, *here, now);
            ++updated;
        }
    }
    auto report = added.report();
    auto& counts = report.kinds[moods];
    counts.updated += updated;
    counts.unchanged += unchanged;
    DeletedHere::skipped(report, moods, deleted);
    return report;
}

}  // namespace tend::store
