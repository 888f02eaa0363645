"""One child's record, read-only: "Det virker for mig" first, then the rest."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...services import children
from ..context import GuiContext
from ..formatting import format_age
from ..widgets.text import clear_layout, label, page_title
from . import child_sections as sections
from .base import ScrollPage


def facts_line(summary: children.ChildSummary) -> str:
    facts = [format_age(summary.age_months) if summary.birth_date else "Ukendt alder",
             f"CPR {summary.cpr_masked}" if summary.cpr_masked else "Intet CPR-nummer",
             summary.status.label,
             summary.home_name or "Ikke indskrevet i et dagplejehjem"]
    return "  ·  ".join(facts)


class ChildDetailView(ScrollPage):
    title = "Barn"
    back_requested = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.child_id: uuid.UUID | None = None
        top = QHBoxLayout()
        self.back_button = QPushButton("← Tilbage til børnelisten")
        self.back_button.setAccessibleName("Tilbage til børnelisten")
        self.back_button.setToolTip("Tilbage til børnelisten (Alt+Venstre)")
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.body.addLayout(top)
        self.name_label = page_title("")
        self.name_label.setObjectName("childName")
        self.facts_label = label("", "muted", object_name="childFacts")
        self.body.addWidget(self.name_label)
        self.body.addWidget(self.facts_label)
        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 6, 0, 0)
        self.sections_layout.setSpacing(14)
        self.body.addWidget(self.sections)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_requested.emit)

    def show_child(self, child_id: uuid.UUID) -> bool:
        """Load and show the child; False (and a message) when it cannot be read."""
        detail = self.read(children.get_child, self.gui.session, child_id)
        if detail is None:
            return False
        self.child_id = child_id
        summary = detail.summary
        self.name_label.setText(summary.name)
        self.name_label.setAccessibleName(f"Barn: {summary.name}")
        self.facts_label.setText(facts_line(summary))
        clear_layout(self.sections_layout)
        for widget in (sections.what_works_box(detail), sections.health_card(detail),
                       sections.guardians_card(detail.guardians),
                       sections.placements_card(detail.placements),
                       sections.observations_card(detail.recent_observations)):
            self.sections_layout.addWidget(widget)
        self.scroll_area.verticalScrollBar().setValue(0)
        return True
