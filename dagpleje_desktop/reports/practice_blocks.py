"""Small pieces shared by the practice documents (status description, TOPI sheet,
consent forms, letters, supervision papers): quotes, tick boxes, a disclosure box."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .charts import PositionLabel
from .blocks import esc, facts
from .data import ConsentData, ObservationEntry
from .dates import danish_date, short_date
from .paragraph import Paragraph
from .practice_data import NOT_RECORDED
from .style import CONTENT_W, INK, MUTED, RULE, STYLES, TABLE_FONT
from ..domain.danish import named_with_role

MUTED_HEX = "#" + MUTED.hexval()[2:]
BOX_SIZE = 3.2 * mm


def not_recorded(text: str = NOT_RECORDED) -> Paragraph:
    return Paragraph(esc(text), STYLES["Empty"])


def quote(entry: ObservationEntry) -> Flowable:
    """One observation as a dated quote: "12.03.2026 · Birthe Holm" over the text."""
    head = short_date(entry.observed_at)
    if entry.author:
        head += f" · {entry.author}"
    if entry.situation:
        head += f" · {entry.situation}"
    body = "<br/>".join(esc(line) for line in entry.text.strip().splitlines() if line.strip())
    para = Paragraph(f'<font size="8" color="{MUTED_HEX}">{esc(head)}</font><br/>'
                     f'{body or esc("(ingen tekst)")}', STYLES["Body"])
    box = Table([[para]], colWidths=[CONTENT_W - 6 * mm], hAlign="RIGHT", splitInRow=1)
    box.setStyle(TableStyle([TABLE_FONT, ("LINEBEFORE", (0, 0), (0, -1), 1.5, RULE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 1),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return box


class TickBox(Flowable):
    """An empty (or crossed) square to tick by hand; readable in black and white."""

    def __init__(self, checked: bool = False, size: float = BOX_SIZE):
        super().__init__()
        self.checked, self.size = checked, size
        self.width = self.height = size

    def wrap(self, available_width, available_height):
        return self.size, self.size + 1.5

    def draw(self):
        c, s = self.canv, self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(0, 0, s, s, stroke=1, fill=0)
        if self.checked:
            c.setLineWidth(1)
            c.line(0.6, 0.6, s - 0.6, s - 0.6)
            c.line(0.6, s - 0.6, s - 0.6, 0.6)


def tick_list(items: Sequence[tuple[str, str, bool]], *, width: float = CONTENT_W,
              indent: float = 0) -> Flowable:
    """(title, explanation, ticked) per line, each with a tick box in front; the
    explanation follows the title on the same line, in grey."""
    rows = []
    for title, detail, ticked in items:
        text = f"<b>{esc(title)}</b>"
        if detail:
            text += f' <font size="8" color="{MUTED_HEX}">– {esc(detail)}</font>'
        rows.append([TickBox(ticked), Paragraph(text, STYLES["BodyTight"])])
    inner = width - indent
    result = Table(rows, colWidths=[7 * mm, inner - 7 * mm], hAlign="RIGHT" if indent
                   else "LEFT", splitInRow=1)
    result.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 2),
                                ("TOPPADDING", (0, 0), (0, -1), 3.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return result


def write_lines(count: int, label: str = "") -> Flowable:
    """Ruled lines to write on by hand."""
    rows = [[Paragraph(esc(label), STYLES["Muted"]) if label and i == 0 else ""]
            for i in range(count)]
    result = Table(rows, colWidths=[CONTENT_W], rowHeights=[7.5 * mm] * count, hAlign="LEFT")
    result.setStyle(TableStyle([TABLE_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([result])


def disclosure_box(recipient: str, consent: ConsentData, labels: Sequence[str]) -> Flowable:
    """What was disclosed, to whom, under which consent (first page)."""
    given_by = (named_with_role(consent.guardian_name, consent.guardian_relation)
                if consent.guardian_relation else consent.guardian_name)
    return facts([
        ("Sendes til", recipient),
        ("Samtykke", f"{consent.reference}, givet {danish_date(consent.given_on)} af "
                     f"{given_by or NOT_RECORDED}"),
        ("Oplysninger", ", ".join(labels)),
        ("Udløber", danish_date(consent.expires_on, "ingen udløbsdato")),
    ], boxed=True)


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# The position with its shape, as in the wellbeing chart: readable in black and white.
PositionMark = PositionLabel
