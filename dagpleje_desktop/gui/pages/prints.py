"""Udskrifter: pick a document and what it is about, see it, then save or print it.

The child comes first (it also decides whose consents are shown below); the document
kind decides what else is needed: a plan version, a meeting or a visit, chosen from
what the services list for the child. "Vis udskrift" opens the preview; the handover
packet goes through its own dialog (recipient, observations, consent) first.
All reads run on the database worker (gui/operations/prints.py), so a document being
made never stalls the page. A new kind about a record of the child adds its reader to
``ITEM_READERS`` and its entry to ``ITEM_KINDS``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton,
                               QWidget)

from ...domain.enums import ChildStatus, MeetingStatus, PlanStatus
from ..context import GuiContext
from ..dialogs.folder_texts import FolderTextsDialog
from ..dialogs.handover_packet import HandoverDialog
from ..dialogs.pdf_preview import show_preview
from ..domain_labels import label as domain_label
from ..formatting import LOCAL_TZ, format_date, format_datetime, sort_key
from ..messages import service_text
from ..operations import prints as print_ops
from ..operations.prints import (ChildSummary, ConsentInfo, MeetingSummary, PlanVersion,
                                 VisitInfo)
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..printing import DocumentKind, DocumentRequest, file_name_part, kinds_for
from ..widgets.text import card, label, page_title, section_title
from .base import ScrollPage
from .prints_choice import Choice, by_child_id, whatever_kind
from .prints_consents import ConsentsPanel
from .prints_records import READERS as RECORD_READERS

ITEM_KINDS = {DocumentKind.ACTION_PLAN: "plan_id", DocumentKind.AGENDA: "meeting_id",
              DocumentKind.MINUTES: "meeting_id", DocumentKind.SUPERVISION: "visit_id",
              DocumentKind.CONSENT_FORM: "consent_id",
              DocumentKind.CONSENT_WITHDRAWAL: "consent_id",
              DocumentKind.INVITATION: "meeting_id",
              DocumentKind.SUPERVISION_CHECKLIST: "visit_id",
              DocumentKind.GUEST_CARE_LETTER: "guest_care_id",
              DocumentKind.DECISION_LETTER: "referral_id", DocumentKind.COURSE: "course_id",
              DocumentKind.SUPERVISION_MONTH: "month"}
RECIPIENT_KINDS = (DocumentKind.STATUS_DESCRIPTION, DocumentKind.TRANSITION)
CONSENT_KINDS = (DocumentKind.CONSENT_FORM, DocumentKind.CONSENT_WITHDRAWAL)
COMBO_WIDTH = 460


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintsPage", text)


def child_name(child: ChildSummary) -> str:
    return f"{child.first_name} {child.last_name}".strip()


def _when(moment: datetime) -> str:
    return format_datetime(moment)


def _day(moment: datetime):
    return moment.astimezone(LOCAL_TZ).date() if moment.tzinfo else moment.date()


def plan_choices(versions: list[PlanVersion]) -> tuple[list[Choice], int]:
    items = []
    for plan in versions:
        text = _tr("Version {version} – {status}").format(version=plan.version,
                                                          status=domain_label(plan.status).lower())
        if plan.approved_on:
            text += f" {format_date(plan.approved_on)}"
        items.append(Choice(plan.id, text, _tr("version {version}").format(version=plan.version),
                            f"v{plan.version}"))
    approved = [i for i, p in enumerate(versions) if p.status is PlanStatus.APPROVED]
    return items, approved[0] if approved else 0


def meeting_choices(found: list[MeetingSummary], *, held_only: bool,
                    now: datetime, planned_only: bool = False) -> tuple[list[Choice], int]:
    if held_only:
        found = [m for m in found if m.status is MeetingStatus.HELD]
    if planned_only:  # an invitation goes out before a meeting, never after
        found = [m for m in found if m.status is MeetingStatus.PLANNED]
    found.sort(key=lambda m: m.start, reverse=True)
    items = [Choice(m.id, f"{domain_label(m.kind)} {_when(m.start)} – "
                          f"{domain_label(m.status).lower()}",
                    f"{domain_label(m.kind).lower()} {format_date(_day(m.start))}",
                    f"{_day(m.start):%Y-%m-%d}") for m in found]
    if held_only or not found:
        return items, 0
    upcoming = [i for i, m in enumerate(found)
                if m.status is MeetingStatus.PLANNED and m.end >= now]
    return items, upcoming[-1] if upcoming else 0  # the next meeting: the last upcoming


def visit_choices(ordered: list[VisitInfo]) -> tuple[list[Choice], int]:
    """The visits about the child (newest first): home visits and its home's supervision."""
    items = [Choice(v.id, f"{domain_label(v.kind)} {_when(v.visited_at)}"
                          + (f" – {v.home_name}" if v.home_name else ""),
                    f"{domain_label(v.kind).lower()} {format_date(_day(v.visited_at))}",
                    f"{_day(v.visited_at):%Y-%m-%d}") for v in ordered]
    return items, 0


def consent_choices(found: list[ConsentInfo]) -> tuple[list[Choice], int]:
    items = [Choice(c.id, f"{c.purpose.label} – {', '.join(c.recipients) or c.guardian_name} "
                          f"({service_text(c.state_label.lower())}, {format_date(c.given_on)})",
                    c.reference, c.reference.lower()) for c in found]
    return items, 0


def _read_visits(runner, ctx, child: ChildSummary, on_done, on_error) -> int:
    return print_ops.load_visits(runner, ctx, child.id, child.home_id, on_done, on_error)


def _meetings(found, kind: DocumentKind, now: datetime) -> tuple[list[Choice], int]:
    return meeting_choices(found, held_only=kind is DocumentKind.MINUTES, now=now,
                           planned_only=kind is DocumentKind.INVITATION)


_PLANS = (by_child_id(print_ops.load_plans), whatever_kind(plan_choices))
_VISITS = (_read_visits, whatever_kind(visit_choices))
_CONSENTS = (by_child_id(print_ops.load_consents), whatever_kind(consent_choices))
_MEETINGS = (by_child_id(print_ops.load_meetings), _meetings)
# kind -> (the operation reading what the document can be about, the choices made of it)
ITEM_READERS = {
    DocumentKind.ACTION_PLAN: _PLANS,
    DocumentKind.SUPERVISION: _VISITS, DocumentKind.SUPERVISION_CHECKLIST: _VISITS,
    DocumentKind.CONSENT_FORM: _CONSENTS, DocumentKind.CONSENT_WITHDRAWAL: _CONSENTS,
    DocumentKind.AGENDA: _MEETINGS, DocumentKind.MINUTES: _MEETINGS,
    DocumentKind.INVITATION: _MEETINGS,
    **{DocumentKind(kind): reader for kind, reader in RECORD_READERS.items()},
}


class PrintsPage(ScrollPage):
    title = "Udskrifter"
    preview_opened = Signal(object)   # the PdfPreviewDialog, e.g. for tests and tours

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.children: list[ChildSummary] = []
        self.choices: list[Choice] = []
        self._item_loads = 0
        self._children_loaded = False
        self.body.addWidget(page_title(self.tr("Udskrifter")))
        self.body.addWidget(label(self.tr(
            "Vælg et dokument og hvem det handler om. Du ser udskriften, før du gemmer den "
            "som PDF eller udskriver den."), "muted"))
        self._build_document_card()
        consent_card, consent_layout = card()
        consent_card.setObjectName("consentCard")
        self.consents = ConsentsPanel(gui)
        consent_layout.addWidget(self.consents)
        self.body.addWidget(consent_card)
        self.body.addStretch(1)  # spare height stays below the cards, not inside them
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.child_combo.currentIndexChanged.connect(self._child_changed)
        self.item_combo.currentIndexChanged.connect(self._update_buttons)
        self.show_button.clicked.connect(self.show_document)
        self.edit_texts_button.clicked.connect(self.edit_folder_texts)
        self._kind_changed()

    def _build_document_card(self) -> None:
        frame, layout = card(spacing=10)
        frame.setObjectName("documentCard")
        layout.addWidget(section_title(self.tr("Dokument")))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("documentKind")
        self.kind_combo.setAccessibleName(self.tr("Dokument"))
        for kind in kinds_for(self.gui.session.user.role):
            self.kind_combo.addItem(kind.label, kind.value)
        self.child_combo = QComboBox()
        self.child_combo.setObjectName("child")
        self.child_combo.setAccessibleName(self.tr("Barn"))
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("documentItem")
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("caseFolderPurpose")
        self.purpose_edit.setAccessibleName(self.tr("Formål"))
        self.purpose_edit.setPlaceholderText(self.tr("Fx forældrenes anmodning om indsigt "
                                                     "(kan udelades)"))
        self.purpose_edit.setMaxLength(200)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("documentRecipient")
        self.recipient_edit.setAccessibleName(self.tr("Modtager"))
        self.recipient_edit.setPlaceholderText(self.tr("Tom: forældrene og teamet"))
        self.recipient_edit.setToolTip(self.tr(
            "Tom: til forældrene og teamet. Ellers modtageren, som den står på samtykket."))
        self.recipient_edit.setMaxLength(200)
        for widget in (self.kind_combo, self.child_combo, self.item_combo, self.purpose_edit,
                       self.recipient_edit):
            widget.setMinimumWidth(COMBO_WIDTH)
        self.item_label = label("", "fieldLabel")
        self.purpose_label = label(self.tr("Formål"), "fieldLabel")
        form.addRow(label(self.tr("Dokument"), "fieldLabel"), self.kind_combo)
        form.addRow(label(self.tr("Barn"), "fieldLabel"), self.child_combo)
        form.addRow(self.item_label, self.item_combo)
        form.addRow(self.purpose_label, self.purpose_edit)
        form.addRow(label(self.tr("Modtager"), "fieldLabel"), self.recipient_edit)
        self.form = form
        layout.addLayout(form)
        self.description = label("", "muted", object_name="documentDescription")
        layout.addWidget(self.description)
        self.item_note = label("", "hint", object_name="itemNote")
        self.item_note.setVisible(False)
        layout.addWidget(self.item_note)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Vis udskrift"))
        self.show_button.setObjectName("showDocument")
        self.show_button.setProperty("role", "primary")
        self.edit_texts_button = QPushButton(self.tr("Ret tekster …"))
        self.edit_texts_button.setObjectName("editFolderTexts")
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.edit_texts_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.feedback = label("", "muted", object_name="printsFeedback")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.body.addWidget(frame)

    # -- state ----------------------------------------------------------------------------

    def current_kind(self) -> DocumentKind:
        return DocumentKind(self.kind_combo.currentData())  # Qt hands the value back as str

    def current_child(self) -> ChildSummary | None:
        index = self.child_combo.currentIndex()
        return self.children[index] if 0 <= index < len(self.children) else None

    def current_choice(self) -> Choice | None:
        index = self.item_combo.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def select_kind(self, kind: DocumentKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(DocumentKind(kind).value))

    def select_child(self, child_id: uuid.UUID) -> None:
        for index, child in enumerate(self.children):
            if child.id == child_id:
                self.child_combo.setCurrentIndex(index)
                return

    @property
    def busy_loading(self) -> bool:
        return not self._children_loaded or self.item_combo.property("loading") is True

    # -- loading --------------------------------------------------------------------------

    def activate(self) -> None:
        print_ops.list_children(self.gui.runner, self.gui.session,
                                guarded(self, self._children_arrived),
                                guarded(self, lambda exc: self._say(user_message(exc), True)))

    def _children_arrived(self, found: list[ChildSummary]) -> None:
        current = self.current_child()
        self.children = sorted(found, key=lambda c: sort_key(child_name(c)))
        self.child_combo.blockSignals(True)
        self.child_combo.clear()
        for child in self.children:
            text = child_name(child)
            if child.status is not ChildStatus.ACTIVE:
                text += f" ({domain_label(child.status).lower()})"
            self.child_combo.addItem(text, child.id)
        if not self.children:
            self.child_combo.addItem(self.tr("Ingen børn endnu"), None)
        self.child_combo.blockSignals(False)
        self._children_loaded = True
        if current is not None:
            self.select_child(current.id)
        self._child_changed()

    def _kind_changed(self, *_args) -> None:
        kind = self.current_kind()
        self.description.setText(kind.description)
        needs_item = kind in ITEM_KINDS
        self.item_label.setText({DocumentKind.ACTION_PLAN: self.tr("Version"),
                                 DocumentKind.SUPERVISION: self.tr("Besøg"),
                                 DocumentKind.SUPERVISION_CHECKLIST: self.tr("Besøg"),
                                 DocumentKind.CONSENT_FORM: self.tr("Samtykke"),
                                 DocumentKind.CONSENT_WITHDRAWAL: self.tr("Samtykke"),
                                 DocumentKind.GUEST_CARE_LETTER: self.tr("Gæstepleje"),
                                 DocumentKind.DECISION_LETTER: self.tr("Indstilling"),
                                 DocumentKind.COURSE: self.tr("Forløb"),
                                 DocumentKind.SUPERVISION_MONTH: self.tr("Måned")}
                                .get(kind, self.tr("Møde")))
        self.form.setRowVisible(self.item_combo, needs_item)
        self.form.setRowVisible(self.purpose_edit, kind is DocumentKind.CASE_FOLDER)
        self.form.setRowVisible(self.recipient_edit, kind in RECIPIENT_KINDS)
        self.form.setRowVisible(self.child_combo, kind is not DocumentKind.SUPERVISION_MONTH)
        self.edit_texts_button.setVisible(kind is DocumentKind.FOLDER)
        self.show_button.setText(self.tr("Lav overleveringspakke …")
                                 if kind is DocumentKind.HANDOVER else self.tr("Vis udskrift"))
        self._load_items()

    def _child_changed(self, *_args) -> None:
        child = self.current_child()
        self.consents.set_child(child.id if child else None,
                                child_name(child) if child else "")
        self._load_items()

    def _load_items(self) -> None:
        self._item_loads += 1
        number, kind, child = self._item_loads, self.current_kind(), self.current_child()
        self.choices = []
        self.item_combo.clear()
        self.item_note.setVisible(False)
        if kind not in ITEM_KINDS or (child is None and kind.needs_child):
            self.item_combo.setProperty("loading", False)
            self._update_buttons()
            return
        self.item_combo.setProperty("loading", True)
        self.item_combo.addItem(self.tr("Henter …"))
        self._update_buttons()
        read, make_choices = ITEM_READERS[kind]
        read(self.gui.runner, self.gui.session, child,
             guarded(self, lambda found: self._items_arrived(number, kind, make_choices(
                 found, kind, self.gui.session.now()))),
             guarded(self, lambda exc: self._items_failed(number, exc)))

    def _items_arrived(self, number: int, kind: DocumentKind, result) -> None:
        if number != self._item_loads or kind is not self.current_kind():
            return  # another child or document was chosen meanwhile
        items, default = result
        self.choices = items
        self.item_combo.clear()
        for item in items:
            self.item_combo.addItem(item.text, item.id)
        if items:
            self.item_combo.setCurrentIndex(default)
        else:
            self.item_combo.addItem(self._nothing_text())
            self.item_note.setText(self._nothing_hint())
            self.item_note.setVisible(True)
        self.item_combo.setProperty("loading", False)
        self._update_buttons()

    def _items_failed(self, number: int, exc: BaseException) -> None:
        if number == self._item_loads:
            self.item_combo.clear()
            self.item_combo.setProperty("loading", False)
            self._say(user_message(exc), True)
            self._update_buttons()

    def _nothing_text(self) -> str:
        return {DocumentKind.ACTION_PLAN: self.tr("Ingen handleplaner"),
                DocumentKind.SUPERVISION: self.tr("Ingen besøg"),
                DocumentKind.SUPERVISION_CHECKLIST: self.tr("Ingen besøg"),
                DocumentKind.CONSENT_FORM: self.tr("Ingen samtykker"),
                DocumentKind.CONSENT_WITHDRAWAL: self.tr("Ingen samtykker"),
                DocumentKind.MINUTES: self.tr("Ingen afholdte møder"),
                DocumentKind.GUEST_CARE_LETTER: self.tr("Ingen gæstepleje"),
                DocumentKind.DECISION_LETTER: self.tr("Ingen afgørelser"),
                DocumentKind.COURSE: self.tr("Ingen forløb")}.get(
            self.current_kind(), self.tr("Ingen møder"))

    def _nothing_hint(self) -> str:
        kind = self.current_kind()
        if kind is DocumentKind.ACTION_PLAN:
            return self.tr("Barnet har ingen handleplan endnu. Den laves ved et statusmøde "
                           "under Møder.")
        if kind is DocumentKind.SUPERVISION:
            return self.tr("Der er ikke registreret tilsyn eller hjemmebesøg for barnet eller "
                           "dets dagplejehjem.")
        if kind is DocumentKind.MINUTES:
            return self.tr("Referatet kan udskrives, når et møde er afholdt.")
        if kind in CONSENT_KINDS:
            return self.tr("Der er ikke registreret samtykker for barnet. Samtykker "
                           "registreres nedenfor.")
        if kind is DocumentKind.SUPERVISION_CHECKLIST:
            return self.tr("Der er ikke registreret tilsyn for barnets dagplejehjem.")
        if kind is DocumentKind.GUEST_CARE_LETTER:
            return self.tr("Barnet har ingen gæstepleje. Den registreres under Visitation.")
        if kind is DocumentKind.DECISION_LETTER:
            return self.tr("Visitationsudvalget har ikke truffet afgørelse om barnet endnu.")
        if kind is DocumentKind.COURSE:
            return self.tr("Barnet har ingen forløb. Forløb registreres under Visitation.")
        return self.tr("Barnet har ingen møder. Møder planlægges under Møder.")

    def _update_buttons(self, *_args) -> None:
        kind, child = self.current_kind(), self.current_child()
        ready = (not kind.needs_child or child is not None) and \
            (kind not in ITEM_KINDS or self.current_choice() is not None)
        self.show_button.setEnabled(ready)

    def _say(self, text: str, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    # -- actions --------------------------------------------------------------------------

    def document_request(self) -> DocumentRequest | None:
        """What "Vis udskrift" would make now (None when something is still missing)."""
        kind, child, choice = self.current_kind(), self.current_child(), self.current_choice()
        if kind is DocumentKind.FOLDER:
            return DocumentRequest(kind, title=self.tr("Folder om Mini-dagplejen"))
        if kind is DocumentKind.SUPERVISION_MONTH:
            if choice is None:
                return None
            return DocumentRequest(kind, month=str(choice.id),
                                   title=f"{kind.label}, {choice.title}",
                                   file_name=f"{kind.file_stem}-{choice.file_part}")
        if child is None or (kind in ITEM_KINDS and choice is None):
            return None
        name = child_name(child)
        title = f"{kind.label} – {name}"
        file_name = f"{kind.file_stem}-{file_name_part(name)}"
        fields = {"child_id": child.id}
        if choice is not None and kind in ITEM_KINDS:
            fields[ITEM_KINDS[kind]] = choice.id
            title = f"{kind.label}, {choice.title} – {name}"
            file_name += f"-{choice.file_part}"
        if kind is DocumentKind.CASE_FOLDER:
            fields["purpose"] = self.purpose_edit.text().strip()
        recipient = " ".join(self.recipient_edit.text().split())
        if kind in RECIPIENT_KINDS and recipient:
            fields["recipient"] = recipient
            title += " " + self.tr("til {recipient}").format(recipient=recipient)
        return DocumentRequest(kind, title=title, file_name=file_name, **fields)

    def show_document(self) -> None:
        self._say("")
        if self.current_kind() is DocumentKind.HANDOVER:
            self.make_handover_packet()
            return
        request = self.document_request()
        if request is not None:
            self.preview(request)

    def preview(self, request: DocumentRequest):
        dialog = show_preview(self.gui, request, self.window())
        dialog.finished.connect(guarded(self, lambda _r: self.consents.reload()))
        self.preview_opened.emit(dialog)
        return dialog

    def make_handover_packet(self) -> HandoverDialog | None:
        child = self.current_child()
        if child is None:
            return None
        dialog = HandoverDialog(self.gui, child.id, child_name(child), parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.packet_requested.connect(self.preview)
        # A consent registered from the dialog shows up here too.
        dialog.finished.connect(guarded(self, lambda _r: self.consents.reload()))
        dialog.open()
        return dialog

    def edit_folder_texts(self) -> FolderTextsDialog:
        dialog = FolderTextsDialog(self.gui, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(guarded(self, lambda: self._say(self.tr(
            "Folderens tekster er gemt. Vis udskrift for at se folderen med dem."))))
        dialog.open()
        return dialog
