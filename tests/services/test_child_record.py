"""A record people complete and correct, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dagpleje_desktop.domain.child_record import (AllergySeverity, HealthState, PermissionKind,
                                                  age_warning, health_text, read_cpr)
from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.domain.errors import (NotFoundError, PermissionDeniedError,
                                            ValidationError)
from dagpleje_desktop.services.records import children, consents, guardians, placements
from dagpleje_desktop.services.records.children import CareInput, ChildInput, Permission
from dagpleje_desktop.services.records.guardians import GuardianInput
from dagpleje_desktop.store.models import ChangeOperation, Child, ChildGuardian, Guardian


def _child(ctx, first="Liva", **kw):
    return children.create_child(ctx, ChildInput(first, "Holm", **kw))


def _detail_input(detail, **changes) -> ChildInput:
    """The record as it is, with ``changes`` (what the GUI's dialog sends)."""
    values = dict(first_name=detail.summary.first_name, last_name=detail.summary.last_name,
                  cpr=None, birth_date=detail.summary.birth_date, status=detail.summary.status,
                  special_needs=detail.special_needs, diagnoses=detail.diagnoses,
                  allergies=detail.allergies, medication=detail.medication,
                  routines=detail.routines, what_works=detail.what_works,
                  languages=detail.languages, allergy_severity=detail.allergy_severity,
                  doctor_name=detail.doctor_name, doctor_phone=detail.doctor_phone,
                  collectors=detail.collectors,
                  **{p.kind.column: Permission(p.granted, p.given_by, p.given_on)
                     for p in detail.permissions})
    values.update(changes)
    return ChildInput(**values)


# -- health in three states ----------------------------------------------------------------

def test_health_is_not_recorded_until_someone_answers(office_ctx):
    kid = _child(office_ctx)
    detail = children.get_child(office_ctx, kid.id)
    assert (detail.allergies, detail.medication, detail.diagnoses) == (None, None, None)
    assert detail.health_state("allergies") is HealthState.NOT_RECORDED

    children.update_child(office_ctx, kid.id, _detail_input(detail, allergies="",
                                                             medication=" Astma-spray "))
    detail = children.get_child(office_ctx, kid.id)
    assert detail.health_state("allergies") is HealthState.NONE
    assert detail.health_state("medication") is HealthState.LISTED
    assert detail.medication == "Astma-spray"
    assert detail.health_state("diagnoses") is HealthState.NOT_RECORDED


def test_health_texts_never_print_none_for_not_recorded():
    assert health_text("allergies", None) == "Ikke registreret"
    assert health_text("allergies", "") == "Ingen kendte allergier"
    assert health_text("medication", "") == "Ingen medicin"
    assert health_text("allergies", " Æg ") == "Æg"


def test_allergy_severity_is_kept(office_ctx):
    kid = _child(office_ctx, allergies="Jordnødder", allergy_severity=AllergySeverity.ANAPHYLAXIS)
    detail = children.get_child(office_ctx, kid.id)
    assert detail.allergy_severity is AllergySeverity.ANAPHYLAXIS


# -- CPR and age -----------------------------------------------------------------------------

def test_cpr_reading_tells_the_century_and_warns_about_the_age():
    today = date(2026, 3, 2)
    reading = read_cpr("290224-1234", today)
    assert reading.birth_date == date(1924, 2, 29) and reading.century == 1900
    assert "102 år" in reading.warning and "0 til 6 år" in reading.warning
    assert read_cpr("290224-4234", today).birth_date == date(2024, 2, 29)
    assert read_cpr("290224-4234", today).warning == ""
    assert "efter i dag" in age_warning(today + timedelta(days=3), today)
    with pytest.raises(ValidationError, match="DDMMÅÅ"):
        read_cpr("2902", today)


def test_kept_cpr_keeps_its_birth_date(office_ctx):
    kid = _child(office_ctx, cpr="150322-4018")
    detail = children.get_child(office_ctx, kid.id)
    children.update_child(office_ctx, kid.id, _detail_input(detail, birth_date=None,
                                                             languages="Dansk"))
    after = children.get_child(office_ctx, kid.id).summary
    assert (after.cpr_masked, after.birth_date) == ("150322-XXXX", date(2022, 3, 15))


# -- details, care and who changed what -------------------------------------------------------

def test_each_changed_field_is_one_sync_operation_and_audited(office_ctx):
    kid = _child(office_ctx)
    detail = children.get_child(office_ctx, kid.id)

    def child_ops() -> set:
        with office_ctx.db.transaction() as s:
            return set(s.execute(select(ChangeOperation.op_id, ChangeOperation.field).where(
                ChangeOperation.entity == "child", ChangeOperation.row_id == kid.id)))
    before = child_ops()
    children.update_child(office_ctx, kid.id, _detail_input(
        detail, doctor_name="Lægehuset", collectors="Mormor Inge", allergies=""))
    fields = {field for _id, field in child_ops() - before}
    assert fields == {"doctor_name", "collectors", "allergies", "updated_at"}
    changes = children.field_changes(office_ctx, kid.id)
    assert set(changes) == {"allergies", "collectors", "doctor_name"}
    assert changes["collectors"].username == "test"


def test_the_childminder_edits_only_routines_what_works_and_collectors(
        office_ctx, make_childminder):
    mette = make_childminder()
    kid = _child(office_ctx)
    placements.place_child(office_ctx, kid.id, mette.home.id, 2, office_ctx.today())
    children.update_child_care(mette.ctx, kid.id, CareInput(
        routines="Sover kl. 12", what_works="En sang", collectors="Farmor"))
    detail = children.get_child(office_ctx, kid.id)
    assert (detail.routines, detail.what_works, detail.collectors) == \
        ("Sover kl. 12", "En sang", "Farmor")
    with pytest.raises(PermissionDeniedError):
        children.update_child(mette.ctx, kid.id, _detail_input(detail, allergies="Æg"))


def test_permissions_need_a_custody_holder_and_a_date(office_ctx):
    kid = _child(office_ctx)
    mother = guardians.add_guardian(office_ctx, kid.id, GuardianInput("Sara Holm", "mor"))
    uncle = guardians.add_guardian(office_ctx, kid.id, GuardianInput("Bo Holm", "andet",
                                                                     has_custody=False))
    detail = children.get_child(office_ctx, kid.id)
    today = office_ctx.today()
    with pytest.raises(ValidationError, match="forældremyndighed"):
        children.update_child(office_ctx, kid.id, _detail_input(
            detail, photo_permission=Permission(True, uncle.id, today)))
    with pytest.raises(ValidationError, match="hvem der gav"):
        children.update_child(office_ctx, kid.id, _detail_input(
            detail, photo_permission=Permission(True, None, today)))
    with pytest.raises(ValidationError, match="efter i dag"):
        children.update_child(office_ctx, kid.id, _detail_input(
            detail, trips_permission=Permission(True, mother.id, today + timedelta(days=1))))
    children.update_child(office_ctx, kid.id, _detail_input(
        detail, photo_permission=Permission(True, mother.id, today),
        driving_permission=Permission(False, mother.id, today)))
    answers = {p.kind: p for p in children.get_child(office_ctx, kid.id).permissions}
    assert answers[PermissionKind.PHOTO].granted is True
    assert answers[PermissionKind.PHOTO].given_by_name == "Sara Holm"
    assert answers[PermissionKind.DRIVING].granted is False
    assert answers[PermissionKind.TRIPS].granted is None


# -- guardians -----------------------------------------------------------------------------

def test_guardians_are_added_corrected_and_removed(office_ctx):
    kid = _child(office_ctx)
    added = guardians.add_guardian(office_ctx, kid.id, GuardianInput(
        "Karin Holm", "Mor", True, "21 22 23 24", "karin@example.dk", "Engvej 3", "Dansk",
        other_phone="66 77 88 99", interpreter_needed=True))
    assert (added.relation, added.relation_label) == ("Mor", "Mor")
    assert added.interpreter_needed and added.other_phone == "66 77 88 99"
    fixed = guardians.update_guardian(office_ctx, kid.id, added.id, GuardianInput(
        "Karin Holm", "Plejemor", False, "21 22 23 24", "karin@example.dk", "Engvej 5",
        "Dansk"))
    assert (fixed.relation, fixed.has_custody, fixed.address) == ("Plejemor", False,
                                                                  "Engvej 5")
    guardians.remove_guardian(office_ctx, kid.id, added.id)
    assert children.get_child(office_ctx, kid.id).guardians == []
    with office_ctx.db.transaction() as s:  # tombstones, not deleted rows
        assert s.get(Guardian, added.id).deleted_at is not None
        assert s.scalar(select(ChildGuardian).where(ChildGuardian.guardian_id == added.id)) \
            .deleted_at is not None
    with pytest.raises(NotFoundError):
        guardians.remove_guardian(office_ctx, kid.id, added.id)


def test_bad_guardian_input_is_refused_and_nothing_is_stored(office_ctx):
    kid = _child(office_ctx)
    with pytest.raises(ValidationError, match="E-mailadressen"):
        guardians.add_guardian(office_ctx, kid.id, GuardianInput("Per", "far",
                                                                 email="ikke en adresse"))
    with pytest.raises(ValidationError, match="relationen"):
        guardians.add_guardian(office_ctx, kid.id, GuardianInput("Per", " "))
    assert children.get_child(office_ctx, kid.id).guardians == []


def test_a_guardian_shared_with_a_sibling_stays_for_the_sibling(office_ctx):
    liva, bo = _child(office_ctx, "Liva"), _child(office_ctx, "Bo")
    mother = guardians.add_guardian(office_ctx, liva.id, GuardianInput("Sara Holm", "mor"))
    guardians.add_guardian(office_ctx, bo.id, GuardianInput("", "mor"),
                           existing_guardian_id=mother.id)
    guardians.remove_guardian(office_ctx, liva.id, mother.id)
    assert [g.name for g in children.get_child(office_ctx, bo.id).guardians] == ["Sara Holm"]
    with office_ctx.db.transaction() as s:
        assert s.get(Guardian, mother.id).deleted_at is None


def test_removing_a_guardian_keeps_the_consent_history(office_ctx):
    kid = _child(office_ctx)
    mother = guardians.add_guardian(office_ctx, kid.id, GuardianInput("Sara Holm", "mor"))
    consent = consents.record_consent(office_ctx, consents.ConsentInput(
        kid.id, mother.id, ConsentPurpose.PHOTOS, ("Dagplejen",), "Billeder af barnet",
        office_ctx.today(), categories=("stamdata",)))
    guardians.remove_guardian(office_ctx, kid.id, mother.id)
    kept = consents.get_consent(office_ctx, consent.id)
    assert (kept.guardian_id, kept.guardian_name) == (mother.id, "Sara Holm")


def test_the_guardian_tools_belong_to_office_and_consultants(office_ctx, make_childminder):
    mette = make_childminder()
    kid = _child(office_ctx)
    placements.place_child(office_ctx, kid.id, mette.home.id, 2, office_ctx.today())
    with pytest.raises(PermissionDeniedError):
        guardians.add_guardian(mette.ctx, kid.id, GuardianInput("Sara", "mor"))


def test_migrated_child_rows_keep_health_columns_nullable(office_ctx):
    kid = _child(office_ctx)
    with office_ctx.db.transaction() as s:
        row = s.get(Child, kid.id)
        assert (row.allergies, row.medication, row.diagnoses) == (None, None, None)
