// The schema, as forward-only migrations. Never edit a migration that has shipped: add one.
//
// Conventions: every record has an integer `id` (for typing) and a `uuid` (for export, import
// and merge). Instants are `*_utc` (Unix seconds) with `*_offset` (seconds east of UTC in force
// when written); `day` is the local calendar day (YYYY-MM-DD) the record belongs to.
#include "store/database.hpp"

#include <array>

namespace tend::store {
namespace {

constexpr std::string_view schema_1 = R"sql(
CREATE TABLE mood (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    note        TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE INDEX mood_by_day ON mood (day, at_utc);
CREATE INDEX mood_by_time ON mood (at_utc);

CREATE TABLE mood_tag (
    mood_id INTEGER NOT NULL REFERENCES mood (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (mood_id, tag)
) WITHOUT ROWID;
CREATE INDEX mood_tag_by_tag ON mood_tag (tag, mood_id);

-- A session that took place ('held'), is planned ('scheduled'), or was called off ('cancelled').
CREATE TABLE session (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('held', 'scheduled', 'cancelled')),
    note        TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE INDEX session_by_status ON session (status, at_utc);

-- A guided entry: a reflection on a session, prep for the next one, or another worksheet.
CREATE TABLE entry (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('reflection', 'prep', 'worksheet')),
    template    TEXT NOT NULL,
    session_id  INTEGER REFERENCES session (id) ON DELETE SET NULL,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE INDEX entry_by_day ON entry (day, kind);
CREATE INDEX entry_by_session ON entry (session_id, kind);

-- The answers of a guided entry, in the template's order; the prompt is kept as it was asked.
CREATE TABLE entry_answer (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key      TEXT NOT NULL,
    prompt   TEXT NOT NULL,
    answer   TEXT NOT NULL,
    PRIMARY KEY (entry_id, key)
) WITHOUT ROWID;

-- Homework. schedule: 'once' (due_day), 'daily', 'days' (weekdays: bit 0 Monday .. bit 6
-- Sunday), 'weekly' (times_per_week). It applies from start_day; end_day is set when it is
-- done (one-off) or dropped.
CREATE TABLE homework (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL CHECK (title <> ''),
    session_id     INTEGER REFERENCES session (id) ON DELETE SET NULL,
    schedule       TEXT NOT NULL CHECK (schedule IN ('once', 'daily', 'days', 'weekly')),
    due_day        TEXT,
    weekdays       INTEGER NOT NULL DEFAULT 0,
    times_per_week INTEGER NOT NULL DEFAULT 0,
    anchor         TEXT NOT NULL DEFAULT '',
    barrier        TEXT NOT NULL DEFAULT '',
    plan           TEXT NOT NULL DEFAULT '',
    link           TEXT NOT NULL DEFAULT '',
    details        TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    start_day      TEXT NOT NULL,
    end_day        TEXT,
    created_utc    INTEGER NOT NULL,
    updated_utc    INTEGER NOT NULL
);
CREATE INDEX homework_by_status ON homework (status, due_day);

CREATE TABLE homework_step (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    homework_id INTEGER NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    done_utc    INTEGER,
    done_offset INTEGER,
    UNIQUE (homework_id, position)
);

-- One check-off per homework occurrence (its day): done or skipped, with an optional note.
CREATE TABLE checkoff (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    homework_id INTEGER NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('done', 'skipped')),
    note        TEXT NOT NULL DEFAULT '',
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    created_utc INTEGER NOT NULL,
    UNIQUE (homework_id, day)
);
CREATE INDEX checkoff_by_day ON checkoff (day, homework_id);

CREATE TABLE win (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (text <> ''),
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE INDEX win_by_day ON win (day, at_utc);
)sql";

// Prep since the latest session, and other questions of one kind of entry over time, without
// reading every entry.
constexpr std::string_view schema_2 = R"sql(
CREATE INDEX entry_by_kind ON entry (kind, at_utc);
)sql";

constexpr std::array<std::string_view, 2> all_migrations{schema_1, schema_2};

}  // namespace

std::span<const std::string_view> migrations() { return all_migrations; }

}  // namespace tend::store
