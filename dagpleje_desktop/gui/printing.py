"""Printing from the app: which document, made off the GUI thread, shown, saved, printed.

A ``DocumentRequest`` names one document (kind plus the ids it is about). ``generate_pdf``
asks the print service for it in a private temporary folder and returns the bytes, so
no copy of a child's papers is left lying on disk; ``render_to_printer`` sends such bytes
to a QPrinter page by page. Both take a ``progress(done, total, label)`` callback that
may return False to cancel (the print service's convention), and both are meant to run
on the runner's file pool: ``ProgressRelay`` carries their progress to the GUI thread.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import shiboken6
from PySide6.QtCore import (QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice,
                            QObject, QRectF, QSize, QSizeF, Signal)
from PySide6.QtGui import QImageWriter, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ..domain.enums import UserRole
from ..domain.errors import DagplejeError
from ..services.documents import printing
from .messages import service_text
from ..services.context import AppContext

Progress = Callable[[int, int, str], bool | None]
MAX_PRINT_DPI = 300   # sharp on paper; 1200 dpi bitmaps of A4 would need ~500 MB a page


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


class DocumentKind(StrEnum):
    ACTION_PLAN = "action_plan"
    AGENDA = "agenda"
    MINUTES = "minutes"
    SUPERVISION = "supervision"
    HANDOVER = "handover"
    FOLDER = "folder"
    CASE_FOLDER = "case_folder"
    GUEST_SHEET = "guest_sheet"
    STATUS_DESCRIPTION = "status_description"
    TOPI = "topi"
    CONSENT_FORM = "consent_form"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    INVITATION = "invitation"
    SUPERVISION_CHECKLIST = "supervision_checklist"
    TRANSITION = "transition"
    COURSE = "course"
    GUEST_CARE_LETTER = "guest_care_letter"
    DECISION_LETTER = "decision_letter"
    SUPERVISION_MONTH = "supervision_month"

    @property
    def label(self) -> str:
        return _tr(_LABELS[self])

    @property
    def description(self) -> str:
        return _tr(_DESCRIPTIONS[self])

    @property
    def needs_child(self) -> bool:
        return self not in (DocumentKind.FOLDER, DocumentKind.SUPERVISION_MONTH)

    @property
    def file_stem(self) -> str:
        return _FILE_STEMS[self]


_LABELS = {
    DocumentKind.ACTION_PLAN: QT_TRANSLATE_NOOP("Printing", "Handleplan"),
    DocumentKind.AGENDA: QT_TRANSLATE_NOOP("Printing", "Dagsorden"),
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP("Printing", "Referat"),
    DocumentKind.SUPERVISION: QT_TRANSLATE_NOOP("Printing", "Tilsynsrapport"),
    DocumentKind.HANDOVER: QT_TRANSLATE_NOOP("Printing", "Overleveringspakke"),
    DocumentKind.FOLDER: QT_TRANSLATE_NOOP("Printing", "Folder"),
    DocumentKind.CASE_FOLDER: QT_TRANSLATE_NOOP("Printing", "Barnets mappe"),
    DocumentKind.GUEST_SHEET: QT_TRANSLATE_NOOP("Printing", "Taskeseddel"),
    DocumentKind.STATUS_DESCRIPTION: QT_TRANSLATE_NOOP("Printing", "Statusbeskrivelse"),
    DocumentKind.TOPI: QT_TRANSLATE_NOOP("Printing", "TOPI-ark"),
    DocumentKind.CONSENT_FORM: QT_TRANSLATE_NOOP("Printing", "Samtykkeerklæring"),
    DocumentKind.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("Printing",
                                                       "Tilbagekaldelse af samtykke"),
    DocumentKind.INVITATION: QT_TRANSLATE_NOOP("Printing", "Invitation til møde"),
    DocumentKind.SUPERVISION_CHECKLIST: QT_TRANSLATE_NOOP("Printing", "Tjekliste til tilsyn"),
    DocumentKind.TRANSITION: QT_TRANSLATE_NOOP("Printing", "Overgangsbeskrivelse"),
    DocumentKind.COURSE: QT_TRANSLATE_NOOP("Printing", "Forløbspapir"),
    DocumentKind.GUEST_CARE_LETTER: QT_TRANSLATE_NOOP("Printing", "Brev om gæstepleje"),
    DocumentKind.DECISION_LETTER: QT_TRANSLATE_NOOP("Printing", "Brev om afgørelse"),
    DocumentKind.SUPERVISION_MONTH: QT_TRANSLATE_NOOP("Printing", "Tilsyn i en måned"),
}
_DESCRIPTIONS = {
    DocumentKind.ACTION_PLAN: QT_TRANSLATE_NOOP(
        "Printing", "Handleplanen med baggrund, mål, indsatser og aftaler med forældrene – "
                    "med linjer til underskrift."),
    DocumentKind.AGENDA: QT_TRANSLATE_NOOP(
        "Printing", "Dagsorden til mødet med forberedelsen: opfølgning på aftaler, mål der "
                    "skal evalueres, og hvad der er sket siden sidst."),
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP(
        "Printing", "Referat af mødet: hvem der var med, beslutninger og aftaler om "
                    "opfølgning."),
    DocumentKind.SUPERVISION: QT_TRANSLATE_NOOP(
        "Printing", "Rapport fra tilsynet eller hjemmebesøget med noter og aftaler om "
                    "opfølgning."),
    DocumentKind.HANDOVER: QT_TRANSLATE_NOOP(
        "Printing", "Pakken til barnets næste institution. Den kan kun laves, når der er et "
                    "gyldigt samtykke til overlevering til modtageren, og den registreres "
                    "som videregivet."),
    DocumentKind.FOLDER: QT_TRANSLATE_NOOP(
        "Printing", "Informationsfolderen om Mini-dagplejen til forældre: A4 på tværs, "
                    "foldet i tre."),
    DocumentKind.CASE_FOLDER: QT_TRANSLATE_NOOP(
        "Printing", "Alt om barnet samlet med indholdsfortegnelse, fx til arkivet eller når "
                    "forældrene beder om indsigt."),
    DocumentKind.GUEST_SHEET: QT_TRANSLATE_NOOP(
        "Printing", "Et ark, der følger barnet i gæstepleje: rutiner, behov, allergier, "
                    "medicin og hvem man ringer til."),
    DocumentKind.STATUS_DESCRIPTION: QT_TRANSLATE_NOOP(
        "Printing", "Sendes cirka en uge før det næste statusmøde: mål og evaluering, "
                    "observationer siden sidste statusmøde efter udviklingsområde, trivsel og "
                    "bemærkninger fra mini-dagplejer og konsulent."),
    DocumentKind.TOPI: QT_TRANSLATE_NOOP(
        "Printing", "Barnets trivselspositioner: individuelle og fælles vurderinger med "
                    "handlingen for hver position."),
    DocumentKind.CONSENT_FORM: QT_TRANSLATE_NOOP(
        "Printing", "Samtykket til underskrift af forælderen med forældremyndighed, med de "
                    "oplysninger det omfatter."),
    DocumentKind.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP(
        "Printing", "Blanket til at trække samtykket tilbage, helt eller delvist."),
    DocumentKind.INVITATION: QT_TRANSLATE_NOOP(
        "Printing", "Brev til forældrene med invitation til et planlagt møde: hvornår, hvor, "
                    "hvem og dagsorden, med »Kopi til«."),
    DocumentKind.SUPERVISION_CHECKLIST: QT_TRANSLATE_NOOP(
        "Printing", "Tjekliste til tilsyn i barnets dagplejehjem: sikkerhed, hygiejne, søvn, "
                    "læreplanstemaer og trivsel. Et planlagt tilsyn udskrives som "
                    "»Planlagt«."),
    DocumentKind.TRANSITION: QT_TRANSLATE_NOOP(
        "Printing", "Beskrivelsen til børnehaven: styrker, leg, relationer, det der virker, "
                    "hjælpemidler og anbefalinger. Uden modtager til forældrene og teamet; "
                    "med børnehaven som modtager kun under et samtykke, og kun de afsnit, "
                    "samtykket omfatter."),
    DocumentKind.COURSE: QT_TRANSLATE_NOOP(
        "Printing", "Papirerne til et forløb: hjemmepædagogforløbets aftale, mål og "
                    "afslutning, vejledningsforløbets timer og aftale, eller caféens noter "
                    "(kun under samtykke)."),
    DocumentKind.GUEST_CARE_LETTER: QT_TRANSLATE_NOOP(
        "Printing", "Brev til forældrene om gæstepleje: hvor, hvornår og hos hvem, med "
                    "»Kopi til«."),
    DocumentKind.DECISION_LETTER: QT_TRANSLATE_NOOP(
        "Printing", "Brev til forældrene om visitationsudvalgets afgørelse, med »Kopi til«."),
    DocumentKind.SUPERVISION_MONTH: QT_TRANSLATE_NOOP(
        "Printing", "Tilsyn pr. mini-dagplejehjem i en måned: afholdte og planlagte besøg, og "
                    "hjem uden tilsyn."),
}
_FILE_STEMS = {
    DocumentKind.ACTION_PLAN: "handleplan",
    DocumentKind.AGENDA: "dagsorden",
    DocumentKind.MINUTES: "referat",
    DocumentKind.SUPERVISION: "tilsynsrapport",
    DocumentKind.HANDOVER: "overleveringspakke",
    DocumentKind.FOLDER: "folder-om-mini-dagplejen",
    DocumentKind.CASE_FOLDER: "barnets-mappe",
    DocumentKind.GUEST_SHEET: "taskeseddel",
    DocumentKind.STATUS_DESCRIPTION: "statusbeskrivelse",
    DocumentKind.TOPI: "topi-ark",
    DocumentKind.CONSENT_FORM: "samtykkeerklæring",
    DocumentKind.CONSENT_WITHDRAWAL: "tilbagekaldelse-af-samtykke",
    DocumentKind.INVITATION: "invitation",
    DocumentKind.SUPERVISION_CHECKLIST: "tjekliste-til-tilsyn",
    DocumentKind.TRANSITION: "overgangsbeskrivelse",
    DocumentKind.COURSE: "forløb",
    DocumentKind.GUEST_CARE_LETTER: "brev-om-gæstepleje",
    DocumentKind.DECISION_LETTER: "brev-om-afgørelse",
    DocumentKind.SUPERVISION_MONTH: "tilsyn-i-måneden",
}
# What a childminder may print; the rest is the consultants' and the office's work.
_CHILDMINDER_KINDS = (DocumentKind.ACTION_PLAN, DocumentKind.FOLDER, DocumentKind.GUEST_SHEET,
                      DocumentKind.TOPI)


def kinds_for(role: UserRole) -> tuple[DocumentKind, ...]:
    """The document kinds offered to a user with this role, in menu order."""
    if role is UserRole.CHILDMINDER:
        return _CHILDMINDER_KINDS
    return tuple(DocumentKind)


@dataclass(frozen=True)
class DocumentRequest:
    """One document to make: the kind and the ids (and choices) it is about."""

    kind: DocumentKind
    child_id: uuid.UUID | None = None
    plan_id: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None
    recipient: str = ""
    observation_ids: tuple[uuid.UUID, ...] = ()
    consent_id: uuid.UUID | None = None
    course_id: uuid.UUID | None = None
    guest_care_id: uuid.UUID | None = None
    referral_id: uuid.UUID | None = None
    month: str = ""        # "2026-11" for the month's supervision overview
    purpose: str = ""
    title: str = ""        # for the preview's title bar; the kind's name when empty
    file_name: str = ""    # suggested when saving; derived from the kind when empty

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", DocumentKind(self.kind))
        needed = {DocumentKind.ACTION_PLAN: ("plan_id",), DocumentKind.AGENDA: ("meeting_id",),
                  DocumentKind.MINUTES: ("meeting_id",),
                  DocumentKind.SUPERVISION: ("visit_id",),
                  DocumentKind.HANDOVER: ("child_id", "recipient"),
                  DocumentKind.CASE_FOLDER: ("child_id",),
                  DocumentKind.GUEST_SHEET: ("child_id",),
                  DocumentKind.STATUS_DESCRIPTION: ("child_id",),
                  DocumentKind.TOPI: ("child_id",),
                  DocumentKind.CONSENT_FORM: ("consent_id",),
                  DocumentKind.CONSENT_WITHDRAWAL: ("consent_id",),
                  DocumentKind.INVITATION: ("meeting_id",),
                  DocumentKind.SUPERVISION_CHECKLIST: ("visit_id",),
                  DocumentKind.TRANSITION: ("child_id",),
                  DocumentKind.COURSE: ("course_id",),
                  DocumentKind.GUEST_CARE_LETTER: ("guest_care_id",),
                  DocumentKind.DECISION_LETTER: ("referral_id",),
                  DocumentKind.SUPERVISION_MONTH: ("month",)}.get(self.kind, ())
        missing = [name for name in needed if not getattr(self, name)]
        if missing:  # a programming error, never the user's
            raise ValueError(f"{self.kind.value} document needs {', '.join(missing)}")

    @property
    def window_title(self) -> str:
        return self.title or self.kind.label

    @property
    def suggested_file_name(self) -> str:
        if self.file_name:
            return self.file_name if self.file_name.lower().endswith(".pdf") \
                else f"{self.file_name}.pdf"
        return f"{self.kind.file_stem}.pdf"

    def produce(self, ctx: AppContext, path: Path, progress: Progress | None = None) -> Path:
        """Have the print service write the PDF to ``path`` (it also logs the print)."""
        kind = self.kind
        if kind is DocumentKind.ACTION_PLAN:
            return printing.print_action_plan(ctx, self.plan_id, path, progress)
        if kind is DocumentKind.AGENDA:
            return printing.print_agenda(ctx, self.meeting_id, path, progress)
        if kind is DocumentKind.MINUTES:
            return printing.print_minutes(ctx, self.meeting_id, path, progress)
        if kind is DocumentKind.SUPERVISION:
            return printing.print_supervision(ctx, self.visit_id, path, progress)
        if kind is DocumentKind.HANDOVER:
            return printing.print_handover(ctx, self.child_id, self.recipient, path,
                                           self.observation_ids, progress)
        if kind is DocumentKind.FOLDER:
            return printing.print_folder(ctx, path, progress)
        if kind is DocumentKind.CASE_FOLDER:
            return printing.print_case_folder(ctx, self.child_id, path, self.purpose, progress)
        if kind is DocumentKind.STATUS_DESCRIPTION:
            return printing.print_status_description(ctx, self.child_id, path,
                                                     recipient=self.recipient,
                                                     progress=progress)
        if kind is DocumentKind.TRANSITION:
            return printing.print_transition(ctx, self.child_id, path, self.recipient,
                                             progress)
        if kind is DocumentKind.COURSE:
            return printing.print_course(ctx, self.course_id, path, progress)
        if kind is DocumentKind.GUEST_CARE_LETTER:
            return printing.print_letter(ctx, "guest-care", self.guest_care_id, path, progress)
        if kind is DocumentKind.DECISION_LETTER:
            return printing.print_letter(ctx, "decision", self.referral_id, path, progress)
        if kind is DocumentKind.SUPERVISION_MONTH:
            year, month = (int(part) for part in self.month.split("-"))
            return printing.print_supervision_month(ctx, year, month, path, progress)
        if kind is DocumentKind.TOPI:
            return printing.print_topi(ctx, self.child_id, path, progress)
        if kind in (DocumentKind.CONSENT_FORM, DocumentKind.CONSENT_WITHDRAWAL):
            return printing.print_consent_form(
                ctx, self.consent_id, path,
                withdrawal=kind is DocumentKind.CONSENT_WITHDRAWAL, progress=progress)
        if kind is DocumentKind.INVITATION:
            return printing.print_letter(ctx, "invitation", self.meeting_id, path, progress)
        if kind is DocumentKind.SUPERVISION_CHECKLIST:
            return printing.print_supervision_checklist(ctx, self.visit_id, path, progress)
        return printing.print_guest_sheet(ctx, self.child_id, path, progress)


def file_name_part(text: str) -> str:
    """A name for a file: letters (æ, ø, å and accents kept), digits and hyphens."""
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in text.strip().lower())
    return "-".join(part for part in cleaned.split("-") if part)


class PdfBytes(bytes):
    """A made document, with the other children's names that were replaced in it."""

    replaced: tuple = ()


def generate_pdf(ctx: AppContext, request: DocumentRequest,
                 progress: Progress | None = None) -> PdfBytes:
    """The document's bytes. The service writes into a folder only this user can read,
    which is removed again at once: the preview works from memory."""
    folder = Path(tempfile.mkdtemp(prefix="dagpleje-udskrift-"))
    try:
        path = request.produce(ctx, folder / request.suggested_file_name, progress)
        data = PdfBytes(path.read_bytes())
        data.replaced = tuple(ctx.redactions.pop(str(path), ()))
        return data
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def replaced_names_text(replaced) -> str:
    """"Zoë Kristiansen (2 steder), Bo Jensen (1 sted)" for the preview's note."""
    return ", ".join(f"{r.name} ({r.count} {'sted' if r.count == 1 else 'steder'})"
                     for r in replaced)


def save_pdf(data: bytes, path: Path) -> Path:
    """Write a copy of a previewed document (atomically, so no half file is left)."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    printing.write_atomically(target, data)
    return target


# --- printing on paper ---------------------------------------------------------------------

class PrintingFailed(DagplejeError):
    """The printer could not be started or the document not read."""


def open_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes; keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def orient_for(printer: QPrinter, page_size: QSizeF) -> None:
    """Landscape paper for a landscape document (the folder), portrait otherwise."""
    landscape = page_size.width() > page_size.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page numbers the user chose in the print dialog (all when none chosen)."""
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(page_count))
    return [n - 1 for n in range(1, page_count + 1) if ranges.contains(n)]


def fit(area: QRectF, size: QSizeF) -> QRectF:
    """The largest rectangle of ``size``'s proportions centred in ``area``."""
    if size.width() <= 0 or size.height() <= 0:
        return QRectF(area)
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2,
                  area.y() + (area.height() - height) / 2, width, height)


def load_image_plugins() -> None:
    """Load Qt's image-format plugins on the GUI thread, before a worker prints.

    QPdfEngine asks for the image writers on the first drawImage; loading a plugin on a
    worker moves it to the GUI thread under a Qt mutex while PySide still holds the GIL
    in drawImage, and the GUI thread waiting for that GIL inside a signal disconnect
    deadlocks both. Once loaded here, the worker only reads them.
    """
    QImageWriter.supportedImageFormats()


def render_to_printer(data: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    """Draw every chosen page of the PDF on the printer; returns the number of pages sent.

    Safe on a worker thread: the document is opened here, and QPainter may paint on a
    QPrinter outside the GUI thread. The pages are drawn as the PDF lays them out: the
    paper's full area is used, the document brings its own margins.
    """
    document, buffer = open_pdf(data)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrintingFailed(_tr("Udskriften kunne ikke læses, så den blev ikke sendt til "
                                     "printeren. Prøv at lave den igen."),
                                 log_message=f"print: PDF not readable ({document.status()})")
        pages = pages_to_print(printer, document.pageCount())
        if not pages:
            raise PrintingFailed(_tr("De valgte sider findes ikke i dokumentet."),
                                 log_message="print: empty page range")
        printer.setFullPage(True)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintingFailed(_tr("Printeren kunne ikke startes. Se efter, om den er tændt "
                                     "og forbundet, og prøv igen."),
                                 log_message="print: QPainter.begin failed")
        try:
            area = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            for done, index in enumerate(pages):
                if progress is not None and progress(
                        done, len(pages), _tr("Sender side {n} af {total} til printeren")
                        .format(n=done + 1, total=len(pages))) is False:
                    printer.abort()
                    raise printing.PrintCancelled(_tr("Udskrivningen blev afbrudt."),
                                                  log_message="printing cancelled")
                if done:
                    printer.newPage()
                points = document.pagePointSize(index)
                pixels = QSize(round(points.width() / 72 * dpi),
                               round(points.height() / 72 * dpi))
                image = document.render(index, pixels)
                painter.drawImage(fit(area, points), image)
        finally:
            if painter.isActive():
                painter.end()
        if progress is not None:
            progress(len(pages), len(pages), _tr("Sendt til printeren"))
        return len(pages)
    finally:
        document.close()
        buffer.close()


# --- between the worker and the GUI thread --------------------------------------------------

class ProgressRelay(QObject):
    """Hands a worker's progress to the GUI thread and the user's "Annuller" back.

    ``callback`` has the print service's signature; it runs on the worker, emits
    ``progressed`` (delivered queued on the GUI thread) and returns False once
    ``cancel`` was called, which makes the worker stop at its next step.
    """

    progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def callback(self, done: int, total: int, label: str) -> bool:
        if shiboken6.isValid(self):
            self.progressed.emit(done, total, service_text(label))  # the step in the interface language
        return not self._cancelled.is_set()
