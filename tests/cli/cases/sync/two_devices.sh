# Two devices, a laptop and a desk, keep in step through one folder: what each adds, edits and
# deletes reaches the other; a run with nothing new says nothing; a bad folder changes nothing.
mkdir -p "$WORK/folder" "$WORK/cfg"
printf '[sync]\ndevice = "laptop"\n' > "$WORK/cfg/laptop.toml"
printf '[sync]\ndevice = "desk"\n' > "$WORK/cfg/desk.toml"
laptop() { tend --db "$WORK/laptop.db" --config "$WORK/cfg/laptop.toml" "$@"; }
desk() { tend --db "$WORK/desk.db" --config "$WORK/cfg/desk.toml" "$@"; }
export -f laptop desk
TEND_NOW=2026-11-18T08:00 laptop mood 4 "slow morning" --tag sleep
TEND_NOW=2026-11-18T09:00 laptop win "Called my sister"
TEND_NOW=2026-11-18T10:00 desk mood 7 "good walk"
run 'TEND_NOW=2026-11-18T11:00 laptop sync "$WORK/folder"'
run 'TEND_NOW=2026-11-18T11:05 desk sync "$WORK/folder"'
run 'TEND_NOW=2026-11-18T11:10 laptop sync "$WORK/folder"'
run 'ls "$WORK/folder"'
run 'stat -c %a "$WORK/folder/laptop.json"'
# Nothing new: nothing said, and the files stay as they are.
cp "$WORK/folder/laptop.json" "$WORK/before.json"
run 'TEND_NOW=2026-11-18T11:20 laptop sync "$WORK/folder"'
run 'cmp "$WORK/before.json" "$WORK/folder/laptop.json" && echo same'
run 'TEND_NOW=2026-11-18T11:25 desk sync "$WORK/folder"'
# An edit on the desk and a deletion on the laptop travel both ways.
TEND_NOW=2026-11-18T12:00 desk mood edit 1 --score 5 --note "slow, then better"
TEND_NOW=2026-11-18T12:10 laptop win rm 1
run 'TEND_NOW=2026-11-18T12:20 laptop sync "$WORK/folder"'
run 'TEND_NOW=2026-11-18T12:25 desk sync "$WORK/folder"'
run 'TEND_NOW=2026-11-18T12:30 laptop sync "$WORK/folder"'
run 'laptop mood list'
run 'desk mood list'
run 'desk win list'
run 'jq -c "[.deleted[] | [.kind, .at]]" "$WORK/folder/desk.json"'
# A shared export tells nothing of deletions.
run 'desk export --share | jq -c "[.version, .deleted]"'
run 'TEND_NOW=2026-11-18T12:40 desk sync "$WORK/folder" --format json'
# A folder that is not there, a file, and a file in the folder that is not an export.
run 'laptop sync "$WORK/nowhere"'
run 'laptop sync "$WORK/before.json"'
echo '{"not": "tend"}' > "$WORK/folder/phone.json"
run 'laptop sync "$WORK/folder"'
