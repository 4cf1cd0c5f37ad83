#!/usr/bin/env bash
# The fish completion script in a real fish: `complete -C "tend hw done "` lists live homework
# ids with their titles, templates, tags, record ids and option values as fish shows them
# (value<TAB>description), and every subcommand and option of the command tree. Exits 77
# (skipped) when fish is not installed.
#
# usage: fish.sh TEND_BINARY REPO
set -euo pipefail
source "$(dirname "$0")/../lib/needs.sh"
needs fish
source "$(dirname "$0")/world.sh" "$@"

# offered LINE: what fish offers for the command line LINE (the cursor at its end).
offered() {
    fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$REPO/completions/tend.fish" "$1"
}

candidates() { offered "$1"; }

expect "" "tend hw done "
[[ ! -e $TEND_DB ]] || fail "completion created the database"

seed_world
digest=$(sha256sum "$TEND_DB")
tab=$'\t'
expect "1${tab}Walk around the block
2${tab}Call the dentist" "tend hw done "
expect "1${tab}Walk around the block
2${tab}Call the dentist" "tend homework step done "
expect "2${tab}Call the dentist" "tend hw drop 2"
expect "check-in${tab}Evening check-in" "tend worksheet ch"
expect "--template=thought-record${tab}Thought record" "tend reflect --template=th"
expect "check-in${tab}Evening check-in" "tend template show c"
expect "1${tab}Sleep before midnight" "tend goal rate "
expect "list${tab}List the questionnaires and when each was last taken
history${tab}List past results, oldest first
gad-7${tab}GAD-7
phq-9${tab}PHQ-9" "tend check "
expect "sleep,walk${tab}1 mood
sleep,work${tab}1 mood" "tend mood -t sleep,w"
expect "after work${tab}1 mood" "tend mood --tag af"
expect "after work${tab}1 mood" "tend mood --tag 'after w"
expect "after work${tab}1 mood" "tend mood --tag after\\ w"
expect "1${tab}Fri 20 Nov · asked for help" "tend win rm "
expect "json" "tend --format j"
expect "csv" "tend export --format c"
expect "daylio" "tend import --from d"
touch notes.txt
expect "notes.txt" "tend --db not"
expect "hw${tab}Homework: assign it, list it, check it off
homework${tab}Homework: assign it, list it, check it off" "tend h"
[[ $(sha256sum "$TEND_DB") == "$digest" ]] || fail "completion changed the database"

while IFS= read -r path; do
    offers_all "$path" "$(offered "$path " | cut -f1)" "$(offered "$path -" | cut -f1)"
done < <(commands)

verdict fish
