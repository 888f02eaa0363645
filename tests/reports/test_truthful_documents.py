"""Documents state what was true when they were made: only recorded signatures
print as signed, drafts say KLADDE and superseded versions "Erstattet af version N" on
every page, the minutes print the referent and next meeting recorded at the meeting, a
reprinted agenda shows its own date's goals; SMTTE in full; typography and Danish."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Polygon, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from dagpleje_desktop.domain.danish import possessive, salutation
from dagpleje_desktop.domain.enums import GoalStatus, SignatureMethod
from dagpleje_desktop.reports import data as rd
from dagpleje_desktop.reports.blocks import table, table_section
from dagpleje_desktop.reports.charts import POSITION_SHAPES, wellbeing_timeline
from dagpleje_desktop.reports.dates import danish_datetime
from dagpleje_desktop.reports.handover import standard_letter
from dagpleje_desktop.reports.style import LATER_TOP, PAGE_H, PageSetup, render
from dagpleje_desktop.services.meeting_cycle import goals, meeting_minutes, meetings, plans
from dagpleje_desktop.services.documents import printing
from dagpleje_desktop.services.meeting_cycle.meeting_minutes import HoldInput
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.services.meeting_cycle.plans import SignatureInput

from pdf_reading import flat, full_text, page_texts
from report_case import GOAL_TITLES

MOTHER = "Agnieszka Nguyễn"
MINDER = "Birthe Holm"


def _draft(ctx, case, extra_goals: int = 0):
    ids = [g.id for g in goals.goals_for_child(ctx, case.child_id)]
    for number in range(extra_goals):
        ids.append(goals.create_goal(ctx, goals.GoalInput(
            case.child_id, "language", f"Ekstra delmål {number + 1}",
            signs_of_progress="Ses ved legen " * 8, measures="Billedkort " * 10,
            measure_who="Mini-dagplejer", measure_how_often="Dagligt",
            measure_where="I stuen", responsible=MINDER)).id)
    return plans.create_plan(ctx, plans.PlanInput(
        case.child_id, background="Baggrund for version 2.", goal_ids=tuple(ids),
        period_start=ctx.today(), next_evaluation=ctx.today() + timedelta(days=80)))


def test_a_draft_says_kladde_on_every_page_and_prints_no_signature_that_was_not_given(
        consultant_ctx, case, out):
    ctx = consultant_ctx
    draft = _draft(ctx, case, extra_goals=6)
    plans.record_signature(ctx, draft.id, SignatureInput(
        MOTHER, ctx.today() - timedelta(days=1), SignatureMethod.PAPER,
        guardian_id=case.mother_id))
    path = printing.print_action_plan(ctx, draft.id, out / "kladde.pdf")
    pages = page_texts(path)
    assert len(pages) >= 2
    assert all("KLADDE" in page for page in pages)
    text = flat(full_text(path))
    # The one who signed: name, day and how. Nobody else is printed as signed.
    assert text.count("underskrevet på papir") == 1
    assert "godkendt i programmet" not in text
    signed_part = text[text.index("Underskrifter"):]
    assert MOTHER in signed_part.split("underskrevet på papir")[0]
    # Empty lines for those still to sign: always the mini-childminder and the consultant.
    waiting = signed_part.split("Mangler at underskrive")[1]
    assert MINDER in waiting and "Mini-dagplejekonsulent" in waiting
    assert "Dato og underskrift" in waiting
    assert MOTHER not in waiting
    # The signature block never stands alone: the agreements are on its page.
    assert "Aftaler med forældrene" in pages[-1] and "Underskrifter" in pages[-1]


def test_conclusion_without_approval_records_no_signatures(consultant_ctx, case):
    ctx = consultant_ctx
    meeting = meetings.plan_meeting(ctx, meetings.MeetingInput(
        kind=meetings.MeetingKind.STATUS, child_id=case.child_id,
        starts_at=ctx.now() - timedelta(hours=3), ends_at=ctx.now() - timedelta(hours=2),
        participants=tuple(meetings.candidate_participants(ctx, case.child_id))))
    meeting_minutes.hold_meeting(ctx, meeting.summary.id, HoldInput(decisions="Videre."))
    result = meeting_minutes.conclude_meeting(ctx, meeting.summary.id)
    assert result.plan.status == plans.PlanStatus.DRAFT
    assert result.plan.signatures == () and result.plan.signatories == ()
    signers = plans.signers(ctx, result.plan.id)
    assert [s.signature for s in signers] == [None] * len(signers)
    assert {"Mini-dagplejer", "Mini-dagplejekonsulent"} <= {s.role for s in signers}


def test_a_superseded_version_says_so_on_every_page_and_the_new_one_evaluates_it(
        consultant_ctx, case, out):
    ctx = consultant_ctx
    draft = _draft(ctx, case)
    plans.approve_plan(ctx, draft.id, ctx.today(), [SignatureInput(
        MOTHER, ctx.today(), SignatureMethod.APP, guardian_id=case.mother_id)])
    old = printing.print_action_plan(ctx, case.plan_id, out / "v1.pdf")
    assert all("Erstattet af version 2" in page for page in page_texts(old))
    new = flat(full_text(printing.print_action_plan(ctx, draft.id, out / "v2.pdf")))
    assert "KLADDE" not in new and "Erstattet af" not in new
    assert "Evaluering af handleplan version 1" in new
    assert "Delvist opnået" in new  # the goal evaluated "partly" at the meeting
    assert f"{MOTHER}" in new and "godkendt i programmet" in new
    for word in ("Sammenhæng", "Tegn på udvikling", "Tiltag – hvad", "Hvem", "Hvornår",
                 "Hvor", "Evaluering"):
        assert word in new


def test_minutes_print_the_referent_and_next_meeting_recorded_at_the_meeting(
        consultant_ctx, case, out):
    ctx = consultant_ctx
    agreed = (ctx.now() + timedelta(days=40)).replace(hour=9, minute=0, second=0,
                                                      microsecond=0)
    meeting_minutes.hold_meeting(ctx, case.meeting_id, HoldInput(
        referent="Rikke Referent", next_meeting_at=agreed))
    # Later the calendar changes: another meeting is planned before the agreed one.
    meetings.plan_meeting(ctx, meetings.MeetingInput(
        kind=meetings.MeetingKind.NETWORK, child_id=case.child_id,
        starts_at=ctx.now() + timedelta(days=10), ends_at=ctx.now() + timedelta(days=10,
                                                                                hours=1)))
    text = flat(full_text(printing.print_minutes(ctx, case.meeting_id, out / "ref.pdf")))
    assert f"Næste møde {danish_datetime(agreed.astimezone(LOCAL_TZ))}" in text
    assert "Referent Rikke Referent" in text
    assert f"Referent {ctx.user.display_name}" not in text
    assert "Delvist opnået" in text  # the goal recorded as partly achieved


def test_a_reprinted_agenda_shows_the_goals_of_its_own_date(consultant_ctx, case, out):
    ctx = consultant_ctx
    goal = next(g for g in goals.goals_for_child(ctx, case.child_id)
                if g.title == GOAL_TITLES[0])
    goals.update_goal(ctx, goal.id, goals.GoalInput(
        case.child_id, goal.domain, "Et nyt mål skrevet efter mødet",
        signs_of_progress=goal.signs_of_progress, measures=goal.measures))
    goals.evaluate_goal(ctx, goal.id, GoalStatus.ACHIEVED, "Nået senere")
    text = flat(full_text(printing.print_agenda(ctx, case.meeting_id, out / "gammel.pdf")))
    assert GOAL_TITLES[0] in text
    assert "Et nyt mål skrevet efter mødet" not in text


def _header_y(path, page_number):
    from pypdf import PdfReader
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append((text.strip(), tm[5] * cm[3] + cm[5]))
    PdfReader(str(path)).pages[page_number].extract_text(visitor_text=visit)
    return runs


def test_a_row_split_over_pages_never_repeats_the_header_mid_page(tmp_path):
    def long(n):
        return "\n".join(f"Linje {i} af {n}" for i in range(n))
    rows = [["R0", "kort"], ["R1", long(30)], ["R2", long(60)], ["R3", "kort"],
            ["R4", long(80)], ["R5", "kort"]]
    story = [Spacer(1, 100 * mm), *table_section("Tabel", table(["HOVED1", "HOVED2"], rows,
                                                             [40 * mm, 130 * mm]))]
    path = tmp_path / "split.pdf"
    path.write_bytes(render(story, PageSetup(rd.OrgHeader("Org"), "Test")))
    pages = page_texts(path)
    assert len(pages) >= 3
    for number in range(len(pages)):
        runs = _header_y(path, number)
        heads = [y for text, y in runs if text == "HOVED1"]
        assert len(heads) <= 1, f"page {number + 1} repeats the header"
        body = [y for text, y in runs if y < PAGE_H - LATER_TOP]  # below the page header
        if heads and number > 0:  # a repeated header is at the top of its page
            assert heads[0] >= max(body) - 1


@pytest.mark.parametrize("name, expected", [
    ("Villads", "Villads'"), ("Mads", "Mads'"), ("Alex", "Alex'"), ("Liz", "Liz'"),
    ("Alma", "Almas"), ("Bảo", "Bảos"), ("", "")])
def test_danish_possessives(name, expected):
    assert possessive(name) == expected


def test_the_handover_letter_uses_danish_possessives_and_greets_an_institution():
    child = rd.ChildProfile("Villads Hansen")
    consent = rd.ConsentData("K1", "Mor", "mor", "Overlevering", "Børnehaven Solsikken", "",
                             date(2026, 1, 1))
    letter = standard_letter(rd.HandoverDocument(
        rd.OrgHeader("Org"), child, "Børnehaven Solsikken", consent, date(2026, 2, 1),
        categories=("stamdata", "helbred", "familie")))
    assert "Villads' forældre" in letter and "Villads' helbred" in letter
    assert "Villadss" not in letter
    assert letter.startswith("Til Børnehaven Solsikken")
    assert salutation("Hanne Jensen") == "Kære Hanne Jensen"


def _marks():
    start = date(2026, 1, 5)
    plan = [("green", "Fælles vurdering"), ("red", "Observation"), ("yellow", "Fælles vurdering"),
            ("red", "Fælles vurdering"), ("green", "Individuel vurdering"),
            ("yellow", "Observation")]
    return [rd.WellbeingMark(start + timedelta(days=20 * i), position, position, source)
            for i, (position, source) in enumerate(plan)]


def test_wellbeing_positions_are_told_apart_by_shape_without_colour():
    drawing = wellbeing_timeline(_marks(), 170 * mm)
    kinds = {"circle": Circle, "triangle": Polygon, "square": Rect}
    assert len(set(POSITION_SHAPES.values())) == 3
    fills = {}
    for shape in drawing.contents:
        if isinstance(shape, (Circle, Polygon, Rect)):
            fills.setdefault(shape.fillColor.hexval(), set()).add(type(shape))
    assert len(fills) == 3 and all(len(types) == 1 for types in fills.values())
    assert len({next(iter(t)) for t in fills.values()}) == 3  # three different shapes
    assert {kinds[s] for s in POSITION_SHAPES.values()} == {Circle, Polygon, Rect}
    labels = [s.text for s in drawing.contents if hasattr(s, "text")]
    assert {"Grøn", "Gul", "Rød"} <= set(labels)
    assert sum(1 for t in labels if t.count(".") == 2) >= 4  # dates along the axis


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_wellbeing_chart_in_grayscale_shows_a_different_shape_per_position(tmp_path):
    """Render the chart, turn it grey, and measure each lane's legend marker: how much of
    its box is ink tells a circle (~0.79), a triangle (~0.5) and a square (~1) apart."""
    from PIL import Image
    drawing = wellbeing_timeline(_marks(), 170 * mm)
    from reportlab.pdfgen.canvas import Canvas
    pdf = tmp_path / "chart.pdf"
    canvas = Canvas(str(pdf), pagesize=(drawing.width, drawing.height))
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.save()
    subprocess.run(["pdftoppm", "-gray", "-r", "300", "-singlefile", "-png", str(pdf),
                    str(tmp_path / "chart")], check=True)
    image = Image.open(tmp_path / "chart.png").convert("L")
    scale = image.width / drawing.width
    assert abs(image.height / drawing.height - scale) < 0.05
    ratios = {}
    for shape in drawing.contents:
        if not isinstance(shape, (Circle, Polygon, Rect)):
            continue
        x0, y0, x1, y1 = shape.getBounds()
        if x1 - x0 < 3.4 * mm:  # the big markers only: enough pixels to measure
            continue
        pad = shape.strokeWidth / 2  # the outline is drawn half outside the shape
        x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
        box = (round(x0 * scale), round(image.height - y1 * scale),
               round(x1 * scale), round(image.height - y0 * scale))
        pixels = list(image.crop(box).tobytes())
        inked = sum(1 for p in pixels if p < 200) / len(pixels)
        ratios.setdefault(type(shape).__name__, []).append(inked)
    # Each shape's ink share is its own, whatever grey its colour became.
    assert min(ratios["Rect"]) > 0.92
    assert 0.7 < min(ratios["Circle"]) and max(ratios["Circle"]) < 0.86
    assert max(ratios["Polygon"]) < 0.62
