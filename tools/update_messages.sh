#!/bin/sh
# Collect the Danish message ids (errors from services, domain, store, sync and cli; labels)
# into resources/translations/messages_en.po and compile messages_en.mo beside it.
# Translate the new entries in the .po file (keep the {placeholders}), then run it again.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
"$PYTHON" tools/update_messages.py
