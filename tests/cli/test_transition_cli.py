"""``transition set-start|edit|show``, ``print transition|course``, ``plan sign`` and
``meeting referent`` on the demo data, and refusals that leave nothing behind."""

from __future__ import annotations

import uuid

from cli_helpers import PASSWORD, assert_refused
from demo_support import (ALMA, SOLSIKKEN, VILLADS, demo, demo_template,  # noqa: F401
                          new_events, snapshot)
from pypdf import PdfReader

from dagpleje_desktop.demo.demo import DEMO_USERNAME
from dagpleje_desktop.store.models import Meeting

STRENGTHS = "Alma er vedholdende og glad for sang og rim."


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages)
                    .split())


def test_a_section_is_edited_from_text_and_file_and_printed_for_the_kindergarten(demo, cli):
    alma = demo.child_id(cli, ALMA)
    started = cli(*demo.at, "transition", "set-start", alma, "1.3.27",
                  "--kindergarten", SOLSIKKEN)
    assert started.code == 0, started.err
    assert f"starter efter planen i {SOLSIKKEN} 01.03.2027" in started.out

    first = cli(*demo.at, "transition", "edit", alma, "--section", "styrker", "--text",
                "Alma er glad for sang.")
    assert "gemt som version 1" in first.out
    text_file = demo.out / "styrker.txt"
    text_file.write_text(STRENGTHS + "\n", encoding="utf-8")
    second = cli(*demo.at, "transition", "edit", alma, "--section", "Barnets styrker",
                 "--file", text_file)
    assert "gemt som version 2. Den tidligere version er gemt." in second.out

    shown = cli(*demo.at, "transition", "show", alma, "--json").json()
    strengths = next(s for s in shown["sections"] if s["code"] == "styrker")
    assert strengths["current"]["text"] == STRENGTHS
    assert [v["text"] for v in strengths["earlier"]] == ["Alma er glad for sang."]

    before = snapshot(demo.installation)
    target = demo.out / "overgang.pdf"
    printed = cli(*demo.at, "print", "transition", alma, "--recipient", SOLSIKKEN,
                  "-o", target)
    assert printed.code == 0, printed.err
    assert "Udleveringen er registreret" in printed.out
    text = pdf_text(target)
    assert "Videregivne oplysninger" in text and STRENGTHS in text
    assert "Alma er glad for sang." not in text
    assert len(snapshot(demo.installation)["disclosures"]) == len(before["disclosures"]) + 1
    assert "transition_description" in [e[2] for e in new_events(demo.installation, before)]


def test_the_teams_copy_of_each_child_is_a_draft_from_the_record(demo, cli):
    for name in (ALMA, VILLADS):
        target = demo.out / f"{name}.pdf"
        result = cli(*demo.at, "print", "transition", demo.child_id(cli, name), "-o", target)
        assert result.code == 0, result.err
        text = pdf_text(target)
        assert name in text and "KLADDE" in text and "Forslag ud fra journalen" in text


def test_refusals_change_nothing(demo, cli):
    villads = demo.child_id(cli, VILLADS)
    before = snapshot(demo.installation)
    assert_refused(cli(*demo.at, "transition", "edit", villads, "--section", "humør",
                       "--text", "Glad"), "ikke et afsnit")
    assert_refused(cli(*demo.at, "transition", "edit", villads, "--section", "leg",
                       "--file", demo.out / "findes-ikke.txt"), "findes ikke")
    assert_refused(cli(*demo.at, "transition", "set-start", villads, "31.2.27"))
    assert_refused(cli(*demo.at, "print", "transition", villads, "--recipient", SOLSIKKEN,
                       "-o", demo.out / "v.pdf"), "Der mangler", SOLSIKKEN)
    assert demo.files() == []
    assert snapshot(demo.installation) == before


def test_each_demo_course_prints_its_papers(demo, cli):
    rows = cli(*demo.at, "course", "list", "--json").json()
    assert rows
    for row in rows:
        target = demo.out / f"{row['id']}.pdf"
        result = cli(*demo.at, "print", "course", row["id"], "-o", target)
        assert result.code == 0, result.err
        text = pdf_text(target)
        assert "Underskrifter" in text and "Afslutning" in text


def test_a_signature_and_a_missing_referent_are_recorded(demo, cli):
    alma = demo.child_id(cli, ALMA)
    plan = next(p for p in cli(*demo.at, "plan", "list", "--child", alma, "--json").json()
                if p["status"] == "approved")
    signed = cli(*demo.at, "plan", "sign", plan["id"], "--name", "Gerda Kjær",
                 "--role", "Mormor")
    assert signed.code == 0, signed.err
    assert "Gerda Kjær har underskrevet handleplanen" in signed.out
    target = demo.out / "plan.pdf"
    cli(*demo.at, "print", "action-plan", plan["id"], "-o", target)
    assert "Gerda Kjær Mormor" in pdf_text(target)
    assert_refused(cli(*demo.at, "plan", "sign", plan["id"], "--name", "Gerda Kjær"),
                   "allerede underskrevet")

    meetings = cli(*demo.at, "meeting", "list", "--child", alma, "--json").json()
    held = next(m["id"] for m in meetings if m["status"] == "held")
    assert_refused(cli(*demo.at, "meeting", "referent", held, "Karen"), "allerede registreret")
    db = demo.installation.open_database(DEMO_USERNAME, PASSWORD)
    try:   # minutes from before the referent was recorded
        with db.transaction() as s:
            s.get(Meeting, uuid.UUID(held)).referent = ""
    finally:
        db.dispose()
    recorded = cli(*demo.at, "meeting", "referent", held, "Camilla  Friis")
    assert recorded.out.strip() == "Referenten er registreret: Camilla Friis."
    minutes = demo.out / "referat.pdf"
    cli(*demo.at, "print", "minutes", held, "-o", minutes)
    assert "Camilla Friis" in pdf_text(minutes)
