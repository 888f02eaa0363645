"""Samtykkeerklæring and tilbagekaldelse: printed from a recorded consent for the custody
holder to sign, naming information (the fixed categories), recipient and purpose. The withdrawal form lets the parent withdraw all or part of it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from .blocks import facts, heading, paragraphs, signature_block, title_block
from .dates import danish_date
from .practice_blocks import gap, tick_list, write_lines
from .practice_data import NOT_RECORDED, ConsentFormDocument
from .style import PageSetup, render
from ..domain.danish import named_with_role


def _facts(doc: ConsentFormDocument) -> Flowable:
    child, consent = doc.child, doc.consent
    born = danish_date(child.birth_date)
    if child.cpr_masked:
        born = f"{born} (CPR {child.cpr_masked})" if born else f"CPR {child.cpr_masked}"
    given_by = (named_with_role(consent.guardian_name, consent.guardian_relation)
                if consent.guardian_relation else consent.guardian_name)
    recipients = "\n".join(doc.recipients) or NOT_RECORDED
    if consent.recipient_role:
        recipients += f"\n(rolle: {consent.recipient_role})"
    rows = [("Barn", child.name), ("Født", born),
            ("Samtykke fra", given_by or NOT_RECORDED),
            ("Formål", consent.purpose), ("Modtager(e)", recipients),
            ("Givet", f"{danish_date(consent.given_on)} ({consent.form.lower()})"
             if consent.form else danish_date(consent.given_on)),
            ("Udløber", danish_date(consent.expires_on, "ingen udløbsdato")),
            ("Reference", consent.reference),
            ("Note", consent.information)]
    if doc.withdrawal or consent.withdrawn_on:
        rows.append(("Status", consent.status))
    return facts(rows, boxed=True)


def _consent(doc: ConsentFormDocument) -> tuple[list[Flowable], list[Flowable]]:
    child, consent = doc.child, doc.consent
    unit = doc.org.unit or doc.org.name
    story: list[Flowable] = [heading("Oplysninger, samtykket omfatter")]
    story += paragraphs("Kun de afkrydsede oplysninger må gives videre.", "Muted")
    story.append(tick_list([(c.label, c.description, c.covered) for c in doc.categories]))
    if not any(c.covered for c in doc.categories):
        story += paragraphs("Der er ikke valgt oplysninger på samtykket endnu; det dækker "
                            "derfor ingen oplysninger.", "Empty")
    closing = [heading("Samtykke"), *paragraphs(
        f"Jeg giver samtykke til, at {unit} må give de afkrydsede oplysninger om "
        f"{child.name} til de modtagere og til det formål, der står ovenfor.\n\n"
        "Jeg ved, at jeg til enhver tid kan trække samtykket tilbage, helt eller delvist. "
        "Tilbagekaldelsen gælder fra den dag, den modtages; oplysninger, der allerede er "
        "givet videre, kan ikke kaldes tilbage. Samtykket skal gives af en forælder med "
        "forældremyndighed.")]
    if consent.form and consent.form.lower().startswith("mundtlig"):
        closing += paragraphs(f"Samtykket blev givet mundtligt den "
                              f"{danish_date(consent.given_on)}. Underskriften bekræfter det.",
                              "Muted")
    return story, closing


def _withdrawal(doc: ConsentFormDocument) -> tuple[list[Flowable], list[Flowable]]:
    child, consent = doc.child, doc.consent
    covered = [c for c in doc.categories if c.covered]
    story: list[Flowable] = [heading("Jeg trækker samtykket tilbage")]
    story += paragraphs(f"Sæt kryds ved det, der skal gælde. Tilbagekaldelsen gælder fra den "
                        f"dag, {doc.org.unit or doc.org.name} modtager den.", "Muted")
    story.append(tick_list([("Hele samtykket",
                             f"Intet af det, samtykket {consent.reference} omfatter, må gives "
                             "videre fremover.", False),
                            ("Kun de oplysninger, jeg har sat kryds ved herunder", "", False)]))
    story.append(gap(2))
    if covered:
        story.append(tick_list([(c.label, c.description, False) for c in covered],
                               indent=7 * mm))
    else:
        story += paragraphs("Samtykket angiver ingen oplysninger.", "Empty")
    if consent.withdrawn_on:
        story += paragraphs(f"Registreret som trukket tilbage den "
                            f"{danish_date(consent.withdrawn_on)}.", "Muted")
    story += [heading("Eventuel bemærkning"), write_lines(3)]
    closing = [gap(2), *paragraphs(
        f"Oplysninger om {child.name}, der allerede er givet videre, kan ikke kaldes "
        "tilbage, men modtagerne får ikke flere oplysninger under samtykket.")]
    return story, closing


def render_consent_form(doc: ConsentFormDocument) -> bytes:
    child, consent = doc.child, doc.consent
    title = "Tilbagekaldelse af samtykke" if doc.withdrawal else "Samtykkeerklæring"
    story: list[Flowable] = [*title_block(title, f"{child.name} · {consent.purpose}"),
                             _facts(doc)]
    body, closing = _withdrawal(doc) if doc.withdrawal else _consent(doc)
    story += body
    signer = consent.guardian_name or "Forælder med forældremyndighed"
    signature: list[Flowable] = [gap(6),
                                 signature_block([(signer, "forælder med forældremyndighed")])]
    if doc.sender is not None:
        signature += paragraphs(f"Modtaget af: {doc.sender.name}"
                                + (f", {doc.sender.role.lower()}" if doc.sender.role else "")
                                + ". Dato: ____________", "Muted")
    # The declaration and the signature stay on one page: nobody signs a page without text.
    story.append(KeepTogether(closing + signature))
    setup = PageSetup(doc.org, title, subject_line=child.name, printed_on=doc.printed_on,
                      author=doc.author,
                      subject=f"{title} {consent.reference} for {child.name}",
                      keywords=("samtykke", "mini-dagpleje"))
    return render(story, setup)
