"""The documents themselves, built from plain data: fonts, page furniture, metadata,
long texts and long tables flowing over pages, the folder's panel order."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from pdf_reading import (flat, full_text, metadata, page_texts, text_positions,
                         unembedded_fonts, x_of)

from dagpleje_desktop.reports import data as rd
from dagpleje_desktop.reports.action_plan import render_action_plan
from dagpleje_desktop.reports.dates import danish_date, danish_datetime, meeting_time
from dagpleje_desktop.reports.folder import render_folder
from dagpleje_desktop.reports.guest_sheet import render_guest_sheet
from dagpleje_desktop.reports.handover import render_handover

TZ = ZoneInfo("Europe/Copenhagen")
ORG = rd.OrgHeader("Kolding Kommune", "Mini-dagplejen",
                   ("Dagplejekontoret", "Dyrehavevej 108A", "6000 Kolding"))
CHILD = rd.ChildProfile("Łucja Zoë Nguyễn", date(2023, 3, 1), "010323-XXXX", "3 år",
                        what_works="Ro og faste rammer", allergies="Jordnødder")


def _goal(i: int) -> rd.GoalRow:
    return rd.GoalRow("Kommunikation og sprog", f"Delmål nummer {i}: bruger tegn til tale",
                      "Peger og siger ordet", "Tegn ved måltidet", "Birthe", "dagligt",
                      "Birthe Holm", None, date(2026, 6, 1), "Aktivt")


def _plan(goals=3) -> rd.PlanData:
    return rd.PlanData(2, "Godkendt", date(2026, 1, 1), date(2026, 6, 30), date(2026, 1, 15),
                       date(2026, 4, 1), (rd.Contact("Agnieszka Nguyễn", "Mor"),),
                       "Baggrund", "Ressourcer", "Udfordringer", "Aftaler med forældrene",
                       tuple(_goal(i) for i in range(1, goals + 1)), ("Agnieszka Nguyễn",),
                       ("Agnieszka Nguyễn",), ("Anne Konsulent",))


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_danish_dates_read_as_people_write_them():
    assert danish_date(date(2026, 11, 23)) == "23. november 2026"
    assert danish_datetime(datetime(2026, 3, 5, 9, 5, tzinfo=TZ)) == "5. marts 2026 kl. 09.05"
    assert meeting_time(datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 23, 11, 30)) \
        == "Mandag den 23. november 2026 kl. 10.00-11.30"


def test_names_in_any_latin_script_survive_and_every_font_is_embedded(tmp_path):
    path = _write(tmp_path, "plan.pdf", render_action_plan(
        rd.ActionPlanDocument(ORG, CHILD, _plan(), date(2026, 11, 23), "Anne Konsulent")))
    text = full_text(path)
    for name in ("Łucja", "Zoë", "Nguyễn", "Agnieszka"):
        assert name in text
    assert "23. november 2026" in text
    assert unembedded_fonts(path) == set()


def test_personal_documents_have_page_numbers_footer_and_metadata(tmp_path):
    path = _write(tmp_path, "plan.pdf", render_action_plan(
        rd.ActionPlanDocument(ORG, CHILD, _plan(), date(2026, 11, 23), "Anne Konsulent")))
    pages = page_texts(path)
    assert all("Fortroligt" in page for page in pages)
    assert f"Side 1 af {len(pages)}" in pages[0]
    assert f"Side {len(pages)} af {len(pages)}" in pages[-1]
    meta = metadata(path)
    assert meta["title"] == "Handleplan – Łucja Zoë Nguyễn"
    assert meta["author"] == "Anne Konsulent"
    assert "version 2" in meta["subject"]


def test_a_forty_goal_plan_runs_over_pages_repeating_the_table_header(tmp_path):
    path = _write(tmp_path, "plan.pdf", render_action_plan(
        rd.ActionPlanDocument(ORG, CHILD, _plan(goals=40), date(2026, 11, 23))))
    pages = page_texts(path)
    assert len(pages) > 2
    with_goals = [p for p in pages if "Delmål nummer" in p]
    assert len(with_goals) >= 2
    assert all("Tegn på udvikling" in p and "Ansvarlig" in p for p in with_goals)
    text = flat(full_text(path))
    assert "Delmål nummer 40: bruger tegn til tale" in text
    assert "Dato og underskrift" in pages[-1]


def test_a_two_thousand_word_observation_flows_over_pages_to_its_last_word(tmp_path):
    words = [f"ord{i}" for i in range(1999)] + ["slutordet"]
    long_text = " ".join(words)
    consent = rd.ConsentData("ABCD1234", "Agnieszka Nguyễn", "Mor", "Overlevering",
                             "Børnehaven Solsikken", "Hele pakken", date(2026, 2, 1))
    doc = rd.HandoverDocument(
        ORG, CHILD, "Børnehaven Solsikken", consent, date(2026, 11, 23),
        categories=("observationer",), category_labels=("Observationer",),
        observations=(rd.ObservationEntry(datetime(2026, 3, 2, 10, 15, tzinfo=TZ), long_text,
                                          "Birthe Holm"),))
    path = _write(tmp_path, "handover.pdf", render_handover(doc))
    pages = page_texts(path)
    assert len(pages) > 2
    text = flat(full_text(path))
    assert "ord0 ord1" in text and "ord1998 slutordet" in text
    assert all(f"ord{i}" in text for i in range(0, 2000, 97))


def test_the_guest_sheet_stays_on_one_page_however_much_is_written(tmp_path):
    child = rd.ChildProfile("Zoë Nguyễn", routines="Sover efter frokost. " * 150,
                            allergies="Jordnødder", medication="Astmaspray")
    path = _write(tmp_path, "guest.pdf", render_guest_sheet(rd.GuestSheetDocument(
        ORG, child, date(2026, 11, 23),
        guardians=(rd.Contact("Agnieszka Nguyễn", "Mor", "22 33 44 55"),))))
    pages = page_texts(path)
    assert len(pages) == 1
    assert "Jordnødder" in pages[0] and "Astmaspray" in pages[0]
    assert "22 33 44 55" in pages[0]


@pytest.fixture
def folder_pdf(tmp_path):
    doc = rd.FolderDocument(ORG, "# Forsidetitel\n\nTil forældre",
                            "# Flaptekst\n\nOm visitation", "# Bagsidetekst\n\n{kontakt}",
                            "# Venstre inderside", "# Midterste inderside",
                            "# Højre inderside", ("Dagplejekontoret", "Dyrehavevej 108A"))
    return _write(tmp_path, "folder.pdf", render_folder(doc))


def test_the_folder_is_two_landscape_sides_with_the_tri_fold_panel_order(folder_pdf):
    from pypdf import PdfReader
    reader = PdfReader(str(folder_pdf))
    assert len(reader.pages) == 2
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height
    outside = text_positions(folder_pdf, 0)
    # Outside, left to right: the flap that folds in, the back, the front cover.
    assert x_of(outside, "Flaptekst") < x_of(outside, "Bagsidetekst") \
        < x_of(outside, "Forsidetitel")
    assert x_of(outside, "Forsidetitel") > float(width) * 2 / 3
    inside = text_positions(folder_pdf, 1)
    assert x_of(inside, "Venstre inderside") < x_of(inside, "Midterste inderside") \
        < x_of(inside, "Højre inderside")


def test_the_folder_prints_the_contact_address_and_is_not_marked_confidential(folder_pdf):
    text = full_text(folder_pdf)
    assert "Dyrehavevej 108A" in text
    assert "Fortroligt" not in text
    assert unembedded_fonts(folder_pdf) == set()


def test_documents_are_pure_functions_of_data_without_database_or_services():
    import subprocess
    import sys
    probe = ("import sys, dagpleje_desktop.reports.handover, dagpleje_desktop.reports.folder, "
             "dagpleje_desktop.reports.case_folder, dagpleje_desktop.reports.guest_sheet, "
             "dagpleje_desktop.reports.meeting_papers, dagpleje_desktop.reports.supervision; "
             "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
             "'dagpleje_desktop.services', 'dagpleje_desktop.store', 'PySide6'))))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
