"""Taskeseddel: one page that goes with the child to guest care (gæstepleje):
routines, needs, allergies, medication and who to call."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from ..domain.child_record import HealthState, health_state
from .blocks import email_markup, esc, facts, paragraphs, title_block
from .data import Contact, GuestSheetDocument
from .dates import danish_date
from .health import allergy_alert, health_value
from .paragraph import Paragraph
from .profile import highlight
from .style import (BOTTOM, CONFIDENTIAL, CONTENT_W, FIRST_TOP, INK, PAGE_H, STYLES,
                    TABLE_FONT, PageSetup, render)

COLUMN_GAP = 8 * mm
COLUMN_W = (CONTENT_W - COLUMN_GAP) / 2


def warning_heading(title: str, width: float = COLUMN_W) -> Flowable:
    """A heading that must be seen: bold capitals in a black frame (red alone turns the
    same grey as every other heading in black and white)."""
    colour = "#" + CONFIDENTIAL.hexval()[2:]
    head = Table([[Paragraph(f'<font color="{colour}">! {esc(title.upper())}</font>',
                             STYLES["H3"])]], colWidths=[width], hAlign="LEFT")
    head.setStyle(TableStyle([TABLE_FONT, ("BOX", (0, 0), (-1, -1), 1.4, INK),
                              ("LEFTPADDING", (0, 0), (-1, -1), 5),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    head.keepWithNext = 1
    return head


def _block(title: str, text: str, empty: str, *, warn: bool = False) -> list[Flowable]:
    head: Flowable = Paragraph(esc(title), STYLES["H2"])
    if warn and text.strip():
        head = warning_heading(title)
        return [Spacer(1, 3 * mm), head, Spacer(1, 2), *paragraphs(text, empty=empty)]
    return [head, *paragraphs(text, empty=empty)]


def _health_block(child, field: str, title: str) -> list[Flowable]:
    """Three states: the list (title marked as a warning), "Ingen …", "Ikke registreret"."""
    value = getattr(child, field)
    if health_state(value) is HealthState.LISTED:
        return _block(title, value, "", warn=True)
    style = "Empty" if value is None else "Body"
    return [Paragraph(esc(title), STYLES["H2"]),
            Paragraph(esc(health_value(child, field)), STYLES[style])]


def _contact_lines(people: Sequence[Contact]) -> list[Flowable]:
    result = []
    for person in people:
        lines = [f"<b>{esc(person.name)}</b>" + (f" ({esc(person.role)})" if person.role
                                                  else "")]
        if person.phone:
            lines.append(f"Tlf. {esc(person.phone)}")
        if person.email:
            lines.append(email_markup(person.email, COLUMN_W, "Body"))
        result.append(Paragraph("<br/>".join(lines), STYLES["Body"]))
    return result


def render_guest_sheet(doc: GuestSheetDocument) -> bytes:
    child = doc.child
    born = danish_date(child.birth_date)
    if child.age:
        born = f"{born} ({child.age})" if born else child.age
    left: list[Flowable] = [highlight("Det virker for mig", child.what_works, COLUMN_W),
                            Spacer(1, 2 * mm),
                            *_block("Rutiner i løbet af dagen", child.routines,
                                    "Ingen særlige rutiner beskrevet."),
                            *_block("Særlige behov", child.special_needs, "Ikke beskrevet.")]
    alert = allergy_alert(child, COLUMN_W)
    right: list[Flowable] = [*([alert] if alert is not None else []),
                             *_health_block(child, "allergies", "Allergier"),
                             *_health_block(child, "medication", "Medicin"),
                             Paragraph("Ring til", STYLES["H2"]),
                             *_contact_lines(doc.guardians)]
    helpers = [c for c in (doc.childminder, doc.consultant) if c] + list(doc.other_contacts)
    if helpers:
        right += [Paragraph("Fagpersoner", STYLES["H3"]), *_contact_lines(helpers)]
    columns = Table([[left, right]], colWidths=[COLUMN_W + COLUMN_GAP, COLUMN_W])
    columns.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (0, -1), COLUMN_GAP),
                                 ("RIGHTPADDING", (1, 0), (1, -1), 0)]))
    page = [*title_block("Taskeseddel", f"{child.name} i gæstepleje"),
            facts([("Barn", child.name), ("Født", born), ("Sprog", child.languages),
                   ("Diagnoser", health_value(child, "diagnoses")),
                   ("Gæstepleje", doc.guest_care),
                   ("Mini-dagplejer", child.childminder_name)], boxed=True),
            Spacer(1, 3 * mm), columns]
    # One page, always: long texts shrink rather than spill onto a second sheet.
    story = [KeepInFrame(CONTENT_W, PAGE_H - FIRST_TOP - BOTTOM - 2 * mm, page,
                         mode="shrink")]
    setup = PageSetup(doc.org, "Taskeseddel til gæstepleje", subject_line=child.name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Taskeseddel til gæstepleje for {child.name}",
                      keywords=("gæstepleje", "taskeseddel"))
    return render(story, setup)
