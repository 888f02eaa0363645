"""The documents practice uses every week, printed through the services and read back:
status description, TOPI sheet, consent and withdrawal forms."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pdf_reading import flat, full_text, metadata, unembedded_fonts
from report_case import GOAL_TITLES, INTERNAL_OBSERVATION, OTHER, SHARED_OBSERVATION

from dagpleje_desktop.domain.enums import (AuditAction, ConsentPurpose, HomeKind,
                                           ProfessionalRole)
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.reports.dates import danish_date
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, consents, homes, professionals
from dagpleje_desktop.services.documents import handover, printing
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.store.models import GuestCare, Referral, Visit
from dagpleje_desktop.services.records.consents import ConsentMissingError


def _events(ctx, action, entity, child_id=None):
    return [e for e in audit.list_events(ctx, child_id=child_id)
            if e.action == action and e.entity == entity]


def _consent(ctx, case, recipient="PPR Kolding", purpose=ConsentPurpose.SHARING,
             categories=("statusbeskrivelse", "handleplan")):
    return consents.record_consent(ctx, consents.ConsentInput(
        child_id=case.child_id, guardian_id=case.mother_id, purpose=purpose,
        recipients=(recipient,), information="Til statusmødet",
        given_on=ctx.today() - timedelta(days=1), categories=categories,
        recipient_role="PPR-psykolog"))


def _bare_child(ctx):
    return children.create_child(ctx, children.ChildInput("Villads", "Mose"))


# --- Statusbeskrivelse -----------------------------------------------------------------

def test_status_description_for_parents_and_team(consultant_ctx, case, out):
    # Written for the held status meeting: everything since the child started.
    path = printing.print_status_description(consultant_ctx, case.child_id, out / "s.pdf",
                                             meeting_id=case.meeting_id)
    text = flat(full_text(path))
    for expected in ("Statusbeskrivelse", "Łucja Nguyễn", "010323-XXXX", *GOAL_TITLES,
                     "Går op med støtte, ned er svært.", "Mål og evaluering indtil nu",
                     "Evaluering indtil nu", "Observationer siden barnet startede",
                     "Finmotorik", SHARED_OBSERVATION, "Trivsel (TOPI-positioner)",
                     "Uro ved aflevering", "Faldet godt til ro",
                     "Konsulentens bemærkninger", "Łucja er faldet godt til i perioden.",
                     "Mini-dagplejerens iagttagelser (Birthe Holm)", "Side 1 af", "Fortroligt"):
        assert expected in text, expected
    assert INTERNAL_OBSERVATION not in text       # internal notes never go to parents
    assert "ikke delt med modtagerne" in text
    assert OTHER not in text and "4567" not in text
    assert unembedded_fonts(path) == set()
    assert metadata(path)["title"] == "Statusbeskrivelse – Łucja Nguyễn"
    assert len(_events(consultant_ctx, AuditAction.PRINT, "status_description",
                       case.child_id)) == 1


def test_status_description_for_the_next_meeting_covers_the_time_since_the_last(
        consultant_ctx, case, out):
    path = printing.print_status_description(consultant_ctx, case.child_id, out / "s.pdf")
    text = flat(full_text(path))
    since = danish_date(consultant_ctx.today() - timedelta(days=1))
    assert f"Siden statusmødet {since}" in text
    # Nothing observed since, and the consultant has not written her notes yet.
    assert f"Ikke registreret: ingen observationer siden statusmødet {since}." in text
    assert "Konsulentens bemærkninger (Test Bruger) Ikke registreret" in text
    assert "Łucja er faldet godt til i perioden." not in text
    assert GOAL_TITLES[1] in text


def test_status_description_for_a_partner_needs_a_consent_that_covers_it(
        consultant_ctx, case, out):
    with pytest.raises(ConsentMissingError, match="PPR Kolding"):
        printing.print_status_description(consultant_ctx, case.child_id, out / "s.pdf",
                                          recipient="PPR Kolding")
    _consent(consultant_ctx, case, categories=("handleplan",))
    with pytest.raises(ConsentMissingError, match="omfatter ikke statusbeskrivelsen"):
        printing.print_status_description(consultant_ctx, case.child_id, out / "s.pdf",
                                          recipient="PPR Kolding")
    assert list(out.iterdir()) == []


def test_status_description_for_a_partner_holds_only_the_consented(consultant_ctx, case, out):
    info = _consent(consultant_ctx, case)
    path = printing.print_status_description(consultant_ctx, case.child_id, out / "s.pdf",
                                             recipient="ppr kolding")
    text = flat(full_text(path))
    assert "Sendes til PPR Kolding" in text and info.reference in text
    assert GOAL_TITLES[0] in text                          # "handleplan" is covered
    assert "Trivsel (TOPI-positioner)" not in text          # "trivsel" is not
    assert SHARED_OBSERVATION not in text                   # nor are observations
    assert "010323-XXXX" not in text                        # nor stamdata
    shared = handover.list_disclosures(consultant_ctx, case.child_id)
    assert [d.recipient for d in shared] == ["PPR Kolding"]
    assert "Statusbeskrivelse" in shared[0].what


def test_status_description_without_any_record_says_not_recorded(consultant_ctx, case, out):
    child = _bare_child(consultant_ctx)
    text = flat(full_text(printing.print_status_description(consultant_ctx, child.id,
                                                            out / "s.pdf")))
    for expected in ("Ikke registreret: barnet har ingen aktuelle mål.",
                     "Ikke registreret: ingen observationer siden barnet startede.",
                     "Ikke registreret: ingen trivselsvurderinger i perioden.",
                     "Statusmøde Ikke registreret"):
        assert expected in text, expected
    assert "Ingen" not in text.replace("Ingen observationer", "")


# --- TOPI -----------------------------------------------------------------------------

def test_topi_sheet_lists_individual_then_joint_with_the_action(consultant_ctx, case, out):
    path = printing.print_topi(consultant_ctx, case.child_id, out / "topi.pdf")
    text = flat(full_text(path))
    for expected in ("TOPI-ark", "Łucja Nguyễn", "Seneste fælles position Grøn",
                     "Faldet godt til ro", "Uro ved aflevering", "Individuel",
                     "Fælles vurdering", "Skærpet opmærksomhed", "Almen pædagogisk praksis",
                     "Tværfagligt samarbejde"):
        assert expected in text, expected
    assert OTHER not in text and unembedded_fonts(path) == set()
    assert text.index("Faldet godt til ro") < text.index("Uro ved aflevering")  # newest first
    assert len(_events(consultant_ctx, AuditAction.PRINT, "topi_sheet", case.child_id)) == 1


def test_topi_sheet_without_assessments(consultant_ctx, case, out):
    child = _bare_child(consultant_ctx)
    text = flat(full_text(printing.print_topi(consultant_ctx, child.id, out / "t.pdf")))
    assert "Seneste fælles position Ikke registreret" in text
    assert "Ikke registreret: der er ingen trivselsvurderinger." in text


# --- consent forms ---------------------------------------------------------------------

def test_consent_form_to_sign_ticks_the_categories(consultant_ctx, case, out):
    info = _consent(consultant_ctx, case, recipient="Børnehaven Solsikken",
                    purpose=ConsentPurpose.HANDOVER, categories=("stamdata", "handleplan"))
    path = printing.print_consent_form(consultant_ctx, info.id, out / "samtykke.pdf")
    text = flat(full_text(path))
    for expected in ("Samtykkeerklæring", "Łucja Nguyễn", "Agnieszka Nguyễn (mor)",
                     "Børnehaven Solsikken", "Stamdata", "Mål og handleplan",
                     "Statusbeskrivelse", "TOPI/trivsel", info.reference,
                     "trække samtykket tilbage", "Dato og underskrift",
                     "ingen udløbsdato"):
        assert expected in text, expected
    assert len(_events(consultant_ctx, AuditAction.PRINT, "consent_form", case.child_id)) == 1


def test_withdrawal_form_lists_only_what_the_consent_covers(consultant_ctx, case, out):
    info = _consent(consultant_ctx, case, categories=("statusbeskrivelse",))
    consents.withdraw_consent(consultant_ctx, info.id)
    path = printing.print_consent_form(consultant_ctx, info.id, out / "t.pdf", withdrawal=True)
    text = flat(full_text(path))
    for expected in ("Tilbagekaldelse af samtykke", "Hele samtykket", "Statusbeskrivelse",
                     "Registreret som trukket tilbage", "Trukket tilbage"):
        assert expected in text, expected
    assert "TOPI/trivsel" not in text
    assert len(_events(consultant_ctx, AuditAction.PRINT, "consent_withdrawal_form",
                       case.child_id)) == 1


# --- letters to parents -------------------------------------------------------------------

def test_invitation_is_addressed_to_the_custody_holder_with_copies(consultant_ctx, case, out):
    path = printing.print_letter(consultant_ctx, "invitation", case.next_meeting_id,
                                 out / "inv.pdf")
    text = flat(full_text(path))
    for expected in ("Til Agnieszka Nguyễn", "Kære Agnieszka", "Invitation til statusmøde",
                     "Hvornår", "Hvor Solstrålen", "Dagsorden", "Status fra forældre",
                     "statusbeskrivelse", "Med venlig hilsen", "Kopi til:"):
        assert expected in text, expected
    assert "Minh Nguyễn" not in text        # the father has no custody
    assert "Hvem deltager Ikke registreret" in text   # nobody invited yet: not invented
    assert OTHER not in text
    assert len(_events(consultant_ctx, AuditAction.PRINT, "letter", case.child_id)) == 1


def test_no_invitation_to_a_meeting_already_held(consultant_ctx, case, out):
    with pytest.raises(ValidationError, match="planlagt møde"):
        printing.print_letter(consultant_ctx, "invitation", case.meeting_id, out / "i.pdf")
    assert list(out.iterdir()) == []


def test_guest_care_notice_says_where_when_and_who(consultant_ctx, case, out):
    minder = professionals.create_professional(consultant_ctx, "Hanne Vestergaard",
                                               ProfessionalRole.CHILDMINDER, phone="22 31 81 02")
    guest = homes.create_home(consultant_ctx, homes.HomeInput(
        "Mælkebøtten", HomeKind.ORDINARY, 5, childminder_id=minder.id, address="Ålevej 5",
        postal_code="6000", city="Kolding"))
    today = consultant_ctx.today()
    with consultant_ctx.db.transaction() as s:
        care = GuestCare(child_id=case.child_id, guest_home_id=guest.id,
                         starts_on=today + timedelta(days=2), ends_on=today + timedelta(days=4))
        s.add(care)
        s.flush()
        care_id = care.id
    path = printing.print_letter(consultant_ctx, "guest-care", care_id, out / "g.pdf")
    text = flat(full_text(path))
    for expected in ("Besked om gæstepleje", "Til Agnieszka Nguyễn", "Mælkebøtten",
                     "Ålevej 5", "Hanne Vestergaard, dagplejer, tlf. 22 31 81 02",
                     danish_date(today + timedelta(days=2)), "Łucjas rutiner",
                     "Kopi til: Birthe Holm, Hanne Vestergaard"):
        assert expected in text, expected
    assert "Årsag Ikke registreret" in text     # booked without an absence


def test_decision_letter_after_visitation(consultant_ctx, case, out):
    today = consultant_ctx.today()
    with consultant_ctx.db.transaction() as s:
        granted = Referral(child_id=case.child_id, referrer_name="Sundhedsplejerske Ida Holm",
                           referrer_type="health_visitor", status="granted",
                           received_on=today - timedelta(days=300),
                           committee_date=today - timedelta(days=260), granted_places=3,
                           decision_note="Bevilget 3 pladser.")
        pending = Referral(child_id=case.child_id, referrer_name="Ida Holm",
                           referrer_type="health_visitor", status="in_visitation",
                           received_on=today)
        s.add_all([granted, pending])
        s.flush()
        ids = granted.id, pending.id
    path = printing.print_letter(consultant_ctx, "decision", ids[0], out / "d.pdf")
    text = flat(full_text(path))
    for expected in ("Afgørelse fra visitationsudvalget", "Til Agnieszka Nguyễn",
                     "svarende til 3 pladser", "Bevilget 3 pladser.",
                     "Revisitation Ikke registreret",
                     "Kopi til: Sundhedsplejerske Ida Holm"):
        assert expected in text, expected
    with pytest.raises(ValidationError, match="ikke truffet afgørelse"):
        printing.print_letter(consultant_ctx, "decision", ids[1], out / "p.pdf")


# --- supervision ----------------------------------------------------------------------------

def test_supervision_checklist_of_a_held_visit(consultant_ctx, case, out):
    path = printing.print_supervision_checklist(consultant_ctx, case.visit_id, out / "t.pdf")
    text = flat(full_text(path))
    for expected in ("Tjekliste til tilsyn", "Status Afholdt", "Sikkerhed", "Hygiejne",
                     "Søvn og hvile", "Kommunikation og sprog", "Barnets trivsel",
                     "Hjemmet er roligt og godt indrettet.", "Nye låger til trappen",
                     "Dato og underskrift", "Forrige tilsyn Ikke registreret"):
        assert expected in text, expected


def test_a_planned_visit_prints_as_planned_not_as_a_report(consultant_ctx, case, out):
    with consultant_ctx.db.transaction() as s:
        visit = Visit(kind="supervision", consultant_id=consultant_ctx.user.professional_id,
                      home_id=case.home_id, visited_at=consultant_ctx.now() + timedelta(days=5),
                      notes="")
        s.add(visit)
        s.flush()
        visit_id = visit.id
    text = flat(full_text(printing.print_supervision_checklist(consultant_ctx, visit_id,
                                                               out / "p.pdf")))
    assert "Planlagt – ikke afholdt endnu" in text and "ikke en tilsynsrapport" in text
    assert "Dato og underskrift" not in text and "Hjemmet er roligt" not in text


def test_month_overview_lists_each_home_and_its_visits(consultant_ctx, case, out):
    when = consultant_ctx.now() - timedelta(days=2)   # the case's visit
    local = when.astimezone(LOCAL_TZ)
    path = printing.print_supervision_month(consultant_ctx, local.year, local.month,
                                            out / "m.pdf")
    text = flat(full_text(path))
    assert "Tilsyn i måneden" in text and "Solstrålen" in text and "Afholdt" in text
    assert OTHER not in text
    empty = printing.print_supervision_month(consultant_ctx, 2001, 1, out / "e.pdf")
    assert "Intet tilsyn registreret" in flat(full_text(empty))
