#!/usr/bin/env bash
# tst_install: builds the .deb with cpack from the finished build tree, unpacks it with
# dpkg -x into a scratch root and checks what a user would get: the program runs from
# there, the desktop entry, metainfo, icons, translations, man page and bash completion are
# in their usual places and valid, the man page names every command and the completion
# offers them.
#   usage: install-test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# --- the package -------------------------------------------------------------------------
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb=$(ls "$scratch"/out/roundtable_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
depends=$(dpkg-deb --field "$deb" Depends)
for need in libqt6widgets6 libqt6sql6-sqlite fonts-noto-core fonts-noto-cjk; do
    [[ $depends == *"$need"* ]] || fail "Depends lacks $need: $depends"
done

root=$scratch/root
dpkg -x "$deb" "$root"

# --- the program runs from the unpacked root -----------------------------------------------
version=$(dpkg-deb --field "$deb" Version)
out=$(env -u LANGUAGE LC_ALL=C.UTF-8 "$root/usr/bin/roundtable" --version)
echo "$out"
[[ $out == "roundtable "[0-9]* ]] || fail "unexpected --version output: $out"
[[ $out == "roundtable $version" ]] || fail "version $out, package $version"
# Stripped, as a package should be.
file "$root/usr/bin/roundtable" | grep -q 'not stripped' && fail "the installed program is not stripped"
# A real command against a scratch archive, not only --version.
env -u LANGUAGE LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$scratch/config" \
    "$root/usr/bin/roundtable" --database "$scratch/a.roundtable" demo >/dev/null || fail "demo failed"
env -u LANGUAGE LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$scratch/config" \
    "$root/usr/bin/roundtable" --database "$scratch/a.roundtable" check >/dev/null || fail "check failed"

# --- desktop integration in the usual places -----------------------------------------------
share=$root/usr/share
id=cn.org.lmec.Roundtable
for f in applications/$id.desktop metainfo/$id.metainfo.xml icons/hicolor/scalable/apps/$id.svg \
         icons/hicolor/16x16/apps/$id.png icons/hicolor/256x256/apps/$id.png \
         roundtable/translations/roundtable_zh_CN.qm man/man1/roundtable.1 bash-completion/completions/roundtable; do
    [ -s "$share/$f" ] || fail "missing /usr/share/$f"
done
desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" >"$scratch/as.log" 2>&1 \
    || { cat "$scratch/as.log" >&2; fail "appstreamcli validate"; }
# The window icon and the desktop entry name the same icon.
grep -q "^Icon=$id$" "$share/applications/$id.desktop" || fail "desktop entry Icon"

# --- every command in the man page and the completion --------------------------------------
commands=$(env -u LANGUAGE LC_ALL=C.UTF-8 "$root/usr/bin/roundtable" --help | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p')
[ "$(echo "$commands" | wc -l)" -ge 9 ] || fail "--help lists too few commands: $commands"
man=$(zcat -f "$share/man/man1/roundtable.1")
for c in $commands; do
    grep -qE "^\.BI? $c( |$)" <<<"$man" \
        || fail "the man page does not describe the command $c"
done
if command -v man >/dev/null; then
    MANWIDTH=100 man -l "$share/man/man1/roundtable.1" >/dev/null 2>"$scratch/man.log" || fail "man cannot format the page"
fi

completion=$(bash -c '
    _init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
    _filedir() { :; }
    source "$1"
    COMP_WORDS=("$2" ""); COMP_CWORD=1; _roundtable; echo "${COMPREPLY[*]}"
    COMP_WORDS=("$2" search --); COMP_CWORD=2; _roundtable; echo "${COMPREPLY[*]}"
' bash "$share/bash-completion/completions/roundtable" "$root/usr/bin/roundtable")
first=$(sed -n 1p <<<"$completion")
for c in $commands; do
    [[ " $first " == *" $c "* ]] || fail "bash completion does not offer $c (offers: $first)"
done
[[ $(sed -n 2p <<<"$completion") == *--json*--limit* || $(sed -n 2p <<<"$completion") == *--limit*--json* ]] \
    || fail "bash completion does not offer search's options: $(sed -n 2p <<<"$completion")"

echo "PASS: $(echo $commands | wc -w) commands; installed $(cd "$root" && find . -type f | wc -l) files"
