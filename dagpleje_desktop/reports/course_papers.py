"""Papers for the courses: the home-pedagogue course (start agreement, goals, closing,
signed by the family and the pedagogue), the guidance course (agreement and hours log)
and the café visit (the meeting and its shared notes, printed only under consent)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from .blocks import (cell, facts, heading, paragraphs, signature_block, table, table_section,
                     tasks_table, title_block)
from .dates import danish_date, meeting_time, short_date
from .practice_blocks import gap, not_recorded, write_lines
from .practice_data import NOT_RECORDED, CoursePaperDocument
from .style import PageSetup, render

_TITLES = {"home_pedagogue": "Hjemmepædagogisk forløb", "guidance": "Minivejledning",
           "cafe": "Småbørnscafé"}
_GOALS = {"home_pedagogue": "Mål for forløbet",
          "guidance": "Aftale: udfordringen, vejledningen handler om"}
_AGREEMENT = {
    "home_pedagogue": "Hjemmepædagogen kommer i familiens hjem i den aftalte periode. "
                      "Forløbet varer højst 40 uger og afsluttes, når målene er nået, eller "
                      "når familien henvises til en anden indsats.",
    "guidance": "Minivejledningen er på højst 10 timer i alt, som video, telefon eller "
                "fysiske møder. Hver session skrives i timeloggen nedenfor.",
}


def _participants(doc: CoursePaperDocument) -> list[Flowable]:
    people = doc.meeting.participants if doc.meeting else ()
    if not people:
        return [not_recorded("Ikke registreret: ingen deltagere.")]
    rows = [[cell(p.name, "CellBold"), p.role or "–", p.attendance or "–"] for p in people]
    return [table(["Navn", "Rolle / relation", "Fremmøde"], rows,
                  [62 * mm, 70 * mm, 38 * mm])]


def _meeting(doc: CoursePaperDocument, title: str) -> list[Flowable]:
    meeting = doc.meeting
    if meeting is None:
        return [heading(title), not_recorded("Ikke registreret: der er ikke registreret et møde.")]
    story: list[Flowable] = [heading(title), facts([
        ("Tidspunkt", meeting_time(meeting.starts_at, meeting.ends_at)),
        ("Sted", meeting.place or NOT_RECORDED), ("Status", meeting.status)], boxed=True),
        gap(2), heading("Deltagere", 1), *_participants(doc)]
    held = meeting.status_code == "held"
    if meeting.agenda:
        story.append(heading("Dagsorden og referat" if held else "Dagsorden", 1))
        for number, point in enumerate(meeting.agenda, 1):
            block = [heading(f"{number}. {point.title}", 2)]
            if held:
                block += paragraphs(point.minutes, empty=NOT_RECORDED)
            story.append(KeepTogether(block))
    if held:
        story += [heading("Aftaler og beslutninger", 1),
                  *paragraphs(meeting.decisions, empty=NOT_RECORDED)]
        if meeting.follow_ups:
            story += table_section("Opfølgning", tasks_table(meeting.follow_ups), 1)
    return story


def _sessions(doc: CoursePaperDocument, title: str = "Timelog") -> list[Flowable]:
    if not doc.sessions:
        return [heading(title), not_recorded("Ikke registreret: ingen sessioner endnu.")]
    rows = [[str(x.number), short_date(x.held_at), x.mode, x.hours, x.notes or "–"]
            for x in doc.sessions]
    story = table_section(title, table(["Nr.", "Dato", "Form", "Timer", "Noter"], rows,
                                       [12 * mm, 22 * mm, 26 * mm, 16 * mm, 94 * mm]))
    return story + [gap(1.5), *paragraphs(doc.hours_summary + ".", "CellBold")]


def _closing(doc: CoursePaperDocument) -> list[Flowable]:
    story: list[Flowable] = [heading("Afslutning")]
    if doc.closing:
        story.append(facts(doc.closing, boxed=True))
    else:
        story += paragraphs(doc.running_note)
    if doc.kind == "home_pedagogue":
        story += [gap(1), write_lines(3, "Afslutningsnotat: er målene nået, og hvad nu?")]
    return story


def _signatures(doc: CoursePaperDocument) -> list[Flowable]:
    if not doc.signers:
        return []
    return [KeepTogether([heading("Underskrifter"),
                          *paragraphs("Vi er enige om aftalen ovenfor."), gap(2),
                          signature_block([(name or role, role if name else "")
                                           for name, role in doc.signers])])]


def render_course_paper(doc: CoursePaperDocument) -> bytes:
    title = _TITLES.get(doc.kind, doc.title)
    story: list[Flowable] = [*title_block(title, doc.subject),
                             facts(doc.facts, boxed=True), gap(3)]
    if doc.kind == "cafe":
        story += _meeting(doc, "Caféen")
        story += [heading("Fælles noter"), *paragraphs(doc.notes_note, "Muted"),
                  *paragraphs(doc.notes)]
    else:
        story += [heading(_GOALS[doc.kind]), *paragraphs(doc.goals, empty=NOT_RECORDED),
                  *paragraphs(_AGREEMENT[doc.kind], "Muted")]
        if doc.kind == "home_pedagogue":
            story += _meeting(doc, "Opstartsmøde og aftale")
            if doc.sessions:   # the visits and calls recorded so far
                story += _sessions(doc, "Besøg og samtaler")
        else:
            story += _sessions(doc)
        story += _closing(doc)
        story += _signatures(doc)
    setup = PageSetup(doc.org, title, subject_line=doc.subject, printed_on=doc.printed_on,
                      author=doc.author,
                      subject=f"{title}: {doc.subject} ({danish_date(doc.printed_on)})",
                      keywords=("forløb", "mini-dagpleje", title.lower()))
    return render(story, setup)
