# Two months of weekly sessions with questionnaires every two weeks, goals rated and homework
# serving one: the Measures, Goals and Across sessions sections, and the PHQ-9 item 9 flag shown
# first, in all three formats. A fortnight with nothing logged stays visible as such.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
phq() { at "$1" check phq-9 -a 1="$2" -a 2="$3" -a 3="$4" -a 4="$5" -a 5="$6" -a 6="$7" -a 7="$8" -a 8="$9" -a 9="${10}"; }
gad() { at "$1" check gad-7 -a 1="$2" -a 2="$3" -a 3="$4" -a 4="$5" -a 5="$6" -a 6="$7" -a 7="$8"; }

at 2026-09-22T18:00 session add "2026-09-22 17:00"
at 2026-09-22T18:10 goal add "Feel at ease with colleagues" --why "work is half my week" \
    --milestone "ask about the rota" --milestone "go to one team lunch"
at 2026-09-22T18:12 goal add "Sleep before midnight"
at 2026-09-22T18:20 hw add "Say good morning to two people" --daily --goal 1
phq 2026-09-22T18:30 3 3 2 2 2 2 2 1 0
gad 2026-09-22T18:35 2 2 2 2 1 1 1
at 2026-09-23T20:00 goal rate 1 2 --note "the canteen felt loud"
at 2026-09-23T20:01 goal rate 2 3
for d in 23 24 25 26 28; do at 2026-09-${d}T21:00 mood 4; at 2026-09-${d}T09:00 hw done 1 --on 2026-09-$d; done

at 2026-09-29T18:00 session add "2026-09-29 17:00"
for d in 30; do at 2026-09-${d}T21:00 mood 5; done
for d in 01 02 03 05; do at 2026-10-${d}T21:00 mood 5; at 2026-10-${d}T09:00 hw done 1 --on 2026-10-$d; done

at 2026-10-06T18:00 session add "2026-10-06 17:00"
phq 2026-10-06T18:30 2 2 2 2 1 2 1 1 0
gad 2026-10-06T18:35 2 2 1 2 1 1 1
at 2026-10-06T20:00 goal milestone done 1 1
at 2026-10-07T20:00 goal rate 1 4

# Two weeks away: no session, no mood, no homework ticked.
at 2026-10-20T18:00 session add "2026-10-20 17:00"
phq 2026-10-20T18:30 1 2 1 1 1 1 1 0 0
gad 2026-10-20T18:35 1 1 1 1 1 1 0
for d in 21 22 23 25; do at 2026-10-${d}T21:00 mood 6; at 2026-10-${d}T09:00 hw done 1 --on 2026-10-$d; done

at 2026-10-27T18:00 session add "2026-10-27 17:00"
for d in 28 29 30 31; do at 2026-10-${d}T21:00 mood 6; done
at 2026-11-01T21:00 mood 7
at 2026-10-28T20:00 goal rate 1 5

at 2026-11-03T18:00 session add "2026-11-03 17:00"
phq 2026-11-03T18:30 1 1 1 1 0 1 0 0 0
gad 2026-11-03T18:35 1 1 0 1 0 0 0
for d in 04 05 06 07 08; do at 2026-11-${d}T21:00 mood 7; at 2026-11-${d}T09:00 hw done 1 --on 2026-11-$d; done

at 2026-11-10T18:00 session add "2026-11-10 17:00"
for d in 11 12 13; do at 2026-11-${d}T21:00 mood 6; done

at 2026-11-17T18:00 session add "2026-11-17 17:00"
phq 2026-11-17T18:30 2 2 2 1 1 2 1 0 1
gad 2026-11-17T18:35 1 1 1 1 0 0 0
at 2026-11-17T20:00 goal milestone done 1 2
at 2026-11-18T20:00 goal rate 1 7 --note "lunch went fine"
at 2026-11-18T20:05 goal done 2
for d in 18 19; do at 2026-11-${d}T21:00 mood 6; at 2026-11-${d}T09:00 hw done 1 --on 2026-11-$d; done

export TEND_NOW=2026-11-20T08:30
run 'tend summary'
run 'tend summary --format markdown'
run 'tend summary --format json | jq -c "{safety, measures: [.measures[] | {measure, results, total: .latest.total, band: .latest.band, is_case, change_since_previous, change_since_first}], goals: [.goals[] | del(.first_rating.uuid, .latest_rating.uuid)], across_sessions}"'
run 'tend summary --since 2026-10-01 --until 2026-10-19'
run 'tend summary --format markdown | cmark-gfm --unsafe >/dev/null && echo renders'
