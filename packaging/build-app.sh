#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and check that it starts (first frame painted) under Xvfb.
# Usage: packaging/build-app.sh   (needs `make setup` first; installs PyInstaller into .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install --quiet "pyinstaller>=6.0"
rm -rf build/pyinstaller dist/gedragen
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/gedragen.spec
home="$(mktemp -d)"
echo "== built: $(du -sh dist/gedragen | cut -f1) in dist/gedragen"
echo "== decks from the built app:"
GEDRAGEN_HOME="$home" dist/gedragen/gedragen decks
echo "== first frame under Xvfb (ms):"
if command -v xvfb-run >/dev/null 2>&1; then
  GEDRAGEN_HOME="$home" xvfb-run -a -s "-screen 0 1920x1080x24" dist/gedragen/gedragen --measure-startup
else
  GEDRAGEN_HOME="$home" QT_QPA_PLATFORM=offscreen dist/gedragen/gedragen --measure-startup
fi
