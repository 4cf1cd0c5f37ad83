# Answers on standard input: one line each in the template's order; an empty line skips one;
# fewer lines leave the rest unanswered; nothing at all saves nothing.
tend session add "2026-11-19 17:00"
run 'printf "Boundaries are kind.\nCalm\nTake lunch breaks.\n" | tend reflect'
run 'printf "\nSad, then lighter.\n" | tend reflect --again'
run 'printf "Only one line, no newline" | tend reflect --again -q'
run 'printf "a\r\nb\r\n" | tend reflect --again --template thought-record'
run 'printf "a\nb\nc\nd\n" | tend reflect --again'
run 'printf "\n\n\n" | tend reflect --again'
run 'tend reflect --again < /dev/null'
run 'tend entry list'
run 'tend entry show 2 --format markdown'
