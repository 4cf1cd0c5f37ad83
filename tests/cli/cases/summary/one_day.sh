# A window of one day, and a session held today: the window is today alone.
tend mood 5 --at "2026-11-20 07:00"
tend mood 7 --at "2026-11-19 20:00"
run 'tend summary --since today --until today'
TEND_NOW=2026-11-20T07:30 tend session add "2026-11-20 07:15"
run 'tend summary --format json | jq -c ".window, .mood.days_in_window, .mood.entries, .last_session.day"'
