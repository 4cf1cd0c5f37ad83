# With --format json, logging prints the new record (uuid masked: it is random).
run 'tend mood 7 "slept well" -t Sleep -t " rest " --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
