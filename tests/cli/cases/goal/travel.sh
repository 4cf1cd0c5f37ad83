# Goals, ratings, milestones, questionnaires and homework's goal travel: export, import into
# another database, export again gives the same document; importing twice adds nothing; the
# Markdown journal lists them; completion offers goal ids and questionnaire names.
tend goal add "Feel at ease with colleagues" --why "work is half my week" --milestone "ask about the rota"
TEND_NOW=2026-11-18T20:00 tend goal rate 1 4 --note "the canteen felt loud"
tend goal milestone done 1 1
tend hw add "Say good morning" --daily --goal 1
tend check phq-9 -a 1=1 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0 -a 8=0 -a 9=1 >/dev/null
tend export -o "$WORK/first.json"
run 'jq -c "{goals: [.goals[] | {title, why, status}], goal_milestones: [.goal_milestones[] | {position, text, done: (.done_at != null)}], goal_ratings: [.goal_ratings[] | {rating, note}], homework_goal: [.homework[].goal != null], measure_results: [.measure_results[] | {measure, title, total, band}], measure_answers: (.measure_answers | length), critical: [.measure_answers[] | select(.critical == 1) | .item]}" "$WORK/first.json"'
run 'tend --db "$WORK/other.db" import "$WORK/first.json"'
run 'tend --db "$WORK/other.db" import "$WORK/first.json"'
run 'tend --db "$WORK/other.db" export | cmp - "$WORK/first.json" && echo "same document"'
run 'tend --db "$WORK/other.db" goal show 1'
run 'tend --db "$WORK/other.db" check history'
run 'tend export --format markdown | grep -E "Goal|PHQ"'
run 'tend __complete -- goal rate ""'
run 'tend __complete -- hw add x --goal ""'
run 'tend __complete -- check ""'
run 'tend __complete -- check history ""'
