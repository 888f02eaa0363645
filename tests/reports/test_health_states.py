"""Health on paper in three states, and a severe allergy that stands out in black and white."""

from __future__ import annotations

import json

from pdf_reading import flat, full_text

from dagpleje_desktop.domain.child_record import AllergySeverity
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.documents import printing
from dagpleje_desktop.services.records.children import ChildInput


def _three_states(ctx):
    """Allergies never recorded, medication explicitly none, diagnoses listed."""
    return children.create_child(ctx, ChildInput(
        "Liva", "Holm", medication="", diagnoses="Forsinket sprog")).id


def test_the_case_folder_prints_the_three_states(consultant_ctx, out):
    kid = _three_states(consultant_ctx)
    text = flat(full_text(printing.print_case_folder(consultant_ctx, kid, out / "sag.pdf")))
    assert "Allergier Ikke registreret" in text
    assert "Medicin Ingen medicin" in text
    assert "Diagnoser Forsinket sprog" in text
    assert "Ingen kendte" not in text


def test_the_guest_sheet_prints_the_three_states(consultant_ctx, out):
    kid = _three_states(consultant_ctx)
    text = flat(full_text(printing.print_guest_sheet(consultant_ctx, kid, out / "taske.pdf")))
    assert "Allergier Ikke registreret" in text
    assert "Medicin Ingen medicin" in text
    assert "Ingen kendte allergier" not in text


def test_a_life_threatening_allergy_is_boxed_in_capitals(consultant_ctx, out):
    kid = children.create_child(consultant_ctx, ChildInput(
        "Bo", "Berg", allergies="Jordnødder og æg", allergy_severity=AllergySeverity.ANAPHYLAXIS,
        medication="EpiPen Junior i tasken")).id
    for name, make in (("sag.pdf", printing.print_case_folder),
                       ("taske.pdf", printing.print_guest_sheet)):
        text = flat(full_text(make(consultant_ctx, kid, out / name)))
        assert "LIVSTRUENDE ALLERGI – ANAFYLAKSI" in text, name
        assert "Allergier: Jordnødder og æg" in text, name


def test_an_explicit_none_is_not_an_alert(consultant_ctx, out):
    kid = children.create_child(consultant_ctx, ChildInput(
        "Ea", "Berg", allergies="", allergy_severity=AllergySeverity.ANAPHYLAXIS)).id
    text = flat(full_text(printing.print_case_folder(consultant_ctx, kid, out / "sag.pdf")))
    assert "ANAFYLAKSI" not in text and "Allergier Ingen kendte allergier" in text


def test_the_cli_json_tells_the_three_states_apart(consultant_ctx):
    from dagpleje_desktop.cli.child_commands import detail_json
    from dagpleje_desktop.cli.common import jsonable
    kid = _three_states(consultant_ctx)
    record = json.loads(json.dumps(jsonable(detail_json(children.get_child(consultant_ctx,
                                                                           kid)))))
    health = record["health"]
    assert health["allergies"] == {"state": "not_recorded", "value": None,
                                   "text": "Ikke registreret"}
    assert health["medication"] == {"state": "none", "value": "",
                                    "text": "Ingen medicin"}
    assert health["diagnoses"]["state"] == "listed"
    assert record["allergies"] is None and record["medication"] == ""
    assert record["allergy_warning"] == ""
