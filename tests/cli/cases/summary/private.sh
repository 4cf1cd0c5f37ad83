# Private entries: the summary, in every format, leaves their text out and says how many it left
# out; --include-private shows them. The figures still count private moods, unless the config's
# [privacy] count_private = false leaves them out of the figures too.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
at 2026-11-10T17:50 session add "2026-11-10 17:00"
at 2026-11-10T19:00 reflect --private --answer takeaway="Secret takeaway" --answer intention="Secret intention"
at 2026-11-11T08:00 mood 7 "shared morning"
at 2026-11-12T08:00 mood 2 "private low" --private
at 2026-11-13T08:00 mood 9 --private "private high"
at 2026-11-14T08:00 mood 5
at 2026-11-11T20:00 win "Shared win"
at 2026-11-12T20:00 win --private "Private win"
at 2026-11-12T21:00 worksheet thought-record --private --answer situation="Private situation"
at 2026-11-13T21:00 worksheet thought-record --answer situation="Shared situation"
at 2026-11-14T09:00 session next "2026-11-17 17:00"
at 2026-11-15T18:00 prep --private --answer discuss="Private topic"
export TEND_NOW=2026-11-16T09:00
run 'tend summary'
run 'tend summary --include-private | grep -n -i "private\|secret"'
run 'tend summary --format markdown | sed -n "1,6p"'
run 'tend summary --format markdown | grep -c -i "secret\|private "'
run 'tend summary --format markdown --include-private | grep -i "secret\|private "'
run 'tend summary --format json | jq -c "[.window.private_not_shown, .mood.entries, .mood.mean, [.wins[].text], [.worksheets[].answers[0].answer], .reflections, .prep, .gaps]"'
run 'tend summary --format json --include-private | jq -c "[.window.private_not_shown, .mood.entries, [.wins[] | [.text, .private]], [.worksheets[] | [.answers[0].answer, .private]], [.reflections[].private], .prep.private]"'
run 'tend summary --format html -o "$WORK/s.html" && grep -c -i "secret\|private situation\|private win\|private topic\|private low" "$WORK/s.html"; grep -o "<p>[0-9]* private entr[a-z]* not shown.</p>" "$WORK/s.html"'
run 'tend summary --format html --include-private | grep -c -i "secret takeaway\|private situation\|private win\|private topic"'
run 'tend summary --format html | xmllint --noout - && echo well-formed'
# The figures leave private moods out when the config says so; shown on request, they count.
printf '[privacy]\ncount_private = false\n' >"$WORK/private.toml"
run 'tend --config "$WORK/private.toml" summary | sed -n "/^Mood/,/^Patterns/p"'
run 'tend --config "$WORK/private.toml" summary --format json | jq -c "[.window.private_not_shown, .mood.entries, .mood.days_logged]"'
run 'tend --config "$WORK/private.toml" summary --include-private --format json | jq -c "[.window.private_not_shown, .mood.entries]"'
run 'tend --config "$WORK/private.toml" summary --format html | grep -c "<circle"'
run 'tend summary --format html | grep -c "<circle"'
printf '[privacy]\ncount_private = "no"\n' >"$WORK/bad.toml"
run 'tend --config "$WORK/bad.toml" summary'
