"""Showing errors under fields and a busy state on a form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ..operations.runner import user_message


def show_field_error(label: QLabel, text: str = "") -> None:
    """An error under a field; an empty text hides the label so the form stays tidy."""
    label.setText(text)
    label.setVisible(bool(text))


def show_error_box(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    title = title or QCoreApplication.translate("Feedback", "Det gik ikke")
    QMessageBox.warning(parent, title, user_message(exc))


def set_busy(widgets: list[QWidget], indicators: list[QWidget], busy: bool) -> None:
    """Disable the inputs and show the busy indicators while work runs."""
    for widget in widgets:
        widget.setEnabled(not busy)
    for indicator in indicators:
        indicator.setVisible(busy)
