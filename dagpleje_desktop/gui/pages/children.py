"""Børn: the children list and, in the same place, the page of the chosen child."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedLayout, QWidget

from ..context import GuiContext
from .base import Page
from .child_detail import ChildDetailView
from .child_list import ChildListView


def erased_notice(name: str, count: int) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ChildrenPage", text)
    records = tr("1 post") if count == 1 else tr("{count} poster").format(count=count)
    return tr("{name} er slettet helt ({records}). Sletningen kommer med i de næste "
              "synkroniseringspakker, så barnet også slettes på de andre enheder.").format(
                  name=name, records=records)


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
        self.detail_view.child_erased.connect(self._child_erased)
        self.detail_view.child_changed.connect(self._child_changed)

    def activate(self) -> None:
        self.list_view.activate()

    def open_child(self, child_id: uuid.UUID, then: Callable[[], None] | None = None) -> None:
        """Show the child's page once it is read (the list stays until then), then ``then``."""
        self.list_view.show_notice("")
        self.detail_view.show_child(child_id, on_shown=lambda: self._child_shown(then))

    def _child_shown(self, then: Callable[[], None] | None) -> None:
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.back_button.setFocus()
        if then is not None:
            then()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.activate()  # read again if a change made it stale meanwhile
        self.list_view.table.setFocus()

    def _child_changed(self, _child_id: uuid.UUID) -> None:
        """Name, birth date or status changed: the list shows it when going back."""
        if self.list_view.loaded:
            self.list_view.reload()

    def _child_erased(self, name: str, count: int) -> None:
        """Back to the whole list, read again without the child, with a short receipt."""
        self.list_view.search.clear()
        self.list_view.reload()
        self.show_list()
        self.list_view.show_notice(erased_notice(name, count))

    @property
    def showing_child(self) -> bool:
        return self.stack.currentWidget() is self.detail_view
