# Sourced by the install tests: where every installed file belongs, relative to the prefix, and
# which source file it comes from, as "INSTALLED<TAB>SOURCE" lines (SOURCE "-" for the binary).
# Man pages and examples are read from the source tree, so new ones are expected automatically.
#
# usage: expected_layout REPO
expected_layout() {
    local repo=$1 page section file
    printf 'bin/tend\t-\n'
    for page in "$repo"/man/*.[1-8]; do
        section=${page##*.}
        printf 'share/man/man%s/%s\t%s\n' "$section" "${page##*/}" "$page"
    done
    printf 'share/bash-completion/completions/tend\t%s\n' "$repo/completions/tend.bash"
    printf 'share/zsh/vendor-completions/_tend\t%s\n' "$repo/completions/_tend"
    printf 'share/fish/vendor_completions.d/tend.fish\t%s\n' "$repo/completions/tend.fish"
    printf 'share/doc/tend/README.md\t%s\n' "$repo/README.md"
    printf 'share/doc/tend/LICENSE\t%s\n' "$repo/LICENSE"
    (cd "$repo/examples" && find . -type f | sort) | while IFS= read -r file; do
        printf 'share/doc/tend/examples/%s\t%s\n' "${file#./}" "$repo/examples/${file#./}"
    done
}
