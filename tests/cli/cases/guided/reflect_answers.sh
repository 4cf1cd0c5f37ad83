# A reflection from --answer options: on the latest session held by default, or the one named.
tend session add "2026-11-17 17:00"
tend session add "2026-11-19 17:00" --note "talked about work"
tend session next "2026-11-26 17:00"
run 'tend reflect --answer takeaway="Saying no is allowed." --answer emotions="Relief, then guilt." -a intention="Leave work by six twice this week."'
run 'tend reflect --session 1 --answer intention="Call my sister." --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend reflect --again --answer emotions="  " --answer takeaway=" trimmed "'
run 'tend entry show 1'
run 'tend entry list'
