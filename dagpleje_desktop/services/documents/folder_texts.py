"""The texts of the information folder: defaults in resources/folder/, each panel (and
the contact address) overridable by a setting so the office can adapt the wording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import AuditAction, UserRole
from ...domain.errors import Label, ValidationError
from ...package_data import resources
from ...reports import data as rd
from ...store.models import Setting
from ..security import audit
from . import report_data
from ..context import AppContext

PANEL_FILES = {
    "front": "forside.txt",
    "flap": "inderflap.txt",
    "back": "bagside.txt",
    "inside_left": "inderside_1.txt",
    "inside_middle": "inderside_2.txt",
    "inside_right": "inderside_3.txt",
}
PANEL_LABELS = {
    "front": "Forside",
    "flap": "Inderflap (foldes ind)",
    "back": "Bagside",
    "inside_left": "Inderside, venstre",
    "inside_middle": "Inderside, midten",
    "inside_right": "Inderside, højre",
}
CONTACT_KEY = "folder.contact"
MAX_PANEL_TEXT = 5000


def setting_key(panel: str) -> str:
    return f"folder.{panel}"


@dataclass(frozen=True)
class FolderTexts:
    texts: dict[str, str]           # panel -> text in force
    overridden: frozenset[str]      # panels whose text comes from a setting
    contact_lines: tuple[str, ...]  # the address printed on the back
    contact_overridden: bool


def default_text(panel: str) -> str:
    return resources().joinpath("folder", PANEL_FILES[panel]).read_text(encoding="utf-8")


def _settings(session: Session) -> dict[str, str]:
    rows = session.scalars(select(Setting).where(Setting.key.like("folder.%")))
    return {row.key: row.value for row in rows}


def folder_texts(session: Session) -> FolderTexts:
    settings = _settings(session)
    texts, overridden = {}, set()
    for panel in PANEL_FILES:
        value = settings.get(setting_key(panel), "")
        if value.strip():
            texts[panel] = value
            overridden.add(panel)
        else:
            texts[panel] = default_text(panel)
    contact = settings.get(CONTACT_KEY, "")
    if contact.strip():
        lines = tuple(line.strip() for line in contact.splitlines() if line.strip())
    else:
        lines = report_data.org_header(session).contact_lines
    return FolderTexts(texts, frozenset(overridden), lines, bool(contact.strip()))


def get_folder_texts(ctx: AppContext) -> FolderTexts:
    with ctx.db.transaction() as s:
        return folder_texts(s)


def _store(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if not value.strip():
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def set_folder_text(ctx: AppContext, panel: str, text: str) -> FolderTexts:
    """Replace one panel's text; an empty text brings the default back."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    if panel not in PANEL_FILES:
        raise ValidationError("Folderen har ikke et felt, der hedder »{panel}«.", panel=panel,
                              log_message=f"unknown folder panel {panel}")
    if len(text) > MAX_PANEL_TEXT:
        raise ValidationError("Teksten til {panel} er for lang (højst {max_panel_text} tegn); "
                              "den skal kunne stå på et felt i folderen.",
                              panel=Label(PANEL_LABELS[panel].lower()),
                              max_panel_text=MAX_PANEL_TEXT, log_message="folder text too long")
    with ctx.db.transaction() as s:
        _store(s, setting_key(panel), text.strip())
        audit.record(s, ctx, AuditAction.UPDATE, "setting", setting_key(panel))
        s.flush()
        return folder_texts(s)


def set_folder_contact(ctx: AppContext, lines: str) -> FolderTexts:
    """The address on the folder; empty: the organisation's own contact block."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        _store(s, CONTACT_KEY, lines.strip())
        audit.record(s, ctx, AuditAction.UPDATE, "setting", CONTACT_KEY)
        s.flush()
        return folder_texts(s)


def folder_document(session: Session, day: date) -> rd.FolderDocument:
    texts = folder_texts(session)
    t = texts.texts
    return rd.FolderDocument(report_data.org_header(session), t["front"], t["flap"],
                             t["back"], t["inside_left"], t["inside_middle"],
                             t["inside_right"], texts.contact_lines, day)
