#!/usr/bin/env bash
# Install what is missing, then run the benchmarks as a quick smoke run and the whole test suite, without a display.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/install.sh" test
cd "$root"
export QT_QPA_PLATFORM=offscreen
export OYLA_REQUIRE_SIM=1  # the simulator tests must run, not skip, where the AVR toolchain was installed
for bench in benchmarks/*.py; do
    echo "== smoke: $bench"
    .venv/bin/python "$bench" --smoke
done
.venv/bin/ruff check .
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
