# Entries listed, shown and edited: all three formats, filters, and reflection timing (more
# than 24 hours after the session shows in days).
tend session add "2026-11-16 17:00"
tend session add "2026-11-18 17:00"
TEND_NOW=2026-11-17T09:00 tend reflect --session 1 -a takeaway="Notice the first thought." -a emotions="$(printf 'Tired.\nHopeful, a little.')"
tend reflect --session 2 -a takeaway="Practice | pipes & *stars* <b>" -a intention="# not a heading"
tend prep -a discuss="The holidays"
tend worksheet behavioral-experiment -a belief="If I speak up, they will laugh." -a prediction="They laugh."
run 'tend entry list'
run 'tend entry list --format markdown'
run 'tend entry list --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend entry'
run 'tend entry list --kind reflection'
run 'tend entry list --since 2026-11-18'
run 'tend entry list --until 2026-11-17'
run 'tend entry show 1'
run 'tend entry show 2 --format markdown'
run 'tend entry show 1 --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend entry edit 1 --answer emotions= --answer intention="Write it down."'
run 'tend entry edit 4 -a outcome="Nobody laughed." -a learned="Belief now 30%." --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend entry show 1'
run 'tend entry edit 3 --answer discuss='
run 'tend entry edit 3 --answer takeaway=x'
run 'tend entry edit 3'
run 'tend entry edit 9 -a discuss=x'
run 'tend entry show 0'
run 'tend entry list --kind note'
run 'tend entry list --since someday'
run 'tend entry rm 3'
run 'tend entry rm 3'
run 'tend entry list --kind prep'
