# The client's own listings show private entries, marked; entry edit and mood edit flip the mark
# with --private or --shared, and refuse both together.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
at 2026-11-10T17:50 session add "2026-11-10 17:00"
export TEND_NOW=2026-11-11T09:00
run 'tend reflect --private --answer takeaway="Walk more, secretly"'
run 'tend --format json worksheet thought-record --private --answer situation="A walk alone" | jq -c "[.id, .private]"'
run 'tend mood 3 --private "walk in the rain"'
run 'tend mood 6 "walk with Ana"'
run 'tend win --private "Walked the whole way"'
run 'tend win "Walked to the shop"'
run 'tend mood list'
run 'tend mood list --format json | jq -c "[.[] | [.id, .private]]"'
run 'tend win list'
run 'tend win list --format markdown'
run 'tend entry list'
run 'tend entry show 1'
run 'tend entry show 1 --format markdown | head -1'
run 'tend search walk'
run 'tend search walk --format json | jq -c "[.[] | [.kind, .id, .private]]"'
# Flipping the mark.
run 'tend entry edit 1 --shared'
run 'tend entry show 1 --format json | jq -c "[.id, .private]"'
run 'tend entry edit 1 --private --answer intention="Tell no one"'
run 'tend entry show 1 --format json | jq -c "[.id, .private, [.answers[].key]]"'
run 'tend --format json entry edit 2 --shared | jq -c "[.id, .private]"'
run 'tend mood edit 1 --shared'
run 'tend mood edit 2 --private --score 5'
run 'tend mood list --format json | jq -c "[.[] | [.id, .score, .private]]"'
# Both at once, or nothing to change: exit 2, nothing written.
run 'tend entry edit 1 --private --shared'
run 'tend mood edit 1 --shared --private'
run 'tend entry edit 1'
run 'tend entry edit 9 --private'
run 'tend mood list --private'
run 'tend win list --private'
