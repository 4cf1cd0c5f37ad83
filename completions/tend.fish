# fish completion for tend.
#
# Every candidate comes from `tend __complete -- WORD...`, which knows the commands and options
# of the tend it runs, and the live values (homework ids with their titles, template names,
# tags) in your database, as "value<TAB>description" lines that fish shows as they are; this
# file only asks. Installed as share/fish/vendor_completions.d/tend.fish, it loads on first use.

function __tend_complete
    set -l tokens (commandline -opc)
    # The word at the cursor as typed: take off its quoting, as fish did for the words before.
    set -l current (commandline -ct)
    switch "$current"
        case "'*" '"*'
            set current (string sub -s 2 -- $current)
        case '*'
            set current (string unescape -- $current; or string join '' -- $current)
    end
    set -l out (command $tokens[1] __complete -- $tokens[2..-1] $current 2>/dev/null)
    or return
    if test "$out" = ":files"
        __fish_complete_path $current
        return
    end
    string join \n -- $out
end

complete -c tend -f -k -a '(__tend_complete)'
