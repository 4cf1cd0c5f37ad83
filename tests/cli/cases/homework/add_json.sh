# With --format json, adding prints the new record (uuids masked: they are random).
run 'tend hw add "Write to my sister" --due tue --anchor "Sunday afternoon" --step "find her address" --step "post it" --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend hw add Walk --times 2 --per week --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend hw add Stretch --days tue,thu --format json | grep -A4 "\"schedule\""'
