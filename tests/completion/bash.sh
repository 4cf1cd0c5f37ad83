#!/usr/bin/env bash
# The bash completion script in a real bash: source it, set COMP_WORDS and COMP_CWORD as bash
# does (words split at "=" and ":"), call _tend, and check COMPREPLY: live homework ids with
# their titles, templates, tags, record ids, option values, file names, and no database created
# when there is none. Also offers every subcommand and option in the command tree.
#
# usage: bash.sh TEND_BINARY REPO
set -euo pipefail
source "$(dirname "$0")/world.sh" "$@"

# shellcheck source=/dev/null
source "$REPO/completions/tend.bash"
[[ $(complete -p tend) == "complete -F _tend tend" ]] || fail "complete -p tend: $(complete -p tend)"

# reply WORD...: COMPREPLY for a command line whose last word is the one at the cursor.
reply() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _tend
    printf '%s\n' "${COMPREPLY[@]}"
}

# expect 'EXPECTED LINES' WORD...: COMPREPLY is exactly these lines, in order (bash asks by
# words, so this takes the place of world.sh's expect).
expect() {
    local want=$1 got
    shift
    got=$(reply "$@")
    [[ $got == "$want" ]] || fail "$(printf '[%s] ' "$@"): expected
$want
got
$got"
}

# Before any record exists: nothing to offer, and no database is created.
expect "" tend hw done ""
[[ ! -e $TEND_DB ]] || fail "completion created the database"

seed_world
digest=$(sha256sum "$TEND_DB")

expect "1  (Walk around the block)
2  (Call the dentist)" tend hw done ""
for sub in skip undo show edit drop; do
    expect "1  (Walk around the block)
2  (Call the dentist)" tend hw "$sub" ""
done
expect "1  (Walk around the block)
2  (Call the dentist)" tend homework step done ""
expect "2" tend hw done 2
expect "" tend hw done 3
expect "behavioral-experiment  (Behavioral experiment)
check-in               (Evening check-in)
prep                   (Getting ready for the next session)
reflection             (Reflection on the session)
thought-record         (Thought record)" tend reflect --template ""
expect "thought-record" tend reflect --template = th
expect "check-in" tend prep --template = ch
expect "check-in" tend template show ch
expect "thought-record" tend worksheet th
expect "1" tend goal rate ""  # the only open goal: bash completes it outright
expect "1" tend hw add x --goal ""
expect "list     (List the questionnaires and when each was last taken)
history  (List past results, oldest first)
gad-7    (GAD-7)
phq-9    (PHQ-9)" tend check ""
expect "phq-9" tend check history p
expect "after\\ work  (1 mood)
sleep        (1 mood)
walk         (1 mood)
work         (1 mood)" tend mood -t ""
expect "after\\ work" tend mood --tag af
expect "after work" tend mood --tag "'af"
expect "after\\ work" tend mood --tag "after\\ w"
expect "sleep,walk  (1 mood)
sleep,work  (1 mood)" tend mood -t sleep,w
expect "3  (Fri 20 Nov · 6)
2  (Fri 20 Nov · 5)
1  (Fri 20 Nov · 7 · slept well)" tend mood edit ""
expect "1" tend win rm ""
expect "1" tend session rm ""
expect "1" tend reflect --session ""
expect "1" tend entry show ""
expect "text
markdown
json" tend --format ""
expect "markdown" tend hw --format = m
expect "json
csv
markdown" tend export --format ""
expect "daylio" tend import --from d
expect "hw        (Homework: assign it, list it, check it off)
homework  (Homework: assign it, list it, check it off)" tend h
expect "list" tend mood l
expect "" tend mood 7 l
expect "today     (the current day)
tomorrow  (the day after today)" tend mood --at to
expect "yesterday" tend mood --at y
expect "--daily  (Every day)
--days   (On these weekdays, e.g. mon,wed,fri)" tend hw add --da
expect "--daily" tend hw add --dai
touch notes.txt
expect "notes.txt" tend --db not
expect "" tend __comp
[[ $(sha256sum "$TEND_DB") == "$digest" ]] || fail "completion changed the database"
[[ ! -e $TEND_DB-wal && ! -e $TEND_DB-shm ]] || fail "completion left -wal or -shm files"

# Another database named on the line is the one read.
cp "$TEND_DB" other.db
TEND_NOW=2026-11-20T09:00 tend --db other.db hw add "Only in the other one" -q
expect "1  (Walk around the block)
2  (Call the dentist)
5  (Only in the other one)" tend --db other.db hw done ""
expect "1  (Walk around the block)
2  (Call the dentist)
5  (Only in the other one)" tend --db "'other.db'" hw done ""

# Every subcommand and option of the tree is offered where it belongs.
while IFS= read -r path; do
    read -r -a words <<<"$path"
    offers_all "$path" "$(reply "${words[@]}" "" | cut -d' ' -f1)" \
        "$(reply "${words[@]}" - | cut -d' ' -f1)"
done < <(commands)

verdict bash
