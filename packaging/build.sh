#!/usr/bin/env bash
# Build the stand-alone folder dist/dagpleje-desktop/ with PyInstaller and smoke-test it:
# `dagpleje --help`, then a real init + login + listing in a throw-away data folder, so
# the bundled migrations, SQLCipher and Argon2 are exercised, not just the import.
# PyInstaller is a build tool only: installed here into the venv, never a dependency.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
PY="$ROOT/.venv/bin/python"
DIST="$ROOT/dist"
APP_DIR="$DIST/dagpleje-desktop"
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.*}"

step() { printf '\n==> %s\n' "$*"; }

step "Virtual environment"
make venv
"$PY" -m pip install --quiet "pyinstaller==$PYINSTALLER_VERSION"

step "PyInstaller"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
    packaging/dagpleje-desktop.spec
install -m 644 packaging/dagpleje-desktop.desktop packaging/dagpleje-desktop.svg "$APP_DIR/"
cp LICENSE "$APP_DIR/"

step "Smoke test"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cli="$APP_DIR/dagpleje"
# Run outside the repository so nothing is imported from the source tree by accident.
cd "$scratch"

"$cli" --help > help.txt
grep -q "init" help.txt || { echo "dagpleje --help does not list init" >&2; exit 1; }
echo "dagpleje --help: ok"

export DAGPLEJE_USER=smoke DAGPLEJE_PASSWORD="Blå cykel over Storebælt 7"
"$cli" --data-dir "$scratch/data" init --role office --name "Røgtest" --user smoke \
    > init.txt
"$cli" --data-dir "$scratch/data" child list --json > children.json
[[ "$(tr -d '[:space:]' < children.json)" == "[]" ]] || {
    echo "expected an empty child list, got: $(cat children.json)" >&2; exit 1; }
"$cli" --data-dir "$scratch/data" verify > verify.txt
echo "init, child list, verify in the frozen program: ok"

# The window program: --help loads the bundled Qt libraries before it answers.
QT_QPA_PLATFORM=offscreen "$APP_DIR/dagpleje-desktop" --help > gui-help.txt
grep -q -- "--demo" gui-help.txt || { echo "dagpleje-desktop --help failed" >&2; exit 1; }
echo "dagpleje-desktop --help: ok"

du -sh "$APP_DIR"
echo "Built $APP_DIR"
