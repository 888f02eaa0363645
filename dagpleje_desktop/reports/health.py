"""Health lines on paper, in three states: "Ikke registreret" (never filled in), an
explicit "Ingen kendte …" and the list. A severe allergy gets a black-bordered box with
bold capitals, readable in black and white."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from ..domain.child_record import (HealthState, allergy_warning, health_state, health_text)
from .blocks import esc, facts
from .data import ChildProfile
from .paragraph import Paragraph
from .style import CONTENT_W, STYLES, TABLE_FONT

HEALTH_ROWS = (("diagnoses", "Diagnoser"), ("allergies", "Allergier"),
               ("medication", "Medicin"))


def health_value(child: ChildProfile, field: str) -> str:
    return health_text(field, getattr(child, field))


def allergy_alert(child: ChildProfile, width: float = CONTENT_W) -> Flowable | None:
    """The boxed warning for a severe allergy, or None."""
    warning = allergy_warning(child.allergy_severity, child.allergies)
    if not warning:
        return None
    text = (f"<b>{esc(warning)}</b><br/>"
            f"<b>Allergier:</b> {esc(health_value(child, 'allergies'))}")
    if health_state(child.medication) is HealthState.LISTED:
        text += f"<br/><b>Medicin:</b> {esc(health_value(child, 'medication'))}"
    box = Table([[Paragraph(text, STYLES["BodyTight"])]], colWidths=[width])
    box.setStyle(TableStyle([TABLE_FONT, ("BOX", (0, 0), (-1, -1), 2.2, colors.black),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return box


def health_facts(child: ChildProfile) -> list[Flowable]:
    """The "Helbred" lines of the handover packet and the case folder."""
    story: list[Flowable] = []
    alert = allergy_alert(child)
    if alert is not None:
        story.append(alert)
    story.append(facts([(label, health_value(child, field)) for field, label in HEALTH_ROWS]))
    return story
