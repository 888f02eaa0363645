"""Ret tekster: the wording of the information folder, panel by panel.

Changes are stored as the folder_texts overrides; "Gendan standardtekst" puts the text
shipped with the program back (stored as no override, so later improvements to the
default text reach the folder too). The contact address may be left to the
organisation's own address from Indstillinger.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ..context import GuiContext
from ..operations import folder_texts as folder_ops
from ..operations.folder_texts import (CONTACT, MAX_PANEL_TEXT, PANEL_FILES, PANEL_LABELS,
                                       StoredTexts)
from ..messages import service_text
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..resources import icon
from ..widgets.feedback import show_field_error
from ..widgets.text import label, section_title

PANEL_HINTS = {
    "front": QT_TRANSLATE_NOOP("FolderTexts", "Forsiden. Tekst efter en linje med --- står "
                                              "under det farvede bånd."),
    "flap": QT_TRANSLATE_NOOP("FolderTexts", "Feltet, der foldes ind: det første, man ser, "
                                             "når folderen åbnes."),
    "back": QT_TRANSLATE_NOOP("FolderTexts", "Bagsiden, udvendigt i midten. {kontakt} "
                                             "indsætter kontaktadressen."),
    "inside_left": QT_TRANSLATE_NOOP("FolderTexts", "Indersiden, venstre felt."),
    "inside_middle": QT_TRANSLATE_NOOP("FolderTexts", "Indersiden, midterste felt."),
    "inside_right": QT_TRANSLATE_NOOP("FolderTexts", "Indersiden, højre felt."),
    CONTACT: QT_TRANSLATE_NOOP("FolderTexts", "Adressen på folderen, én linje ad gangen. "
                                              "Tom: organisationens adresse fra Indstillinger "
                                              "bruges."),
}
MARKUP_HELP = QT_TRANSLATE_NOOP("FolderTexts", "# titel  ·  ## overskrift  ·  - punkt  ·  "
                                               "> fremhævet boks  ·  tom linje mellem afsnit")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FolderTexts", text)


def _same(a: str, b: str) -> bool:
    return a.strip() == b.strip()


class FolderTextsDialog(QDialog):
    """``saved`` once the changed texts are stored; the dialog then closes."""

    saved = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.texts: dict[str, str] = {}      # as edited
        self.stored: dict[str, str] = {}     # as in force when the dialog opened
        self.defaults: dict[str, str] = {}
        self._current: str | None = None
        self.setObjectName("folderTextsDialog")
        self.setWindowTitle(self.tr("Folderens tekster"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(760, 520)
        self._build()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(960, room.width() - 40) if room else 960,
                    min(680, room.height() - 40) if room else 680)
        self._load()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSpacing(12)
        outer.addWidget(label(self.tr(
            "Folderen er et A4-ark på tværs, foldet i tre: seks felter. Vælg et felt og ret "
            "teksten; skriv i et enkelt sprog til forældrene."), "muted"))
        row = QHBoxLayout()
        row.setSpacing(16)
        self.panels = QListWidget()
        self.panels.setObjectName("panels")
        self.panels.setAccessibleName(self.tr("Felter i folderen"))
        self.panels.setSpacing(3)
        for key in (*PANEL_FILES, CONTACT):
            item = QListWidgetItem(self._panel_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.panels.addItem(item)
        # As wide as the longest entry marked "egen tekst", so larger text never scrolls it.
        metrics = self.panels.fontMetrics()
        longest = max(metrics.horizontalAdvance(self._panel_label(key) + self.tr(" · egen tekst"))
                      for key in (*PANEL_FILES, CONTACT))
        self.panels.setFixedWidth(max(230, longest + 2 * self.panels.frameWidth() + 24))
        row.addWidget(self.panels)
        editor = QVBoxLayout()
        editor.setSpacing(6)
        self.panel_title = section_title("")
        self.panel_hint = label("", "muted", object_name="panelHint")
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.editor.setObjectName("panelText")
        self.editor.setAccessibleName(self.tr("Feltets tekst"))
        self.editor.setEnabled(False)
        self.editor.setPlaceholderText(self.tr("Henter teksterne …"))
        self.markup = label(_tr(MARKUP_HELP), "hint", object_name="markupHelp")
        self.count = label("", "muted", object_name="characterCount", wrap=False)
        self.restore_button = QPushButton(self.tr("Gendan standardtekst"))
        self.restore_button.setObjectName("restoreDefault")
        self.restore_button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        below = QHBoxLayout()
        below.addWidget(self.restore_button)
        below.addStretch(1)
        below.addWidget(self.count)
        editor.addWidget(self.panel_title)
        editor.addWidget(self.panel_hint)
        editor.addWidget(self.editor, 1)
        editor.addWidget(self.markup)
        editor.addLayout(below)
        row.addLayout(editor, 1)
        outer.addLayout(row, 1)
        self.error = label("", "error", object_name="formError")
        show_field_error(self.error)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Gem"))
        self.save_button.setObjectName("saveTexts")
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._submit)
        self.restore_button.clicked.connect(self.restore_default)
        self.panels.currentRowChanged.connect(self._panel_chosen)
        self.editor.textChanged.connect(self._edited)

    def _panel_label(self, key: str) -> str:
        return self.tr("Kontaktadresse") if key == CONTACT else service_text(PANEL_LABELS[key])

    # -- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        folder_ops.load_texts(self.gui.runner, self.gui.session, guarded(self, self._loaded),
                              guarded(self, lambda exc: show_field_error(
                                  self.error, user_message(exc))))

    def _loaded(self, result: StoredTexts) -> None:
        texts = result.texts
        self.defaults = dict(result.defaults)
        # The organisation's own address is the default; once overridden it is not shown
        # here, and restoring leaves the field empty, which brings it back.
        self.defaults[CONTACT] = "" if texts.contact_overridden else \
            "\n".join(texts.contact_lines)
        self.stored = dict(texts.texts)
        self.stored[CONTACT] = "\n".join(texts.contact_lines)
        self.texts = dict(self.stored)
        self.editor.setEnabled(True)
        self.editor.setPlaceholderText("")
        self.save_button.setEnabled(True)
        self._mark_changed_panels()
        if self.panels.currentRow() != 0:
            self.panels.setCurrentRow(0)
        else:  # already current before the texts came: fill the editor now
            self._panel_chosen(0)

    @property
    def loaded(self) -> bool:
        return bool(self.stored)

    # -- editing --------------------------------------------------------------------------

    def _panel_chosen(self, row: int) -> None:
        if row < 0 or not self.loaded:
            return
        key = self.panels.item(row).data(Qt.ItemDataRole.UserRole)
        self._current = None  # no "edited" while the editor is refilled
        self.panel_title.setText(self._panel_label(key))
        self.panel_hint.setText(_tr(PANEL_HINTS[key]))
        self.markup.setVisible(key != CONTACT)
        self.editor.setPlaceholderText(self.tr("Tom: organisationens adresse fra Indstillinger "
                                               "bruges.") if key == CONTACT else "")
        self.editor.setPlainText(self.texts[key])
        self._current = key
        self._edited()

    def select_panel(self, key: str) -> None:
        for row in range(self.panels.count()):
            if self.panels.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.panels.setCurrentRow(row)
                return
        raise KeyError(key)

    def _edited(self) -> None:
        if self._current is None:
            return
        text = self.editor.toPlainText()
        self.texts[self._current] = text
        too_long = len(text) > MAX_PANEL_TEXT
        self.count.setProperty("role", "error" if too_long else "muted")
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        self.count.setText(self.tr("{n} af {max} tegn").format(n=len(text), max=MAX_PANEL_TEXT))
        self.restore_button.setEnabled(not _same(text, self.defaults[self._current]))
        self._mark_changed_panels()

    def _mark_changed_panels(self) -> None:
        """A panel whose text is not the default says so in the list."""
        for row in range(self.panels.count()):
            item = self.panels.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            own = not _same(self.texts.get(key, ""), self.defaults.get(key, ""))
            item.setText(self._panel_label(key) + (self.tr(" · egen tekst") if own else ""))

    def restore_default(self) -> None:
        if self._current is not None:
            self.editor.setPlainText(self.defaults[self._current])

    def changes(self) -> dict[str, str]:
        """Panels to store: the text, or "" where the default applies again."""
        result = {}
        for key, text in self.texts.items():
            if _same(text, self.stored[key]):
                continue
            result[key] = "" if _same(text, self.defaults[key]) else text
        return result

    # -- saving ---------------------------------------------------------------------------

    def _submit(self) -> None:
        show_field_error(self.error)
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.save_button.setEnabled(False)
        folder_ops.save_texts(self.gui.runner, self.gui.session, changes,
                              guarded(self, self._saved), guarded(self, self._failed))

    def _saved(self, _result) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_field_error(self.error, user_message(exc))
