"""Guest care: ordinary homes with room on every day of the absence, nearest first;
a home full on one day is neither proposed nor bookable; both homes see the booking."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import AbsenceReason, HomeKind
from dagpleje_desktop.domain.errors import CapacityError, ValidationError
from dagpleje_desktop.reports.dates import short_date
from dagpleje_desktop.services.records import absences, children, guest_care, homes, placements
from dagpleje_desktop.services.meeting_cycle import calendar
from dagpleje_desktop.services.records.absences import AbsenceInput
from dagpleje_desktop.services.meeting_cycle.calendar import ItemKind
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.records.guest_care import GuestCareInput
from dagpleje_desktop.store.models import ChildminderHome

ABSENT_AT = (55.4904, 9.4722)  # Kolding


def _position(ctx, home_id, lat, lon):
    with ctx.db.transaction() as s:
        home = s.get(ChildminderHome, home_id)
        home.latitude, home.longitude = lat, lon


def _ordinary(ctx, name, children_count, position=None):
    home = homes.create_home(ctx, homes.HomeInput(name, HomeKind.ORDINARY, 5))
    for n in range(children_count):
        kid = children.create_child(ctx, ChildInput(f"Barn{n}", name.split()[0]))
        placements.place_child(ctx, kid.id, home.id, 1, ctx.today() - timedelta(days=60))
    if position:
        _position(ctx, home.id, *position)
    return home


@pytest.fixture
def town(office_ctx, make_childminder):
    """A mini home with two children whose childminder is away next week, and the
    ordinary homes around it."""
    ctx, today = office_ctx, office_ctx.today()
    minder = make_childminder(home_name="Solstrålen")
    _position(ctx, minder.home.id, *ABSENT_AT)
    ase = children.create_child(ctx, ChildInput("Åse", "Ørsted",
                                                special_needs="Lav smitterisiko, ro"))
    bo = children.create_child(ctx, ChildInput("Bo", "Jensen"))
    for kid in (ase, bo):
        placements.place_child(ctx, kid.id, minder.home.id, 2, today - timedelta(days=30))
    first, last = today + timedelta(days=7), today + timedelta(days=11)
    absence = absences.register_absence(minder.ctx, AbsenceInput(
        minder.home.id, first, last, AbsenceReason.HOLIDAY))

    near = _ordinary(ctx, "Anne-Mettes dagpleje", 4, (55.4950, 9.4800))
    full_one_day = _ordinary(ctx, "Birgits dagpleje", 4, (55.4910, 9.4730))
    extra = children.create_child(ctx, ChildInput("Carl", "Dag3"))
    placements.place_child(ctx, extra.id, full_one_day.id, 1, first + timedelta(days=2),
                           first + timedelta(days=2))
    far = _ordinary(ctx, "Zeyneps dagpleje", 2, (55.5200, 9.4000))
    away = _ordinary(ctx, "Dortes dagpleje", 0, (55.4905, 9.4725))
    absences.register_absence(ctx, AbsenceInput(away.id, last, last + timedelta(days=3),
                                                AbsenceReason.COURSE))
    homes.create_home(ctx, homes.HomeInput("Mælkebøtten", HomeKind.MINI, 4))
    return dict(minder=minder, ase=ase, bo=bo, absence=absence, near=near,
                full_one_day=full_one_day, far=far, first=first, last=last)


def test_proposal_excludes_a_home_full_on_one_day_and_puts_the_nearest_first(office_ctx, town):
    proposals = guest_care.propose_guest_homes(office_ctx, town["absence"].id)
    assert [p.child_name for p in proposals] == ["Bo Jensen", "Åse Ørsted"]
    ase = proposals[1]
    assert [(h.home_name, h.free_places) for h in ase.homes] == [
        ("Anne-Mettes dagpleje", 1), ("Zeyneps dagpleje", 3)]
    assert ase.homes[0].distance_km < ase.homes[1].distance_km
    assert (ase.starts_on, ase.ends_on) == (town["first"], town["last"])
    assert "Åse Ørsteds særlige behov kan derfor ikke tilgodeses på samme måde" in ase.warning
    assert ase.as_dict() == {"child_id": str(town["ase"].id), "homes": [
        {"home_id": str(town["near"].id), "home_name": "Anne-Mettes dagpleje",
         "free_places": 1},
        {"home_id": str(town["far"].id), "home_name": "Zeyneps dagpleje", "free_places": 3}]}


def test_without_coordinates_the_homes_come_by_name(office_ctx, town):
    for key in ("near", "far"):
        _position(office_ctx, town[key].id, None, None)
    proposals = guest_care.propose_guest_homes(office_ctx, town["absence"].id)
    assert [h.home_name for h in proposals[0].homes] == ["Anne-Mettes dagpleje",
                                                          "Zeyneps dagpleje"]
    assert all(h.distance_km is None for h in proposals[0].homes)


def test_booking_refuses_the_full_day_and_shows_in_both_homes(office_ctx, town):
    absence, ase, bo = town["absence"], town["ase"], town["bo"]
    full_day = town["first"] + timedelta(days=2)
    with pytest.raises(CapacityError) as caught:
        guest_care.book_guest_care(office_ctx, GuestCareInput(
            absence.id, ase.id, town["full_one_day"].id))
    assert str(caught.value).startswith(
        f"Birgits dagpleje har 5 pladser, og 5 er optaget den {short_date(full_day)}")
    assert guest_care.list_guest_care(office_ctx) == []

    booked = guest_care.book_guest_care(office_ctx, GuestCareInput(
        absence.id, ase.id, town["near"].id))
    assert (booked.guest_home_name, booked.own_home_name, booked.starts_on, booked.ends_on) \
        == ("Anne-Mettes dagpleje", "Solstrålen", town["first"], town["last"])
    with pytest.raises(CapacityError, match="Anne-Mettes dagpleje har 5 pladser, og 5"):
        guest_care.book_guest_care(office_ctx, GuestCareInput(absence.id, bo.id,
                                                              town["near"].id))
    with pytest.raises(ValidationError, match="allerede i gæstepleje hos Anne-Mettes"):
        guest_care.book_guest_care(office_ctx, GuestCareInput(absence.id, ase.id,
                                                              town["far"].id))
    guest_care.book_guest_care(office_ctx, GuestCareInput(absence.id, bo.id, town["far"].id))

    shown = guest_care.list_guest_care(office_ctx, home_id=town["near"].id)
    assert [g.child_name for g in shown] == ["Åse Ørsted"]
    own = guest_care.list_guest_care(office_ctx, home_id=town["minder"].home.id)
    assert sorted(g.child_name for g in own) == ["Bo Jensen", "Åse Ørsted"]
    items = calendar.calendar_items(office_ctx, town["first"], town["last"])
    assert sorted(i.subject for i in items if i.kind == ItemKind.GUEST_CARE) == [
        "Bo Jensen", "Åse Ørsted"]
    minders_items = calendar.calendar_items(town["minder"].ctx, town["first"], town["last"])
    assert sorted(i.subject for i in minders_items if i.kind == ItemKind.GUEST_CARE) == [
        "Bo Jensen", "Åse Ørsted"]
    affected = absences.affected_children(office_ctx, absence.id)
    assert [[g.guest_home_name for g in c.guest_care] for c in affected] == [
        ["Zeyneps dagpleje"], ["Anne-Mettes dagpleje"]]


def test_only_ordinary_homes_present_on_the_days_can_take_guests(office_ctx, town):
    absence, ase = town["absence"], town["ase"]
    mini = next(h for h in homes.list_homes(office_ctx) if h.name == "Mælkebøtten")
    with pytest.raises(ValidationError, match="Mælkebøtten er et mini-dagplejehjem"):
        guest_care.book_guest_care(office_ctx, GuestCareInput(absence.id, ase.id, mini.id))
    away = next(h for h in homes.list_homes(office_ctx) if h.name == "Dortes dagpleje")
    with pytest.raises(ValidationError, match="Dortes dagpleje har selv fravær"):
        guest_care.book_guest_care(office_ctx, GuestCareInput(absence.id, ase.id, away.id))
    stranger = children.create_child(office_ctx, ChildInput("Emil", "Fremmed"))
    with pytest.raises(ValidationError, match="Emil Fremmed er ikke indskrevet"):
        guest_care.book_guest_care(office_ctx, GuestCareInput(absence.id, stranger.id,
                                                              town["far"].id))
    assert guest_care.list_guest_care(office_ctx) == []
