// How two copies of the same record, or a record and its deletion, are merged so that any set of
// devices exchanging exports in any order ends with the same data. The rules, one per record
// (its UUID):
//
// - A record's change time is its updated_at, else (a kind that is written once) its created_at,
//   else 0.
// - Of two copies, the one changed later wins. When they hold the same content (every field but
//   created_at and updated_at, with tags and answers), they are one: the earlier created_at and
//   the later updated_at are kept. Otherwise, at the same change time, the greater content wins
//   in a fixed order of the fields (null < number < text < instant, each in its own order).
// - A deletion (a tombstone: kind, UUID, time) is never earlier than the record's last change
//   where it was made. It removes a record changed at or before its time, and keeps a later copy
//   of the record from coming back; a record changed after it wins, and the tombstone goes. Of
//   two tombstones, the later time is kept.
// - Two records with different UUIDs that a second unique rule says are one (the same
//   homework's check-off for a day, a step at the same position...) keep the winner by the rule
//   above (the UUID last in the order); the other is deleted at the later of their change times.
#pragma once

#include <cstdint>
#include <string>

#include "core/archive.hpp"

namespace tend::core {

/// The record's change time: updated_at, else created_at, else 0.
[[nodiscard]] std::int64_t changed_at(const RecordKind& kind, const Record& record);

/// Compares the content of two records of a kind: every field but created_at and updated_at,
/// then tags and answers. Negative, zero or positive; the same on every device.
[[nodiscard]] int compare_content(const RecordKind& kind, const Record& a, const Record& b);

/// Which of two copies of a record is kept.
enum class MergeOutcome {
    keep_local,     ///< the record here wins, unchanged
    take_incoming,  ///< the incoming record replaces it
    same,           ///< the same content; stamps merged into `merged` (it may differ in them)
};

/// Merges two copies of one record (same UUID). For MergeOutcome::same, `merged` receives the
/// local record with the earlier created_at and the later updated_at.
[[nodiscard]] MergeOutcome merge_records(const RecordKind& kind, const Record& local,
                                         const Record& incoming, Record& merged);

/// True if the first of two records with a clash (different UUIDs, one occurrence) wins.
[[nodiscard]] bool wins_clash(const RecordKind& kind, const Record& a, const Record& b);

/// True if a deletion at `deleted` removes a record last changed at `changed`.
[[nodiscard]] inline bool deletion_wins(std::int64_t deleted, std::int64_t changed) {
    return deleted >= changed;
}

}  // namespace tend::core
