#!/usr/bin/env bash
# Drives the guided prompts through a real terminal: tend runs in a detached tmux session, keys
# are sent as a person types them (line editing, skipping, Ctrl-D, Ctrl-C), and each screen is
# compared, with what was saved, against a golden file. TEND_UPDATE_GOLDEN=1 rewrites it.
# Exits 77 (skipped) when tmux is not installed.
#
# usage: interactive.sh TEND_BINARY GOLDEN_FILE
set -euo pipefail

LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/../lib" && pwd)
source "$LIB/needs.sh"
needs tmux  # to drive the terminal prompts
source "$LIB/world.sh"
source "$LIB/golden.sh"
GOLDEN=$2

# The same fixed, private world as run_case.sh (tests/lib/world.sh).
world_enter tty "$1"
SOCKET=$WORK/tmux.sock
tmux_() { tmux -S "$SOCKET" -f /dev/null "$@"; }
world_on_exit 'tmux_ kill-server >/dev/null 2>&1'
TRANSCRIPT=$WORK/transcript
touch "$TRANSCRIPT"

# The command run inside the terminal: tend with the fixed environment, then its exit code;
# the pane stays open so that the final screen can be read.
cat >"$WORK/in-terminal.sh" <<SH
#!/bin/sh
$(world_exports)
export TERM=screen
tend() { '$TEND_BIN' "\$@"; }
trap : INT  # a Ctrl-C is for tend (which gets the default action), not for this shell
eval "\$1"
echo "--- exit \$?"
exec sleep 600
SH
chmod +x "$WORK/in-terminal.sh"

screen_of() { tmux_ capture-pane -p -t "$1" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }

fail() {
    echo "FAIL: $1; the screen was:" >&2
    screen_of "$2" >&2
    exit 1
}

# wait_for PANE REGEX: until a line of the screen matches (10 s at most).
wait_for() {
    local i
    for ((i = 0; i < 200; i++)); do
        screen_of "$1" | grep -qE -- "$2" && return 0
        sleep 0.05
    done
    fail "waited in vain for /$2/" "$1"
}

# wait_for_prompt PANE REGEX: until a line matches REGEX (the question being asked) and the
# line editor's "> " prompt is the last line on the screen.
wait_for_prompt() {
    local i screen
    for ((i = 0; i < 200; i++)); do
        screen=$(screen_of "$1")
        if grep -qE -- "$2" <<<"$screen" && [[ $(tail -n 1 <<<"$screen") == ">" ]]; then
            return 0
        fi
        sleep 0.05
    done
    fail "waited in vain for /$2/ and the > prompt" "$1"
}

# start NAME 'COMMAND LINE': runs the command line in a new 100x30 terminal.
start() {
    printf '=== %s\n$ %s\n' "$1" "$2" >>"$TRANSCRIPT"
    tmux_ new-session -d -s "$1" -x 100 -y 30 "$WORK/in-terminal.sh '$2'"
}

# type_keys NAME KEYS...: types the keys (tmux key names as in send-keys, "text:" and literal
# text, or "bytes:" and bytes in hexadecimal, such as bytes:e9 or "bytes:c3 28").
type_keys() {
    local pane=$1 key
    shift
    for key in "$@"; do
        if [[ $key == text:* ]]; then tmux_ send-keys -t "$pane" -l "${key#text:}"
        elif [[ $key == bytes:* ]]; then tmux_ send-keys -t "$pane" -H ${key#bytes:}
        else tmux_ send-keys -t "$pane" "$key"; fi
    done
}

# answer NAME QUESTION KEYS...: waits until question QUESTION (its number: 1, 2, ...) is asked,
# then types the keys.
answer() {
    wait_for_prompt "$1" "^\($2/[0-9]+\) "
    type_keys "$1" "${@:3}"
}

# answer_item NAME ITEM KEYS...: the same for a questionnaire's item ("2/7 ...").
answer_item() {
    wait_for_prompt "$1" "^$2/[0-9]+ "
    type_keys "$1" "${@:3}"
}

# finish NAME: waits for the command to end and records the screen.
finish() {
    wait_for "$1" '^--- exit [0-9]+$'
    screen_of "$1" >>"$TRANSCRIPT"
    tmux_ kill-session -t "$1"
}

# record 'COMMAND LINE': runs a command outside the terminal and records its output.
record() {
    printf '=== after\n$ %s\n' "$1" >>"$TRANSCRIPT"
    (eval "$1") >>"$TRANSCRIPT" 2>&1 || printf -- '--- exit %d\n' $? >>"$TRANSCRIPT"
}

# One idle session keeps the server up between the cases (it exits when its last one ends).
tmux_ new-session -d -s keeper "exec sleep 600"
tend session add "2026-11-19 17:00" >/dev/null

# Each question in turn with its hint; Enter alone skips one; arrows and backspace edit.
start reflect 'tend reflect'
answer reflect 1 'text:It is okay to ask for hlep' BSpace BSpace BSpace 'text:elp' Enter
answer reflect 2 Enter
answer reflect 3 'text:Ask once  a week' Left Left Left Left Left Left Left BSpace 'text:, out loud,' End Enter
finish reflect

# Ctrl-D stops early and keeps what was answered.
tend session next "2026-11-24 17:00" >/dev/null
start prep 'tend prep'
answer prep 1 'text:Walked twice, even in the rain' Enter
answer prep 2 C-d
finish prep

# Ctrl-D before any answer saves nothing, and says so.
start nothing 'tend worksheet thought-record'
answer nothing 1 C-d
finish nothing

# Ctrl-C leaves at once: nothing saved, the terminal as it was.
start interrupted 'tend reflect --again --template behavioral-experiment'
answer interrupted 1 'text:Everyone will notice' Enter
answer interrupted 2 'text:half-typed'
wait_for interrupted '^> half-typed$'  # a signal would overtake keys not yet read
tmux_ send-keys -t interrupted C-c
finish interrupted

# Asked on a terminal, but with output going elsewhere: refused, with the other ways to answer.
start piped 'tend reflect --again >/dev/null'
finish piped

# Answers given as options never prompt, even on a terminal.
start scripted 'tend win "Asked for help" && tend reflect --again --answer takeaway="Small steps count."'
finish scripted

record 'tend entry list'
record 'tend entry show 1'
record 'tend entry show 2'

# A session whose time passed unrecorded is asked about before reflect attaches to a session:
# an answer other than yes or no is asked again; Ctrl-D saves nothing; yes records it as held,
# with the reflection on it, in one transaction.
start unsettled 'TEND_NOW=2026-11-24T18:00 tend reflect'
wait_for_prompt unsettled 'Did it happen\? \(yes or no\)$'
type_keys unsettled C-d
finish unsettled
# The answer is saved with the entry or not at all: "no" leaves the session before, which
# already has its reflections, so reflect is refused and the answer is not saved either.
start unanswered 'TEND_NOW=2026-11-24T18:00 tend reflect'
wait_for_prompt unanswered 'Did it happen\? \(yes or no\)$'
type_keys unanswered 'text:no' Enter
finish unanswered
record 'TEND_NOW=2026-11-24T18:00 tend session list'
start unconfirmed 'TEND_NOW=2026-11-24T18:00 tend reflect'
wait_for_prompt unconfirmed 'Did it happen\? \(yes or no\)$'
type_keys unconfirmed 'text:maybe' Enter
wait_for unconfirmed '^Please type yes or no\.$'
type_keys unconfirmed 'text:yes' Enter
answer unconfirmed 1 'text:It happened after all' Enter
answer unconfirmed 2 Enter
answer unconfirmed 3 Enter
finish unconfirmed
record 'TEND_NOW=2026-11-24T18:00 tend session list'

# A questionnaire on a terminal: each item with its choices; an answer the item does not offer
# is asked for again.
start gad 'tend check gad-7'
answer_item gad 1 'text:1' Enter
answer_item gad 2 'text:7' Enter
wait_for gad '^Please type '
answer_item gad 2 'text:0' Enter
for item in 3 4 5 6 7; do answer_item gad "$item" 'text:0' Enter; done
finish gad

# Ctrl-D part-way through saves nothing: a questionnaire is scored whole or not at all.
start gad_stopped 'tend check gad-7'
answer_item gad_stopped 1 'text:2' Enter
answer_item gad_stopped 2 C-d
finish gad_stopped
record 'tend check history'

# Bytes that are not valid UTF-8 (Latin-1's é, a broken sequence) show as U+FFFD, and the
# answer is asked for again, as standard input refuses it; a mark deleted before Enter is gone.
start latin1 'tend worksheet thought-record'
answer latin1 1 'text:Caf' 'bytes:e9' 'text: at noon' Enter
wait_for latin1 '^That is not valid UTF-8 text; please type it again\.$'
type_keys latin1 'text:Café at noon' Enter
answer latin1 2 'text:I am ' 'bytes:c3 28' BSpace BSpace 'text:late' Enter
answer latin1 3 C-d
finish latin1
record 'tend entry show 5'
record 'printf "Caf\xe9 at noon\n" | tend worksheet thought-record'

compare_golden "$TRANSCRIPT" "$GOLDEN"
