"""One word for each action (docs/GLOSSARY.md): the synonyms the glossary rules out do not
appear as button texts in the code or the Designer forms."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A quoted UI text that is exactly one of these words (optionally followed by " …").
RULED_OUT = re.compile(r'[">](Annullér|Fortryd|Afbryd|Redigér[^"<]*|Anvend)( …)?["<]')


def _ui_texts():
    for path in list((ROOT / "dagpleje_desktop" / "gui").rglob("*.py")) + \
            list((ROOT / "ui").glob("*.ui")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            for match in RULED_OUT.finditer(line):
                yield f"{path.relative_to(ROOT)}:{number}: {match.group(1)}"


def test_buttons_use_the_glossary_words():
    assert list(_ui_texts()) == []


def test_the_check_finds_a_ruled_out_word():
    assert RULED_OUT.search('QPushButton(self.tr("Fortryd"))')
    assert RULED_OUT.search("<string>Annullér</string>")
    assert not RULED_OUT.search('QPushButton(self.tr("Annuller"))')
