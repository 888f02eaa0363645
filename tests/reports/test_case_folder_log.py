"""The case folder for an access request (indsigt) is fit for a parent: the access log
reads in plain Danish (who, when, what, to whom), and every record about the child is in
it, also supervision notes that name the child."""

from __future__ import annotations

import ast
import re
from datetime import timedelta
from pathlib import Path

import pytest
from pdf_reading import flat, full_text
from report_case import OTHER

import dagpleje_desktop
from dagpleje_desktop.domain.access_log import WORDING, event_sentence, has_wording
from dagpleje_desktop.domain.enums import ConsentPurpose, UserRole, VisitKind
from dagpleje_desktop.services.records import children, consents
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.documents import printing
from dagpleje_desktop.services.security import users
from dagpleje_desktop.store.models import Visit

PACKAGE = Path(dagpleje_desktop.__file__).parent
RECIPIENT = "Børnehaven Spiren"
LOGIN, NAME, PASSWORD = "hanne.k", "Hanne Kjær", "lang-blaa-elefant-42"
# Words of the log's event types and technical details that must never reach a parent.
# ("observation" and "to" are Danish words too: "skrev en observation", "to computere".)
ENGLISH = ("view", "viewed", "create", "created", "update", "updated", "delete", "deleted",
           "print", "printed", "export", "exported", "import", "search", "login", "logout",
           "failed", "consent", "observations", "home", "places", "referral", "child",
           "meeting", "goal", "visit", "handover", "packet", "case", "folder", "categories",
           "version", "withdrawn", "erased", "rows", "hits", "items", "draft", "role",
           "detail", "entity", "user", "session", "check", "list", "profile", "history")
HEX_ID = re.compile(r"\b[0-9a-fA-F]{8}(?:-?[0-9a-fA-F]{4}){0,3}(?:-?[0-9a-fA-F]{12})?\b")


# --- every event the program writes has Danish wording --------------------------------

def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id == "AuditAction":
        return node.attr.lower()
    return None


def _combinations() -> dict[tuple[str, str], str]:
    """(action, entity) of every audit.record / audit.append / PrintJob in the program."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(
                func.value, ast.Name) else ""
            keywords = {k.arg: k.value for k in node.keywords}
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if owner == "audit" and name == "record":
                args = node.args
                if len(args) < 3:
                    continue
                action = _literal(args[2])
                entity_node = args[3] if len(args) > 3 else keywords.get("entity")
                entity = "" if entity_node is None else _literal(entity_node)
                if entity is None and isinstance(args[3] if len(args) > 3 else None,
                                                 ast.Attribute):
                    continue  # printing's job.entity: the PrintJob calls below
                found[(action, entity)] = where
            elif name != "PrintJob" and isinstance(keywords.get("action"), ast.Attribute) \
                    and getattr(keywords["action"].value, "id", "") == "AuditAction":
                action = _literal(keywords["action"])  # audit.append, audit._insert
                entity = _literal(keywords["entity"]) if "entity" in keywords else ""
                found[(action, entity)] = where
            elif name == "PrintJob":
                entity = _literal(node.args[2]) if len(node.args) > 2 else \
                    _literal(keywords["entity"])
                action = _literal(keywords["action"]) if "action" in keywords else "print"
                found[(action, entity)] = where
    return found


def test_every_logged_action_and_entity_has_danish_wording():
    combinations = _combinations()
    assert len(combinations) > 80  # the scan found the services' events
    assert None not in {a for a, _ in combinations} | {e for _, e in combinations}
    missing = {k: v for k, v in combinations.items() if not has_wording(*k)}
    assert missing == {}, f"no Danish wording for {missing}"


@pytest.mark.parametrize("sentence", sorted(set(WORDING.values())))
def test_the_wording_has_no_english_word_or_code(sentence):
    words = set(re.findall(r"[a-zæøå_]+", sentence.casefold()))
    assert not words & set(ENGLISH), sentence
    assert "_" not in sentence


def test_details_refine_the_wording_and_are_never_repeated():
    assert event_sentence("export", "handover_packet",
                          "to Børnehaven Spiren; consent 73F98658; categories handleplan; "
                          "0 observations", recipient=RECIPIENT) \
        == "udskrev overleveringsmappe til Børnehaven Spiren"
    assert event_sentence("update", "consent", "withdrawn") \
        == "registrerede, at et samtykke er trukket tilbage"
    assert event_sentence("create", "placement", "home=1725ac87-0000 places=4") \
        == "indskrev barnet hos en dagplejer"
    unknown = event_sentence("view", "something_new", "id=1725ac87")
    assert unknown == "så oplysninger om barnet"


# --- the printed log ---------------------------------------------------------------------

def _log_section(text: str) -> str:
    return text[text.rindex("Adgangslog"):]


@pytest.fixture
def hanne(installation, consultant_ctx):
    users.create_user(consultant_ctx, LOGIN, NAME, UserRole.CONSULTANT, PASSWORD)
    ctx = installation.login(LOGIN, PASSWORD)
    yield ctx
    ctx.close()


def test_the_printed_log_reads_in_plain_danish(consultant_ctx, hanne, case, out):
    consents.record_consent(hanne, consents.ConsentInput(
        case.child_id, case.mother_id, ConsentPurpose.HANDOVER, (RECIPIENT,),
        "Aftalt på mødet", hanne.today() - timedelta(days=2), categories=("handleplan",),
        recipient_role="Kommende børnehave"))
    children.get_child(hanne, case.child_id)
    observations.create_observation(hanne, observations.ObservationInput(
        case.child_id, "Łucja hjalp med at dække bord."))
    printing.print_action_plan(hanne, case.plan_id, out / "plan.pdf")
    printing.print_handover(hanne, case.child_id, RECIPIENT, out / "pakke.pdf")
    path = printing.print_case_folder(consultant_ctx, case.child_id, out / "mappe.pdf",
                                      purpose="Indsigt efter GDPR art. 15")
    text = flat(full_text(path))
    log = _log_section(text)
    for expected in (f"{NAME} (Mini-dagplejekonsulent)", "Test Bruger (Mini-dagplejekonsulent)",
                     "Så barnets stamdata", "Skrev en observation", "Registrerede et samtykke",
                     "Udskrev barnets handleplan", f"Udskrev overleveringsmappe til {RECIPIENT}",
                     "Indskrev barnet hos en dagplejer", "Oprettede barnet", "kl. "):
        assert expected in log, expected
    assert LOGIN not in text
    assert not re.search(r"\btest\b", log)  # the other login name, lower case as typed
    words = set(re.findall(r"[A-Za-zÆØÅæøå]+", log.casefold()))
    assert not words & set(ENGLISH), words & set(ENGLISH)
    # No id anywhere in the folder, also not the consent's short reference.
    assert not HEX_ID.search(text), HEX_ID.search(text)
    # What was disclosed, and to whom, is also in its own section, under a named consent.
    disclosed = text[text.rindex("Oplysninger givet videre"):text.rindex("Adgangslog")]
    assert RECIPIENT in disclosed and "Samtykke fra mor af" in disclosed


# --- every record about the child ----------------------------------------------------------

def test_supervision_notes_that_name_the_child_are_in_her_folder(consultant_ctx, case, out):
    now = consultant_ctx.now()
    naming = "Łucja sad længe ved vinduet og så på fuglene; puderummet er nyt."
    with consultant_ctx.db.transaction() as s:
        s.add_all([
            Visit(kind=VisitKind.SUPERVISION.value, consultant_id=consultant_ctx.user.
                  professional_id, home_id=case.home_id, visited_at=now - timedelta(days=3),
                  notes=naming),
            # Before she was placed in the home: not about her time there.
            Visit(kind=VisitKind.SUPERVISION.value, home_id=case.home_id,
                  visited_at=now - timedelta(days=400),
                  notes="Łucja kommer måske hertil senere (gammelt tilsyn)."),
        ])
    path = printing.print_case_folder(consultant_ctx, case.child_id, out / "mappe.pdf")
    text = flat(full_text(path))
    assert flat(naming) in text
    assert "gammelt tilsyn" not in text
    # A supervision of the home that does not name her is not part of her folder.
    assert "Puderummet er nyt." not in text
    assert OTHER not in text
