"""Every refusal the services, domain, store, sync and command line raise has an English
translation, and an error reads in Danish or English as the user's language says."""

from __future__ import annotations

import gettext
import importlib.util
import re
from datetime import date
from pathlib import Path

import pytest

from dagpleje_desktop import message_catalogue
from dagpleje_desktop.domain.date_input import read_date
from dagpleje_desktop.domain.errors import Label, StoreError, ValidationError
from dagpleje_desktop.message_catalogue import error_text, language_from_environment, translate

ROOT = Path(__file__).resolve().parents[2]
PO_FILE = ROOT / "resources" / "translations" / "messages_en.po"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _extractor():
    spec = importlib.util.spec_from_file_location("extract_messages",
                                                  ROOT / "tools" / "extract_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extractor():
    return _extractor()


@pytest.fixture(scope="module")
def po_entries() -> dict[str, str]:
    pofile = pytest.importorskip("babel.messages.pofile")
    with PO_FILE.open("rb") as stream:
        return {m.id: m.string for m in pofile.read_po(stream) if m.id}


def test_every_raised_template_has_an_english_entry(extractor, po_entries):
    templates = extractor.Scanner(extractor.source_files()).templates()
    assert "Brugeren »{username}« findes ikke." in templates, "the scan finds raise sites"

    untranslated = {t: places[0] for t, places in templates.items()
                    if not po_entries.get(t)}

    assert untranslated == {}, ("run tools/update_messages.sh and translate these in "
                                f"{PO_FILE.name}: {untranslated}")


def test_every_message_id_in_the_code_is_in_the_catalogue(extractor, po_entries):
    missing = sorted(set(extractor.message_ids()) - set(po_entries))
    assert missing == [], f"run tools/update_messages.sh: {missing[:10]}"


def test_translations_keep_their_placeholders(po_entries):
    changed = {msgid: text for msgid, text in po_entries.items()
               if sorted(set(PLACEHOLDER.findall(msgid))) != sorted(set(PLACEHOLDER.findall(text)))}
    assert changed == {}


def test_compiled_catalogue_matches_the_po_file(po_entries):
    with (PO_FILE.with_suffix(".mo")).open("rb") as stream:
        compiled = gettext.GNUTranslations(stream)
    stale = [msgid for msgid, text in po_entries.items() if compiled.gettext(msgid) != text]
    assert stale == [], "run tools/update_messages.sh to compile messages_en.mo"


def test_an_error_with_labels_reads_in_english_and_stays_danish():
    refusal = ValidationError("Mødet er {status} og kan ikke {action}.",
                              status=Label("aflyst"), action=Label("flyttes"))

    assert str(refusal) == refusal.message == "Mødet er aflyst og kan ikke flyttes."
    assert error_text(refusal, "da") == "Mødet er aflyst og kan ikke flyttes."
    assert error_text(refusal, "en") == "The meeting is cancelled and cannot be moved."


def test_a_date_refusal_from_the_domain_reads_in_english():
    with pytest.raises(ValidationError) as refused:
        read_date("30-02-2027", date(2027, 1, 1))

    assert str(refused.value) == "»30-02-2027« findes ikke: februar 2027 har 28 dage."
    assert error_text(refused.value, "en") == ("»30-02-2027« does not exist: February 2027 "
                                               "has 28 days.")


def test_a_quoted_refusal_is_translated_with_the_one_quoting_it():
    cause = StoreError("Nøglefilen {path} kan ikke læses.", path="/data/keys.json")
    refusal = StoreError("Login mislykkedes, og forsøget kunne ikke registreres. {cause}",
                         cause=cause)

    assert error_text(refusal, "en") == ("The login failed, and the attempt could not be "
                                         "recorded. The key file /data/keys.json cannot "
                                         "be read.")


def test_a_message_the_catalogue_lacks_is_shown_in_danish():
    refusal = ValidationError("Helt ny besked om {name}.", name="Maja")
    assert error_text(refusal, "en") == "Helt ny besked om Maja."


def test_lists_and_lowercased_labels_are_translated():
    assert translate("Mini-dagplejer, Dagplejekontor", "en") == ("Mini childminder, "
                                                               "Daycare office")
    assert translate("udløbet", "en") == "expired"
    assert translate("Fravær (ferie)", "en") == "Absence (holiday)"
    assert translate("Maja Hansen", "en") == "Maja Hansen"


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "da_DK.UTF-8"}, "da"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"}, "en"),
    ({"LANGUAGE": "da:en", "LANG": "en_GB.UTF-8"}, "da"),
    ({"LANG": "C.UTF-8"}, "da"),
    ({}, "da"),
])
def test_the_command_line_language_comes_from_the_environment(environ, language):
    assert language_from_environment(environ) == language


def test_english_catalogue_is_installed_package_data():
    books = message_catalogue.catalogue("en")
    assert books.gettext("Forkert brugernavn eller adgangskode.") == \
        "Wrong user name or password."
