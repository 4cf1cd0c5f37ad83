# Search in every script: case and accents do not matter (Greek, Cyrillic, Latin), text without
# spaces is found by any part of it (Japanese), emoji are found, and --prefix finds English
# inflections. The snippet marks the text as it was written.
tend mood 6 "Η σοφία αρχίζει με την απορία" --at "2026-11-16 09:00"
tend mood 5 "Ёлка во дворе, всё в снегу" --at "2026-11-17 09:00"
tend mood 7 "今日は日本語を勉強しました" --at "2026-11-18 09:00"
tend mood 8 "great day 😊🎉 with friends 👍🏽" --at "2026-11-19 09:00"
tend mood 6 "I walked to the lake; walking helps" --at "2026-11-19 18:00"
tend win "Ｆｕｌｌ-width letters and the ﬁne ligature"
run 'tend search σοφια'
run 'tend search ΣΟΦΙΑ'
run 'tend search σοφία απορια'
run 'tend search елка'
run 'tend search ЁЛКА ВСЕ'
run 'tend search 日本語'
run 'tend search 勉強 --format json'
run 'tend search 語日本'
run 'tend search 🎉'
run 'tend search 👍'
run 'tend search full fine'
run 'tend search walk'
run 'tend search --prefix walk'
run 'tend search --prefix "the lak"'
run 'tend search --prefix --query "walk*"'
run 'tend search --prefix'
run 'tend search --query "σοφια OR 🎉"'
run 'tend search walk --prefix --color always | cat -v'
