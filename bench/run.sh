#!/usr/bin/env bash
# tend's benchmarks: whole processes timed against the physical floor (the sqlite3 shell doing
# one durable insert and one aggregate query on the same machine, in the same run), on histories
# of one month, one year and ten years. See bench/README.md.
#
#   bench/run.sh [--quick] [--runs N] [--tend PATH --generate PATH]
#
# Without --tend/--generate it builds both in Release into build-bench/. --quick uses one month
# and one year only, few runs, and enforces no target (CTest runs it as "bench: quick").
# Full mode exits 1 when a target is missed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
quick=0
runs=""
tend=""
generate=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --quick) quick=1 ;;
        --runs) runs=$2; shift ;;
        --tend) tend=$2; shift ;;
        --generate) generate=$2; shift ;;
        *) echo "usage: bench/run.sh [--quick] [--runs N] [--tend PATH --generate PATH]" >&2
           exit 2 ;;
    esac
    shift
done
if [[ -z $runs ]]; then runs=$((quick ? 5 : 31)); fi
warmup=$((quick ? 1 : 5))
every_runs=$runs

command -v sqlite3 >/dev/null || { echo "bench: needs the sqlite3 shell" >&2; exit 2; }
have_time=0
[[ -x /usr/bin/time ]] && have_time=1

if [[ -z $tend || -z $generate ]]; then
    cmake -S "$root" -B "$root/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DTEND_BUILD_BENCH=ON -DTEND_BUILD_TESTS=OFF >/dev/null
    cmake --build "$root/build-bench" -j2 --target tend tend_bench_generate >/dev/null
    tend=$root/build-bench/tend
    generate=$root/build-bench/tend_bench_generate
fi

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fixed clock at the end of the generated history, no config, no colour, one time zone.
export LC_ALL=C TZ=UTC TEND_NOW=2026-11-20T21:30 NO_COLOR=1
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset TEND_DB TEND_CONFIG

if ((quick)); then sizes=(month year); else sizes=(month year decade); fi
declare -A days=([month]=30 [year]=365 [decade]=3650)
big=${sizes[-1]}
for s in "${sizes[@]}"; do
    start=$EPOCHREALTIME
    "$generate" "$work/$s.db" "${days[$s]}"
    printf 'generated %-6s %6d moods in %5.1f s\n' "$s" \
        "$(sqlite3 "$work/$s.db" 'SELECT count(*) FROM mood')" \
        "$(awk -v a="$EPOCHREALTIME" -v b="$start" 'BEGIN {print a - b}')"
done

declare -A median peak cmd prep
results=()

# add NAME PREP COMMAND...: declares a benchmark; PREP (a shell string, may be empty) runs
# untimed before each run of COMMAND.
add() {
    local name=$1
    prep[$name]=$2
    shift 2
    cmd[$name]=$(printf '%q ' "$@")
    results+=("$name")
}

# measure NAME...: runs the benchmarks round-robin ($warmup warm-up rounds, then $runs timed
# ones), so that a slow spell of the shared disk or CPU hits all of them alike; keeps each one's
# median wall time in ms, and its peak resident memory in KiB from one more run.
measure() {
    local i name t0 t1
    local -A samples=()
    for ((i = 0; i < warmup + runs; i++)); do
        for name in "$@"; do
            [[ -n ${prep[$name]} ]] && eval "${prep[$name]}"
            t0=$EPOCHREALTIME
            if ! eval "${cmd[$name]}" >/dev/null 2>"$work/err"; then
                echo "bench: $name failed: ${cmd[$name]}" >&2
                cat "$work/err" >&2
                exit 1
            fi
            t1=$EPOCHREALTIME
            ((i < warmup)) || samples[$name]+="$(((${t1/./} - ${t0/./}))) "
        done
    done
    for name in "$@"; do
        # shellcheck disable=SC2086
        median[$name]=$(printf '%s\n' ${samples[$name]} | sort -n |
            awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                    printf "%.2f", m / 1000}')
        peak[$name]=""
        if ((have_time)); then
            [[ -n ${prep[$name]} ]] && eval "${prep[$name]}"
            eval "/usr/bin/time -f %M -o \"\$work/mem\" ${cmd[$name]}" >/dev/null 2>&1 || true
            peak[$name]=$(tail -n 1 "$work/mem")
        fi
    done
}

# tend remind is measured once this tend has it. (`tend remind --help` alone is no test: with
# no such command it prints the top-level help and exits 0.)
has_remind=0
if "$tend" remind --help 2>/dev/null | grep -q '^Usage: tend remind'; then has_remind=1; fi

mood_sql="PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, created_utc, updated_utc)
VALUES (lower(hex(randomblob(16))), 1795210200, 0, '2026-11-20', 7, 'bench note',
        1795210200, 1795210200);"
agg_sql="SELECT day, count(*), avg(score) FROM mood WHERE day BETWEEN '2026-10-21' AND
'2026-11-20' GROUP BY day;"

# Every size in one round-robin, so that the ratios between sizes (ten years against a month)
# compare runs made in the same moments, as the ratios to sqlite3 do.
names=()
for s in "${sizes[@]}"; do
    db=$work/$s.db
    cp "$db" "$work/$s-write.db"
    wdb=$work/$s-write.db
    # The insert's floor is a bare table holding the same moods, with no index but its keys
    # and no trigger: tend's own schema indexes a note through its search tokenizer, which
    # the sqlite3 shell does not have.
    fdb=$work/$s-floor.db
    sqlite3 "$fdb" "CREATE TABLE mood (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        at_utc INTEGER NOT NULL, at_offset INTEGER NOT NULL, day TEXT NOT NULL,
        score INTEGER NOT NULL, note TEXT NOT NULL, created_utc INTEGER NOT NULL,
        updated_utc INTEGER NOT NULL);
        ATTACH '$db' AS t;
        INSERT INTO mood SELECT id, uuid, at_utc, at_offset, day, score, note, created_utc,
            updated_utc FROM t.mood;"
    hw=$(sqlite3 "$wdb" "SELECT id FROM homework WHERE status = 'open' AND schedule = 'daily'")
    names+=("sqlite3 insert/$s" "sqlite3 aggregate/$s" "mood/$s" "hw done/$s")
    add "sqlite3 insert/$s" "" sqlite3 "$fdb" "$mood_sql"
    add "sqlite3 aggregate/$s" "" sqlite3 "$db" "$agg_sql"
    add "mood/$s" "" "$tend" --db "$wdb" mood 7 "bench note" -t work
    # Each run takes back the previous check-off first (untimed), so each one writes a row.
    add "hw done/$s" "$(printf '%q ' "$tend" --db "$wdb" -q hw undo "$hw") >/dev/null 2>&1 || true" \
        "$tend" --db "$wdb" hw done "$hw"
    for f in text markdown json; do
        add "summary $f/$s" "" "$tend" --db "$db" --format "$f" summary
        names+=("summary $f/$s")
    done
    if ((has_remind)); then
        add "remind/$s" "" "$tend" --db "$db" remind
        names+=("remind/$s")
    fi
    add "mood list --since/$s" "" "$tend" --db "$db" mood list --since 2026-11-13
    add "search/$s" "" "$tend" --db "$db" search tax form
    names+=("mood list --since/$s" "search/$s")
    # The default 90 days, and the whole history (the decade's starts in November 2016).
    add "insights/$s" "" "$tend" --db "$db" insights
    add "insights all/$s" "" "$tend" --db "$db" insights --since 2016-11-01
    names+=("insights/$s" "insights all/$s")
    # The long windows: five years of summary (against the five before) and a year's calendar.
    add "summary 5y/$s" "" "$tend" --db "$db" summary --since 5y
    add "mood cal --year/$s" "" "$tend" --db "$db" mood cal --year
    names+=("summary 5y/$s" "mood cal --year/$s")
done
measure "${names[@]}"

# The export's floor: the sqlite3 shell writing every table as JSON, the moods with their tags
# and in the export's order, to the same place (standard output, here /dev/null).
export_sql="SELECT m.*, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM mood_tag
WHERE mood_id = m.id ORDER BY tag)) AS tags FROM mood m ORDER BY at_utc, uuid;
SELECT * FROM session ORDER BY at_utc, uuid; SELECT * FROM entry; SELECT * FROM entry_answer;
SELECT * FROM goal; SELECT * FROM homework; SELECT * FROM homework_step; SELECT * FROM checkoff;
SELECT * FROM win; SELECT * FROM goal_milestone; SELECT * FROM goal_rating;
SELECT * FROM measure_result; SELECT * FROM measure_answer;"

"$tend" --db "$work/$big.db" -q export -o "$work/$big.json"

# The import's floor: the sqlite3 shell loading the same rows, every table's, into the same
# schema with its triggers (so the search index is filled as tend's is), with tend's pragmas,
# from CSV files written beforehand (untimed): `.import` in one transaction. The shell cannot
# load tend's search tokenizer, so its index uses FTS5's unicode61 instead; nor does it have
# tend_index, which the index's triggers call, so it gets the same triggers with the SQL that
# tend_index runs, as migration 10 left them (floor_search_triggers.sql). The statement
# journals stay in memory, as tend keeps them. The moods' floor loads the moods and their tags
# only, beside the import of a Daylio CSV holding the same moods.
floor_dir=$work/floor
mkdir -p "$floor_dir"
{
    sqlite3 "$work/$big.db" "SELECT sql || ';' FROM sqlite_master WHERE sql IS NOT NULL AND
        name <> 'sqlite_sequence' AND name NOT GLOB 'search_index_*' AND
        NOT (type = 'trigger' AND name GLOB '*_search_*') ORDER BY rowid"
    cat "$root/bench/floor_search_triggers.sql"
} | sed "s/tokenize = 'tend'/tokenize = 'unicode61 remove_diacritics 2'/" >"$floor_dir/schema.sql"
floor_script() {  # floor_script FILE TABLE...: the script that loads those tables
    local file=$1 t
    shift
    {
        printf 'PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n'
        printf 'PRAGMA temp_store = MEMORY;\nBEGIN;\n'
        cat "$floor_dir/schema.sql"
        for t in "$@"; do printf '.import --csv %s %s\n' "$floor_dir/$t.csv" "$t"; done
        printf 'COMMIT;\n'
    } >"$file"
}
mapfile -t tables < <(sqlite3 "$work/$big.db" "SELECT name FROM sqlite_master WHERE type =
    'table' AND name NOT GLOB 'search_index*' AND name NOT GLOB 'sqlite_*' AND name NOT IN
    ('setting', 'tombstone') ORDER BY name")
for t in "${tables[@]}"; do sqlite3 -csv "$work/$big.db" "SELECT * FROM $t" >"$floor_dir/$t.csv"; done
floor_script "$floor_dir/all.sql" "${tables[@]}"
floor_script "$floor_dir/moods.sql" mood mood_tag
# The same moods as Daylio writes them (newest first; each score a mood named m1 to m10).
sqlite3 -csv -header "$work/$big.db" "SELECT day AS full_date, '' AS date, '' AS weekday,
    strftime('%H:%M', at_utc + at_offset, 'unixepoch') AS time, 'm' || score AS mood,
    coalesce((SELECT group_concat(tag, ' | ') FROM mood_tag WHERE mood_id = mood.id), '')
    AS activities, '' AS note_title, note FROM mood ORDER BY at_utc DESC, id DESC" \
    >"$work/$big-daylio.csv"
daylio_map=()
for n in 1 2 3 4 5 6 7 8 9 10; do daylio_map+=(--map "m$n=$n"); done

runs=$((quick ? 3 : 7)) warmup=1
add "sqlite3 -json/$big" "" sqlite3 -json "$work/$big.db" "$export_sql"
add "export json/$big" "" "$tend" --db "$work/$big.db" export
add "export csv/$big" "" "$tend" --db "$work/$big.db" export --format csv
add "export/$big" "rm -f $(printf '%q' "$work/out.json")" \
    "$tend" --db "$work/$big.db" -q export -o "$work/out.json"
add "import/$big" "rm -f $(printf '%q' "$work/in.db")*" \
    "$tend" --db "$work/in.db" -q import "$work/$big.json"
add "sqlite3 .import/$big" "rm -f $(printf '%q' "$work/floor.db")*" \
    sqlite3 "$work/floor.db" ".read $floor_dir/all.sql"
add "import daylio/$big" "rm -f $(printf '%q' "$work/daylio.db")*" \
    "$tend" --db "$work/daylio.db" -q import "$work/$big-daylio.csv" --from daylio "${daylio_map[@]}"
add "sqlite3 .import moods/$big" "rm -f $(printf '%q' "$work/floor.db")*" \
    sqlite3 "$work/floor.db" ".read $floor_dir/moods.sql"
measure "sqlite3 -json/$big" "export json/$big" "export csv/$big" "export/$big" \
    "sqlite3 .import/$big" "import/$big" "sqlite3 .import moods/$big" "import daylio/$big"

# How long an import holds the write lock, which every other writer (a `tend mood` from cron,
# say) waits for, up to its busy timeout (5 s). Seen from outside: while the import runs, a
# poller asks for the write lock without waiting (BEGIN IMMEDIATE, at once rolled back), then
# pauses 10 ms; the lock was held from the first refusal to the last, give or take a poll (the
# poller's own processes slow the import a little, so the figure errs on the long side). Each
# import goes into a database that holds one mood already, as a client's would (a new file
# stays empty until the import's end, in WAL mode, and another process cannot tell it apart).
# poll_lock DB: true if DB's write lock could be had at once.
poll_lock() {
    local uri=${1//%/%25}
    uri=${uri//\?/%3f}
    uri=${uri//#/%23}
    sqlite3 -cmd '.timeout 0' "file:$uri?mode=rw" 'BEGIN IMMEDIATE; ROLLBACK;' >/dev/null 2>&1
}
# lock_held DB COMMAND...: runs COMMAND (an import into DB) while polling DB's write lock and
# prints the longest span refused in ms (0 if none); fails if the lock could not be had before
# the import began, or if the import failed.
lock_held() {
    local db=$1 pid t first="" last="" longest=0 status=0
    shift
    poll_lock "$db" || { echo "bench: $db's write lock is taken before the import" >&2; return 1; }
    "$@" >/dev/null 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        t=$EPOCHREALTIME
        if ! poll_lock "$db"; then
            [[ -n $first ]] || first=$t
            last=$EPOCHREALTIME
        elif [[ -n $first ]]; then
            longest=$(awk -v a="$first" -v b="$last" -v l="$longest" \
                'BEGIN {d = (b - a) * 1000; printf "%.0f", (d > l ? d : l)}')
            first=""
        fi
        sleep 0.01
    done
    wait "$pid" || status=$?
    ((status == 0)) || { echo "bench: the import whose lock was timed failed ($status)" >&2; return 1; }
    if [[ -n $first ]]; then
        longest=$(awk -v a="$first" -v b="$last" -v l="$longest" \
            'BEGIN {d = (b - a) * 1000; printf "%.0f", (d > l ? d : l)}')
    fi
    echo "$longest"
}
declare -A locked
lock_runs=$((quick ? 1 : 3))
lock_db=$work/lock.db
for name in "import/$big" "import daylio/$big"; do
    spans=()
    for ((i = 0; i < lock_runs; i++)); do
        rm -f "$lock_db"*
        "$tend" --db "$lock_db" -q mood 5
        case $name in
            import/*) span=$(lock_held "$lock_db" "$tend" --db "$lock_db" -q import "$work/$big.json") ;;
            *) span=$(lock_held "$lock_db" "$tend" --db "$lock_db" -q import \
                "$work/$big-daylio.csv" --from daylio "${daylio_map[@]}") ;;
        esac
        spans+=("$span")
    done
    locked[$name]=$(printf '%s\n' "${spans[@]}" | sort -n | tail -n 1)
done

# div A B: A / B to two places.
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo
echo "tend $("$tend" --version | cut -d' ' -f2), $(nproc) cores, median of $every_runs runs" \
    "after warm-up, interleaved (export/import: $runs runs)"
echo "load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg)" \
    "(other work on the machine slows every figure)"
printf '%-28s %10s %9s %10s\n' "benchmark" "median ms" "x insert" "peak MiB"
for r in "${results[@]}"; do
    s=${r##*/}
    base=${median["sqlite3 insert/$s"]:-${median["sqlite3 insert/$big"]}}
    mem=${peak[$r]:+$(awk -v k="${peak[$r]}" 'BEGIN {printf "%.1f", k / 1024}')}
    printf '%-28s %10s %9s %10s\n' "$r" "${median[$r]}" \
        "$(div "${median[$r]}" "$base")" "${mem:--}"
done

echo
missed=0
# target NAME OK DETAIL: reports a target as met or missed.
target() {
    local verdict=met
    if [[ $2 != 1 ]]; then verdict=missed; missed=1; fi
    printf '%-7s %s (%s)\n' "$verdict" "$1" "$3"
}
le() { awk -v a="$1" -v b="$2" 'BEGIN {print (a <= b) ? 1 : 0}'; }

ratio=$(div "${median[mood/$big]}" "${median[sqlite3 insert/$big]}")
target "tend mood <= 1.2 x sqlite3 insert" "$(le "$ratio" 1.2)" "${ratio}x"
for f in text markdown json; do
    ms=${median[summary $f/$big]}
    ratio=$(div "$ms" "${median[summary $f/month]}")
    target "tend summary $f ($big) <= 1.2 x month" "$(le "$ratio" 1.2)" "${ratio}x"
    target "tend summary $f ($big) < 15 ms" "$(le "$ms" 15)" "$ms ms"
done
if [[ -n ${median[remind/$big]:-} ]]; then
    target "tend remind < 10 ms" "$(le "${median[remind/$big]}" 10)" "${median[remind/$big]} ms"
else
    echo "skip    tend remind < 10 ms (no tend remind in this build)"
fi
ms=${median[insights all/$big]}
target "tend insights over all of $big < 50 ms" "$(le "$ms" 50)" "$ms ms"
for r in "summary 5y" "mood cal --year"; do
    ms=${median[$r/$big]}
    target "tend $r over $big < 30 ms" "$(le "$ms" 30)" "$ms ms"
done
ratio=$(div "${median[export json/$big]}" "${median[sqlite3 -json/$big]}")
target "export $big <= 2 x sqlite3 -json" "$(le "$ratio" 2)" "${ratio}x"
ratio=$(div "${median[import/$big]}" "${median[sqlite3 .import/$big]}")
target "import $big <= 1.5 x sqlite3 .import" "$(le "$ratio" 1.5)" \
    "${ratio}x, ${median[import/$big]} ms"
ratio=$(div "${median[import daylio/$big]}" "${median[sqlite3 .import moods/$big]}")
echo "report  import of the Daylio CSV of $big against sqlite3 .import of its moods:" \
    "${ratio}x, ${median[import daylio/$big]} ms (no goal yet)"
for name in "import/$big" "import daylio/$big"; do
    target "$name holds the write lock < 2500 ms (half the busy timeout)" \
        "$(le "${locked[$name]}" 2500)" "longest of $lock_runs: ${locked[$name]} ms"
done
if ((have_time)); then
    worst=0 worst_name=""
    for r in "${results[@]}"; do
        case $r in sqlite3*|export*|import*) continue ;; esac
        if ((peak[$r] > worst)); then worst=${peak[$r]} worst_name=$r; fi
    done
    target "peak memory of everyday commands < 10 MiB" "$(le "$worst" 10240)" \
        "largest $(awk -v k="$worst" 'BEGIN {printf "%.1f", k / 1024}') MiB, $worst_name"
    for r in "export json/$big" "export csv/$big" "export/$big"; do
        target "peak memory of $r < 12 MiB" "$(le "${peak[$r]}" 12288)" \
            "$(awk -v k="${peak[$r]}" 'BEGIN {printf "%.1f", k / 1024}') MiB"
    done
    target "peak memory of import/$big < 16 MiB" "$(le "${peak[import/$big]}" 16384)" \
        "$(awk -v k="${peak[import/$big]}" 'BEGIN {printf "%.1f", k / 1024}') MiB"
fi

if ((quick)); then
    echo "(quick mode: one month and one year, $every_runs runs; targets not enforced)"
    exit 0
fi
exit "$missed"
