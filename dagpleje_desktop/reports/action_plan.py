"""Handleplan: the action plan parents sign (SMTTE: context, goals, measures, signs,
evaluation; DESIGN.md 10)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .blocks import (contacts_table, facts, goals_table, heading, paragraphs,
                     signature_block, table_section, title_block)
from .data import ActionPlanDocument, ChildProfile, PlanData
from .dates import danish_date, period
from .style import PageSetup, render


def plan_facts(plan: PlanData, child: ChildProfile) -> Flowable:
    born = danish_date(child.birth_date)
    if child.cpr_masked:
        born = f"{born} (CPR {child.cpr_masked})" if born else f"CPR {child.cpr_masked}"
    return facts([
        ("Barn", child.name),
        ("Født", born),
        ("Mini-dagplejehjem", child.home_name),
        ("Periode", period(plan.period_start, plan.period_end)),
        ("Næste evaluering", danish_date(plan.next_evaluation, "ikke fastsat")),
        ("Version", f"{plan.version} ({plan.status.lower()})"),
        ("Godkendt", danish_date(plan.approved_on, "endnu ikke godkendt")),
    ], boxed=True)


def plan_sections(plan: PlanData, *, level: int = 0, signatures: bool = True) -> list[Flowable]:
    """The body of a plan; also used inside the handover packet and the case folder."""
    story: list[Flowable] = []
    if plan.participants:
        story += table_section("Deltagere", contacts_table(
            plan.participants, role_header="Rolle / relation"), level)
    story += [heading("Baggrund", level),
              *paragraphs(plan.background, empty="Ikke beskrevet."),
              heading("Barnets ressourcer", level),
              *paragraphs(plan.resources, empty="Ikke beskrevet."),
              heading("Udfordringer", level),
              *paragraphs(plan.challenges, empty="Ikke beskrevet."),
              *table_section("Mål, tegn på udvikling og indsatser", goals_table(plan.goals),
                             level),
              heading("Aftaler med forældrene", level),
              *paragraphs(plan.parent_agreements, empty="Ingen særlige aftaler.")]
    if signatures:
        story += signature_section(plan, level)
    elif plan.signatories:
        story += [heading("Underskrevet af", level),
                  *paragraphs("\n".join(f"- {name}" for name in plan.signatories))]
    return story


def signature_section(plan: PlanData, level: int = 0) -> list[Flowable]:
    story: list[Flowable] = [heading("Underskrifter", level)]
    story += paragraphs(
        "Vi har gennemgået handleplanen sammen og er enige om mål, indsatser og aftaler. "
        "Handleplanen evalueres senest "
        f"{danish_date(plan.next_evaluation, 'ved næste statusmøde')}.")
    if plan.signatories:
        story += paragraphs("Godkendt "
                            f"{danish_date(plan.approved_on)} af: " + ", ".join(plan.signatories)
                            + ".", "Muted")
    signers = ([(name, "forælder") for name in plan.guardian_signers]
               + [(name, "mini-dagplejekonsulent") for name in plan.consultant_signers])
    if not signers:
        signers = [("Forælder", ""), ("Mini-dagplejekonsulent", "")]
    story += [Spacer(1, 4 * mm), signature_block(signers)]
    return story


def render_action_plan(doc: ActionPlanDocument) -> bytes:
    plan, child = doc.plan, doc.child
    subtitle = f"{child.name} · version {plan.version}"
    if plan.approved_on:
        subtitle += f" · godkendt {danish_date(plan.approved_on)}"
    story: list[Flowable] = [*title_block("Handleplan", subtitle), plan_facts(plan, child),
                             *plan_sections(plan)]
    setup = PageSetup(doc.org, "Handleplan", subject_line=child.name,
                      printed_on=doc.printed_on, author=doc.author,
                      subject=f"Handleplan version {plan.version} for {child.name}",
                      keywords=("handleplan", "mini-dagpleje"))
    return render(story, setup)
