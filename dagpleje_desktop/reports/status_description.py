"""Statusbeskrivelse: sent about a week before the status meeting – the
child's current goals and their evaluation so far, observations since the last status
meeting by development domain, wellbeing positions, and the mini-childminder's and the
consultant's notes. For a partner it holds only what the consent covers, and says so on
the first page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .blocks import cell, facts, heading, paragraphs, table, table_section, title_block
from .dates import danish_date, meeting_time, short_date
from .practice_blocks import PositionMark, disclosure_box, gap, not_recorded, quote
from .practice_data import NOT_RECORDED, StatusDescriptionDocument
from .style import PageSetup, render


def _facts(doc: StatusDescriptionDocument) -> Flowable:
    child = doc.child
    born = danish_date(child.birth_date)
    if child.cpr_masked:
        born = f"{born} (CPR {child.cpr_masked})" if born else f"CPR {child.cpr_masked}"
    rows = [("Barn", child.name), ("Født", born), ("Alder", child.age),
            ("Mini-dagplejehjem", child.home_name),
            ("Mini-dagplejer", doc.childminder_name if not doc.recipient
             else child.childminder_name),
            ("Statusmøde", meeting_time(doc.meeting_at) if doc.meeting_at else NOT_RECORDED),
            ("Sted", doc.meeting_place if doc.meeting_at else ""),
            ("Perioden", f"Siden statusmødet {danish_date(doc.since)}" if doc.since
             else "Siden barnet startede (intet tidligere statusmøde)")]
    return facts(rows, boxed=True)


def _goals(doc: StatusDescriptionDocument) -> list[Flowable]:
    if not doc.goals:
        return [heading("Mål og evaluering indtil nu"),
                not_recorded("Ikke registreret: barnet har ingen aktuelle mål.")]
    rows = [[cell(g.domain, "CellBold"), g.title, g.signs_of_progress or NOT_RECORDED,
             f"{g.status}\n{short_date(g.evaluation_date)}".strip(),
             g.evaluation or NOT_RECORDED] for g in doc.goals]
    return table_section("Mål og evaluering indtil nu", table(
        ["Område", "Mål", "Tegn på udvikling", "Status, måldato", "Evaluering indtil nu"],
        rows, [31 * mm, 37 * mm, 34 * mm, 24 * mm, 44 * mm]))


def _observations(doc: StatusDescriptionDocument) -> list[Flowable]:
    period = (f"siden statusmødet {danish_date(doc.since)}" if doc.since
              else "siden barnet startede")
    story: list[Flowable] = [heading("Observationer " + period)]
    if not doc.observation_count:
        return story + [not_recorded(f"Ikke registreret: ingen observationer {period}.")]
    story += paragraphs(f"{doc.observation_count} observationer {period}, samlet efter "
                        "udviklingsområde. En observation kan høre til flere områder.",
                        "Muted")
    rows = [[cell(d.label, "CellBold"), str(d.count), short_date(d.latest, "–"),
             d.positions or "–"] for d in doc.domains]
    story += [table(["Udviklingsområde", "Observationer", "Seneste", "Trivselsposition"],
                    rows, [62 * mm, 28 * mm, 26 * mm, 54 * mm]), gap(2)]
    for summary in doc.domains:
        if summary.quoted:
            story.append(heading(summary.label, 2))
            for entry in summary.quoted:
                story += [quote(entry), gap(1.5)]
    if doc.withheld_quotes:
        story += paragraphs(f"{doc.withheld_quotes} af observationerne er ikke delt med "
                            "modtagerne og citeres ikke; de indgår kun i optællingen.",
                            "Muted")
    return story


def _wellbeing(doc: StatusDescriptionDocument) -> list[Flowable]:
    if not doc.wellbeing:
        return [heading("Trivsel (TOPI-positioner)"),
                not_recorded("Ikke registreret: ingen trivselsvurderinger i perioden.")]
    rows = [[short_date(m.on), PositionMark(m.position, m.position_label), m.source,
             m.assessor or NOT_RECORDED, m.comment or "–"] for m in doc.wellbeing]
    return table_section("Trivsel (TOPI-positioner)", table(
        ["Dato", "Position", "Vurdering", "Vurderet af", "Kommentar"], rows,
        [20 * mm, 24 * mm, 34 * mm, 32 * mm, 60 * mm]))


def render_status_description(doc: StatusDescriptionDocument) -> bytes:
    child = doc.child
    subtitle = child.name + (f" · til statusmødet {danish_date(doc.meeting_at)}"
                             if doc.meeting_at else "")
    story: list[Flowable] = [*title_block("Statusbeskrivelse", subtitle)]
    if doc.consent is not None:
        story += [disclosure_box(doc.recipient, doc.consent, doc.category_labels), gap(2)]
    story.append(_facts(doc))
    codes = set(doc.categories) if doc.consent is not None else None
    if codes is None or "handleplan" in codes:
        story += _goals(doc)
    story += _observations(doc)
    if codes is None or "trivsel" in codes:
        story += _wellbeing(doc)
    if codes is None or "observationer" in codes:
        title = "Mini-dagplejerens iagttagelser"
        if doc.childminder_name:
            title += f" ({doc.childminder_name})"
        story.append(heading(title))
        for entry in doc.childminder_notes:
            story += [quote(entry), gap(1.5)]
        if not doc.childminder_count:
            story.append(not_recorded())
        elif not doc.childminder_notes:
            story += paragraphs(f"{doc.childminder_count} af observationerne i perioden er "
                                "skrevet af mini-dagplejeren; de citerede står ovenfor.",
                                "Muted")
    story.append(heading("Konsulentens bemærkninger"
                         + (f" ({doc.consultant_name})" if doc.consultant_name else "")))
    story += paragraphs(doc.consultant_notes, empty=NOT_RECORDED)
    story += [gap(2), *paragraphs(
        "Statusbeskrivelsen er skrevet til statusmødet og drøftes dér. Skriv eller ring "
        "gerne, hvis noget skal med, eller hvis noget ikke passer.", "Muted")]
    setup = PageSetup(doc.org, "Statusbeskrivelse", subject_line=child.name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Statusbeskrivelse for {child.name}"
                      + (f" til {doc.recipient}" if doc.recipient else ""),
                      keywords=("statusbeskrivelse", "statusmøde", "mini-dagpleje"))
    return render(story, setup)
