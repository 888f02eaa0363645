"""Breve til forældre: meeting invitation, guest-care notice and the decision after
visitation. Addressed to the custody holders by name ("Til …"), with the facts in a box,
signed by the sender, and "Kopi til" naming everyone who gets a copy."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from .blocks import esc, facts, heading, paragraphs
from .dates import danish_date
from .paragraph import Paragraph
from .practice_blocks import gap
from .practice_data import NOT_RECORDED, LetterDocument
from .style import CONTENT_W, STYLES, TABLE_FONT, PageSetup, render


def _address(doc: LetterDocument) -> Flowable:
    names = " og ".join(doc.to) if doc.to else f"{NOT_RECORDED} (ingen forælder med " \
                                                "forældremyndighed er registreret)"
    lines = [f"<b>Til {esc(names)}</b>"]
    if doc.address:
        lines += [esc(line) for line in doc.address.splitlines() if line.strip()]
    left = Paragraph("<br/>".join(lines), STYLES["BodyTight"])
    right = Paragraph(esc(danish_date(doc.printed_on)), STYLES["BodyTight"])
    right.style = STYLES["BodyTight"]
    box = Table([[left, right]], colWidths=[CONTENT_W - 45 * mm, 45 * mm], hAlign="LEFT")
    box.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return box


def _signature(doc: LetterDocument) -> list[Flowable]:
    sender = doc.sender
    lines = ["Med venlig hilsen", "", f"<b>{esc(sender.name if sender else doc.author)}</b>"]
    if sender is not None:
        lines += [esc(x) for x in (sender.role, sender.phone and f"Tlf. {sender.phone}",
                                   sender.email) if x]
    return [Paragraph("<br/>".join(lines), STYLES["Letter"])]


def render_letter(doc: LetterDocument) -> bytes:
    story: list[Flowable] = [_address(doc), gap(8),
                             Paragraph(esc(doc.title), STYLES["Title"]), gap(2)]
    if doc.salutation:
        story.append(Paragraph(esc(doc.salutation), STYLES["Letter"]))
    story += paragraphs(doc.opening, "Letter")
    if doc.facts:
        story += [facts(doc.facts, boxed=True), gap(3)]
    if doc.items:
        story += [heading(doc.list_title or "Punkter", 1),
                  *[Paragraph(esc(item), STYLES["Bullet"], bulletText=f"{n}.")
                    for n, item in enumerate(doc.items, 1)], gap(2)]
    story += paragraphs(doc.body, "Letter")
    story += paragraphs(doc.closing, "Letter")
    ending = _signature(doc)
    ending += [gap(4), Paragraph("<b>Kopi til:</b> " + esc(", ".join(doc.copy_to)
                                                           if doc.copy_to else "ingen"),
                                 STYLES["Muted"])]
    story.append(KeepTogether(ending))
    setup = PageSetup(doc.org, doc.title, subject_line=doc.child_name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"{doc.title} – brev til forældre om {doc.child_name}",
                      keywords=("brev", "forældre", doc.subject_kind))
    return render(story, setup)
