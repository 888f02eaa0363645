"""The password rules and the list of common passwords shipped with the app."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dagpleje_desktop.domain import passwords as rules
from dagpleje_desktop.domain.passwords import load_common_passwords, password_problem
from dagpleje_desktop.services.security.passwords import COMMON_PASSWORDS_PATH, problem

COMMON = frozenset({"sommerfugl2024", "adgangskode123", "qwertyuiop123"})


@pytest.mark.parametrize("password, username, reason", [
    ("", "hanne", "Adgangskoden skal være mindst 12 tegn (der mangler 12)."),
    ("12345678", "hanne", "Adgangskoden skal være mindst 12 tegn (der mangler 4)."),
    ("aaaaaaaaaaa", "hanne", "Adgangskoden skal være mindst 12 tegn (der mangler 1)."),
    ("Kirstensdatter", "kirstensdatter", rules.IS_USER_NAME),
    ("  kirstensdatter ", "KirstensDatter", rules.IS_USER_NAME),
    ("mit-navn-er-HANNE-ok", "hanne", rules.CONTAINS_USER_NAME),
    ("Sommerfugl2024", "hanne", rules.TOO_COMMON),
    (" ADGANGSKODE123 ", "hanne", rules.TOO_COMMON),
])
def test_refused_passwords_say_why(password, username, reason):
    assert password_problem(password, username, COMMON) == reason


@pytest.mark.parametrize("password, username", [
    ("sommerfugl-og-kaffe", "hanne"),
    ("korrekt-hest-batteri", "test"),
    ("abcdefghijkl", ""),            # exactly twelve, no user name to compare with
    ("bobler-i-badekarret", "bo"),   # a two-letter name inside a passphrase is allowed ...
])
def test_good_passwords_pass(password, username):
    assert password_problem(password, username, COMMON) is None


def test_a_short_user_name_is_still_refused_as_the_whole_password():
    assert password_problem("bo", "bo", COMMON).startswith("Adgangskoden skal være mindst")
    assert password_problem("xyxyxyxyxyxy", "xyxyxyxyxyxy") == rules.IS_USER_NAME


def test_length_is_the_first_reason_a_person_sees_while_typing():
    typed = "sommerfugl2024"
    reasons = [password_problem(typed[:n], "hanne", COMMON) for n in range(1, len(typed) + 1)]
    assert all(r.startswith("Adgangskoden skal være mindst 12 tegn") for r in reasons[:11])
    assert reasons[-1] == rules.TOO_COMMON


def test_the_shipped_list_is_large_and_holds_danish_passwords():
    common = load_common_passwords(COMMON_PASSWORDS_PATH)
    assert len(common) >= 10_000
    for danish in ("sommerfugl", "kodeord", "adgangskode", "hej123", "qwerty", "brøndby",
                   "sommerfugl2024", "adgangskode123", "kodeord1234", "fckøbenhavn1"):
        assert danish in common, danish
    readme = (COMMON_PASSWORDS_PATH.parent / "README.md").read_text(encoding="utf-8")
    assert "BSD" in readme and "Django" in readme


def test_the_service_uses_the_shipped_list():
    assert problem("sommerfugl2024", "hanne") == rules.TOO_COMMON
    assert problem("password1234", "hanne") == rules.TOO_COMMON
    assert problem("sommerfugl-og-kaffe", "hanne") is None


def test_the_rule_imports_no_framework():
    tree = ast.parse(Path(rules.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}
    imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.level == 0}
    assert imported <= {"__future__", "collections", "pathlib"}, imported
