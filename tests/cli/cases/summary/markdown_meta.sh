# User text full of Markdown and HTML metacharacters never changes the layout: checked through
# two real CommonMark parsers.
export TEND_NOW=2026-11-20T08:00
TEND_NOW=2026-11-16T18:00 tend session add "2026-11-16 17:00"
TEND_NOW=2026-11-16T19:00 tend reflect --answer intention='# not a heading
- not a list
1. not a list either
> not a quote
| a | table? |
|---|---|' --answer takeaway='*stars* _under_ `code` <b>html</b> [link](http://x) ![img](y) &amp; \back'
tend mood 5 '**bold?** | pipe | <script>alert(1)</script> ~~strike~~ $x^2$ @cite' -t 'a|b' --at "2026-11-17 09:00"
tend win '=== not a setext underline'
tend hw add '#hashtag _title_ | with pipe' --daily --barrier '<tired>' --plan '*rest* first'
run 'tend summary --format markdown > "$WORK/s.md"; cat "$WORK/s.md"'
run 'cmark-gfm --extension table "$WORK/s.md"'
run 'pandoc -f gfm -t html "$WORK/s.md" | grep -cE "<h[12]"'
run 'pandoc -f gfm -t html "$WORK/s.md" | grep -cE "<(em|strong|code|blockquote|script|b|a|img|del|ol)[ >]"'
