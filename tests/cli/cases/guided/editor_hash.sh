# An answer line that starts with # is written \# in the editor's file and read back as #, so an
# edit that changes nothing leaves every answer as it was.
export TMPDIR=$WORK/tmp
mkdir -p "$TMPDIR"
unset VISUAL EDITOR
tend session add "2026-11-19 17:00"
tend reflect --answer takeaway=$'#1: ask for help\n## [emotions] not a question\n\\# kept as typed' \
    --answer intention=$'Walk daily\n  # indented'
# An editor that keeps what it was given and changes nothing.
cat > "$WORK/look.sh" <<'SH'
#!/bin/sh
cp "$1" "$WORK/seen"
SH
# An editor that writes a new answer line starting with #, escaped by hand.
cat > "$WORK/hash.sh" <<'SH'
#!/bin/sh
sed -i '/^## \[emotions\]/a\
\\#hopeful, then tired' "$1"
SH
chmod +x "$WORK/look.sh" "$WORK/hash.sh"
sqlite3 "$TEND_DB" "SELECT key, answer FROM entry_answer ORDER BY key" > "$WORK/before"
run 'tend entry show 1'
run 'EDITOR="$WORK/look.sh" tend entry edit 1 --editor'
run 'cat "$WORK/seen"'
run 'sqlite3 "$TEND_DB" "SELECT key, answer FROM entry_answer ORDER BY key" | diff "$WORK/before" - && echo unchanged'
run 'EDITOR="$WORK/hash.sh" tend entry edit 1 --editor'
run 'tend entry show 1'
