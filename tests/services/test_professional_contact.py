"""A person's contact data (printed on letters) is changed through the service, logged."""

from __future__ import annotations

import pytest

from dagpleje_desktop.domain.enums import ProfessionalRole
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import professionals


def test_contact_data_is_changed_and_logged(office_ctx):
    person = professionals.create_professional(office_ctx, "Birgitte Ærbo",
                                               ProfessionalRole.MINI_CHILDMINDER)
    changed = professionals.update_contact(office_ctx, person.id, phone=" 75 50 12 34 ",
                                           email="birgitte@example.dk", workplace="Bramdrup")
    assert (changed.phone, changed.email, changed.workplace) == \
        ("75 50 12 34", "birgitte@example.dk", "Bramdrup")
    listed = {p.id: p for p in professionals.list_professionals(office_ctx)}
    assert listed[person.id].phone == "75 50 12 34"
    events = audit.list_events(office_ctx, limit=5)
    assert any(e.action == "update" and e.entity == "professional" for e in events)


def test_an_unknown_person_is_refused(office_ctx):
    import uuid
    with pytest.raises(ValidationError):
        professionals.update_contact(office_ctx, uuid.uuid4(), phone="", email="",
                                     workplace="")
