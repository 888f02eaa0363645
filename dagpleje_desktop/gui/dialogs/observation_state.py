"""What the observation form holds, as plain values: to and from a draft and the service.

Kept free of widgets so the draft format is easy to read and to test. A draft stores
pending attachments as file paths; the bytes are read again when the draft is resumed.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime

from ...domain.enums import SharingLevel, WellbeingPosition
from ..operations.observations import ObservationInfo, ObservationInput

DRAFT_FORMAT = 1


def _uuid(value) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


@dataclass(frozen=True)
class FormState:
    child_id: uuid.UUID | None
    observed_at: datetime  # timezone-aware, whole minutes
    situation: str = ""
    text: str = ""
    domains: tuple[str, ...] = ()
    position: WellbeingPosition = WellbeingPosition.NONE
    concern: bool = False
    sharing: SharingLevel = SharingLevel.INTERNAL
    goal_ids: tuple[uuid.UUID, ...] = ()
    new_files: tuple[str, ...] = ()  # paths of attachments not yet saved
    removed_attachment_ids: tuple[uuid.UUID, ...] = field(default=())
    correction_reason: str = ""  # a locked observation's text changes only with a reason

    def __post_init__(self) -> None:
        # Order-free and minute-exact, so "changed?" compares what the user can see.
        fix = object.__setattr__
        fix(self, "domains", tuple(sorted(dict.fromkeys(self.domains))))
        fix(self, "goal_ids", tuple(sorted(dict.fromkeys(self.goal_ids), key=str)))
        fix(self, "removed_attachment_ids",
            tuple(sorted(dict.fromkeys(self.removed_attachment_ids), key=str)))
        fix(self, "observed_at", self.observed_at.replace(second=0, microsecond=0))

    @classmethod
    def from_observation(cls, obs: ObservationInfo) -> FormState:
        return cls(obs.child_id, obs.observed_at, obs.situation, obs.text, obs.domains,
                   obs.position, obs.concern, obs.sharing, obs.goal_ids)

    @property
    def has_words(self) -> bool:
        return bool(self.text.strip() or self.situation.strip())

    def to_input(self) -> ObservationInput:
        if self.child_id is None:
            raise ValueError("no child chosen")
        return ObservationInput(child_id=self.child_id, text=self.text,
                                observed_at=self.observed_at, situation=self.situation,
                                domains=self.domains, position=self.position,
                                concern=self.concern, sharing=self.sharing,
                                goal_ids=self.goal_ids,
                                correction_reason=self.correction_reason)

    def to_payload(self) -> dict:
        data = asdict(self)
        data.update(format=DRAFT_FORMAT, child_id=str(self.child_id or ""),
                    observed_at=self.observed_at.isoformat(), domains=list(self.domains),
                    position=self.position.value, sharing=self.sharing.value,
                    goal_ids=[str(g) for g in self.goal_ids], new_files=list(self.new_files),
                    removed_attachment_ids=[str(a) for a in self.removed_attachment_ids])
        return data

    @classmethod
    def from_payload(cls, payload: dict, default_time: datetime) -> FormState:
        """Tolerant: a damaged or older draft still gives back whatever text it holds."""
        def pick(enum, key, default):
            try:
                return enum(payload.get(key, default.value))
            except ValueError:
                return default
        try:
            observed_at = datetime.fromisoformat(payload["observed_at"])
        except (KeyError, TypeError, ValueError):
            observed_at = default_time
        if observed_at.tzinfo is None:
            observed_at = default_time
        return cls(
            child_id=_uuid(payload.get("child_id")), observed_at=observed_at,
            situation=str(payload.get("situation", "")), text=str(payload.get("text", "")),
            domains=tuple(str(d) for d in payload.get("domains", ())),
            position=pick(WellbeingPosition, "position", WellbeingPosition.NONE),
            concern=bool(payload.get("concern", False)),
            sharing=pick(SharingLevel, "sharing", SharingLevel.INTERNAL),
            goal_ids=tuple(filter(None, (_uuid(g) for g in payload.get("goal_ids", ())))),
            new_files=tuple(str(p) for p in payload.get("new_files", ())),
            removed_attachment_ids=tuple(filter(None, (
                _uuid(a) for a in payload.get("removed_attachment_ids", ())))),
            correction_reason=str(payload.get("correction_reason", "")))
