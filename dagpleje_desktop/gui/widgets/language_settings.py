"""The interface language: a card for the Indstillinger page (``LanguageSettingsCard()``).

The choice is stored at once in QSettings (``ui/language``, see gui/translation.py) and
applies the next time the program starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from ..translation import DANISH, ENGLISH, current_language, set_language
from .text import card, label, section_title

# Each language is named in itself, so it can be found by someone who cannot read the other.
CHOICES = ((DANISH, "Dansk"), (ENGLISH, "English"))


class LanguageSettingsCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, body = card(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        body.addWidget(section_title("Sprog / Language"))
        row = QHBoxLayout()
        prompt = label(self.tr("&Sprog"), "fieldLabel", wrap=False)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName("Sprog / Language")
        for code, name in CHOICES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        prompt.setBuddy(self.language)
        row.addWidget(prompt)
        row.addWidget(self.language)
        row.addStretch(1)
        body.addLayout(row)
        self.notice = label(self.tr("Sproget skiftes, næste gang programmet startes."), "muted")
        self.notice.setObjectName("languageNotice")
        body.addWidget(self.notice)
        self.language.currentIndexChanged.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        if index < 0:
            return
        set_language(self.language.itemData(index))
