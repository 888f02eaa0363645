"""Referrals and visitation: from a received referral to the placement and start meeting;
a home is never overbooked."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import (AuditAction, ChildStatus, HomeKind, MeetingKind,
                                           ProfessionalRole, ReferralStatus, ReferrerType,
                                           VisitKind)
from dagpleje_desktop.domain.errors import CapacityError, ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, guardians, homes, placements, professionals
from dagpleje_desktop.services.office import referrals, visitation
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.office.referrals import AttachmentUpload, ReferralInput
from dagpleje_desktop.services.office.visitation import DecisionInput

from consultant_setup import local

PDF = b"%PDF-1.4 udtalelse fra sundhedsplejen"


def _mini(ctx, name, adaptations="", places=4, childminder_id=None):
    return homes.create_home(ctx, homes.HomeInput(name, HomeKind.MINI, places,
                                                  childminder_id=childminder_id,
                                                  adaptations=adaptations))


def _refer_new_child(ctx, **kw):
    values = dict(referrer_type=ReferrerType.HEALTH_VISITOR, referrer_name="Hanne Ravn",
                  reason="Spiser dårligt, sover uroligt og er meget infektionsfølsom.",
                  requested_places=3,
                  new_child=ChildInput("Åse", "Ørsted", cpr="010324-4568",
                                       special_needs="Lav smitterisiko, rolige rammer"),
                  committee_date=ctx.today())
    values.update(kw)
    return referrals.register_referral(ctx, ReferralInput(**values))


def _grant(ctx, referral_id, places=3):
    return visitation.record_decision(ctx, referral_id, DecisionInput(
        ReferralStatus.GRANTED, "Bevilget efter samlet vurdering.", places=places,
        revisitation_on=ctx.today() + timedelta(days=180)))


def test_a_referral_goes_from_received_to_placement_and_start_meeting(office_ctx):
    today = office_ctx.today()
    birthe = professionals.create_professional(office_ctx, "Birthe Holm",
                                               ProfessionalRole.MINI_CHILDMINDER)
    quiet = _mini(office_ctx, "Solstrålen", "Lav smitterisiko, rolige rammer, sondemad",
                  childminder_id=birthe.id)
    _mini(office_ctx, "Mælkebøtten", "Kørestolsvenlig indgang")
    detail = _refer_new_child(office_ctx, attachments=(
        AttachmentUpload("udtalelse.pdf", PDF),))
    child_id = detail.info.child_id
    guardians.add_guardian(office_ctx, child_id, guardians.GuardianInput("Sara Ørsted", "Mor"))

    listed = referrals.list_referrals(office_ctx)
    assert [(r.child_name, r.referrer, r.status, r.committee_date) for r in listed] == [
        ("Åse Ørsted", "Sundhedsplejen (Hanne Ravn)", ReferralStatus.IN_VISITATION, today)]
    assert listed[0].attachment_count == 1
    assert children.get_child(office_ctx, child_id).summary.status == ChildStatus.REFERRED
    attachment = referrals.get_referral(office_ctx, detail.info.id).attachments[0]
    assert referrals.referral_attachment_content(office_ctx, attachment.id) == PDF

    meeting = visitation.committee_list(office_ctx, today)
    assert [i.referral.child_name for i in meeting.items] == ["Åse Ørsted"]
    assert {(h.home_name, h.free) for h in meeting.homes} == {("Solstrålen", 4),
                                                             ("Mælkebøtten", 4)}

    granted = _grant(office_ctx, detail.info.id)
    assert (granted.status, granted.granted_places) == (ReferralStatus.GRANTED, 3)
    assert granted.progress.next_step == "Planlæg hjemmebesøg hos familien"
    assert visitation.committee_list(office_ctx, today).items == []

    visit = visitation.plan_home_visit(office_ctx, detail.info.id,
                                       local(today + timedelta(days=3), 10),
                                       "Sondemad to gange dagligt; tåler ikke larm.")
    assert (visit.kind, visit.child_id) == (VisitKind.HOME, child_id)

    start = today + timedelta(days=14)
    suggestions = visitation.suggest_homes(office_ctx, detail.info.id, start)
    assert [s.home_name for s in suggestions] == ["Solstrålen", "Mælkebøtten"]
    assert {"smitterisiko", "rolige", "sondemad"} <= set(suggestions[0].matched)
    assert suggestions[1].matched == ()

    placed = visitation.place_granted_child(office_ctx, detail.info.id, quiet.id, start)
    assert (placed.home_name, placed.places, placed.start_date) == ("Solstrålen", 3, start)
    assert children.get_child(office_ctx, child_id).summary.status == ChildStatus.ACTIVE
    assert referrals.list_referrals(office_ctx)[0].progress.next_step == \
        "Planlæg opstartsmøde hos mini-dagplejeren"

    start_meeting = visitation.plan_start_meeting(
        office_ctx, detail.info.id, local(start, 9), local(start, 10))
    assert start_meeting.summary.kind == MeetingKind.START
    assert start_meeting.summary.place.startswith("Solstrålen")
    assert {"Sara Ørsted", "Birthe Holm"} <= {p.name for p in start_meeting.participants}

    progress = referrals.list_referrals(office_ctx)[0].progress
    assert progress.home_name == "Solstrålen" and progress.start_meeting_at is not None
    assert progress.next_step.startswith("Indskrevet hos Solstrålen; revisitation")
    assert homes.get_home(office_ctx, quiet.id).places == 4
    logged = {(e.action, e.entity) for e in audit.list_events(office_ctx, child_id=child_id)}
    assert {(AuditAction.CREATE, "referral"), (AuditAction.UPDATE, "referral"),
            (AuditAction.CREATE, "placement"), (AuditAction.CREATE, "meeting"),
            (AuditAction.CREATE, "attachment")} <= logged


def test_a_full_home_is_refused_naming_home_places_and_taken_and_nothing_changes(office_ctx):
    today = office_ctx.today()
    home = _mini(office_ctx, "Solstrålen")
    other = children.create_child(office_ctx, ChildInput("Bo", "Jensen"))
    placements.place_child(office_ctx, other.id, home.id, 2, today)
    detail = _refer_new_child(office_ctx)
    _grant(office_ctx, detail.info.id, places=3)
    assert visitation.suggest_homes(office_ctx, detail.info.id, today) == []

    before = referrals.list_referrals(office_ctx)
    with pytest.raises(CapacityError) as caught:
        visitation.place_granted_child(office_ctx, detail.info.id, home.id, today)
    assert str(caught.value) == ("Solstrålen har 4 pladser, og 2 er optaget; der er ikke "
                                 "plads til et barn, der tæller for 3.")
    assert homes.get_home(office_ctx, home.id).taken == 2
    assert children.get_child(office_ctx, detail.info.child_id).placements == []
    assert referrals.list_referrals(office_ctx) == before


def test_decisions_need_places_revisitation_and_a_reason(office_ctx):
    detail = _refer_new_child(office_ctx)
    rid, today = detail.info.id, office_ctx.today()
    with pytest.raises(ValidationError, match="revisiteres"):
        visitation.record_decision(office_ctx, rid, DecisionInput(ReferralStatus.GRANTED,
                                                                  places=3))
    with pytest.raises(ValidationError, match="2-4 pladser, ikke 5"):
        visitation.record_decision(office_ctx, rid, DecisionInput(
            ReferralStatus.GRANTED, places=5, revisitation_on=today + timedelta(days=90)))
    with pytest.raises(ValidationError, match="begrundelsen for afslaget"):
        visitation.record_decision(office_ctx, rid, DecisionInput(ReferralStatus.REJECTED))
    assert referrals.get_referral(office_ctx, rid).info.status == ReferralStatus.IN_VISITATION

    rejected = visitation.record_decision(office_ctx, rid, DecisionInput(
        ReferralStatus.REJECTED, "Barnets behov dækkes i almindelig dagpleje med støtte."))
    assert (rejected.status, rejected.decision_note) == (
        ReferralStatus.REJECTED, "Barnets behov dækkes i almindelig dagpleje med støtte.")
    with pytest.raises(ValidationError, match="Indstillingen er afslået"):
        _grant(office_ctx, rid)
    with pytest.raises(ValidationError, match="kommer efter bevillingen"):
        visitation.suggest_homes(office_ctx, rid, today)


def test_revisitation_due_appears_on_the_committee_list(office_ctx):
    detail = _refer_new_child(office_ctx)
    granted = _grant(office_ctx, detail.info.id)
    due_day = granted.revisitation_on
    assert visitation.committee_list(office_ctx, due_day - timedelta(days=1)).items == []
    items = visitation.committee_list(office_ctx, due_day).items
    assert [(i.referral.child_name, i.revisitation) for i in items] == [("Åse Ørsted", True)]

    again = visitation.record_decision(office_ctx, detail.info.id, DecisionInput(
        ReferralStatus.GRANTED, "Fortsat behov.", places=2,
        revisitation_on=office_ctx.today() + timedelta(days=365)))
    assert again.granted_places == 2
    assert again.decision_note.startswith("Bevilget efter samlet vurdering.")
    assert "Revisitation" in again.decision_note and "Fortsat behov." in again.decision_note
    assert visitation.committee_list(office_ctx, due_day).items == []


def test_registering_refuses_unclear_input_and_changes_nothing(office_ctx):
    first = _refer_new_child(office_ctx)
    with pytest.raises(ValidationError, match=r"CPR-nummer \(Åse Ørsted\)"):
        _refer_new_child(office_ctx)
    with pytest.raises(ValidationError, match="venter på visitation"):
        _refer_new_child(office_ctx, new_child=None, child_id=first.info.child_id)
    with pytest.raises(ValidationError, match="ikke begge dele"):
        _refer_new_child(office_ctx, new_child=None)
    with pytest.raises(ValidationError, match="2-4 pladser"):
        _refer_new_child(office_ctx, requested_places=1,
                         new_child=ChildInput("Carl", "Berg"))
    with pytest.raises(ValidationError, match="Filtypen for »program.exe«"):
        _refer_new_child(office_ctx, new_child=ChildInput("Carl", "Berg"),
                         attachments=(AttachmentUpload("program.exe", b"MZ"),))
    assert [r.child_name for r in referrals.list_referrals(office_ctx)] == ["Åse Ørsted"]
    assert [c.name for c in children.list_children(office_ctx)] == ["Åse Ørsted"]


def test_an_existing_child_can_be_referred_by_the_committee(office_ctx):
    known = children.create_child(office_ctx, ChildInput("Liva", "Holm"))
    detail = referrals.register_referral(office_ctx, ReferralInput(
        ReferrerType.COMMITTEE, "", "Behov for mere ro end i almindelig dagpleje.", 2,
        child_id=known.id))
    assert (detail.info.child_name, detail.info.referrer, detail.info.status) == (
        "Liva Holm", "Visitationsudvalget", ReferralStatus.RECEIVED)
    assert detail.info.progress.next_step == "Sæt indstillingen på visitationsudvalgets møde"
    scheduled = referrals.schedule_referral(office_ctx, detail.info.id,
                                            office_ctx.today() + timedelta(days=7))
    assert scheduled.status == ReferralStatus.IN_VISITATION


def test_the_committee_list_counts_each_homes_fullest_day_from_the_meeting_on(office_ctx):
    """Free places on the committee's list are those of the fullest day ahead: a child who
    leaves before the meeting no longer counts, one who starts later does."""
    today = office_ctx.today()
    home = _mini(office_ctx, "Solsikken", places=10)
    other = _mini(office_ctx, "Mælkebøtten", places=4)
    kids = [children.create_child(office_ctx, ChildInput(f"Barn{n}", "Holm")).id
            for n in range(5)]
    placements.place_child(office_ctx, kids[0], home.id, 3, today - timedelta(days=90),
                           today - timedelta(days=1))          # left before the meeting
    placements.place_child(office_ctx, kids[1], home.id, 2, today - timedelta(days=30))
    placements.place_child(office_ctx, kids[2], home.id, 3, today + timedelta(days=20),
                           today + timedelta(days=40))          # starts after it
    placements.place_child(office_ctx, kids[3], home.id, 4, today + timedelta(days=50))
    placements.place_child(office_ctx, kids[4], other.id, 2, today)
    shown = {h.home_id: h for h in visitation.committee_list(office_ctx, today).homes}
    # Fullest day: from day 50 on, 2 + 4 places (the second child has ended by then).
    assert shown[home.id].taken == 6 and shown[home.id].free == 4
    assert shown[other.id].taken == 2
    # On day 20-40 the home holds 2 + 3; after day 40 the 3 leave and the 4 come.
    later = {h.home_id: h for h in visitation.committee_list(
        office_ctx, today + timedelta(days=41)).homes}
    assert later[home.id].taken == 6
