# Consecutive summaries tile time: each window starts at the session's time, not its day, so
# nothing on a session day is counted twice or dropped; the change against before compares
# with the previous session-to-session window, and agrees with the printed means.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
at 2026-11-09T08:00 hw add Breathe --daily
at 2026-11-10T09:00 mood 4 "before the first session"
at 2026-11-10T08:00 hw done 1
at 2026-11-10T17:50 session add "2026-11-10 17:00"
at 2026-11-10T20:00 mood 6 "after the first session"
for day in 11 13 14 15 16; do at 2026-11-${day}T08:00 hw done 1; done
at 2026-11-13T12:00 mood 6
at 2026-11-15T12:00 mood 5
at 2026-11-17T08:00 mood 8 "the morning of the second session"
at 2026-11-17T08:05 hw done 1
at 2026-11-17T09:00 win "Asked for help at work"
# The summary read before the second session: from Tue 10 at 17:00 to now. By hand: moods 6, 6,
# 5, 8 (the 4 of Tue 10 morning was before), mean 6.25, printed 6.2; the 8 days before hold the
# 4: +2.2. Breathe: Tue 10 was ticked before the session, so Wed 11 to Tue 17: 6 of 7, Thu 12
# missed, streak 5. One win.
export TEND_NOW=2026-11-17T16:00
run 'tend summary'
run 'tend summary --format json | jq -c ".window | del(.starts_at)" '
at 2026-11-17T17:55 session add "2026-11-17 17:00"
at 2026-11-17T19:00 mood 3 "after the second session"
at 2026-11-17T20:00 win "Said no kindly"
at 2026-11-18T08:00 hw done 1
at 2026-11-19T12:00 mood 6
# The next one starts at Tue 17 at 17:00: the morning's mood, walk and win were the last one's.
# By hand: moods 3, 6, mean 4.5; the previous window (Tue 10 to Tue 17 at 17:00) printed 6.2:
# -1.7 (JSON: 4.5 - 6.25 = -1.75). Breathe: Wed 18 done, Thu 19 today: 1 of 1. One win.
export TEND_NOW=2026-11-19T21:00
run 'tend summary'
run 'tend summary --format markdown | sed -n "1,/^## Homework/p"'
run 'tend summary --format json | jq -c ".window, .mood.entries, .mood.mean, .mood.previous, .mood.change, .homework[0].adherence, [.wins[].text]"'
