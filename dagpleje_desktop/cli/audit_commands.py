"""``audit`` (the access log, newest first), ``audit verify`` and ``verify``."""

from __future__ import annotations

import sys

from ..domain.errors import ValidationError
from ..services.security import audit as audit_service
from ..services.security.access import parse_uuid
from ..services.security.audit import AuditEntry
from ..services.security.maintenance import verify_database
from .common import fmt_datetime, logged_in, one_line, run_listing
from .parser import add_json_flag

DEFAULT_LIMIT = 200


def register(commands) -> None:
    log = commands.add_parser(
        "audit", help="adgangsloggen: list eller kontrollér",
        description="Hændelserne i adgangsloggen, nyeste først. »audit verify« genberegner "
                    "kæden af hashværdier og finder ændrede eller slettede hændelser.")
    add_json_flag(log)
    log.add_argument("--child", metavar="ID", help="kun hændelser om dette barn")
    log.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                     help=f"højst N hændelser (standard {DEFAULT_LIMIT}; 0 = alle)")
    log.set_defaults(run=run_audit_list)
    sub = log.add_subparsers(dest="audit_command", metavar="verify", title="kommandoer")
    sub.add_parser("verify", help="kontrollér at loggen er intakt").set_defaults(
        run=run_audit_verify)

    verify = commands.add_parser(
        "verify", help="kontrollér databasen",
        description="Kører databasens eget integritetstjek, kontrollerer skemaversionen og "
                    "adgangsloggens kæde.")
    verify.set_defaults(run=run_verify)


def event_json(e: AuditEntry) -> dict:
    return {"seq": e.seq, "at": e.at, "username": e.username, "device_id": e.device_id,
            "action": e.action, "action_label": e.action.label, "entity": e.entity,
            "entity_id": e.entity_id or None, "child_id": e.child_id, "detail": e.detail}


def run_audit_list(args) -> int:
    child_id = parse_uuid(args.child, "barne-id") if args.child else None
    if args.limit < 0:
        raise ValidationError("--limit skal være 0 (alle) eller et positivt tal.")
    return run_listing(
        args, lambda ctx: audit_service.list_events(ctx, child_id=child_id,
                                                    limit=args.limit or None),
        to_json=event_json, empty="Ingen hændelser.",
        headers=["Nr.", "Tidspunkt", "Bruger", "Handling", "Hvad", "Detaljer"],
        row=lambda e: [e.seq, fmt_datetime(e.at), e.username, e.action.label,
                       " ".join(x for x in (e.entity, e.entity_id) if x),
                       one_line(e.detail, 60)])


def run_audit_verify(args) -> int:
    with logged_in(args) as ctx:
        report = audit_service.verify_chain(ctx)
    if not report.ok:
        sys.stderr.write(f"Loggen er brudt: {report.problem}\n")
        return 1
    print(f"Loggen er intakt ({report.events} hændelser).")
    return 0


def run_verify(args) -> int:
    with logged_in(args) as ctx:
        report = verify_database(ctx)
    if not report.ok:
        sys.stderr.write(" ".join(report.problems) + "\n")
        return 1
    print(f"Databasen er i orden: integritetstjek ok, skema {report.schema_revision}, "
          f"loggen er intakt ({report.audit_events} hændelser).")
    return 0
