# Everything written in the window reaches the summary: every reflection on the last session
# (a second one is refused unless asked for with --again), every worksheet with its answers,
# and an answer longer than 300 characters cut there, with a pointer to tend entry show.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
at 2026-11-03T18:00 session add "2026-11-03 17:00"
at 2026-11-03T19:00 worksheet thought-record --answer situation="before this window"
at 2026-11-10T17:50 session add "2026-11-10 17:00"
at 2026-11-10T19:00 reflect --answer takeaway="Slow down" --answer intention="Walk daily"
export TEND_NOW=2026-11-11T08:00
run 'tend reflect --answer takeaway="One more thing"'
run 'tend reflect --again --answer takeaway="Ask for help sooner" --answer intention="Call Sam"'
long="I kept going over it on the way home."
for i in 1 2 3 4 5 6 7 8; do long="$long Again and again, the same words."; done
at 2026-11-12T20:00 worksheet thought-record --answer situation="The meeting ran late" \
    --answer automatic-thought="They think I am useless" --answer evidence="$long"
at 2026-11-14T10:00 worksheet behavioral-experiment --answer belief="No one will come" \
    --answer outcome="Three came"
export TEND_NOW=2026-11-16T09:00
run 'tend summary | sed -n "/^From the last session/,/^Wins/p"'
run 'tend summary --format markdown | sed -n "/^## From the last session/,/^## Wins/p"'
run 'tend summary --format json | jq -c ".reflection.id, [.reflections[] | [.id, .answers[0].answer]], [.worksheets[] | [.id, .template, ([.answers[].answer | length])]]"'
# JSON keeps the long answer whole; tend entry show shows it all.
run 'tend entry show 4 | grep -c "Again and again"'
# Before the fix: one reflection shown, no worksheets at all. Without a worksheet, it says so.
run 'TEND_NOW=2026-11-11T09:00 tend summary | sed -n "/^Worksheets/,/^Wins/p"'
