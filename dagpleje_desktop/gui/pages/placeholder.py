"""Honest placeholders for areas that are not built yet: a heading and what will be here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import GuiContext
from ..widgets.text import label, page_title
from .base import ScrollPage

PLACEHOLDERS = {
    "Kalender": "Her kommer kalenderen med tilsyn, hjemmebesøg, møder, fravær og "
                "gæstepleje for dine børn og dagplejehjem.",
    "Møder": "Her kommer statusmøder, opstartsmøder og overleveringsmøder med dagsorden, "
             "forberedelse, referat og opfølgning.",
    "Synkronisering": "Her kommer udveksling af data med de andre computere via "
                      "krypterede pakkefiler på USB-nøgle eller sikker e-mail.",
    "Udskrifter": "Her kommer udskrifter som handleplaner, dagsordener, referater, "
                  "tilsynsrapporter, overleveringspakker og folderen.",
}


class PlaceholderPage(ScrollPage):
    def __init__(self, gui: GuiContext, title: str, parent: QWidget | None = None) -> None:
        self.title = title
        super().__init__(gui, parent)
        self.body.addWidget(page_title(title))
        self.body.addWidget(label(PLACEHOLDERS[title], "muted"))
