"""Builders for the parts of the child page; each returns a finished widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout,
                               QWidget)

from ...domain.child_record import (HEALTH_FIELDS, HealthState, allergy_warning,
                                    health_state)
from ..operations.children import ChildDetail, FieldChange, GuardianInfo, PlacementInfo
from ..style import points
from ..domain_labels import label as domain_label, label_text
from ..formatting import format_date, format_datetime, format_period
from ..widgets.text import card, label, section_title

NOT_RECORDED = QT_TRANSLATE_NOOP("ChildSections", "Ikke registreret")
# domain.child_record.HEALTH_FIELDS, for the catalogue (lupdate reads literals only)
HEALTH_TEXTS = (
    QT_TRANSLATE_NOOP("ChildSections", "Allergier"),
    QT_TRANSLATE_NOOP("ChildSections", "Ingen kendte allergier"),
    QT_TRANSLATE_NOOP("ChildSections", "Medicin"),
    QT_TRANSLATE_NOOP("ChildSections", "Ingen medicin"),
    QT_TRANSLATE_NOOP("ChildSections", "Diagnoser"),
    QT_TRANSLATE_NOOP("ChildSections", "Ingen kendte diagnoser"),
)
CAPTION_WIDTH = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChildSections", text)


@dataclass(frozen=True)
class RecordActions:
    """What the Stamdata tab's buttons do; None hides a button (the role may not)."""

    edit_details: Callable[[], None] | None = None
    add_guardian: Callable[[], None] | None = None
    edit_guardian: Callable[[GuardianInfo], None] | None = None
    remove_guardian: Callable[[GuardianInfo], None] | None = None


def _value(text: str | None, *, emphasise: bool = False):
    """A field's text, or a muted "not recorded" (empty never means "none")."""
    if text is None or not text.strip():
        return label(_tr(NOT_RECORDED), "muted")
    widget = label(text.strip(), selectable=True)
    if emphasise:
        widget.setStyleSheet("font-weight: 600;")
    return widget


def health_value(detail: ChildDetail, field: str, *, emphasise: bool = True):
    """Three states: "Ikke registreret" (muted), the explicit "Ingen …", or the list."""
    value = getattr(detail, field)
    state = health_state(value)
    if state is HealthState.NOT_RECORDED:
        widget = label(_tr(NOT_RECORDED), "muted")
    elif state is HealthState.NONE:
        widget = label(_tr(HEALTH_FIELDS[field][1]))
    else:
        widget = _value(value, emphasise=emphasise)
    widget.setObjectName(f"health_{field}")
    widget.setProperty("healthState", state.value)
    return widget


def allergy_alert(detail: ChildDetail) -> QFrame | None:
    """A black-bordered box in bold capitals for a severe allergy: it stands out without
    colour (and in the print on paper, see reports/health.py)."""
    warning = allergy_warning(detail.allergy_severity, detail.allergies)
    if not warning:
        return None
    box = QFrame()
    box.setObjectName("allergyAlert")
    box.setStyleSheet("QFrame#allergyAlert { border: 3px solid black; border-radius: 4px; "
                      "background: white; } QFrame#allergyAlert QLabel { border: none; }")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 8, 12, 8)
    title = label(_tr(warning), object_name="allergyAlertTitle")
    title.setStyleSheet(f"font-weight: 700; font-size: {points(12)}; color: black;")
    layout.addWidget(title)
    layout.addWidget(label((detail.allergies or "").strip(), selectable=True))
    box.setAccessibleName(_tr(warning))
    return box


def _changed_note(change: FieldChange | None) -> QWidget | None:
    if change is None:
        return None
    return label(_tr("ændret af {user} {when}").format(
        user=change.username, when=format_datetime(change.at)), "hint", wrap=False)


def _field_grid(rows: list[tuple[str, QWidget]],
                changes: list[FieldChange | None] | None = None) -> QGridLayout:
    """Caption and value per row; with ``changes``, who changed the field last."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(20)
    grid.setVerticalSpacing(10)
    for row, (name, value) in enumerate(rows):
        caption = label(name, "fieldLabel", wrap=False)
        caption.setMinimumWidth(CAPTION_WIDTH)  # the same value column in every card
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        value.setAccessibleName(name)
        grid.addWidget(value, row, 1)
        note = _changed_note(changes[row]) if changes else None
        if note is not None:
            grid.addWidget(note, row, 2, Qt.AlignmentFlag.AlignTop)
    grid.setColumnStretch(1, 1)
    return grid


def _heading_row(title: str, button: QPushButton | None) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(section_title(title), 1)
    if button is not None:
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


def _button(text: str, name: str, slot: Callable[[], None] | None) -> QPushButton | None:
    if slot is None:
        return None
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


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
    alert = allergy_alert(detail)
    if alert is not None:
        layout.addWidget(alert)
    layout.addLayout(_field_grid([
        (_tr("Det virker for mig"), _value(detail.what_works)),
        (_tr("Rutiner"), _value(detail.routines)),
        (_tr("Særlige behov"), _value(detail.special_needs)),
        (_tr("Allergier"), health_value(detail, "allergies")),
        (_tr("Medicin"), health_value(detail, "medication")),
    ]))
    return box


def details_card(detail: ChildDetail, changes: dict[str, FieldChange],
                 actions: RecordActions) -> QFrame:
    """Name, CPR, birth, language, doctor and who may collect, with who changed what."""
    frame, layout = card()
    frame.setObjectName("childDetailsCard")
    button = _button(_tr("Ret oplysninger …"), "editChildDetails", actions.edit_details)
    layout.addLayout(_heading_row(_tr("Barnets oplysninger"), button))
    s = detail.summary
    rows = [("first_name", _tr("Navn"), _value(s.name)),
            ("cpr", _tr("CPR-nummer"), _value(s.cpr_masked)),
            ("birth_date", _tr("Født"), _value(format_date(s.birth_date))),
            ("languages", _tr("Sprog"), _value(detail.languages)),
            ("doctor_name", _tr("Læge"), _value(detail.doctor_name)),
            ("doctor_phone", _tr("Lægens telefon"), _value(detail.doctor_phone)),
            ("collectors", _tr("Må hentes af"), _value(detail.collectors))]
    rows[0][2].setObjectName("detailName")
    layout.addLayout(_field_grid([(name, value) for _f, name, value in rows],
                                 [changes.get(f) for f, _n, _v in rows]))
    return frame


def health_card(detail: ChildDetail, changes: dict[str, FieldChange] | None = None) -> QFrame:
    frame, layout = card()
    frame.setObjectName("healthCard")
    layout.addWidget(section_title(_tr("Helbred")))
    alert = allergy_alert(detail)
    if alert is not None:
        layout.addWidget(alert)
    fields = ("diagnoses", "allergies", "medication")
    rows = [(_tr(HEALTH_FIELDS[f][0]), health_value(detail, f)) for f in fields]
    if detail.allergy_severity is not None:
        rows.insert(2, (_tr("Allergiens sværhedsgrad"), label(detail.allergy_severity.label)))
    notes = [(changes or {}).get(f) for f in fields]
    if detail.allergy_severity is not None:
        notes.insert(2, (changes or {}).get("allergy_severity"))
    layout.addLayout(_field_grid(rows, notes))
    return frame


def permissions_card(detail: ChildDetail) -> QFrame:
    frame, layout = card()
    frame.setObjectName("permissionsCard")
    layout.addWidget(section_title(_tr("Tilladelser fra forældremyndigheden")))
    rows = []
    for p in detail.permissions:
        if p.granted is None:
            rows.append((domain_label(p.kind), label(_tr("Ikke spurgt"), "muted")))
            continue
        answer = _tr("Ja") if p.granted else _tr("Nej")
        who = p.given_by_name or _tr("ukendt")
        rows.append((domain_label(p.kind), label(_tr("{answer} – givet af {who} {when}").format(
            answer=answer, who=who, when=format_date(p.given_on)), selectable=True)))
    layout.addLayout(_field_grid(rows))
    return frame


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(8)
    # Every cell may wrap, so that with large text the table stays as wide as the page
    # instead of making it scroll sideways (WCAG 1.4.10).
    for column, header in enumerate(headers):
        grid.addWidget(label(header, "fieldLabel"), 0, column)
    last = len(headers) - 1
    for row, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            grid.addWidget(label(value, selectable=True), row, column)
    grid.setColumnStretch(last, 1)
    return grid


def _guardian_phones(g: GuardianInfo) -> str:
    return " / ".join(p for p in (g.phone, g.other_phone) if p) or "–"


def guardians_card(guardians: list[GuardianInfo],
                   actions: RecordActions | None = None) -> QFrame:
    actions = actions or RecordActions()
    frame, layout = card()
    frame.setObjectName("guardiansCard")
    add = _button(_tr("Tilføj forælder eller kontakt …"), "addGuardian", actions.add_guardian)
    layout.addLayout(_heading_row(_tr("Forældre og værger"), add))
    if not guardians:
        layout.addWidget(label(_tr("Der er ikke registreret nogen forældre eller værger."),
                               "muted"))
        return frame
    rows = [(g.name, label_text(g.relation_label), _tr("Ja") if g.has_custody else _tr("Nej"),
             _guardian_phones(g), g.email or "–",
             ", ".join(x for x in (g.address, g.language,
                                   _tr("tolk") if g.interpreter_needed else "") if x) or "–")
            for g in guardians]
    grid = _table((_tr("Navn"), _tr("Relation"), _tr("Forældremyndighed"), _tr("Telefon"),
                   "E-mail", _tr("Adresse og sprog")), rows)
    for row, g in enumerate(guardians, start=1):
        buttons = QHBoxLayout()
        for text, name, slot in ((_tr("Ret"), "editGuardian", actions.edit_guardian),
                                 (_tr("Fjern"), "removeGuardian", actions.remove_guardian)):
            button = _button(text, name, (lambda g=g, slot=slot: slot(g)) if slot else None)
            if button is not None:
                button.setAccessibleName(f"{text} {g.name}")
                buttons.addWidget(button)
        grid.addLayout(buttons, row, len(rows[0]))
    layout.addLayout(grid)
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


def record_cards(detail: ChildDetail, changes: dict[str, FieldChange] | None = None,
                 actions: RecordActions | None = None) -> list[QFrame]:
    """The "Stamdata" tab: the child's details, health, permissions, guardians, placements."""
    changes, actions = changes or {}, actions or RecordActions()
    return [details_card(detail, changes, actions), health_card(detail, changes),
            permissions_card(detail), guardians_card(detail.guardians, actions),
            placements_card(detail.placements)]
