"""The transition description (overgangsbeskrivelse) printed through the services and read
back: sections from the record and as a person edited them, every version kept, the
kindergarten's copy only under a consent and only with what it covers, and the
dashboard's reminder before the kindergarten start."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pdf_reading import flat, full_text, page_texts
from report_case import GOAL_TITLES, INTERNAL_OBSERVATION, OTHER

from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.records import consents, transition
from dagpleje_desktop.services.office import dashboard
from dagpleje_desktop.services.documents import handover, printing
from dagpleje_desktop.services.records.consents import ConsentMissingError

KINDERGARTEN = "Børnehaven Solsikken"
SECTION_TITLES = ("Barnets styrker", "Leg", "Relationer og trivsel", "Det virker for mig",
                  "Hjælpemidler", "Anbefalinger til børnehaven")
STRENGTHS_V1 = "Łucja er nysgerrig og glad for musik."
STRENGTHS_V2 = "Łucja er nysgerrig, glad for musik og god til at vente på tur."
RELATIONS = "Łucja søger de voksne og leger gerne tæt på et andet barn."
AIDS = "Łucja bruger ståstativ en halv time om formiddagen og sækkestol til hvil."


def _consent(ctx, case, categories):
    return consents.record_consent(ctx, consents.ConsentInput(
        child_id=case.child_id, guardian_id=case.mother_id, purpose=ConsentPurpose.HANDOVER,
        recipients=(KINDERGARTEN,), information="Overgangsbeskrivelse",
        given_on=ctx.today() - timedelta(days=1), categories=categories,
        recipient_role="Børnehave"))


def test_the_teams_copy_starts_from_the_record_and_says_it_is_a_draft(consultant_ctx, case,
                                                                      out):
    path = printing.print_transition(consultant_ctx, case.child_id, out / "o.pdf")
    text = flat(full_text(path))
    for expected in ("Overgangsbeskrivelse", "Pædagogisk udviklingsbeskrivelse",
                     *SECTION_TITLES, "Forslag ud fra journalen",
                     # "Det virker for mig" and the recommendations come from the record
                     "Billeder af dagens program.",
                     f"{GOAL_TITLES[0]}. Tiltag: Tegn hver dag (Birthe, dagligt).",
                     "Grundlag fra journalen", "Udviklingsalderen", "Fælles vurderinger",
                     "Mål og evaluering", "Planlagt start Ikke registreret",
                     "Børnehave Ikke registreret"):
        assert expected in text, expected
    assert INTERNAL_OBSERVATION not in text and OTHER not in text
    assert " Ingen " not in text
    assert all("KLADDE" in page for page in page_texts(path))


def test_an_edit_is_printed_and_the_earlier_version_is_kept(consultant_ctx, case, out):
    transition.save_section(consultant_ctx, case.child_id, "styrker", STRENGTHS_V1)
    saved = transition.save_section(consultant_ctx, case.child_id, "styrker",
                                    STRENGTHS_V2 + "\n")
    assert saved.current.version == 2 and saved.current.text == STRENGTHS_V2
    assert [v.text for v in saved.earlier] == [STRENGTHS_V1]
    assert saved.current.written_by == consultant_ctx.user.display_name

    text = flat(full_text(printing.print_transition(consultant_ctx, case.child_id,
                                                    out / "o.pdf")))
    assert STRENGTHS_V2 in text and STRENGTHS_V1 not in text
    assert "(version 2; den tidligere version er gemt)" in text

    overview = transition.transition_overview(consultant_ctx, case.child_id)
    strengths = next(s for s in overview.sections if s.code == "styrker")
    assert (strengths.current.text, [v.version for v in strengths.earlier]) == \
        (STRENGTHS_V2, [1])


def test_a_fully_written_description_is_no_draft(consultant_ctx, case, out):
    for code, title in zip(("styrker", "leg", "relationer", "det_virker", "hjælpemidler",
                            "Anbefalinger til børnehaven"), SECTION_TITLES):
        transition.save_section(consultant_ctx, case.child_id, code, f"Om {title.lower()}.")
    pages = page_texts(printing.print_transition(consultant_ctx, case.child_id,
                                                 out / "o.pdf"))
    assert not any("KLADDE" in page for page in pages)
    assert "Forslag ud fra journalen" not in flat("\n".join(pages))


@pytest.mark.parametrize("section, text, message", [
    ("styrker", "   \n ", "tomt afsnit"),
    ("humør", "Glad", "ikke et afsnit"),
])
def test_an_empty_text_or_unknown_section_is_refused(consultant_ctx, case, section, text,
                                                     message):
    with pytest.raises(ValidationError, match=message):
        transition.save_section(consultant_ctx, case.child_id, section, text)
    overview = transition.transition_overview(consultant_ctx, case.child_id)
    assert all(s.current is None for s in overview.sections)


def test_saving_the_same_text_again_adds_no_version(consultant_ctx, case):
    transition.save_section(consultant_ctx, case.child_id, "leg", "Leger med klodser.")
    with pytest.raises(ValidationError, match="intet er ændret"):
        transition.save_section(consultant_ctx, case.child_id, "leg", "Leger med klodser.")
    overview = transition.transition_overview(consultant_ctx, case.child_id)
    assert next(s for s in overview.sections if s.code == "leg").earlier == ()


def test_the_kindergartens_copy_holds_only_what_the_consent_covers(consultant_ctx, case, out):
    _consent(consultant_ctx, case, ("stamdata", "udvikling"))
    transition.set_planned_start(consultant_ctx, case.child_id,
                                 consultant_ctx.today() + timedelta(days=50), KINDERGARTEN)
    transition.save_section(consultant_ctx, case.child_id, "styrker", STRENGTHS_V1)
    transition.save_section(consultant_ctx, case.child_id, "relationer", RELATIONS)
    transition.save_section(consultant_ctx, case.child_id, "hjaelpemidler", AIDS)

    path = printing.print_transition(consultant_ctx, case.child_id, out / "k.pdf",
                                     recipient=" børnehaven  solsikken ")
    text = flat(full_text(path))
    for expected in ("Videregivne oplysninger", f"Sendes til {KINDERGARTEN}",
                     "Stamdata, Udviklingsvurderinger", "Barnets styrker", STRENGTHS_V1,
                     "Det virker for mig", "Udviklingsalderen", "Planlagt start"):
        assert expected in text, expected
    # Not covered: trivsel, helbred, handleplan, observationer - neither text nor record.
    for absent in ("Relationer og trivsel", RELATIONS, "Hjælpemidler", AIDS,
                   "Anbefalinger til børnehaven", GOAL_TITLES[0], "Fælles vurderinger",
                   "Uro ved aflevering", "Jordnødder", "Mål og evaluering",
                   "Observationer pr. udviklingsområde", INTERNAL_OBSERVATION):
        assert absent not in text, absent
    # A covered section nobody has written is not filled in with a suggestion.
    assert "Leg Ikke registreret" in text
    assert "Billeder af dagens program." not in text and "KLADDE" not in text

    given = handover.list_disclosures(consultant_ctx, case.child_id)
    assert [d.recipient for d in given] == [KINDERGARTEN]
    assert "Overgangsbeskrivelse" in given[0].what and "Barnets styrker" in given[0].what


def test_no_copy_for_the_kindergarten_without_a_consent_that_covers_a_section(
        consultant_ctx, case, out):
    transition.save_section(consultant_ctx, case.child_id, "styrker", STRENGTHS_V1)
    with pytest.raises(ConsentMissingError, match=KINDERGARTEN):
        printing.print_transition(consultant_ctx, case.child_id, out / "k.pdf",
                                  recipient=KINDERGARTEN)
    _consent(consultant_ctx, case, ("statusbeskrivelse",))
    with pytest.raises(ConsentMissingError, match="ingen af overgangsbeskrivelsens afsnit"):
        printing.print_transition(consultant_ctx, case.child_id, out / "k.pdf",
                                  recipient=KINDERGARTEN)
    assert list(out.iterdir()) == []
    assert handover.list_disclosures(consultant_ctx, case.child_id) == []


def test_the_dashboard_reminds_two_months_before_the_start_until_all_is_ready(
        consultant_ctx, case):
    def reminder():
        found = [r for r in dashboard.dashboard(consultant_ctx).transitions
                 if r.child_id == case.child_id]
        return found[0] if found else None

    today = consultant_ctx.today()
    transition.set_planned_start(consultant_ctx, case.child_id, today + timedelta(days=90))
    assert reminder() is None                      # more than two months away
    transition.set_planned_start(consultant_ctx, case.child_id, today + timedelta(days=40))
    first = reminder()
    assert (first.missing_description, first.missing_consent, first.days_left) == \
        (True, True, 40)
    assert "Der mangler overgangsbeskrivelse og samtykke til overlevering" in first.message

    transition.save_section(consultant_ctx, case.child_id, "styrker", STRENGTHS_V1)
    assert (reminder().missing_description, reminder().missing_consent) == (False, True)
    _consent(consultant_ctx, case, ("udvikling",))
    assert reminder() is None
