"""``consent list|add|withdraw``: consents with their scope, so scripts can reach them.

A consent names its recipient and the categories of information it covers (codes of
``domain.consent_scope``); a handover packet holds those categories only. Withdrawing a
consent takes effect at once; what was given before stays in the log.
"""

from __future__ import annotations

from ..domain import consent_scope
from ..domain.enums import ConsentForm, ConsentPurpose
from ..domain.errors import ValidationError
from ..reports.dates import danish_date
from ..services.records import consents
from ..services.security.access import parse_uuid
from ..services.records.consents import ConsentInfo
from .calendar_commands import parse_day
from .common import fmt_date, logged_in, run_listing
from .parser import add_json_flag

CATEGORY_HELP = ", ".join(consent_scope.CODES)


def register(commands) -> None:
    consent = commands.add_parser(
        "consent", help="samtykker: list, add, withdraw",
        description="Samtykker fra forældre med forældremyndighed: hvem oplysningerne må gives "
                    "til, og hvilke slags oplysninger (kategorier: " + CATEGORY_HELP + ").")
    sub = consent.add_subparsers(dest="consent_command", metavar="list|add|withdraw",
                                 required=True, title="kommandoer")

    listing = sub.add_parser(
        "list", help="list samtykkerne",
        description="Samtykkerne, nyeste først, med status i dag. Felter i JSON: id, "
                    "child_id, recipient, recipient_role, purpose, categories (koder), "
                    "given_by, given_on, expires_on, withdrawn_on, status (valid|pending|"
                    "expired|withdrawn), status_label, reference.")
    listing.add_argument("--child", metavar="ID", help="kun dette barns samtykker")
    add_json_flag(listing)
    listing.set_defaults(run=run_consent_list)

    add = sub.add_parser(
        "add", help="registrér et samtykke",
        description="Registrér et samtykke fra en forælder med forældremyndighed. "
                    "Kategorierne afgør, hvad der må gives videre (mindst én): "
                    + CATEGORY_HELP + ".")
    add.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    add.add_argument("--recipient", required=True, metavar="NAVN",
                     help="modtageren (institution eller person)")
    add.add_argument("--categories", required=True, metavar="KODER",
                     help="kommasepareret, fx handleplan,udvikling")
    add.add_argument("--given-by", required=True, metavar="GUARDIAN_ID",
                     help="forælderens id (med forældremyndighed)")
    add.add_argument("--expires", metavar="DATO", help="udløbsdato (ÅÅÅÅ-MM-DD)")
    add.add_argument("--given", metavar="DATO", help="dato for samtykket (standard: i dag)")
    add.add_argument("--purpose", default=ConsentPurpose.HANDOVER.value,
                     choices=[p.value for p in ConsentPurpose],
                     help="formål (standard: handover)")
    add.add_argument("--role", default="", metavar="ROLLE",
                     help="modtagerens rolle, fx »Kommende børnehave«")
    add.add_argument("--note", default="", metavar="TEKST", help="en note om samtykket")
    add.add_argument("--oral", action="store_true", help="samtykket er givet mundtligt")
    add.set_defaults(run=run_consent_add)

    withdraw = sub.add_parser(
        "withdraw", help="træk et samtykke tilbage",
        description="Forælderen trækker samtykket tilbage (fra i dag, eller fra --date). "
                    "Det, der allerede er givet videre, står stadig i loggen.")
    withdraw.add_argument("consent_id", metavar="CONSENT_ID", help="samtykkets id")
    withdraw.add_argument("--date", metavar="DATO", help="datoen (ÅÅÅÅ-MM-DD; standard: i dag)")
    withdraw.set_defaults(run=run_consent_withdraw)


def consent_json(c: ConsentInfo) -> dict:
    return {"id": c.id, "child_id": c.child_id, "recipient": ", ".join(c.recipients),
            "recipient_role": c.recipient_role, "purpose": c.purpose,
            "categories": list(c.categories), "given_by": c.guardian_name,
            "given_on": c.given_on, "expires_on": c.expires_on,
            "withdrawn_on": c.withdrawn_on, "status": c.state, "status_label": c.state_label,
            "reference": c.reference}


def run_consent_list(args) -> int:
    child_id = parse_uuid(args.child, "barne-id") if args.child else None
    return run_listing(
        args, lambda ctx: consents.list_all_consents(ctx, child_id), to_json=consent_json,
        empty="Ingen samtykker.",
        headers=["Modtager", "Formål", "Omfatter", "Givet", "Udløber", "Status", "Id"],
        row=lambda c: [", ".join(c.recipients), c.purpose.label,
                       ", ".join(c.categories) or "(ikke angivet)", fmt_date(c.given_on),
                       fmt_date(c.expires_on), c.state_label, c.id])


def _categories(text: str) -> tuple[str, ...]:
    codes = consents.parse_categories(text)
    if not codes:
        raise ValidationError("Angiv mindst én kategori med --categories, fx "
                              "handleplan,udvikling. Kategorier: {categories}.",
                              categories=CATEGORY_HELP,
                              log_message="consent add without categories")
    return codes


def run_consent_add(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    guardian_id = parse_uuid(args.given_by, "forælder-id")
    codes = _categories(args.categories)
    expires = parse_day(args.expires, "--expires") if args.expires else None
    given = parse_day(args.given, "--given") if args.given else None
    with logged_in(args) as ctx:
        info = consents.record_consent(ctx, consents.ConsentInput(
            child_id, guardian_id, ConsentPurpose(args.purpose), (args.recipient,), args.note,
            given or ctx.today(), expires, ConsentForm.ORAL if args.oral else
            ConsentForm.WRITTEN, codes, args.role))
    print(f"Samtykket er registreret (reference {info.reference}): "
          f"{', '.join(info.recipients)} må få {consent_scope.describe(info.categories)}. "
          f"Id: {info.id}")
    return 0


def run_consent_withdraw(args) -> int:
    consent_id = parse_uuid(args.consent_id, "samtykke-id")
    day = parse_day(args.date, "--date") if args.date else None
    with logged_in(args) as ctx:
        info = consents.withdraw_consent(ctx, consent_id, day)
    print(f"Samtykket {info.reference} til {', '.join(info.recipients)} er trukket tilbage "
          f"den {danish_date(info.withdrawn_on)}. Det, der allerede er givet videre, står "
          "stadig i loggen.")
    return 0
