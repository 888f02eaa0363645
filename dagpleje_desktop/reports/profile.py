"""Sections about one child shared by the handover packet and the case folder:
profile, development, wellbeing, observations and consents."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .blocks import cell, empty, esc, facts, heading, paragraphs, table, table_section
from .charts import PositionLabel, development_chart, wellbeing_timeline
from .data import ChildProfile, ConsentData, DevelopmentMark, ObservationEntry, WellbeingMark
from .dates import age_text, danish_date, danish_datetime, short_date
from .health import health_facts
from .paragraph import KeepParagraphsTogether, Paragraph
from .style import ACCENT, CONTENT_W, PRIMARY, STYLES, TABLE_FONT
from ..domain.danish import named_with_role


def child_facts(child: ChildProfile, *, boxed: bool = True) -> Flowable:
    return facts([
        ("Navn", child.name),
        ("Født", danish_date(child.birth_date)),
        ("CPR-nummer", child.cpr_masked),
        ("Alder", child.age),
        ("Status", child.status),
        ("Mini-dagplejehjem", child.home_name),
        ("Mini-dagplejer", child.childminder_name),
        ("Sprog", child.languages),
    ], boxed=boxed)


def highlight(title: str, text: str, width: float = CONTENT_W) -> Flowable:
    """A tinted box for what matters most, e.g. "Det virker for mig"."""
    inner = [Paragraph(esc(title), STYLES["H3"]), *paragraphs(text, empty="Ikke beskrevet.")]
    box = Table([[inner]], colWidths=[width], splitInRow=1)
    box.setStyle(TableStyle([TABLE_FONT, ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                             ("LINEBEFORE", (0, 0), (0, -1), 3, PRIMARY),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def needs_section(child: ChildProfile, level: int = 1, *, everyday: bool = True,
                  health: bool = True) -> list[Flowable]:
    """``everyday``: "Det virker for mig" and routines; ``health``: needs and health (a
    document under a consent prints only what the consent covers)."""
    story: list[Flowable] = []
    if everyday:
        story += [highlight("Det virker for mig", child.what_works), Spacer(1, 4 * mm)]
    if health:
        story += [heading("Særlige behov", level),
                  *paragraphs(child.special_needs, empty="Ikke beskrevet.")]
    if everyday:
        story += [heading("Rutiner og hverdag", level),
                  *paragraphs(child.routines, empty="Ikke beskrevet.")]
    if not health:
        return story
    return story + [
            heading("Helbred", level),
            *health_facts(child)]


def development_section(marks: Sequence[DevelopmentMark], level: int = 1) -> list[Flowable]:
    story: list[Flowable] = [heading("Udvikling", level)]
    if not marks:
        return story + [empty("Der er ikke registreret udviklingsvurderinger.")]
    story += paragraphs("Udviklingsalderen er den alder, barnets færdigheder inden for "
                        "området svarer til. Den behøver ikke følge barnets alder.", "Muted")
    chart = development_chart(marks, CONTENT_W)
    if chart is not None:  # the heading never stays at a page's foot without its chart
        story = [KeepTogether([*story, chart])]
    rows = [[short_date(m.assessed_on), cell(m.domain, "CellBold"),
             age_text(m.level_months), age_text(m.actual_months), m.assessor, m.note]
            for m in sorted(marks, key=lambda m: m.assessed_on)]
    story += table_section("Alle udviklingsvurderinger", table(
        ["Dato", "Område", "Udviklingsalder", "Alder", "Vurderet af", "Note"], rows,
        [19 * mm, 34 * mm, 27 * mm, 27 * mm, 25 * mm, 38 * mm]), level + 1)
    return story


def wellbeing_section(marks: Sequence[WellbeingMark], level: int = 1) -> list[Flowable]:
    story: list[Flowable] = [heading("Trivsel", level)]
    if not marks:
        return story + [empty("Der er ikke registreret trivselsvurderinger.")]
    story += paragraphs("Positionerne beskriver barnets situation på det tidspunkt, ikke "
                        "barnet. Grøn: trives. Gul: bekymring for trivslen. Rød: stor "
                        "bekymring.", "Muted")
    timeline = wellbeing_timeline(marks, CONTENT_W)
    if timeline is not None:
        story = [KeepTogether([*story, timeline])]
    rows = [[short_date(m.on), PositionLabel(m.position, m.position_label), m.source,
             m.assessor, m.comment] for m in marks]
    story += table_section("Trivselshistorik", table(
        ["Dato", "Position", "Kilde", "Vurderet af", "Kommentar"], rows,
        [19 * mm, 26 * mm, 32 * mm, 30 * mm, 63 * mm]), level + 1)
    return story


def observation_entries(observations: Sequence[ObservationEntry],
                        level: int = 2) -> list[Flowable]:
    if not observations:
        return [empty("Ingen observationer.")]
    story: list[Flowable] = []
    for obs in observations:
        title = danish_datetime(obs.observed_at)
        if obs.author:
            title += f" · {obs.author}"
        head: list[Flowable] = [heading(title, level)]
        meta = []
        if obs.situation:
            meta.append(f"Situation: {obs.situation}")
        if obs.domains:
            meta.append("Områder: " + ", ".join(obs.domains))
        if obs.position:
            meta.append(f"Trivsel: {obs.position}")
        if obs.concern:
            meta.append("Markeret som bekymring")
        if meta:
            head.append(Paragraph(esc(" · ".join(meta)), STYLES["Muted"]))
        body = paragraphs(obs.text, empty="(ingen tekst)")
        # Keep the heading with the first paragraph; long texts then flow freely.
        story.append(KeepParagraphsTogether(head + body[:1]))
        story += body[1:]
        story.append(Spacer(1, 3 * mm))
    return story


def consent_facts(consent: ConsentData) -> Flowable:
    return facts([
        ("Reference", consent.reference),
        ("Givet af", named_with_role(consent.guardian_name, consent.guardian_relation)
         if consent.guardian_relation else consent.guardian_name),
        ("Formål", consent.purpose),
        ("Modtager(e)", consent.recipients),
        ("Modtagerens rolle", consent.recipient_role),
        ("Omfatter", consent.categories or "Ikke angivet (dækker ingen oplysninger)"),
        ("Note", consent.information),
        ("Givet", f"{danish_date(consent.given_on)} ({consent.form.lower()})"
         if consent.form else danish_date(consent.given_on)),
        ("Udløber", danish_date(consent.expires_on, "ingen udløbsdato")),
        ("Trukket tilbage", danish_date(consent.withdrawn_on)),
        ("Status", consent.status),
    ], boxed=True)


def consents_table(consents: Sequence[ConsentData]) -> Flowable:
    if not consents:
        return empty("Der er ikke registreret samtykker.")
    rows = [[cell(c.purpose, "CellBold"), c.recipients, c.guardian_name,
             short_date(c.given_on), short_date(c.expires_on, "–"),
             c.status + (f"\n{short_date(c.withdrawn_on)}" if c.withdrawn_on else "")]
            for c in consents]
    return table(["Formål", "Modtager(e)", "Givet af", "Givet", "Udløber", "Status"], rows,
                 [32 * mm, 42 * mm, 32 * mm, 20 * mm, 20 * mm, 24 * mm])
