#!/usr/bin/env bash
# Refresh the .ts sources from the code (new strings appear as unfinished; existing translations are kept).
# Usage: scripts/update-translations.sh [kk] [ru]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find app -name '*.py' -not -path '*/__pycache__/*' | sort)
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(kk ru)
for lang in "${languages[@]}"; do
    .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none "${sources[@]}" -ts "app/ui/translations/oyla_${lang}.ts"
done
