"""Sync by package files through the ``dagpleje`` command: three separate installations
(office, consultant, mini-childminder) pair with device cards, exchange packages in
several orders, and end with the same record everywhere.

The office runs on both engines; the two laptops are local SQLCipher files.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

import pytest
from sync_cli_support import Post, full_dump, init_device, pair, seed_office, set_allergies

from dagpleje_desktop.services.installation import Installation


@pytest.fixture
def trio(installation, tmp_path):
    """Office (on the parametrised engine), consultant and mini-childminder, paired."""
    office = init_device("kontoret", installation, "office")
    consultant = init_device("konsulent", Installation(data_dir=tmp_path / "konsulent"),
                             "consultant")
    minder = init_device("mette", Installation(data_dir=tmp_path / "mette"), "childminder")
    records = seed_office(installation)
    cards = tmp_path / "kort"
    shown_consultant = pair(office, consultant, cards)
    shown_minder = pair(office, minder, cards, home_for_b=records.home_id)
    return office, consultant, minder, records, (shown_consultant, shown_minder)


def test_pairing_prints_the_fingerprint_the_other_device_shows_and_links_the_home(trio):
    office, consultant, minder, records, (shown_consultant, shown_minder) = trio

    assert consultant.fingerprint in shown_consultant.out
    assert minder.fingerprint in shown_minder.out
    assert "Mettes mini-dagpleje" in shown_minder.out
    listed = {d["id"]: d for d in office.ok("device", "list", "--json").json()}
    assert set(listed) == {consultant.id, minder.id}
    assert listed[minder.id]["home_id"] == records.home_id
    assert listed[minder.id]["home_name"] == "Mettes mini-dagpleje"
    assert (listed[minder.id]["role"], listed[consultant.id]["role"]) == ("childminder",
                                                                           "consultant")
    assert listed[consultant.id]["fingerprint"] == consultant.fingerprint
    assert set(listed[minder.id]) >= {"id", "name", "role", "owner", "fingerprint", "home_id",
                                      "home_name", "paired_at", "revoked", "last_in_at",
                                      "last_out_at", "packages_in", "packages_out"}
    assert listed[minder.id]["revoked"] is False and listed[minder.id]["packages_out"] == 0
    table = office.ok("device", "list").out
    assert "Mettes mini-dagpleje" in table and consultant.id in table


def test_three_installations_exchange_in_any_order_and_agree(trio, tmp_path):
    office, consultant, minder, records, _ = trio
    post = Post(tmp_path / "usb")

    # The office sends first to the mini-childminder, then to the consultant.
    to_minder = post.send(office, minder)
    assert to_minder["status"] == "imported" and to_minder["new"] > 0
    minders_children = minder.ok("child", "list", "--json").json()
    assert [c["id"] for c in minders_children] == [records.child_id]  # only the placed child
    assert post.send(office, consultant)["new"] > 0

    # She writes an observation; it reaches the consultant only through the office.
    obs_id = minder.ok("observe", records.child_id, "--text",
                       "Ida kravlede selv op ad trappen", "--domain", "gross_motor").out.strip()
    from_minder = post.export(minder, office)
    first = office.ok("import", from_minder)
    assert re.search(r"^Pakke nr\. 1 fra »mette.*« er indlæst: [1-9]\d* nye, 0 ændrede, "
                     r"0 slettede, 0 konflikter\.$", first.out, re.M), first.out
    assert post.send(office, consultant)["new"] >= 1
    hits = consultant.ok("search", "trappen", "--json").json()
    assert [h["observation_id"] for h in hits] == [obs_id]

    # The same package again: said plainly, exit 0, nothing changed.
    before = full_dump(office.installation)
    again = office("import", from_minder)
    assert again.code == 0, again.err
    assert "allerede indlæst" in again.out
    again_json = office.ok("import", from_minder, "--json").json()
    assert again_json["status"] == "already_imported" and again_json["new"] == 0
    assert full_dump(office.installation) == before

    # The office and the consultant change the same field before they next meet.
    set_allergies(office.installation, records.child_id, "Nødder")
    set_allergies(consultant.installation, records.child_id, "Æg")
    from_consultant = post.export(consultant, office)
    assert post.send(office, consultant)["conflicts"] == 1
    report = office.ok("import", from_consultant, "--json").json()
    assert report["conflicts"] == 1

    listed = office.ok("conflicts", "--json").json()
    assert len(listed) == 1
    conflict = listed[0]
    assert (conflict["entity"], conflict["field"]) == ("child", "allergies")
    assert {conflict["local_value"], conflict["remote_value"]} == {"Nødder", "Æg"}
    assert conflict["child_id"] == records.child_id and uuid.UUID(conflict["id"])
    datetime.fromisoformat(conflict["created_at"])
    assert conflict["field_label"] == "Allergier"
    table = office.ok("conflicts").out
    assert "Nødder" in table
    assert "barn: Allergier" in table and "allergies" not in table  # the form's word

    resolved = office.ok("conflicts", "resolve", conflict["id"], "merged", "--value",
                         "Nødder og æg")
    assert "løst" in resolved.out
    assert office.ok("conflicts", "--json").json() == []

    # Another round, in a different order: everyone ends with the same record.
    post.send(office, minder)
    post.send(office, consultant)
    post.send(consultant, office)
    post.send(minder, office)
    assert consultant.ok("conflicts", "--json").json() == []
    shows = [d.ok("child", "show", records.child_id, "--json").json()
             for d in (office, consultant, minder)]
    assert shows[0]["allergies"] == "Nødder og æg"
    assert shows[0] == shows[1] == shows[2]
    assert obs_id in {o["id"] for o in shows[0]["recent_observations"]}


def test_export_reports_the_package_and_device_list_counts_it(trio, tmp_path):
    office, consultant, _, _, _ = trio
    usb = tmp_path / "usb"
    usb.mkdir()

    exported = office.ok("export", "--to", consultant.id, "-o", usb)  # a folder: named for us
    files = list(usb.iterdir())

    # A readable date and the devices' own names; never a child's name.
    assert len(files) == 1 and "-fra-kontoret-til-" in files[0].name
    assert files[0].name.startswith("dagpleje-") and files[0].suffix == ".dgsync"
    assert f"Pakke nr. 1 er gemt i {files[0]}" in exported.out
    assert "ændringer" in exported.out
    peer = next(d for d in office.ok("device", "list", "--json").json()
                if d["id"] == consultant.id)
    assert peer["packages_out"] == 1 and peer["last_out_at"]
    consultant.ok("import", files[0])
    assert next(d for d in consultant.ok("device", "list", "--json").json()
                if d["id"] == office.id)["packages_in"] == 1
