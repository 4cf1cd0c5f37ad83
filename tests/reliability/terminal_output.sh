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
note "${#PAYLOADS[@]} payloads x ${#DISPLAYS[@]} displays: stored as typed, shown neutralised"
