"""``print …``: every document as a PDF on the demo data, the consent-gated handover
packet, and refusals that leave neither a file nor a log entry behind."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from cli_helpers import assert_refused
from demo_support import (ALMA, LUCJA, SOLSIKKEN, VILLADS, demo, demo_template,  # noqa: F401
                          new_events, snapshot, unknown_id)
from pypdf import PdfReader


def pdf_text(path) -> str:
    assert path.read_bytes().startswith(b"%PDF")
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages)
                    .split())


def _approved_plan(demo, cli, child_id: str) -> str:
    rows = cli(*demo.at, "plan", "list", "--child", child_id, "--json").json()
    return next(r["id"] for r in rows if r["status"] == "approved")


def _meeting(demo, cli, child_id: str, status: str) -> str:
    rows = cli(*demo.at, "meeting", "list", "--child", child_id, "--json").json()
    return next(r["id"] for r in rows if r["status"] == status)


def _last_supervision_at_home_of(demo, cli, child_id: str) -> str:
    child = next(c for c in cli(*demo.at, "child", "list", "--json").json()
                 if c["id"] == child_id)
    visits = cli(*demo.at, "visit", "list", "--home", child["home_id"], "--json").json()
    now = datetime.now(timezone.utc)
    return next(v["id"] for v in visits if v["kind"] == "supervision"
                and datetime.fromisoformat(v["visited_at"]) <= now)


def _arguments(document: str, demo, cli, alma: str) -> list[str]:
    return {
        "action-plan": lambda: [_approved_plan(demo, cli, alma)],
        "agenda": lambda: [_meeting(demo, cli, alma, "planned")],
        "minutes": lambda: [_meeting(demo, cli, alma, "held")],
        "supervision": lambda: [_last_supervision_at_home_of(demo, cli, alma)],
        "handover": lambda: [alma, "--recipient", SOLSIKKEN],
        "case-folder": lambda: [alma],
        "guest-sheet": lambda: [alma],
    }[document]()


@pytest.mark.parametrize("document", ["action-plan", "agenda", "minutes", "supervision",
                                      "handover", "case-folder", "guest-sheet"])
def test_each_document_about_a_child_is_a_pdf_with_her_name(demo, cli, document):
    alma = demo.child_id(cli, ALMA)
    arguments = _arguments(document, demo, cli, alma)
    target = demo.out / f"{document}.pdf"

    result = cli(*demo.at, "print", document, *arguments, "-o", target)

    assert result.code == 0, result.err
    assert str(target) in result.out
    assert ALMA in pdf_text(target)


def test_the_folder_is_a_pdf_about_the_mini_dagpleje_and_names_no_child(demo, cli):
    children = cli(*demo.at, "child", "list", "--all", "--json").json()
    target = demo.out / "folder.pdf"

    result = cli(*demo.at, "print", "folder", "-o", target)

    assert result.code == 0, result.err
    text = pdf_text(target)
    assert "Mini-dagpleje" in text
    assert not [c["name"] for c in children if c["name"] in text]


def test_a_print_is_logged_and_a_name_without_pdf_gets_the_suffix(demo, cli):
    alma = demo.child_id(cli, ALMA)
    before = snapshot(demo.installation)

    result = cli(*demo.at, "print", "guest-sheet", alma, "-o", demo.out / "taskeseddel")

    assert result.code == 0, result.err
    assert demo.files() == ["taskeseddel.pdf"]
    assert str(demo.out / "taskeseddel.pdf") in result.out
    assert ("print", "guest_sheet", alma) in [e[1:] for e in new_events(demo.installation,
                                                                        before)]


def test_action_plan_for_a_child_prints_her_latest_approved_version(demo, cli):
    alma = demo.child_id(cli, ALMA)
    approved = _approved_plan(demo, cli, alma)
    before = snapshot(demo.installation)

    result = cli(*demo.at, "print", "action-plan", "--child", alma, "-o", demo.out / "hp.pdf")

    assert result.code == 0, result.err
    printed = [e for e in new_events(demo.installation, before) if e[1] == "print"]
    assert [(e[2], e[3]) for e in printed] == [("action_plan", approved)]
    assert ALMA in pdf_text(demo.out / "hp.pdf")


def test_action_plan_for_a_child_without_an_approved_plan_is_refused(demo, cli):
    lucja = demo.child_id(cli, LUCJA)
    before = snapshot(demo.installation)

    result = cli(*demo.at, "print", "action-plan", "--child", lucja, "-o", demo.out / "hp.pdf")

    assert_refused(result, "ingen godkendt handleplan")
    assert demo.files() == []
    assert not [e for e in new_events(demo.installation, before) if e[1] == "print"]


def test_action_plan_needs_exactly_one_of_plan_id_and_child(demo, cli):
    alma = demo.child_id(cli, ALMA)
    plan = _approved_plan(demo, cli, alma)
    before = snapshot(demo.installation)

    assert_refused(cli(*demo.at, "print", "action-plan", "-o", demo.out / "a.pdf"),
                   "Angiv enten handleplanens id eller --child")
    assert_refused(cli(*demo.at, "print", "action-plan", plan, "--child", alma,
                       "-o", demo.out / "a.pdf"), "ikke begge")
    assert demo.files() == []
    assert snapshot(demo.installation) == before


def test_handover_to_the_consented_recipient_is_recorded_as_a_disclosure(demo, cli):
    alma = demo.child_id(cli, ALMA)
    before = snapshot(demo.installation)
    target = demo.out / "overlevering.pdf"

    result = cli(*demo.at, "print", "handover", alma, "--recipient", SOLSIKKEN, "-o", target)

    assert result.code == 0, result.err
    assert f"»{SOLSIKKEN}«" in result.out and "registreret" in result.out
    text = pdf_text(target)
    assert ALMA in text and SOLSIKKEN in text
    after = snapshot(demo.installation)
    assert len(after["disclosures"]) == len(before["disclosures"]) + 1
    assert ("export", "handover_packet") in [e[1:3] for e in new_events(demo.installation,
                                                                        before)]


def test_handover_without_a_consent_is_refused_naming_the_missing_consent(demo, cli):
    villads = demo.child_id(cli, VILLADS)
    before = snapshot(demo.installation)

    result = cli(*demo.at, "print", "handover", villads, "--recipient", SOLSIKKEN,
                 "-o", demo.out / "overlevering.pdf")

    assert_refused(result, "Der mangler samtykke til overlevering", f"»{SOLSIKKEN}«", VILLADS)
    assert demo.files() == []
    assert snapshot(demo.installation) == before


def test_handover_to_a_recipient_the_consent_does_not_name_is_refused(demo, cli):
    alma = demo.child_id(cli, ALMA)
    before = snapshot(demo.installation)

    result = cli(*demo.at, "print", "handover", alma, "--recipient", "Børnehaven Mælkebøtten",
                 "-o", demo.out / "overlevering.pdf")

    assert_refused(result, "»Børnehaven Mælkebøtten«", f"gyldigt samtykke til: {SOLSIKKEN}")
    assert demo.files() == []
    assert snapshot(demo.installation) == before


def test_handover_refuses_another_childs_observation(demo, cli):
    alma, villads = demo.child_id(cli, ALMA), demo.child_id(cli, VILLADS)
    foreign = cli(*demo.at, "child", "show", villads, "--json").json()[
        "recent_observations"][0]["id"]
    before = snapshot(demo.installation)

    result = cli(*demo.at, "print", "handover", alma, "--recipient", SOLSIKKEN,
                 "--observation", foreign, "-o", demo.out / "overlevering.pdf")

    assert_refused(result, "hører ikke til", ALMA)
    assert demo.files() == []
    assert snapshot(demo.installation) == before


@pytest.mark.parametrize("document", ["action-plan", "agenda", "minutes", "supervision",
                                      "case-folder", "guest-sheet"])
def test_an_unknown_id_is_refused_and_nothing_is_written(demo, cli, document):
    before = snapshot(demo.installation)

    result = cli(*demo.at, "print", document, unknown_id(), "-o", demo.out / "x.pdf")

    assert_refused(result, "findes ikke")
    assert demo.files() == []
    assert snapshot(demo.installation) == before


def test_a_malformed_id_is_refused(demo, cli):
    assert_refused(cli(*demo.at, "print", "agenda", "mødet-i-morgen", "-o", demo.out / "x.pdf"),
                   "»mødet-i-morgen« er ikke et gyldigt møde-id")
    assert demo.files() == []


def test_an_unwritable_target_is_refused_and_nothing_is_written(demo, cli):
    alma = demo.child_id(cli, ALMA)
    (demo.out / "mappe.pdf").mkdir()
    before = snapshot(demo.installation)

    missing = cli(*demo.at, "print", "handover", alma, "--recipient", SOLSIKKEN,
                  "-o", demo.out / "findes-ikke" / "h.pdf")
    folder = cli(*demo.at, "print", "case-folder", alma, "-o", demo.out / "mappe.pdf")

    assert_refused(missing, "findes ikke")
    assert_refused(folder, "er en mappe")
    assert demo.files() == ["mappe.pdf"] and not any((demo.out / "mappe.pdf").iterdir())
    assert snapshot(demo.installation) == before


def test_help_for_a_document_shows_its_usage_once(cli):
    result = cli("print", "handover", "--help")

    assert result.code == 0
    assert result.out.startswith("Brug: dagpleje print handover ")
    assert "--recipient NAVN" in result.out and "samtykke" in result.out
