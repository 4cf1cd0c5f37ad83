# Three weeks between four sessions (Tue 3, 10, 17 and 24 Nov 2026 at 17:00, the regular
# schedule), lived a day at a time: moods most days, homework of every kind, reflections on time,
# late, twice and never, worksheets, prep and wins, and one session recorded days late. Each
# summary taken just before a session is checked figure by figure against a count made by hand
# from the lines below and the rules of tend(1), in the comments beside each check.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }

# The checks: summary_at reads the JSON summary at a moment; expect compares one jq expression of
# it with the value counted by hand (item(ID) is homework item ID's part). Every mismatch is
# reported, and any fails the case at the end.
FAILS=0
CHECKS=0
summary_at() {
    WHEN=$1
    SUMMARY=$(TEND_NOW=$1 tend summary --format json "${@:2}")
}
expect() {
    local got
    got=$(jq -c "def item(\$id): .homework[] | select(.homework.id == \$id); $1" <<<"$SUMMARY")
    CHECKS=$((CHECKS + 1))
    if [[ $got != "$2" ]]; then
        echo "at $WHEN, $(tr -s ' \n' ' ' <<<"$1" | sed 's/ $//'): expected $2, got $got" >&2
        FAILS=$((FAILS + 1))
    fi
}
# expect_hw ID EXPECTED: homework item ID's figures in the window: [scheduled, done, skipped,
# missing, extra, share in percent, done with the plan, current streak, longest streak].
expect_hw() {
    expect "[item($1) | .adherence as \$a
             | [\$a.scheduled, \$a.done, \$a.skipped, \$a.missing, \$a.extra,
                (if \$a.share == null then null else \$a.share * 100 | round end),
                .with_plan, \$a.current_streak, \$a.longest_streak]][0]" "$2"
}
# expect_weeks ID EXPECTED: N-times-a-week item ID's weeks: [judged, met, skipped, missed, this
# week's done and quota] (the last two null when the week still running does not meet the window).
expect_weeks() {
    expect "[item($1) | .adherence.weeks
             | [.judged, .met, .skipped, .missed, .this_week.done, .this_week.quota]][0]" "$2"
}
# expect_noted ID EXPECTED: the check-offs of item ID the summary shows by day (skips, the backup
# plan, notes), as [day, status, note].
expect_noted() {
    expect "[item($1) | [.checkoffs_noted[] | [.day[8:], .status, .note]]][0]" "$2"
}

# Everything the client writes (reflection and worksheet answers, prep, wins, notes on check-offs)
# is listed with the window whose summary must show it (window N: from session N to session
# N + 1); says_all checks that summary in text, Markdown and JSON, and that no text of another
# window shows up in it.
SAID=()
says() { SAID+=("$1|$2"); }
says_all() {
    local n=$1 now=$2 entry w t format out
    declare -A outs
    outs[text]=$(TEND_NOW=$now tend summary)
    outs[markdown]=$(TEND_NOW=$now tend summary --format markdown)
    outs[json]=$(TEND_NOW=$now tend summary --format json | jq -r '.. | strings')
    for entry in "${SAID[@]}"; do
        w=${entry%%|*}
        t=${entry#*|}
        for format in text markdown json; do
            out=${outs[$format]}
            CHECKS=$((CHECKS + 1))
            if [[ $w == "$n" ]] && ! grep -qF -- "$t" <<<"$out"; then
                echo "at $now: \"$t\" (written in window $w) is missing from the $format summary" >&2
                FAILS=$((FAILS + 1))
            elif [[ $w != "$n" ]] && grep -qF -- "$t" <<<"$out"; then
                echo "at $now: \"$t\" (written in window $w) is in the $format summary of window $n" >&2
                FAILS=$((FAILS + 1))
            fi
        done
    done
}

mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[session]\nschedule = "tue 17:00"\n' >"$XDG_CONFIG_HOME/tend/config.toml"

# ---- Before the first session. Moods 1 and 2.
at 2026-11-01T20:00 mood 5 "quiet Sunday"
at 2026-11-03T09:00 mood 4 "before the first session"

# ---- Session 1, Tue 3 Nov at 17:00, recorded that evening (window 1 runs from it).
# Homework 1 to 5, all from Tue 3: Walk 3 times a week, Stretch Mon Wed Fri, Breathe daily (with
# a backup plan), Call the dentist by Fri 6 Nov, Write to my sister by Thu 12 Nov (three steps).
at 2026-11-03T18:00 session add
at 2026-11-03T18:30 hw add Walk --times 3 --per week
at 2026-11-03T18:31 hw add Stretch --days mon,wed,fri
at 2026-11-03T18:32 hw add Breathe --daily --anchor "after my morning coffee" --barrier rushing \
    --plan "three breaths at the desk"
at 2026-11-03T18:33 hw add "Call the dentist" --due fri
at 2026-11-03T18:34 hw add "Write to my sister" --due 2026-11-12 --step "find her address" \
    --step "draft three sentences" --step "post it"
at 2026-11-03T19:00 mood 6 "after the first session"                      # 3
at 2026-11-03T21:00 hw done 3                                             # Breathe Tue 3
at 2026-11-04T08:00 hw done 3                                             # Breathe Wed 4
# A slip of the finger: mood 4 is removed, and the next mood is 5, never 4 again.
at 2026-11-04T12:00 mood 2
run 'TEND_NOW=2026-11-04T12:01 tend mood rm 4'
run 'TEND_NOW=2026-11-04T12:02 tend --format json mood 5 "lunch in the park" | jq -c "[.id, .score]"'
run 'TEND_NOW=2026-11-04T12:03 tend mood list --since 2026-11-01 --format json | jq -c "[.[].id]"'
at 2026-11-04T18:00 hw done 1                                             # Walk Wed 4
at 2026-11-04T18:05 hw done 2                                             # Stretch Wed 4
at 2026-11-05T08:00 mood 3 "slept badly"                                  # 6
at 2026-11-05T20:00 mood 5                                                # 7
at 2026-11-05T21:00 worksheet thought-record -a situation="Snapped at Sam over the dishes" \
    -a automatic-thought="I always ruin the evening" -a emotion="shame 70" \
    -a balanced-thought="One evening and I apologised"                    # entry 1
says 1 "Snapped at Sam over the dishes"
says 1 "I always ruin the evening"
says 1 "One evening and I apologised"
at 2026-11-06T08:00 hw done 3 --on yesterday                              # Breathe Thu 5
at 2026-11-06T08:05 hw done 3 --plan                                      # Breathe Fri 6, plan
at 2026-11-06T18:00 hw done 1                                             # Walk Fri 6
at 2026-11-06T18:05 hw done 2                                             # Stretch Fri 6
at 2026-11-07T09:00 hw skip 3 --note "overslept on Saturday"              # Breathe Sat 7
says 1 "overslept on Saturday"
at 2026-11-07T10:00 mood 7 "market with Sam" -t friends                   # 8
at 2026-11-07T11:00 win "Bought flowers for myself"                       # win 1
says 1 "Bought flowers for myself"
at 2026-11-07T17:00 hw done 2                                             # Stretch Sat 7: extra
at 2026-11-08T11:00 hw done 1                                             # Walk Sun 8
at 2026-11-09T08:00 hw done 3 --note "felt calmer after"                  # Breathe Mon 9
says 1 "felt calmer after"
at 2026-11-09T10:00 hw done 4 --note "finally rang them"                  # dentist, 3 days late
says 1 "finally rang them"
at 2026-11-09T18:00 hw done 1                                             # Walk Mon 9
at 2026-11-09T20:00 prep -a went-well="Breathing most mornings" -a challenging="Thursday night" \
    -a discuss="Sleep before early shifts"                                # entry 2
says 1 "Breathing most mornings"
says 1 "Sleep before early shifts"
at 2026-11-09T21:00 mood 4 -t work                                        # 9
at 2026-11-10T08:00 hw done 3                                             # Breathe Tue 10, before
at 2026-11-10T09:00 mood 6 "before the second session"                    # 10

# ---- Summary 1, Tue 10 Nov at 16:00: from Tue 3 at 17:00 (8 days, Tue 3 to Tue 10).
run 'TEND_NOW=2026-11-10T16:00 tend summary'
run 'TEND_NOW=2026-11-10T16:00 tend summary --format markdown | sed -n "/^## Mood/,/^## Patterns/p"'
summary_at 2026-11-10T16:00
expect '.window | [.since, .until, .days, .basis, .starts_at]' \
    '["2026-11-03","2026-11-10",8,"last_session","2026-11-03T17:00:00+01:00"]'
expect '[.last_session.id, .next_session.at, .next_session.from_schedule]' \
    '[1,"2026-11-10T17:00:00+01:00",true]'
# Moods 3, 5, 6, 7, 8, 9, 10 (mood 2 of Tue 3 at 09:00 was before the session): 6 5 3 5 7 4 6,
# sum 36, mean 36/7 = 5.142 -> 5.14 (5.1 printed); on 6 of 8 days, none on Fri 6 and Sun 8.
expect '.mood | [.days_in_window, .days_logged, .entries, .mean]' '[8,6,7,5.14]'
expect '.mood | [.lowest.score, .lowest.day, .lowest.note]' '[3,"2026-11-05","slept badly"]'
expect '.mood | [.highest.score, .highest.day, .highest.note]' '[7,"2026-11-07","market with Sam"]'
expect '.mood.days_missing' '["2026-11-06","2026-11-08"]'
expect '[.mood.per_day[] | .entries]' '[1,1,2,0,1,0,1,1]'
expect '[.mood.per_day[] | .mean]' '[6,5,4,null,7,null,4,6]'
# No session before the first: the 8 days just before, Mon 26 Oct at 17:00 to Tue 3 at 17:00,
# hold moods 1 and 2: 5 and 4, mean 4.5. Change 5.14 - 4.50 = 0.64 (+0.6 printed: 5.1 - 4.5).
expect '.mood.previous | [.between_sessions, .entries, .mean]' '[false,2,4.5]'
expect '.mood.change' '0.64'
expect '[.mood.tags[] | [.tag, .entries, .mean]] | sort' '[["friends",1,7],["work",1,4]]'
# Homework (all five active):
expect '[.homework[].homework.id]' '[1,2,3,4,5]'
# Walk: week Mon 2 to Sun 8 (the first, from Tue 3: 3 x 6/7 = 2.6, asks 3) done Wed 4, Fri 6,
# Sun 8: met. This week (Mon 9 to Sun 15) 1 of 3 so far (Mon 9). 1 of 1 week met, streak 1.
expect_weeks 1 '[1,1,0,0,1,3]'
expect '[item(1).adherence | (.share * 100 | round), .current_streak, .longest_streak]' '[100,1,1]'
# Stretch: Wed 4 done, Fri 6 done, Mon 9 missing; Sat 7 extra. 2 of 3 (67%), streak 0, longest 2.
expect_hw 2 '[3,2,0,1,1,67,0,0,2]'
# Breathe: Tue 3 (the day it was added, ticked), Wed 4, Thu 5 (ticked on Fri), Fri 6 (the plan),
# Mon 9, Tue 10 (ticked at 08:00, before the session) done; Sat 7 skipped; Sun 8 missing. 6 of 8
# (75%), 1 with the plan; streak Mon 9 and Tue 10 = 2, longest Tue 3 to Fri 6 = 4.
expect_hw 3 '[8,6,1,1,0,75,1,2,4]'
expect_noted 3 '[["06","plan",""],["07","skipped","overslept on Saturday"],["09","done","felt calmer after"]]'
# Call the dentist, due Fri 6, done Mon 9: 1 of 1, 3 days after it was due.
expect_hw 4 '[1,1,0,0,0,100,0,0,0]'
expect 'item(4).done_once | [.day, .days_after_due, .with_plan, .note]' \
    '["2026-11-09",3,false,"finally rang them"]'
# Write to my sister: due Thu 12, nothing has come due; no step done.
expect 'item(5) | [.adherence.scheduled, .adherence.share, .steps.done, .steps.total]' '[0,null,0,3]'
# No reflection on session 1; worksheet 1; prep 2; win 1.
expect '[.reflection, (.reflections | length)]' '[null,0]'
expect '[.worksheets[] | [.id, .template]]' '[[1,"thought-record"]]'
expect '.prep.id' '2'
expect '[.wins[].text]' '["Bought flowers for myself"]'
expect '.gaps | [.days_without_mood, .homework_never_checked, .reflection_missing, .prep_missing]' \
    '[["2026-11-06","2026-11-08"],[],true,false]'
says_all 1 2026-11-10T16:00

# ---- Session 2, Tue 10 Nov at 17:00, happens but is not recorded until Fri 13.
at 2026-11-10T16:30 mood 4 "waiting room nerves"                          # 11
at 2026-11-10T18:00 win "Came home and rested"                            # win 2
says 2 "Came home and rested"
at 2026-11-10T20:00 mood 3 "session was hard"                             # 12
# While the session is unconfirmed, reflect and prep attach to no other session: exit 2.
run 'TEND_NOW=2026-11-10T21:00 tend reflect -a takeaway="Anger is allowed"'
run 'TEND_NOW=2026-11-10T21:01 tend prep -a discuss="My sister"'
at 2026-11-11T08:00 hw done 3                                             # Breathe Wed 11
run 'TEND_NOW=2026-11-11T09:00 tend remind'
run 'TEND_NOW=2026-11-11T09:00 tend session list'
at 2026-11-11T18:00 hw done 2                                             # Stretch Wed 11
at 2026-11-11T19:00 hw step done 5 1                                      # sister: step 1
at 2026-11-12T08:00 hw done 3                                             # Breathe Thu 12
at 2026-11-12T18:00 hw done 1                                             # Walk Thu 12
at 2026-11-12T19:00 mood 5 -t work                                        # 13
# The summary meanwhile still runs from session 1 (Tue 3 to Thu 12, 10 days) and says the
# session of Tue 10 is not recorded.
run 'TEND_NOW=2026-11-12T21:00 tend summary | sed -n "1,/^\$/p"'
run 'TEND_NOW=2026-11-12T21:00 tend summary --format markdown | sed -n "1,/^## Mood/p"'
summary_at 2026-11-12T21:00
expect '.window | [.since, .until, .days, .basis]' '["2026-11-03","2026-11-12",10,"last_session"]'
expect '.window.unconfirmed_session' '{"at":"2026-11-10T17:00:00+01:00","id":null,"from_schedule":true}'
expect '.last_session.id' '1'
at 2026-11-13T08:00 hw done 3                                             # Breathe Fri 13
at 2026-11-13T09:00 mood 4                                                # 14
run 'TEND_NOW=2026-11-13T10:00 tend session add tue'
run 'TEND_NOW=2026-11-13T10:01 tend session list'
# The reflection, 2 days and 17 hours after the session: late.
at 2026-11-13T10:10 reflect -a takeaway="Anger can be a signal" -a intention="Say no once this week" # entry 3
says 2 "Anger can be a signal"
says 2 "Say no once this week"
at 2026-11-13T13:00 mood 6                                                # 15
at 2026-11-13T17:00 hw skip 2 --note "sore back"                          # Stretch Fri 13
says 2 "sore back"
at 2026-11-13T18:00 win "Told my boss no"                                 # win 3
says 2 "Told my boss no"
at 2026-11-13T21:00 mood 8 "dinner with Sam" -t friends                   # 16
at 2026-11-14T09:00 hw done 3 --plan --note "on the train"                # Breathe Sat 14, plan
says 2 "on the train"
at 2026-11-14T15:00 worksheet behavioral-experiment -a belief="If I say no they will be angry" \
    -a prediction="Eighty percent sure" -a outcome="My boss just said fine"  # entry 4
says 2 "If I say no they will be angry"
says 2 "My boss just said fine"
at 2026-11-14T18:00 hw skip 1 --note "rain all day"                       # Walk Sat 14, skipped
says 2 "rain all day"
at 2026-11-15T08:00 hw done 3                                             # Breathe Sun 15
at 2026-11-15T11:00 mood 7 -t friends                                     # 17
at 2026-11-16T18:00 hw done 2                                             # Stretch Mon 16
at 2026-11-16T20:00 mood 6 -t work                                        # 18
at 2026-11-16T21:00 prep -a went-well="Said no and nothing broke" -a discuss="Saying no at work" # entry 5
says 2 "Said no and nothing broke"
says 2 "Saying no at work"
at 2026-11-17T08:00 mood 5 "before the third session" -t work             # 19
at 2026-11-17T10:00 worksheet thought-record -a situation="Woke before the alarm" \
    -a automatic-thought="Today will go wrong"                            # entry 6
says 2 "Woke before the alarm"
says 2 "Today will go wrong"
at 2026-11-17T10:30 win "Asked a question in class"                       # win 4
says 2 "Asked a question in class"

# ---- Summary 2, Tue 17 Nov at 16:00: from Tue 10 at 17:00 (8 days, Tue 10 to Tue 17).
run 'TEND_NOW=2026-11-17T16:00 tend summary'
summary_at 2026-11-17T16:00
expect '.window | [.since, .until, .days, .basis, .starts_at, .unconfirmed_session]' \
    '["2026-11-10","2026-11-17",8,"last_session","2026-11-10T17:00:00+01:00",null]'
expect '[.last_session.id, .next_session.at, .next_session.from_schedule]' \
    '[2,"2026-11-17T17:00:00+01:00",true]'
# Moods 12 to 19 (10 and 11 of Tue 10 were before the session): 3 5 4 6 8 7 6 5, sum 44, mean
# 5.5; on 6 of 8 days (Tue 10, Thu 12, Fri 13 three times, Sun 15, Mon 16, Tue 17), none on Wed 11
# and Sat 14.
expect '.mood | [.days_in_window, .days_logged, .entries, .mean]' '[8,6,8,5.5]'
expect '.mood | [.lowest.score, .lowest.day, .lowest.note]' '[3,"2026-11-10","session was hard"]'
expect '.mood | [.highest.score, .highest.day, .highest.note]' '[8,"2026-11-13","dinner with Sam"]'
expect '.mood.days_missing' '["2026-11-11","2026-11-14"]'
expect '[.mood.per_day[] | .entries]' '[1,0,1,3,0,1,1,1]'
expect '[.mood.per_day[] | .mean]' '[3,null,5,6,null,7,6,5]'
# The previous window, session 1 to session 2 (Tue 3 at 17:00 to Tue 10 at 17:00), now also holds
# mood 11 of Tue 10 at 16:30, logged after summary 1: 36 + 4 = 40 over 8, mean 5.0. Change
# 5.50 - 5.00 = 0.5 (+0.5 printed).
expect '.mood.previous | [.since, .until, .between_sessions, .entries, .mean]' \
    '["2026-11-03","2026-11-10",true,8,5]'
expect '.mood.change' '0.5'
# Tags: work on moods 13, 18, 19 (5 6 5: mean 5.33), friends on 16, 17 (8 7: mean 7.5).
expect '[.mood.tags[] | [.tag, .entries, (.mean * 100 | round)]]' '[["work",3,533],["friends",2,750]]'
# Homework: the dentist was done before this window; the four others are active.
expect '[.homework[].homework.id]' '[1,2,3,5]'
# Walk: week Mon 9 to Sun 15 (it meets the window; judged by all its check-offs): done Mon 9 and
# Thu 12, skipped Sat 14: short of 3, the skip makes up the rest: skipped. This week (Mon 16 to
# Sun 22) 0 of 3 so far. 0 of 1 week met (0%); the skip neither extends nor breaks: streak 1.
expect_weeks 1 '[1,0,1,0,0,3]'
expect '[item(1).adherence | (.share * 100 | round), .current_streak, .longest_streak]' '[0,1,1]'
expect_noted 1 '[["14","skipped","rain all day"]]'
# Stretch: Wed 11 done, Fri 13 skipped, Mon 16 done: 2 of 3 (67%); streak Wed 11 and Mon 16 = 2
# (the skip between neither), longest 2.
expect_hw 2 '[3,2,1,0,0,67,0,2,2]'
expect_noted 2 '[["13","skipped","sore back"]]'
# Breathe: Tue 10 was ticked before the session (summary 1 counted it). Wed 11 to Sun 15 done
# (Sat 14 with the plan), Mon 16 missing, Tue 17 today and not yet ticked: pending. 5 of 6 (83%),
# 1 with the plan; streak 0 (Mon 16 missing; today does not end it), longest Mon 9 to Sun 15 = 7.
expect_hw 3 '[6,5,0,1,0,83,1,0,7]'
expect 'item(3).adherence.pending' '1'
expect_noted 3 '[["14","plan","on the train"]]'
# Write to my sister: due Thu 12, not done: 0 of 1, missing; 1 of 3 steps.
expect_hw 5 '[1,0,0,1,0,0,0,0,0]'
expect 'item(5).steps | [.done, .total]' '[1,3]'
# The reflection on session 2, written Fri 13 at 10:10: late. Worksheets 4 and 6 (Tue 17 at
# 10:00, before the session). Prep 5. Wins 2 (Tue 10 at 18:00, after the session), 3 and 4.
expect '[.reflections[] | [.id, .late]]' '[[3,true]]'
expect '.reflection.id' '3'
expect '[.worksheets[] | [.id, .template]]' '[[4,"behavioral-experiment"],[6,"thought-record"]]'
expect '.prep.id' '5'
expect '[.wins[].text]' '["Came home and rested","Told my boss no","Asked a question in class"]'
expect '.gaps | [.days_without_mood, .homework_never_checked, .reflection_missing, .prep_missing]' \
    '[["2026-11-11","2026-11-14"],[5],false,false]'
says_all 2 2026-11-17T16:00

# ---- Session 3, Tue 17 Nov at 17:00, recorded at once; two reflections on it.
at 2026-11-17T17:50 session add
at 2026-11-17T19:00 hw done 1                                             # Walk Tue 17
at 2026-11-17T19:30 mood 7 "felt understood"                              # 20
at 2026-11-17T20:00 hw done 3                                             # Breathe Tue 17, after
at 2026-11-17T20:30 reflect -a takeaway="I can ask for what I need" -a intention="Walk after work" # entry 7
says 3 "I can ask for what I need"
says 3 "Walk after work"
at 2026-11-18T08:00 hw done 3                                             # Breathe Wed 18
run 'TEND_NOW=2026-11-18T09:00 tend reflect -a takeaway="Rest counts too"'
# Entry 8, on purpose:
run 'TEND_NOW=2026-11-18T09:01 tend reflect --again -a takeaway="Rest counts too" -a intention="Bed by eleven"'
says 3 "Rest counts too"
says 3 "Bed by eleven"
at 2026-11-18T12:00 mood 6                                                # 21
at 2026-11-18T18:00 hw done 1                                             # Walk Wed 18
at 2026-11-18T18:05 hw done 2                                             # Stretch Wed 18
at 2026-11-18T21:00 worksheet thought-record -a situation="Missed the bus" \
    -a automatic-thought="Nothing works out for me" \
    -a balanced-thought="The next bus came ten minutes later"            # entry 9
says 3 "Missed the bus"
says 3 "The next bus came ten minutes later"
at 2026-11-19T08:00 hw done 3                                             # Breathe Thu 19
at 2026-11-20T08:00 mood 2 ill                                            # 22
at 2026-11-20T08:30 hw skip 3 --note "in bed with a cold"                 # Breathe Fri 20
says 3 "in bed with a cold"
at 2026-11-20T18:00 mood 4                                                # 23
at 2026-11-20T18:10 hw done 1                                             # Walk Fri 20
at 2026-11-21T10:00 hw done 3                                             # Breathe Sat 21
at 2026-11-22T08:00 hw done 3                                             # Breathe Sun 22
at 2026-11-22T10:00 mood 6                                                # 24
at 2026-11-22T12:00 hw done 1 --note "with the neighbours dog"            # Walk Sun 22: a 4th
says 3 "with the neighbours dog"
at 2026-11-22T19:00 win "Cooked for friends"                              # win 5
says 3 "Cooked for friends"
at 2026-11-23T08:00 hw done 3                                             # Breathe Mon 23
at 2026-11-23T18:00 hw done 2                                             # Stretch Mon 23
at 2026-11-23T18:30 hw done 1                                             # Walk Mon 23
at 2026-11-23T20:00 mood 7                                                # 25
at 2026-11-24T09:00 mood 8 "before the fourth session"                    # 26

# ---- Summary 3, Tue 24 Nov at 16:00: from Tue 17 at 17:00 (8 days, Tue 17 to Tue 24).
run 'TEND_NOW=2026-11-24T16:00 tend summary'
run 'TEND_NOW=2026-11-24T16:00 tend summary --format markdown'
summary_at 2026-11-24T16:00
expect '.window | [.since, .until, .days, .basis, .starts_at]' \
    '["2026-11-17","2026-11-24",8,"last_session","2026-11-17T17:00:00+01:00"]'
expect '[.last_session.id, .next_session.at]' '[3,"2026-11-24T17:00:00+01:00"]'
# Moods 20 to 26 (19 of Tue 17 was before the session): 7 6 2 4 6 7 8, sum 40, mean 40/7 = 5.714
# -> 5.71 (5.7 printed); on 6 of 8 days, none on Thu 19 and Sat 21.
expect '.mood | [.days_in_window, .days_logged, .entries, .mean]' '[8,6,7,5.71]'
expect '.mood | [.lowest.score, .lowest.day, .lowest.note]' '[2,"2026-11-20","ill"]'
expect '.mood | [.highest.score, .highest.day, .highest.note]' '[8,"2026-11-24","before the fourth session"]'
expect '.mood.days_missing' '["2026-11-19","2026-11-21"]'
expect '[.mood.per_day[] | .entries]' '[1,1,0,2,0,1,1,1]'
expect '[.mood.per_day[] | .mean]' '[7,6,null,3,null,6,7,8]'
# The previous window, Tue 10 at 17:00 to Tue 17 at 17:00: moods 12 to 19 again, mean 5.5.
# Change 5.71 - 5.50 = 0.21 (+0.2 printed: 5.7 - 5.5).
expect '.mood.previous | [.since, .until, .between_sessions, .entries, .mean]' \
    '["2026-11-10","2026-11-17",true,8,5.5]'
expect '.mood.change' '0.21'
expect '.mood.tags' '[]'
expect '[.homework[].homework.id]' '[1,2,3,5]'
# Walk: week Mon 16 to Sun 22: done Tue 17, Wed 18, Fri 20, Sun 22: met, the 4th extra. This
# week (Mon 23 to Sun 29) 1 of 3 so far (Mon 23). 1 of 1 week met (100%); streak: Mon 2 week met,
# Mon 9 week skipped (neither), Mon 16 week met: 2, longest 2.
expect_weeks 1 '[1,1,0,0,1,3]'
expect '[item(1).adherence | (.share * 100 | round), .extra, .current_streak, .longest_streak]' '[100,1,2,2]'
expect_noted 1 '[["22","done","with the neighbours dog"]]'
# Stretch: Wed 18 done, Fri 20 missing, Mon 23 done: 2 of 3 (67%); streak 1; longest Wed 11,
# Mon 16, Wed 18 = 3 (the skip of Fri 13 between neither extends nor breaks).
expect_hw 2 '[3,2,0,1,0,67,0,1,3]'
# Breathe: Tue 17 (ticked at 20:00, after the session: this window), Wed 18, Thu 19, Sat 21, Sun
# 22, Mon 23 done, Fri 20 skipped, Tue 24 today and not yet ticked: pending. 6 of 7 (86%); streak
# Tue 17 to Mon 23 = 6 (the skip neither); longest 6 too: the longest is the longest run that
# reaches into the window (tend(1)), and Mon 9 to Sun 15 (7) ended before it.
expect_hw 3 '[7,6,1,0,0,86,0,6,6]'
expect_noted 3 '[["20","skipped","in bed with a cold"]]'
# Write to my sister: still open, its due day (Thu 12) was in the window before (its miss counted
# there); here it is still overdue, and named in the gaps. 1 of 3 steps.
expect 'item(5) | [.adherence.scheduled, .adherence.missing, .steps.done, .overdue_since]' '[0,0,1,"2026-11-12"]'
expect '.gaps.homework_never_checked' '[5]'
# Both reflections on session 3, oldest first, neither late (3 h 30 min and 16 h after it); the
# latest is the one shown first in JSON. Worksheet 9. No prep; win 5.
expect '[.reflections[] | [.id, .late]]' '[[7,false],[8,false]]'
expect '.reflection.id' '8'
expect '[.worksheets[] | [.id, .template]]' '[[9,"thought-record"]]'
expect '.prep' 'null'
expect '[.wins[].text]' '["Cooked for friends"]'
expect '[.gaps.days_without_mood, .gaps.reflection_missing, .gaps.prep_missing]' \
    '[["2026-11-19","2026-11-21"],false,true]'
# Across sessions: the three session-to-session windows, each from a session's time to the next
# one's as the mood section counts them (the previous window's 5.0 and 5.5 above, and this one's
# 5.71): Tue 3 at 17:00 to Tue 10 at 17:00, moods 3 and 5 to 11, 40/8 = 5.0; moods 12 to 19,
# 5.5; moods 20 to 26, 40/7 = 5.71. Compared in hundredths.
expect '[.across_sessions.basis, [.across_sessions.rows[] | .mood_mean * 100 | round]]' \
    '["sessions",[500,550,571]]'
says_all 3 2026-11-24T16:00

# ---- Any days: Mon 9 to Sun 15 Nov, whole days (the session day Tue 10 entirely).
run 'TEND_NOW=2026-11-24T16:05 tend summary --since 2026-11-09 --until 2026-11-15 | sed -n "1,/^Patterns/p"'
summary_at 2026-11-24T16:05 --since 2026-11-09 --until 2026-11-15
expect '.window | [.since, .until, .days, .basis]' '["2026-11-09","2026-11-15",7,"given"]'
# Moods 9 to 17: 4 6 4 3 5 4 6 8 7, sum 47, mean 47/9 = 5.222 -> 5.22; on 5 of 7 days (none on
# Wed 11 and Sat 14). The 7 days before, Mon 2 to Sun 8: moods 2, 3, 5, 6, 7, 8: 4 6 5 3 5 7,
# sum 30, mean 5.0. Change 5.22 - 5.00 = 0.22.
expect '.mood | [.days_in_window, .days_logged, .entries, .mean]' '[7,5,9,5.22]'
expect '.mood | [.lowest.score, .lowest.day, .highest.score, .highest.day]' '[3,"2026-11-10",8,"2026-11-13"]'
expect '.mood.previous | [.since, .until, .between_sessions, .entries, .mean]' \
    '["2026-11-02","2026-11-08",false,6,5]'
expect '.mood.change' '0.22'
# Tags: friends on moods 16, 17 (8 7: 7.5), work on 9 and 13 (4 5: 4.5).
expect '[.mood.tags[] | [.tag, .entries, (.mean * 100 | round)]] | sort' '[["friends",2,750],["work",2,450]]'
# Homework over these days: Walk's week Mon 9 to Sun 15 skipped, no week running in them;
# Stretch Mon 9 missing, Wed 11 done, Fri 13 skipped; Breathe Mon 9 to Sun 15 all done (Sat 14
# with the plan); the dentist done Mon 9; the sister's letter due Thu 12 and missing.
expect_weeks 1 '[1,0,1,0,null,null]'
expect '[.homework[] | [.homework.id] + (.adherence | [.scheduled, .done, .skipped, .missing]) + [.with_plan]]' \
    '[[1,3,2,1,0,0],[2,3,1,1,1,0],[3,7,7,0,0,1],[4,1,1,0,0,0],[5,1,0,0,1,0]]'
expect '[.worksheets[].id]' '[4]'
expect '[.wins[].text]' '["Came home and rested","Told my boss no"]'

# ---- Session 4, Tue 24 Nov at 17:00: the next window starts at its time.
at 2026-11-24T17:45 session add
at 2026-11-24T18:00 hw done 3                                             # Breathe Tue 24, after
at 2026-11-24T19:00 mood 7 "lighter after"                                # 27
summary_at 2026-11-24T21:00
# Mood 27 only (26 of the morning was summary 3's): mean 7; the previous window holds moods 20 to
# 26, mean 5.71: change 7.00 - 5.71 = 1.29. Breathe: Tue 24, pending in summary 3, done here: 1 of
# 1, streak Tue 17 to Tue 24 = 7 (the skip neither). No reflection on session 4 yet.
expect '.mood | [.days_in_window, .days_logged, .entries, .mean, .previous.mean, .change]' '[1,1,1,7,5.71,1.29]'
expect_hw 3 '[1,1,0,0,0,100,0,7,7]'
expect '[.reflection, .gaps.reflection_missing, .last_session.id]' '[null,true,4]'
run 'TEND_NOW=2026-11-24T21:00 tend summary | sed -n "/^Mood/,/^\$/p;/^From the last/,/^\$/p;/^Gaps/,\$p"'

echo "$CHECKS checks, $FAILS failed"
((FAILS == 0))
