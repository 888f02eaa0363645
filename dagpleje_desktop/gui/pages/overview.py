"""Oversigt: a greeting, what exists, and the user's own children one click away."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from ...domain.enums import ChildStatus, UserRole
from ...services import overview
from ..context import GuiContext
from ..formatting import LOCAL_TZ, format_age, format_date
from ..widgets.text import card, clear_layout, label, page_title, section_title
from .base import ScrollPage

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MY_CHILDREN_TITLE = {
    UserRole.CHILDMINDER: "Børn i din dagpleje",
    UserRole.CONSULTANT: "Børn du arbejder med",
}


def greeting(hour: int) -> str:
    if hour < 10:
        return "God morgen"
    if hour < 17:
        return "Goddag"
    return "God aften"


class OverviewPage(ScrollPage):
    title = "Oversigt"
    open_child_requested = Signal(uuid.UUID)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.heading = page_title("")
        self.heading.setObjectName("greeting")
        self.today_label = label("", "muted")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.today_label)
        self.facts = QHBoxLayout()
        self.facts.setSpacing(14)
        self.body.addLayout(self.facts)
        self.mine_card, self.mine = card()
        self.body.addWidget(self.mine_card)

    def activate(self) -> None:
        session = self.gui.session
        now = session.now().astimezone(LOCAL_TZ)
        self.heading.setText(f"{greeting(now.hour)}, {session.user.display_name}")
        self.today_label.setText(f"I dag er det {WEEKDAYS[now.weekday()]} den "
                                 f"{format_date(now.date())}.")
        info = self.read(overview.overview, session)
        if info is None:
            return
        self._show_facts(info)
        self._show_my_children(info)

    def _show_facts(self, info: overview.OverviewInfo) -> None:
        clear_layout(self.facts)
        children, children_layout = card()
        children_layout.addWidget(section_title("Børn"))
        if info.total_children == 0:
            children_layout.addWidget(label("Der er endnu ingen børn registreret.", "muted"))
        for status in ChildStatus:
            count = info.children_by_status.get(status, 0)
            if count:
                children_layout.addWidget(label(f"{status.label}: {count}"))
        homes, homes_layout = card()
        homes_layout.addWidget(section_title("Dagplejehjem"))
        homes_layout.addWidget(label(f"{info.homes} dagplejehjem"))
        homes_layout.addWidget(label(f"{info.places} pladser, {info.free_places} ledige i dag"))
        self.facts.addWidget(children, 1, Qt.AlignmentFlag.AlignTop)
        self.facts.addWidget(homes, 1, Qt.AlignmentFlag.AlignTop)

    def _show_my_children(self, info: overview.OverviewInfo) -> None:
        clear_layout(self.mine)
        title = MY_CHILDREN_TITLE.get(self.gui.session.user.role)
        self.mine_card.setVisible(title is not None)
        if title is None:
            return
        self.mine.addWidget(section_title(title))
        if not info.my_children:
            self.mine.addWidget(label("Der er ingen børn knyttet til dig lige nu. "
                                      "Alle børn findes under Børn.", "muted"))
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        for row, child in enumerate(info.my_children):
            button = QPushButton(child.name)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; font-weight: 600; padding: 4px 0;")
            button.setAccessibleName(f"Åbn {child.name}")
            button.clicked.connect(
                lambda _=False, cid=child.id: self.open_child_requested.emit(cid))
            grid.addWidget(button, row, 0)
            grid.addWidget(label(format_age(child.age_months), "muted"), row, 1)
            grid.addWidget(label(child.home_name or "Ikke indskrevet", "muted"), row, 2)
        grid.setColumnStretch(2, 1)
        self.mine.addLayout(grid)
        if info.more_children:
            self.mine.addWidget(label(f"… og {info.more_children} flere under Børn.", "muted"))
