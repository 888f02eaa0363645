"""Course operations (Forløb): home-pedagogue and guidance courses, their sessions, café
visits and their shared notes. Every call runs on the database worker.

A save that comes from an editor with a draft (``draft_key``) drops the draft in the
same transaction, so a saved text never comes back as a draft and a refused save keeps it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.courses import CourseEndReason
from ...domain.enums import ProfessionalRole
from ...services.office import cafe_visits, courses
from ...services.records import children, professionals
from ...services.journal import editor_drafts
from ...services.office.cafe_visits import CafeInput
from ...services.records.children import ChildSummary
from ...services.context import AppContext
from ...services.office.courses import (CAFE_ROLES, CourseDetail, CourseInfo, GuidanceInput,
                                        HomePedagogueInput, SessionInput)
from ...services.records.professionals import ProfessionalInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["CAFE_ROLES", "CafeInput", "CourseChoices", "CourseDetail", "CourseInfo",
           "GuidanceInput", "HomePedagogueInput", "SessionInput", "add_session",
           "change_planned_end", "course_note_key", "end_course", "list_courses",
           "load_choices", "load_course", "plan_cafe_visit", "save_cafe_notes",
           "start_guidance_course", "start_home_pedagogue_course"]


def course_note_key(course_id: uuid.UUID | None, kind: str = "") -> str:
    """The draft key of a course's notes; a course not created yet is named by its kind."""
    return f"course_note:{course_id}" if course_id is not None else f"course_note:new:{kind}"


def _dropping_draft(ctx: AppContext, draft_key: str | None, save: Callable[[], Any]) -> Any:
    with ctx.db.transaction():
        result = save()
        if draft_key:
            editor_drafts.discard_editor_draft(ctx, draft_key)
    return result


@dataclass(frozen=True)
class CourseChoices:
    """What a course form offers to choose from."""

    children: tuple[ChildSummary, ...]
    professionals: tuple[ProfessionalInfo, ...]


def load_choices(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                 on_error: ErrorCallback, *, role: ProfessionalRole | None = None,
                 with_children: bool = True) -> int:
    """on_done receives CourseChoices (the professionals of ``role``, or all of them)."""
    def work() -> CourseChoices:
        kids = tuple(children.list_children(ctx)) if with_children else ()
        return CourseChoices(kids, tuple(professionals.list_professionals(ctx, role)))
    return runner.run_db(work, on_done, on_error)


def list_courses(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                 on_error: ErrorCallback) -> int:
    """on_done receives the CourseInfo list, running courses first."""
    return runner.run_db(lambda: courses.list_courses(ctx), on_done, on_error)


def load_course(runner: OperationRunner, ctx: AppContext, course_id: uuid.UUID,
                on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the CourseDetail."""
    return runner.run_db(lambda: courses.get_course(ctx, course_id), on_done, on_error)


def start_home_pedagogue_course(runner: OperationRunner, ctx: AppContext,
                                data: HomePedagogueInput, draft_key: str | None,
                                on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: _dropping_draft(
        ctx, draft_key, lambda: courses.start_home_pedagogue_course(ctx, data)),
        on_done, on_error)


def change_planned_end(runner: OperationRunner, ctx: AppContext, course_id: uuid.UUID,
                       day: date, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: courses.change_planned_end(ctx, course_id, day),
                         on_done, on_error)


def end_course(runner: OperationRunner, ctx: AppContext, course_id: uuid.UUID, day: date,
               reason: CourseEndReason, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: courses.end_course(ctx, course_id, day, reason),
                         on_done, on_error)


def start_guidance_course(runner: OperationRunner, ctx: AppContext, data: GuidanceInput,
                          draft_key: str | None, on_done: DoneCallback,
                          on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: _dropping_draft(
        ctx, draft_key, lambda: courses.start_guidance_course(ctx, data)), on_done, on_error)


def add_session(runner: OperationRunner, ctx: AppContext, course_id: uuid.UUID,
                data: SessionInput, draft_key: str | None, on_done: DoneCallback,
                on_error: ErrorCallback) -> int:
    """on_done receives the CourseInfo with the hours used after the session."""
    return runner.run_db(lambda: _dropping_draft(
        ctx, draft_key, lambda: courses.add_session(ctx, course_id, data)), on_done, on_error)


def plan_cafe_visit(runner: OperationRunner, ctx: AppContext, data: CafeInput,
                    draft_key: str | None, on_done: DoneCallback,
                    on_error: ErrorCallback) -> int:
    """on_done receives the CourseInfo (``missing_roles``: who of the four is missing)."""
    return runner.run_db(lambda: _dropping_draft(
        ctx, draft_key, lambda: cafe_visits.plan_cafe_visit(ctx, data)), on_done, on_error)


def save_cafe_notes(runner: OperationRunner, ctx: AppContext, course_id: uuid.UUID,
                    notes: str, draft_key: str | None, on_done: DoneCallback,
                    on_error: ErrorCallback) -> int:
    """on_done receives the CourseDetail; refused without the consent to share."""
    return runner.run_db(lambda: _dropping_draft(
        ctx, draft_key, lambda: cafe_visits.save_cafe_notes(ctx, course_id, notes)),
        on_done, on_error)
