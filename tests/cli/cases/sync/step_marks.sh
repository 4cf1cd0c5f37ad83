# A homework step marked done on one device and taken back later on the other: the undo travels
# as the mark did, and a step never marked is written without updated_at.
mkdir -p "$WORK/folder" "$WORK/cfg"
printf '[sync]\ndevice = "laptop"\n' > "$WORK/cfg/laptop.toml"
printf '[sync]\ndevice = "desk"\n' > "$WORK/cfg/desk.toml"
laptop() { tend --db "$WORK/laptop.db" --config "$WORK/cfg/laptop.toml" "$@"; }
desk() { tend --db "$WORK/desk.db" --config "$WORK/cfg/desk.toml" "$@"; }
export -f laptop desk
TEND_NOW=2026-11-18T08:00 laptop hw add "Thought record" --daily --step "Write the situation" --step "Rate the feeling"
TEND_NOW=2026-11-18T08:10 laptop sync "$WORK/folder"
TEND_NOW=2026-11-18T08:15 desk sync "$WORK/folder"
run 'jq -c "[.homework_steps[] | [.position, .done_at, .updated_at]]" "$WORK/folder/laptop.json"'
TEND_NOW=2026-11-18T09:00 laptop hw step done 1 1
TEND_NOW=2026-11-18T09:05 laptop hw step done 1 2
run 'TEND_NOW=2026-11-18T09:10 laptop sync "$WORK/folder"'
run 'TEND_NOW=2026-11-18T09:15 desk sync "$WORK/folder"'
run 'desk hw show 1'
# Taken back on the desk, later: the laptop follows.
TEND_NOW=2026-11-18T10:00 desk hw step undo 1 2
run 'TEND_NOW=2026-11-18T10:05 desk sync "$WORK/folder"'
run 'TEND_NOW=2026-11-18T10:10 laptop sync "$WORK/folder"'
run 'laptop hw show 1'
run 'jq -c "[.homework_steps[] | [.position, .done_at, .updated_at]]" "$WORK/folder/desk.json"'
# Nothing new either side: nothing said.
run 'TEND_NOW=2026-11-18T10:20 desk sync "$WORK/folder"'
run 'TEND_NOW=2026-11-18T10:25 laptop sync "$WORK/folder"'
