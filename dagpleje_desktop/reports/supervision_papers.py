"""Tilsyn: the structured checklist taken along on a supervision visit (safety, hygiene,
sleep, the læreplan themes, the children's wellbeing), and the monthly overview of
visits per home ("at least once a month"). A visit not yet held prints as "Planlagt":
a checklist to fill in, never a report."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from .blocks import cell, esc, facts, heading, paragraphs, signature_block, table, \
    table_section, tasks_table, title_block
from .dates import MONTHS, danish_date, meeting_time, short_date
from .paragraph import Paragraph
from .practice_blocks import TickBox, gap, write_lines
from .practice_data import (NOT_RECORDED, ChecklistSection, SupervisionChecklistDocument,
                            SupervisionMonthDocument)
from .style import CONTENT_W, RULE, STYLES, TABLE_FONT, PageSetup, render

ANSWERS = ("I orden", "Følg op", "Ikke set")
POINT_W = 80 * mm
ANSWER_W = 20 * mm


def _section(section: ChecklistSection) -> Flowable:
    head = [Paragraph(f"<b>{esc(section.title)}</b>", STYLES["Head"])] + \
        [Paragraph(esc(a), STYLES["Head"]) for a in ANSWERS] + \
        [Paragraph("Bemærkning", STYLES["Head"])]
    rows = [head] + [[cell(p)] + [TickBox() for _ in ANSWERS] + [""] for p in section.points]
    note_w = CONTENT_W - POINT_W - ANSWER_W * len(ANSWERS)
    result = Table(rows, colWidths=[POINT_W] + [ANSWER_W] * len(ANSWERS) + [note_w],
                   repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("ALIGN", (1, 1), (len(ANSWERS), -1), "CENTER"),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                ("TOPPADDING", (0, 1), (-1, -1), 4),
                                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                                ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    return KeepTogether([result, gap(3)])


def render_supervision_checklist(doc: SupervisionChecklistDocument) -> bytes:
    status = "Planlagt – ikke afholdt endnu" if doc.planned else "Afholdt"
    subtitle = f"{doc.home_name} · {danish_date(doc.visited_at)}"
    if doc.planned:
        subtitle += " · Planlagt"
    story: list[Flowable] = [*title_block("Tjekliste til tilsyn", subtitle), facts([
        ("Status", status), ("Tidspunkt", meeting_time(doc.visited_at)),
        ("Dagplejehjem", doc.home_name), ("Adresse", doc.home_address or NOT_RECORDED),
        ("Mini-dagplejer", doc.childminder_name or NOT_RECORDED),
        ("Konsulent", doc.consultant_name or NOT_RECORDED),
        ("Børn i pasning", ", ".join(doc.children) or NOT_RECORDED),
        ("Forrige tilsyn", danish_date(doc.previous_visit, NOT_RECORDED))], boxed=True)]
    if doc.planned:
        story += paragraphs("Tilsynet er planlagt og ikke afholdt. Tjeklisten udfyldes under "
                            "besøget; den er ikke en tilsynsrapport.", "Muted")
    story.append(heading("Gennemgang"))
    story += [_section(s) for s in doc.sections]
    story.append(heading("Notater"))
    if doc.planned:
        story.append(write_lines(6))
    else:
        story += paragraphs(doc.notes, empty=NOT_RECORDED)
    story += table_section("Aftaler og opfølgning", tasks_table(
        doc.follow_ups, empty_text="Ingen aftaler registreret." if not doc.planned
        else "Skrives under besøget."))
    if not doc.planned:
        story += [KeepTogether([heading("Gennemgået og aftalt"), gap(2), signature_block(
            [(doc.consultant_name or "Mini-dagplejekonsulent", "mini-dagplejekonsulent"),
             (doc.childminder_name or "Mini-dagplejer", "mini-dagplejer")])])]
    setup = PageSetup(doc.org, "Tjekliste til tilsyn", subject_line=doc.home_name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Tjekliste til tilsyn {danish_date(doc.visited_at)}, "
                              f"{doc.home_name}" + (" (planlagt)" if doc.planned else ""),
                      keywords=("tilsyn", "tjekliste", "mini-dagpleje"))
    return render(story, setup)


def render_supervision_month(doc: SupervisionMonthDocument) -> bytes:
    month = f"{MONTHS[doc.month - 1]} {doc.year}"
    held = sum(1 for h in doc.homes for v in h.visits if not v.planned)
    planned = sum(1 for h in doc.homes for v in h.visits if v.planned)
    missing = [h.home_name for h in doc.homes if not h.visits]
    only_planned = [h.home_name for h in doc.homes
                    if h.visits and all(v.planned for v in h.visits)]
    story: list[Flowable] = [*title_block("Tilsyn i måneden", month.capitalize()), facts([
        ("Mini-dagplejehjem", str(len(doc.homes))), ("Afholdte tilsyn", str(held)),
        ("Planlagte tilsyn", str(planned)),
        ("Uden tilsyn", ", ".join(missing) if missing else "Ingen"),
        ("Kun planlagt endnu", ", ".join(only_planned) if only_planned else "Ingen")],
        boxed=True)]
    story += paragraphs("Hvert mini-dagplejehjem har tilsyn mindst én gang om måneden. "
                        "»Planlagt« er et tilsyn, der ikke er afholdt endnu.", "Muted")
    rows = []
    for home in doc.homes:
        name = cell(home.home_name, "CellBold")
        if not home.visits:
            rows.append([name, home.childminder_name or NOT_RECORDED,
                         cell("Intet tilsyn registreret", "CellBold"), "", ""])
        for n, visit in enumerate(home.visits):
            state = "Planlagt" if visit.planned else (
                "Afholdt" if visit.notes_written else "Afholdt, ingen notater")
            rows.append([name if n == 0 else "",
                         (home.childminder_name or NOT_RECORDED) if n == 0 else "",
                         f"{short_date(visit.visited_at)} kl. {visit.visited_at:%H.%M}",
                         visit.consultant or NOT_RECORDED, state])
    story += table_section("Tilsyn pr. hjem", table(
        ["Dagplejehjem", "Mini-dagplejer", "Tidspunkt", "Konsulent", "Status"], rows,
        [44 * mm, 36 * mm, 32 * mm, 32 * mm, 26 * mm]) if rows
        else paragraphs("Ikke registreret: der er ingen mini-dagplejehjem.", "Empty")[0])
    setup = PageSetup(doc.org, "Tilsyn i måneden", subject_line=month,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Tilsyn i {month}", keywords=("tilsyn", "oversigt"))
    return render(story, setup)
