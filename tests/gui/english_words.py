"""Finding Danish words in the English interface (tests/gui/test_english_walk.py).

``visible_texts(root, screen)`` collects what a user meets on a screen: labels, buttons,
group titles, tabs, window titles, tooltips, placeholders, drop-down entries, accessible
names, and the rows and headers of the visible lists and tables. ``UserContent`` holds the
strings stored in the database (names, observations, places typed by Danish users): they
are not translated, so they are cut out of a text before its words are looked at.
``danish_words(text)`` then names the Danish words left: any word with æ, ø or å, and the
program's common Danish words (DANISH_WORDS).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox,
                               QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QMainWindow,
                               QPlainTextEdit, QStatusBar, QTabBar, QTableView, QTextEdit,
                               QTreeView, QWidget)
from sqlalchemy import JSON, String, Text, select

# The program's common Danish words without æ, ø or å (those are Danish by their letters).
# Words that are English as well ("observation", "status", "plan", "for", "men", "far",
# "timer", "alt", "november") are left out, so an English text never matches.
DANISH_WORDS = frozenset("""
    og ikke eller også kun uden efter siden til fra med af om ved hos nu igen alle
    ingen intet mere flere der den det de som skal kan vil har er var blev bliver kunne
    ny nyt nye gem annuller ret tilføj vis luk udskriv slet fjern flyt opret planlæg
    registrer registrér indlæs lav hent skriv tilbage videre fortsæt afslut
    barn barnet barnets børn børnene forælder forældre mor hjem hjemmet dagplejer
    dagplejeren dagplejere dagplejehjem konsulent konsulenten kontor dagplejekontor
    samtykke samtykket samtykker mål målet handleplan handleplanen vurdering trivsel
    udvikling sprog motorik tilsyn hjemmebesøg møde mødet møder referat indstilling
    afgørelse forløb fravær ferie syg sygdom kursus gæstepleje taskeseddel overgang
    overgangsbeskrivelse overleveringspakke enhed enheder pakke konflikt rettelse kladde
    indstillinger oversigt kalender udskrifter synkronisering visitationssager
    navn fornavn efternavn dato tid tidspunkt sted adresse telefon bemærkning
    beskrivelse kommentar begrundelse grund årsag tekst tekster titel emne område
    områder oplysninger kategori kategorier modtager formål gyldig gyldigt udløbet
    trukket tilbagekaldt afholdt aflyst planlagt afsluttet aktiv aktive arkiveret
    godkendt kladde bevilget afvist modtaget indskrevet indstillet overleveret
    grøn gul rød ja nej fejl advarsel hjælp søg søgning vælg valgt filer fil mappe
    bruger brugernavn adgangskode adgangskoden kodeord gendannelsesnøgle ind ud
    dag dage uge uger måned måneder år mdr minutter kl
    januar februar marts maj juni juli oktober
    mandag tirsdag onsdag torsdag fredag lørdag søndag
    helligdag nytårsdag skærtorsdag langfredag påskedag påske pinse pinsedag
    kristi himmelfartsdag juledag juleaften grundlovsdag anden første
    svag stærk middel meget
    kort lang dansk engelsk sprog
""".split())

# Texts that are Danish on purpose in the English interface: a language's own name in the
# language choice, the product's name.
ALLOWED = ("Dansk", "Dagpleje Desktop", "Sprog / Language",
           "“Status meeting – Å.Ø.”")  # initials as an example

_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")  # whole words: not "AF" of "E0661AF6"
_TAG = re.compile(r"<[^>]+>")
_DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
_SHORT = 60  # stored strings up to this length are cut out wherever they occur
MAX_ROWS = 200


def danish_words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(text):
        if _DANISH_LETTERS.search(word) or word.lower() in DANISH_WORDS:
            words.append(word)
    return words


def plain(text: str) -> str:
    """A label's rich text as it reads."""
    if "<" in text and ">" in text:
        text = html.unescape(_TAG.sub(" ", text))
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


@dataclass
class UserContent:
    """The strings the database holds that the program did not write: not translated, so
    not counted. A stored word or two equal to one of the program's own texts (a label such
    as a relation, "Mor") is still looked at."""

    short: list[str] = field(default_factory=list)
    stored: str = ""
    program: frozenset[str] = frozenset()

    @classmethod
    def from_database(cls, db) -> UserContent:
        from dagpleje_desktop.store.models import Base
        stored: set[str] = set()
        with db.reading() as session:
            for table in Base.metadata.sorted_tables:
                columns = [c for c in table.columns
                           if isinstance(c.type, (String, Text, JSON))]
                if not columns:
                    continue
                for row in session.execute(select(*columns)):
                    for value in row:
                        stored.update(_strings(value))
        return cls.of(stored, program_texts())

    @classmethod
    def of(cls, stored: set[str], program: frozenset[str] = frozenset()) -> UserContent:
        typed = {s for s in stored if _WORD.search(s)
                 and not (s in program and len(s.split()) <= 2)}
        short = sorted((s for s in typed if len(s) <= _SHORT), key=len, reverse=True)
        return cls(short, "\n\x00".join(typed), program)

    def __post_init__(self) -> None:
        self._names = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in self.short)
                                 + r")(?!\w)") if self.short else None
        self._exact = set(self.stored.split("\n\x00"))
        joined = [s for s in self.short if _PIECES.search(s)]
        self._joined = re.compile("|".join(re.escape(s) for s in joined)) if joined else None

    def plus(self, strings) -> UserContent:
        """With more user content (a name read from another device's card)."""
        return UserContent.of(set(self.stored.split("\n\x00")) | set(strings), self.program)

    def __repr__(self) -> str:
        return f"UserContent({len(self.short)} short strings)"

    def without(self, text: str) -> str:
        """``text`` with the stored strings cut out: whole, as a piece of a longer text (a
        sentence, a cut preview) or as a part (a name in a sentence)."""
        if text.strip() in self._exact:
            return ""
        if self._joined is not None:  # "Jytte Bøgh – Lunderskov" before it is split up
            text = self._joined.sub(" ", text)
        pieces = [piece.strip(_TRIM) for piece in _PIECES.split(text)]
        typed = [self._typed(piece) for piece in pieces]
        kept = []
        for index, piece in enumerate(pieces):
            near_typed = any(typed[max(0, index - 1):index + 2])
            if typed[index] or (len(piece) < 4 and near_typed):  # "Kl." of "Kl. 10.05 …"
                continue
            piece = self._trimmed(piece) if danish_words(piece) else piece
            kept.append(self._names.sub(" ", piece) if self._names is not None else piece)
        return "\n".join(kept)

    def _typed(self, piece: str) -> bool:
        """Whether ``piece`` is (part of) a stored text, and not one of the program's own
        words stored as a value."""
        return (len(piece) >= 4 and piece in self.stored
                and not (piece in self.program and len(piece.split()) <= 2))

    def _trimmed(self, piece: str) -> str:
        """A piece that joins stored texts with the program's words ("Show observations for
        the goal <the goal>", "<measures> (<who>, <how often>, <where>)"): the stored parts
        cut off, the rest kept."""
        kept = []
        for part in re.split(r",\s|\s\(|\)", piece):
            part = part.strip(_TRIM)
            if self._typed(part):
                continue
            kept.append(self._cut_ends(part) if danish_words(part) else part)
        return "\n".join(kept)

    def _cut_ends(self, part: str) -> str:
        """``part`` without the longest stored text it starts or ends with, again and again."""
        while True:
            words = part.split()
            for count in range(len(words) - 1, 0, -1):  # the longest first
                head = " ".join(words[:count]).strip(_TRIM)
                if len(head) >= 12 and head in self.stored:
                    part = " ".join(words[count:])
                    break
                tail = " ".join(words[-count:]).strip(_TRIM)
                if len(tail) >= 12 and tail in self.stored:
                    part = " ".join(words[:-count])
                    break
            else:
                return part


# Where a text joins its parts: lines, cut previews, sentences, " · ", "; ", ": ".
_PIECES = re.compile(r"\n|…|\.\.\.|(?<=[.!?])\s+|\s·\s|;\s|:\s|\s–\s")
_TRIM = " \t\"'»«“”()-–:,."


def program_texts() -> frozenset[str]:
    """Every string literal in the program outside the demo (the demo's texts are what
    its users typed), and every source text of the Qt catalogue."""
    import ast
    from pathlib import Path

    import dagpleje_desktop
    package = Path(dagpleje_desktop.__file__).parent
    texts: set[str] = set()
    for path in package.rglob("*.py"):
        if "demo" in path.relative_to(package).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.add(node.value.strip())
    catalogue = package.parent / "resources" / "translations" / "dagpleje_en.ts"
    if catalogue.exists():
        texts.update(html.unescape(t).strip() for t in
                     re.findall(r"<source>(.*?)</source>", catalogue.read_text("utf-8"), re.S))
    return frozenset(t for t in texts if t)


def _strings(value) -> list[str]:
    if isinstance(value, str):  # a list typed one per line is shown joined: each line too
        return [part.strip() for part in [value, *value.splitlines()] if part.strip()]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


# -- collecting what a screen shows -----------------------------------------------------------

def visible_texts(root: QWidget, screen: str) -> list[tuple[str, str]]:
    """(where, text) of every text the visible widgets under ``root`` show."""
    found: list[tuple[str, str]] = []
    widgets = [root] + [w for w in root.findChildren(QWidget) if w.isVisible()]
    for widget in widgets:
        where = f"{screen}: {type(widget).__name__} {widget.objectName() or '-'}"
        found.extend((where, plain(text)) for text in _texts_of(widget) if text)
    return found


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
             widget.statusTip(), widget.whatsThis()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
        menu = getattr(widget, "menu", lambda: None)()
        if menu is not None:
            texts += [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()]
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            texts += [widget.tabText(index), widget.tabToolTip(index)]
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [widget.placeholderText()]
    elif isinstance(widget, QLineEdit):
        texts += [widget.placeholderText(), widget.text()]
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        texts.append(widget.placeholderText())
        if widget.isReadOnly():
            texts.append(widget.toPlainText())
    elif isinstance(widget, QAbstractSpinBox):
        texts += [widget.text(), widget.specialValueText()]
    elif isinstance(widget, QStatusBar):
        texts.append(widget.currentMessage())
    elif isinstance(widget, QMainWindow) and widget.menuWidget() is not None:
        pass
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        texts += _view_texts(widget)
    return texts


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    columns = [c for c in range(_column_count(model))
               if not (isinstance(view, (QTableView, QTreeView)) and view.isColumnHidden(c))]
    texts = []
    for column in columns:
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts.append(_text(model.headerData(column, Qt.Orientation.Horizontal, role)))

    def rows(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), MAX_ROWS)):
            if isinstance(view, QTableView) and view.isRowHidden(row):
                continue
            for column in columns:
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    texts.append(_text(index.data(role)))
            first = model.index(row, 0, parent)
            if depth < 3 and isinstance(view, QTreeView) and model.rowCount(first) > 0:
                rows(first, depth + 1)

    rows(QModelIndex(), 0)
    return texts


def _column_count(model) -> int:
    """A list model (QListWidget's) hides columnCount from Python: it has one column."""
    try:
        return model.columnCount(QModelIndex())
    except TypeError:
        return 1


def _text(value) -> str:
    return value if isinstance(value, str) else ""


# -- the verdict ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    word: str
    where: str
    text: str

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 400 else self.text[:397] + "..."
        return f"{self.word!r} in {self.where}: {shown!r}"


def findings(seen: list[tuple[str, str]], content: UserContent) -> list[Finding]:
    """Each Danish word once per place and text."""
    found: dict[tuple[str, str, str], Finding] = {}
    for where, text in seen:
        rest = text
        for allowed in ALLOWED:
            rest = rest.replace(allowed, " ")
        rest = content.without(rest)
        for word in danish_words(rest):
            found.setdefault((word, where, text), Finding(word, where, text))
    return list(found.values())
