#!/usr/bin/env bash
# Build the wheel and run it as a user who installed it with pip would: a normal (not
# editable) install in a fresh virtual environment outside the checkout, started from a
# folder outside the checkout, without the optional [postgres] extra. Checks `dagpleje
# --help`, `dagpleje demo`, a printed PDF (fonts and folder texts), the PostgreSQL refusal
# without the driver, `dagpleje-desktop --help`, and the window program offscreen (icons,
# translations, every .ui form, fonts, the demo up to the login window).
#
#   packaging/wheel_smoke.sh            # uses .venv/bin/python to build (make venv first)
#   KEEP=1 packaging/wheel_smoke.sh     # keep the scratch folder for a look afterwards
#
# Needs pdftotext (poppler-utils) and the index pip normally uses, for the dependencies.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
BUILD_PY="${BUILD_PY:-$ROOT/.venv/bin/python}"  # builds the wheel (pip, build isolation)
VENV_PY="${PYTHON:-python3}"                     # makes the fresh environment
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dagpleje-wheel-smoke.XXXXXX")"
if [[ -z "${KEEP:-}" ]]; then
    trap 'rm -rf "$WORK"' EXIT
fi
START=$SECONDS

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "wheel smoke test: $*" >&2; exit 1; }

step "Building the wheel (from a copy of the sources: no build/ in the checkout)"
mkdir -p "$WORK/source" "$WORK/dist"
tar -c --exclude=__pycache__ --exclude='*.pyc' \
    pyproject.toml README.md LICENSE dagpleje_desktop resources ui | tar -x -C "$WORK/source"
"$BUILD_PY" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" "$WORK/source"
WHEEL="$(ls "$WORK"/dist/dagpleje_desktop-*.whl)"
echo "$(basename "$WHEEL") ($(du -h "$WHEEL" | cut -f1))"

step "Installing it into a fresh virtual environment ($WORK/venv)"
"$VENV_PY" -m venv "$WORK/venv"
VENV="$WORK/venv"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "$WHEEL"
if "$VENV/bin/python" -c "import psycopg" 2>/dev/null; then
    fail "psycopg was installed without the [postgres] extra"
fi
echo "installed without psycopg: ok"

# Run from a folder outside the checkout, with a home of its own: nothing can be found
# through the source tree, and the user's settings and data stay untouched.
RUN="$WORK/run"
mkdir -p "$RUN/home"
cd "$RUN"
export HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/home/.config" XDG_DATA_HOME="$RUN/home/.local/share"
export XDG_STATE_HOME="$RUN/home/.local/state" XDG_CACHE_HOME="$RUN/home/.cache"
export QT_QPA_PLATFORM=offscreen DAGPLEJE_USER=demo DAGPLEJE_PASSWORD=demo
unset DAGPLEJE_DATA_DIR PYTHONPATH
cli="$VENV/bin/dagpleje"

step "dagpleje --help"
"$cli" --help > help.txt
grep -q "^Brug: dagpleje" help.txt || fail "dagpleje --help is not Danish: $(head -3 help.txt)"
grep -q "demo" help.txt || fail "dagpleje --help does not list demo"
echo "ok"

step "dagpleje demo, child list"
"$cli" --data-dir "$RUN/data" demo > demo.txt
"$cli" --data-dir "$RUN/data" child list --json > children.json
"$VENV/bin/python" -c 'import json, sys; assert len(json.load(open(sys.argv[1]))) > 0' \
    children.json || fail "the demo has no children: $(head -c 300 children.json)"
echo "ok ($("$VENV/bin/python" -c 'import json; print(len(json.load(open("children.json"))))' \
    ) children)"

step "dagpleje print folder (embedded fonts and the folder texts from the wheel)"
"$cli" --data-dir "$RUN/data" print folder -o folder.pdf > print.txt
pdftotext folder.pdf folder.txt
grep -q "Mini-dagplejen" folder.txt || fail "the folder PDF has no Danish text"
pdffonts folder.pdf | grep -q "NotoSans" || fail "the folder PDF does not embed Noto Sans"
echo "ok"

step "dagpleje --database-url without the [postgres] extra"
if "$cli" --database-url "postgresql://demo@127.0.0.1:1/dagpleje" child list \
        > pg.out 2> pg.err; then
    fail "a PostgreSQL URL without psycopg was accepted"
fi
[[ "$(wc -l < pg.err)" -eq 1 ]] || fail "expected one line, got: $(cat pg.err)"
grep -q "dagpleje-desktop\[postgres\]" pg.err || fail "unclear refusal: $(cat pg.err)"
cat pg.err

step "dagpleje-desktop --help"
"$VENV/bin/dagpleje-desktop" --help > gui-help.txt
grep -q "^Brug: dagpleje-desktop" gui-help.txt || fail "not Danish: $(head -3 gui-help.txt)"
grep -q -- "--demo" gui-help.txt || fail "dagpleje-desktop --help does not list --demo"
echo "ok"

step "The window program offscreen: forms, icon, fonts, translations, demo to login"
"$VENV/bin/python" - "$VENV" "$RUN/gui-data" <<'PY'
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

import dagpleje_desktop
from dagpleje_desktop.gui import app as gui_app
from dagpleje_desktop.gui.dialogs.login import LoginDialog
from dagpleje_desktop.gui.forms import load_form
from dagpleje_desktop.gui.resources import icon
from dagpleje_desktop.gui.translation import install_translators
from dagpleje_desktop.package_data import form_names
from dagpleje_desktop.reports.fonts import register_fonts

venv, data_dir = sys.argv[1], sys.argv[2]
assert dagpleje_desktop.__file__.startswith(venv), f"imported from {dagpleje_desktop.__file__}"
app = QApplication(sys.argv[:1])
assert not icon("app").isNull(), "resources/icons/app.svg missing"
names = form_names()
assert names, "no .ui forms installed"
for name in names:
    load_form(name).deleteLater()
print("forms:", ", ".join(names))
register_fonts()
install_translators(app, "da")
dialog = QFileDialog(None, "Gem")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
labels = [label.text() for label in dialog.findChildren(QLabel)]
assert "&Kig i:" in labels, f"Qt's file dialog is not Danish: {labels}"
dialog.deleteLater()
print("icon, fonts, Qt's Danish texts: ok")


def login_shown() -> None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, LoginDialog) and widget.isVisible():
            print("window:", widget.windowTitle())
            app.exit(0)


poll = QTimer()
poll.timeout.connect(login_shown)
poll.start(100)
QTimer.singleShot(180_000, lambda: app.exit(3))  # the demo never reached its login
code = gui_app.main(["--demo", "--data-dir", data_dir])
sys.exit(code)
PY
echo "ok"

cd "$ROOT"
echo
echo "Wheel smoke test passed in $((SECONDS - START)) s"
