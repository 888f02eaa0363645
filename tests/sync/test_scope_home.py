"""Her home's own facts reach a mini-childminder's device: the visits planned and
held at her home, her absences, her children's guest care and meetings - without the
consultant's working notes, and with nothing of another home."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sync_helpers import Post, close_all

from dagpleje_desktop.domain.enums import AbsenceReason, MeetingKind, ProfessionalRole, VisitKind
from dagpleje_desktop.services.records import children, placements, professionals
from dagpleje_desktop.services.office import dashboard
from dagpleje_desktop.services.meeting_cycle import meetings, visits
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.store.models import Absence, GuestCare, Meeting
from dagpleje_desktop.sync.operations import PackageBody
from dagpleje_desktop.sync.package import decrypt_body, parse_package

NOTE_A = "Intern note: spørg til søvnrytmen"
NOTE_B = "Intern note om Hannes hjem"
PREPARATION = "Konsulentens forberedelse: tal om overgange"
MINUTES = "Referat: Alma trives, fortsæt med billedstøtte"


def _decrypt(path, recipient) -> PackageBody:
    from dagpleje_desktop.services.exchange.devices import self_device
    with recipient.db.transaction() as s:
        private = self_device(s).encryption_private_key
    return PackageBody.decode(decrypt_body(parse_package(path.read_bytes()), private))


@pytest.fixture
def homes_with_visits(fleet, tmp_path):
    office, mette = fleet.copy(tmp_path, "office", "minimette")
    a, b = fleet.home_a.id, fleet.home_b.id
    now, today = office.now(), office.today()
    kirsten = professionals.create_professional(office, "Kirsten Konsulent",
                                                ProfessionalRole.MINI_CONSULTANT)
    alma = children.create_child(office, ChildInput("Alma", "Andersen"))
    placements.place_child(office, alma.id, a, 2, today - timedelta(days=30))
    held = visits.record_visit(office, visits.VisitInput(
        VisitKind.SUPERVISION, now - timedelta(days=5), home_id=a, notes=NOTE_A,
        consultant_id=kirsten.id))
    planned = visits.record_visit(office, visits.VisitInput(
        VisitKind.SUPERVISION, now + timedelta(days=9), home_id=a, consultant_id=kirsten.id))
    other = visits.record_visit(office, visits.VisitInput(
        VisitKind.SUPERVISION, now - timedelta(days=2), home_id=b, notes=NOTE_B,
        consultant_id=kirsten.id))
    meeting = meetings.plan_meeting(office, meetings.MeetingInput(
        MeetingKind.STATUS, now + timedelta(days=3), now + timedelta(days=3, hours=1),
        child_id=alma.id, place="Mettes stue")).summary
    with office.db.transaction() as s:
        row = s.get(Meeting, meeting.id)
        row.preparation_notes, row.minutes = PREPARATION, MINUTES
        absence = Absence(home_id=a, starts_on=today + timedelta(days=14),
                          ends_on=today + timedelta(days=16), reason=AbsenceReason.HOLIDAY.value)
        s.add(absence)
        s.flush()
        s.add(GuestCare(absence_id=absence.id, child_id=alma.id, guest_home_id=b,
                        starts_on=absence.starts_on, ends_on=absence.ends_on))
        absence_id = absence.id
    yield office, mette, {"held": held.id, "planned": planned.id, "other": other.id,
                          "meeting": meeting.id, "absence": absence_id, "alma": alma.id}
    close_all(office, mette)


def test_her_package_holds_the_visits_to_her_home_without_the_consultants_notes(
        homes_with_visits, tmp_path):
    office, mette, ids = homes_with_visits
    body = _decrypt(Post(tmp_path).export(office, mette), mette)
    rows = {(op.entity, op.row_id) for op in body.ops}
    plaintext = repr([op.to_wire() for op in body.ops])

    assert ("visit", ids["held"]) in rows and ("visit", ids["planned"]) in rows
    assert ("visit", ids["other"]) not in rows  # another home's visit
    assert ("absence", ids["absence"]) in rows
    assert ("meeting", ids["meeting"]) in rows
    assert "Kirsten Konsulent" in plaintext  # who comes
    assert MINUTES in plaintext  # the meeting's minutes are hers to read
    for secret in (NOTE_A, NOTE_B, PREPARATION):
        assert secret not in plaintext
    fields = {(op.entity, op.field) for op in body.ops}
    assert ("visit", "notes") not in fields and ("meeting", "preparation_notes") not in fields


def test_after_the_import_she_sees_her_visits_absence_guest_care_and_meeting(
        homes_with_visits, tmp_path):
    office, mette, ids = homes_with_visits
    Post(tmp_path).exchange(office, mette, backup=False)

    seen = {v.id: v for v in visits.list_visits(mette)}
    assert set(seen) == {ids["held"], ids["planned"]}
    assert all(v.notes == "" for v in seen.values())
    assert {v.consultant_name for v in seen.values()} == {"Kirsten Konsulent"}
    board = dashboard.dashboard(mette)
    assert board.next_visit is not None and board.next_visit.id == ids["planned"]
    assert board.next_meeting is not None and board.next_meeting.id == ids["meeting"]
    assert [a.id for a in board.absences] == [ids["absence"]]
    with mette.db.transaction() as s:
        care = s.query(GuestCare).one()
        assert care.child_id == ids["alma"]
        assert s.get(Meeting, ids["meeting"]).preparation_notes == ""
