"""Builders for the parts of the child page; each returns a finished widget."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ...services.children import ChildDetail
from ...services.guardians import GuardianInfo
from ...services.placements import PlacementInfo
from ..formatting import format_period
from ..widgets.text import card, label, section_title

NOT_RECORDED = QT_TRANSLATE_NOOP("ChildSections", "Ikke registreret")
CAPTION_WIDTH = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChildSections", text)


def _value(text: str, *, emphasise: bool = False):
    """A field's text, or a muted "not recorded" (empty never means "none")."""
    if not text.strip():
        return label(_tr(NOT_RECORDED), "muted")
    widget = label(text.strip(), selectable=True)
    if emphasise:
        widget.setStyleSheet("font-weight: 600;")
    return widget


def _field_grid(rows: list[tuple[str, QWidget]]) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(20)
    grid.setVerticalSpacing(10)
    for row, (name, value) in enumerate(rows):
        caption = label(name, "fieldLabel", wrap=False)
        caption.setMinimumWidth(CAPTION_WIDTH)  # the same value column in every card
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        value.setAccessibleName(name)
        grid.addWidget(value, row, 1)
    grid.setColumnStretch(1, 1)
    return grid


def what_works_box(detail: ChildDetail) -> QFrame:
    """Shown first: what a guest childminder must know before anything else."""
    box = QFrame()
    box.setObjectName("whatWorksBox")
    box.setAccessibleName(_tr("Det virker for mig"))
    layout = QVBoxLayout(box)
    layout.setContentsMargins(17, 14, 17, 16)  # with its 2px border, lines up with the cards
    layout.setSpacing(10)
    layout.addWidget(section_title(_tr("Det virker for mig")))
    layout.addWidget(label(_tr("Læs dette først – også når barnet er i gæstepleje."),
                           "muted"))
    layout.addLayout(_field_grid([
        (_tr("Det virker for mig"), _value(detail.what_works)),
        (_tr("Rutiner"), _value(detail.routines)),
        (_tr("Særlige behov"), _value(detail.special_needs)),
        (_tr("Allergier"), _value(detail.allergies, emphasise=True)),
        (_tr("Medicin"), _value(detail.medication, emphasise=True)),
    ]))
    return box


def health_card(detail: ChildDetail) -> QFrame:
    frame, layout = card()
    layout.addWidget(section_title(_tr("Diagnoser og sprog")))
    layout.addLayout(_field_grid([(_tr("Diagnoser"), _value(detail.diagnoses)),
                                  (_tr("Sprog"), _value(detail.languages))]))
    return frame


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(22)
    grid.setVerticalSpacing(8)
    for column, header in enumerate(headers):
        grid.addWidget(label(header, "fieldLabel", wrap=False), 0, column)
    last = len(headers) - 1
    for row, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            # Short cells stay on one line; only the last, free-text column wraps.
            grid.addWidget(label(value, selectable=True, wrap=column == last), row, column)
    grid.setColumnStretch(last, 1)
    return grid


def guardians_card(guardians: list[GuardianInfo]) -> QFrame:
    frame, layout = card()
    layout.addWidget(section_title(_tr("Forældre og værger")))
    if not guardians:
        layout.addWidget(label(_tr("Der er ikke registreret nogen forældre eller værger."),
                               "muted"))
        return frame
    rows = [(g.name, g.relation, _tr("Ja") if g.has_custody else _tr("Nej"), g.phone or "–",
             g.email or "–") for g in guardians]
    layout.addLayout(_table((_tr("Navn"), _tr("Relation"), _tr("Forældremyndighed"),
                             _tr("Telefon"), "E-mail"), rows))
    return frame


def _ending(p: PlacementInfo) -> str:
    onward = _tr("videre til {institution}").format(institution=p.next_institution)
    parts = [p.end_reason, onward if p.next_institution else ""]
    return ", ".join(part for part in parts if part) or "–"


def placements_card(placements: list[PlacementInfo]) -> QFrame:
    frame, layout = card()
    layout.addWidget(section_title(_tr("Indskrivninger")))
    if not placements:
        layout.addWidget(label(_tr("Barnet er ikke indskrevet i et dagplejehjem."), "muted"))
        return frame
    rows = [(p.home_name, str(p.places), format_period(p.start_date, p.end_date), _ending(p))
            for p in placements]
    layout.addLayout(_table((_tr("Dagplejehjem"), _tr("Pladser"), _tr("Periode"),
                             _tr("Afslutning")), rows))
    return frame


def record_cards(detail: ChildDetail) -> list[QFrame]:
    """The "Stamdata" tab: diagnoses and languages, guardians, placements."""
    return [health_card(detail), guardians_card(detail.guardians),
            placements_card(detail.placements)]
