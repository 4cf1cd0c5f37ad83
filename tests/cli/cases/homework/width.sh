# The homework table fits the width it is given ($COLUMNS, else the terminal's): titles,
# schedules, anchors and today's state are cut with "…", the widest first, and the anchor is left
# out when that is not enough; figures are never cut. With no width known (a pipe, no $COLUMNS)
# only the usual caps apply (titles at 40 characters, anchors at 30). A $COLUMNS that is not a
# sensible width is ignored.
TEND_NOW=2026-11-16T09:00 tend hw add "Write three lines in the gratitude notebook before putting the light out" --daily --anchor "after brushing teeth, at the desk by the window"
TEND_NOW=2026-11-16T09:00 tend hw add "Walk around the block without the phone, noticing five things" --times 3 --per week --anchor "after lunch"
TEND_NOW=2026-11-16T09:00 tend hw add "Call the dentist" --due fri
TEND_NOW=2026-11-16T09:00 tend hw add "Breathing practice, the 4-7-8 kind, sitting down" --days mon,wed,fri --anchor "when the kettle boils"
TEND_NOW=2026-11-19T09:00 tend hw done 1
TEND_NOW=2026-11-20T08:00 tend hw done 1
tend hw done 2
# A check-off dated before the item began (the clock set back) is refused, naming the days.
run 'TEND_NOW=2026-11-10T09:00 tend hw done 1'
run 'tend hw list'
run 'COLUMNS=80 tend hw list'
run 'COLUMNS=80 tend hw list | while IFS= read -r l; do [[ ${#l} -le 80 ]] || echo "too wide: $l"; done'
run 'COLUMNS=60 tend hw list'
run 'COLUMNS=200 tend hw list'
run 'COLUMNS=abc tend hw list'
run 'COLUMNS=5 tend hw list'
run 'COLUMNS=80 tend hw list --format markdown'
