"""``print status|topi|consent-form|letter|supervision-checklist|supervision-month``: the
practice documents on the demo data, and refusals that leave nothing behind."""

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


def _meeting(demo, cli, child_id: str, status: str) -> str:
    rows = cli(*demo.at, "meeting", "list", "--child", child_id, "--json").json()
    return next(r["id"] for r in rows if r["status"] == status)


def _consent(demo, cli, child_id: str) -> str:
    rows = cli(*demo.at, "consent", "list", "--child", child_id, "--json").json()
    return next(r["id"] for r in rows if r["purpose"] == "handover")


def _supervision(demo, cli, child_id: str) -> str:
    child = next(c for c in cli(*demo.at, "child", "list", "--json").json()
                 if c["id"] == child_id)
    visits = cli(*demo.at, "visit", "list", "--home", child["home_id"], "--json").json()
    return next(v["id"] for v in visits if v["kind"] == "supervision")


@pytest.mark.parametrize("document, title, entity", [
    ("status", "Statusbeskrivelse", "status_description"),
    ("topi", "TOPI-ark", "topi_sheet"),
    ("consent-form", "Samtykkeerklæring", "consent_form"),
    ("withdrawal", "Tilbagekaldelse af samtykke", "consent_withdrawal_form"),
    ("invitation", "Invitation til statusmøde", "letter"),
    ("checklist", "Tjekliste til tilsyn", "supervision_checklist"),
])
def test_each_practice_document_is_a_logged_pdf(demo, cli, document, title, entity):
    alma = demo.child_id(cli, ALMA)
    arguments = {
        "status": lambda: ["status", alma],
        "topi": lambda: ["topi", alma],
        "consent-form": lambda: ["consent-form", _consent(demo, cli, alma)],
        "withdrawal": lambda: ["consent-form", _consent(demo, cli, alma), "--withdrawal"],
        "invitation": lambda: ["letter", "invitation", _meeting(demo, cli, alma, "planned")],
        "checklist": lambda: ["supervision-checklist", _supervision(demo, cli, alma)],
    }[document]()
    before = snapshot(demo.installation)
    target = demo.out / f"{document}.pdf"
    result = cli(*demo.at, "print", *arguments, "-o", target)
    assert result.code == 0, result.err
    assert str(target) in result.out
    text = pdf_text(target)
    assert title in text and "Fortroligt" in text
    if document != "checklist":
        assert ALMA in text
    assert entity in [e[2] for e in new_events(demo.installation, before) if e[1] == "print"]


def test_month_overview_names_every_mini_home(demo, cli):
    now = datetime.now(timezone.utc)
    target = demo.out / "maaned.pdf"
    result = cli(*demo.at, "print", "supervision-month", f"{now:%Y-%m}", "-o", target)
    assert result.code == 0, result.err
    text = pdf_text(target)
    assert "Tilsyn i måneden" in text and "Tilsyn pr. hjem" in text


def test_status_to_a_partner_without_consent_is_refused_and_nothing_is_left(demo, cli):
    villads = demo.child_id(cli, VILLADS)
    before = snapshot(demo.installation)
    target = demo.out / "s.pdf"
    result = cli(*demo.at, "print", "status", villads, "--recipient", "Børnehaven Mælkebøtten",
                 "-o", target)
    assert_refused(result, "»Børnehaven Mælkebøtten«", VILLADS)
    assert not target.exists()
    assert snapshot(demo.installation) == before


def test_status_to_a_consented_partner_is_recorded_as_a_disclosure(demo, cli):
    alma = demo.child_id(cli, ALMA)
    before = snapshot(demo.installation)
    result = cli(*demo.at, "print", "status", alma, "--recipient", SOLSIKKEN,
                 "-o", demo.out / "s.pdf")
    assert result.code == 0, result.err
    assert "Udleveringen er registreret" in result.out
    after = snapshot(demo.installation)
    assert len(after["disclosures"]) == len(before["disclosures"]) + 1
    assert f"Sendes til {SOLSIKKEN}" in pdf_text(demo.out / "s.pdf")


@pytest.mark.parametrize("arguments, fragments", [
    (["letter", "decision", "{lucja_referral}"], ["ikke truffet afgørelse"]),
    (["letter", "invitation", "{held}"], ["planlagt møde"]),
    (["supervision-month", "2026-13"], ["ÅÅÅÅ-MM"]),
    (["supervision-month", "marts"], ["ÅÅÅÅ-MM"]),
    (["topi", "{unknown}"], ["findes ikke"]),
    (["consent-form", "ikke-et-id"], ["samtykke-id"]),
])
def test_refusals_leave_no_file_and_no_log_entry(demo, cli, arguments, fragments):
    alma = demo.child_id(cli, ALMA)
    values = {"{unknown}": unknown_id(), "{held}": _meeting(demo, cli, alma, "held")}
    if "{lucja_referral}" in arguments:
        values["{lucja_referral}"] = _referral(demo, LUCJA)
    arguments = [values.get(a, a) for a in arguments]
    before = snapshot(demo.installation)
    target = demo.out / "nej.pdf"
    assert_refused(cli(*demo.at, "print", *arguments, "-o", target), *fragments)
    assert not target.exists()
    assert snapshot(demo.installation) == before


def _referral(demo, name: str) -> str:
    from sqlalchemy import select

    from dagpleje_desktop.store.models import Child, Referral
    from cli_helpers import PASSWORD
    from demo_support import DEMO_USERNAME
    db = demo.installation.open_database(DEMO_USERNAME, PASSWORD)
    try:
        with db.transaction() as s:
            first = name.split()[0]
            child = s.scalar(select(Child).where(Child.first_name == first))
            return str(s.scalar(select(Referral.id).where(Referral.child_id == child.id)))
    finally:
        db.dispose()
