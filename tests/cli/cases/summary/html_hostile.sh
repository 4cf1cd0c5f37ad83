# Hostile text in every place the report shows user text (a mood note, a tag, a homework title
# and note, a win, a reflection, prep): markup, quotes, an ampersand and bidirectional controls
# come out as inert text, and the page stays well-formed with no script in it.
source "$CASE_DIR/../../../lib/needs.sh"
needs xmllint libxml2-utils
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
evil=$'</svg><script>alert("x")</script> it\'s & <b>bold</b> \u202Eevil\u202C \u2066iso\u2069'
at 2026-11-13T18:10 session add "2026-11-13 17:00" --note "$evil"
at 2026-11-13T21:30 reflect --answer takeaway="$evil" --answer intention="$evil"
at 2026-11-13T21:35 hw add "$evil" --daily --barrier "$evil" --plan "$evil"
at 2026-11-14T08:10 mood 2 "$evil" -t "</title>"
at 2026-11-14T08:15 hw skip 1 --note "$evil"
at 2026-11-15T08:15 hw done 1 --note "$evil"
at 2026-11-15T19:00 win "$evil"
at 2026-11-16T08:00 prep --answer discuss="$evil"
export TEND_NOW=2026-11-16T09:00
tend summary --format html -o report.html
run 'xmllint --noout report.html && echo well-formed'
run 'grep -ci "<script" report.html || true'
run 'grep -c "</svg><script" report.html || true'
run 'grep -cF "&lt;/svg&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; it&#39;s &amp; &lt;b&gt;bold&lt;/b&gt; \\u202eevil\\u202c \\u2066iso\\u2069" report.html'
run 'grep -c "&lt;/title&gt;" report.html'
run 'grep -c "<b>" report.html || true'
run "grep -c \$'\\u202E' report.html || true"
# Inside the charts too: the homework grid's row label, cut to fit, is escaped.
run 'grep -o "<text [^>]*class=\"item\">[^<]*</text>" report.html'
