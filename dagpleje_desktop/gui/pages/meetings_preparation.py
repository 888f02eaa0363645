"""Forberedelse: one click gathers everything since the last held status meeting (offline),
shown read-only beside the consultant's own notes, which she edits and saves."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QHBoxLayout, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from ...domain.enums import MeetingStatus
from ..context import GuiContext
from ..dialogs.plan_view import reading_browser
from ..domain_labels import label as domain_label
from ..formatting import domain_labels, format_date
from ..messages import service_text
from ..operations import consents as consent_ops
from ..operations import meetings as meeting_ops
from ..operations.meetings import DomainGroup, MeetingDetail, ObservationInfo, Preparation
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..style import POSITION_COLOURS
from ..widgets.text import label, section_title
from ..widgets.when_fields import local, short_date

OBSERVATION_PREVIEW = 400  # characters; the whole text is on the child's page


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreparationView", text)


def _observation(obs: ObservationInfo) -> str:
    text = " ".join(obs.text.split())
    if len(text) > OBSERVATION_PREVIEW:
        text = text[:OBSERVATION_PREVIEW].rstrip() + " …"
    who = f" ({escape(obs.author_name)})" if obs.author_name else ""
    return (f"<li><span style='color:#5b6770'>{local(obs.observed_at):%d-%m-%Y}{who}:</span> "
            f"{escape(text)}</li>")


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}"


def _none(text: str) -> str:
    return f"<p style='color:#5b6770'><i>{escape(text)}</i></p>"


def _domain_group_title(group: DomainGroup) -> str:
    """The group's development domain in the interface language (the service's label is Danish)."""
    return domain_labels((group.domain,)) if group.domain else _tr("Uden udviklingsområde")


def preparation_html(prep: Preparation) -> str:
    """The preparation as HTML; every value from the database is escaped."""
    parts = []
    if prep.since is not None:
        period = _tr("Siden statusmødet {day}").format(day=format_date(local(prep.since).date()))
    else:
        period = _tr("Der har ikke været et statusmøde før; alt fra barnets start er med")
    parts.append(f"<p><b>{escape(period)}</b> – "
                 f"{escape(_tr('{n} observationer i perioden.').format(n=len(prep.observations)))}"
                 "</p>")
    if prep.last_agreements:
        parts.append(_section(_tr("Aftaler fra sidst"),
                              f"<p>{escape(prep.last_agreements).replace(chr(10), '<br>')}</p>"))
    tasks = "".join(
        f"<li>{escape(f.description)} – {escape(f.owner)}"
        + (f", {escape(_tr('senest'))} {short_date(f.due_on)}" if f.due_on else "") + "</li>"
        for f in prep.open_follow_ups)
    parts.append(_section(_tr("Åbne opfølgninger"), f"<ul>{tasks}</ul>" if tasks
                          else _none(_tr("Ingen åbne opfølgninger."))))
    due = "".join(f"<li>{escape(g.title)} ({escape(domain_label(g.status))}, "
                  f"{escape(_tr('måldato'))} {short_date(g.target_date)})</li>"
                  for g in prep.goals_due)
    parts.append(_section(_tr("Mål med måldato nu eller inden for en måned"),
                          f"<ul>{due}</ul>" if due else _none(_tr("Ingen mål forfalder."))))
    goals = []
    for item in prep.by_goal:
        head = (f"<p><b>{escape(item.goal.title)}</b> <span style='color:#5b6770'>"
                f"({escape(domain_label(item.goal.status))}, "
                f"{escape(_tr('{n} observationer').format(n=len(item.observations)))})</span></p>")
        body = "".join(_observation(o) for o in item.observations)
        goals.append(head + (f"<ul>{body}</ul>" if body else
                             _none(_tr("Ingen observationer knyttet til målet i perioden."))))
    parts.append(_section(_tr("Observationer pr. mål"),
                          "".join(goals) or _none(_tr("Barnet har ingen åbne mål."))))
    domains = "".join(
        f"<p><b>{escape(_domain_group_title(group))}</b> <span style='color:#5b6770'>"
        f"({len(group.observations)})</span></p><ul>"
        + "".join(_observation(o) for o in group.observations) + "</ul>"
        for group in prep.by_domain)
    parts.append(_section(_tr("Observationer pr. udviklingsområde"),
                          domains or _none(_tr("Ingen observationer i perioden."))))
    wellbeing = "".join(
        f"<li><span style='color:{POSITION_COLOURS.get(p.position, '#5b6770')}'>●</span> "
        f"{short_date(p.on)} <b>{escape(domain_label(p.position))}</b>"
        + (f" – {escape(p.comment)}" if p.comment else "") + "</li>"
        for p in prep.wellbeing)
    parts.append(_section(_tr("Trivsel i perioden"),
                          f"<ul>{wellbeing}</ul>" if wellbeing else
                          _none(_tr("Ingen trivselsvurderinger i perioden."))))
    development = "".join(
        f"<li>{short_date(d.assessed_on)} {escape(domain_labels((d.domain,)))}: "
        f"{escape(_tr('svarer til {m} måneder').format(m=d.level_months))}"
        + (f" ({escape(d.assessor_name)})" if d.assessor_name else "")
        + (f" – {escape(d.note)}" if d.note else "") + "</li>"
        for d in prep.development)
    parts.append(_section(_tr("Udviklingsvurderinger"),
                          f"<ul>{development}</ul>" if development else
                          _none(_tr("Ingen udviklingsvurderinger i perioden."))))
    return "".join(parts)


class PreparationView(QWidget):
    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.detail: MeetingDetail | None = None
        self.preparation: Preparation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.build_button = QPushButton(self.tr("Byg forberedelse"))
        self.build_button.setObjectName("buildPreparation")
        self.build_button.setProperty("role", "primary")
        top.addWidget(self.build_button)
        self.status = label(self.tr("Samler alt siden sidste statusmøde: observationer pr. mål "
                                    "og udviklingsområde, trivsel, vurderinger, åbne "
                                    "opfølgninger og mål, der forfalder."), "muted",
                            object_name="preparationStatus")
        top.addWidget(self.status, 1)
        layout.addLayout(top)
        # A withdrawn or expired consent: who is left off the agenda, minutes and invitations.
        self.sharing_warning = label("", "error", object_name="sharingWarning",
                                     selectable=True)
        self.sharing_warning.setVisible(False)
        layout.addWidget(self.sharing_warning)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.summary = reading_browser("preparationText", self.tr("Forberedelse"))
        splitter.addWidget(self.summary)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(8, 0, 0, 0)
        notes_layout.addWidget(section_title(self.tr("Dine noter til mødet")))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.notes.setObjectName("preparationNotes")
        self.notes.setAccessibleName(self.tr("Dine noter til mødet"))
        self.notes.setPlaceholderText(self.tr("Skriv dine noter her, fx en statusbeskrivelse "
                                              "og spørgsmål til forældrene."))
        notes_layout.addWidget(self.notes, 1)
        buttons = QHBoxLayout()
        self.suggest_button = QPushButton(self.tr("Indsæt forslag"))
        self.suggest_button.setObjectName("insertSuggestion")
        self.suggest_button.setToolTip(self.tr("Indsæt et udkast bygget ud fra forberedelsen"))
        self.save_button = QPushButton(self.tr("Gem noter"))
        self.save_button.setObjectName("saveNotes")
        self.save_button.setProperty("role", "primary")
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        notes_layout.addLayout(buttons)
        self.notes_status = label("", "muted", object_name="notesStatus")
        notes_layout.addWidget(self.notes_status)
        splitter.addWidget(notes_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.build_button.clicked.connect(self.build)
        self.save_button.clicked.connect(self.save_notes)
        self.suggest_button.clicked.connect(self._insert_suggestion)

    def set_meeting(self, detail: MeetingDetail) -> None:
        same = self.detail is not None and self.detail.summary.id == detail.summary.id
        self.detail = detail
        if not same:
            self._check_sharing(detail)
            self.preparation = None
            self.summary.setHtml(_none(self.tr("Klik »Byg forberedelse« for at samle alt "
                                               "siden sidste statusmøde.")))
            self.notes.setPlainText(detail.preparation_notes)
            self.notes_status.setText("")
        self.suggest_button.setEnabled(self.preparation is not None)
        editable = detail.summary.status != MeetingStatus.CANCELLED
        self.notes.setReadOnly(not editable)
        self.save_button.setEnabled(editable)

    def _check_sharing(self, detail: MeetingDetail) -> None:
        self.sharing_warning.setVisible(False)
        child_id, meeting_id = detail.summary.child_id, detail.summary.id
        if child_id is None:
            return
        consent_ops.sharing_warnings(
            self.gui.runner, self.gui.session, child_id, meeting_id,
            guarded(self, lambda blocked: self._show_sharing(meeting_id, blocked)),
            guarded(self, lambda exc: self._sharing_unknown(meeting_id, exc)))

    def _sharing_unknown(self, meeting_id, exc: BaseException) -> None:
        """Whom to leave out could not be read: say so rather than warn of nobody."""
        if self.detail is not None and self.detail.summary.id == meeting_id:
            self.sharing_warning.setText(user_message(exc))
            self.sharing_warning.setVisible(True)

    def _show_sharing(self, meeting_id, blocked) -> None:
        if self.detail is None or self.detail.summary.id != meeting_id or not blocked:
            return
        lines = [self.tr("Samtykke trukket tilbage eller udløbet – de står ikke på dagsorden, "
                         "referat eller invitationer:")]
        lines += [f"• {service_text(party.message)}" for party in blocked]
        self.sharing_warning.setText("\n".join(lines))
        self.sharing_warning.setVisible(True)

    def build(self) -> None:
        if self.detail is None:
            return
        self.build_button.setEnabled(False)
        self.status.setText(self.tr("Samler forberedelsen …"))
        meeting_id = self.detail.summary.id
        meeting_ops.prepare(self.gui.runner, self.gui.session, meeting_id,
                            guarded(self, lambda prep: self._built(meeting_id, prep)),
                            guarded(self, self._failed))

    def _built(self, meeting_id, prep: Preparation) -> None:
        self.build_button.setEnabled(True)
        if self.detail is None or self.detail.summary.id != meeting_id:
            self.status.setText("")  # built for a meeting no longer shown
            return
        self.preparation = prep
        self.summary.setHtml(preparation_html(prep))
        self.status.setText(self.tr("Forberedelsen er bygget ud fra data på denne computer "
                                    "({n} observationer).").format(n=len(prep.observations)))
        self.suggest_button.setEnabled(True)
        if not self.notes.toPlainText().strip():
            self.notes.setPlainText(prep.notes or prep.suggested_notes)

    def _failed(self, exc: BaseException) -> None:
        self.build_button.setEnabled(True)
        self.status.setText(user_message(exc))

    def _insert_suggestion(self) -> None:
        if self.preparation is not None:
            self.notes.appendPlainText(self.preparation.suggested_notes)

    def save_notes(self) -> None:
        if self.detail is None:
            return
        self.save_button.setEnabled(False)
        meeting_ops.save_preparation_notes(self.gui.runner, self.gui.session,
                                           self.detail.summary.id, self.notes.toPlainText(),
                                           self._saved, self._save_failed)

    def _saved(self, _result) -> None:
        self.save_button.setEnabled(True)
        self.notes_status.setProperty("role", "muted")
        self.notes_status.style().polish(self.notes_status)
        self.notes_status.setText(self.tr("Noterne er gemt."))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.notes_status.setProperty("role", "error")
        self.notes_status.style().polish(self.notes_status)
        self.notes_status.setText(user_message(exc))
