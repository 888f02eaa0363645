"""Dagsorden and referat for a meeting about a child (usually a status meeting).

The agenda goes out about a week before with the preparation (status description);
the minutes list who was present and who sent apologies, the minutes per agenda item,
decisions and follow-ups.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .action_plan import outcome
from .blocks import (cell, empty, esc, facts, goals_table, heading, paragraphs, table,
                     table_section, tasks_table, title_block)
from .data import (AgendaDocument, ChildProfile, GoalRow, MeetingData, MinutesDocument,
                   Participant)
from .dates import danish_date, danish_datetime, meeting_time
from .paragraph import Paragraph
from .style import STYLES, PageSetup, render


def _meeting_facts(meeting: MeetingData, child: ChildProfile | None,
                   extra: Sequence[tuple[str, str]] = (), *, home: bool = True) -> Flowable:
    rows = [("Tidspunkt", meeting_time(meeting.starts_at, meeting.ends_at)),
            ("Sted", meeting.place)]
    if child is not None:
        born = danish_date(child.birth_date)
        rows.append(("Barn", f"{child.name} (født {born})" if born else child.name))
        if home:
            rows.append(("Mini-dagplejehjem", child.home_name))
    return facts(rows + list(extra), boxed=True)


def _participants(people: Sequence[Participant], *, attendance: bool) -> Flowable:
    if not people:
        return empty("Ingen deltagere registreret.")
    if attendance:
        order = {"present": 0, "apologies": 1, "absent": 2, "invited": 3}
        people = sorted(people, key=lambda p: order.get(p.attendance_code, 4))
        rows = [[cell(p.name, "CellBold"), p.role, p.attendance] for p in people]
        return table(["Navn", "Rolle / relation", "Fremmøde"], rows,
                     [62 * mm, 70 * mm, 38 * mm])
    rows = [[cell(p.name, "CellBold"), p.role] for p in people]
    return table(["Navn", "Rolle / relation"], rows, [70 * mm, 100 * mm])


def _numbered(titles: Sequence[str]) -> list[Flowable]:
    return [Paragraph(esc(t), STYLES["Bullet"], bulletText=f"{i}.")
            for i, t in enumerate(titles, 1)]


def _setup(doc, title: str, meeting: MeetingData, child: ChildProfile | None) -> PageSetup:
    who = child.name if child else meeting.kind
    return PageSetup(doc.org, title, subject_line=who, printed_on=doc.printed_on,
                     author=doc.author,
                     subject=f"{title}: {meeting.kind} {danish_date(meeting.starts_at)}"
                     + (f" om {child.name}" if child else ""),
                     keywords=(title.lower(), meeting.kind.lower()))


def render_agenda(doc: AgendaDocument) -> bytes:
    meeting, child = doc.meeting, doc.child
    subtitle = f"{meeting.kind} – {child.name}" if child else meeting.kind
    story: list[Flowable] = [*title_block("Dagsorden", subtitle),
                             _meeting_facts(meeting, child)]
    story += table_section("Indbudte", _participants(meeting.participants, attendance=False))
    if doc.send_to:
        story += paragraphs("Dagsorden og statusbeskrivelse sendes til: "
                            + ", ".join(doc.send_to) + ".", "Muted")
    titles = [p.title for p in meeting.agenda] or list(doc.default_agenda)
    points = _numbered(titles) or [empty("Dagsordenen er tom.")]
    story += [heading("Dagsorden"), *points]
    story.append(heading("Forberedelse"))
    period = (f"siden statusmødet {danish_date(doc.since)}" if doc.since
              else "siden barnet startede")
    summary = []
    if doc.observation_count is not None:
        summary.append(("Observationer", f"{doc.observation_count} {period}"))
    summary.append(("Mål til evaluering", str(len(doc.goals_to_evaluate))))
    summary.append(("Åbne opfølgninger", str(len(doc.open_follow_ups))))
    story += [facts(summary), heading("Statusbeskrivelse", 1),
              *paragraphs(meeting.preparation_notes,
                          empty="Der er ikke skrevet en statusbeskrivelse endnu.")]
    story += table_section("Opfølgning på sidste aftaler",
                           tasks_table(doc.open_follow_ups,
                                       empty_text="Ingen åbne aftaler fra tidligere."), 1)
    story += table_section("Mål der skal evalueres",
                           goals_table(doc.goals_to_evaluate, with_status=True), 1)
    return render(story, _setup(doc, "Dagsorden", meeting, child))


def _evaluations(goals: Sequence[GoalRow]) -> Flowable:
    """Each goal evaluated at the meeting: the outcome, what was seen, and the number of
    observations about the goal counted up to the meeting."""
    rows = []
    for g in goals:
        evidence = g.evaluation
        if g.evidence_count is not None:
            count = g.evidence_count
            evidence += ("\n" if evidence else "") + (
                f"Grundlag: {count} observation{'er' if count != 1 else ''} om målet siden "
                "sidste statusmøde.")
        rows.append([cell(g.title, "CellBold"), cell(outcome(g), "CellBold"), evidence])
    return table(["Mål", "Resultat", "Evaluering og grundlag"], rows,
                 [58 * mm, 32 * mm, 80 * mm])


def render_minutes(doc: MinutesDocument) -> bytes:
    meeting, child = doc.meeting, doc.child
    subtitle = (f"{meeting.kind} – {child.name}" if child else meeting.kind) \
        + f" · {danish_date(meeting.starts_at)}"
    # The kind is in the subtitle; what comes next is in the box, where it is seen first.
    # Referent and next meeting as recorded at the meeting, never whoever prints it or
    # the calendar of the day it is printed.
    extra = [("Referent", doc.referent or ("ikke registreret" if meeting.status_code == "held"
                                            else ""))]
    if meeting.status_code != "held":
        extra.insert(0, ("Status", meeting.status))
    if doc.resulting_plan_version is not None:
        extra.append(("Handleplan", f"Mødet førte til handleplan version "
                                    f"{doc.resulting_plan_version}."))
    extra.append(("Næste møde", danish_datetime(
        doc.next_meeting, "ikke aftalt på mødet" if meeting.status_code == "held"
        else "ikke aftalt endnu")))
    story: list[Flowable] = [*title_block("Referat", subtitle),
                             _meeting_facts(meeting, child, extra, home=False)]
    present = [p for p in meeting.participants if p.attendance_code == "present"]
    apologies = [p for p in meeting.participants if p.attendance_code == "apologies"]
    story += table_section("Deltagere", _participants(meeting.participants, attendance=True))
    story.append(Spacer(1, 2 * mm))
    story += paragraphs(f"Til stede: {len(present)}. Afbud: {len(apologies)}"
                        + (" (" + ", ".join(p.name for p in apologies) + ")." if apologies
                           else "."), "Muted")
    if doc.send_to:
        story += paragraphs("Referatet sendes til: " + ", ".join(doc.send_to) + ".", "Muted")
    story.append(heading("Referat"))
    for number, point in enumerate(meeting.agenda, 1):
        story.append(heading(f"{number}. {point.title}", 2))
        story += paragraphs(point.minutes, empty="Intet noteret.")
    if meeting.minutes:
        story += [heading("Øvrige noter", 2), *paragraphs(meeting.minutes)]
    if not meeting.agenda and not meeting.minutes:
        story.append(empty("Der er ikke skrevet referat."))
    story += [heading("Beslutninger"),
              *paragraphs(meeting.decisions, empty="Ingen beslutninger noteret.")]
    story += table_section("Aftaler og opfølgning (hvem, hvad, hvornår)",
                           tasks_table(meeting.follow_ups, empty_text="Ingen nye aftaler."))
    if doc.evaluated_goals:
        story += table_section("Evaluering af mål", _evaluations(doc.evaluated_goals))
    return render(story, _setup(doc, "Referat", meeting, child))

