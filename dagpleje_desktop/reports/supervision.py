"""Tilsynsrapport: the consultant's report from a supervision visit in a mini home
(or the note from a home visit to a family)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .blocks import (facts, heading, paragraphs, signature_block, table_section, tasks_table,
                     title_block)
from .data import SupervisionDocument
from .dates import danish_date, meeting_time
from .style import PageSetup, render


def render_supervision(doc: SupervisionDocument) -> bytes:
    is_supervision = doc.kind.lower().startswith("tilsyn")
    title = "Tilsynsrapport" if is_supervision else "Notat fra hjemmebesøg"
    subject = doc.home_name or (doc.children[0] if doc.children else "")
    subtitle = f"{subject} · {danish_date(doc.visited_at)}" if subject else \
        danish_date(doc.visited_at)
    rows = [("Besøg", doc.kind), ("Tidspunkt", meeting_time(doc.visited_at)),
            ("Dagplejehjem", doc.home_name), ("Adresse", doc.home_address),
            ("Mini-dagplejer", doc.childminder_name), ("Konsulent", doc.consultant_name),
            ("Børn i pasning" if is_supervision else "Barn", ", ".join(doc.children))]
    if is_supervision:
        rows.append(("Forrige tilsyn", danish_date(doc.previous_visit, "intet registreret")))
    story: list[Flowable] = [*title_block(title, subtitle), facts(rows, boxed=True),
                             heading("Notater fra tilsynet" if is_supervision
                                     else "Notater fra besøget"),
                             *paragraphs(doc.notes, empty="Der er ikke skrevet notater.")]
    story += table_section("Aftaler og opfølgning",
                           tasks_table(doc.follow_ups, empty_text="Ingen aftaler."))
    signers = [(doc.consultant_name or "Mini-dagplejekonsulent", "mini-dagplejekonsulent")]
    if is_supervision:
        signers.append((doc.childminder_name or "Mini-dagplejer", "mini-dagplejer"))
    story += [heading("Gennemgået og aftalt"), Spacer(1, 2 * mm), signature_block(signers)]
    setup = PageSetup(doc.org, title, subject_line=subject, printed_on=doc.printed_on,
                      author=doc.author,
                      subject=f"{title} {danish_date(doc.visited_at)}"
                      + (f", {subject}" if subject else ""),
                      keywords=("tilsyn", "mini-dagpleje"))
    return render(story, setup)
