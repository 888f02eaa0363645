"""``child list``, ``child show ID``, ``child erase ID --yes`` (GDPR erasure) and
``child merge KEEP_ID MERGE_ID [--yes]`` (two records of one real child become one)."""

from __future__ import annotations

from ..domain.child_record import HEALTH_FIELDS, allergy_warning, health_state, health_text
from ..domain.domains import domain_by_code
from ..services.security.access import parse_uuid
from ..domain.errors import ValidationError
from ..services.records.children import ChildDetail, ChildSummary, get_child, list_children
from ..services.exchange.sync import erase_child, merge_children
from ..services.journal.observations import ObservationInfo
from .common import (fmt_date, fmt_datetime, interactive, logged_in, one_line, print_json,
                     run_listing)
from .parser import add_json_flag


def register(commands) -> None:
    child = commands.add_parser("child", help="børn: list, vis og slet",
                                description="Børnene, du har adgang til.")
    sub = child.add_subparsers(dest="child_command", metavar="list|show|erase|merge",
                               required=True,
                               title="kommandoer")
    listing = sub.add_parser("list", help="list børnene",
                             description="Felter i JSON: id, name, first_name, last_name, cpr "
                                         "(maskeret), birth_date, age_months, status, "
                                         "status_label, home_id, home_name.")
    add_json_flag(listing)
    listing.add_argument("--all", action="store_true", help="medtag arkiverede børn")
    listing.set_defaults(run=run_child_list)
    show = sub.add_parser("show", help="vis et barns oplysninger",
                          description="Stamdata, forældre, indskrivninger, behov og de "
                                      "seneste observationer. Opslaget logges. I JSON har "
                                      "helbred (health.allergies, .medication, .diagnoses) "
                                      "tre tilstande: not_recorded, none og listed.")
    show.add_argument("id", metavar="ID", help="barnets id (fra »child list«)")
    add_json_flag(show)
    show.set_defaults(run=run_child_show)
    erase = sub.add_parser(
        "erase", help="slet et barn helt (ret til sletning, kun kontoret)",
        description="Sletter barnet og alt om barnet (observationer, mål, planer, møder, "
                    "forældre, der ikke har andre børn her) uden at gemme gamle værdier. "
                    "Sletningen sendes med de næste pakker og gennemføres på alle enheder. "
                    "Kan ikke fortrydes.")
    erase.add_argument("id", metavar="ID", help="barnets id (fra »child list«)")
    erase.add_argument("--yes", action="store_true",
                       help="bekræft, at barnet skal slettes helt (kræves uden terminal)")
    erase.set_defaults(run=run_child_erase)
    merge = sub.add_parser(
        "merge", help="læg to registreringer af samme barn sammen (kontoret og konsulenter)",
        description="Når samme barn er registreret på to enheder (samme CPR-nummer, se "
                    "»dagpleje conflicts«): alt om MERGE_ID (observationer, mål, planer, "
                    "møder, forældre, indskrivninger) flyttes til KEEP_ID, tomme felter i "
                    "KEEP_ID udfyldes fra MERGE_ID, og MERGE_ID forsvinder fra listen. "
                    "Sammenlægningen sendes med de næste pakker til alle enheder. Kan ikke "
                    "fortrydes.")
    merge.add_argument("keep_id", metavar="KEEP_ID", help="id på barnet, der beholdes")
    merge.add_argument("merge_id", metavar="MERGE_ID",
                       help="id på den registrering, der lægges ind i KEEP_ID")
    merge.add_argument("--yes", action="store_true",
                       help="bekræft sammenlægningen (kræves uden terminal)")
    merge.set_defaults(run=run_child_merge)


def child_json(c: ChildSummary) -> dict:
    return {"id": c.id, "name": c.name, "first_name": c.first_name, "last_name": c.last_name,
            "cpr": c.cpr_masked, "birth_date": c.birth_date, "age_months": c.age_months,
            "status": c.status, "status_label": c.status.label, "home_id": c.home_id,
            "home_name": c.home_name}


def observation_json(o: ObservationInfo) -> dict:
    return {"id": o.id, "child_id": o.child_id, "observed_at": o.observed_at,
            "author_name": o.author_name, "situation": o.situation, "text": o.text,
            "domains": list(o.domains), "position": o.position, "concern": o.concern,
            "sharing": o.sharing}


def run_child_list(args) -> int:
    return run_listing(
        args, lambda ctx: list_children(ctx, include_archived=args.all), to_json=child_json,
        headers=["Navn", "CPR", "Født", "Status", "Dagplejehjem", "Id"], empty="Ingen børn.",
        row=lambda c: [c.name, c.cpr_masked, fmt_date(c.birth_date), c.status.label,
                       c.home_name, c.id])


def run_child_show(args) -> int:
    child_id = parse_uuid(args.id, "barne-id")
    with logged_in(args) as ctx:
        detail = get_child(ctx, child_id)
    if args.json:
        print_json(detail_json(detail))
    else:
        print_detail(detail)
    return 0


def health_json(d: ChildDetail) -> dict:
    """Each health field in three states: ``value`` is null (not recorded), "" (an explicit
    none) or the list; ``state`` names it and ``text`` is what the app shows and prints."""
    return {name: {"state": health_state(getattr(d, name)).value,
                   "value": getattr(d, name),
                   "text": health_text(name, getattr(d, name))}
            for name in HEALTH_FIELDS}


def detail_json(d: ChildDetail) -> dict:
    record = child_json(d.summary)
    for name in ("special_needs", "diagnoses", "allergies", "medication", "routines",
                 "what_works", "languages", "doctor_name", "doctor_phone", "collectors"):
        record[name] = getattr(d, name)
    record["health"] = health_json(d)
    record["allergy_severity"] = d.allergy_severity
    record["allergy_warning"] = allergy_warning(d.allergy_severity, d.allergies)
    record["permissions"] = [{"kind": p.kind, "label": p.kind.label, "granted": p.granted,
                              "given_by": p.given_by, "given_by_name": p.given_by_name,
                              "given_on": p.given_on} for p in d.permissions]
    record["guardians"] = list(d.guardians)
    record["placements"] = list(d.placements)
    record["recent_observations"] = [observation_json(o) for o in d.recent_observations]
    return record


_RECORD_FIELDS = (("special_needs", "Særlige behov"), ("routines", "Rutiner"),
                  ("what_works", "Det virker for mig"), ("languages", "Sprog"),
                  ("doctor_name", "Læge"), ("doctor_phone", "Lægens telefon"),
                  ("collectors", "Må hentes af"))


def print_detail(d: ChildDetail) -> None:
    s = d.summary
    age = f" ({s.age_months} måneder)" if s.age_months is not None else ""
    lines = [("Id", s.id), ("CPR", s.cpr_masked or "—"), ("Født", fmt_date(s.birth_date) + age),
             ("Status", s.status.label), ("Dagplejehjem", s.home_name or "—")]
    warning = allergy_warning(d.allergy_severity, d.allergies)
    if warning:
        lines.append(("OBS", f"*** {warning} ***"))
    # Health always, in three states: "Ikke registreret" is never printed as "Ingen".
    lines += [(label, one_line(health_text(name, getattr(d, name))))
              for name, (label, _none) in HEALTH_FIELDS.items()]
    lines += [(label, one_line(getattr(d, name))) for name, label in _RECORD_FIELDS
              if getattr(d, name).strip()]
    print(s.name)
    width = max(len(label) for label, _ in lines) + 1
    for label, value in lines:
        print(f"  {(label + ':').ljust(width)} {value}")
    print("Forældre og værger:")
    for g in d.guardians or ():
        custody = ", forældremyndighed" if g.has_custody else ""
        contact = " · ".join(x for x in (g.phone, g.email) if x)
        print(f"  - {g.name} ({g.relation.lower()}{custody}){'  ' + contact if contact else ''}")
    if not d.guardians:
        print("  (ingen)")
    print("Indskrivninger:")
    for p in d.placements or ():
        until = f" til {fmt_date(p.end_date)}" if p.end_date else ""
        print(f"  - {p.home_name}: {p.places} pladser fra {fmt_date(p.start_date)}{until}")
    if not d.placements:
        print("  (ingen)")
    print("Seneste observationer:")
    for o in d.recent_observations or ():
        domains = ", ".join(domain_by_code(c).label for c in o.domains)
        tags = " ".join(f"[{t}]" for t in (o.position.label if o.position.value != "none"
                                           else "", domains) if t)
        print(f"  - {fmt_datetime(o.observed_at)}  {tags + ' ' if tags else ''}"
              f"{one_line(o.text, 100)}  ({o.id})")
    if not d.recent_observations:
        print("  (ingen)")


def _erase_confirmed(child_id) -> bool:
    if not interactive():
        raise ValidationError("Sletningen kan ikke fortrydes. Gentag kommandoen med --yes for "
                              "at slette barnet helt.", log_message="erase without --yes")
    answer = input(f"Barnet {child_id} og alt om barnet slettes på alle enheder og kan ikke "
                   "gendannes. Skriv »slet« for at fortsætte: ")
    return answer.strip().lower() == "slet"


def run_child_erase(args) -> int:
    child_id = parse_uuid(args.id, "barne-id")
    if not args.yes and not _erase_confirmed(child_id):
        raise ValidationError("Barnet er ikke slettet.", log_message="erase declined")
    with logged_in(args) as ctx:
        erased = erase_child(ctx, child_id)
    print(f"Barnet er slettet helt ({erased} poster). Sletningen sendes med de næste pakker, "
          "så barnet også slettes på de andre enheder.")
    return 0


def _merge_confirmed(ctx, keep_id, merge_id) -> bool:
    keep, gone = get_child(ctx, keep_id).summary, get_child(ctx, merge_id).summary
    answer = input(f"»{keep.name}« ({keep.cpr_masked or 'uden CPR'}) beholdes, og alt om "
                   f"»{gone.name}« ({gone.cpr_masked or 'uden CPR'}) flyttes over til det. "
                   "Det sendes til de andre enheder og kan ikke fortrydes. Skriv »ja« for at "
                   "fortsætte: ")
    return answer.strip().lower() in ("ja", "j")


def run_child_merge(args) -> int:
    keep_id, merge_id = parse_uuid(args.keep_id, "barne-id"), parse_uuid(args.merge_id,
                                                                         "barne-id")
    if not args.yes and not interactive():
        raise ValidationError("En sammenlægning kan ikke fortrydes. Gentag kommandoen med "
                              "--yes for at lægge de to børn sammen.",
                              log_message="merge without --yes")
    with logged_in(args) as ctx:
        if not args.yes and not _merge_confirmed(ctx, keep_id, merge_id):
            raise ValidationError("Børnene er ikke lagt sammen. Intet er ændret.",
                                  log_message="merge declined")
        merged = merge_children(ctx, keep_id, merge_id)
    moved = "1 post" if merged.moved_rows == 1 else f"{merged.moved_rows} poster"
    print(f"Børnene er lagt sammen: {moved} er flyttet til barnet {merged.kept_id}. "
          "Sammenlægningen sendes med de næste pakker, så den også sker på de andre enheder.")
    return 0
