"""Konflikter: each open conflict with both values and the three ways to settle it
(a possible duplicate child gets its own card, see sync_duplicates.py).

A conflict means the same field was changed on two devices before they had seen each
other's change. The value with the later stamp is already in use everywhere; the card
says which one, so "Behold …" is a confirmation more often than a change.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout,
                               QWidget)

from ..formatting import format_datetime
from ..messages import service_text
from ..operations.sync import ConflictView
from ..widgets.text import clear_layout, label
from .sync_duplicates import DuplicateCard

LONG_VALUE = 600  # characters shown on the card; the whole value is in the tooltip
VALUE_STYLE = ("background: white; border: 1px solid #ecd9b8; border-radius: 4px; "
               "padding: 6px 8px; margin-top: 4px;")
CARD_STYLE = ("QFrame#conflictCard { background: #fffaf2; border: 1px solid #f0c27a; "
              "border-radius: 8px; } QFrame#conflictCard QLabel { background: transparent; }")


def _short(text: str) -> str:
    return text if len(text) <= LONG_VALUE else text[:LONG_VALUE].rstrip() + " …"


class ConflictCard(QFrame):
    resolve_requested = Signal(object, str)  # ConflictView, "local" | "remote"
    merge_requested = Signal(object)         # ConflictView

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        info = conflict.info
        self.setObjectName("conflictCard")
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        title = label(f"{conflict.record_title}  ·  {service_text(conflict.field_label)}",
                      object_name="conflictTitle")
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        if info.is_delete:
            layout.addWidget(label(self.tr("Posten blev slettet på den ene enhed og ændret på "
                                           "den anden."), "muted"))
        values = QGridLayout()
        values.setHorizontalSpacing(20)
        values.setVerticalSpacing(2)
        sides = (("local", self.tr("Din værdi"), conflict.local_device, conflict.local_at,
                  info.local_text),
                 ("remote", self.tr("Den anden værdi"), conflict.remote_device,
                  conflict.remote_at, info.remote_text))
        for column, (side, caption, device, moment, text) in enumerate(sides):
            if info.kept == side:
                caption += self.tr(" – gælder nu")
            values.addWidget(label(caption, "fieldLabel", object_name=f"{side}Caption"),
                             0, column)
            origin = f"{device} · {format_datetime(moment)}" if moment else device
            values.addWidget(label(origin, "muted", object_name=f"{side}Origin"), 1, column)
            value = label(_short(text), selectable=True, object_name=f"{side}Value")
            value.setStyleSheet(VALUE_STYLE)
            value.setToolTip(text if len(text) > LONG_VALUE else "")
            values.addWidget(value, 2, column)
            values.setColumnStretch(column, 1)
        layout.addLayout(values)
        layout.addLayout(self._buttons(info.is_delete))

    def _buttons(self, is_delete: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.keep_local = QPushButton(self.tr("Behold min"))
        self.keep_local.setObjectName("keepLocal")
        self.keep_remote = QPushButton(self.tr("Behold den anden"))
        self.keep_remote.setObjectName("keepRemote")
        self.merge = QPushButton(self.tr("Flet …"))
        self.merge.setObjectName("mergeValues")
        name = f"{self.conflict.record_title}, {service_text(self.conflict.field_label)}"
        self.keep_local.setAccessibleName(self.tr("Behold min værdi: {what}").format(what=name))
        self.keep_remote.setAccessibleName(
            self.tr("Behold den anden værdi: {what}").format(what=name))
        if is_delete:
            self.merge.setEnabled(False)
            self.merge.setToolTip(self.tr("En sletning kan ikke flettes: behold posten eller "
                                          "sletningen."))
        else:
            self.merge.setToolTip(self.tr("Skriv en værdi ud fra begge"))
        for button in (self.keep_local, self.keep_remote, self.merge):
            row.addWidget(button)
        row.addStretch(1)
        self.keep_local.clicked.connect(lambda: self.resolve_requested.emit(self.conflict,
                                                                            "local"))
        self.keep_remote.clicked.connect(lambda: self.resolve_requested.emit(self.conflict,
                                                                             "remote"))
        self.merge.clicked.connect(lambda: self.merge_requested.emit(self.conflict))
        return row

    def set_enabled(self, enabled: bool) -> None:
        for button in (self.keep_local, self.keep_remote):
            button.setEnabled(enabled)
        self.merge.setEnabled(enabled and not self.conflict.info.is_delete)


class ConflictList(QWidget):
    """The open conflicts, optionally only one child's (from the marker on the child page)."""

    resolve_requested = Signal(object, str)
    merge_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[ConflictView] = []
        self.child_filter: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        filter_row = QHBoxLayout()
        self.filter_text = label("", "muted", object_name="conflictFilter")
        self.show_all_button = QPushButton(self.tr("Vis alle konflikter"))
        self.show_all_button.setObjectName("showAllConflicts")
        self.show_all_button.clicked.connect(lambda: self.set_child_filter(None))
        filter_row.addWidget(self.filter_text, 1)
        filter_row.addWidget(self.show_all_button)
        self.filter_bar = QWidget()
        self.filter_bar.setLayout(filter_row)
        filter_row.setContentsMargins(0, 0, 0, 0)
        self.filter_bar.setVisible(False)
        layout.addWidget(self.filter_bar)
        self.empty = label(self.tr("Ingen konflikter. Alle ændringer fra de andre enheder "
                                   "passer sammen med dine."), "muted",
                           object_name="noConflicts")
        layout.addWidget(self.empty)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(10)
        layout.addLayout(self.cards_layout)

    @property
    def cards(self) -> list[ConflictCard | DuplicateCard]:
        return [self.cards_layout.itemAt(i).widget() for i in range(self.cards_layout.count())
                if isinstance(self.cards_layout.itemAt(i).widget(),
                              (ConflictCard, DuplicateCard))]

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = list(conflicts)
        self._rebuild()

    def set_child_filter(self, child_id: uuid.UUID | None) -> None:
        self.child_filter = child_id
        self._rebuild()

    def set_enabled(self, enabled: bool) -> None:
        for conflict_card in self.cards:
            conflict_card.set_enabled(enabled)

    def _shown(self) -> list[ConflictView]:
        if self.child_filter is None:
            return self.conflicts
        return [c for c in self.conflicts if c.child_id == self.child_filter
                or (c.duplicate and self.child_filter in {s.child_id for s in c.duplicate})]

    def _rebuild(self) -> None:
        for old in self.cards:
            old.hide()  # at once: deleteLater waits for the event loop
        clear_layout(self.cards_layout)
        shown = self._shown()
        for conflict in shown:
            if conflict.duplicate:  # no "Flet …": two records are merged whole or kept
                conflict_card = DuplicateCard(conflict)
            else:
                conflict_card = ConflictCard(conflict)
                conflict_card.merge_requested.connect(self.merge_requested)
            conflict_card.resolve_requested.connect(self.resolve_requested)
            self.cards_layout.addWidget(conflict_card)
        filtered = self.child_filter is not None
        self.filter_bar.setVisible(filtered)
        if filtered:
            self.filter_text.setText(self.tr(
                "Viser kun konflikterne om barnet, du kom fra ({shown} af {total}).").format(
                    shown=len(shown), total=len(self.conflicts)))
        self.empty.setVisible(not shown)
        if filtered and not shown:
            self.empty.setText(self.tr("Barnet har ingen åbne konflikter."))
        else:
            self.empty.setText(self.tr("Ingen konflikter. Alle ændringer fra de andre enheder "
                                       "passer sammen med dine."))
