"""The action plan's "Deltagere": only columns someone has a value in, and every goal's
measure with hvad, hvem, hvornår and hvor."""

from __future__ import annotations

from pdf_reading import flat, full_text
from sqlalchemy import select

from dagpleje_desktop.services.documents import printing
from dagpleje_desktop.store.models import ActionPlanGoal


def test_participants_print_no_empty_columns_and_measures_say_where(consultant_ctx, case,
                                                                    out):
    with consultant_ctx.db.transaction() as s:
        for snapshot in s.scalars(select(ActionPlanGoal).where(
                ActionPlanGoal.action_plan_id == case.plan_id)):
            snapshot.measure_where = "Ved spisebordet"
    text = flat(full_text(printing.print_action_plan(consultant_ctx, case.plan_id,
                                                     out / "plan.pdf")))
    table = text.split("Deltagere", 1)[1].split("Sammenhæng", 1)[0]
    assert table.lstrip().startswith("Navn Rolle / relation")
    # The people at the meeting have a name and a role only: no empty columns for them.
    assert "Arbejdssted / adresse" not in table and "Kontakt" not in table
    for label in ("Tiltag – hvad Tegn hver dag", "Hvem Birthe", "Hvornår dagligt",
                  "Hvor Ved spisebordet"):
        assert label in text, label
