"""An action plan version, read-only: superseded versions stay readable as they were signed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from ..domain_labels import named_with_role
from ...domain.domains import domain_by_code
from ...domain.enums import PlanStatus
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..messages import service_text
from ..formatting import format_date
from ..operations import plans as plan_ops
from ..operations.plans import PlanInfo
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..resources import icon
from ..style import points
from ..widgets.pdf_saver import PdfSaver
from ..widgets.text import label

STATUS_COLOURS = {PlanStatus.APPROVED: "#2e7d32", PlanStatus.DRAFT: "#8a6d00",
                  PlanStatus.SUPERSEDED: "#5b6770"}


def reading_style() -> str:
    """Headings sized for the text scale (a point size here does not follow the font)."""
    return (f"h2 {{ font-size: {points(14)}; margin-bottom: 4px; }} "
            f"h3 {{ font-size: {points(12)}; margin-top: 12px; margin-bottom: 4px; }} "
            "li { margin-bottom: 3px; } p { margin-top: 2px; }")


def reading_browser(name: str, accessible_name: str) -> QTextBrowser:
    """A read-only rich text view with calm headings (plans, preparation)."""
    browser = QTextBrowser()
    browser.setObjectName(name)
    browser.setAccessibleName(accessible_name)
    browser.setOpenLinks(False)
    browser.document().setDefaultStyleSheet(reading_style())
    browser.document().setDocumentMargin(10)
    return browser


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>") if value.strip() else \
        f"<i style='color:#5b6770'>{escape(_tr('Ikke udfyldt'))}</i>"


def _domain(code: str) -> str:
    try:
        return domain_label(domain_by_code(code))
    except KeyError:
        return code


def plan_html(plan: PlanInfo) -> str:
    """The plan as simple HTML; every value from the database is escaped."""
    colour = STATUS_COLOURS.get(plan.status, "#1f2933")
    parts = [f"<h2>{escape(_tr('Handleplan, version'))} {plan.version} "
             f"<span style='color:{colour}'>({escape(domain_label(plan.status))})</span></h2>"]
    if plan.status == PlanStatus.SUPERSEDED:
        notice = _tr("Denne version er erstattet af en nyere og gælder ikke længere. "
                     "Den vises, som den blev godkendt.")
        parts.append(f"<p style='background:#eef2f5;padding:6px'>{escape(notice)}</p>")
    facts = []
    if plan.period_start and plan.period_end:
        facts.append((_tr("Periode"), f"{format_date(plan.period_start)} – "
                                      f"{format_date(plan.period_end)}"))
    elif plan.period_start:
        facts.append((_tr("Periode"), _tr("fra {day}").format(
            day=format_date(plan.period_start))))
    facts.append((_tr("Næste evaluering"), format_date(plan.next_evaluation) or "–"))
    if plan.approved_on:
        facts.append((_tr("Godkendt"), format_date(plan.approved_on)))
    for signature in plan.signatures:  # who signed, when and how: only what was recorded
        facts.append((_tr("Underskrevet af"), _tr("{who}, {day} ({how})").format(
            who=named_with_role(signature.name, signature.role),
            day=format_date(signature.signed_on),
            how=domain_label(signature.method).lower())))
    if not plan.signatures:
        facts.append((_tr("Underskrevet af"), _tr("Ingen underskrifter registreret")))
    parts.append("<table cellpadding='3'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts)
        + "</table>")
    for title, value in ((_tr("Baggrund"), plan.background), (_tr("Ressourcer"), plan.resources),
                         (_tr("Udfordringer"), plan.challenges)):
        parts.append(f"<h3>{escape(title)}</h3><p>{_text(value)}</p>")
    parts.append(f"<h3>{escape(_tr('Mål og indsatser'))}</h3>")
    if not plan.goals:
        parts.append(f"<p>{_text('')}</p>")
    for number, goal in enumerate(plan.goals, start=1):
        measure = "<br>".join(
            f"&nbsp;&nbsp;{escape(word)}: {_text(value)}" for word, value in (
                (_tr("Hvad"), goal.measures), (_tr("Hvem"), goal.measure_who),
                (_tr("Hvornår"), goal.measure_how_often), (_tr("Hvor"), goal.measure_where)))
        parts.append(
            f"<p><b>{number}. {escape(goal.title)}</b><br>"
            f"<span style='color:#5b6770'>{escape(_domain(goal.domain))} · "
            f"{escape(domain_label(goal.status))}"
            + (f" · {escape(_tr('måldato'))} {escape(format_date(goal.target_date))}"
               if goal.target_date else "") + "</span><br>"
            f"<b>{escape(_tr('Tegn på udvikling'))}:</b> {_text(goal.signs_of_progress)}<br>"
            f"<b>{escape(_tr('Tiltag'))}:</b><br>{measure}"
            + (f"<br><b>{escape(_tr('Ansvarlig'))}:</b> {escape(goal.responsible)}"
               if goal.responsible else "")
            + (f"<br><b>{escape(_tr('Evaluering'))}:</b> {_text(goal.evaluation)}"
               if goal.evaluation else "") + "</p>")
    parts.append(f"<h3>{escape(_tr('Aftaler med forældrene'))}</h3>"
                 f"<p>{_text(plan.parent_agreements)}</p>")
    if plan.hints:
        parts.append(f"<h3>{escape(_tr('Råd efter SMTTE'))}</h3><ul>"
                     + "".join(f"<li>{escape(service_text(h))}</li>" for h in plan.hints)
                     + "</ul>")
    return "".join(parts)


class PlanViewDialog(QDialog):
    def __init__(self, gui: GuiContext, plan_id, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.setWindowTitle(self.tr("Handleplan"))
        self.setWindowIcon(icon("app"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.browser = reading_browser("planText", self.tr("Handleplanen"))
        layout.addWidget(self.browser, 1)
        self.feedback = label("", "muted")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Udskriv handleplan …"))
        row.addWidget(self.print_button)
        row.addStretch(1)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.saver = PdfSaver(self, gui.runner, self.feedback)
        self.plan: PlanInfo | None = None
        self.print_button.setEnabled(False)  # until the plan is read
        self.print_button.clicked.connect(self._print)
        plan_ops.load_plan(gui.runner, gui.session, plan_id, guarded(self, self._arrived),
                           guarded(self, lambda exc: self.browser.setPlainText(
                               user_message(exc))))

    def _arrived(self, plan: PlanInfo) -> None:
        self.plan = plan
        self.browser.setHtml(plan_html(plan))
        self.print_button.setEnabled(True)

    def _print(self) -> None:
        plan = self.plan
        self.saver.save(self.tr("Gem handleplan som PDF"), f"handleplan-v{plan.version}.pdf",
                        plan_ops.action_plan_pdf(self.gui.session, plan.id))
