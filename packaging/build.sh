#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller.
#   packaging/build.sh [--dist DIR] [--work DIR]
# Result: DIR/wheelshare/ (default dist/wheelshare/): run DIR/wheelshare/wheelshare,
# or DIR/wheelshare/wheelshare-feed for the feed server. Uses .venv/bin/python when
# it exists (./dev run or ./dev test creates it), else $PYTHON or python3, which
# must have wheelshare, its server extra and PyInstaller installed
# (pip install -e '.[dev,server]').
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
dist=$root/dist
work=$root/build/pyinstaller
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: packaging/build.sh [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done
python=${PYTHON:-}
if [ -z "$python" ]; then
  if [ -x "$root/.venv/bin/python" ]; then python=$root/.venv/bin/python; else python=python3; fi
fi
if ! "$python" -c "import PyInstaller, wheelshare, psycopg, osmium" 2>/dev/null; then
  echo "build.sh: $python lacks PyInstaller, wheelshare or its server extra; run: $python -m pip install -e '$root[dev,server]'" >&2
  exit 1
fi
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" "$here/wheelshare.spec"
echo "Built $dist/wheelshare in $(( $(date +%s) - start )) s ($(du -sh "$dist/wheelshare" | cut -f1))"
