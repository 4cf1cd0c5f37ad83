#!/usr/bin/env bash
# Several tend processes writing at once (a cron job, two terminals) all succeed, and every write
# is there afterwards: first a burst of processes creating the same fresh database together,
# many times over, then WRITERS writers each logging EACH moods while readers list them.
#
# To cover a new write command, add a line to `write_one` below (keep each write identifiable
# by its note or title, and add its check to `check_writer`).
#
# usage: concurrent_writers.sh TEND_BINARY
source "$(dirname "$0")/lib.sh" "$1"

WRITERS=${WRITERS:-6}
EACH=${EACH:-40}
CREATION_ROUNDS=${CREATION_ROUNDS:-15}

# A start gate: each process blocks reading one line from a FIFO, and `release N` writes N
# lines at once, so that N processes start together (a late one still finds its line).
gate=$WORK/gate
mkfifo "$gate"
exec 9<>"$gate"
wait_for_gate() { read -r _ <"$gate"; }
release() { printf 'go\n%.0s' $(seq "$1") >&9; }

# --- 1. The racy first creation: CREATORS processes open a database that does not exist yet.
CREATORS=$((WRITERS > 4 ? WRITERS : 4))
for round in $(seq 1 "$CREATION_ROUNDS"); do
    db=$WORK/fresh/$round/tend.db
    pids=()
    for w in $(seq 1 "$CREATORS"); do
        (wait_for_gate; exec "$TEND_BIN" --db "$db" mood $((w % 10 + 1)) "creator $w" -q) \
            2>"$WORK/creator.$round.$w.err" &
        pids+=($!)
    done
    release "$CREATORS"
    for i in "${!pids[@]}"; do
        if ! wait "${pids[$i]}"; then
            cat "$WORK/creator.$round.$((i + 1)).err" >&2
            fail "round $round: creator $((i + 1)) failed on a fresh database"
        fi
    done
    count=$(sqlite3 "$db" "SELECT count(*) FROM mood")
    [[ $count -eq $CREATORS ]] || fail "round $round: $count moods, expected $CREATORS"
    [[ $(sqlite3 "$db" "PRAGMA integrity_check") == ok ]] || fail "round $round: integrity"
done
note "creation race: $CREATION_ROUNDS rounds of $CREATORS processes, every write kept"

# --- 2. Many writers, each logging EACH moods one process at a time, with readers alongside.
# Writes of one writer, identified by "w<writer> #<n>" in the note and a tag "writer<writer>".
write_one() {
    local w=$1 n=$2
    "$TEND_BIN" mood $(((w + n) % 10 + 1)) "w$w #$n" -t "writer$w" -q
}

writer() {
    local w=$1
    wait_for_gate
    for n in $(seq 1 "$EACH"); do
        write_one "$w" "$n" || {
            echo "writer $w: write $n failed" >&2
            return 1
        }
    done
}

reader() {
    wait_for_gate
    for _ in $(seq 1 "$EACH"); do
        "$TEND_BIN" mood list --format json >/dev/null || {
            echo "a reader failed" >&2
            return 1
        }
    done
}

start=$(date +%s%N)
pids=()
for w in $(seq 1 "$WRITERS"); do
    writer "$w" 2>"$WORK/writer.$w.err" &
    pids+=($!)
done
for r in 1 2; do
    reader 2>"$WORK/reader.$r.err" &
    pids+=($!)
done
release $((WRITERS + 2))
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
if [[ $status -ne 0 ]]; then
    cat "$WORK"/writer.*.err "$WORK"/reader.*.err >&2
    fail "a writer or reader failed"
fi
elapsed=$((($(date +%s%N) - start) / 1000000))

# Every write is there, once, with its score and tag: by count and by content.
check_writer() {
    local w=$1 expected="" n
    for n in $(seq 1 "$EACH"); do expected+="w$w #$n|$(((w + n) % 10 + 1))|writer$w"$'\n'; done
    local got
    got=$(sqlite3 -separator '|' "$TEND_DB" \
        "SELECT m.note, m.score, t.tag FROM mood m JOIN mood_tag t ON t.mood_id = m.id
         WHERE t.tag = 'writer$w' ORDER BY m.id")
    [[ "$got"$'\n' == "$expected" ]] || {
        diff <(printf '%s' "$expected") <(printf '%s\n' "$got") >&2 || true
        fail "writer $w: its moods differ from what it wrote"
    }
}
total=$(sqlite3 "$TEND_DB" "SELECT count(*) FROM mood")
[[ $total -eq $((WRITERS * EACH)) ]] || fail "$total moods, expected $((WRITERS * EACH))"
for w in $(seq 1 "$WRITERS"); do check_writer "$w"; done
[[ $(sqlite3 "$TEND_DB" "PRAGMA integrity_check") == ok ]] || fail "integrity check"
[[ $(tend mood list --format json | grep -c '"uuid"') -eq $total ]] || fail "tend lists fewer"
note "$WRITERS writers x $EACH moods with 2 readers: all $total writes kept (${elapsed} ms)"
