"""Saving the observation form is one use case in one transaction: the observation, its
attachments and the end of its draft are stored all together or not at all, and a save
tried again (the first one's outcome unknown) stores nothing twice. On both engines."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.journal import attachments, drafts, observation_saving, observations
from dagpleje_desktop.services.records import children, placements
from dagpleje_desktop.services.journal.observation_saving import NewAttachment, ObservationSave
from dagpleje_desktop.services.journal.observations import ObservationInput

PHOTO = NewAttachment("tegning.png", b"\x89PNG\r\n\x1a\n" + b"0" * 200)


@pytest.fixture
def child(office_ctx, mini_home):
    kid = children.create_child(office_ctx, children.ChildInput("Bo", "Jensen"))
    placements.place_child(office_ctx, kid.id, mini_home.id, 2,
                           office_ctx.today() - timedelta(days=30))
    return kid


def _save(ctx, child, **kw) -> ObservationSave:
    draft_id = drafts.save_draft(ctx, {"text": "Bo byggede et tårn"}, child_id=child.id)
    return ObservationSave(uuid.uuid4(), ObservationInput(child.id, "Bo byggede et tårn"),
                           new_files=(PHOTO,), draft_id=draft_id, **kw)


def _stored(ctx, child) -> list[str]:
    return [o.text for o in observations.list_observations(ctx, child.id)]


def test_observation_attachment_and_draft_end_are_saved_together(office_ctx, child):
    save = _save(office_ctx, child)
    info = observation_saving.save_observation(office_ctx, save)
    assert info.id == save.observation_id
    assert _stored(office_ctx, child) == ["Bo byggede et tårn"]
    assert [a.filename for a in attachments.list_attachments(office_ctx, info.id)] == \
        ["tegning.png"]
    assert drafts.list_drafts(office_ctx) == []


def test_a_failure_at_the_last_step_stores_nothing(office_ctx, child, monkeypatch):
    save = _save(office_ctx, child)

    def broken(_ctx, _draft_id):
        raise RuntimeError("disk full")

    monkeypatch.setattr(drafts, "discard_draft_if_present", broken)
    with pytest.raises(RuntimeError):
        observation_saving.save_observation(office_ctx, save)
    assert _stored(office_ctx, child) == [], "no observation left behind to be saved twice"
    assert len(drafts.list_drafts(office_ctx)) == 1, "the draft keeps what was typed"


def test_saving_again_after_an_unknown_outcome_stores_one_observation(office_ctx, child):
    save = _save(office_ctx, child)
    first = observation_saving.save_observation(office_ctx, save)
    again = observation_saving.save_observation(office_ctx, save)
    assert first.id == again.id
    assert _stored(office_ctx, child) == ["Bo byggede et tårn"]
    assert len(attachments.list_attachments(office_ctx, first.id)) == 1


def test_a_refused_attachment_stores_nothing(office_ctx, child):
    save = _save(office_ctx, child)
    save = ObservationSave(save.observation_id, save.data,
                           new_files=(NewAttachment("virus.exe", b"MZ" * 10),),
                           draft_id=save.draft_id)
    with pytest.raises(ValidationError):
        observation_saving.save_observation(office_ctx, save)
    assert _stored(office_ctx, child) == []
