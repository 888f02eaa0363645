"""TOPI-ark: the child's wellbeing positions, the individual assessments first and then
the joint one with its comment, with what each position calls for. The
positions describe the child's situation at the time, not the child."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from .blocks import cell, esc, facts, heading, paragraphs, table, title_block
from .data import WellbeingMark
from .dates import danish_date
from .practice_blocks import PositionMark, gap, not_recorded
from .practice_data import NOT_RECORDED, TopiDocument, TopiRound
from .paragraph import Paragraph
from .style import STYLES, PageSetup, render
from ..domain.topi import action_for

WIDTHS = [34 * mm, 26 * mm, 36 * mm, 74 * mm]


def _row(kind: str, mark: WellbeingMark) -> list:
    return [cell(kind, "CellBold"), PositionMark(mark.position, mark.position_label),
            mark.assessor or NOT_RECORDED, mark.comment or "–"]


def _round(topi_round: TopiRound) -> list[Flowable]:
    """One day's assessments, kept on one page, and what the joint position calls for."""
    rows = [_row("Individuel", m) for m in topi_round.individual]
    joint = topi_round.joint
    if joint is not None:
        rows.append(_row("Fælles vurdering", joint))
    parts: list[Flowable] = [
        heading(f"Vurdering {danish_date(topi_round.on)}", 1),
        table(["Vurdering", "Position", "Vurderet af", "Kommentar"], rows, WIDTHS), gap(1.5)]
    if joint is not None:
        parts.append(Paragraph(f"<b>Handling ved fælles position {esc(joint.position_label.lower())}:"
                               f"</b> {esc(action_for(joint.position))}", STYLES["Body"]))
    else:
        parts += paragraphs("Der er ikke registreret en fælles vurdering denne dag, så der er "
                            "ikke aftalt en handling.", "Muted")
    return [KeepTogether(parts)]


def render_topi(doc: TopiDocument) -> bytes:
    child = doc.child
    joints = [r.joint for r in doc.rounds if r.joint is not None]
    latest = joints[0] if joints else None
    born = danish_date(child.birth_date)
    if child.cpr_masked:
        born = f"{born} (CPR {child.cpr_masked})" if born else f"CPR {child.cpr_masked}"
    summary = [("Barn", child.name), ("Født", born), ("Mini-dagplejehjem", child.home_name),
               ("Seneste fælles position",
                f"{latest.position_label} ({danish_date(latest.on)})" if latest
                else NOT_RECORDED),
               ("Kommentar", latest.comment if latest else ""),
               ("Observationer med position",
                (doc.observation_positions or "ingen") +
                (" siden den fælles vurdering" if latest else ""))]
    story: list[Flowable] = [*title_block("TOPI-ark", f"{child.name} · trivselspositioner"),
                             facts(summary, boxed=True)]
    story += [heading("Positionerne og hvad de kalder på")]
    story += paragraphs("Positionerne beskriver barnets situation på vurderingstidspunktet, "
                        "ikke barnet. Først vurderer hver voksen for sig (individuel "
                        "vurdering), derefter aftales en fælles position med en kommentar.",
                        "Muted")
    story.append(table(["Position", "Handling"],
                       [[PositionMark(code, label), text] for code, label, text in doc.actions],
                       [30 * mm, 140 * mm]))
    story.append(heading("Vurderinger"))
    if not doc.rounds:
        story.append(not_recorded("Ikke registreret: der er ingen trivselsvurderinger."))
    for topi_round in doc.rounds:
        story += _round(topi_round)
    story += [gap(2), *paragraphs("Nyeste vurdering først. Historikken bevares; en ny "
                                  "vurdering erstatter ikke de tidligere.", "Muted")]
    setup = PageSetup(doc.org, "TOPI-ark", subject_line=child.name, printed_on=doc.printed_on,
                      author=doc.author, subject=f"TOPI-ark for {child.name}",
                      keywords=("TOPI", "trivsel", "mini-dagpleje"))
    return render(story, setup)
