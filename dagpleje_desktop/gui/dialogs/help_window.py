"""The user guide in the program (F1): chapters on the left, the chapter on the right.

A window of its own, not modal, so the person can read and work at the same time. The
text is the Markdown in resources/help/<language>/, the same the PDF prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QStyle, QTextBrowser, QVBoxLayout, QWidget)

from ..operations import help as help_ops
from ..operations.runner import OperationRunner, user_message
from ..translation import current_language
from ..widgets.pdf_saver import ask_save_path

SLUG_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QDialog):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Brugervejledning"))
        self.runner = runner
        self.language = language or current_language()
        self.chapters = {c.slug: c for c in help_ops.chapters(self.language)}

        self.contents = QListWidget()
        self.contents.setObjectName("helpChapters")
        self.contents.setAccessibleName(self.tr("Kapitler"))
        for chapter in self.chapters.values():
            item = QListWidgetItem(chapter.title)
            item.setData(SLUG_ROLE, chapter.slug)
            self.contents.addItem(item)
        # As wide as the longest title (with room for the scroll bar), so larger text
        # never makes the list scroll sideways.
        bar = self.contents.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.contents.setFixedWidth(max(240, self.contents.sizeHintForColumn(0) + bar
                                        + 2 * self.contents.frameWidth() + 8))
        self.contents.currentItemChanged.connect(self._chapter_chosen)

        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(self.tr("Vejledningens tekst"))
        self.text.setOpenExternalLinks(False)
        self.text.installEventFilter(self)  # pictures fit the text column as it resizes

        self.status = QLabel()
        self.status.setObjectName("helpStatus")
        self.status.setWordWrap(True)  # empty until there is something to say
        self.print_button = QPushButton(self.tr("Gem vejledningen som PDF …"))
        self.print_button.setObjectName("helpPrint")
        self.print_button.clicked.connect(self._save_pdf)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.close)

        row = QHBoxLayout()
        row.addWidget(self.contents)
        row.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self.resize(980, 640)

    def show_chapter(self, slug: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(SLUG_ROLE) == slug:
                self.contents.setCurrentRow(row)
                return
        self.contents.setCurrentRow(0)

    def current_slug(self) -> str:
        item = self.contents.currentItem()
        return item.data(SLUG_ROLE) if item is not None else ""

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        chapter = self.chapters[item.data(SLUG_ROLE)]
        self.text.setSearchPaths([str(chapter.folder)])
        self.text.setMarkdown(chapter.markdown)
        self._fit_pictures()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.text and event.type() == QEvent.Type.Resize:
            self._fit_pictures()
        return False

    def _fit_pictures(self) -> None:
        """Screenshots as wide as the text column at most, never a sideways scroll. The
        column is measured with room for the scroll bar, which comes when the pictures
        make the chapter long (its viewport narrows without a resize of the browser)."""
        bar = self.text.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(200, self.text.width() - 2 * self.text.frameWidth() - bar - 24)
        document = self.text.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if image_format.isValid():
                    picture = document.resource(QTextDocument.ResourceType.ImageResource,
                                                image_format.name())
                    natural = picture.width() if picture is not None else 0
                    if natural and natural > width:
                        image_format.setWidth(width)
                        image_format.setHeight(picture.height() * width / natural)
                    elif natural:
                        image_format.setWidth(natural)
                        image_format.setHeight(picture.height())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image_format)
                fragments += 1
            block = block.next()

    def _save_pdf(self) -> None:
        name = "Brugervejledning.pdf" if self.language == "da" else "User guide.pdf"
        path = ask_save_path(self, self.tr("Gem vejledningen som PDF"), name,
                             self.tr("PDF-filer (*.pdf)"))
        if path is None:
            return
        self._say(self.tr("Gemmer PDF-filen …"))
        help_ops.save_guide_pdf(self.runner, self.language, path, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self._say(self.tr("Gemt som PDF: {path}").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self._say(user_message(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(True)
