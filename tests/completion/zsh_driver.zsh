# Drives completion in a real interactive zsh on a pseudo-terminal (zsh/zpty): for each command
# line read from standard input, types it, presses Tab, and prints "=== LINE" followed by what
# the completion offered, one "value -- description" line each (as the completion function
# displays it). compadd is wrapped to record what is offered, and a post-completion hook marks
# the end of each answer.
#
# usage: zsh -f zsh_driver.zsh COMPLETIONS_DIR < LINES
zmodload zsh/zpty || exit 2
dir=$1
out=${TMPDIR:-/tmp}/tend-zsh-out.$$
trap 'rm -f $out' EXIT

zpty z zsh -f -i || exit 2
zpty -w z 'PS1=""; RPS1=""; PROMPT_EOL_MARK=""; bindkey -e'
zpty -w z "fpath=(${(q)dir} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "__tend_test_out=${(q)out}"
# What is offered: the values compadd keeps after matching (-O), with the display strings
# given by -d for them.
zpty -w z 'compadd() {
    local -a __kept; builtin compadd -O __kept "$@"
    local dname= aname= v
    (( ${@[(I)-d]} )) && dname=${@[${@[(i)-d]}+1]}
    (( ${@[(I)-a]} )) && aname=${@[${@[(i)-a]}+1]}
    for v in $__kept; do
        if [[ -n $dname && -n $aname ]]; then
            print -r -- "${${(P)dname}[${${(P)aname}[(ie)$v]}]}" >>$__tend_test_out
        else
            print -r -- "$v" >>$__tend_test_out
        fi
    done
    builtin compadd "$@"
}'
zpty -w z 'end_of_answer() { print -r -- "=== end" >>$__tend_test_out; comppostfuncs=(end_of_answer) }; comppostfuncs=(end_of_answer)'
zpty -w z 'zstyle ":completion:*" menu no; LISTMAX=10000'
zpty -w z 'print -r -- ready >$__tend_test_out'
for i in {1..100}; do [[ -s $out ]] && break; sleep 0.05; done
[[ -s $out ]] || { print -u2 "zsh did not start"; exit 2 }

drain() { local chunk; while zpty -rt z chunk 2>/dev/null; do :; done }

while IFS= read -r line; do
    : >$out
    drain
    zpty -w -n z "$line"$'\t'
    for i in {1..200}; do grep -q '^=== end$' $out 2>/dev/null && break; sleep 0.02; done
    print -r -- "=== $line"
    grep -v '^=== end$' $out
    zpty -w -n z $'\C-u'
done
drain
zpty -d z
