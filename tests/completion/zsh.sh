#!/usr/bin/env bash
# The zsh completion function in a real interactive zsh, through zsh/zpty (zsh_driver.zsh):
# live homework ids with their titles, templates, tags and option values as zsh lists them, and
# every subcommand and option of the command tree. Exits 77 (skipped) when zsh is not installed.
#
# usage: zsh.sh TEND_BINARY REPO
set -euo pipefail
source "$(dirname "$0")/../lib/needs.sh"
needs zsh
source "$(dirname "$0")/world.sh" "$@"

# offered LINE...: for each command line, "=== LINE" and what zsh offered for it.
offered() { printf '%s\n' "$@" | zsh -f "$REPO/tests/completion/zsh_driver.zsh" "$REPO/completions"; }

# candidates LINE: zsh's answer for LINE without its "=== LINE" header.
candidates() { offered "$1" | sed 1d; }

expect "" "tend hw done "
[[ ! -e $TEND_DB ]] || fail "completion created the database"

seed_world
digest=$(sha256sum "$TEND_DB")
expect "1  -- Walk around the block
2  -- Call the dentist" "tend hw done "
expect "1  -- Walk around the block
2  -- Call the dentist" "tend homework step done "
expect "2  -- Call the dentist" "tend hw edit 2"
expect "behavioral-experiment  -- Behavioral experiment
check-in               -- Evening check-in
prep                   -- Getting ready for the next session
reflection             -- Reflection on the session
thought-record         -- Thought record" "tend worksheet "
expect "check-in  -- Evening check-in" "tend template show c"
expect "1  -- Sleep before midnight" "tend goal rate "
expect "phq-9  -- PHQ-9" "tend check p"
expect "thought-record  -- Thought record" "tend reflect --template=th"
expect "walk  -- 1 mood
work  -- 1 mood" "tend mood -t sleep,w"
expect "after work  -- 1 mood" "tend mood --tag af"
expect "after work  -- 1 mood" "tend mood --tag 'after w"
expect "after work  -- 1 mood" "tend mood --tag after\\ w"
expect "1  -- Fri 20 Nov · asked for help" "tend win rm "
expect "markdown" "tend --format m"
expect "csv" "tend export --format c"
expect "daylio" "tend import --from d"
expect "hw        -- Homework: assign it, list it, check it off
homework  -- Homework: assign it, list it, check it off" "tend h"
touch notes.txt
offered "tend --db no" | grep -qxF notes.txt || fail "'tend --db no<TAB>' does not offer notes.txt"
[[ $(sha256sum "$TEND_DB") == "$digest" ]] || fail "completion changed the database"

# Every subcommand and option, in one zsh session.
lines=()
while IFS= read -r path; do lines+=("$path " "$path -"); done < <(commands)
answers=$(offered "${lines[@]}")
# answer_to LINE: the first words zsh offered for LINE.
answer_to() { awk -v l="=== $1" '$0 == l { on = 1; next } /^=== / { on = 0 } on { print $1 }' <<<"$answers"; }
while IFS= read -r path; do
    offers_all "$path" "$(answer_to "$path ")" "$(answer_to "$path -")"
done < <(commands)

verdict zsh
