"""Overgangsbeskrivelse (pædagogisk udviklingsbeskrivelse): what the kindergarten needs
to know to take good care of the child – strengths, play, relationships, what works,
aids and recommendations, written by a person – and the record it rests on.

The kindergarten's copy says on the first page what was disclosed, to whom and under
which consent ("Videregivne oplysninger"), and holds only the covered sections. In the
team's copy a section nobody has written yet shows the suggestion from the record,
marked, and every page says KLADDE."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from .blocks import cell, facts, heading, paragraphs, table, table_section, title_block
from .charts import development_chart, latest_per_domain, wellbeing_timeline
from .dates import age_text, danish_date, short_date
from .practice_blocks import PositionMark, disclosure_box, gap, not_recorded
from .practice_data import NOT_RECORDED, TransitionDocument, TransitionSection
from .style import CONTENT_W, PageSetup, render

DRAFT_MARK = "KLADDE – afsnit uden forfatter er forslag ud fra journalen"
JOINT = "Fælles vurdering"   # the source label of a joint TOPI assessment


def is_draft(doc: TransitionDocument) -> bool:
    """The team's copy while a section still holds only the record's suggestion."""
    return doc.consent is None and any(s.version is None for s in doc.sections)


def _facts(doc: TransitionDocument) -> Flowable:
    child = doc.child
    born = danish_date(child.birth_date)
    if child.cpr_masked:
        born = f"{born} (CPR {child.cpr_masked})" if born else f"CPR {child.cpr_masked}"
    codes = set(doc.categories) if doc.consent is not None else None
    everyday = codes is None or "stamdata" in codes
    rows = [("Barn", child.name), ("Født", born), ("Alder", child.age),
            ("Mini-dagplejehjem", child.home_name),
            ("Mini-dagplejer", child.childminder_name),
            ("Børnehave", doc.kindergarten or NOT_RECORDED)]
    if everyday:
        rows.append(("Planlagt start", danish_date(doc.planned_start, NOT_RECORDED)))
    return facts(rows, boxed=True)


def _byline(section: TransitionSection) -> str:
    if section.version is None:
        return ("Forslag ud fra journalen – endnu ikke gennemskrevet af en fagperson."
                if section.text else "")
    line = f"Skrevet af {section.written_by or NOT_RECORDED}, {short_date(section.written_on)}"
    if section.earlier_versions:
        earlier = ("den tidligere version er gemt" if section.earlier_versions == 1
                   else f"de {section.earlier_versions} tidligere versioner er gemt")
        line += f" (version {section.version}; {earlier})"
    return line + "."


def _section(section: TransitionSection) -> list[Flowable]:
    if section.version is None and not section.text:
        return [KeepTogether([heading(section.title, 1), not_recorded()])]
    body = paragraphs(section.text, empty=NOT_RECORDED)
    byline = _byline(section)
    first = [heading(section.title, 1), *([paragraphs(byline, "Muted")[0]] if byline else []),
             body[0]]
    return [KeepTogether(first), *body[1:], gap(1.5)]


def _development(doc: TransitionDocument) -> list[Flowable]:
    title = heading("Udvikling", 1)
    if not doc.development:
        return [title, not_recorded("Ikke registreret: ingen udviklingsvurderinger.")]
    intro = paragraphs("Udviklingsalderen er den alder, barnets færdigheder inden for "
                       "området svarer til. Den behøver ikke følge barnets alder.", "Muted")
    chart = development_chart(doc.development, CONTENT_W)
    story: list[Flowable] = [KeepTogether([title, *intro, *([chart] if chart else [])])]
    rows = [[short_date(m.assessed_on), cell(m.domain, "CellBold"), age_text(m.level_months),
             age_text(m.actual_months) or "–", m.note or "–"]
            for m in latest_per_domain(doc.development)]
    return story + table_section("Seneste vurdering pr. område", table(
        ["Dato", "Område", "Udviklingsalder", "Alder", "Note"], rows,
        [19 * mm, 34 * mm, 27 * mm, 25 * mm, 65 * mm]), 2)


def _wellbeing(doc: TransitionDocument) -> list[Flowable]:
    title = heading("Trivsel", 1)
    if not doc.wellbeing:
        return [title, not_recorded("Ikke registreret: ingen trivselsvurderinger.")]
    intro = paragraphs("Positionerne beskriver barnets situation på det tidspunkt, ikke "
                       "barnet. Grøn: trives. Gul: bekymring for trivslen. Rød: stor "
                       "bekymring.", "Muted")
    timeline = wellbeing_timeline(doc.wellbeing, CONTENT_W)
    story: list[Flowable] = [KeepTogether([title, *intro, *([timeline] if timeline else [])])]
    joint = [m for m in doc.wellbeing if m.source == JOINT] or list(doc.wellbeing)
    rows = [[short_date(m.on), PositionMark(m.position, m.position_label),
             m.assessor or NOT_RECORDED, m.comment or "–"] for m in joint]
    heading_text = "Fælles vurderinger" if joint[0].source == JOINT else "Vurderinger"
    return story + table_section(heading_text, table(
        ["Dato", "Position", "Vurderet af", "Kommentar"], rows,
        [19 * mm, 26 * mm, 35 * mm, 90 * mm]), 2)


def _goals(doc: TransitionDocument) -> list[Flowable]:
    if not doc.goals:
        return [heading("Mål og evaluering", 1),
                not_recorded("Ikke registreret: barnet har ingen mål.")]
    rows = [[cell(g.domain, "CellBold"), g.title,
             f"{g.status}\n{short_date(g.evaluation_date)}".strip(),
             g.evaluation or NOT_RECORDED] for g in doc.goals]
    return table_section("Mål og evaluering", table(
        ["Område", "Mål", "Status, måldato", "Evaluering"], rows,
        [30 * mm, 52 * mm, 26 * mm, 62 * mm]), 1)


def _record_basis(doc: TransitionDocument) -> list[Flowable]:
    codes = set(doc.categories) if doc.consent is not None else None
    lead = [heading("Grundlag fra journalen"),
            *paragraphs("Beskrivelsen ovenfor bygger på det, der er registreret om barnet i "
                        "Mini-dagplejen.", "Muted")]
    story: list[Flowable] = []
    if codes is None or "udvikling" in codes:
        story += _development(doc)
    if codes is None or "trivsel" in codes:
        story += _wellbeing(doc)
    if codes is None or "handleplan" in codes:
        story += _goals(doc)
    if codes is None or "observationer" in codes:
        if doc.domains:
            rows = [[cell(d.label, "CellBold"), str(d.count), short_date(d.latest, "–"),
                     d.positions or "–"] for d in doc.domains]
            story += table_section(
                f"Observationer pr. udviklingsområde ({doc.observation_count})",
                table(["Udviklingsområde", "Observationer", "Seneste", "Trivselsposition"],
                      rows, [62 * mm, 28 * mm, 26 * mm, 54 * mm]), 1)
        else:
            story += [heading("Observationer pr. udviklingsområde", 1),
                      not_recorded("Ikke registreret: ingen observationer.")]
    return [CondPageBreak(40 * mm), *_with_lead(lead, story)]


def _with_lead(lead: list[Flowable], story: list[Flowable]) -> list[Flowable]:
    """The heading never stays at a page's foot: it goes with what follows it, up to the
    first chart or table."""
    rest = list(story)
    while rest and isinstance(rest[0], CondPageBreak):
        rest.pop(0)
    if rest and isinstance(rest[0], KeepTogether):
        return [KeepTogether([*lead, *rest[0]._content]), *rest[1:]]
    cut = next((i for i, f in enumerate(rest) if isinstance(f, Table)), len(rest) - 1)
    return [KeepTogether([*lead, *rest[:cut + 1]]), *rest[cut + 1:]]


def _closing(doc: TransitionDocument) -> list[Flowable]:
    sender = doc.sender
    lines = ["Med venlig hilsen", sender.name if sender else doc.author]
    if sender:
        lines += [x for x in (sender.role, sender.phone and f"Tlf. {sender.phone}",
                              sender.email) if x]
    return [gap(4), *paragraphs(
        "Beskrivelsen er skrevet til overgangen og gennemgås med forældrene. Ring eller "
        "skriv gerne, hvis I har spørgsmål; vi deltager også gerne i et "
        "overleveringsmøde.", "Muted"), gap(2), *paragraphs("\n".join(lines))]


def render_transition(doc: TransitionDocument) -> bytes:
    child = doc.child
    to = doc.recipient or doc.kindergarten
    subtitle = "Pædagogisk udviklingsbeskrivelse · " + child.name + (f" til {to}" if to else "")
    story: list[Flowable] = [*title_block("Overgangsbeskrivelse", subtitle)]
    if doc.consent is not None:
        story += [heading("Videregivne oplysninger", 1),
                  disclosure_box(doc.recipient, doc.consent, doc.category_labels), gap(3)]
    story += [_facts(doc), gap(3)]
    if not doc.sections:
        story += [not_recorded("Ikke registreret: samtykket omfatter ingen af "
                               "beskrivelsens afsnit.")]
    for section in doc.sections:
        story += _section(section)
    story += _record_basis(doc)
    story += _closing(doc)
    draft = is_draft(doc)
    setup = PageSetup(doc.org, "Overgangsbeskrivelse", subject_line=child.name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Overgangsbeskrivelse for {child.name}"
                      + (f" til {doc.recipient}" if doc.recipient else ""),
                      keywords=("overgangsbeskrivelse", "børnehave", "mini-dagpleje"),
                      marker=DRAFT_MARK if draft else "",
                      watermark="KLADDE" if draft else "")
    return render(story, setup)
