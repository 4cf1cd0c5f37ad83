#include "store/completion_store.hpp"

#include "store/sql_util.hpp"

namespace tend::store {
namespace {

using core::completion::Record;
using core::completion::RecordPick;

/// Each query gives id, day (or NULL), what, note.
const char* picks_query(Record kind) {
    switch (kind) {
        case Record::homework:
            return "SELECT id, NULL, title, '' FROM homework WHERE status = 'open' ORDER BY id";
        case Record::mood:
            return "SELECT id, day, score, note FROM mood ORDER BY at_utc DESC, id DESC LIMIT ?";
        case Record::session:
            return "SELECT id, day, status, note FROM session ORDER BY at_utc DESC, id DESC "
                   "LIMIT ?";
        case Record::entry:
            return "SELECT id, day, kind, template FROM entry ORDER BY at_utc DESC, id DESC "
                   "LIMIT ?";
        case Record::goal:
            return "SELECT id, NULL, title, '' FROM goal WHERE status = 'open' ORDER BY id";
        case Record::win:
            return "SELECT id, day, text, '' FROM win ORDER BY at_utc DESC, id DESC LIMIT ?";
    }
    return "";
}

}  // namespace

std::vector<RecordPick> record_picks(Database& db, Record kind) {
    SQLite::Statement q(db.sql(), picks_query(kind));
    if (q.getBindParameterCount() > 0) bind_values(q, completion_limit);
    std::vector<RecordPick> out;
    while (q.executeStep()) {
        RecordPick p;
        p.id = q.getColumn(0).getInt64();
        if (!q.getColumn(1).isNull()) p.day = day_column(q.getColumn(1));
        p.what = q.getColumn(2).getString();
        p.note = q.getColumn(3).getString();
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<core::completion::TagUse> tags_in_use(Database& db) {
    SQLite::Statement q(db.sql(),
                        "SELECT tag, count(*) AS uses FROM mood_tag GROUP BY tag "
                        "ORDER BY uses DESC, tag LIMIT 200");
    std::vector<core::completion::TagUse> out;
    while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64()});
    return out;
}

}  // namespace tend::store
