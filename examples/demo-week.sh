# A realistic week between two sessions, entered the way a client would enter it. Sourced by
# examples/demo.sh and by the summary's golden test; it expects a `tend` command (a function or
# the binary on PATH) and writes to $TEND_DB. Each line fixes "now" with TEND_NOW.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }

# Friday 13 November: the session, then a reflection that evening and two pieces of homework.
at 2026-11-13T18:10 session add "2026-11-13 17:00" --note "Talked about work and my sister"
at 2026-11-13T21:30 reflect \
    --answer takeaway="Rest is not the same as laziness." \
    --answer emotions="Relief, then some guilt about relief." \
    --answer intention="Stop work at six, even when it is not finished."
at 2026-11-13T21:35 hw add "3 minutes of slow breathing" --daily \
    --anchor "after my morning coffee" --barrier "rushing out the door" \
    --plan "do it in the car before driving off"
at 2026-11-13T21:36 hw add "Write one worry down and what I did about it" --times 3 --per week \
    --anchor "before bed"
at 2026-11-13T21:37 session next "2026-11-20 17:00"

# The week: moods most days, homework most days, one skip, a win.
at 2026-11-14T08:10 mood 6 "ok start to the weekend" -t sleep
at 2026-11-14T08:15 hw done 1
at 2026-11-14T22:30 hw done 2 --note "money worry; made a budget"
at 2026-11-15T09:00 hw done 1
at 2026-11-15T21:40 mood 4 "lonely evening" -t evening,alone
at 2026-11-16T07:55 mood 5 "dreading Monday" -t work
at 2026-11-16T08:05 hw done 1
at 2026-11-16T19:30 mood 7 "walked home through the park" -t walk,outside
at 2026-11-17T08:00 hw skip 1 --note "overslept, straight to a meeting"
at 2026-11-17T22:05 mood 3 "argument with my sister" -t family
at 2026-11-17T22:40 hw done 2
at 2026-11-18T08:20 hw done 1
at 2026-11-19T08:20 mood 7 "slept well for once" -t sleep
at 2026-11-19T08:30 hw done 1
at 2026-11-19T18:00 win "Left work at six and nothing fell apart"
at 2026-11-20T07:45 mood 8 "told my manager no, and it was fine" -t work
at 2026-11-20T07:50 hw done 1
at 2026-11-20T08:00 prep \
    --answer went-well="Left on time three days out of five." \
    --answer challenging="The argument with my sister on Tuesday." \
    --answer discuss="How to say no to my sister without a fight."
