"""The transition description's sections as a person wrote them, every version kept."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Record


class TransitionSectionText(Record):
    """One version of one section (domain.transition.SECTIONS) of a child's transition
    description. An edit adds a row with the next version; earlier rows stay as they were
    written, so what was sent to the kindergarten can always be read again."""

    __tablename__ = "transition_section"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    section: Mapped[str] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(String(200), default="")
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
