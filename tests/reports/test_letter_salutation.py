"""A letter to a custody holder that is an institution opens "Til …", never "Kære …"."""

from __future__ import annotations

from pdf_reading import flat, full_text

from dagpleje_desktop.services.records import guardians
from dagpleje_desktop.services.documents import printing


def test_an_institution_holding_custody_is_not_greeted_as_a_person(consultant_ctx, case,
                                                                   out):
    guardians.remove_guardian(consultant_ctx, case.child_id, case.mother_id)
    guardians.add_guardian(consultant_ctx, case.child_id, guardians.GuardianInput(
        "Kolding Kommune, Børne- og Familieafdelingen", "Anbringende kommune", True))
    text = flat(full_text(printing.print_letter(consultant_ctx, "invitation",
                                                case.next_meeting_id, out / "inv.pdf")))
    assert "Til Kolding Kommune, Børne- og Familieafdelingen I inviteres" in text
    assert "Kære" not in text
