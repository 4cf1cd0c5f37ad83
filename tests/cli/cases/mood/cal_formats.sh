# Markdown: a table per month, each day's rounded mean in brackets and today in bold; JSON: the
# days with moods, each with its mean, count, lowest and highest.
tend mood 6 --at "2026-10-30 08:00"
tend mood 7 --at "2026-11-18 08:00"
tend mood 4 --at "2026-11-18 20:00"
tend mood 7 --at "2026-11-20 07:00"
run 'tend mood cal --months 2 --format markdown'
run 'tend mood cal --format json'
run 'tend --format json mood cal --months 2 | jq -c ".days[] | [.day, .mean, .count]"'
# The Markdown renders through a CommonMark parser: a table per month, today in bold.
run 'tend mood cal --months 2 --format markdown | cmark-gfm --extension table | grep -c "<table>"'
run 'tend mood cal --format markdown | cmark-gfm --extension table | grep -o "<strong>[^<]*</strong>"'
