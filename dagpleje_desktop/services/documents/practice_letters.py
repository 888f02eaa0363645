"""Letters to parents (meeting invitation, guest-care notice, decision after visitation)
and the supervision papers (checklist, monthly overview); ``printing.print_*`` are the
entry points.

A letter goes to the child's custody holders by name; "Kopi til" lists who else gets it
(never a party whose consent was withdrawn or expired). Only recorded facts are stated:
what is missing prints as "Ikke registreret".
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.agendas import default_agenda
from ...domain.danish import is_institution, possessive, salutation
from ...domain.domains import LAEREPLAN_THEMES
from ...domain.enums import (AbsenceReason, HomeKind, MeetingKind, MeetingStatus, ReferralStatus,
                             ReferrerType, UserRole, VisitKind)
from ...domain.errors import Label, NotFoundError, ValidationError
from ...reports import practice_data as pd
from ...reports.dates import danish_date, meeting_time, period
from ...store.models import (Absence, Child, ChildGuardian, ChildminderHome, FollowUp, GuestCare,
                             Meeting, Placement, Referral, Visit)
from . import report_data
from ..records import sharing
from ..security.access import active_on, require_child
from ..context import LOCAL_TZ, AppContext
from .practice_documents import sender
from .printing import PrintJob, _renderer
from ...domain.danish import named_with_role

render_letter = _renderer("letters", "render_letter")
render_supervision_checklist = _renderer("supervision_papers", "render_supervision_checklist")
render_supervision_month = _renderer("supervision_papers", "render_supervision_month")

LETTER_KINDS = ("invitation", "guest-care", "decision")
NOT_RECORDED = pd.NOT_RECORDED


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name


def _addressees(s: Session, child: Child) -> dict:
    """The custody holders: names, their address, the salutation."""
    links = s.scalars(select(ChildGuardian).where(
        ChildGuardian.child_id == child.id, ChildGuardian.deleted_at.is_(None),
        ChildGuardian.has_custody.is_(True)).order_by(ChildGuardian.created_at)).all()
    names = tuple(link.guardian.name for link in links)
    addresses = [link.guardian.address.strip() for link in links]
    if addresses and all(a == addresses[0] for a in addresses):
        address = addresses[0]
    else:  # living apart: each address under its holder's name
        address = "\n".join(f"{link.guardian.name}: {link.guardian.address.strip()}"
                            for link in links if link.guardian.address.strip())
    # A custody holder recorded as an institution (e.g. the municipality) is addressed by
    # its whole name, and the letter opens "Til …", never "Kære Børnehaven …".
    greeting = " og ".join(n if is_institution(n) else _first(n) for n in names)
    return dict(to=names, address=address,
                salutation=salutation(greeting) if names else "Kære forældre")


def _letter(s: Session, ctx: AppContext, child: Child, **fields) -> pd.LetterDocument:
    return pd.LetterDocument(org=report_data.org_header(s), child_name=child.full_name,
                             printed_on=ctx.today(), author=ctx.user.display_name,
                             sender=sender(s, ctx), **_addressees(s, child), **fields)


def _invitation(s: Session, ctx: AppContext, meeting_id: uuid.UUID):
    meeting = s.get(Meeting, meeting_id)
    if meeting is None or meeting.is_deleted or meeting.child_id is None:
        raise NotFoundError("Mødet med id {meeting_id} findes ikke.", meeting_id=meeting_id)
    child = require_child(s, ctx, meeting.child_id)
    if meeting.status != MeetingStatus.PLANNED.value:
        raise ValidationError(
            "Mødet er {status}; der sendes kun invitation til et planlagt møde.",
            status=Label(MeetingStatus(meeting.status).label.lower()),
            log_message="invitation to a past meeting")
    kind = MeetingKind(meeting.kind)
    rows = report_data.meeting_participants(s, meeting.id)
    blocked = sharing.blocked_parties(s, child.id, ctx.today(), rows)
    invited = [r for r in rows if not sharing.is_blocked(blocked, r.name, r.professional_id)]
    people = "\n".join(named_with_role(r.name, r.role) for r in invited)
    data = report_data.meeting_data(s, meeting)
    items = tuple(p.title for p in data.agenda) or default_agenda(kind)
    name = _first(child.full_name)
    body = ""
    if kind is MeetingKind.STATUS:
        body = (f"Cirka en uge før mødet får I en statusbeskrivelse om {name}, så I kan "
                "forberede jer. Tænk gerne over, hvordan I oplever, at det går derhjemme.")
    doc = _letter(
        s, ctx, child, title=f"Invitation til {kind.label.lower()}", subject_kind="invitation",
        opening=f"I inviteres hermed til {kind.label.lower()} om {child.full_name}.",
        facts=(("Hvornår", meeting_time(data.starts_at, data.ends_at)),
               ("Hvor", meeting.place or NOT_RECORDED),
               ("Hvem deltager", people or NOT_RECORDED)),
        list_title="Dagsorden", items=items, body=body,
        closing="Giv os besked, hvis tidspunktet ikke passer, eller hvis der er noget, I "
                "gerne vil have på dagsordenen.",
        copy_to=tuple(r.name for r in invited if r.guardian_id is None
                      and r.professional_id != ctx.user.professional_id))
    return doc, child, meeting.id


def _guest_care(s: Session, ctx: AppContext, care_id: uuid.UUID):
    care = s.get(GuestCare, care_id)
    if care is None or care.is_deleted:
        raise NotFoundError("Gæsteplejen med id {care_id} findes ikke.", care_id=care_id)
    child = require_child(s, ctx, care.child_id)
    guest = s.get(ChildminderHome, care.guest_home_id)
    own, _ = report_data.current_home(s, child.id, care.starts_on)
    absence = s.get(Absence, care.absence_id) if care.absence_id else None
    guest_minder = guest.childminder if guest is not None else None
    where = NOT_RECORDED
    if guest is not None:
        place = ", ".join(x for x in (guest.address, f"{guest.postal_code} {guest.city}".strip())
                          if x)
        where = f"{guest.name}\n{place}" if place else guest.name
    who = NOT_RECORDED
    if guest_minder is not None:
        phone = guest_minder.phone or (guest.phone if guest else "")
        who = f"{guest_minder.name}, dagplejer" + (f", tlf. {phone}" if phone else "")
    own_minder = own.childminder.name if own is not None and own.childminder else ""
    why = NOT_RECORDED
    if absence is not None:
        why = AbsenceReason(absence.reason).label
        if own_minder:
            why = f"{own_minder}: {why.lower()} {period(absence.starts_on, absence.ends_on)}"
    name = _first(child.full_name)
    copy_to = [n for n in (own_minder, guest_minder.name if guest_minder else "") if n]
    doc = _letter(
        s, ctx, child, title="Besked om gæstepleje", subject_kind="guest_care",
        opening=f"{name} skal i gæstepleje, mens mini-dagplejeren er væk. Her kan I se hvor, "
                "hvornår og hos hvem.",
        facts=(("Hvornår", period(care.starts_on, care.ends_on)), ("Hvor", where),
               ("Hos hvem", who), ("Årsag", why), ("Bemærkning", care.note)),
        body=f"Gæsteplejeren får en taskeseddel med {possessive(name)} rutiner, behov, allergier og "
             "medicin og med jeres telefonnumre. Se gerne sedlen igennem sammen med os, og "
             "giv besked, hvis noget har ændret sig."
             "\n\nI en almindelig dagpleje er der ofte flere børn, så hverdagen er ikke helt "
             "som i Mini-dagplejen.",
        closing="Ring endelig, hvis I har spørgsmål til gæsteplejen.",
        copy_to=tuple(copy_to))
    return doc, child, care.id


def _decision(s: Session, ctx: AppContext, referral_id: uuid.UUID):
    referral = s.get(Referral, referral_id)
    if referral is None or referral.is_deleted:
        raise NotFoundError("Indstillingen med id {referral_id} findes ikke.",
                            referral_id=referral_id)
    child = require_child(s, ctx, referral.child_id)
    status = ReferralStatus(referral.status)
    if status in (ReferralStatus.RECEIVED, ReferralStatus.IN_VISITATION):
        raise ValidationError("Visitationsudvalget har ikke truffet afgørelse om "
                              "indstillingen endnu; brevet kan sendes, når afgørelsen er "
                              "registreret.", log_message="decision letter before decision")
    outcome = {ReferralStatus.GRANTED: "Bevilget: plads i Mini-dagplejen",
               ReferralStatus.REJECTED: "Afslag på plads i Mini-dagplejen",
               ReferralStatus.WITHDRAWN: "Indstillingen er trukket tilbage"}[status]
    if status is ReferralStatus.GRANTED:
        outcome += (f", svarende til {referral.granted_places} pladser"
                    if referral.granted_places else " (antal pladser ikke registreret)")
    name = _first(child.full_name)
    try:
        referrer_type = ReferrerType(referral.referrer_type).label
    except ValueError:
        referrer_type = referral.referrer_type
    rows = [("Barn", child.full_name),
            ("Indstillet af", f"{referral.referrer_name} ({referrer_type})"),
            ("Indstilling modtaget", danish_date(referral.received_on)),
            ("Visitationsudvalgets møde", danish_date(referral.committee_date, NOT_RECORDED)),
            ("Afgørelse", outcome)]
    if status is ReferralStatus.GRANTED:
        rows.append(("Revisitation", danish_date(referral.revisitation_on, NOT_RECORDED)))
    body = {ReferralStatus.GRANTED:
            f"Mini-dagplejekonsulenterne kontakter jer for at aftale et hjemmebesøg, hvor vi "
            f"taler om {possessive(name)} behov, så vi kan finde det bedst egnede mini-dagplejehjem. "
            "Derefter inviteres I til et opstartsmøde hos mini-dagplejeren.",
            ReferralStatus.REJECTED:
            "Kontakt os gerne, hvis I vil tale om afgørelsen, eller om hvilke andre tilbud "
            f"der kan være til {name}.",
            ReferralStatus.WITHDRAWN:
            "Kontakt os gerne, hvis I har spørgsmål."}[status]
    doc = _letter(
        s, ctx, child, title="Afgørelse fra visitationsudvalget", subject_kind="decision",
        opening=f"Visitationsudvalget for 0-6 års området har behandlet indstillingen om "
                f"{child.full_name} til Mini-dagplejen.",
        facts=tuple(rows),
        list_title="", items=(),
        body="Begrundelse og bemærkninger:\n" + (referral.decision_note.strip()
                                                 or NOT_RECORDED) + "\n\n" + body,
        closing="", copy_to=(referral.referrer_name,))
    return doc, child, referral.id


def letter_job(s: Session, ctx: AppContext, kind: str, record_id: uuid.UUID) -> PrintJob:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    make = {"invitation": _invitation, "guest-care": _guest_care,
            "decision": _decision}.get(kind)
    if make is None:
        raise ValidationError("Ukendt brev: {kind}. Vælg {choices}.",
                              kind=kind, choices=', '.join(LETTER_KINDS),
                              log_message="unknown letter kind")
    doc, child, entity_id = make(s, ctx, record_id)
    return PrintJob(doc, render_letter, "letter", entity_id, (child.id,), kind)


# --- supervision papers ---------------------------------------------------------------

CHECKLIST: tuple[pd.ChecklistSection, ...] = (
    pd.ChecklistSection("Sikkerhed", (
        "Trappelåger, stikkontakter og vinduer er sikret",
        "Rengøringsmidler og medicin er låst inde eller uden for rækkevidde",
        "Legetøj og hjælpemidler er hele og passer til barnets udvikling",
        "Udeareal: hegn, låger og sandkasse er i orden",
        "Førstehjælp og telefonnumre er lige ved hånden")),
    pd.ChecklistSection("Hygiejne", (
        "Håndvask før måltider og efter bleskift",
        "Puslebord og køkken er rene; madvarer opbevares rigtigt",
        "Tiltag for lav smitterisiko i hjemmet følges")),
    pd.ChecklistSection("Søvn og hvile", (
        "Sovested er sikkert og passer til barnet",
        "Barnet sover på ryggen; der er tilsyn under søvn",
        "Søvnrytme følger aftalerne med forældrene")),
    pd.ChecklistSection("Læreplanstemaer i hverdagen",
                        tuple(theme.label for theme in LAEREPLAN_THEMES)),
    pd.ChecklistSection("Barnets trivsel", (
        "Barnet virker trygt og i kontakt med mini-dagplejeren",
        "Der arbejdes med barnets mål og »Det virker for mig«",
        "Observationer og trivselspositioner er ført ajour",
        "Samarbejdet med forældrene")),
)


def _home_children(s: Session, home_id: uuid.UUID, day: date) -> list[Child]:
    return list(s.scalars(select(Child).join(Placement, Placement.child_id == Child.id)
                          .where(Placement.home_id == home_id, Placement.deleted_at.is_(None),
                                 Child.deleted_at.is_(None), active_on(Placement, day))
                          .order_by(Child.first_name, Child.last_name)))


def checklist_job(s: Session, ctx: AppContext, visit_id: uuid.UUID) -> PrintJob:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    visit = s.get(Visit, visit_id)
    if visit is None or visit.is_deleted:
        raise NotFoundError("Besøget med id {visit_id} findes ikke.", visit_id=visit_id)
    if visit.kind != VisitKind.SUPERVISION.value or visit.home_id is None:
        raise ValidationError("Tjeklisten hører til et tilsyn i et dagplejehjem; besøget er et "
                              "hjemmebesøg hos en familie.",
                              log_message="checklist for a home visit")
    home = s.get(ChildminderHome, visit.home_id)
    at = report_data.local(visit.visited_at)
    children = _home_children(s, home.id, at.date())
    for child in children:
        require_child(s, ctx, child.id)
    previous = s.scalar(select(Visit.visited_at).where(
        Visit.home_id == home.id, Visit.deleted_at.is_(None), Visit.id != visit.id,
        Visit.kind == VisitKind.SUPERVISION.value, Visit.visited_at < visit.visited_at)
        .order_by(Visit.visited_at.desc()).limit(1))
    names = report_data.professional_names(s, {visit.consultant_id})
    address = ", ".join(x for x in (home.address, f"{home.postal_code} {home.city}".strip())
                        if x)
    planned = visit.visited_at > ctx.now()
    doc = pd.SupervisionChecklistDocument(
        org=report_data.org_header(s), visited_at=at, printed_on=ctx.today(), planned=planned,
        author=ctx.user.display_name, home_name=home.name, home_address=address,
        childminder_name=home.childminder.name if home.childminder else "",
        consultant_name=names.get(visit.consultant_id, ""),
        children=tuple(c.full_name for c in children),
        previous_visit=report_data.local(previous).date() if previous else None,
        sections=CHECKLIST, notes="" if planned else visit.notes,
        follow_ups=report_data.tasks(report_data.follow_ups(s, FollowUp.visit_id == visit.id)))
    return PrintJob(doc, render_supervision_checklist, "supervision_checklist", visit.id,
                    [c.id for c in children] or [None], "planned" if planned else "held")


def month_job(s: Session, ctx: AppContext, year: int, month: int) -> PrintJob:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise ValidationError("Skriv måneden som ÅÅÅÅ-MM, fx 2026-03.",
                              log_message="bad month")
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    start = datetime.combine(first, datetime.min.time(), tzinfo=LOCAL_TZ)
    end = datetime.combine(after, datetime.min.time(), tzinfo=LOCAL_TZ)
    visits = s.scalars(select(Visit).where(
        Visit.deleted_at.is_(None), Visit.kind == VisitKind.SUPERVISION.value,
        Visit.visited_at >= start, Visit.visited_at < end).order_by(Visit.visited_at)).all()
    names = report_data.professional_names(s, {v.consultant_id for v in visits})
    now = ctx.now()
    homes = s.scalars(select(ChildminderHome).where(
        ChildminderHome.deleted_at.is_(None), ChildminderHome.kind == HomeKind.MINI.value)
        .order_by(ChildminderHome.name)).all()
    rows = []
    for home in homes:
        mine = [v for v in visits if v.home_id == home.id]
        rows.append(pd.HomeMonth(
            home.name, home.childminder.name if home.childminder else "", (),
            tuple(pd.MonthVisit(report_data.local(v.visited_at), VisitKind(v.kind).label,
                                names.get(v.consultant_id, ""), v.visited_at > now,
                                bool(v.notes.strip())) for v in mine)))
    doc = pd.SupervisionMonthDocument(org=report_data.org_header(s), year=year, month=month,
                                      printed_on=ctx.today(), author=ctx.user.display_name,
                                      homes=tuple(rows))
    return PrintJob(doc, render_supervision_month, "supervision_month", f"{year}-{month:02d}",
                    (None,), f"{len(visits)} visits")
