#!/usr/bin/env bash
# Every backup reported as done opens, passes PRAGMA integrity_check and holds exactly the
# database it copied, whatever lay beside its name: a stale write-ahead log or hot journal left
# by a tend killed while it used that file (SQLite would apply either to the new copy), or the
# partial copy of a backup killed on its way (named TARGET.tend-partial-XXXXXXXX, removed by the
# next backup to TARGET unless a running backup holds it). A target that a tend is using is
# refused with exit 2 and one line, and left as it was.
#
# usage: backups.sh TEND_BINARY
source "$(dirname "$0")/lib.sh" "$1"

src=$WORK/source.db
tend --db "$src" mood 7 "kept one" -q
tend --db "$src" mood 4 "kept two" -q
tend --db "$src" mood 5 "kept three" -q
want=$(sqlite3 "$src" "SELECT group_concat(note, '|') FROM (SELECT note FROM mood ORDER BY id)")

# check_backup WHAT FILE: FILE opens, passes integrity_check, holds the source's moods, and has
# no journal file beside it.
check_backup() {
    local what=$1 file=$2 suffix
    for suffix in -wal -shm -journal; do
        [[ ! -e $file$suffix ]] || fail "$what: $file$suffix is left beside the backup"
    done
    [[ $(sqlite3 "$file" "PRAGMA integrity_check") == ok ]] ||
        fail "$what: the backup fails integrity_check"
    local got
    got=$(sqlite3 "$file" "SELECT group_concat(note, '|') FROM (SELECT note FROM mood ORDER BY id)")
    [[ $got == "$want" ]] || fail "$what: the backup holds \"$got\", not \"$want\""
}

# hold DB: keeps a connection to DB (in WAL mode) open, as a running tend would, until
# release; closing the last connection is what folds the log in and removes it.
hold() {
    rm -f "$WORK/held"
    coproc HOLDER { sqlite3 "$1" >/dev/null; }
    printf 'SELECT count(*) FROM mood;\n.shell touch "%s"\n' "$WORK/held" >&"${HOLDER[1]}"
    local i
    for i in $(seq 500); do
        [[ -e $WORK/held ]] && return 0
        pause_ms 10
    done
    fail "setup: sqlite3 did not open $1"
}
release() {
    local pid=$HOLDER_PID
    eval "exec ${HOLDER[1]}>&-"
    wait "$pid" || true
}

# A write-ahead log that a tend killed while it used $1 would leave: frames written while
# another connection kept the file open, so that closing did not fold them in.
stale_wal_of() {
    local db=$1 out=$2
    sqlite3 "$db" "PRAGMA journal_mode = WAL" >/dev/null
    hold "$db"
    tend --db "$db" mood 2 "stale record" -q
    tend --db "$db" mood 3 "stale record" -q
    [[ -s $db-wal ]] || fail "setup: no write-ahead log beside $db"
    cp "$db-wal" "$out"
    release
}

# --- A stale log from the target's own past (a killed tend that used the backup as --db).
b=$WORK/b.db
tend --db "$src" backup "$b" -q
cp "$b" "$WORK/used.db"
stale_wal_of "$WORK/used.db" "$WORK/own.wal"
tend --db "$src" backup "$b" -q
cp "$WORK/own.wal" "$b-wal"
tend --db "$src" backup "$b" >"$WORK/out" 2>"$WORK/err" || fail "own stale log: backup failed: $(cat "$WORK/err")"
grep -q "^Backed up" "$WORK/out" || fail "own stale log: no \"Backed up\" line"
check_backup "own stale log" "$b"

# --- A stale log of another database (a file put in place of the backup).
tend --db "$WORK/other.db" mood 9 "other one" -q
stale_wal_of "$WORK/other.db" "$WORK/other.wal"
cp "$WORK/other.wal" "$b-wal"
tend --db "$src" backup "$b" -q 2>"$WORK/err" || fail "foreign stale log: $(cat "$WORK/err")"
check_backup "foreign stale log" "$b"

# --- A stale log and index beside a name where no file is any more.
rm -f "$b"
cp "$WORK/other.wal" "$b-wal"
: >"$b-shm"
tend --db "$src" backup "$b" -q 2>"$WORK/err" || fail "orphaned log: $(cat "$WORK/err")"
check_backup "orphaned log" "$b"

# --- A hot rollback journal beside the target (a killed writer in rollback mode).
head -c 4096 /dev/urandom >"$b-journal"
tend --db "$src" backup "$b" -q 2>"$WORK/err" || fail "hot journal: $(cat "$WORK/err")"
check_backup "hot journal" "$b"

# --- A target in use by another connection: refused, left as it was.
tend --db "$b" mood 6 "in use" -q  # the old backup, in use as a database (WAL mode)
hold "$b"
before=$(db_digest "$b")
status=0
tend --db "$src" backup "$b" >"$WORK/out" 2>"$WORK/err" || status=$?
[[ $status -eq 2 ]] || fail "target in use: backup exited $status, expected 2"
expect_one_error_line "$WORK/err" "target in use"
grep -q "in use" "$WORK/err" || fail "target in use: $(cat "$WORK/err")"
[[ $(db_digest "$b") == "$before" ]] || fail "target in use: the target changed"
[[ ! -s $WORK/out ]] || fail "target in use: printed to stdout"
release

# --- Partial copies: a killed backup's is removed by the next; a running one's is not.
rm -f "$b" "$b-wal" "$b-shm"
head -c 300000 /dev/urandom >"$b.tend-partial-0123abcd"
: >"$b.tend-partial-0123abcd-journal"
head -c 1000 /dev/urandom >"$b.tend-partial-89abcdef"
# The holder's output goes nowhere, so that its sleep never keeps the test's pipes open.
flock "$b.tend-partial-89abcdef" sleep 60 </dev/null >/dev/null 2>&1 &
holder=$!
locked=
for _ in $(seq 500); do  # up to 10 s: a loaded machine may start it late
    if ! flock -n "$b.tend-partial-89abcdef" true 2>/dev/null; then
        locked=yes
        break
    fi
    pause_ms 20
done
[[ -n $locked ]] || fail "setup: flock did not take $b.tend-partial-89abcdef"
head -c 10 /dev/zero >"$b.tend-partial-notmine"
tend --db "$src" backup "$b" -q 2>"$WORK/err" || fail "partial copies: $(cat "$WORK/err")"
check_backup "partial copies" "$b"
[[ ! -e $b.tend-partial-0123abcd && ! -e $b.tend-partial-0123abcd-journal ]] ||
    fail "a killed backup's partial copy was not removed"
[[ -e $b.tend-partial-89abcdef ]] || fail "a running backup's partial copy was removed"
[[ -e $b.tend-partial-notmine ]] || fail "a file not named as a partial copy was removed"
kill $(pgrep -P "$holder") "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true

note "backups: stale logs, journals and partial copies never reach a reported backup"
