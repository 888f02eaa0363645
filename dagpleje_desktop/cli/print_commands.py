"""``print action-plan|agenda|minutes|supervision|handover|folder|case-folder|guest-sheet|
status|topi|consent-form|letter|supervision-checklist|supervision-month|transition|course
… -o FILE.pdf``.

The printing services check the target folder first, write the PDF atomically and log
the print in the same transaction, so a refused print leaves neither a file nor a log
entry. A handover packet is made only under a valid consent for that recipient.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import ValidationError
from ..services.documents import printing
from ..services.security.access import parse_uuid
from ..services.meeting_cycle.plans import current_plan
from .calendar_commands import check_output
from .common import logged_in


def register(commands) -> None:
    printer = commands.add_parser(
        "print", help="lav et dokument som PDF",
        description="Handleplan, dagsorden, referat, tilsynsrapport, overleveringspakke, "
                    "folder, barnets mappe og taskeseddel som PDF. Hver udskrift logges. "
                    "Id'er findes med »plan list«, »meeting list«, »visit list« og "
                    "»child list«.")
    sub = printer.add_subparsers(dest="document", metavar="DOKUMENT", required=True,
                                 title="dokumenter")

    plan = _document(sub, "action-plan", run_action_plan, "handleplanen",
                     "En version af barnets handleplan med mål og underskriftslinjer. Angiv "
                     "planens id, eller --child for barnets seneste godkendte handleplan.")
    plan.add_argument("plan_id", nargs="?", metavar="PLAN_ID",
                      help="handleplanens id (fra »plan list«)")
    plan.add_argument("--child", metavar="ID", help="barnets seneste godkendte handleplan")

    for name, run, what, text in (
            ("agenda", run_agenda, "dagsordenen",
             "Dagsorden til et møde med et resumé af forberedelsen."),
            ("minutes", run_minutes, "referatet",
             "Referat af et møde med beslutninger og opfølgning.")):
        meeting = _document(sub, name, run, what, text)
        meeting.add_argument("meeting_id", metavar="MEETING_ID",
                             help="mødets id (fra »meeting list«)")

    visit = _document(sub, "supervision", run_supervision, "tilsynsrapporten",
                      "Rapport fra et tilsyn eller hjemmebesøg.")
    visit.add_argument("visit_id", metavar="VISIT_ID", help="besøgets id (fra »visit list«)")

    handover = _document(
        sub, "handover", run_handover, "overleveringspakken",
        "Overleveringspakke til den næste institution. Laves kun, når der er et gyldigt "
        "samtykke til overlevering til modtageren; udleveringen registreres.")
    handover.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    handover.add_argument("--recipient", required=True, metavar="NAVN",
                          help="modtageren, som den står på samtykket")
    handover.add_argument("--observation", action="append", default=[], metavar="ID",
                          help="en observation, der skal med; kan gentages")

    _document(sub, "folder", run_folder, "folderen",
              "Folderen om Mini-dagplejen til forældre (A4 på tværs, foldet i tre).")

    case_folder = _document(sub, "case-folder", run_case_folder, "barnets mappe",
                            "Alt om ét barn, fx til en anmodning om indsigt.")
    case_folder.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    case_folder.add_argument("--purpose", default="", metavar="TEKST",
                             help="hvorfor mappen udskrives (står i loggen)")

    guest = _document(sub, "guest-sheet", run_guest_sheet, "taskesedlen",
                      "Taskeseddel, der følger barnet i gæstepleje.")
    guest.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    guide = _document(sub, "guide", run_guide, "brugervejledningen",
                      "Programmets brugervejledning (den samme som F1 viser), med "
                      "skærmbilleder. Kræver ikke login.")
    guide.add_argument("--language", choices=("da", "en"), default="da",
                       help="vejledningens sprog (da eller en)")
    register_practice(sub)


def _document(sub, name: str, run, what: str, description: str):
    parser = sub.add_parser(name, help=f"gem {what} som PDF", description=description)
    parser.add_argument("-o", "--output", required=True, metavar="FIL",
                        help="PDF-filens navn (.pdf tilføjes, hvis det mangler)")
    parser.set_defaults(run=run)
    return parser


def _target(args) -> Path:
    """Checked before logging in, so a bad path is refused before anything is read."""
    path = Path(args.output).expanduser()
    if path.suffix.lower() != ".pdf":  # as the printing service does
        path = path.with_name(path.name + ".pdf")
    return check_output(path, "PDF-filen")


def _saved(what: str, path: Path) -> int:
    print(f"{what} er gemt i {path}.")
    return 0


def run_action_plan(args) -> int:
    if (args.plan_id is None) == (args.child is None):
        raise ValidationError("Angiv enten handleplanens id eller --child med barnets id "
                              "(ikke begge).", log_message="action-plan needs plan or child")
    plan_id = parse_uuid(args.plan_id, "handleplans-id") if args.plan_id else None
    child_id = parse_uuid(args.child, "barne-id") if args.child else None
    target = _target(args)
    with logged_in(args) as ctx:
        if plan_id is None:
            plan = current_plan(ctx, child_id)
            if plan is None:
                raise ValidationError("Barnet har ingen godkendt handleplan endnu. Udskriv en "
                                      "bestemt version med dens id (se »plan list«).",
                                      log_message="no approved plan for child")
            plan_id = plan.id
        path = printing.print_action_plan(ctx, plan_id, target)
    return _saved("Handleplanen", path)


def run_guide(args) -> int:
    from ..reports.user_guide import render_user_guide
    from ..user_guide import chapters
    target = _target(args)
    target.write_bytes(render_user_guide(chapters(args.language), args.language))
    return _saved("Brugervejledningen", target)


def _print_record(args, record_id: str, id_name: str, render, document: str) -> int:
    """One document about one record: parse its id, log in, render, say where it went."""
    parsed = parse_uuid(record_id, id_name)
    target = _target(args)
    with logged_in(args) as ctx:
        path = render(ctx, parsed, target)
    return _saved(document, path)


def run_agenda(args) -> int:
    return _print_record(args, args.meeting_id, "møde-id", printing.print_agenda, "Dagsordenen")


def run_minutes(args) -> int:
    return _print_record(args, args.meeting_id, "møde-id", printing.print_minutes, "Referatet")


def run_supervision(args) -> int:
    return _print_record(args, args.visit_id, "besøgs-id", printing.print_supervision,
                         "Tilsynsrapporten")


def run_handover(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    observation_ids = [parse_uuid(o, "observations-id") for o in args.observation]
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_handover(ctx, child_id, args.recipient, target,
                                       observation_ids=observation_ids)
    recipient = " ".join(args.recipient.split())
    print(f"Overleveringspakken til »{recipient}« er gemt i {path}. Udleveringen er "
          "registreret.")
    return 0


def run_folder(args) -> int:
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_folder(ctx, target)
    return _saved("Folderen", path)


def run_case_folder(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_case_folder(ctx, child_id, target, purpose=args.purpose)
    return _saved("Barnets mappe", path)


def run_guest_sheet(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_guest_sheet(ctx, child_id, target)
    return _saved("Taskesedlen", path)


# --- practice documents: status, topi, consent-form, letter, supervision papers -----------

def register_practice(sub) -> None:
    status = _document(
        sub, "status", run_status, "statusbeskrivelsen",
        "Statusbeskrivelse til det næste planlagte statusmøde (eller --meeting). Med "
        "--recipient sendes den til en samarbejdspart og laves kun under et gyldigt "
        "samtykke, der omfatter statusbeskrivelsen; udleveringen registreres.")
    status.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    status.add_argument("--meeting", metavar="MEETING_ID",
                        help="statusmødet (fra »meeting list«); ellers det næste planlagte")
    status.add_argument("--recipient", default="", metavar="NAVN",
                        help="samarbejdspart uden for barnets team, som på samtykket")

    topi = _document(sub, "topi", run_topi, "TOPI-arket",
                     "Barnets trivselspositioner: individuelle og fælles vurderinger med "
                     "handlingen for hver position.")
    topi.add_argument("child_id", metavar="CHILD_ID", help="barnets id")

    consent = _document(sub, "consent-form", run_consent_form, "samtykkeerklæringen",
                        "Samtykkeerklæring til underskrift, eller med --withdrawal blanketten "
                        "til at trække samtykket tilbage. Id'er findes med »consent list«.")
    consent.add_argument("consent_id", metavar="CONSENT_ID", help="samtykkets id")
    consent.add_argument("--withdrawal", action="store_true",
                         help="blanket til tilbagekaldelse af samtykket")

    letter = _document(sub, "letter", run_letter, "brevet",
                       "Brev til forældrene med forældremyndighed, med »Kopi til«: "
                       "invitation til et planlagt møde (møde-id), besked om gæstepleje "
                       "(gæstepleje-id) eller afgørelse fra visitationsudvalget "
                       "(indstillings-id).")
    letter.add_argument("kind", choices=("invitation", "guest-care", "decision"),
                        metavar="invitation|guest-care|decision", help="hvilket brev")
    letter.add_argument("record_id", metavar="ID",
                        help="mødets, gæsteplejens eller indstillingens id")

    checklist = _document(sub, "supervision-checklist", run_supervision_checklist,
                          "tjeklisten til tilsynet",
                          "Tjekliste til et tilsyn (sikkerhed, hygiejne, søvn, "
                          "læreplanstemaer, barnets trivsel). Et tilsyn, der ikke er "
                          "afholdt endnu, udskrives som »Planlagt«.")
    checklist.add_argument("visit_id", metavar="VISIT_ID", help="tilsynets id (»visit list«)")

    month = _document(sub, "supervision-month", run_supervision_month,
                      "månedsoversigten over tilsyn",
                      "Tilsyn pr. mini-dagplejehjem i en måned: afholdte og planlagte "
                      "besøg, og hjem uden tilsyn.")
    month.add_argument("month", metavar="ÅÅÅÅ-MM", help="måneden, fx 2026-03")

    transition = _document(
        sub, "transition", run_transition, "overgangsbeskrivelsen",
        "Overgangsbeskrivelse (pædagogisk udviklingsbeskrivelse) til børnehaven. Uden "
        "--recipient: til forældrene og barnets team, med forslag fra journalen i de "
        "afsnit, ingen har skrevet endnu (KLADDE). Med --recipient: kun under et gyldigt "
        "samtykke til overlevering, kun de afsnit samtykket omfatter; udleveringen "
        "registreres. Afsnittene skrives med »transition edit«.")
    transition.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    transition.add_argument("--recipient", default="", metavar="NAVN",
                            help="børnehaven, som den står på samtykket")

    course = _document(sub, "course", run_course, "forløbets papirer",
                       "Hjemmepædagogisk forløb (aftale, mål, afslutning), minivejledning "
                       "(aftale og timelog) eller småbørnscafé (noterne kun under "
                       "forældrenes samtykke til deling).")
    course.add_argument("course_id", metavar="COURSE_ID", help="forløbets id (»course list«)")


def run_status(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    meeting_id = parse_uuid(args.meeting, "møde-id") if args.meeting else None
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_status_description(ctx, child_id, target, meeting_id=meeting_id,
                                                 recipient=args.recipient)
    recipient = " ".join(args.recipient.split())
    if recipient:
        print(f"Statusbeskrivelsen til »{recipient}« er gemt i {path}. Udleveringen er "
              "registreret.")
        return 0
    return _saved("Statusbeskrivelsen", path)


def run_topi(args) -> int:
    return _print_record(args, args.child_id, "barne-id", printing.print_topi, "TOPI-arket")


def run_consent_form(args) -> int:
    consent_id = parse_uuid(args.consent_id, "samtykke-id")
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_consent_form(ctx, consent_id, target,
                                           withdrawal=args.withdrawal)
    return _saved("Blanketten til tilbagekaldelse" if args.withdrawal
                  else "Samtykkeerklæringen", path)


_LETTER_IDS = {"invitation": "møde-id", "guest-care": "gæstepleje-id",
               "decision": "indstillings-id"}


def run_letter(args) -> int:
    record_id = parse_uuid(args.record_id, _LETTER_IDS[args.kind])
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_letter(ctx, args.kind, record_id, target)
    return _saved("Brevet", path)


def run_supervision_checklist(args) -> int:
    return _print_record(args, args.visit_id, "besøgs-id",
                         printing.print_supervision_checklist, "Tjeklisten")


def run_supervision_month(args) -> int:
    try:
        year, month = (int(part) for part in args.month.strip().split("-"))
    except ValueError:
        raise ValidationError("»{month}« er ikke en måned. Skriv den som ÅÅÅÅ-MM, fx 2026-03.",
                              month=args.month, log_message="bad month argument") from None
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_supervision_month(ctx, year, month, target)
    return _saved("Månedsoversigten", path)


def run_transition(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    target = _target(args)
    with logged_in(args) as ctx:
        path = printing.print_transition(ctx, child_id, target, recipient=args.recipient)
    recipient = " ".join(args.recipient.split())
    if recipient:
        print(f"Overgangsbeskrivelsen til »{recipient}« er gemt i {path}. Udleveringen er "
              "registreret.")
        return 0
    return _saved("Overgangsbeskrivelsen", path)


def run_course(args) -> int:
    return _print_record(args, args.course_id, "forløbs-id", printing.print_course,
                         "Forløbets papirer")
