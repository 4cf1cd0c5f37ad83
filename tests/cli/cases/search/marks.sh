# The marks around a match are bytes no text can hold: STX, ETX and other control characters in
# a note stay text (shown safely), and only the match is marked.
tend mood 6 $'ends\x03 here, starts\x02 there: walk \x02x\x03 \x1b[1mbold'
run 'tend search walk'
run 'tend search walk --format markdown'
run 'tend search walk --format json'
run 'tend search walk --color always | cat -v'
