#!/usr/bin/env bash
# Runs every row of hostile_inputs.tsv against a fresh copy of a small database and checks, for
# each: the exit code; on failure exactly one line on stderr, starting "tend: ", matching the
# row's pattern, nothing on stdout, and the database byte-for-byte unchanged; on success the
# row's check. For every row: no control character on stderr (it is one printable line), no
# personal text that was not the offending value (the seed notes say "private-words"), and no
# database created at $NODB.
#
# A row is: EXIT <tab> COMMAND <tab> PATTERN [<tab> CHECK]. COMMAND is bash, evaluated with
# standard input from /dev/null (redirect it in the row to feed stdin). PATTERN is an extended
# regex the stderr line must match (for exit 0: empty, or a warning the line must match). CHECK
# (exit 0 only) is bash that must succeed afterwards.
#
# Helpers for rows:
#   tend ARGS          the binary under test (with a 20 s timeout)
#   note_of N          N bytes of text as words (for a long note: unquoted, $(note_of N))
#   stored SQL         runs SQL on the database (for checks)
#   last_note          the note of the newest mood
#   $FIX/NAME          fixture files made below in make_fixtures (config files, stdin files)
#   $NODB              a database path that must never come to exist
#
# usage: hostile_inputs.sh TEND_BINARY [TABLE]
source "$(dirname "$0")/lib.sh" "$1"
TABLE=${2:-$RELIABILITY_DIR/hostile_inputs.tsv}
export FIX=$WORK/fixtures NODB=$WORK/never/tend.db

tend() { timeout 20 "$TEND_BIN" "$@"; }
note_of() {
    # Words of up to 100000 bytes: one argument may hold at most 128 KiB.
    local n=$1 out=0 k
    while ((out < n)); do
        if ((out > 0)); then printf ' '; out=$((out + 1)); fi
        k=$((n - out < 100000 ? n - out : 100000))
        ((k > 0)) && head -c "$k" /dev/zero | tr '\0' x
        out=$((out + k))
    done
}
stored() { sqlite3 "$TEND_DB" "$1"; }
last_note() { stored "SELECT note FROM mood ORDER BY id DESC LIMIT 1"; }
export -f tend note_of stored last_note

# Files that rows refer to as $FIX/NAME. Add a fixture here when a new command reads files or
# standard input (templates, imports, answers).
make_fixtures() {
    mkdir -p "$FIX/dir.toml"
    printf 'format = "te\0xt"\n' >"$FIX/nul.toml"
    printf 'format = "\xff\xfe"\n' >"$FIX/bad_utf8.toml"
    printf 'format = "\\u001b]0;owned\\u0007"\n' >"$FIX/escape_value.toml"
    printf '"\\u001b[2J" = 1\n' >"$FIX/escape_key.toml"
    printf 'format = """text\njson"""\n' >"$FIX/multiline.toml"
    printf 'this is not toml\n' >"$FIX/not_toml.toml"
    printf 'format = "text"\nformat = "json"\n' >"$FIX/duplicate.toml"
    printf 'color = true\n' >"$FIX/wrong_type.toml"
    printf 'remind = 3\n' >"$FIX/not_a_table.toml"
    printf '[remind]\nprep_lead_hours = 99999999999999999999\n' >"$FIX/huge_int.toml"
    printf '[remind]\nprep_lead_hours = -1\n' >"$FIX/negative.toml"
    printf '[remind]\nmood_after = "25:00"\n' >"$FIX/bad_time.toml"
    printf '[remind]\nmood_after = "\x27; DROP TABLE mood; --"\n' >"$FIX/sql_time.toml"
    printf '[database]\nlock_wait = "1e9s"\n' >"$FIX/bad_wait.toml"
    printf '[database]\nlock_wait = "601s"\n' >"$FIX/long_wait.toml"
    { printf 'a = '; printf '[%.0s' $(seq 5000); printf ']%.0s' $(seq 5000); echo; } >"$FIX/deep.toml"
    { printf 'format = "'; head -c 500000 /dev/zero | tr '\0' x; printf '"\n'; } >"$FIX/long_value.toml"
    printf '\0\0\0\0' >"$FIX/nul.bin"
    printf 'ok\n' >"$FIX/ok.txt"
    # Files that are not regular files, and inputs past their limits.
    mkfifo "$FIX/fifo"
    ln -s /dev/zero "$FIX/link_to_zero"
    { printf '# '; head -c $((1024 * 1024)) /dev/zero | tr '\0' x; echo; } >"$FIX/big.toml"
    truncate -s $((64 * 1024 * 1024 + 1)) "$FIX/huge.json"
    local templates=$XDG_CONFIG_HOME/tend/templates
    mkdir -p "$templates"
    mkfifo "$templates/fifo-template.toml"
    ln -s /dev/zero "$templates/zero-template.toml"
    cp "$FIX/big.toml" "$templates/big-template.toml"
    printf '#!/bin/sh\nrm -f "$1" && mkfifo "$1"\n' >"$FIX/fifo_editor"
    printf '#!/bin/sh\nhead -c 9000000 /dev/zero | tr "\\0" x >"$1"\n' >"$FIX/huge_editor"
    chmod +x "$FIX/fifo_editor" "$FIX/huge_editor"
    # Imports: a number beyond a double, a day that is not its time's, a time before 1970.
    local head='"format": "tend-export", "version": 1'
    local uuid='"uuid": "0b5e7c1e-4f6a-4b8e-9a51-3c2d1e0f9a88"'
    printf '{%s, "moods": [{%s, "score": 1e400}]}' "$head" "$uuid" >"$FIX/overflow.json"
    printf '{%s, "entries": [{}, {"answers": [{"answer": -1E+999}]}]}' "$head" >"$FIX/overflow_deep.json"
    printf '{%s, "moods": [{%s, "at": "2026-11-20T00:30:00+01:00", "day": "2026-11-19", "score": 5}]}' \
        "$head" "$uuid" >"$FIX/wrong_day.json"
    printf '{%s, "moods": [{%s, "at": "2026-11-19T23:30:00-05:00", "day": "2026-11-19", "score": 5}]}' \
        "$head" "$uuid" >"$FIX/west_day.json"
    printf '{%s, "moods": [{%s, "at": "1969-12-31T10:00:00+01:00", "day": "1969-12-31", "score": 5}]}' \
        "$head" "$uuid" >"$FIX/old_day.json"
}

make_fixtures
seed=$WORK/seed.db
"$TEND_BIN" --db "$seed" mood 7 "private-words one" -t sleep -q
"$TEND_BIN" --db "$seed" mood 3 "private-words two" -t work -q
"$TEND_BIN" --db "$seed" mood 5 "private-words three" -q
mkdir -p "$(dirname "$TEND_DB")"

rows=0 failures=0
report() {
    echo "FAIL: $TABLE:$lineno: $1" >&2
    echo "  command: $cmd" >&2
    [[ -s $WORK/err ]] && sed 's/^/  stderr: /' "$WORK/err" | cut -c1-300 | cat -v >&2
    failures=$((failures + 1))
}

lineno=0
while IFS= read -r line || [[ -n $line ]]; do
    lineno=$((lineno + 1))
    [[ -z $line || $line == \#* ]] && continue
    # Split on single tabs by hand: `read` would merge an empty PATTERN into its neighbours.
    want=${line%%$'\t'*} rest=${line#*$'\t'}
    cmd=${rest%%$'\t'*} rest=${rest#"$cmd"} rest=${rest#$'\t'}
    pattern=${rest%%$'\t'*} rest=${rest#"$pattern"} check=${rest#$'\t'}
    rows=$((rows + 1))
    rm -f "$TEND_DB" "$TEND_DB-wal" "$TEND_DB-shm"
    cp "$seed" "$TEND_DB"
    before=$(db_digest "$TEND_DB")
    status=0
    (eval "$cmd") >"$WORK/out" 2>"$WORK/err" </dev/null || status=$?
    after=$(db_digest "$TEND_DB")
    lines=$(wc -l <"$WORK/err")

    if [[ $status -ne $want ]]; then report "exited $status, expected $want"; continue; fi
    if LC_ALL=C grep -q '[[:cntrl:]]' <(tr -d '\n' <"$WORK/err"); then
        report "a control character reached stderr"
        continue
    fi
    if grep -q 'private-words' "$WORK/err"; then report "stderr shows a note"; continue; fi
    if [[ -e $NODB ]]; then report "created $NODB"; rm -rf "$(dirname "$NODB")"; continue; fi
    if [[ $want -ne 0 && -z $pattern ]]; then report "a row that fails needs a PATTERN"; continue; fi
    if [[ -n $pattern ]]; then
        if [[ $lines -ne 1 ]] || ! head -c6 "$WORK/err" | grep -q '^tend: '; then
            report "expected one stderr line starting \"tend: \", got $lines"
            continue
        fi
        grep -Eq -- "$pattern" "$WORK/err" || { report "stderr does not match /$pattern/"; continue; }
    elif [[ -s $WORK/err ]]; then
        report "expected nothing on stderr"
        continue
    fi
    if [[ $want -ne 0 ]]; then
        [[ $before == "$after" ]] || { report "exited $status but changed the database"; continue; }
        [[ -s $WORK/out ]] && { report "a failure printed to stdout"; continue; }
    elif [[ -n $check ]] && ! (eval "$check") >/dev/null 2>&1; then
        report "check failed: $check"
        continue
    fi
done <"$TABLE"

((rows > 0)) || fail "no rows in $TABLE"
((failures == 0)) || fail "$failures of $rows rows failed"
note "$rows hostile inputs: right exit code, one clean line, database untouched"
