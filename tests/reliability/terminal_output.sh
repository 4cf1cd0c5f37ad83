#!/usr/bin/env bash
# Text that acts on a terminal (escape sequences, C1 controls, bidirectional overrides, carriage
# returns, backspaces) is stored as typed but never reaches a terminal raw: every display of it
# runs on a real terminal (script(1) gives a pseudo-terminal, so colour is on) and with
# --color always, and its output may hold tend's own colour codes and nothing else that acts.
#
# To cover a new command that shows stored text, add it to DISPLAYS; to store the payloads in a
# new kind of record, add a line to `store_payloads`.
#
# usage: terminal_output.sh TEND_BINARY
source "$(dirname "$0")/lib.sh" "$1"
command -v script >/dev/null || fail "script(1) is needed (util-linux)"
export TERM=xterm-256color

PAYLOADS=(
    $'colour \e[31mRED\e[0m end'
    $'title \e]0;owned\a end'
    $'clear \e[2J\e[H end'
    $'dcs \eP1;2|x\e\\ end'
    $'c1 \u009b31m end'
    $'bidi \u202eevil\u202c end'
    $'return ov\rerwrite end'
    $'backspace abc\b\b\b end'
    $'bell \a\a end'
    $'del \x7f end'
    $'line one\nline two'
)
DISPLAYS=(
    'mood list'
    'mood list --format markdown'
    'mood list --format json'
)

store_payloads() {
    local p
    for p in "${PAYLOADS[@]}"; do
        "$TEND_BIN" mood 5 "$p" -t payload -q
    done
}
store_payloads
# Every payload is stored exactly as typed.
for i in "${!PAYLOADS[@]}"; do
    got=$(sqlite3 "$TEND_DB" "SELECT hex(note) FROM mood WHERE id = $((i + 1))")
    want=$(printf '%s' "${PAYLOADS[$i]}" | od -An -tx1 | tr -d ' \n' | tr a-f A-F)
    [[ $got == "$want" ]] || fail "payload $((i + 1)) was not stored as typed"
done

# Fails if FILE holds anything that acts on a terminal besides tend's own SGR colour codes and
# line ends.
only_safe_bytes() {
    local file=$1 what=$2
    # tend's colours are CSI digits/semicolons "m"; everything else with ESC is foreign.
    sed -E $'s/\e\\[[0-9;]*m//g; s/\r$//' "$file" >"$WORK/stripped"
    if LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$WORK/stripped"; then
        LC_ALL=C grep -n $'[\x01-\x09\x0b-\x1f\x7f]' "$WORK/stripped" | cat -v | head -5 >&2
        fail "$what: a control character reached the terminal"
    fi
    # C1 controls and bidirectional overrides, UTF-8 encoded.
    if grep -qP '[\x{80}-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}\x{200e}\x{200f}\x{061c}]' \
        "$WORK/stripped"; then
        fail "$what: a C1 control or bidirectional override reached the terminal"
    fi
}

for display in "${DISPLAYS[@]}"; do
    # On a pseudo-terminal (colour on, as a person would see it).
    script -qec "\"$TEND_BIN\" $display" /dev/null >"$WORK/tty" 2>&1 </dev/null ||
        fail "tend $display failed on a terminal"
    grep -q payload "$WORK/tty" || fail "tend $display on a terminal showed no payload"
    only_safe_bytes "$WORK/tty" "tend $display (terminal)"
    # With --color always, through a pipe.
    eval "\"\$TEND_BIN\" $display --color always" >"$WORK/pipe" 2>&1
    only_safe_bytes "$WORK/pipe" "tend $display --color always"
done
# The text view shows what was there, visibly.
script -qec "\"$TEND_BIN\" mood list" /dev/null >"$WORK/tty" 2>&1 </dev/null
for shown in '^[[31mRED' '^[]0;owned^G' '\u009b31m' '\u202eevil' 'ov erwrite' 'abc^H^H^H'; do
    grep -qF "$shown" "$WORK/tty" || fail "tend mood list does not show $shown"
done
# Errors quoting a value are clean too, on a terminal. script(1) runs the command with $SHELL,
# which may be a POSIX sh without $'...' quoting, so the value travels in the environment.
BAD_AT=$'\e]0;owned\a\e[2J' script -qec "\"$TEND_BIN\" mood 5 --at \"\$BAD_AT\"" /dev/null \
    >"$WORK/tty" 2>&1 </dev/null || true
only_safe_bytes "$WORK/tty" "an error on a terminal"
grep -qF 'got "\x1b]0;owned\x07\x1b[2J"' "$WORK/tty" || fail "the error does not show the value escaped"

# Every other field a user types and every command that shows it: one text holding all the
# payloads goes into each field, and every display of it, on a terminal and with colour forced
# through a pipe, holds nothing that acts but tend's colours. Exports and the HTML report too:
# written to a terminal they are shown, not replayed.
HOSTILE="hostile $(printf '%s ' "${PAYLOADS[@]}")"
mkdir -p "$XDG_CONFIG_HOME/tend/templates"
cat >"$XDG_CONFIG_HOME/tend/templates/odd.toml" <<TOML
name = "odd"
title = "odd \u001b]0;owned\u0007 title \u202e end"
[[prompt]]
key = "q"
question = "question \u001b[2J \u009b1m end"
hint = "hint \r\b\u007f end"
TOML
for run in \
    'session add 2026-11-13T17:00 --note "$HOSTILE"' \
    'session next 2026-11-27T17:00' \
    'reflect --answer takeaway="$HOSTILE"' \
    'prep --answer discuss="$HOSTILE"' \
    'worksheet odd --answer q="$HOSTILE"' \
    'win "$HOSTILE"' \
    'mood 4 "$HOSTILE"' \
    'goal add "$HOSTILE" --why "$HOSTILE" --milestone "$HOSTILE"' \
    'goal rate 1 5 --note "$HOSTILE"' \
    'hw add "$HOSTILE" --daily --anchor "$HOSTILE" --barrier "$HOSTILE" --plan "$HOSTILE" --link "$HOSTILE" --details "$HOSTILE" --step "$HOSTILE" --goal 1' \
    'hw skip 1 --on 2026-11-19 --note "$HOSTILE"'; do
    eval "TEND_NOW=2026-11-19T20:00 tend $run -q" || fail "could not store: $run"
done
jq -n --arg t "$HOSTILE" '{entries: [{title: $t, body: $t, date: "2026-11-19", time: "20:30",
    tags: ["@" + $t], starred: true}]}' >"$WORK/jrnl.json"
TEND_NOW=2026-11-19T20:00 tend import "$WORK/jrnl.json" --from jrnl -q ||
    fail "could not import a hostile jrnl file"
EVERY=(
    'mood list' 'summary' 'summary --format markdown' 'summary --format json'
    'summary --format html' 'export' 'export --format csv' 'export --format markdown'
    'session list' 'session list --format markdown' 'entry list' 'entry show 1' 'entry show 2'
    'entry show 3' 'entry show 3 --format markdown' 'win list' 'hw' 'hw list --all' 'hw show 1'
    'hw show 1 --format markdown' 'goal list' 'goal show 1' 'search hostile' 'remind'
    'template list' 'template show odd' 'remind --format json' 'journal list'
    'journal list --format markdown'
)
for display in "${EVERY[@]}"; do
    script -qec "\"$TEND_BIN\" $display" /dev/null >"$WORK/tty" 2>&1 </dev/null ||
        fail "tend $display failed on a terminal: $(head -3 "$WORK/tty" | cat -v)"
    grep -qi 'hostile\|odd' "$WORK/tty" || fail "tend $display on a terminal showed no hostile text"
    only_safe_bytes "$WORK/tty" "tend $display (terminal)"
    # Exports keep their bytes through a pipe; they ask for no colour, so --color always
    # leaves them so.
    [[ $display == export* ]] && continue
    eval "\"\$TEND_BIN\" $display --color always" >"$WORK/pipe" 2>&1
    only_safe_bytes "$WORK/pipe" "tend $display --color always"
done
tend export --format csv --color always | cmp -s - <(tend export --format csv) ||
    fail "tend export --color always through a pipe is not the export"
# A file name is user text too: the acknowledgement naming it shows it neutralised.
ODD_NAME="$WORK/"$'r\e]0;owned\a\e[2J.out'
for write in 'summary -o "$ODD_NAME"' 'export -o "$ODD_NAME"' 'backup "$ODD_NAME"'; do
    rm -f "$ODD_NAME"
    ODD_NAME=$ODD_NAME script -qec "\"$TEND_BIN\" $write" /dev/null \
        >"$WORK/tty" 2>&1 </dev/null || fail "tend $write failed on a terminal: $(cat -v "$WORK/tty")"
    [[ -f $ODD_NAME ]] || fail "tend $write wrote no file"
    grep -qF '^[]0;owned^G^[[2J' "$WORK/tty" || fail "tend $write does not show the name escaped"
    only_safe_bytes "$WORK/tty" "tend $write (terminal)"
done
# Written to a file, an export keeps every byte as stored.
tend export --format csv -o "$WORK/moods.csv"
grep -qF "${PAYLOADS[1]}" "$WORK/moods.csv" || fail "the CSV file does not hold the note exactly"
note "${#PAYLOADS[@]} payloads x ${#DISPLAYS[@]} displays, and every field x ${#EVERY[@]} more displays: stored as typed, shown neutralised"
