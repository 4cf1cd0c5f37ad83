# --editor: the prompts in a private temporary file (mode 0600, removed afterwards), handed to
# $VISUAL or $EDITOR and read back. A mistake in the edited file keeps the file and names it.
export TMPDIR=$WORK/tmp
mkdir -p "$TMPDIR"
unset VISUAL EDITOR
tend session add "2026-11-19 17:00"
# A scripted editor: notes what it was given, then writes answers under two questions.
cat > "$WORK/editor.sh" <<'SH'
#!/bin/sh
stat -c '%a' "$1" > "$WORK/mode"
cp "$1" "$WORK/seen"
sed -i -e '/^## \[takeaway\]/a\
I can pause before answering.\
Even one breath helps.' -e '/^## \[intention\]/a\
Pause once a day.' "$1"
SH
# An editor that takes arguments: answer.sh KEY TEXT FILE.
cat > "$WORK/answer.sh" <<'SH'
#!/bin/sh
sed -i "/^## \[$1\]/a\\
$2" "$3"
SH
# An editor that notes what it was given and changes one word.
cat > "$WORK/reword.sh" <<'SH'
#!/bin/sh
cp "$1" "$WORK/seen"
sed -i 's/once a day/twice a day/' "$1"
SH
# An editor that adds a question the template does not have.
cat > "$WORK/unknown.sh" <<'SH'
#!/bin/sh
printf '## [mood] How is your mood?\nFine\n' >> "$1"
SH
chmod +x "$WORK/editor.sh" "$WORK/answer.sh" "$WORK/reword.sh" "$WORK/unknown.sh"
run 'EDITOR="$WORK/editor.sh" tend reflect --editor'
run 'cat "$WORK/seen"'
run 'cat "$WORK/mode"'
run 'ls -A "$TMPDIR"'
run 'tend entry show 1'
run 'VISUAL="$WORK/answer.sh discuss \"My sister, again.\"" EDITOR=false tend prep --editor'
run 'EDITOR="$WORK/reword.sh" tend entry edit 1 --editor'
run 'cat "$WORK/seen"'
run 'EDITOR="$WORK/answer.sh emotions Calmer" tend entry edit 1 --editor'
run 'tend entry show 1'
run 'EDITOR=false tend reflect --again --editor'
run 'tend reflect --again --editor'
run 'EDITOR=/nonexistent/editor tend reflect --again --editor'
run 'EDITOR="sed -i -e 1d -e /^#/d" tend reflect --again --editor'
run 'ls -A "$TMPDIR"'
run 'EDITOR="sed -i 1ihello" tend reflect --again --editor 2>&1 | sed -E "s/tend-reflection-[A-Za-z0-9]{6}/tend-reflection-XXXXXX/"'
run 'ls -A "$TMPDIR" | sed -E "s/[A-Za-z0-9]{6}\.txt/XXXXXX.txt/"'
run 'head -n 3 "$TMPDIR"/tend-reflection-*.txt'
rm -f "$TMPDIR"/*
run 'EDITOR="$WORK/unknown.sh" tend entry edit 1 --editor 2>&1 | sed -E "s/tend-reflection-[A-Za-z0-9]{6}/tend-reflection-XXXXXX/"'
run 'tail -n 2 "$TMPDIR"/tend-reflection-*.txt'
run 'EDITOR="$WORK/editor.sh" tend reflect --editor --answer takeaway=x'
run 'tend entry list'
