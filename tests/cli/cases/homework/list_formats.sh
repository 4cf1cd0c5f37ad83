# The listing: due today first (not yet checked off), then overdue (longest first), then the
# rest; --all adds done and dropped items. Text, Markdown and JSON.
export TEND_NOW=2026-11-16T09:00
tend hw add "Stretch" --days mon,wed,fri --anchor "after brushing my teeth"
tend hw add "Write to my sister" --due wed --step "find her address" --step "post it"
tend hw add "Walk around the block" --times 3 --per week --anchor "after lunch"
tend hw add "Breathe" --daily --anchor "after my morning coffee"
tend hw add "Call the dentist"
tend hw add "Read the worksheet" --due thu
tend hw add "Old idea" --daily
tend hw add "Tidy one drawer" --due tue
export TEND_NOW=2026-11-17T20:00
tend hw done 8
tend hw done 3
tend hw drop 7
export TEND_NOW=2026-11-20T08:30
tend hw done 4
tend hw done 3 --on yesterday
tend hw step done 2 1
run 'tend hw'
run 'tend hw list --all'
run 'tend hw --all --format markdown'
run 'tend hw list --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
