// The schema, as forward-only migrations. Never edit a migration that has shipped: add one.
//
// Conventions: every record has an integer `id` (for typing) and a `uuid` (for export, import
// and merge). Instants are `*_utc` (Unix seconds) with `*_offset` (seconds east of UTC in force
// when written); `day` is the local calendar day (YYYY-MM-DD) the record belongs to.
#include "store/database.hpp"

#include <array>
#include <tuple>
#include <type_traits>

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

// Full-text search over what the client wrote: mood and session notes, the answers of guided
// entries, homework (title, details, anchor, barrier, plan and steps), check-off notes and wins.
// One row per record, kept in step by triggers. Its rowid is the record's id * 8 plus a code
// for its table (1 mood, 2 session, 3 entry, 4 homework, 5 check-off, 6 win), so that a trigger
// finds the row to replace without a scan. `kind` is what a result shows, `day` and `at_utc`
// serve --since and --until. A change to a step or an answer touches its parent (an UPDATE that
// sets a column to itself), whose trigger rebuilds the parent's row. When indexed text is
// deleted or replaced, the index is merged ('optimize'): FTS5 otherwise keeps the old words in
// its segments until some later merge, and deleted text must not stay readable in the file
// (secure_delete then zeroes the freed pages).
constexpr std::string_view schema_2 = R"sql(
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED, day UNINDEXED, at_utc UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER mood_search_insert AFTER INSERT ON mood WHEN NEW.note <> '' BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 1, 'mood', NEW.day, NEW.at_utc, NEW.note);
END;
CREATE TRIGGER mood_search_update AFTER UPDATE OF note, day, at_utc ON mood BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 1, 'mood', NEW.day, NEW.at_utc, NEW.note WHERE NEW.note <> '';
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER mood_search_delete AFTER DELETE ON mood WHEN OLD.note <> '' BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;

CREATE TRIGGER session_search_insert AFTER INSERT ON session WHEN NEW.note <> '' BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 2, 'session', NEW.day, NEW.at_utc, NEW.note);
END;
CREATE TRIGGER session_search_update AFTER UPDATE OF note, day, at_utc ON session BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 2, 'session', NEW.day, NEW.at_utc, NEW.note WHERE NEW.note <> '';
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER session_search_delete AFTER DELETE ON session WHEN OLD.note <> '' BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;

CREATE TRIGGER entry_search_insert AFTER INSERT ON entry BEGIN
    UPDATE entry SET day = day WHERE id = NEW.id;
END;
CREATE TRIGGER entry_search_update AFTER UPDATE OF kind, day, at_utc ON entry BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 3, NEW.kind, NEW.day, NEW.at_utc, body
    FROM (SELECT group_concat(answer, char(10)) AS body
          FROM (SELECT answer FROM entry_answer
                WHERE entry_id = NEW.id AND answer <> '' ORDER BY position))
    WHERE body IS NOT NULL;
END;
CREATE TRIGGER entry_search_delete AFTER DELETE ON entry BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER entry_answer_search_insert AFTER INSERT ON entry_answer BEGIN
    UPDATE entry SET day = day WHERE id = NEW.entry_id;
END;
CREATE TRIGGER entry_answer_search_update AFTER UPDATE ON entry_answer BEGIN
    UPDATE entry SET day = day WHERE id IN (OLD.entry_id, NEW.entry_id);
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.answer <> '' AND OLD.answer <> NEW.answer;
END;
CREATE TRIGGER entry_answer_search_delete AFTER DELETE ON entry_answer WHEN OLD.answer <> '' BEGIN
    UPDATE entry SET day = day WHERE id = OLD.entry_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;

CREATE TRIGGER homework_search_insert AFTER INSERT ON homework BEGIN
    UPDATE homework SET title = title WHERE id = NEW.id;
END;
CREATE TRIGGER homework_search_update
AFTER UPDATE OF title, details, anchor, barrier, plan, start_day, created_utc ON homework BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 4, 'homework', NEW.start_day, NEW.created_utc,
            NEW.title || char(10) || NEW.details || char(10) || NEW.anchor || char(10) ||
            NEW.barrier || char(10) || NEW.plan || char(10) ||
            ifnull((SELECT group_concat(text, char(10))
                    FROM (SELECT text FROM homework_step
                          WHERE homework_id = NEW.id ORDER BY position)), ''));
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.title <> NEW.title OR OLD.details <> NEW.details OR
                            OLD.anchor <> NEW.anchor OR OLD.barrier <> NEW.barrier OR
                            OLD.plan <> NEW.plan;
END;
CREATE TRIGGER homework_search_delete AFTER DELETE ON homework BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER homework_step_search_insert AFTER INSERT ON homework_step BEGIN
    UPDATE homework SET title = title WHERE id = NEW.homework_id;
END;
CREATE TRIGGER homework_step_search_update
AFTER UPDATE OF text, position, homework_id ON homework_step BEGIN
    UPDATE homework SET title = title WHERE id IN (OLD.homework_id, NEW.homework_id);
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.text <> '' AND OLD.text <> NEW.text;
END;
CREATE TRIGGER homework_step_search_delete AFTER DELETE ON homework_step WHEN OLD.text <> ''
BEGIN
    UPDATE homework SET title = title WHERE id = OLD.homework_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;

CREATE TRIGGER checkoff_search_insert AFTER INSERT ON checkoff WHEN NEW.note <> '' BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 5, 'checkoff', NEW.day, NEW.at_utc, NEW.note);
END;
CREATE TRIGGER checkoff_search_update AFTER UPDATE OF note, day, at_utc ON checkoff BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 5, 'checkoff', NEW.day, NEW.at_utc, NEW.note WHERE NEW.note <> '';
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER checkoff_search_delete AFTER DELETE ON checkoff WHEN OLD.note <> '' BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;

CREATE TRIGGER win_search_insert AFTER INSERT ON win BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 6, 'win', NEW.day, NEW.at_utc, NEW.text);
END;
CREATE TRIGGER win_search_update AFTER UPDATE OF text, day, at_utc ON win BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 6, 'win', NEW.day, NEW.at_utc, NEW.text);
    INSERT INTO search_index (search_index) SELECT 'optimize' WHERE OLD.text <> NEW.text;
END;
CREATE TRIGGER win_search_delete AFTER DELETE ON win BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;

-- What was written before this migration: touching each parent rebuilds its row.
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 1, 'mood', day, at_utc, note FROM mood WHERE note <> '';
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 2, 'session', day, at_utc, note FROM session WHERE note <> '';
UPDATE entry SET day = day;
UPDATE homework SET title = title;
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 5, 'checkoff', day, at_utc, note FROM checkoff WHERE note <> '';
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 6, 'win', day, at_utc, text FROM win;
)sql";

// Prep since the latest session, and other questions of one kind of entry over time, without
// reading every entry.
constexpr std::string_view schema_3 = R"sql(
CREATE INDEX entry_by_kind ON entry (kind, at_utc);
)sql";

// Progress across weeks: standard measures taken (each answer kept with the words chosen and
// whether the item is critical, so that the safety flag needs no questionnaire file), goals with
// their milestones and ratings, and the goal a piece of homework serves. A goal's title, why,
// milestones and rating notes are searchable as one row (code 7), rebuilt as homework's is.
constexpr std::string_view schema_4 = R"sql(
CREATE TABLE measure_result (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    measure     TEXT NOT NULL CHECK (measure <> ''),
    title       TEXT NOT NULL,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    total       INTEGER NOT NULL,
    band        TEXT NOT NULL,
    created_utc INTEGER NOT NULL
);
CREATE INDEX measure_result_by_measure ON measure_result (measure, at_utc);
CREATE INDEX measure_result_by_day ON measure_result (day, at_utc);

CREATE TABLE measure_answer (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    result_id INTEGER NOT NULL REFERENCES measure_result (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    item      TEXT NOT NULL,
    value     INTEGER NOT NULL,
    label     TEXT NOT NULL,
    critical  INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
    UNIQUE (result_id, item)
);

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL CHECK (title <> ''),
    why         TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    start_day   TEXT NOT NULL,
    end_day     TEXT,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE INDEX goal_by_status ON goal (status, id);

CREATE TABLE goal_milestone (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (text <> ''),
    done_utc    INTEGER,
    done_offset INTEGER,
    UNIQUE (goal_id, position)
);

CREATE TABLE goal_rating (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    note        TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL
);
CREATE INDEX goal_rating_by_goal ON goal_rating (goal_id, at_utc);
CREATE INDEX goal_rating_by_day ON goal_rating (day, at_utc);

ALTER TABLE homework ADD COLUMN goal_id INTEGER REFERENCES goal (id) ON DELETE SET NULL;
CREATE INDEX homework_by_goal ON homework (goal_id);

CREATE TRIGGER goal_search_insert AFTER INSERT ON goal BEGIN
    UPDATE goal SET title = title WHERE id = NEW.id;
END;
CREATE TRIGGER goal_search_update AFTER UPDATE OF title, why, start_day, created_utc ON goal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 7;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 7, 'goal', NEW.start_day, NEW.created_utc,
            NEW.title || char(10) || NEW.why || char(10) ||
            ifnull((SELECT group_concat(text, char(10))
                    FROM (SELECT text FROM goal_milestone
                          WHERE goal_id = NEW.id ORDER BY position)), '') || char(10) ||
            ifnull((SELECT group_concat(note, char(10))
                    FROM (SELECT note FROM goal_rating
                          WHERE goal_id = NEW.id AND note <> '' ORDER BY at_utc, id)), ''));
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.title <> NEW.title OR OLD.why <> NEW.why;
END;
CREATE TRIGGER goal_search_delete AFTER DELETE ON goal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 7;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER goal_milestone_search_insert AFTER INSERT ON goal_milestone BEGIN
    UPDATE goal SET title = title WHERE id = NEW.goal_id;
END;
CREATE TRIGGER goal_milestone_search_update
AFTER UPDATE OF text, position, goal_id ON goal_milestone BEGIN
    UPDATE goal SET title = title WHERE id IN (OLD.goal_id, NEW.goal_id);
    INSERT INTO search_index (search_index) SELECT 'optimize' WHERE OLD.text <> NEW.text;
END;
CREATE TRIGGER goal_milestone_search_delete AFTER DELETE ON goal_milestone BEGIN
    UPDATE goal SET title = title WHERE id = OLD.goal_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER goal_rating_search_insert AFTER INSERT ON goal_rating WHEN NEW.note <> '' BEGIN
    UPDATE goal SET title = title WHERE id = NEW.goal_id;
END;
CREATE TRIGGER goal_rating_search_update AFTER UPDATE OF note, goal_id ON goal_rating BEGIN
    UPDATE goal SET title = title WHERE id IN (OLD.goal_id, NEW.goal_id);
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER goal_rating_search_delete AFTER DELETE ON goal_rating WHEN OLD.note <> '' BEGIN
    UPDATE goal SET title = title WHERE id = OLD.goal_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
)sql";

// Identifiers are never reused: a command recalled from shell history must never reach a
// different record than the one it was typed for. INTEGER PRIMARY KEY hands out the largest id
// plus one, so deleting the newest record freed its id; AUTOINCREMENT never does. SQLite adds
// it only to a new table, so each table is rebuilt with the same columns, ids and UUIDs. The
// new tables point at each other under temporary names, so that dropping an old table never
// cascades into a new one; renaming then rewrites those references to the final names. The
// search index keeps its rows (they are keyed by id), and its triggers, dropped with the old
// tables, are created again from migrations 2 and 4. A check-off may now also be 'plan': done with
// the item's backup plan instead.
constexpr std::string_view schema_5_tables = R"sql(
CREATE TABLE mood_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    note        TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE TABLE mood_tag_new (
    mood_id INTEGER NOT NULL REFERENCES mood_new (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (mood_id, tag)
) WITHOUT ROWID;
CREATE TABLE session_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('held', 'scheduled', 'cancelled')),
    note        TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE TABLE entry_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('reflection', 'prep', 'worksheet')),
    template    TEXT NOT NULL,
    session_id  INTEGER REFERENCES session_new (id) ON DELETE SET NULL,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE TABLE entry_answer_new (
    entry_id INTEGER NOT NULL REFERENCES entry_new (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key      TEXT NOT NULL,
    prompt   TEXT NOT NULL,
    answer   TEXT NOT NULL,
    PRIMARY KEY (entry_id, key)
) WITHOUT ROWID;
CREATE TABLE homework_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL CHECK (title <> ''),
    session_id     INTEGER REFERENCES session_new (id) ON DELETE SET NULL,
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
    updated_utc    INTEGER NOT NULL,
    goal_id        INTEGER REFERENCES goal_new (id) ON DELETE SET NULL
);
CREATE TABLE homework_step_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    homework_id INTEGER NOT NULL REFERENCES homework_new (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    done_utc    INTEGER,
    done_offset INTEGER,
    UNIQUE (homework_id, position)
);
CREATE TABLE checkoff_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    homework_id INTEGER NOT NULL REFERENCES homework_new (id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'plan')),
    note        TEXT NOT NULL DEFAULT '',
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    created_utc INTEGER NOT NULL,
    UNIQUE (homework_id, day)
);
CREATE TABLE win_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (text <> ''),
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);

CREATE TABLE measure_result_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    measure     TEXT NOT NULL CHECK (measure <> ''),
    title       TEXT NOT NULL,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    total       INTEGER NOT NULL,
    band        TEXT NOT NULL,
    created_utc INTEGER NOT NULL
);
CREATE TABLE measure_answer_new (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid      TEXT NOT NULL UNIQUE,
    result_id INTEGER NOT NULL REFERENCES measure_result_new (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    item      TEXT NOT NULL,
    value     INTEGER NOT NULL,
    label     TEXT NOT NULL,
    critical  INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
    UNIQUE (result_id, item)
);
CREATE TABLE goal_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL CHECK (title <> ''),
    why         TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    start_day   TEXT NOT NULL,
    end_day     TEXT,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE TABLE goal_milestone_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    goal_id     INTEGER NOT NULL REFERENCES goal_new (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (text <> ''),
    done_utc    INTEGER,
    done_offset INTEGER,
    UNIQUE (goal_id, position)
);
CREATE TABLE goal_rating_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    goal_id     INTEGER NOT NULL REFERENCES goal_new (id) ON DELETE CASCADE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    note        TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL
);

-- Parents before children: a row's references are checked as it is inserted.
INSERT INTO measure_result_new SELECT id, uuid, measure, title, at_utc, at_offset, day, total,
    band, created_utc FROM measure_result;
INSERT INTO measure_answer_new SELECT id, uuid, result_id, position, item, value, label, critical
FROM measure_answer;
INSERT INTO goal_new SELECT id, uuid, title, why, status, start_day, end_day, created_utc,
    updated_utc FROM goal;
INSERT INTO goal_milestone_new SELECT id, uuid, goal_id, position, text, done_utc, done_offset
FROM goal_milestone;
INSERT INTO goal_rating_new SELECT id, uuid, goal_id, at_utc, at_offset, day, rating, note,
    created_utc FROM goal_rating;

INSERT INTO mood_new SELECT id, uuid, at_utc, at_offset, day, score, note, created_utc, updated_utc
FROM mood;
INSERT INTO mood_tag_new SELECT mood_id, tag FROM mood_tag;
INSERT INTO session_new SELECT id, uuid, at_utc, at_offset, day, status, note, created_utc,
    updated_utc FROM session;
INSERT INTO entry_new SELECT id, uuid, kind, template, session_id, at_utc, at_offset, day,
    created_utc, updated_utc FROM entry;
INSERT INTO entry_answer_new SELECT entry_id, position, key, prompt, answer FROM entry_answer;
INSERT INTO homework_new SELECT id, uuid, title, session_id, schedule, due_day, weekdays,
    times_per_week, anchor, barrier, plan, link, details, status, start_day, end_day, created_utc,
    updated_utc, goal_id FROM homework;
INSERT INTO homework_step_new SELECT id, uuid, homework_id, position, text, done_utc, done_offset
FROM homework_step;
INSERT INTO checkoff_new SELECT id, uuid, homework_id, day, status, note, at_utc, at_offset,
    created_utc FROM checkoff;
INSERT INTO win_new SELECT id, uuid, at_utc, at_offset, day, text, created_utc, updated_utc
FROM win;

-- Children first, so that no drop cascades; their triggers and indexes go with them.
DROP TABLE mood_tag;
DROP TABLE entry_answer;
DROP TABLE homework_step;
DROP TABLE checkoff;
DROP TABLE measure_answer;
DROP TABLE goal_milestone;
DROP TABLE goal_rating;
DROP TABLE entry;
DROP TABLE homework;
DROP TABLE measure_result;
DROP TABLE goal;
DROP TABLE mood;
DROP TABLE session;
DROP TABLE win;

ALTER TABLE mood_new RENAME TO mood;
ALTER TABLE mood_tag_new RENAME TO mood_tag;
ALTER TABLE session_new RENAME TO session;
ALTER TABLE entry_new RENAME TO entry;
ALTER TABLE entry_answer_new RENAME TO entry_answer;
ALTER TABLE homework_new RENAME TO homework;
ALTER TABLE homework_step_new RENAME TO homework_step;
ALTER TABLE checkoff_new RENAME TO checkoff;
ALTER TABLE win_new RENAME TO win;
ALTER TABLE measure_result_new RENAME TO measure_result;
ALTER TABLE measure_answer_new RENAME TO measure_answer;
ALTER TABLE goal_new RENAME TO goal;
ALTER TABLE goal_milestone_new RENAME TO goal_milestone;
ALTER TABLE goal_rating_new RENAME TO goal_rating;

CREATE INDEX mood_by_day ON mood (day, at_utc);
CREATE INDEX mood_by_time ON mood (at_utc);
CREATE INDEX mood_tag_by_tag ON mood_tag (tag, mood_id);
CREATE INDEX session_by_status ON session (status, at_utc);
CREATE INDEX entry_by_day ON entry (day, kind);
CREATE INDEX entry_by_session ON entry (session_id, kind);
CREATE INDEX entry_by_kind ON entry (kind, at_utc);
CREATE INDEX homework_by_status ON homework (status, due_day);
CREATE INDEX checkoff_by_day ON checkoff (day, homework_id);
CREATE INDEX win_by_day ON win (day, at_utc);
CREATE INDEX measure_result_by_measure ON measure_result (measure, at_utc);
CREATE INDEX measure_result_by_day ON measure_result (day, at_utc);
CREATE INDEX goal_by_status ON goal (status, id);
CREATE INDEX goal_rating_by_goal ON goal_rating (goal_id, at_utc);
CREATE INDEX goal_rating_by_day ON goal_rating (day, at_utc);
CREATE INDEX homework_by_goal ON homework (goal_id);
)sql";

/// Migration 5: the tables rebuilt, then the search triggers of migrations 2 and 4 created again.
/// Put together when first asked for (a migration, or checking an older file), not at every
/// start: that is 20 KiB of text.
std::string_view schema_5() {
    static const std::string joined = [] {
        auto first = schema_2.find("CREATE TRIGGER");
        auto last = schema_2.find("-- What was written before this migration");
        auto goal_triggers = schema_4.find("CREATE TRIGGER");
        return std::string(schema_5_tables) + std::string(schema_2.substr(first, last - first)) +
               std::string(schema_4.substr(goal_triggers));
    }();
    return joined;
}

/// Migration 6: what the client keeps to themselves. A private mood, win or guided entry is left
/// out of the summary's text and of `export --share`; every existing row stays shared.
constexpr std::string_view schema_6 = R"sql(
ALTER TABLE mood ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
ALTER TABLE win ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
ALTER TABLE entry ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
-- The summary counts a window's private moods; the index is also this version's own object, by
-- which a file that says it is older but holds these columns is told apart.
CREATE INDEX mood_private_by_day ON mood (day, at_utc) WHERE private = 1;
)sql";

/// Migration 7: search in every script. The index is made again with tend's own tokenizer
/// (store/search_tokenizer.hpp), which folds case, compatibility forms and accents in every
/// script and makes each character of Chinese, Japanese, Korean or Thai, and each emoji, a
/// token of its own. A tokenizer cannot be changed in place: the table is dropped (secure_delete
/// zeroes its pages) and filled again from the records, as migration 2 did; the triggers name
/// the table, not the old one, and go on as they were.
constexpr std::string_view schema_7 = R"sql(
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED, day UNINDEXED, at_utc UNINDEXED, body,
    tokenize = 'tend'
);
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 1, 'mood', day, at_utc, note FROM mood WHERE note <> '';
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 2, 'session', day, at_utc, note FROM session WHERE note <> '';
UPDATE entry SET day = day;
UPDATE homework SET title = title;
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 5, 'checkoff', day, at_utc, note FROM checkoff WHERE note <> '';
INSERT INTO search_index (rowid, kind, day, at_utc, body)
SELECT id * 8 + 6, 'win', day, at_utc, text FROM win;
UPDATE goal SET title = title;
)sql";

/// Migration 8: deletions that travel. Each deleted record leaves a tombstone (its kind, UUID and
/// time), so that an import elsewhere deletes it too and a later import does not bring it back.
/// The triggers cover cascades (a removed homework's steps and check-offs). The time is
/// unixepoch(), which tend replaces on each connection with its own clock (TEND_NOW fixes it;
/// another program, such as the sqlite3 shell, gets the system clock), and is never earlier than
/// the record's own last change. A device also keeps its settings, such as its name in a sync
/// folder.
constexpr std::string_view schema_8 = R"sql(
CREATE TABLE tombstone (
    uuid        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    deleted_utc INTEGER NOT NULL
) WITHOUT ROWID;
-- What a device keeps about itself, such as its name in a sync folder ('device').
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER session_tombstone AFTER DELETE ON session BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'sessions', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER mood_tombstone AFTER DELETE ON mood BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'moods', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER entry_tombstone AFTER DELETE ON entry BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'entries', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER goal_tombstone AFTER DELETE ON goal BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'goals', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER homework_tombstone AFTER DELETE ON homework BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'homework', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER homework_step_tombstone AFTER DELETE ON homework_step BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'homework_steps', unixepoch())
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER checkoff_tombstone AFTER DELETE ON checkoff BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'checkoffs', max(unixepoch(), OLD.created_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER win_tombstone AFTER DELETE ON win BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'wins', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER goal_milestone_tombstone AFTER DELETE ON goal_milestone BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'goal_milestones', unixepoch())
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER goal_rating_tombstone AFTER DELETE ON goal_rating BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'goal_ratings', max(unixepoch(), OLD.created_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER measure_result_tombstone AFTER DELETE ON measure_result BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'measure_results', max(unixepoch(), OLD.created_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER measure_answer_tombstone AFTER DELETE ON measure_answer BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'measure_answers', unixepoch())
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
)sql";

/// Migration 9: journal entries, such as those imported from jrnl: a title, a body, a star and
/// tags. They have their own tables rather than rows of `entry`, whose rows are guided entries
/// (a kind checked to reflection, prep or worksheet, a template, answers): a journal entry has
/// none of these, and `entry` could take it only by being rebuilt with every column loosened.
/// Like every kind, each has a UUID, its times of creation and change, a tombstone when
/// deleted, and a place in the search index (rowid id * 8, the one slot left): its title, body
/// and tags.
constexpr std::string_view schema_9 = R"sql(
CREATE TABLE journal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    at_utc      INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL
);
CREATE TABLE journal_tag (
    journal_id INTEGER NOT NULL REFERENCES journal (id) ON DELETE CASCADE,
    tag        TEXT NOT NULL,
    PRIMARY KEY (journal_id, tag)
) WITHOUT ROWID;
CREATE INDEX journal_by_day ON journal (day, at_utc);
CREATE INDEX journal_tag_by_tag ON journal_tag (tag, journal_id);
CREATE TRIGGER journal_search_insert AFTER INSERT ON journal BEGIN
    UPDATE journal SET day = day WHERE id = NEW.id;
END;
CREATE TRIGGER journal_search_update AFTER UPDATE OF title, body, day, at_utc ON journal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8, 'journal', NEW.day, NEW.at_utc, body
    FROM (SELECT trim(NEW.title || char(10) || NEW.body || char(10) ||
                      coalesce((SELECT group_concat(tag, ' ') FROM journal_tag
                                WHERE journal_id = NEW.id), ''), char(10)) AS body)
    WHERE body <> '';
END;
CREATE TRIGGER journal_search_delete AFTER DELETE ON journal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER journal_tag_search_insert AFTER INSERT ON journal_tag BEGIN
    UPDATE journal SET day = day WHERE id = NEW.journal_id;
END;
CREATE TRIGGER journal_tag_search_delete AFTER DELETE ON journal_tag BEGIN
    UPDATE journal SET day = day WHERE id = OLD.journal_id;
END;
CREATE TRIGGER journal_tombstone AFTER DELETE ON journal BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'journal', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
)sql";

/// Migration 10: marks that travel both ways. A homework step or a goal milestone is marked done
/// and taken back in place, so it keeps the time of its last such change (updated_utc; 0 for
/// never, as when it was made): an import takes the later mark, an undo included. Rows made
/// before this migration start from the time they were marked done, if they were. A removed
/// step's or milestone's tombstone is never older than its last mark.
constexpr std::string_view schema_10 = R"sql(
ALTER TABLE homework_step ADD COLUMN updated_utc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE goal_milestone ADD COLUMN updated_utc INTEGER NOT NULL DEFAULT 0;
UPDATE homework_step SET updated_utc = done_utc WHERE done_utc IS NOT NULL;
UPDATE goal_milestone SET updated_utc = done_utc WHERE done_utc IS NOT NULL;
DROP TRIGGER homework_step_tombstone;
DROP TRIGGER goal_milestone_tombstone;
CREATE TRIGGER homework_step_tombstone AFTER DELETE ON homework_step BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'homework_steps', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
CREATE TRIGGER goal_milestone_tombstone AFTER DELETE ON goal_milestone BEGIN
    INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (OLD.uuid, 'goal_milestones', max(unixepoch(), OLD.updated_utc))
    ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, excluded.deleted_utc);
END;
)sql";

/// Migration 11: the search index's triggers call tend_index (store/search_upkeep.cpp), which
/// writes a record's row with the SQL these triggers held, rather than holding it themselves:
/// SQLite parses every trigger of the schema at each connection's first statement. Which
/// record's row is written, on which change, and when the index is merged are as before, and
/// so are the rows: the index is not made again. The insert triggers of moods, sessions,
/// check-offs and wins, one short statement each and run for every row an import adds, keep
/// their SQL.
constexpr std::string_view schema_11 = R"sql(
DROP TRIGGER mood_search_update;
DROP TRIGGER mood_search_delete;
DROP TRIGGER session_search_update;
DROP TRIGGER session_search_delete;
DROP TRIGGER checkoff_search_update;
DROP TRIGGER checkoff_search_delete;
DROP TRIGGER win_search_update;
DROP TRIGGER win_search_delete;
DROP TRIGGER entry_search_insert;
DROP TRIGGER entry_search_update;
DROP TRIGGER entry_search_delete;
DROP TRIGGER entry_answer_search_insert;
DROP TRIGGER entry_answer_search_update;
DROP TRIGGER entry_answer_search_delete;
DROP TRIGGER homework_search_insert;
DROP TRIGGER homework_search_update;
DROP TRIGGER homework_search_delete;
DROP TRIGGER homework_step_search_insert;
DROP TRIGGER homework_step_search_update;
DROP TRIGGER homework_step_search_delete;
DROP TRIGGER goal_search_insert;
DROP TRIGGER goal_search_update;
DROP TRIGGER goal_search_delete;
DROP TRIGGER goal_milestone_search_insert;
DROP TRIGGER goal_milestone_search_update;
DROP TRIGGER goal_milestone_search_delete;
DROP TRIGGER goal_rating_search_insert;
DROP TRIGGER goal_rating_search_update;
DROP TRIGGER goal_rating_search_delete;
DROP TRIGGER journal_search_insert;
DROP TRIGGER journal_search_update;
DROP TRIGGER journal_search_delete;
DROP TRIGGER journal_tag_search_insert;
DROP TRIGGER journal_tag_search_delete;
CREATE TRIGGER mood_search_update AFTER UPDATE OF note, day, at_utc ON mood BEGIN
    SELECT tend_index(1, NEW.id, OLD.note <> '' AND OLD.note <> NEW.note, OLD.id);
END;
CREATE TRIGGER mood_search_delete AFTER DELETE ON mood WHEN OLD.note <> '' BEGIN
    SELECT tend_index(1, OLD.id, 1);
END;
CREATE TRIGGER session_search_update AFTER UPDATE OF note, day, at_utc ON session BEGIN
    SELECT tend_index(2, NEW.id, OLD.note <> '' AND OLD.note <> NEW.note, OLD.id);
END;
CREATE TRIGGER session_search_delete AFTER DELETE ON session WHEN OLD.note <> '' BEGIN
    SELECT tend_index(2, OLD.id, 1);
END;
CREATE TRIGGER checkoff_search_update AFTER UPDATE OF note, day, at_utc ON checkoff BEGIN
    SELECT tend_index(5, NEW.id, OLD.note <> '' AND OLD.note <> NEW.note, OLD.id);
END;
CREATE TRIGGER checkoff_search_delete AFTER DELETE ON checkoff WHEN OLD.note <> '' BEGIN
    SELECT tend_index(5, OLD.id, 1);
END;
CREATE TRIGGER win_search_update AFTER UPDATE OF text, day, at_utc ON win BEGIN
    SELECT tend_index(6, NEW.id, OLD.text <> NEW.text, OLD.id);
END;
CREATE TRIGGER win_search_delete AFTER DELETE ON win BEGIN
    SELECT tend_index(6, OLD.id, 1);
END;
CREATE TRIGGER entry_search_insert AFTER INSERT ON entry BEGIN
    SELECT tend_index(3, NEW.id, 0);
END;
CREATE TRIGGER entry_search_update AFTER UPDATE OF kind, day, at_utc ON entry BEGIN
    SELECT tend_index(3, NEW.id, 0, OLD.id);
END;
CREATE TRIGGER entry_search_delete AFTER DELETE ON entry BEGIN
    SELECT tend_index(3, OLD.id, 1);
END;
CREATE TRIGGER entry_answer_search_insert AFTER INSERT ON entry_answer BEGIN
    SELECT tend_index(3, NEW.entry_id, 0);
END;
CREATE TRIGGER entry_answer_search_update AFTER UPDATE ON entry_answer BEGIN
    SELECT tend_index(3, OLD.entry_id, 0) WHERE OLD.entry_id <> NEW.entry_id;
    SELECT tend_index(3, NEW.entry_id, OLD.answer <> '' AND OLD.answer <> NEW.answer);
END;
CREATE TRIGGER entry_answer_search_delete AFTER DELETE ON entry_answer WHEN OLD.answer <> '' BEGIN
    SELECT tend_index(3, OLD.entry_id, 1);
END;
CREATE TRIGGER homework_search_insert AFTER INSERT ON homework BEGIN
    SELECT tend_index(4, NEW.id, 0);
END;
CREATE TRIGGER homework_search_update AFTER UPDATE OF title, details, anchor, barrier, plan, start_day, created_utc ON homework BEGIN
    SELECT tend_index(4, NEW.id, OLD.title <> NEW.title OR OLD.details <> NEW.details OR OLD.anchor <> NEW.anchor OR OLD.barrier <> NEW.barrier OR OLD.plan <> NEW.plan, OLD.id);
END;
CREATE TRIGGER homework_search_delete AFTER DELETE ON homework BEGIN
    SELECT tend_index(4, OLD.id, 1);
END;
CREATE TRIGGER homework_step_search_insert AFTER INSERT ON homework_step BEGIN
    SELECT tend_index(4, NEW.homework_id, 0);
END;
CREATE TRIGGER homework_step_search_update AFTER UPDATE OF text, position, homework_id ON homework_step BEGIN
    SELECT tend_index(4, OLD.homework_id, 0) WHERE OLD.homework_id <> NEW.homework_id;
    SELECT tend_index(4, NEW.homework_id, OLD.text <> '' AND OLD.text <> NEW.text);
END;
CREATE TRIGGER homework_step_search_delete AFTER DELETE ON homework_step WHEN OLD.text <> ''
BEGIN
    SELECT tend_index(4, OLD.homework_id, 1);
END;
CREATE TRIGGER goal_search_insert AFTER INSERT ON goal BEGIN
    SELECT tend_index(7, NEW.id, 0);
END;
CREATE TRIGGER goal_search_update AFTER UPDATE OF title, why, start_day, created_utc ON goal BEGIN
    SELECT tend_index(7, NEW.id, OLD.title <> NEW.title OR OLD.why <> NEW.why, OLD.id);
END;
CREATE TRIGGER goal_search_delete AFTER DELETE ON goal BEGIN
    SELECT tend_index(7, OLD.id, 1);
END;
CREATE TRIGGER goal_milestone_search_insert AFTER INSERT ON goal_milestone BEGIN
    SELECT tend_index(7, NEW.goal_id, 0);
END;
CREATE TRIGGER goal_milestone_search_update AFTER UPDATE OF text, position, goal_id ON goal_milestone BEGIN
    SELECT tend_index(7, OLD.goal_id, 0) WHERE OLD.goal_id <> NEW.goal_id;
    SELECT tend_index(7, NEW.goal_id, OLD.text <> NEW.text);
END;
CREATE TRIGGER goal_milestone_search_delete AFTER DELETE ON goal_milestone BEGIN
    SELECT tend_index(7, OLD.goal_id, 1);
END;
CREATE TRIGGER goal_rating_search_insert AFTER INSERT ON goal_rating WHEN NEW.note <> '' BEGIN
    SELECT tend_index(7, NEW.goal_id, 0);
END;
CREATE TRIGGER goal_rating_search_update AFTER UPDATE OF note, goal_id ON goal_rating BEGIN
    SELECT tend_index(7, OLD.goal_id, 0) WHERE OLD.goal_id <> NEW.goal_id;
    SELECT tend_index(7, NEW.goal_id, OLD.note <> '' AND OLD.note <> NEW.note);
END;
CREATE TRIGGER goal_rating_search_delete AFTER DELETE ON goal_rating WHEN OLD.note <> '' BEGIN
    SELECT tend_index(7, OLD.goal_id, 1);
END;
CREATE TRIGGER journal_search_insert AFTER INSERT ON journal BEGIN
    SELECT tend_index(0, NEW.id, 0);
END;
CREATE TRIGGER journal_search_update AFTER UPDATE OF title, body, day, at_utc ON journal BEGIN
    SELECT tend_index(0, NEW.id, 0, OLD.id);
END;
CREATE TRIGGER journal_search_delete AFTER DELETE ON journal BEGIN
    SELECT tend_index(0, OLD.id, 1);
END;
CREATE TRIGGER journal_tag_search_insert AFTER INSERT ON journal_tag BEGIN
    SELECT tend_index(0, NEW.journal_id, 0);
END;
CREATE TRIGGER journal_tag_search_delete AFTER DELETE ON journal_tag BEGIN
    SELECT tend_index(0, OLD.journal_id, 0);
END;
)sql";

}  // namespace

std::span<const std::string_view> migrations() {
    static const auto all = std::to_array<std::string_view>(
        {schema_1, schema_2, schema_3, schema_4, schema_5(), schema_6, schema_7, schema_8, schema_9,
         schema_10, schema_11});
    static_assert(std::tuple_size_v<std::remove_const_t<decltype(all)>> == migration_count,
                  "migration_count is the number of migrations");
    return all;
}

}  // namespace tend::store
