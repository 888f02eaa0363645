#!/usr/bin/env bash
# Refresh resources/translations/dagpleje_en.ts from every tr()/translate() in the GUI code
# and ui/*.ui, then compile the .qm the app loads. Danish is the source language, so only
# the English catalogue exists. Translate new entries in Qt Linguist (pyside6-linguist)
# or by filling <translation> elements, then run this script again to compile.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
TS=resources/translations/dagpleje_en.ts
mkdir -p resources/translations
mapfile -t SOURCES < <(find dagpleje_desktop/gui -name '*.py' | sort; ls ui/*.ui)
"$BIN/pyside6-lupdate" -no-obsolete -source-language da_DK -target-language en_GB \
    "${SOURCES[@]}" -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "${TS%.ts}.qm"
