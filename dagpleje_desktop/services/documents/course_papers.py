"""Gathering the course papers (``printing.print_course`` is the entry point): the
home-pedagogue course's start agreement, goals and closing, the guidance course's
agreement and hours log, and the café visit with its shared notes.

Only recorded facts are stated. The café's notes are printed only while a valid consent
to share with partners exists (they were kept under one; it may since have been
withdrawn or have expired).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from ...domain import courses as rules
from ...domain.enums import ConsentPurpose, CourseKind, ProfessionalRole, UserRole
from ...reports import practice_data as pd
from ...reports.dates import danish_date, meeting_time, period
from ...store.models import Professional
from . import report_data
from ..records.consents import consents_of, reference, state_on
from ..context import AppContext
from ..office.courses import course_detail, course_meeting, guardians_of_child, require_course
from .printing import PrintJob, _renderer

render_course_paper = _renderer("course_papers", "render_course_paper")
NOT_RECORDED = pd.NOT_RECORDED


def _pedagogue_line(s: Session, pedagogue_id, fallback_role: str) -> tuple[str, str]:
    person = s.get(Professional, pedagogue_id) if pedagogue_id else None
    if person is None:
        return ("", fallback_role)
    return (person.name, ProfessionalRole(person.role).label)


def _custody_signers(s: Session, child_id) -> list[tuple[str, str]]:
    return [(link.guardian.name, f"{link.relation}, forældremyndighed" if link.relation
             else "Forældremyndighed")
            for link in guardians_of_child(s, child_id) if link.has_custody]


def _sessions(detail) -> tuple[pd.CourseSessionRow, ...]:
    return tuple(pd.CourseSessionRow(x.sequence, report_data.local(x.held_at), x.mode.label,
                                     rules.hours_text(x.hours), x.notes)
                 for x in detail.sessions)


def _home_pedagogue(s: Session, info, detail, course) -> dict:
    weeks = ""
    if info.end_date:
        weeks = rules.hours_text((info.end_date - info.start_date).days / 7)
    closing = ()
    if info.end_date is not None:
        closing = (("Afsluttet", danish_date(info.end_date)),
                   ("Begrundelse", info.end_reason.label if info.end_reason else NOT_RECORDED),
                   ("Varighed", f"{weeks} uger af højst {rules.MAX_COURSE_WEEKS}"))
    running = ""
    if info.end_date is None:
        running = (f"Forløbet er i gang. Det afsluttes, når målene er nået, eller når "
                   f"familien henvises til en anden indsats – senest "
                   f"{danish_date(info.latest_end)} ({rules.MAX_COURSE_WEEKS} uger).")
    name, role = _pedagogue_line(s, course.pedagogue_id, "Hjemmepædagog")
    signers = (_custody_signers(s, course.child_id)
               or [("", "Forælder med forældremyndighed")])
    return dict(
        facts=(("Familie", info.family or NOT_RECORDED),
               ("Barn", info.child_name or NOT_RECORDED),
               ("Hjemmepædagog", info.pedagogue_name or NOT_RECORDED),
               ("Periode", period(info.start_date, info.planned_end)
                + (" (planlagt)" if info.end_date is None and info.planned_end else "")),
               ("Senest afsluttet", danish_date(info.latest_end)),
               ("Timer om ugen", rules.hours_text(info.weekly_hours)
                if info.weekly_hours else NOT_RECORDED),
               ("Status", info.status_label)),
        closing=closing, running_note=running, signers=(*signers, (name, role)),
        sessions=_sessions(detail),
        hours_summary=f"{rules.hours_text(info.hours_used)} timer i alt")


def _guidance(s: Session, info, detail, course) -> dict:
    budget = info.budget
    sessions = _sessions(detail)
    name, role = _pedagogue_line(s, course.pedagogue_id, "Vejleder")
    closing = ()
    if info.end_date is not None:
        closing = (("Afsluttet", danish_date(info.end_date)),
                   ("Begrundelse", info.end_reason.label if info.end_reason else NOT_RECORDED))
    return dict(
        facts=(("Dagtilbud", info.unit_name or NOT_RECORDED),
               ("Vejleder", info.pedagogue_name or NOT_RECORDED),
               ("Start", danish_date(info.start_date)),
               ("Timer", budget.text if budget else NOT_RECORDED),
               ("Status", info.status_label)),
        sessions=sessions, hours_summary=budget.text if budget else "", closing=closing,
        running_note=("Vejledningen er i gang. Den afsluttes, når udfordringen er løst, "
                      f"eller når de {rules.hours_text(rules.GUIDANCE_BUDGET_HOURS)} timer "
                      "er brugt." if info.end_date is None else ""),
        signers=(("", "Leder af dagtilbuddet"), (name, role)))


def _cafe(s: Session, ctx: AppContext, info, detail, course) -> dict:
    day = ctx.today()
    valid = [c for c in consents_of(s, course.child_id)
             if c.purpose == ConsentPurpose.SHARING.value and state_on(c, day) == "valid"]
    notes, note = "", ""
    if not detail.shared_notes.strip():
        note = "Ikke registreret: der er ikke skrevet fælles noter fra caféen."
    elif valid:
        notes = detail.shared_notes
        note = (f"Noterne er delt med fagpersonerne ved caféen under forældrenes samtykke "
                f"{reference(valid[0].id)} til deling med samarbejdsparter.")
    else:
        note = ("Noterne udskrives ikke: der er ikke i dag et gyldigt samtykke fra "
                "forældrene til deling med samarbejdsparter.")
    facts = [("Barn", info.child_name or NOT_RECORDED),
             ("Hvornår", meeting_time(report_data.local(info.meeting_at))
              if info.meeting_at else NOT_RECORDED)]
    if info.missing_roles:
        facts.append(("Ikke inviteret", ", ".join(info.missing_roles)))
    return dict(facts=tuple(facts), notes=notes, notes_note=note)


def course_job(s: Session, ctx: AppContext, course_id: uuid.UUID) -> PrintJob:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    course = require_course(s, ctx, course_id)
    detail = course_detail(s, course, ctx.today())
    info = detail.info
    kind = CourseKind(course.kind)
    meeting = course_meeting(s, course.id)
    if kind is CourseKind.HOME_PEDAGOGUE:
        parts = _home_pedagogue(s, info, detail, course)
        subject = info.family or info.child_name
    elif kind is CourseKind.GUIDANCE:
        parts = _guidance(s, info, detail, course)
        subject = info.unit_name
    else:
        parts = _cafe(s, ctx, info, detail, course)
        subject = info.child_name
    doc = pd.CoursePaperDocument(
        org=report_data.org_header(s), kind=kind.value, title=kind.label, subject=subject,
        printed_on=ctx.today(), author=ctx.user.display_name, goals=info.goals,
        meeting=report_data.meeting_data(s, meeting) if meeting is not None else None,
        **parts)
    return PrintJob(doc, render_course_paper, "course_paper", course.id,
                    (course.child_id,), kind.value)
