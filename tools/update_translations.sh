#!/usr/bin/env bash
# Refresh resources/translations/dagpleje_en.ts from every tr()/translate() in the GUI code
# and ui/*.ui, then compile the .qm the app loads. Danish is the source language, so only
# the English catalogue exists. Translate new entries in Qt Linguist (pyside6-linguist)
# or by filling <translation> elements, then run this script again to compile.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
PYTHON="${PYTHON:-.venv/bin/python}"
TS=resources/translations/dagpleje_en.ts
mkdir -p resources/translations
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# lupdate only knows tr() and translate(); some modules use a helper such as
#   def _tr(text): return QCoreApplication.translate("Printing", text)
# so their literals are written out as plain translate() calls for lupdate to read.
"$PYTHON" - "$WORK/helper_calls.py" <<'PY'
import ast
import pathlib
import sys

lines = ["from PySide6.QtCore import QCoreApplication", ""]
for path in sorted(pathlib.Path("dagpleje_desktop/gui").rglob("*.py")):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        ret = node.body[-1]
        call = ret.value if isinstance(ret, ast.Return) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) == 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name)):
            helpers[node.name] = call.args[0].value
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in helpers and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            lines.append(f"QCoreApplication.translate({helpers[node.func.id]!r}, "
                         f"{node.args[0].value!r})  # {path}:{node.lineno}")
pathlib.Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
PY

mapfile -t SOURCES < <(find dagpleje_desktop/gui -name '*.py' | sort; ls ui/*.ui)
"$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language da_DK \
    -target-language en_GB "${SOURCES[@]}" "$WORK/helper_calls.py" -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "${TS%.ts}.qm"
