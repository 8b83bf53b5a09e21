#!/usr/bin/env bash
# Refresh the .ts sources from the code (new strings appear as unfinished; existing translations are kept).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find app -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in kk ru; do
    .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none "${sources[@]}" -ts "app/ui/translations/oyla_${lang}.ts"
done
