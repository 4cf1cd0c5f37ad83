# Sourced by the completion tests: the private world of tests/lib/world.sh with a few records to
# complete, `tend` first on PATH (the scripts run the tend they were typed as), and helpers to
# read the command tree and to report failures.
#
# A script sources it with its own arguments, the binary under test and the source tree:
#   source "$(dirname "$0")/world.sh" "$@"
# and then has $REPO (the source tree), $TEND_BIN and $WORK (see tests/lib/world.sh).

REPO=$(realpath "$2")
source "$REPO/tests/lib/world.sh"
world_enter completion "$1"
# The shells find tend on PATH as a user's would, not as the world's function.
unset -f tend
mkdir -p "$WORK/bin"
ln -s "$TEND_BIN" "$WORK/bin/tend"
export PATH=$WORK/bin:$PATH
export COLUMNS=200
cd "$WORK"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# offers_all PATH SUBS OPTS: every subcommand of PATH is among SUBS (what <TAB> offered after
# "PATH "), and every option among OPTS (after "PATH -"); one word a line.
offers_all() {
    local path=$1 sub opt
    for sub in $(subcommands "$path"); do
        grep -qxF -- "$sub" <<<"$2" || fail "'$path <TAB>' does not offer $sub"
    done
    for opt in $(options "$path"); do
        grep -qxF -- "$opt" <<<"$3" || fail "'$path -<TAB>' does not offer $opt"
    done
}

# expect 'EXPECTED LINES' LINE: the candidates offered for LINE (each shell's script defines
# `candidates LINE`) are exactly the expected lines.
expect() {
    local got
    got=$(candidates "$2")
    [[ $got == "$1" ]] || fail "'$2': expected
$1
got
$got"
}

# verdict SHELL: exits 1 after any failure, else says all passed.
verdict() {
    if ((failures)); then
        echo "$failures failure(s)" >&2
        exit 1
    fi
    echo "$1 completion: all checks passed"
}

# Some records: two open homework items, one done and one dropped (never offered), moods with
# tags, a session, a win, a reflection, and a template of the user's own.
seed_world() {
    tend hw add "Walk around the block" --daily -q
    tend hw add "Call the dentist" -q
    tend hw add "Post the letter" -q
    tend hw done 3 -q
    tend hw add "Old habit" --daily -q
    tend hw drop 4 -q
    TEND_NOW=2026-11-17T17:00 tend session add -q
    tend mood 7 "slept well" -t sleep,walk -q
    tend mood 5 -t work -q
    tend mood 6 -t "after work" -q
    tend win "asked for help" -q
    tend goal add "Sleep before midnight" -q
    tend goal add "Old goal" -q
    tend goal drop 2 -q
    tend reflect -a takeaway="Rest is not laziness." -q
    mkdir -p "$XDG_CONFIG_HOME/tend/templates"
    cat >"$XDG_CONFIG_HOME/tend/templates/check-in.toml" <<'TOML'
name = "check-in"
title = "Evening check-in"

[[prompt]]
key = "energy"
question = "How is your energy, from 1 to 10?"
TOML
}

# The command tree from `tend __complete --tree`: "commands" prints each command path (the root
# first), "subcommands PATH" its subcommands and aliases, "options PATH" its option names.
tree_file=$WORK/tree
tend __complete --tree >"$tree_file"
commands() { awk -F'\t' '$1 == "command" { print $2 }' "$tree_file"; }
subcommands() {
    awk -F'\t' -v p="$1" '
        $1 == "command" && index($2, p " ") == 1 && split(substr($2, length(p) + 2), w, " ") == 1 {
            print w[1]; sub_path[$2] = 1
        }
        $1 == "alias" && ($2 in sub_path) { print $3 }' "$tree_file"
}
options() {
    awk -F'\t' -v p="$1" '$1 == "option" && $2 == p { n = split($3, names, ","); for (i = 1; i <= n; i++) print names[i] }' "$tree_file"
}
