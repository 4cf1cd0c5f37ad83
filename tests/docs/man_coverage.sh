#!/usr/bin/env bash
# tend(1) documents the tend it ships with: every command in the command tree (from the hidden
# `tend __complete --tree`, so commands added later are covered without touching this test)
# has an entry under COMMANDS, every option of a command appears in that command's entry, every
# global option under GLOBAL OPTIONS, every alias somewhere, and the page's version is the
# program's. Exits 77 (skipped) when mandoc is not installed.
#
# An entry is a tagged paragraph under COMMANDS whose tag starts with "tend": it documents the
# command its words name ("tend hw step done ID STEP"; "tend hw [list]" names both tend hw and
# tend hw list; several commands may share a tag, separated by commas).
#
# usage: man_coverage.sh TEND_BINARY MAN_PAGE
set -euo pipefail
LIB=$(cd "$(dirname "$0")/../lib" && pwd)
source "$LIB/needs.sh"
needs mandoc
PAGE=$2
source "$LIB/world.sh"
world_enter man "$1"

"$TEND_BIN" __complete --tree >"$WORK/tree"
[[ -s $WORK/tree ]] || { echo "FAIL: tend __complete --tree printed nothing" >&2; exit 1; }
# One very wide line per paragraph line, in plain ASCII without the overstrike of bold.
mandoc -Tascii -Owidth=1000 "$PAGE" | LC_ALL=C sed 's/.\x08//g' >"$WORK/page"

status=0
awk -F'\t' -v page="$WORK/page" '
    function clean(t) { gsub(/[][,.;:()]/, "", t); return t }
    # True when `name` stands in `text` as a word of its own ("--at" is not in "--attach").
    function has(text, name,    at, rest, before, after) {
        rest = text
        while ((at = index(rest, name)) > 0) {
            before = at > 1 ? substr(rest, at - 1, 1) : " "
            after = substr(rest, at + length(name), 1)
            if (before !~ /[A-Za-z0-9-]/ && after !~ /[A-Za-z0-9-]/) return 1
            rest = substr(rest, at + length(name))
        }
        return 0
    }
    # Walks the words of an entry tag from word i ("tend"), marking what it documents.
    function walk(words, n, i, e,    path, t, next_path) {
        path = "tend"
        for (i++; i <= n; i++) {
            t = clean(words[i])
            if (t ~ /^-/ || t == "") break
            next_path = path " " t
            if (next_path in alias) next_path = alias[next_path]
            if (!(next_path in command)) break
            if (words[i] ~ /^\[/) ends[path] = ends[path] " " e  # an optional subcommand
            through[path] = through[path] " " e
            path = next_path
        }
        ends[path] = ends[path] " " e
        return i
    }
    FILENAME != page && $1 == "command" { command[$2] = 1; order[++commands] = $2 }
    FILENAME != page && $1 == "alias" {
        parent = $2; sub(/ [^ ]+$/, "", parent)
        alias[parent " " $3] = $2; aliases[$3] = 1
    }
    FILENAME != page && $1 == "option" { opts[$2] = opts[$2] "\t" $3 }
    FILENAME == page {
        if ($0 ~ /^[A-Z]/) { section = $0; next }
        if (section == "GLOBAL OPTIONS") global = global " " $0
        if (section == "COMMANDS") {
            all = all " " $0
            if ($0 ~ /^       tend / ) {  # a tag: a new entry
                entry[++entries] = $0; current = entries
                n = split($0, words, " ")
                for (i = 1; i <= n; i++) if (clean(words[i]) == "tend") i = walk(words, n, i, entries) - 1
            } else if ($0 ~ /^              / && current) {
                entry[current] = entry[current] " " $0
            } else if ($0 ~ /^ {0,7}[^ ]/) {
                current = 0  # a paragraph or heading of its own ends the entry
            }
        }
    }
    END {
        bad = 0
        for (c = 1; c <= commands; c++) {
            path = order[c]
            n = split(opts[path], names, "\t")
            if (path == "tend") {
                for (k = 2; k <= n; k++) {
                    m = split(names[k], alt, ","); found = 0
                    for (j = 1; j <= m; j++) if (has(global, alt[j])) found = 1
                    if (!found) { print "FAIL: global option " names[k] " is not under GLOBAL OPTIONS"; bad = 1 }
                }
                continue
            }
            list = (path in ends) ? ends[path] : through[path]
            if (list == "") { print "FAIL: " path " has no entry under COMMANDS"; bad = 1; continue }
            text = ""
            m = split(list, ids, " ")
            for (j = 1; j <= m; j++) text = text " " entry[ids[j]]
            for (k = 2; k <= n; k++) {
                if (names[k] == "-h,--help") continue
                q = split(names[k], alt, ","); found = 0
                for (j = 1; j <= q; j++) if (has(text, alt[j])) found = 1
                if (!found) { print "FAIL: " path " " names[k] " is not in the entry for " path; bad = 1 }
            }
        }
        for (a in aliases)
            if (!has(all, a)) { print "FAIL: the alias " a " is not mentioned under COMMANDS"; bad = 1 }
        exit bad
    }' "$WORK/tree" "$WORK/page" >&2 || status=1

# The version in the title line is the program's.
page_version=$(sed -n 's/^\.TH .*"tend \([^"]*\)".*/\1/p' "$PAGE")
tend_version=$("$TEND_BIN" --version | sed 's/^tend //')
if [[ $page_version != "$tend_version" ]]; then
    echo "FAIL: $PAGE says tend $page_version; the program is tend $tend_version" >&2
    status=1
fi
((status == 0)) && echo "$(grep -c '^command' "$WORK/tree") commands and their options are documented"
exit $status
