# Six months of moods and daily homework: over a window longer than five weeks the per-day
# views go by week (Monday to Sunday), in text, Markdown and HTML, and the figures stay exact:
# each week's entries and days logged add up to the window's.
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
at 2026-05-31T21:00 hw add "Walk" --days mon,wed,fri
# Most days a mood, the score following the day of the month; none in the second half of July;
# the walk done on most of its days.
d=2026-06-01
while [[ $d < 2026-11-29 ]]; do
    dom=$((10#${d:8:2}))
    if [[ ! ( $d > 2026-07-14 && $d < 2026-08-01 ) ]] && ((dom % 6 != 0)); then
        at "${d}T20:00" mood $((dom % 10 + 1))
        ((dom % 3 == 0)) && at "${d}T21:00" mood 5
        at "${d}T20:05" hw done 1 --on "$d" 2>/dev/null || true
    fi
    d=$(date -d "$d + 1 day" +%F)
done
export TEND_NOW=2026-11-28T22:00
run 'tend summary --since 2026-06-01 | sed -n "/^Mood/,/^\$/p"'
run 'tend summary --since 2026-06-01 --format markdown | sed -n "/^## Mood/,/^## Patterns/p"'
run 'tend summary --since 2026-06-01 --format json | jq -c "[.mood.entries, .mood.days_logged, (.mood.per_day | length)]"'
tend summary --since 2026-06-01 --format html -o weeks.html
run 'grep -o "<title id=\"[a-z-]*-title\">[^<]*</title>" weeks.html'
run 'sed -n "/<caption>Mood by week/,/<\/table>/p" weeks.html'
run 'sed -n "/<caption>Homework by week/,/<\/table>/p" weeks.html | head -8'
# The weeks add up to the window: days logged, and entries (as the JSON above gives them).
run 'sed -n "/<caption>Mood by week/,/<\/table>/p" weeks.html | grep "^<tr><th" | sed -E "s/<[^>]+>/|/g" | awk -F"[|]+" "{ split(\$3, a, \" \"); logged += a[1]; n += \$4 } END { print logged, n }"'
# Five weeks is still by day.
run 'tend summary --since 2026-10-25 | grep -c "Per day"'
run 'tend summary --since 2026-10-24 | grep -c "Per week"'
# A window given as a span back from today: six months back is 28 May.
run 'tend summary --since 6mo --format json | jq -c "[.window.since, .window.days, .mood.days_logged, .mood.entries]"'
run 'tend summary --since 6mo | sed -n "1,3p"'
