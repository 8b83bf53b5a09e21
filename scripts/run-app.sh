#!/usr/bin/env bash
# Install what is missing, then start Oyla (the demo camera and the virtual robot work without hardware).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/install.sh" app
exec "$root/.venv/bin/oyla" "$@"
