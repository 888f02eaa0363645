"""Børn: the children list and, in the same place, the page of the chosen child."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QStackedLayout, QWidget

from ..context import GuiContext
from .base import Page
from .child_detail import ChildDetailView
from .child_list import ChildListView


class ChildrenPage(Page):
    title = "Børn"

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.list_view = ChildListView(gui)
        self.detail_view = ChildDetailView(gui)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail_view)
        self.list_view.child_chosen.connect(self.open_child)
        self.detail_view.back_requested.connect(self.show_list)

    def activate(self) -> None:
        self.list_view.activate()

    def open_child(self, child_id: uuid.UUID) -> None:
        if self.detail_view.show_child(child_id):
            self.stack.setCurrentWidget(self.detail_view)
            self.detail_view.back_button.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.table.setFocus()

    @property
    def showing_child(self) -> bool:
        return self.stack.currentWidget() is self.detail_view
