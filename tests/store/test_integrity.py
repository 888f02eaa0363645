"""The engine's own consistency check, run when the app opens a database."""

from __future__ import annotations

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.store.database import integrity_check


def test_a_sound_database_with_data_passes_the_integrity_check(office_ctx):
    kid = children.create_child(office_ctx, children.ChildInput("Åse", "Ørsted"))
    for n in range(20):
        observations.create_observation(office_ctx, observations.ObservationInput(
            kid.id, f"Observation nummer {n} om leg og søvn"))
    observations.delete_observation(office_ctx,
                                    observations.list_observations(office_ctx, kid.id)[0].id)
    assert integrity_check(office_ctx.db) == []
