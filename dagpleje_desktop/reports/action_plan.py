"""Handleplan: the action plan parents sign, in SMTTE form: Sammenhæng
(background, resources, challenges), Mål, Tegn, Tiltag (what, who, when, where) and
Evaluering (the outcome and its evidence; each version evaluates the one before).

Only recorded signatures print as signed (name, role, day, on paper or in the app);
everyone who is still to sign - always the custody holders, the mini-childminder and
the consultant - gets an empty line. A draft says KLADDE on every page, a superseded
version "Erstattet af version N"."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from .blocks import (cell, contacts_table, empty, facts, heading, paragraphs, signature_block,
                     table, table_section, title_block)
from .data import ActionPlanDocument, ChildProfile, GoalRow, PlanData, SignatureRow
from .dates import danish_date, period, short_date
from .style import PageSetup, render

DRAFT_MARK = "KLADDE – ikke godkendt"
# SMTTE's evaluation: achieved, partly achieved, not achieved (and what happens next).
OUTCOMES = {"achieved": "Opnået", "partly": "Delvist opnået",
            "adjusted": "Ikke opnået – målet er justeret",
            "dropped": "Ikke opnået – målet er opgivet", "active": "Ikke evalueret"}


def plan_marker(plan: PlanData) -> str:
    if plan.status_code == "draft":
        return DRAFT_MARK
    if plan.status_code == "superseded":
        return (f"Erstattet af version {plan.superseded_by}" if plan.superseded_by
                else "Erstattet af en nyere version")
    return ""


def plan_facts(plan: PlanData, child: ChildProfile) -> Flowable:
    born = danish_date(child.birth_date)
    if child.cpr_masked:
        born = f"{born} (CPR {child.cpr_masked})" if born else f"CPR {child.cpr_masked}"
    rows = [
        ("Barn", child.name),
        ("Født", born),
        ("Mini-dagplejehjem", child.home_name),
        ("Periode", period(plan.period_start, plan.period_end)),
        ("Næste evaluering", danish_date(plan.next_evaluation, "ikke fastsat")),
        ("Version", f"{plan.version} ({plan.status.lower()})"),
        ("Godkendt", danish_date(plan.approved_on, "endnu ikke godkendt")),
    ]
    if plan.status_code == "superseded":
        rows.append(("Erstattet", plan_marker(plan)))
    return facts(rows, boxed=True)


def outcome(goal: GoalRow) -> str:
    return OUTCOMES.get(goal.status_code, goal.status or "Ikke evalueret")


def _evidence(goal: GoalRow) -> str:
    parts = [goal.evaluation.strip()]
    if goal.evidence_count is not None:
        count = goal.evidence_count
        parts.append(f"{count} observation{'er' if count != 1 else ''} knyttet til målet "
                     "i perioden.")
    return "\n".join(p for p in parts if p)


def evaluation_table(goals: Sequence[GoalRow]) -> Flowable:
    """Each goal with its outcome (opnået/delvist/ikke opnået) and the evidence."""
    if not goals:
        return empty("Der er ingen mål at evaluere.")
    rows = [[cell(g.title, "CellBold"), cell(outcome(g), "CellBold"),
             _evidence(g) or "Ikke registreret: ingen evaluering skrevet."] for g in goals]
    return table(["Mål", "Resultat", "Evaluering og grundlag"], rows,
                 [58 * mm, 34 * mm, 78 * mm])


def goal_block(number: int, goal: GoalRow, level: int) -> list[Flowable]:
    """One goal in SMTTE form: the goal, its signs, the measure (hvad, hvem, hvornår,
    hvor), who is responsible and when it is evaluated."""
    when = ", ".join(x for x in (goal.measure_how_often,
                                 goal.start_date and f"fra {short_date(goal.start_date)}")
                     if x)
    rows = [("Mål", goal.title),
            ("Tegn på udvikling", goal.signs_of_progress or "Ikke beskrevet."),
            ("Tiltag – hvad", goal.measures or "Ikke beskrevet."),
            ("Hvem", goal.measure_who or "Ikke aftalt."),
            ("Hvornår", when or "Ikke aftalt."),
            ("Hvor", goal.measure_where or "Ikke aftalt."),
            ("Ansvarlig", goal.responsible),
            ("Måldato", danish_date(goal.evaluation_date)),
            ("Status", outcome(goal) if goal.status_code not in ("", "active")
             else goal.status)]
    if goal.evaluation.strip():
        rows.append(("Evaluering", goal.evaluation))
    title = f"Mål {number}" + (f": {goal.domain}" if goal.domain else "")
    return [KeepTogether([heading(title, level + 1), facts(rows, label_width=32 * mm)])]


def plan_sections(plan: PlanData, *, level: int = 0, signatures: bool = True,
                  with_goals: bool = True) -> list[Flowable]:
    """The body of a plan; also used inside the handover packet and the case folder."""
    story: list[Flowable] = []
    marker = plan_marker(plan)
    if marker and not signatures:  # inside another document: no page marks there
        story += paragraphs(f"{marker}.", "CellBold")
    if plan.participants:
        story += table_section("Deltagere", contacts_table(
            plan.participants, role_header="Rolle / relation"), level)
    story += [heading("Sammenhæng", level),
              heading("Baggrund", level + 1),
              *paragraphs(plan.background, empty="Ikke beskrevet."),
              heading("Barnets ressourcer", level + 1),
              *paragraphs(plan.resources, empty="Ikke beskrevet."),
              heading("Udfordringer", level + 1),
              *paragraphs(plan.challenges, empty="Ikke beskrevet.")]
    if plan.previous_version is not None:
        story += table_section(f"Evaluering af handleplan version {plan.previous_version}",
                               evaluation_table(plan.previous_goals), level)
    if with_goals:
        title = heading("Mål, tegn og tiltag", level)
        if plan.goals:
            blocks = [goal_block(number, goal, level)
                      for number, goal in enumerate(plan.goals, 1)]
            # The section heading goes with the first goal, never alone at a page's foot.
            blocks[0] = [KeepTogether([title, *blocks[0][0]._content])]
            for block in blocks:
                story += block
        else:
            story += [title, empty("Der er ingen mål.")]
    else:
        story += paragraphs("Handleplanens mål står ovenfor under »Mål lige nu«.", "Muted")
    story += [heading("Evaluering", level),
              *paragraphs("Handleplanen evalueres senest "
                          f"{danish_date(plan.next_evaluation, 'ved næste statusmøde')}. "
                          "For hvert mål vurderes det, om det er opnået, delvist opnået eller "
                          "ikke opnået, ud fra tegnene og observationerne i perioden.")]
    agreements = [heading("Aftaler med forældrene", level),
                  *paragraphs(plan.parent_agreements, empty="Ikke registreret.")]
    if signatures:
        # The signature lines never stand alone on a page: they go with the agreements.
        story.append(KeepTogether(agreements + signature_section(plan, level)))
    else:
        story += agreements
        signed = [s for s in plan.signatures if s.signed_on]
        if signed:
            story += [heading("Underskrevet af", level + 1), signed_table(signed)]
    return story


def signed_table(rows: Sequence[SignatureRow]) -> Flowable:
    return table(["Navn", "Rolle", "Dato", "Sådan"],
                 [[cell(r.name, "CellBold"), r.role, short_date(r.signed_on), r.method]
                  for r in rows], [50 * mm, 50 * mm, 22 * mm, 48 * mm])


def signature_section(plan: PlanData, level: int = 0) -> list[Flowable]:
    story: list[Flowable] = [heading("Underskrifter", level)]
    story += paragraphs(
        "Vi har gennemgået handleplanen sammen og er enige om mål, tiltag og aftaler.")
    signed = [s for s in plan.signatures if s.signed_on]
    missing = [s for s in plan.signatures if not s.signed_on]
    if not plan.signatures:  # nothing known about who signs: the lines practice needs
        missing = ([SignatureRow(name, "Forældremyndighed") for name in plan.guardian_signers]
                   or [SignatureRow("", "Forælder med forældremyndighed")])
        missing.append(SignatureRow("", "Mini-dagplejer"))
        missing += ([SignatureRow(name, "Mini-dagplejekonsulent")
                     for name in plan.consultant_signers]
                    or [SignatureRow("", "Mini-dagplejekonsulent")])
    if signed:
        story += [signed_table(signed), Spacer(1, 2 * mm)]
    elif plan.status_code == "draft":
        story += paragraphs("Ingen har underskrevet denne kladde endnu.", "Muted")
    if missing:
        if signed:
            story += paragraphs("Mangler at underskrive:", "Muted")
        story += [Spacer(1, 2 * mm),
                  signature_block([(s.name or s.role, s.role if s.name else "")
                                   for s in missing])]
    return story


def render_action_plan(doc: ActionPlanDocument) -> bytes:
    plan, child = doc.plan, doc.child
    subtitle = f"{child.name} · version {plan.version}"
    if plan.approved_on:
        subtitle += f" · godkendt {danish_date(plan.approved_on)}"
    elif plan.status_code == "draft":
        subtitle += " · kladde"
    story: list[Flowable] = [*title_block("Handleplan", subtitle), plan_facts(plan, child),
                             *plan_sections(plan)]
    marker = plan_marker(plan)
    setup = PageSetup(doc.org, "Handleplan", subject_line=child.name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Handleplan version {plan.version} for {child.name}",
                      keywords=("handleplan", "mini-dagpleje"), marker=marker,
                      watermark={"draft": "KLADDE", "superseded": "ERSTATTET"}.get(
                          plan.status_code, ""))
    return render(story, setup)
