# Imported journal entries are listed and removed with tend journal; a removed one stays
# removed when the jrnl file is imported again, and its deletion travels to another device.
# The pre-session summary lists the entries of its window in every format.
cp "$CASE_DIR"/../../fixtures/jrnl_first.json .
TEND_NOW=2026-11-19T08:00 tend import jrnl_first.json --from jrnl -q
run 'tend journal list'
run 'tend journal list --since 2026-11-10 --format json | jq -c ".[] | [.id, .title, .starred, .tags]"'
run 'tend journal list --format markdown'
run 'tend summary --since 2026-11-09'
run 'tend summary --since 2026-11-09 --format markdown | sed -n "/^## Journal/,/^## Prep/p"'
run 'tend summary --since 2026-11-09 --format json | jq -c .journal'
run 'tend summary --since 2026-11-09 --format html | grep -i -A3 "id=\"journal\""'
run 'tend summary --since 2026-11-19 --format json | jq -c .journal'
run 'tend summary --since 2026-11-19 | grep -c Journal'
run 'tend journal rm 1'
run 'tend journal rm 1'
run 'tend journal'
run 'tend import jrnl_first.json --from jrnl'
run 'tend journal list'
run 'tend export | jq -c "[.deleted[] | .kind]"'
mkdir -p "$WORK/folder" "$WORK/cfg"
printf '[sync]\ndevice = "laptop"\n' > "$WORK/cfg/laptop.toml"
printf '[sync]\ndevice = "desk"\n' > "$WORK/cfg/desk.toml"
run 'tend --config "$WORK/cfg/laptop.toml" sync "$WORK/folder"'
TEND_NOW=2026-11-19T08:00 tend --db "$WORK/desk.db" import jrnl_first.json --from jrnl -q
run 'TEND_NOW=2026-11-21T09:00 tend --db "$WORK/desk.db" --config "$WORK/cfg/desk.toml" sync "$WORK/folder"'
run 'tend --db "$WORK/desk.db" journal list'
run 'tend --db "$WORK/desk.db" search walk'
run 'tend --db "$WORK/desk.db" search deadline'
