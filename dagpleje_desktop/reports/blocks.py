"""Building blocks shared by the documents: headings, texts, fact boxes, tables,
signature lines and contact lists. All user text is escaped here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from .contents import OnePassContents
from .data import Contact, GoalRow, Task
from .dates import short_date
from .paragraph import Paragraph
from .style import ACCENT, CONTENT_W, INK, MUTED, PRIMARY, RULE, STYLES, TABLE_FONT, ZEBRA

_BULLETS = ("- ", "* ", "• ", "– ")
MUTED_HEX = "#" + MUTED.hexval()[2:]
LABEL_NUDGE = 1.3  # points: 9.5 pt values beside 8.5 pt labels


def esc(text: str) -> str:
    return escape(text or "")


def _lines_markup(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.strip().splitlines())


def paragraphs(text: str, style: str = "Body", empty: str | None = None) -> list[Flowable]:
    """Free text as the author wrote it: blank lines part paragraphs, "- " makes bullets."""
    text = (text or "").strip()
    if not text:
        return [Paragraph(esc(empty), STYLES["Empty"])] if empty else []
    result: list[Flowable] = []
    for block in _blocks(text):
        plain: list[str] = []
        for line in block.splitlines():
            if line.lstrip().startswith(_BULLETS):
                if plain:
                    result.append(Paragraph(_lines_markup("\n".join(plain)), STYLES[style]))
                    plain = []
                item = line.lstrip()[2:].strip()
                result.append(Paragraph(esc(item), STYLES["Bullet"], bulletText="•"))
            else:
                plain.append(line)
        if plain:
            result.append(Paragraph(_lines_markup("\n".join(plain)), STYLES[style]))
    return result


def _blocks(text: str) -> list[str]:
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def cell(text: str, style: str = "Cell") -> Paragraph:
    return Paragraph(_lines_markup(text or ""), STYLES[style])


def heading(text: str, level: int = 0, *, toc: bool = False,
            keep_with_next: bool = True) -> Paragraph:
    """A section heading (level 0 = H1); it becomes a PDF bookmark and maybe a TOC entry."""
    style = STYLES[("H1", "H2", "H3")[min(level, 2)]]
    if not keep_with_next:
        style = ParagraphStyle(f"{style.name}Loose", parent=style, keepWithNext=0)
    para = Paragraph(esc(text), style)
    para.outline_level = level
    para.in_toc = toc
    return para


def table_section(title: str, content: Flowable, level: int = 0, *,
                  toc: bool = False) -> list[Flowable]:
    """A heading before a table that may run over pages: the table starts on the same
    page when a few rows fit, instead of the whole table moving to the next page."""
    return [CondPageBreak(32 * mm), heading(title, level, toc=toc, keep_with_next=False),
            content]


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(esc(title), STYLES["Title"])]
    if subtitle:
        flow.append(Paragraph(esc(subtitle), STYLES["Subtitle"]))
    else:
        flow.append(Spacer(1, 6))
    return flow


def facts(rows: Iterable[tuple[str, str]], *, label_width: float = 42 * mm,
          boxed: bool = False, skip_empty: bool = True, width: float = CONTENT_W) -> Flowable:
    """Label/value pairs; ``boxed`` gives the tinted summary box used under titles."""
    data = [[Paragraph(esc(label), STYLES["Label"]), cell(value, "BodyTight")]
            for label, value in rows if value or not skip_empty]
    if not data:
        return Spacer(1, 0)
    table = Table(data, colWidths=[label_width, width - label_width], splitInRow=1,
                  hAlign="LEFT")
    style = [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 6 if boxed else 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 6),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    first_top = 6 if boxed else 2.5
    if boxed:
        style += [("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                  ("TOPPADDING", (0, 0), (-1, 0), first_top),
                  ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]
    # The smaller label font sits higher; nudge it down onto the value's baseline.
    style += [("TOPPADDING", (0, 0), (0, -1), 2.5 + LABEL_NUDGE),
              ("TOPPADDING", (0, 0), (0, 0), first_top + LABEL_NUDGE)]
    table.setStyle(TableStyle(style))
    return table


MIN_ROW_PART = 22  # points: at least one line of a split row stays on each page


class RowSplittingTable(Table):
    """A table that splits inside the row that crosses the page end.

    ReportLab first splits between rows; the rest of the table is then tried in the space
    left on the same page, where it splits inside its first row - and repeats the header
    row mid-page right before that row. Splitting inside the crossing row first gives one
    header per page; a row too short to split moves whole to the next page."""

    def split(self, availWidth, availHeight):
        if self.splitInRow and self.splitByRow:
            self._calc(availWidth, availHeight)
            if self._width <= availWidth + 0.01:
                result = self._splitRows(availHeight, doInRowSplit=1)
                if result:
                    return result
        return super().split(availWidth, availHeight)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]],
          widths: Sequence[float], *, font_style: str = "Cell") -> Flowable:
    """A data table whose header row repeats on every page it runs over."""
    head = [Paragraph(esc(h), STYLES["Head"]) for h in headers]
    body = [[value if isinstance(value, Flowable) else cell(str(value), font_style)
             for value in row] for row in rows]
    result = RowSplittingTable([head] + body, colWidths=list(widths), repeatRows=1,
                               splitInRow=MIN_ROW_PART, hAlign="LEFT")
    style = [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
             ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
             ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE)]
    for index in range(2, len(body) + 1, 2):
        style.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    result.setStyle(TableStyle(style))
    return result


def contents() -> OnePassContents:
    """A table of contents filled from headings made with ``toc=True`` (laid out in
    one pass by ``style.render(..., with_toc=True)``)."""
    toc = OnePassContents(dotsMinLevel=0)
    toc.levelStyles = [STYLES["TocEntry"]]
    toc.tableStyle = TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return toc


def empty(text: str) -> Paragraph:
    return Paragraph(esc(text), STYLES["Empty"])


def goals_table(goals: Sequence[GoalRow], *, with_status: bool = False) -> Flowable:
    """Domain, goal, signs of progress, measures (who, how often), responsible, date."""
    if not goals:
        return empty("Der er ingen mål.")
    headers = ["Område", "Mål", "Tegn på udvikling", "Indsats", "Ansvarlig",
               "Status, måldato" if with_status else "Evaluering"]
    widths = [28 * mm, 35 * mm, 32 * mm, 35 * mm, 20 * mm, 20 * mm]
    rows = []
    for goal in goals:
        measure = goal.measures
        detail = ", ".join(x for x in (goal.measure_who, goal.measure_how_often,
                                       goal.measure_where) if x)
        if detail:
            measure = f"{measure}\n({detail})" if measure else detail
        last = (f"{goal.status}\n{short_date(goal.evaluation_date)}".strip() if with_status
                else short_date(goal.evaluation_date, "–"))
        rows.append([cell(goal.domain, "CellBold"), goal.title, goal.signs_of_progress,
                     measure, goal.responsible, last])
    return table(headers, rows, widths)


def email_markup(email: str, width: float, style: str = "Cell") -> str:
    """An e-mail address that never breaks inside its domain: on one line when it fits,
    else broken after the "@", and set smaller when a part is still too wide."""
    email = (email or "").strip()
    para = STYLES[style]
    if not email or stringWidth(email, para.fontName, para.fontSize) <= width:
        return esc(email)
    local_part, at, domain = email.partition("@")
    parts = [local_part + at, domain] if at else [email]
    widest = max(stringWidth(p, para.fontName, para.fontSize) for p in parts)
    markup = "<br/>".join(esc(p) for p in parts if p)
    if widest > width:
        size = max(5.5, para.fontSize * width / widest - 0.1)
        markup = f'<font size="{size:.1f}">{markup}</font>'
    return markup


CONTACT_WIDTHS = (40 * mm, 40 * mm, 42 * mm, 48 * mm)


def contacts_table(contacts: Sequence[Contact], *, empty_text: str = "Ingen kontakter.",
                   role_header: str = "Rolle") -> Flowable:
    """Name, role, workplace and how to reach them; a column empty for everyone is left
    out and its width given to the others."""
    if not contacts:
        return empty(empty_text)
    keep = [True, any(c.role for c in contacts), any(c.workplace for c in contacts),
            any(c.phone or c.email for c in contacts)]
    spare = sum(w for w, k in zip(CONTACT_WIDTHS, keep) if not k)
    shown = [w for w, k in zip(CONTACT_WIDTHS, keep) if k]
    widths = [w + spare * w / sum(shown) for w in shown]
    reach_width = widths[-1] - 8 if keep[3] else 0
    rows = []
    for c in contacts:
        name = f"<b>{esc(c.name)}</b>"
        if c.note:
            name += f'<br/><font size="7.5" color="{MUTED_HEX}">{esc(c.note)}</font>'
        reach = "<br/>".join(x for x in (c.phone and f"Tlf. {esc(c.phone)}",
                                          email_markup(c.email, reach_width)) if x)
        row = [Paragraph(name, STYLES["Cell"]), c.role, c.workplace,
               Paragraph(reach, STYLES["Cell"])]
        rows.append([v for v, k in zip(row, keep) if k])
    headers = ["Navn", role_header, "Arbejdssted / adresse", "Kontakt"]
    return table([h for h, k in zip(headers, keep) if k], rows, widths)


def tasks_table(tasks: Sequence[Task], *, empty_text: str = "Ingen opfølgninger.") -> Flowable:
    if not tasks:
        return empty(empty_text)
    rows = [[t.description, t.owner, short_date(t.due_on, "–"),
             short_date(t.done_on) if t.done_on else "Åben"] for t in tasks]
    return table(["Hvad", "Hvem", "Senest", "Udført"], rows,
                 [92 * mm, 38 * mm, 20 * mm, 20 * mm])


class WholeTable(Table):
    """A table that moves to the next page whole rather than split. Unlike KeepTogether
    it can sit inside a KeepTogether (a nested KeepTogether always forces a page break)."""

    def split(self, availWidth, availHeight):
        return []


def signature_block(signers: Sequence[tuple[str, str]]) -> Flowable:
    """Two signature fields per row: a line to sign on, "Dato og underskrift", the name."""
    fields = [(Spacer(1, 13 * mm), Paragraph("Dato og underskrift", STYLES["Muted"]),
               Paragraph(f"<b>{esc(name)}</b>" + (f", {esc(role)}" if role else ""),
                         STYLES["BodyTight"])) for name, role in signers]
    pairs = [fields[i:i + 2] for i in range(0, len(fields), 2)]
    data, style = [], [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 18),
                       ("TOPPADDING", (0, 0), (-1, -1), 1),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for r, pair in enumerate(pairs):
        for part in range(3):
            data.append([f[part] for f in pair] + [""] * (2 - len(pair)))
        for c in range(len(pair)):
            style.append(("LINEBELOW", (c, 3 * r), (c, 3 * r), 0.8, INK))
        style.append(("BOTTOMPADDING", (0, 3 * r + 2), (-1, 3 * r + 2), 12))
    half = CONTENT_W / 2
    result = WholeTable(data, colWidths=[half, half], hAlign="LEFT")
    result.setStyle(TableStyle(style))
    return result
