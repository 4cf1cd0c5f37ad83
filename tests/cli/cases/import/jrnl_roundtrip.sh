# Journal entries travel in tend's own export: exported, then imported into an empty database,
# they export the same; a shared export keeps them (they have no private mark).
cp "$CASE_DIR"/../../fixtures/jrnl_later.json .
run 'tend import jrnl_later.json --from jrnl'
tend export -o first.json
run 'TEND_DB=$WORK/other.db tend import first.json'
TEND_DB=$WORK/other.db tend export -o second.json
run 'diff first.json second.json && echo same'
run 'tend export --share | jq -c "[.journal[].title]"'
run 'TEND_DB=$WORK/other.db tend import first.json'
