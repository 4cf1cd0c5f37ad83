# bash completion for tend                                  -*- shell-script -*-
#
# Every candidate comes from `tend __complete -- WORD...`, which knows the commands and options
# of the tend it runs, and the live values (homework ids with their titles, template names,
# tags) in your database; this script only asks it and shows the answer. Installed as
# share/bash-completion/completions/tend, it loads on first use; or source it from ~/.bashrc.

_tend() {
    local i word joined=0
    local -a words=()
    # Bash splits "--template=re" and "18:30" at COMP_WORDBREAKS; put such words back together.
    for ((i = 1; i <= COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if ((${#words[@]} > 0)) && [[ $word == [=:] ]]; then
            words[-1]+=$word
            joined=1
        elif ((joined)); then
            words[-1]+=$word
            joined=0
        else
            words+=("$word")
        fi
    done
    local current=${words[-1]}
    # What readline replaces: the part of the word after its last break character.
    local typed=${COMP_WORDS[COMP_CWORD]}
    [[ $typed == [=:] ]] && typed=
    local keep=$((${#current} - ${#typed}))
    # The words as tend sees them: without their quotes or backslashes (the last one may have
    # an opening quote only).
    for ((i = 0; i < ${#words[@]} - 1; i++)); do
        word=${words[i]}
        case $word in
            \'*\' | \"*\") words[i]=${word:1:${#word}-2} ;;
            *\\*) words[i]=${word//\\/} ;;
        esac
    done
    local quote=
    case $current in
        [\'\"]*) quote=${current:0:1} words[-1]=${current:1} ;;
        *\\*) words[-1]=${current//\\/} ;;
    esac

    local out
    out=$("${COMP_WORDS[0]}" __complete -- "${words[@]}" 2>/dev/null) || return 0
    if [[ $out == ":files" ]]; then
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        COMPREPLY=($(compgen -f -- "$typed"))
        return 0
    fi

    # Each value quoted for the shell where it needs to be ("after\ work"), so that what bash
    # inserts stays one word; inside an open quote, as it is.
    local -a values=() descriptions=()
    local line value longest=0
    while IFS= read -r line; do
        [[ -n $line ]] || continue
        value=${line%%$'\t'*}
        value=${value:keep}
        if [[ -z $quote ]]; then
            printf -v value '%q' "$value"
            value=${value//\\,/,}  # a comma needs no escape outside braces: "sleep,walk"
        fi
        values+=("$value")
        if [[ $line == *$'\t'* ]]; then descriptions+=("${line#*$'\t'}"); else descriptions+=(""); fi
        ((${#value} > longest)) && longest=${#value}
    done <<<"$out"

    COMPREPLY=()
    if ((${#values[@]} == 1)); then
        COMPREPLY=("${values[0]}")
        return 0
    fi
    compopt -o nosort 2>/dev/null
    # Several: show each with its description, as "value  (description)" on one line.
    local width=${COLUMNS:-80}
    for ((i = 0; i < ${#values[@]}; i++)); do
        line=${values[i]}
        if [[ -n ${descriptions[i]} ]]; then
            printf -v line '%-*s  (%s)' "$longest" "${values[i]}" "${descriptions[i]}"
            ((${#line} >= width)) && line="${line:0:width-2})"
        fi
        COMPREPLY+=("$line")
    done
}

complete -F _tend tend
