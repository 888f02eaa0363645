"""``plan sign`` and ``meeting referent``: recording what happened on paper – who signed
an action plan version, and who took the minutes of a held meeting when nobody noted it."""

from __future__ import annotations

from ..domain.date_input import read_date
from ..domain.enums import SignatureMethod
from ..services.meeting_cycle import meeting_minutes, plans
from ..services.security.access import parse_uuid
from .common import fmt_date, logged_in


def register_sign(sub) -> None:
    sign = sub.add_parser("sign", help="registrér at en person har underskrevet en version",
                          description="Én person har underskrevet en version af "
                                      "handleplanen: på papir (standard; den underskrevne "
                                      "kopi arkiveres) eller godkendt i programmet (--in-app).")
    sign.add_argument("plan_id", metavar="PLAN_ID", help="handleplanens id (»plan list«)")
    sign.add_argument("--name", required=True, metavar="NAVN", help="hvem der underskrev")
    sign.add_argument("--role", default="", metavar="ROLLE",
                      help="fx Mor, Mini-dagplejer, Mini-dagplejekonsulent")
    sign.add_argument("--date", metavar="DATO", help="hvornår (standard: i dag)")
    sign.add_argument("--in-app", action="store_true", help="godkendt i programmet")
    sign.set_defaults(run=run_sign)


def register_referent(sub) -> None:
    referent = sub.add_parser("referent", help="registrér referenten af et afholdt møde",
                              description="Hvem der tog referatet, når det ikke blev "
                                          "registreret, da mødet blev afholdt. En registreret "
                                          "referent udskiftes ikke.")
    referent.add_argument("meeting_id", metavar="MEETING_ID", help="mødets id (»meeting list«)")
    referent.add_argument("name", metavar="NAVN", help="referentens navn")
    referent.set_defaults(run=run_referent)


def run_sign(args) -> int:
    plan_id = parse_uuid(args.plan_id, "handleplans-id")
    method = SignatureMethod.APP if args.in_app else SignatureMethod.PAPER
    with logged_in(args) as ctx:
        day = read_date(args.date, ctx.today()).day if args.date else ctx.today()
        info = plans.record_signature(ctx, plan_id, plans.SignatureInput(
            args.name, day, method, args.role))
    name = " ".join(args.name.split())
    print(f"{name} har underskrevet handleplanen version {info.version} "
          f"({method.label.lower()}, {fmt_date(day)}).")
    return 0


def run_referent(args) -> int:
    meeting_id = parse_uuid(args.meeting_id, "møde-id")
    with logged_in(args) as ctx:
        detail = meeting_minutes.record_referent(ctx, meeting_id, args.name)
    print(f"Referenten er registreret: {detail.referent}.")
    return 0
