"""Documents for parents and third parties never disclose another child: a name typed
into the child's record is replaced by a neutral mark, and the person printing is told
what was replaced. On both engines."""

from __future__ import annotations

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.documents import printing
from dagpleje_desktop.services.journal.observations import ObservationInput

from pdf_reading import flat, full_text

OTHER_FIRST = "Bodil"  # the other child of report_case is Bodil Kristiansen


def _name_the_other_child(ctx, case):
    other = children.get_child(ctx, case.other_child_id).summary.name
    first = other.split()[0]
    observations.create_observation(ctx, ObservationInput(
        case.child_id, f"Łucja og {other} byggede sammen; bagefter trøstede {first} hende."))
    return other, first


def test_the_case_folder_for_a_parent_replaces_the_other_childs_name(consultant_ctx, case,
                                                                     out):
    other, first = _name_the_other_child(consultant_ctx, case)
    path = printing.print_case_folder(consultant_ctx, case.child_id, out / "mappe.pdf",
                                      purpose="Indsigt")
    text = flat(full_text(path))
    assert "byggede sammen" in text, "the observation itself is there"
    assert other not in text and first not in text.replace("Łucja", "")
    assert "[et andet barn]" in text
    replaced = consultant_ctx.redactions[str(path)]
    assert [(r.name, r.count) for r in replaced] == [(other, 2)]


def test_an_internal_document_keeps_names_and_a_clean_document_lists_nothing(consultant_ctx,
                                                                             case, out):
    path = printing.print_case_folder(consultant_ctx, case.child_id, out / "ren.pdf",
                                      purpose="Indsigt")
    assert consultant_ctx.redactions[str(path)] == []
