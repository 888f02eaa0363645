"""A childminder's absence: registered for a period, never overlapping another, listing
the children it affects."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import AbsenceReason, AuditAction, HomeKind
from dagpleje_desktop.domain.errors import NotFoundError, ValidationError
from dagpleje_desktop.services.records import absences, children, guest_care, homes, placements
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records.absences import AbsenceInput
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.records.guest_care import GuestCareInput


def _kid(ctx, first, **kw):
    return children.create_child(ctx, ChildInput(first, "Madsen", **kw))


def test_the_childminder_registers_her_own_absence_only(office_ctx, make_childminder):
    mette = make_childminder()
    other = homes.create_home(office_ctx, homes.HomeInput("Solstrålen", HomeKind.MINI, 4))
    start = mette.ctx.today() + timedelta(days=3)
    sick = absences.register_absence(mette.ctx, AbsenceInput(
        mette.home.id, start, start + timedelta(days=1), AbsenceReason.ILLNESS, " Influenza "))
    assert (sick.home_name, sick.reason.label, sick.days, sick.note) == (
        "Mettes mini-dagpleje", "Sygdom", 2, "Influenza")
    with pytest.raises(NotFoundError):
        absences.register_absence(mette.ctx, AbsenceInput(other.id, start, start,
                                                          AbsenceReason.HOLIDAY))
    assert [a.id for a in absences.list_absences(mette.ctx)] == [sick.id]
    assert len(absences.list_absences(office_ctx)) == 1


def test_an_overlapping_or_backwards_absence_is_refused(office_ctx, mini_home):
    today = office_ctx.today()
    holiday = absences.register_absence(office_ctx, AbsenceInput(
        mini_home.id, today + timedelta(days=10), today + timedelta(days=20),
        AbsenceReason.HOLIDAY))
    with pytest.raises(ValidationError, match=r"Solstrålen har allerede fravær .* \(ferie\)"):
        absences.register_absence(office_ctx, AbsenceInput(
            mini_home.id, today + timedelta(days=20), today + timedelta(days=22),
            AbsenceReason.COURSE))
    with pytest.raises(ValidationError, match="før det begynder"):
        absences.register_absence(office_ctx, AbsenceInput(
            mini_home.id, today + timedelta(days=30), today + timedelta(days=29),
            AbsenceReason.TIME_OFF))
    assert [a.id for a in absences.list_absences(office_ctx)] == [holiday.id]


def test_affected_children_are_those_placed_during_the_absence(office_ctx, mini_home):
    today = office_ctx.today()
    first, last = today + timedelta(days=5), today + timedelta(days=9)
    ase = _kid(office_ctx, "Åse", special_needs="Sondemad")
    late = _kid(office_ctx, "Bo")
    gone = _kid(office_ctx, "Carl")
    placements.place_child(office_ctx, ase.id, mini_home.id, 2, today - timedelta(days=40))
    placements.place_child(office_ctx, late.id, mini_home.id, 2, first + timedelta(days=2))
    placements.place_child(office_ctx, gone.id, mini_home.id, 2, today - timedelta(days=90),
                           today)
    absence = absences.register_absence(office_ctx, AbsenceInput(
        mini_home.id, first, last, AbsenceReason.COURSE))

    affected = absences.affected_children(office_ctx, absence.id)
    assert [(c.child_name, c.places, c.starts_on, c.ends_on) for c in affected] == [
        ("Bo Madsen", 2, first + timedelta(days=2), last),
        ("Åse Madsen", 2, first, last)]
    assert affected[1].special_needs == "Sondemad"
    logged = audit.list_events(office_ctx, child_id=ase.id)
    assert logged[0].action == AuditAction.VIEW and logged[0].entity == "absence"


def test_cancelling_an_absence_cancels_its_guest_care(office_ctx, mini_home):
    today = office_ctx.today()
    ase = _kid(office_ctx, "Åse")
    placements.place_child(office_ctx, ase.id, mini_home.id, 2, today)
    guest = homes.create_home(office_ctx, homes.HomeInput("Anne-Mettes dagpleje",
                                                          HomeKind.ORDINARY, 5))
    absence = absences.register_absence(office_ctx, AbsenceInput(
        mini_home.id, today + timedelta(days=1), today + timedelta(days=2),
        AbsenceReason.ILLNESS))
    guest_care.book_guest_care(office_ctx, GuestCareInput(absence.id, ase.id, guest.id))
    assert len(guest_care.list_guest_care(office_ctx)) == 1

    absences.cancel_absence(office_ctx, absence.id)
    assert absences.list_absences(office_ctx) == []
    assert guest_care.list_guest_care(office_ctx) == []
    with pytest.raises(NotFoundError):
        absences.affected_children(office_ctx, absence.id)
