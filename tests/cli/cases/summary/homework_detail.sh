# The homework detail a therapist asks about: the notes written when checking off (not only
# skip notes), the backup plan done instead (its own outcome, counted as done), a one-off done
# late says when, progress through steps, and the last step closing a one-off.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
at 2026-11-09T08:00 hw add Walk --daily --barrier "it rains" --plan "walk indoors"
at 2026-11-09T08:05 hw add "Call the dentist" --due 2026-11-11
at 2026-11-09T08:10 hw add "Write to my sister" --due 2026-11-14 --step "find her address" \
    --step "draft three sentences" --step "post it"
at 2026-11-10T17:50 session add "2026-11-10 17:00"
at 2026-11-11T08:00 hw done 1 --note "felt calmer after"
export TEND_NOW=2026-11-12T08:00
run 'tend hw done 1 --plan --note "rain: walked the corridors"'
run 'tend hw done 1 --plan'
at 2026-11-13T08:00 hw skip 1 --note "ill"
at 2026-11-14T08:00 hw done 1
at 2026-11-14T09:00 hw done 2 --note "finally rang"
export TEND_NOW=2026-11-14T10:00
run 'tend hw step done 3 1'
run 'tend hw step done 3 2'
run 'tend hw show 1'
run 'tend hw show 1 --format json | jq -c "[.checkoffs[] | [.day, .status]]"'
run 'tend hw | grep -E "^ *1 "'
export TEND_NOW=2026-11-16T09:00
run 'tend summary | sed -n "/^Homework/,/^From the last session/p"'
run 'tend summary --format markdown | sed -n "/^## Homework/,/^## From the last session/p"'
run 'tend summary --format json | jq -c ".homework[] | [.homework.id, .adherence.done, .adherence.skipped, .with_plan, .done_once, .steps, .checkoffs_noted]"'
# The last step closes the one-off and says so; undo takes the check-off back.
run 'tend hw step done 3 3'
run 'tend hw show 3 | grep -E "Status|Check-offs" -A1'
# A daily item with steps stays open after its last step.
at 2026-11-16T09:05 hw add Stretch --daily --step "mat out"
run 'tend hw step done 4 1'
# The outcome goes out and comes back with an export.
run 'tend export > "$WORK/all.json"; jq -c "[.checkoffs[] | .status] | unique" "$WORK/all.json"'
run 'tend --db "$WORK/copy.db" import "$WORK/all.json" >/dev/null; tend --db "$WORK/copy.db" hw show 1 | grep plan'
