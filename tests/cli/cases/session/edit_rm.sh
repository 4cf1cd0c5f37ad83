# Fixing mistakes: a new day keeps the session's time; a held session cannot move into the
# future nor a scheduled one into the past; removing a session keeps its reflection.
tend session add "2026-11-17 17:00"
tend session next "2026-11-24 17:00"
tend reflect --session 1 --answer takeaway="Rest is not laziness."
run 'tend session edit 1 --at mon'
run 'tend session edit 1 --at "2026-11-16 18:15" --note "moved to Monday"'
run 'tend session edit 1 --note ""'
run 'tend session edit 2 --at fri'
run 'tend session edit 2 --at "fri 10:00" --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend session edit 1 --at tomorrow'
run 'tend session edit 2 --at yesterday'
run 'tend session list'
run 'tend session rm 1'
run 'tend session rm 1'
run 'tend entry list'
run 'tend session list'
run 'tend session add "2026-11-18 17:00" --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend session cancel --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend session rm 2 --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
