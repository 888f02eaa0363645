"""Sletning efter opbevaringsfrist: the office sees what has passed its retention period and deletes it after confirming. Reads and the deletion run on the
database worker (gui/operations/retention.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QPushButton, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..context import GuiContext
from ..messages import service_text
from ..operations import retention as retention_ops
from ..operations.retention import ApplyResult, RetentionState
from ..operations.runner import user_message
from ..widgets.text import label, section_title
from .office_referrals import small_table

ID_ROLE = Qt.ItemDataRole.UserRole


def _counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def result_text(result: ApplyResult) -> str:
    parts = [_counted(n, one, many) for n, one, many in (
        (result.children_deleted, "barn slettet helt", "børn slettet helt"),
        (result.children_archived, "barn arkiveret", "børn arkiveret"),
        (result.drafts_deleted, "kladde slettet", "kladder slettet"),
        (result.log_events_deleted, "hændelse fjernet fra adgangsloggen",
         "hændelser fjernet fra adgangsloggen")) if n]
    if not parts:
        return "Intet havde passeret sin opbevaringsfrist. Intet er slettet."
    return "Slettet efter opbevaringsfristen: " + ", ".join(parts) + "."


class RetentionView(QWidget):
    changed = Signal()  # records were deleted (lists elsewhere may be stale)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.state: RetentionState | None = None
        self.loading = self.deleting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        heading = section_title(self.tr("Sletning efter opbevaringsfrist"))
        heading.setWordWrap(False)
        top.addWidget(heading)
        top.addStretch(1)
        self.delete_button = QPushButton(self.tr("Slet …"))
        self.delete_button.setObjectName("retentionDelete")
        self.delete_button.setEnabled(False)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.rules_label = label("", "muted", object_name="retentionRules")
        layout.addWidget(self.rules_label)
        self.table = small_table([self.tr("Hvad"), self.tr("Handling"), self.tr("Frist"),
                                  self.tr("Begrundelse")], "retentionTable",
                                 self.tr("Sletning efter opbevaringsfrist"))
        layout.addWidget(self.table, 1)
        # Asked in the page, not in a separate window: what goes is in the table above.
        self.confirm_box = QFrame()
        self.confirm_box.setObjectName("retentionConfirmBox")
        confirm = QHBoxLayout(self.confirm_box)
        confirm.setContentsMargins(0, 4, 0, 4)
        self.confirm_text = label("", object_name="retentionConfirmText")
        confirm.addWidget(self.confirm_text, 1)
        self.confirm_button = QPushButton(self.tr("Ja, slet"))
        self.confirm_button.setObjectName("retentionConfirm")
        self.confirm_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setObjectName("retentionCancel")
        confirm.addWidget(self.confirm_button)
        confirm.addWidget(self.cancel_button)
        self.confirm_box.setVisible(False)
        layout.addWidget(self.confirm_box)
        self.feedback = label("", "muted", object_name="retentionFeedback")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)

        self.delete_button.clicked.connect(lambda: self.ask())
        self.confirm_button.clicked.connect(lambda: self.delete())
        self.cancel_button.clicked.connect(lambda: self.confirm_box.setVisible(False))

    # -- reading -------------------------------------------------------------------

    def reload(self) -> None:
        if self.loading or self.deleting:
            return
        self.loading = True
        retention_ops.preview(self.gui.runner, self.gui.session, self._loaded, self._failed)

    def _loaded(self, state: RetentionState) -> None:
        self.loading = False
        self.state = state
        self.rules_label.setText(self.tr("Regler: ")
                                 + "; ".join(service_text(rule) for rule in state.rules) + ".")
        self.table.setRowCount(len(state.items))
        for row, item in enumerate(state.items):
            cells = [service_text(item.what), service_text(item.action_label),
                     item.due.strftime("%d.%m.%Y"), service_text(item.reason)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.delete_button.setEnabled(bool(state.items))
        self.delete_button.setText(
            self.tr("Slet {what} …").format(what=_counted(len(state.items), "post", "poster"))
            if state.items else self.tr("Slet …"))
        if not state.items:
            self.confirm_box.setVisible(False)

    def _failed(self, exc: BaseException) -> None:
        self.loading = self.deleting = False
        self.feedback.setText(user_message(exc))
        self.feedback.setVisible(True)

    # -- deleting ------------------------------------------------------------------

    def ask(self) -> None:
        if not self.state or not self.state.items:
            return
        count = len(self.state.items)
        self.confirm_text.setText(self.tr(
            "Slet {what}, der har passeret opbevaringsfristen? Det kan ikke fortrydes. "
            "Slettede børn slettes også på de andre enheder med de næste pakker.").format(
                what=_counted(count, "post", "poster")))
        self.confirm_box.setVisible(True)
        self.feedback.setVisible(False)

    def delete(self) -> None:
        if self.deleting or not self.state:
            return
        self.deleting = True
        self.confirm_box.setVisible(False)
        self.delete_button.setEnabled(False)
        ids = [item.id for item in self.state.items]
        retention_ops.apply(self.gui.runner, self.gui.session, ids, self._deleted,
                            self._failed)

    def _deleted(self, result: ApplyResult) -> None:
        self.deleting = False
        self.feedback.setText(result_text(result))
        self.feedback.setVisible(True)
        self.changed.emit()
        self.reload()
