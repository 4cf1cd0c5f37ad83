#!/usr/bin/env bash
# tend killed with SIGKILL at random moments while it writes, hundreds of times (at least
# MIN_ITERATIONS, then as many as fit in BUDGET_S seconds, up to ITERATIONS): afterwards the
# database passes PRAGMA integrity_check and foreign_key_check, every write that reported
# success (exit 0) is there, and no write is half-done (a mood without its tags, an edit that
# changed the score but not the note). Every tenth iteration kills the creation of a fresh
# database instead, which must then open and take writes as if nothing had happened.
#
# To cover a new write command, add an operation: a `case` branch in `operation` that runs it
# with identifiable content and records what success means, and its check in `verify`.
#
# usage: crash_recovery.sh TEND_BINARY
source "$(dirname "$0")/lib.sh" "$1"

ITERATIONS=${ITERATIONS:-400}        # at most; at least MIN_ITERATIONS, then until BUDGET_S
MIN_ITERATIONS=${MIN_ITERATIONS:-200}
BUDGET_S=${BUDGET_S:-30}
# Kill moments spread over a whole write, from its start to twice its typical length. That
# length (from 3 to 40 ms on a plain build, mostly fsync, with the load of the machine; longer
# under the sanitizers) is learnt as the test goes: it grows a little after each kill and shrinks
# a little after each write that completed, so that about half of them complete.
tend mood 1 "crash 0" -t crash -t n0 -q
typical_us=$((1000 * $(duration_ms tend --db "$WORK/timing.db" mood 5)))
learn() {  # learn STATUS
    if [[ $1 -eq 0 ]]; then typical_us=$((typical_us * 95 / 100)); else typical_us=$((typical_us * 105 / 100)); fi
    ((typical_us > 500)) || typical_us=500
}
seed=${SEED:-$$}
RANDOM=$seed
note "seed $seed (set SEED to repeat a run)"

# What each iteration did: "op target status".
log=$WORK/ops
: >"$log"
logged_ok=()     # "id:i" of moods logged by iteration i, whole and untouched, to edit or remove

# Runs tend with ARGS in the background, kills it after a random delay, and prints its status
# (0 when it finished in time, 137 when killed, anything else is a failure of tend).
run_and_kill() {
    local max=$((2 * typical_us))
    [[ $1 == --db ]] && max=$((2 * max))  # a creation takes longer
    "$TEND_BIN" "$@" -q >/dev/null 2>"$WORK/err" &
    local pid=$!
    pause_us $(((RANDOM * 32768 + RANDOM) % max))
    kill -KILL "$pid" 2>/dev/null || true
    local status=0
    wait "$pid" || status=$?
    if [[ $status -ne 0 && $status -ne 137 ]]; then
        cat "$WORK/err" >&2
        fail "tend $* exited $status"
    fi
    echo "$status"
}

# The id of the mood whose note is exactly $1, or nothing.
mood_id() { sqlite3 "$TEND_DB" "SELECT id FROM mood WHERE note = '$1'"; }

operation() {
    local i=$1 status
    case $((i % 10)) in
        0) # the creation of a fresh database (directory, file, WAL mode, schema)
            status=$(run_and_kill --db "$WORK/fresh/$i/tend.db" mood 5 "fresh $i" -t fresh)
            echo "fresh $i $status" >>"$log"
            learn "$status"
            ;;
        7 | 8) # an edit of a whole, untouched mood: score, note and tags in one transaction
            if ((${#logged_ok[@]} == 0)); then return; fi
            local id=${logged_ok[0]%:*} from=${logged_ok[0]#*:} score=$((RANDOM % 10 + 1))
            logged_ok=("${logged_ok[@]:1}")
            status=$(run_and_kill mood edit "$id" --score "$score" --note "edit $i $score" \
                -t edited -t "e$i")
            echo "edit $id:$from:$i:$score $status" >>"$log"
            learn "$status"
            ;;
        9) # a removal (the mood's tags go with it)
            if ((${#logged_ok[@]} == 0)); then return; fi
            local id=${logged_ok[0]%:*} from=${logged_ok[0]#*:}
            logged_ok=("${logged_ok[@]:1}")
            status=$(run_and_kill mood rm "$id")
            echo "rm $id:$from $status" >>"$log"
            learn "$status"
            ;;
        *) # a new mood with a note and two tags
            status=$(run_and_kill mood $((i % 10 + 1)) "crash $i" -t crash -t "n$i")
            if [[ $status -eq 0 ]]; then logged_ok+=("$(mood_id "crash $i"):$i"); fi
            echo "log $i $status" >>"$log"
            learn "$status"
            ;;
    esac
    # -------------------------------------------------------------------------------------
    # IMPORT: once `tend import` lands, add an operation here that imports a file of known
    # moods (e.g. every 10th iteration with i % 10 == 5) and is killed like the others; in
    # `verify`, an import that exited 0 must have brought every record, and a killed one
    # either all of them or none (an import is all or nothing).
    # -------------------------------------------------------------------------------------
}

q() { sqlite3 -separator '|' "$1" "$2"; }

verify_file() {
    local db=$1
    [[ $(q "$db" "PRAGMA integrity_check") == ok ]] || fail "$db: integrity_check failed"
    [[ -z $(q "$db" "PRAGMA foreign_key_check") ]] || fail "$db: foreign_key_check failed"
}

verify() {
    verify_file "$TEND_DB"
    # Nothing half-done: every mood carries the tags written with it, in the same transaction.
    local bad
    bad=$(q "$TEND_DB" "
        WITH m AS (
            SELECT id, note, score, coalesce((SELECT group_concat(tag) FROM (SELECT tag
                FROM mood_tag WHERE mood_id = mood.id ORDER BY tag)), '') AS tags FROM mood),
        crash AS (SELECT *, substr(note, 7) AS n FROM m WHERE note LIKE 'crash %'),
        edit AS (SELECT *, substr(note, 6, instr(substr(note, 6), ' ') - 1) AS n,
                 CAST(substr(note, 6 + instr(substr(note, 6), ' ')) AS INTEGER) AS s
                 FROM m WHERE note LIKE 'edit %')
        SELECT id, note, score, tags FROM m WHERE note NOT LIKE 'crash %' AND note NOT LIKE 'edit %'
        UNION ALL SELECT id, note, score, tags FROM crash
            WHERE tags IS NOT 'crash,n' || n OR score IS NOT CAST(n AS INTEGER) % 10 + 1
        UNION ALL SELECT id, note, score, tags FROM edit
            WHERE tags IS NOT 'e' || n || ',edited' OR score IS NOT s")
    [[ -z $bad ]] || fail "half-done or mixed-up moods: $bad"
    [[ -z $(q "$TEND_DB" "SELECT note FROM mood GROUP BY note HAVING count(*) > 1") ]] ||
        fail "a mood was written twice"

    # The iterations whose mood a later edit or removal touched (completed or not). Ids are
    # not keys here: SQLite gives the id of a removed last mood to the next one.
    local -A touched=()
    local op target status id from i score
    while read -r op target status; do
        case $op in
            edit | rm) IFS=: read -r id from _ <<<"$target" && touched[$from]=1 ;;
        esac
    done <"$log"
    while read -r op target status; do
        case $op in
            log)
                local n
                n=$(q "$TEND_DB" "SELECT count(*) FROM mood WHERE note = 'crash $target'")
                if [[ $status -eq 0 && -z ${touched[$target]:-} && $n -ne 1 ]]; then
                    fail "log $target reported success, missing"
                fi
                ;;
            edit)
                IFS=: read -r id from i score <<<"$target"
                local row
                row=$(q "$TEND_DB" "SELECT score, note FROM mood WHERE id = $id")
                [[ -n $row ]] || fail "edit of mood $id lost the mood"
                if [[ $status -eq 0 && $row != "$score|edit $i $score" ]]; then
                    fail "edit $i of mood $id reported success, found $row"
                fi
                ;;
            rm)
                IFS=: read -r id from <<<"$target"
                n=$(q "$TEND_DB" "SELECT count(*) FROM mood WHERE note = 'crash $from'")
                if [[ $status -eq 0 && $n -ne 0 ]]; then
                    fail "rm of mood $id (crash $from) reported success, the mood is still there"
                fi
                ;;
            fresh)
                local db=$WORK/fresh/$target/tend.db
                [[ -e $WORK/fresh/$target.checked ]] && continue
                touch "$WORK/fresh/$target.checked"
                if [[ -e $db ]]; then
                    # A creation killed half-way opens and takes writes like a new database.
                    "$TEND_BIN" --db "$db" mood 6 "after" -q || fail "fresh $target: write after kill"
                    verify_file "$db"
                    n=$(q "$db" "SELECT count(*) FROM mood WHERE note = 'fresh $target'")
                    if [[ $status -eq 0 && $n -ne 1 ]]; then fail "fresh $target reported success, missing"; fi
                    [[ $(q "$db" "SELECT count(*) FROM mood WHERE note = 'after'") -eq 1 ]] ||
                        fail "fresh $target: the write after the kill is missing"
                elif [[ $status -eq 0 ]]; then
                    fail "fresh $target reported success, no database"
                fi
                ;;
        esac
    done <"$log"
    # tend itself reads what sqlite3 sees.
    [[ $(tend mood list --format json | grep -c '"uuid"') -eq $(q "$TEND_DB" "SELECT count(*) FROM mood") ]] ||
        fail "tend mood list disagrees with the file"
}

start=$(date +%s)
done_iterations=0
for i in $(seq 1 "$ITERATIONS"); do
    if ((i > MIN_ITERATIONS && $(date +%s) - start >= BUDGET_S)); then break; fi
    operation "$i"
    done_iterations=$i
    # Check half-way too, so that recovery by tend (not by sqlite3) is exercised in between.
    if ((i % 50 == 0)); then verify; fi
done
verify
summary=$(awk '{n[$1" "($3==0?"completed":"killed")]++} END {for (k in n) printf "%s %d, ", k, n[k]}' "$log")
note "$done_iterations iterations in $(($(date +%s) - start)) s (a write took about $((typical_us / 1000)) ms): ${summary%, }"
awk '$3 == 137' "$log" | grep -q . || fail "no write was killed"
awk '$3 == 0' "$log" | grep -q . || fail "no write completed"
