"""Barnets mappe: everything recorded about one child, with a table of contents, for
the archive or an access request (GDPR art. 15), including the access log."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from .action_plan import plan_facts, plan_sections
from .blocks import (cell, contacts_table, contents, empty, facts, goals_table, heading,
                     paragraphs, table, table_section, tasks_table, title_block)
from .data import (AccessRow, CaseFolderDocument, CorrectionRow, DisclosureRow, GoalRow,
                   MeetingData, PlacementRow, ReferralRow, VisitRow)
from .dates import clock, danish_date, danish_datetime, meeting_time, short_date
from .profile import (child_facts, consents_table, development_section, needs_section,
                      observation_entries, wellbeing_section)
from .style import PageSetup, render
from ..domain.danish import named_with_role


def _section(title: str) -> list[Flowable]:
    return [CondPageBreak(60 * mm), heading(title, 0, toc=True)]


def _referrals(rows: Sequence[ReferralRow]) -> list[Flowable]:
    if not rows:
        return [empty("Der er ikke registreret indstillinger.")]
    story: list[Flowable] = []
    for r in rows:
        story += [heading(f"Indstilling modtaget {danish_date(r.received_on)}", 1),
                  facts([("Indstillet af", f"{r.referrer} ({r.referrer_type})"),
                         ("Ønskede pladser", str(r.requested_places or "")),
                         ("Status", r.status),
                         ("Visitationsudvalg", danish_date(r.committee_date)),
                         ("Bevilgede pladser", str(r.granted_places or "")),
                         ("Begrundelse", r.reason), ("Afgørelse", r.decision_note)])]
    return story


def _placements(rows: Sequence[PlacementRow]) -> Flowable:
    if not rows:
        return empty("Barnet har ikke været indskrevet.")
    data = [[cell(p.home_name, "CellBold"), str(p.places), short_date(p.start),
             short_date(p.end, "–"), p.end_reason, p.next_institution] for p in rows]
    return table(["Dagplejehjem", "Pladser", "Start", "Slut", "Årsag", "Videre til"], data,
                 [38 * mm, 16 * mm, 20 * mm, 20 * mm, 38 * mm, 38 * mm])


def _goals(goals: Sequence[GoalRow]) -> list[Flowable]:
    story: list[Flowable] = [goals_table(goals, with_status=True)]
    evaluated = [g for g in goals if g.evaluation]
    if evaluated:
        story += table_section("Evalueringer", table(
            ["Mål", "Status", "Evaluering"],
            [[cell(g.title, "CellBold"), g.status, g.evaluation] for g in evaluated],
            [60 * mm, 26 * mm, 84 * mm]), 1)
    return story


def _meeting(meeting: MeetingData) -> list[Flowable]:
    story: list[Flowable] = [
        heading(f"{meeting.kind} {danish_date(meeting.starts_at)}", 1),
        facts([("Tidspunkt", meeting_time(meeting.starts_at, meeting.ends_at)),
               ("Sted", meeting.place), ("Status", meeting.status),
               ("Deltagere", "\n".join(
                   f"{named_with_role(p.name, p.role)} – {p.attendance.lower()}"
                   for p in meeting.participants))])]
    if meeting.preparation_notes:
        story += [heading("Forberedelse", 2), *paragraphs(meeting.preparation_notes)]
    for number, point in enumerate(meeting.agenda, 1):
        if point.minutes:
            story += [heading(f"{number}. {point.title}", 2), *paragraphs(point.minutes)]
    if meeting.minutes:
        story += [heading("Referat", 2), *paragraphs(meeting.minutes)]
    if meeting.decisions:
        story += [heading("Beslutninger", 2), *paragraphs(meeting.decisions)]
    if meeting.follow_ups:
        story += table_section("Aftaler", tasks_table(meeting.follow_ups), 2)
    return story


def _visits(visits: Sequence[VisitRow]) -> list[Flowable]:
    if not visits:
        return [empty("Der er ikke registreret besøg.")]
    story: list[Flowable] = []
    for v in visits:
        story += [heading(f"{v.kind} {danish_datetime(v.visited_at)}", 1),
                  facts([("Konsulent", v.consultant), ("Dagplejehjem", v.home_name)]),
                  *paragraphs(v.notes, empty="Ingen notater.")]
        if v.follow_ups:
            story.append(tasks_table(v.follow_ups))
    return story


def _disclosures(rows: Sequence[DisclosureRow]) -> Flowable:
    if not rows:
        return empty("Der er ikke givet oplysninger videre.")
    data = [[short_date(d.disclosed_at), cell(d.recipient, "CellBold"), d.what,
             d.consent_reference, d.disclosed_by] for d in rows]
    return table(["Dato", "Modtager", "Hvad", "Samtykke", "Givet af"], data,
                 [20 * mm, 34 * mm, 58 * mm, 30 * mm, 28 * mm])


def _corrections(rows: Sequence[CorrectionRow]) -> list[Flowable]:
    """Every earlier wording of a corrected text, with who corrected it, when and why."""
    if not rows:
        return [empty("Der er ikke rettet i låste tekster.")]
    data = [[f"{short_date(r.corrected_at)} {clock(r.corrected_at)}",
             cell(r.what, "CellBold"), r.previous_text, r.reason, r.corrected_by]
            for r in rows]
    return [table(["Rettet", "Hvad", "Tidligere ordlyd", "Begrundelse", "Rettet af"], data,
                  [26 * mm, 22 * mm, 62 * mm, 34 * mm, 26 * mm], font_style="Small")]


def _access_log(rows: Sequence[AccessRow]) -> Flowable:
    """Who did what and when, in plain Danish (no login names, codes or ids)."""
    if not rows:
        return empty("Loggen har ingen hændelser om barnet.")
    data = [[f"{short_date(r.at)} {clock(r.at)}", r.who, r.what] for r in rows]
    return table(["Tidspunkt", "Hvem", "Hvad"], data,
                 [30 * mm, 56 * mm, 84 * mm], font_style="Small")


def render_case_folder(doc: CaseFolderDocument) -> bytes:
    child = doc.child
    story: list[Flowable] = [
        *title_block("Barnets mappe", child.name),
        facts([("Barn", child.name), ("Udskrevet", danish_date(doc.printed_on)),
               ("Udskrevet af", doc.author), ("Formål", doc.purpose)], boxed=True),
        Spacer(1, 4 * mm),
        *paragraphs("Mappen samler alt, der er registreret om barnet i Mini-dagplejen: "
                    "stamoplysninger, indstilling og indskrivning, udvikling og trivsel, mål "
                    "og handleplaner, møder, besøg, observationer, samtykker, hvad der er "
                    "givet videre, og loggen over hvem der har set eller ændret "
                    "oplysningerne."),
        heading("Indhold", 0, keep_with_next=False), contents(), PageBreak(),
        heading("Stamoplysninger", 0, toc=True), child_facts(child), Spacer(1, 4 * mm),
        *needs_section(child),
        *_section("Forældre"),
        contacts_table(doc.guardians, role_header="Relation",
                       empty_text="Der er ikke registreret forældre."),
        *_section("Indstilling og visitation"), *_referrals(doc.referrals),
        *_section("Indskrivning"), _placements(doc.placements),
        *_section("Fagpersoner omkring barnet"),
        contacts_table(doc.case_team, empty_text="Der er ikke registreret fagpersoner."),
        *_section("Udvikling og trivsel"), *development_section(doc.development),
        *wellbeing_section(doc.wellbeing),
        *_section("Mål"), *_goals(doc.goals),
        *_section("Handleplaner"),
    ]
    if not doc.plans:
        story.append(empty("Der er ikke lavet handleplaner."))
    for plan in doc.plans:
        story += [heading(f"Version {plan.version} ({plan.status.lower()})", 1),
                  plan_facts(plan, child), *plan_sections(plan, level=2, signatures=False)]
    story += _section("Møder")
    if not doc.meetings:
        story.append(empty("Der er ikke holdt møder."))
    for meeting in doc.meetings:
        story += _meeting(meeting)
    story += [*_section("Besøg"), *_visits(doc.visits),
              *_section("Observationer"), *observation_entries(doc.observations, level=1),
              *_section("Rettelser"),
              *paragraphs("Tekster, der er rettet, efter at de var låst: den tidligere ordlyd, "
                          "hvem der rettede, hvornår og hvorfor.", "Muted"),
              *_corrections(doc.corrections),
              *_section("Samtykker"), consents_table(doc.consents),
              *_section("Oplysninger givet videre"), _disclosures(doc.disclosures),
              *_section("Adgangslog"),
              *paragraphs("Alle gange nogen har set, søgt i, ændret, udskrevet eller givet "
                          "oplysninger om barnet videre, nyeste først.", "Muted"),
              _access_log(doc.access_log)]
    setup = PageSetup(doc.org, "Barnets mappe", subject_line=child.name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Barnets mappe for {child.name}"
                      + (f" ({doc.purpose})" if doc.purpose else ""),
                      keywords=("barnets mappe", "aktindsigt", "indsigt"))
    return render(story, setup, with_toc=True)
