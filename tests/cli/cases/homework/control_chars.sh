# Escape sequences in titles and notes never reach the terminal raw; Markdown stays Markdown.
export TEND_NOW=2026-11-16T09:00
tend hw add "$(printf 'red \033[31mALERT\033[0m')" --daily --anchor "$(printf 'bell\a')" --step "# not a heading" --plan "*not* emphasis | pipe"
tend hw skip 1 --note "$(printf 'tab\there \033[2J')"
run 'tend hw'
run 'tend hw --format markdown'
run 'tend hw show 1'
run 'tend hw show 1 --format markdown'
run 'tend hw done 1 --on today'
