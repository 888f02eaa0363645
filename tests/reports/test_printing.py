"""Printing through the services: the right child's content, nobody else's, logged."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from pdf_reading import flat, full_text, metadata, page_texts, unembedded_fonts
from report_case import GOAL_TITLES, INTERNAL_OBSERVATION, OTHER, SHARED_OBSERVATION

from demo_exemption import share_with_childminders
from dagpleje_desktop.domain.enums import AuditAction, HomeKind, UserRole
from dagpleje_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from dagpleje_desktop.reports.dates import danish_date
from dagpleje_desktop.services.security import audit, users
from dagpleje_desktop.services.documents import folder_texts, printing
from dagpleje_desktop.services.records import homes
from dagpleje_desktop.store.models import GuestCare


def _events(ctx, action, entity, child_id=None):
    return [e for e in audit.list_events(ctx, child_id=child_id)
            if e.action == action and e.entity == entity]


def test_action_plan_shows_the_plan_and_nothing_of_the_other_child(consultant_ctx, case, out):
    path = printing.print_action_plan(consultant_ctx, case.plan_id, out / "handleplan.pdf")
    text = flat(full_text(path))
    for expected in ("Handleplan", "Łucja Nguyễn", "version 1", *GOAL_TITLES,
                     "Tegn på udvikling", "Forældrene øver tegn derhjemme.",
                     "Overgange er svære.", "Dato og underskrift", "Agnieszka Nguyễn",
                     "010323-XXXX", "Kolding Kommune", "Dyrehavevej 108A"):
        assert expected in text
    assert OTHER not in text
    assert "4567" not in text  # the CPR number is always masked
    assert "Side 1 af" in text and "Fortroligt" in text
    assert metadata(path)["title"] == "Handleplan – Łucja Nguyễn"
    assert unembedded_fonts(path) == set()
    logged = _events(consultant_ctx, AuditAction.PRINT, "action_plan", case.child_id)
    assert [e.entity_id for e in logged] == [str(case.plan_id)]


def test_the_file_is_written_whole_and_no_temporary_file_is_left(consultant_ctx, case, out):
    target = out / "plan"
    path = printing.print_action_plan(consultant_ctx, case.plan_id, target)
    assert path == out / "plan.pdf"
    assert path.read_bytes().startswith(b"%PDF") and path.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in out.iterdir()) == ["plan.pdf"]


def test_a_missing_folder_is_refused_and_nothing_is_logged(consultant_ctx, case, tmp_path):
    before = len(_events(consultant_ctx, AuditAction.PRINT, "action_plan", case.child_id))
    with pytest.raises(ValidationError, match="findes ikke"):
        printing.print_action_plan(consultant_ctx, case.plan_id, tmp_path / "nej" / "x.pdf")
    assert len(_events(consultant_ctx, AuditAction.PRINT, "action_plan",
                       case.child_id)) == before


def test_progress_is_reported_step_by_step(consultant_ctx, case, out):
    steps = []
    printing.print_guest_sheet(consultant_ctx, case.child_id, out / "t.pdf",
                               progress=lambda done, total, label: steps.append((done, label)))
    assert [done for done, _ in steps] == [0, 1, 2, 3]
    assert steps[-1][1] == "Færdig"


def test_a_cancelled_print_leaves_no_file_and_no_log_entry(consultant_ctx, case, out):
    with pytest.raises(printing.PrintCancelled):
        printing.print_action_plan(consultant_ctx, case.plan_id, out / "plan.pdf",
                                   progress=lambda done, total, label: done < 2)
    assert list(out.iterdir()) == []
    assert _events(consultant_ctx, AuditAction.PRINT, "action_plan", case.child_id) == []


def test_agenda_lists_points_preparation_and_open_agreements(consultant_ctx, case, out):
    path = printing.print_agenda(consultant_ctx, case.meeting_id, out / "dagsorden.pdf")
    text = flat(full_text(path))
    for expected in ("Dagsorden", "Statusmøde – Łucja Nguyễn", "1. Opfølgning på sidste aftaler",
                     "2. Status fra forældre", "Łucja er faldet godt til i perioden.",
                     "Bestille ny stol til spisning", *GOAL_TITLES, "Agnieszka Nguyễn",
                     "Peter Lund"):
        assert expected in text
    assert OTHER not in text


def test_an_agenda_without_points_gets_the_standard_status_agenda(consultant_ctx, case, out):
    path = printing.print_agenda(consultant_ctx, case.next_meeting_id, out / "naeste.pdf")
    text = flat(full_text(path))
    assert "Evaluering af mål" in text and "Næste møde" in text
    assert "Sende referat til PPR" in text  # agreed at the last meeting, still open


def test_minutes_show_attendance_decisions_and_follow_ups(consultant_ctx, case, out):
    path = printing.print_minutes(consultant_ctx, case.meeting_id, out / "referat.pdf")
    text = flat(full_text(path))
    for expected in ("Referat", "Til stede", "Afbud", "Afbud: 1 (Peter Lund)",
                     "Mor fortæller, at Łucja sover bedre.",
                     "Łucja fortsætter i Mini-dagplejen i et halvt år mere.",
                     "Sende referat til PPR", "Delvist opnået",
                     "Mødet førte til handleplan version 1."):
        assert expected in text
    assert OTHER not in text
    assert _events(consultant_ctx, AuditAction.PRINT, "minutes", case.child_id)


def test_supervision_report_names_the_home_and_the_children_in_its_care(consultant_ctx, case,
                                                                         out):
    path = printing.print_supervision(consultant_ctx, case.visit_id, out / "tilsyn.pdf")
    text = flat(full_text(path))
    for expected in ("Tilsynsrapport", "Solstrålen", "Skovvej 3, 6000 Kolding", "Birthe Holm",
                     "Hjemmet er roligt og godt indrettet.", "Nye låger til trappen",
                     "Łucja Nguyễn", f"Zoë {OTHER}"):
        assert expected in text
    # Both children were named in the report, so it shows in each child's access log.
    assert _events(consultant_ctx, AuditAction.PRINT, "supervision_report", case.child_id)
    assert _events(consultant_ctx, AuditAction.PRINT, "supervision_report",
                   case.other_child_id)


def test_guest_sheet_is_one_page_with_allergies_medication_and_who_to_call(consultant_ctx,
                                                                           case, out):
    guest_home = homes.create_home(consultant_ctx, homes.HomeInput(
        "Mælkebøtten", HomeKind.ORDINARY, 5))
    today = consultant_ctx.today()
    with consultant_ctx.db.transaction() as s:
        s.add(GuestCare(child_id=case.child_id, guest_home_id=guest_home.id,
                        starts_on=today + timedelta(days=2), ends_on=today + timedelta(days=4)))
    path = printing.print_guest_sheet(consultant_ctx, case.child_id, out / "taske.pdf")
    pages = page_texts(path)
    assert len(pages) == 1
    text = flat(pages[0])
    for expected in ("Taskeseddel", "Jordnødder", "Astmaspray efter behov",
                     "Sover fra kl. 11.30 til 13.", "En fast voksen ved aflevering.",
                     "22 33 44 55", "Birthe Holm", "20 30 40 50", "Hos Mælkebøtten",
                     danish_date(today + timedelta(days=4))):
        assert expected in text
    assert OTHER not in text


def test_folder_uses_the_default_text_and_a_setting_overrides_a_panel(consultant_ctx, case,
                                                                      out):
    path = printing.print_folder(consultant_ctx, out / "folder.pdf")
    text = flat(full_text(path))
    assert "Hvad er Mini-dagplejen?" in text and "visitationsudvalget" in text
    assert "Dyrehavevej 108A" in text and "Kolding Kommune" in text
    assert "Fortroligt" not in text
    folder_texts.set_folder_text(consultant_ctx, "inside_left",
                                 "# Velkommen i Mini-dagplejen\n\nVores egen tekst.")
    folder_texts.set_folder_contact(consultant_ctx, "Dagplejekontoret\nKongensgade 1")
    text = flat(full_text(printing.print_folder(consultant_ctx, out / "folder2.pdf")))
    assert "Vores egen tekst." in text and "Hvad er Mini-dagplejen?" not in text
    assert "Kongensgade 1" in text and "Dyrehavevej 108A" not in text
    folder_texts.set_folder_text(consultant_ctx, "inside_left", "")
    text = flat(full_text(printing.print_folder(consultant_ctx, out / "folder3.pdf")))
    assert "Hvad er Mini-dagplejen?" in text


def test_case_folder_has_contents_every_section_and_the_access_log(consultant_ctx, case, out):
    printing.print_action_plan(consultant_ctx, case.plan_id, out / "plan.pdf")
    path = printing.print_case_folder(consultant_ctx, case.child_id, out / "mappe.pdf",
                                      purpose="Indsigt efter GDPR art. 15")
    pages = page_texts(path)
    text = flat("\n".join(pages))
    assert "Indhold" in pages[0] and "Adgangslog" in pages[0]
    for expected in ("Barnets mappe", "Stamoplysninger", "Forældre", "Indskrivning",
                     "Fagpersoner omkring barnet", "Udvikling og trivsel", "Handleplaner",
                     "Møder", "Observationer", "Samtykker", "Oplysninger givet videre",
                     SHARED_OBSERVATION, INTERNAL_OBSERVATION, *GOAL_TITLES,
                     "Indsigt efter GDPR art. 15", "Udskrev barnets handleplan",
                     "Handleplan"):
        assert expected in text
    assert OTHER not in text
    assert len(pages) > 2


def test_a_childminder_prints_a_guest_sheet_but_no_case_folder_or_handover(
        installation, consultant_ctx, case, out):
    home = homes.get_home(consultant_ctx, case.home_id)
    share_with_childminders(consultant_ctx)  # her login and the consultant's data together
    users.create_user(consultant_ctx, "birthe", "Birthe Holm", UserRole.CHILDMINDER,
                      "passer-boern-i-solsikken", professional_id=home.childminder_id)
    minder = installation.login("birthe", "passer-boern-i-solsikken")
    try:
        assert printing.print_guest_sheet(minder, case.child_id, out / "egen.pdf").exists()
        with pytest.raises(PermissionDeniedError):
            printing.print_case_folder(minder, case.child_id, out / "mappe.pdf")
        with pytest.raises(PermissionDeniedError):
            printing.print_handover(minder, case.child_id, "Børnehaven Solsikken",
                                    out / "pakke.pdf")
    finally:
        minder.close()


def test_an_unknown_plan_is_refused_without_a_file(consultant_ctx, case, out):
    with pytest.raises(NotFoundError):
        printing.print_action_plan(consultant_ctx, uuid.uuid4(), out / "x.pdf")
    assert list(out.iterdir()) == []
