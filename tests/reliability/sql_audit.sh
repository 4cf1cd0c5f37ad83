#!/usr/bin/env bash
# A guard for "every SQL statement binds its parameters" (SECURITY.md). It reads the source:
#   1. SQL text appears only under src/store/;
#   2. no SQL is built with fmt::format, std::format, printf or streams, except the PRAGMAs in
#      FORMATTED below (PRAGMA takes no bound parameters; their values are integers from code);
#   3. every statement of src/store/ that joins SQL text at run time is in REVIEWED below, whole
#      (its lines joined with one space), checked by hand to join only constants from code,
#      with user values left to `?` and bound (bind_values(), execute(), execute_each() and
#      insert_row() of store/sql_util.hpp, or Clause::bind(), which rows_where() calls); and
#      every REVIEWED entry still exists.
# A new statement written as one literal with `?` passes untouched (execute() and insert_row()
# take their SQL as `const char*`, which joined text does not convert to). A new statement that
# builds SQL fails until someone reviews it and adds it to REVIEWED (its text, joined) with the reason.
#
# usage: sql_audit.sh TEND_BINARY (unused: the guard reads the source next to this script)
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../../src" && pwd)

FORMATTED=(
    'db_.exec(fmt::format("PRAGMA user_version = {}", schema_version()));'
    'if (version == 0) db_.exec(fmt::format("PRAGMA application_id = {}", application_id));'
    # transfer_store.cpp: table and column names are store/archive_tables.cpp's constants for core/archive.cpp's record kinds, never input; values bound.
    'db.sql(), fmt::format("INSERT INTO {} ({}) VALUES ({})", table_of(kind),'
    'return fmt::format("SELECT {} FROM {} WHERE uuid = ?", fmt::join(columns, ", "),'
    'execute(db, fmt::format("DELETE FROM {} WHERE id = ?", table).c_str(), id);'
    'fmt::format("UPDATE {} SET {} WHERE id = ?", table_of(kind), fmt::join(sets, ", ")));'
    'db.sql(), fmt::format("SELECT uuid FROM {} WHERE {}", table_of(kind),'
    'fmt::format("SELECT id FROM {} WHERE uuid = ?", table_of(target)));'
    'return {fmt::format("(SELECT uuid FROM {} WHERE id = {}.{})",'
    'return fmt::format("SELECT {} FROM {} ORDER BY {}", fmt::join(columns, ", "), table_of(kind),'
    # transfer_store.cpp: a tagged kind's tag table and column (store/archive_tables.cpp's tag_table_of and tag_owner_of, constants); values bound.
    'fmt::format("DELETE FROM {} WHERE {} = ?", tag_table_of(kind_), tag_owner_of(kind_))'
    'auto& q = prepared(nested_, fmt::format("INSERT INTO {} ({}, tag) VALUES (?, ?)",'
    'fmt::format("(SELECT group_concat(tag, char(31)) FROM (SELECT tag "'
)
REVIEWED=(
    # sql_util.hpp find_by_id: `select` is each record module's constant SELECT; the id is bound.
    'SQLite::Statement q(db.sql(), std::string(select) + "WHERE id = ?");'
    # database.cpp: a migration is a constant of schema.cpp.
    'db_.exec(std::string(steps[v]));'
    # database.cpp: the same constants run on an empty in-memory database, to see what each
    # version makes (the file's objects are compared with them before migrating).
    'memory.exec(std::string(steps[i]));'
    # sql_util.hpp rows_where: `select` is each record module's constant SELECT, `where` a
    # Clause (period_clause's or open_only's literals; its values bound by Clause::bind), and
    # `order` a literal of the caller (mood, win and measure listings, open goals and homework).
    'SQLite::Statement q(db.sql(), std::string(select) + where.sql + order);'
    # sql_util.cpp period_clause: column names and operators are literals of its callers; the
    # bound values go to Clause::params.
    'c.sql += std::string(utc_col) + " " + op_utc + " ?";'
    'c.sql += std::string(day_col) + " " + op_day + " ?";'
    # entry_store.cpp: the SELECT is a constant; the rest literals or period_clause's; values bound.
    'SQLite::Statement q(db.sql(), std::string(select_entry) + "WHERE entry.session_id = ? AND entry.kind = '\''reflection'\'' " "ORDER BY +entry.at_utc, entry.id");'
    'SQLite::Statement q(db.sql(), std::string(select_entry) + "WHERE entry.kind = '\''prep'\'' AND entry.at_utc > ? " "AND entry.at_utc <= ? " "ORDER BY entry.at_utc DESC, entry.id DESC LIMIT 1");'
    'SQLite::Statement q(db.sql(), std::string(select_entry) + "WHERE entry.id = ?");'
    'SQLite::Statement q(db.sql(), sql + "ORDER BY +entry.at_utc, entry.id");'
    # list_worksheets: select_entry, the period clause (its values bound) and literals.
    'SQLite::Statement q(db.sql(), sql);'
    # homework_store.cpp: the SELECT is a constant; in_window is a literal.
    'SQLite::Statement q(db.sql(), std::string(select_checkoff) + "WHERE homework_id = ? ORDER BY day");'
    # checkoffs_of_items: in_items.sql is "homework_id IN (" with one ? per item, then ") " and
    # a literal; the ids and the day go to in_items.params.
    'SQLite::Statement q(db.sql(), std::string(select_checkoff) + "WHERE " + in_items.sql + "ORDER BY homework_id, day");'
    'SQLite::Statement q( db.sql(), std::string(select_checkoff) + "WHERE homework_id = ? ORDER BY id DESC LIMIT 1");'
    # homework_window: the column lists are the constants select_homework or
    # select_homework_schedule, and select_checkoff_shown or select_checkoff_mark; the days are
    # bound.
    'SQLite::Statement items(db.sql(), std::string(homework_columns) + "WHERE " + in_window + " ORDER BY id");'
    'RawStatement checks(db, (std::string(checkoff_columns) + "WHERE homework_id IN (SELECT id FROM homework WHERE " + in_window + ") ORDER BY homework_id, day") .c_str());'
    'RawStatement checks(db, (std::string(checkoff_columns) + "NOT INDEXED").c_str());'
    # session_store.cpp: the SELECT is a constant joined with literals; values bound.
    'SQLite::Statement q(db.sql(), std::string(select_session) + "WHERE status = '\''held'\'' AND at_utc <= ? " "ORDER BY at_utc DESC, id DESC LIMIT 1");'
    'SQLite::Statement q(db.sql(), std::string(select_session) + "WHERE status = '\''scheduled'\'' " "ORDER BY at_utc DESC, id DESC LIMIT 1");'
    'SQLite::Statement q(db.sql(), std::string(select_session) + "ORDER BY at_utc, id");'
    # goal_store.cpp: the SELECT is a constant; the rest literals; values bound.
    'SQLite::Statement q(db.sql(), std::string(select_goal) + "WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?) " "ORDER BY id");'
    # measure_store.cpp: the SELECT is a constant joined with literals.
    'SQLite::Statement q(db.sql(), std::string(select_result) + "WHERE id IN (SELECT (SELECT id FROM measure_result m WHERE " "m.measure = d.measure ORDER BY at_utc DESC, id DESC LIMIT " "1) FROM (SELECT DISTINCT measure FROM measure_result) d) " "ORDER BY measure");'
)

problems=0
problem() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}
trimmed() { sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//'; }
listed() {  # listed LINE ARRAY...: is LINE one of the entries?
    local line=$1 entry
    shift
    for entry in "$@"; do [[ $line == "$entry" ]] && return 0; done
    return 1
}

sql_words='"[^"]*\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX)|PRAGMA|WHERE)\b'

# 1. SQL only in the store.
while IFS= read -r hit; do
    problem "SQL outside src/store/: $hit"
done < <(grep -rnE "$sql_words" "$SRC" --include='*.cpp' --include='*.hpp' | grep -v "^$SRC/store/" || true)

# 2. No formatted SQL.
while IFS=: read -r file line text; do
    text=$(trimmed <<<"$text")
    listed "$text" "${FORMATTED[@]}" || problem "SQL built by formatting at ${file#"$SRC"/}:$line: $text"
done < <(grep -rnE "(fmt::format|std::format|printf|<<).*$sql_words" "$SRC/store" || true)

# Each statement that starts on a line matching $1, as FILE:LINE:TEXT with its continuation
# lines joined (one space between), up to the line that ends it with ";" or "{": a statement
# that clang-format splits is reviewed whole, not by its first line.
statements() {
    local f
    for f in "$SRC"/store/*.cpp "$SRC"/store/*.hpp; do
        awk -v file="$f" -v pattern="$1" '
            function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
            function ends(s) { return s ~ /[;{][ \t]*$/ }
            open { text = text " " trim($0); if (ends($0)) { print file ":" start ":" text; open = 0 }; next }
            $0 ~ pattern {
                start = FNR; text = trim($0)
                if (ends($0)) print file ":" start ":" text; else open = 1
            }' "$f"
    done
}

# 3. SQL joined at run time, reviewed statement by statement. A statement joins at run time
# when, string literals taken out, its text or a `sql +=` still has a `+` or a std::string(...).
seen=()
while IFS=: read -r file line text; do
    text=$(trimmed <<<"$text")
    seen+=("$text")
    code=$(sed -E 's/"([^"\\]|\\.)*"/""/g; s/sql \+=//' <<<"$text")
    [[ $code == *+* || $code == *'std::string('* ]] || continue
    listed "$text" "${REVIEWED[@]}" "${FORMATTED[@]}" ||
        problem "SQL joined at run time at ${file#"$SRC"/}:$line: $text (review it: user values must go through ? and bind(); then add it to REVIEWED in $0)"
done < <(statements '(exec|execute|execute_each|insert_row|Statement [a-z_]+)\\(|sql \\+=')
# A reviewed statement that no longer exists was changed: review the new text instead.
for entry in "${REVIEWED[@]}"; do
    listed "$entry" "${seen[@]}" || problem "REVIEWED holds a statement the store no longer has: $entry"
done

# The store does bind: every statement with a ? has bind calls in its file.
for f in "$SRC"/store/*.cpp; do
    [[ $f == */database.cpp ]] && continue  # its ? are a file: URI's query and a ternary, no SQL
    if grep -q '?' "$f" && grep -qE 'Statement [a-z_]+\(' "$f" && ! grep -qE '\.bind\(|bind_values\(|execute_each\(|rows_where\(' "$f"; then
        problem "${f#"$SRC"/} has statements with ? but binds nothing"
    fi
done

((problems == 0)) || exit 1
echo "SQL only in src/store/, no formatted SQL beyond ${#FORMATTED[@]} PRAGMAs, ${#REVIEWED[@]} reviewed joins"
