# Identifiers are never reused: after removing the newest record of a kind, the next one gets a
# new id, so a command recalled from shell history can never reach a different record.
tend mood 5 first
tend mood 6 second
run 'tend mood rm 2'
run 'tend mood 7 third'
run 'tend mood list --format json | jq -c "[.[].id]"'
tend win "one"
run 'tend win rm 1'
run 'tend win two --format json | jq .id'
TEND_NOW=2026-11-17T18:00 tend session add "2026-11-17 17:00"
run 'tend session rm 1'
run 'TEND_NOW=2026-11-17T18:00 tend session add "2026-11-17 17:00" --format json | jq .id'
tend hw add Walk --daily
tend hw done 1
run 'tend hw undo 1'
run 'tend hw done 1 --format json | jq .id'
# The search index follows the new ids.
run 'tend search third'
