#!/usr/bin/env bash
# Removes Oyla for this user: the program folder and its menu entries. The pupils' projects, pictures and progress
# (the data folder) are KEPT; the app's My data page can delete them.
#   bash uninstall.sh [--portable] [--target DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
target=""
portable=0
while [ $# -gt 0 ]; do
    case $1 in
        --portable) portable=1 ;;
        --target) target=${2:?--target needs a folder}; shift ;;
        *) echo "usage: bash uninstall.sh [--portable] [--target DIR]" >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$target" ]; then
    if [ -d "$here/venv" ]; then target=$here
    elif [ $portable = 1 ]; then target=$here/Oyla-portable
    else target=$HOME/.local/opt/oyla; fi
fi
[ -d "$target/venv" ] || { echo "Oyla is not installed in $target. / Oyla не установлена в $target. / Oyla $target қалтасында орнатылмаған." >&2; exit 1; }
target=$(cd -- "$target" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
desktop=$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
for entry in "$apps/oyla.desktop" "$desktop/oyla.desktop"; do
    [ -f "$entry" ] && grep -qF -- "${target//\\/\\\\}" "$entry" && rm -f -- "$entry"
done
rm -rf -- "$target/venv" "$target/version.txt" "$target/uninstall.sh"
[ -f "$(dirname "$target")/start-oyla.sh" ] && [ "$target" = "$(dirname "$target")/Oyla-portable" ] && rm -f -- "$(dirname "$target")/start-oyla.sh"
rmdir -- "$target" 2>/dev/null || true
data=$target/OylaData
[ -d "$data" ] || data=${XDG_DATA_HOME:-$HOME/.local/share}/Oyla
printf 'Oyla was removed. Pupils'"'"' work is kept in %s.\n  RU: Oyla удалена. Работы учеников остались в %s.\n  KK: Oyla жойылды. Оқушылардың жұмыстары %s қалтасында қалды.\n' "$data" "$data" "$data"
