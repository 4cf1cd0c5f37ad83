# export --share leaves private entries out (and says how many) in every format, unless
# --include-private; a plain export keeps them all, marked "private": true, and importing it
# elsewhere keeps the marks.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
at 2026-11-10T17:50 session add "2026-11-10 17:00"
at 2026-11-10T19:00 reflect --private --answer takeaway="Secret takeaway"
at 2026-11-11T08:00 mood 7 "shared morning"
at 2026-11-12T08:00 mood 2 "private low" --private
at 2026-11-12T20:00 win --private "Private win"
at 2026-11-13T20:00 win "Shared win"
at 2026-11-13T21:00 worksheet thought-record --private --answer situation="Private situation"
export TEND_NOW=2026-11-16T09:00
run 'tend export | jq -c "[.moods[] | [.note, .private]], [.wins[] | [.text, .private]], [.entries[] | [.kind, .private]]"'
run 'tend export | grep -c "\"private\": false" || true'
run 'tend export --share | jq -c "[.moods[].note], [.wins[].text], [.entries[].kind]"'
run 'tend export --share --include-private | jq -c "[.moods[].note], [.wins[].text], [.entries[].kind]"'
run 'tend export --share --format csv | cut -d, -f1,3-'
run 'tend export --share --include-private --format csv | cut -d, -f1,3-'
run 'tend export --format csv | cut -d, -f1,3-'
run 'tend export --share --format markdown | grep -c -i "secret\|private" || true'
run 'tend export --share -o "$WORK/share.json"'
run 'tend -q export --share -o "$WORK/quiet.json"'
run 'tend export --share --format csv -o "$WORK/share.csv" && cut -d, -f1,3- "$WORK/share.csv"'
# The plain export, imported into a fresh database, keeps the marks.
run 'tend export -o "$WORK/all.json"'
run 'tend --db "$WORK/copy.db" import "$WORK/all.json"'
run 'tend --db "$WORK/copy.db" export | jq -c "[.moods[] | [.note, .private]], [.wins[] | [.text, .private]], [.entries[] | [.kind, .private]]"'
run 'tend --db "$WORK/copy.db" export | cmp - "$WORK/all.json" && echo same'
# A file with a bad mark is refused whole.
jq '.moods[0].private = "yes"' "$WORK/all.json" >"$WORK/bad.json"
run 'tend --db "$WORK/other.db" import "$WORK/bad.json"'
# --include-private belongs to --share.
run 'tend export --include-private'
