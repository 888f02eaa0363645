"""Overleveringspakke: what the next institution gets when the child moves on, released
under the guardians' consent (the consent itself is printed at the back).

Only the sections the consent covers are printed (``doc.categories``); the first page says
which categories were disclosed, to whom and under which consent. A section that is not
covered is left out entirely, heading and all."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from .action_plan import plan_facts, plan_sections
from .blocks import (contacts_table, contents, facts, goals_table, heading, paragraphs, table_section,
                     title_block)
from .data import HandoverDocument
from .dates import danish_date
from .profile import (child_facts, consent_facts, development_section, needs_section,
                      observation_entries, wellbeing_section)
from ..domain.danish import possessive, salutation
from .style import PageSetup, render
from ..domain.danish import named_with_role


def first_name(full_name: str) -> str:
    return full_name.split()[0] if full_name.split() else full_name


def _contents_sentence(doc: HandoverDocument, name: str) -> str:
    codes = set(doc.categories)
    parts = []
    if "stamdata" in codes:
        parts.append(f"om {name} og om hvad der virker for {name}")
    if "helbred" in codes:
        parts.append(f"om {possessive(name)} helbred")
    if "familie" in codes:
        parts.append(f"om {possessive(name)} familie")
    if codes & {"udvikling", "trivsel"}:
        parts.append("om " + " og ".join(w for c, w in (("trivsel", "trivsel"),
                                                        ("udvikling", "udvikling"))
                                       if c in codes))
    if "handleplan" in codes:
        parts.append("om de mål vi arbejder med nu og om den seneste handleplan")
    if "statusbeskrivelse" in codes:
        parts.append("den seneste statusbeskrivelse")
    if "observationer" in codes:
        parts.append("udvalgte observationer")
    listed = (", ".join(parts[:-1]) + " og " + parts[-1]) if len(parts) > 1 else "".join(parts)
    back = "det samtykke, oplysningerne er givet videre med"
    if doc.contacts:
        back = f"kontaktoplysninger på de fagpersoner, der kender {name}, og " + back
    return (f"Pakken fortæller {listed}. " if listed else "") + f"Bagerst står {back}."


def standard_letter(doc: HandoverDocument) -> str:
    name = first_name(doc.child.name)
    start = (f" den {danish_date(doc.handover_on)}" if doc.handover_on else "")
    sender = doc.sender
    signature = "Med venlig hilsen\n" + (sender.name if sender else doc.author)
    if sender:
        signature += "\n" + "\n".join(x for x in (sender.role, sender.phone and
                                                   f"Tlf. {sender.phone}", sender.email) if x)
    return (
        f"{salutation(doc.recipient)}\n\n"
        f"{name} skal begynde hos jer{start}. For at give {name} en god overgang sender vi "
        f"her en overleveringspakke fra Mini-dagplejen. Den er lavet i samarbejde med "
        f"{possessive(name)} forældre, som har givet samtykke til, at I får oplysningerne.\n\n"
        f"{_contents_sentence(doc, name)} Forældrene har kun givet samtykke til de "
        "oplysninger, der står i pakken.\n\n"
        f"Oplysningerne er fortrolige. Brug dem kun til at tage godt imod {name}, og opbevar "
        "dem forsvarligt.\n\n"
        "Ring eller skriv gerne, hvis I har spørgsmål. Vi deltager også gerne i et "
        "overleveringsmøde.\n\n" + signature)


def disclosed_facts(doc: HandoverDocument) -> Flowable:
    """First page: exactly what was disclosed, to whom, under which consent."""
    consent = doc.consent
    given_by = (named_with_role(consent.guardian_name, consent.guardian_relation)
                if consent.guardian_relation else consent.guardian_name)
    to = f"{doc.recipient} ({doc.recipient_role})" if doc.recipient_role else doc.recipient
    return facts([
        ("Videregivet til", to),
        ("Oplysninger", "\n".join(doc.category_labels) or "Ingen"),
        ("Samtykke", f"Reference {consent.reference}, givet den "
                     f"{danish_date(consent.given_on)} af {given_by}"),
    ], boxed=True)


def render_handover(doc: HandoverDocument) -> bytes:
    child = doc.child
    name = first_name(child.name)
    codes = set(doc.categories)
    story: list[Flowable] = [
        *title_block("Overlevering", f"{child.name} til {doc.recipient}"),
        facts([("Til", doc.recipient), ("Fra", doc.org.unit or doc.org.name),
               ("Dato", danish_date(doc.printed_on)),
               ("Overgang", danish_date(doc.handover_on))], boxed=True),
        Spacer(1, 3 * mm),
        heading("Videregivne oplysninger", 1, keep_with_next=True),
        disclosed_facts(doc),
        Spacer(1, 6 * mm),
        *paragraphs(doc.letter or standard_letter(doc), "Letter"),
        CondPageBreak(70 * mm),
        heading("Indhold", 0, keep_with_next=False), contents(),
        PageBreak(),
    ]
    everyday, health = "stamdata" in codes, "helbred" in codes
    if everyday or health or "familie" in codes:
        story.append(heading(f"Om {name}", 0, toc=True))
        if everyday:
            story += [child_facts(child), Spacer(1, 4 * mm)]
        story += needs_section(child, everyday=everyday, health=health)
        if doc.guardians:
            story += table_section("Forældre", contacts_table(doc.guardians,
                                                               role_header="Relation"), 1)
    if codes & {"udvikling", "trivsel"}:
        title = " og ".join(t for c, t in (("udvikling", "Udvikling"), ("trivsel", "trivsel"))
                            if c in codes).capitalize()
        story += [CondPageBreak(90 * mm), heading(title, 0, toc=True)]
        if "udvikling" in codes:
            story += development_section(doc.development)
        if "trivsel" in codes:
            story += wellbeing_section(doc.wellbeing)
    if "handleplan" in codes:
        story += table_section("Mål lige nu", goals_table(doc.goals, with_status=True), 0,
                               toc=True)
        story.append(heading("Seneste godkendte handleplan", 0, toc=True))
        if doc.plan is None:
            story += paragraphs("Der er ingen godkendt handleplan.", "Empty")
        else:
            story += [plan_facts(doc.plan, child),
                      *plan_sections(doc.plan, level=1, signatures=False,
                                     with_goals=not doc.goals)]
    if "statusbeskrivelse" in codes:
        story += [CondPageBreak(60 * mm), heading("Seneste statusbeskrivelse", 0, toc=True)]
        if doc.status_description_on:
            story += paragraphs(f"Fra statusmødet {danish_date(doc.status_description_on)}.",
                                "Muted")
        story += paragraphs(doc.status_description,
                            empty="Der er ikke skrevet en statusbeskrivelse.")
    if "observationer" in codes:
        story += [CondPageBreak(60 * mm), heading("Udvalgte observationer", 0, toc=True)]
        if doc.observations:
            story += paragraphs("Observationerne er valgt af mini-dagplejekonsulenten til "
                                "overleveringen.", "Muted")
        story += observation_entries(doc.observations)
    if doc.contacts:
        story += table_section("Kontakter", contacts_table(doc.contacts), 0, toc=True)
    story += [CondPageBreak(90 * mm), heading("Samtykke", 0, toc=True),
              *paragraphs(f"Oplysningerne i denne pakke er givet videre til {doc.recipient} "
                          "med samtykke fra forældremyndighedsindehaveren. Samtykket kan "
                          "til enhver tid trækkes tilbage; det gælder ikke oplysninger, der "
                          "allerede er givet videre."),
              consent_facts(doc.consent)]
    setup = PageSetup(doc.org, "Overleveringspakke", subject_line=child.name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Overlevering af {child.name} til {doc.recipient}",
                      keywords=("overlevering", "mini-dagpleje", doc.recipient))
    return render(story, setup, with_toc=True)
