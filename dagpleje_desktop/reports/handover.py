"""Overleveringspakke: what the next institution gets when the child moves on, released
under the guardians' consent (the consent itself is printed at the back)."""

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
from .style import PageSetup, render


def first_name(full_name: str) -> str:
    return full_name.split()[0] if full_name.split() else full_name


def standard_letter(doc: HandoverDocument) -> str:
    name = first_name(doc.child.name)
    start = (f" den {danish_date(doc.handover_on)}" if doc.handover_on else "")
    sender = doc.sender
    signature = "Med venlig hilsen\n" + (sender.name if sender else doc.author)
    if sender:
        signature += "\n" + "\n".join(x for x in (sender.role, sender.phone and
                                                   f"Tlf. {sender.phone}", sender.email) if x)
    return (
        f"Kære {doc.recipient}\n\n"
        f"{name} skal begynde hos jer{start}. For at give {name} en god overgang sender vi "
        f"her en overleveringspakke fra Mini-dagplejen. Den er lavet i samarbejde med "
        f"{name}s forældre, som har givet samtykke til, at I får oplysningerne.\n\n"
        f"Pakken fortæller om {name}, om hvad der virker for {name}, om trivsel og udvikling, "
        "om de mål vi arbejder med nu og om den seneste handleplan. Bagerst står "
        f"kontaktoplysninger på de fagpersoner, der kender {name}, og det samtykke, "
        "oplysningerne er givet videre med.\n\n"
        f"Oplysningerne er fortrolige. Brug dem kun til at tage godt imod {name}, og opbevar "
        "dem forsvarligt.\n\n"
        "Ring eller skriv gerne, hvis I har spørgsmål. Vi deltager også gerne i et "
        "overleveringsmøde.\n\n" + signature)


def render_handover(doc: HandoverDocument) -> bytes:
    child = doc.child
    name = first_name(child.name)
    story: list[Flowable] = [
        *title_block("Overlevering", f"{child.name} til {doc.recipient}"),
        facts([("Til", doc.recipient), ("Fra", doc.org.unit or doc.org.name),
               ("Dato", danish_date(doc.printed_on)),
               ("Overgang", danish_date(doc.handover_on))], boxed=True),
        Spacer(1, 6 * mm),
        *paragraphs(doc.letter or standard_letter(doc), "Letter"),
        CondPageBreak(70 * mm),
        heading("Indhold", 0, keep_with_next=False), contents(),
        PageBreak(),
        heading(f"Om {name}", 0, toc=True), child_facts(child), Spacer(1, 4 * mm),
        *needs_section(child),
    ]
    if doc.guardians:
        story += table_section("Forældre", contacts_table(doc.guardians,
                                                           role_header="Relation"), 1)
    story += [CondPageBreak(90 * mm), heading("Udvikling og trivsel", 0, toc=True),
              *development_section(doc.development), *wellbeing_section(doc.wellbeing)]
    story += table_section("Mål lige nu", goals_table(doc.goals, with_status=True), 0,
                           toc=True)
    story.append(heading("Seneste godkendte handleplan", 0, toc=True))
    if doc.plan is None:
        story += paragraphs("Der er ingen godkendt handleplan.", "Empty")
    else:
        story += [plan_facts(doc.plan, child),
                  *plan_sections(doc.plan, level=1, signatures=False)]
    story += [CondPageBreak(60 * mm), heading("Udvalgte observationer", 0, toc=True)]
    if doc.observations:
        story += paragraphs("Observationerne er valgt af mini-dagplejekonsulenten til "
                            "overleveringen.", "Muted")
    story += observation_entries(doc.observations)
    story += table_section("Kontakter", contacts_table(
        doc.contacts, empty_text="Der er ikke registreret fagpersoner omkring barnet."), 0,
        toc=True)
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
