"""Overleveringspakke: to whom, which observations, and under which consent.

The dialog checks the consent as the recipient is typed and shows it, or the service's
message naming the consent that is missing (then the packet cannot be made, and a
consent can be registered right here). Only observations marked shareable with partners
are offered. The packet itself is made by the preview: the print service refuses it
without a valid consent and records the disclosure when it is made.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCompleter, QDialog, QFormLayout, QFrame, QHBoxLayout, QLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from ...domain.enums import ConsentPurpose, UserRole
from ..context import GuiContext
from ..document_labels import categories_text
from ..domain_labels import label as domain_label
from ..formatting import format_date, format_datetime
from ..operations import handover as handover_ops
from ..operations.handover import (ConsentInfo, ConsentMissingError, HandoverChoices,
                                   ObservationInfo)
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..printing import DocumentKind, DocumentRequest, file_name_part
from ..resources import icon
from ..widgets.feedback import show_field_error
from ..widgets.text import label
from .consent_record import ConsentDialog

CHECK_DELAY_MS = 350      # wait for a pause in typing before asking the service
PREVIEW_CHARS = 150
ID_ROLE = Qt.ItemDataRole.UserRole
BOX_STYLE = """
QFrame#consentBox { border-radius: 6px; border: 1px solid #c9d2d9; background: #f4f7fa; }
QFrame#consentBox[state="valid"] { border-color: #9cc7a0; background: #eef7ef; }
QFrame#consentBox[state="missing"] { border-color: #e6b0ab; background: #fdecea; }
QFrame#consentBox QLabel { background: transparent; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoverDialog", text)


def describe_consent(info: ConsentInfo) -> str:
    who = info.guardian_name + (f" ({info.guardian_relation.lower()})"
                                if info.guardian_relation else "")
    text = _tr("Pakken gives videre under samtykke {ref} fra {who}, givet {given} "
               "({form})").format(ref=info.reference, who=who,
                                  given=format_date(info.given_on),
                                  form=domain_label(info.form).lower())
    if info.expires_on is not None:
        text += _tr(", gælder til {day}").format(day=format_date(info.expires_on))
    text += "."
    text += "\n" + _tr("Pakken indeholder kun: {what}.").format(
        what=categories_text(info.categories))
    if "observationer" not in info.categories:
        text += "\n" + _tr("Samtykket omfatter ikke observationer; de kommer ikke med.")
    if info.information.strip():
        text += "\n" + _tr("Note på samtykket: {what}").format(what=info.information.strip())
    return text


def observation_line(obs: ObservationInfo) -> str:
    body = " ".join(obs.text.split())
    if len(body) > PREVIEW_CHARS:
        body = body[:PREVIEW_CHARS - 1].rstrip() + "…"
    head = format_datetime(obs.observed_at)
    if obs.situation.strip():
        head += f" · {obs.situation.strip()}"
    return f"{head}\n{body}"


class HandoverDialog(QDialog):
    """``packet_requested(DocumentRequest)`` when the user makes the packet."""

    packet_requested = Signal(object)

    def __init__(self, gui: GuiContext, child_id: uuid.UUID, child_name: str = "",
                 recipient: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.child_id, self.child_name = gui, child_id, child_name
        self.request: DocumentRequest | None = None
        self.consent: ConsentInfo | None = None
        self._checks = 0            # the latest check wins; older answers are ignored
        self._checked_for: str | None = None
        self._choices: HandoverChoices | None = None
        self.setObjectName("handoverDialog")
        self.setWindowIcon(icon("app"))
        self.setStyleSheet(BOX_STYLE)
        self.setMinimumWidth(640)
        self._build()
        self._fit_to_screen()
        self._update_title()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_consent)
        self.recipient.textChanged.connect(self._recipient_edited)
        if recipient.strip():
            self.recipient.setText(recipient.strip())
        self._load()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow, never squeeze
        outer.setSpacing(12)
        outer.addWidget(label(self.tr(
            "Pakken til barnets næste institution: følgebrev, om barnet og »Det virker for "
            "mig«, udvikling og trivsel, mål, den seneste godkendte handleplan, de "
            "observationer du vælger, kontakter og samtykket."), "muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient")
        self.recipient.setAccessibleName(self.tr("Modtager"))
        self.recipient.setPlaceholderText(self.tr("Institutionens navn, fx Børnehaven "
                                                  "Solsikken"))
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.recipient.setCompleter(completer)
        form.addRow(self.tr("Modtager"), self.recipient)
        outer.addLayout(form)

        self.consent_box = QFrame()
        self.consent_box.setObjectName("consentBox")
        box = QHBoxLayout(self.consent_box)
        box.setContentsMargins(14, 10, 14, 10)
        self.consent_status = label("", object_name="consentStatus", selectable=True)
        self.register_button = QPushButton(self.tr("Registrér samtykke …"))
        self.register_button.setObjectName("registerConsent")
        self.register_button.setAutoDefault(False)
        self.register_button.setVisible(False)
        self.register_button.setEnabled(self.gui.session.user.role is not UserRole.CHILDMINDER)
        box.addWidget(self.consent_status, 1)
        box.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.consent_box)

        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Observationer i pakken"), "fieldLabel"))
        heading.addStretch(1)
        self.selection_count = label("", "muted", object_name="selectionCount", wrap=False)
        heading.addWidget(self.selection_count)
        self.select_all = QPushButton(self.tr("Vælg alle"))
        self.select_all.setObjectName("selectAll")
        self.select_none = QPushButton(self.tr("Vælg ingen"))
        self.select_none.setObjectName("selectNone")
        for button in (self.select_all, self.select_none):
            button.setAutoDefault(False)
            heading.addWidget(button)
        outer.addLayout(heading)
        outer.addWidget(label(self.tr("Kun observationer, der må deles med samarbejdsparter, "
                                      "kan komme med. Nyeste først."), "muted"))
        self.observation_list = QListWidget()
        self.observation_list.setObjectName("observations")
        self.observation_list.setAccessibleName(self.tr("Observationer i pakken"))
        self.observation_list.setWordWrap(True)
        self.observation_list.setSpacing(2)
        self.observation_list.setAlternatingRowColors(True)
        self.observation_list.setMinimumHeight(180)
        outer.addWidget(self.observation_list, 1)

        outer.addWidget(label(self.tr(
            "Når pakken laves, registreres det, at oplysningerne er givet videre: hvad, til "
            "hvem, hvornår og under hvilket samtykke."), "hint"))
        self.error = label("", "error", object_name="formError")
        show_field_error(self.error)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setAutoDefault(False)
        self.make_button = QPushButton(self.tr("Lav overleveringspakke"))
        self.make_button.setObjectName("makePacket")
        self.make_button.setProperty("role", "primary")
        self.make_button.setEnabled(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.make_button)
        outer.addLayout(buttons)

        self.cancel_button.clicked.connect(self.reject)
        self.make_button.clicked.connect(self.make_packet)
        self.register_button.clicked.connect(self.register_consent)
        self.select_all.clicked.connect(lambda: self._check_all(True))
        self.select_none.clicked.connect(lambda: self._check_all(False))
        self.observation_list.itemChanged.connect(self._show_selection_count)
        self._show_state("checking", self.tr("Skriv modtageren for at se samtykket."))

    def _fit_to_screen(self) -> None:
        """Room for a handful of observations without covering a small laptop screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        height = 720 if screen is None else min(720, int(screen.availableGeometry().height()
                                                         * 0.92))
        self.resize(720, height)

    def _update_title(self) -> None:
        title = self.tr("Overleveringspakke")
        if self.child_name:
            title += f" – {self.child_name}"
        self.setWindowTitle(title)

    # -- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        self.observation_list.addItem(self.tr("Henter observationer …"))
        self.observation_list.setEnabled(False)
        handover_ops.load_choices(self.gui.runner, self.gui.session, self.child_id,
                                  guarded(self, self._loaded), guarded(self, self._load_failed))

    def _loaded(self, choices: HandoverChoices) -> None:
        self._choices = choices
        if not self.child_name:
            self.child_name = choices.child_name
            self._update_title()
        self._suggestions.setStringList(list(choices.suggested_recipients))
        if not self.recipient.text().strip() and choices.suggested_recipients:
            self.recipient.setText(choices.suggested_recipients[0])
        self.observation_list.blockSignals(True)
        self.observation_list.clear()
        for obs in choices.shareable:
            item = QListWidgetItem(observation_line(obs))
            item.setData(ID_ROLE, obs.id)
            item.setToolTip(obs.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.observation_list.addItem(item)
        if not choices.shareable:
            note = QListWidgetItem(self.tr(
                "Ingen af barnets observationer er markeret til deling med "
                "samarbejdsparter, så pakken kommer uden observationer. Delingen kan rettes "
                "på den enkelte observation."))
            note.setFlags(Qt.ItemFlag.NoItemFlags)  # a message, not a choice
            self.observation_list.addItem(note)
        self.observation_list.blockSignals(False)
        self.observation_list.setEnabled(True)
        for button in (self.select_all, self.select_none):
            button.setEnabled(bool(choices.shareable))
        self._show_selection_count()
        if self.consent is not None:
            self._allow_observations("observationer" in self.consent.categories)
        if not self.recipient.text().strip():
            self.check_consent()

    def _load_failed(self, exc: BaseException) -> None:
        self.observation_list.clear()
        show_field_error(self.error, user_message(exc))

    @property
    def loaded(self) -> bool:
        return self._choices is not None

    # -- observations ---------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.observation_list.item(row) for row in range(self.observation_list.count())
                if self.observation_list.item(row).data(ID_ROLE) is not None]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            item.setCheckState(state)

    def selected_observation_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(item.data(ID_ROLE) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def _show_selection_count(self, *_args) -> None:
        total = len(self._items())
        self.selection_count.setText(
            self.tr("{chosen} af {total} valgt").format(
                chosen=len(self.selected_observation_ids()), total=total) if total else "")

    # -- consent --------------------------------------------------------------------------

    def _recipient_edited(self, _text: str) -> None:
        self.consent = None
        self.make_button.setEnabled(False)
        self._show_state("checking", self.tr("Ser efter samtykke …"))
        self._timer.start()

    def check_consent(self) -> None:
        """Ask the service which consent a packet to this recipient would go under."""
        self._timer.stop()
        recipient = self.recipient.text()
        self._checks += 1
        number = self._checks
        handover_ops.check_consent(
            self.gui.runner, self.gui.session, self.child_id, recipient,
            guarded(self, lambda info: self._consent_found(number, recipient, info)),
            guarded(self, lambda exc: self._consent_missing(number, recipient, exc)))

    @property
    def checking(self) -> bool:
        return self._timer.isActive() or self._checked_for != self.recipient.text()

    def _consent_found(self, number: int, recipient: str, info: ConsentInfo) -> None:
        if number != self._checks:
            return
        self._checked_for = recipient
        self.consent = info
        self._show_state("valid", describe_consent(info))
        self.register_button.setVisible(False)
        self.make_button.setEnabled(True)
        self._allow_observations("observationer" in info.categories)

    def _allow_observations(self, allowed: bool) -> None:
        """Observations can be chosen only when the consent covers them."""
        if not allowed:
            for item in self._items():
                item.setCheckState(Qt.CheckState.Unchecked)
        self.observation_list.setEnabled(allowed and bool(self._items()))
        for button in (self.select_all, self.select_none):
            button.setEnabled(allowed and bool(self._items()))
        self._show_selection_count()

    def _consent_missing(self, number: int, recipient: str, exc: BaseException) -> None:
        if number != self._checks:
            return
        self._checked_for = recipient
        self.consent = None
        self.make_button.setEnabled(False)
        self._show_state("missing", user_message(exc))
        self.register_button.setVisible(isinstance(exc, ConsentMissingError))

    def _show_state(self, state: str, text: str) -> None:
        self.consent_box.setProperty("state", state)
        self.consent_box.style().unpolish(self.consent_box)
        self.consent_box.style().polish(self.consent_box)
        self.consent_status.setText(text)

    def register_consent(self) -> None:
        dialog = ConsentDialog(self.gui, self.child_id, self.child_name,
                               purpose=ConsentPurpose.HANDOVER,
                               recipient=self.recipient.text(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda _info: self.check_consent())
        dialog.open()

    # -- the packet -----------------------------------------------------------------------

    def make_packet(self) -> None:
        if self.consent is None or self.checking:
            return
        recipient = " ".join(self.recipient.text().split())
        name = self.child_name or self.tr("barnet")
        self.request = DocumentRequest(
            DocumentKind.HANDOVER, child_id=self.child_id, recipient=recipient,
            observation_ids=self.selected_observation_ids(),
            title=self.tr("Overleveringspakke til {recipient} – {child}").format(
                recipient=recipient, child=name),
            file_name=f"overleveringspakke-{file_name_part(name)}-{file_name_part(recipient)}")
        self.packet_requested.emit(self.request)
        self.accept()
