# TEND_NOW fixes "now"; a daylight-saving change moves the offset, not the day.
run 'TEND_NOW=2026-03-29T01:30 tend mood 5 --format json | grep -E "\"(at|day)\""'
run 'TEND_NOW=2026-03-29T03:30 tend mood 6 --format json | grep -E "\"(at|day)\""'
run 'TEND_NOW=2026-03-29T12:00 tend mood 7 --at "2026-03-29 02:30" --format json | grep -E "\"(at|day)\""'
run 'TZ=America/Los_Angeles TEND_NOW=2026-11-20T23:30 tend mood 4 --format json | grep -E "\"(at|day)\""'
