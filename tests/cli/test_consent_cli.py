"""``consent list|add|withdraw``: consents with their scope from the command line; refusals
are one Danish line on stderr and leave the database as it was."""

from __future__ import annotations

from datetime import datetime, timedelta

from dagpleje_desktop.services.context import LOCAL_TZ

from cli_helpers import assert_refused, state_of


def _today():
    """The program's today is Copenhagen's (between 23 and 24 UTC the machine's is not)."""
    return datetime.now(LOCAL_TZ).date()


RECIPIENT = "Børnehaven Spiren"


def _guardian_id(cli, at, child_id: str) -> str:
    record = cli(*at, "child", "show", child_id, "--json").json()
    return record["guardians"][0]["id"]


def _add(cli, at, seeded, *extra, categories="handleplan,udvikling"):
    guardian = _guardian_id(cli, at, seeded.child_id)
    return cli(*at, "consent", "add", seeded.child_id, "--recipient", RECIPIENT,
               "--categories", categories, "--given-by", guardian, *extra)


def test_a_consent_is_added_listed_and_withdrawn(cli, at, seeded):
    expires = (_today() + timedelta(days=200)).isoformat()
    added = _add(cli, at, seeded, "--expires", expires, "--role", "Kommende børnehave",
                 categories="udvikling, handleplan")
    assert added.code == 0, added.err
    assert "Udviklingsvurderinger og Mål og handleplan" in added.out

    (row,) = cli(*at, "consent", "list", "--child", seeded.child_id, "--json").json()
    assert {k: row[k] for k in ("child_id", "recipient", "categories", "expires_on",
                                "withdrawn_on", "status")} == {
        "child_id": seeded.child_id, "recipient": RECIPIENT,
        "categories": ["udvikling", "handleplan"], "expires_on": expires,
        "withdrawn_on": None, "status": "valid"}
    assert row["given_on"] == _today().isoformat()
    assert row["id"] in added.out

    table = cli(*at, "consent", "list")
    assert RECIPIENT in table.out and "udvikling, handleplan" in table.out

    withdrawn = cli(*at, "consent", "withdraw", row["id"])
    assert withdrawn.code == 0, withdrawn.err
    assert "trukket tilbage" in withdrawn.out and "står stadig i loggen" in withdrawn.out
    (row,) = cli(*at, "consent", "list", "--json").json()
    assert row["status"] == "withdrawn" and row["withdrawn_on"] == _today().isoformat()


def test_print_handover_follows_the_consent_and_is_refused_after_withdrawal(cli, at, seeded,
                                                                           tmp_path):
    consent_id = _add(cli, at, seeded).out.split("Id: ")[1].strip()
    target = tmp_path / "pakke.pdf"
    printed = cli(*at, "print", "handover", seeded.child_id, "--recipient", RECIPIENT,
                  "-o", target)
    assert printed.code == 0, printed.err
    assert cli(*at, "consent", "withdraw", consent_id).code == 0
    target.unlink()
    refused = cli(*at, "print", "handover", seeded.child_id, "--recipient", RECIPIENT,
                  "-o", target)
    assert_refused(refused, "trukket tilbage den", RECIPIENT)
    assert not target.exists()


def test_refusals_are_one_danish_line_and_change_nothing(cli, at, seeded, installation):
    before = state_of(installation)
    assert_refused(_add(cli, at, seeded, categories="handleplan,journal"),
                   "Ukendt oplysningskategori: journal")
    assert_refused(_add(cli, at, seeded, categories=" , "), "mindst én kategori")
    assert_refused(_add(cli, at, seeded, "--expires", "2020-01-01"), "Udløbsdatoen")
    assert_refused(_add(cli, at, seeded, "--expires", "i går og i dag"), "--expires")
    assert_refused(cli(*at, "consent", "add", seeded.child_id, "--recipient", RECIPIENT,
                       "--categories", "handleplan", "--given-by", seeded.child_id),
                   "ikke registreret")
    assert_refused(cli(*at, "consent", "withdraw", "ikke-et-id"), "ikke et gyldigt")
    assert cli(*at, "consent", "list", "--json").json() == []
    after = state_of(installation)
    assert after["children"] == before["children"]
    assert [e for e in after["events"] if e[1] != "view"] == \
        [e for e in before["events"] if e[1] != "view"]


def test_withdrawing_twice_names_the_first_date(cli, at, seeded):
    consent_id = _add(cli, at, seeded).out.split("Id: ")[1].strip()
    yesterday = (_today() - timedelta(days=1)).isoformat()
    assert cli(*at, "consent", "withdraw", consent_id, "--date", yesterday).code == 0
    assert_refused(cli(*at, "consent", "withdraw", consent_id), "allerede trukket tilbage")
