"""Builders for the Oversigt cards; each returns a finished card (QFrame).

Buttons inside the cards call the callbacks they are given, so the page decides what
opening a child or resuming a draft means.

Every card holds a bounded number of rows. The office's Oversigt covers the whole
municipality (about 500 children, 800 goals due and 800 absences at full scale), where
a row of widgets per item cost over 100 MB and said little: a long children list shows
the children needing attention, with a count, and the goals and absences show the first
ones with the number left (all of them are on the Børn and Kalender pages).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton

from ...domain.enums import WellbeingPosition
from ..operations.overview import (AbsenceNotice, ChildStanding, DraftInfo, DueGoal, FirstDay,
                                   TransitionReminder,
                                   SupervisionStatus, Upcoming)
from ..formatting import LOCAL_TZ, format_date, format_datetime, weekday_name
from ..messages import service_text
from ..widgets.position import PositionBadge
from ..widgets.text import card, label, section_title
from ..domain_labels import label as domain_label

STALE_AFTER_DAYS = 14  # more days than this without an observation is highlighted
LISTED_AT_MOST = 25   # a longer children list shows only the children needing attention
ATTENTION_SHOWN = 12  # … the most urgent of them
GOALS_SHOWN = 15
ABSENCES_SHOWN = 10
WARNING_STYLE = "color: #8a4b00; font-weight: 600;"

OpenChild = Callable[[uuid.UUID], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Oversigt", text)


def since_text(days: int | None) -> str:
    if days is None:
        return _tr("Ingen observationer endnu")
    if days <= 0:
        return _tr("Seneste observation i dag")
    if days == 1:
        return _tr("Seneste observation i går")
    if days > STALE_AFTER_DAYS:
        return _tr("Ingen observation i {n} dage").format(n=days)
    return _tr("Seneste observation for {n} dage siden").format(n=days)


def is_stale(days: int | None) -> bool:
    return days is None or days > STALE_AFTER_DAYS


def needs_attention(child: ChildStanding) -> bool:
    """A red position, or too long (or never) observed."""
    return child.latest_position == WellbeingPosition.RED or \
        is_stale(child.days_since_observation)


def urgency(child: ChildStanding) -> tuple:
    """Sort key: red first, then the longest without an observation (never: longest)."""
    days = child.days_since_observation
    return (child.latest_position != WellbeingPosition.RED,
            -(days if days is not None else 1_000_000), child.name)


def days_left_text(days: int) -> str:
    if days < -1:
        return _tr("overskredet for {n} dage siden").format(n=-days)
    if days == -1:
        return _tr("overskredet i går")
    if days == 0:
        return _tr("i dag")
    if days == 1:
        return _tr("i morgen")
    return _tr("om {n} dage").format(n=days)


def when_text(moment: datetime) -> str:
    local = moment.astimezone(LOCAL_TZ)
    return f"{weekday_name(local.date())} {format_datetime(moment)}"


def period_text(start: date, end: date) -> str:
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def link_button(text: str, accessible: str, on_click: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("text-align: left; font-weight: 600; padding: 4px 0;")
    button.setAccessibleName(accessible)
    button.clicked.connect(lambda _=False: on_click())
    return button


def more_note(hidden: int, text: str) -> QLabel:
    """»… and N more« under a shortened list; ``text`` has an {n}."""
    return label(text.format(n=hidden), "muted", object_name="moreNote")


def children_card(title: str, children: list[ChildStanding], open_child: OpenChild,
                  show_all: Callable[[], None] | None = None) -> QFrame:
    frame, layout = card()
    frame.setObjectName("dashboardChildren")
    if len(children) > LISTED_AT_MOST:
        _attention(layout, children, open_child, show_all)
        return frame
    layout.addWidget(section_title(title))
    if not children:
        layout.addWidget(label(_tr("Der er ingen børn knyttet til dig lige nu. Alle børn findes "
                                   "under Børn."), "muted"))
        return frame
    layout.addLayout(_child_rows(children, open_child))
    return frame


def _attention(layout, children: list[ChildStanding], open_child: OpenChild,
               show_all: Callable[[], None] | None) -> None:
    """Many children: a count, and the most urgent of those needing attention."""
    waiting = sorted((c for c in children if needs_attention(c)), key=urgency)
    layout.addWidget(section_title(_tr("Børn der trænger til opmærksomhed")))
    if waiting:
        summary = _tr("{n} af {total} børn har rød position eller er ikke observeret i over "
                      "{days} dage.").format(n=len(waiting), total=len(children),
                                             days=STALE_AFTER_DAYS)
    else:
        summary = _tr("Alle {total} børn er observeret inden for {days} dage, og ingen har "
                      "rød position.").format(total=len(children), days=STALE_AFTER_DAYS)
    layout.addWidget(label(summary, object_name="attentionSummary"))
    if waiting:
        layout.addLayout(_child_rows(waiting[:ATTENTION_SHOWN], open_child))
    if len(waiting) > ATTENTION_SHOWN:
        layout.addWidget(more_note(len(waiting) - ATTENTION_SHOWN,
                                   _tr("… og {n} flere. Rød position først, derefter dem der "
                                       "har ventet længst.")))
    if show_all is not None:
        text = _tr("Se alle {total} børn under Børn").format(total=len(children))
        button = link_button(text, text, show_all)
        button.setObjectName("showAllChildren")
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)


def _child_rows(children: list[ChildStanding], open_child: OpenChild) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(2)
    for row, child in enumerate(children):
        button = link_button(child.name, _tr("Åbn {name}").format(name=child.name),
                             lambda cid=child.child_id: open_child(cid))
        grid.addWidget(button, row * 2, 0)
        if child.latest_position != WellbeingPosition.NONE:
            badge = PositionBadge(child.latest_position)
            if child.latest_position_on:
                badge.setToolTip(_tr("Seneste position {date}").format(
                    date=format_date(child.latest_position_on)))
            grid.addWidget(badge, row * 2, 1)
        else:
            grid.addWidget(label(_tr("Ingen position"), "muted", wrap=False), row * 2, 1)
        seen = label(since_text(child.days_since_observation), wrap=False,
                     object_name="daysSinceObservation")
        if is_stale(child.days_since_observation):
            seen.setStyleSheet(WARNING_STYLE)
        else:
            seen.setProperty("role", "muted")
        grid.addWidget(seen, row * 2, 2)
        home = label(child.home_name or _tr("Ikke indskrevet"), "muted")
        grid.addWidget(home, row * 2 + 1, 0, 1, 3)
        grid.setRowMinimumHeight(row * 2 + 1, 26)
    grid.setColumnStretch(0, 1)
    return grid


def goals_card(goals: list[DueGoal], open_child: OpenChild) -> QFrame:
    frame, layout = card()
    frame.setObjectName("dashboardGoals")
    layout.addWidget(section_title(_tr("Mål med måldato inden for 30 dage")))
    if not goals:
        layout.addWidget(label(_tr("Ingen mål har måldato den næste måned."), "muted"))
        return frame
    for goal in goals[:GOALS_SHOWN]:  # the earliest target dates first
        row = QHBoxLayout()
        row.setSpacing(10)
        due = label(f"{format_date(goal.target_date)} ({days_left_text(goal.days_left)})",
                    wrap=False, object_name="goalDue")
        if goal.days_left < 0:
            due.setStyleSheet(WARNING_STYLE)
        else:
            due.setStyleSheet("font-weight: 600;")
        row.addWidget(due)
        row.addStretch(1)
        row.addWidget(link_button(goal.child_name, _tr("Åbn {name}").format(
            name=goal.child_name), lambda cid=goal.child_id: open_child(cid)))
        layout.addLayout(row)
        title = label(goal.title, object_name="goalTitle")
        title.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(title)
    if len(goals) > GOALS_SHOWN:
        layout.addWidget(more_note(len(goals) - GOALS_SHOWN, _tr(
            "… og {n} mål mere med måldato inden for 30 dage. Alle står i Kalender.")))
    return frame


def transitions_card(reminders: list[TransitionReminder], open_child: OpenChild) -> QFrame:
    """Children who start kindergarten within two months with the transition not ready:
    the description is to be written, or the consent to hand it over is missing."""
    frame, layout = card()
    frame.setObjectName("dashboardTransitions")
    layout.addWidget(section_title(_tr("Overgang til børnehave")))
    for reminder in reminders:
        row = QHBoxLayout()
        row.setSpacing(10)
        when = label(f"{format_date(reminder.planned_start)} "
                     f"({days_left_text(reminder.days_left)})", wrap=False,
                     object_name="transitionStart")
        when.setStyleSheet("font-weight: 600;")
        row.addWidget(when)
        row.addStretch(1)
        row.addWidget(link_button(reminder.child_name, _tr("Åbn {name}").format(
            name=reminder.child_name), lambda cid=reminder.child_id: open_child(cid)))
        layout.addLayout(row)
        missing = []
        if reminder.missing_description:
            missing.append(_tr("overgangsbeskrivelsen er ikke skrevet"))
        if reminder.missing_consent:
            missing.append(_tr("der er intet samtykke til at give den videre"))
        note = label(_tr("Mangler: {what}.").format(what=_tr(" og ").join(missing)),
                     object_name="transitionMissing")
        note.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(note)
    return frame


def _upcoming(caption: str, item: Upcoming | None, empty: str) -> list[QLabel]:
    title = label(caption, "fieldLabel")
    if item is None:
        return [title, label(empty, "muted")]
    lines = [title, label(service_text(item.title), object_name="upcomingTitle"),
             label(when_text(item.at), "muted")]
    if item.place:
        lines.append(label(item.place, "muted"))
    return lines


def upcoming_card(meeting: Upcoming | None, visit: Upcoming | None,
                  no_visit: str = "") -> QFrame:
    """``no_visit`` replaces "Intet planlagt besøg." where the office holds the visits."""
    frame, layout = card()
    frame.setObjectName("dashboardUpcoming")
    layout.addWidget(section_title(_tr("Det næste")))
    for widget in _upcoming(_tr("Møde"), meeting, _tr("Intet planlagt møde.")):
        layout.addWidget(widget)
    layout.addSpacing(6)
    for widget in _upcoming(_tr("Tilsyn eller besøg"), visit,
                            no_visit or _tr("Intet planlagt besøg.")):
        layout.addWidget(widget)
    return frame


def absences_card(absences: list[AbsenceNotice]) -> QFrame:
    frame, layout = card()
    frame.setObjectName("dashboardAbsences")
    layout.addWidget(section_title(_tr("Fravær")))
    if not absences:
        layout.addWidget(label(_tr("Intet fravær registreret i dine børns dagplejehjem."),
                               "muted"))
        return frame
    for absence in absences[:ABSENCES_SHOWN]:  # the first to begin first
        layout.addWidget(label(absence.home_name, object_name="absenceHome"))
        layout.addWidget(label(f"{domain_label(absence.reason)}: "
                               f"{period_text(absence.starts_on, absence.ends_on)}", "muted"))
    if len(absences) > ABSENCES_SHOWN:
        layout.addWidget(more_note(len(absences) - ABSENCES_SHOWN, _tr(
            "… og {n} fraværsperioder mere. Alle står i Kalender.")))
    return frame


def drafts_card(drafts: list[DraftInfo], resume: Callable[[uuid.UUID], None]) -> QFrame:
    frame, layout = card()
    frame.setObjectName("dashboardDrafts")
    layout.addWidget(section_title(_tr("Kladder der ikke er gemt")))
    layout.addWidget(label(_tr("Tekst du har skrevet, men ikke gemt som observation."),
                           "muted"))
    for draft in drafts:
        row = QHBoxLayout()
        words = label(f"{draft.child_name or _tr('Intet barn valgt')}: "
                      f"{draft.preview or _tr('(tom)')}", object_name="draftPreview")
        words.setToolTip(_tr("Gemt {when}").format(when=format_datetime(draft.updated_at)))
        row.addWidget(words, 1)
        button = QPushButton(_tr("Fortsæt"))
        button.setObjectName("resumeDraft")
        button.setAccessibleName(_tr("Fortsæt kladden til {name}").format(
            name=draft.child_name or _tr("intet barn")))
        button.clicked.connect(lambda _=False, did=draft.id: resume(did))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
    return frame


def supervision_card(statuses: list[SupervisionStatus]) -> QFrame:
    frame, layout = card()
    frame.setObjectName("dashboardSupervision")
    layout.addWidget(section_title(_tr("Tilsyn der skal holdes")))
    due = [s for s in statuses if s.due]
    if not due:
        layout.addWidget(label(_tr("Alle mini-dagplejehjem har haft tilsyn inden for den "
                                   "sidste måned."), "muted"))
        return frame
    for status in due:
        row = QHBoxLayout()
        row.addWidget(label(status.home_name, object_name="supervisionHome"), 1)
        state = label(_tr("Overskredet") if status.overdue else _tr("Snart"), wrap=False)
        state.setStyleSheet(WARNING_STYLE if status.overdue else "font-weight: 600;")
        row.addWidget(state)
        layout.addLayout(row)
        if status.last_visit is None:
            last = _tr("Intet tilsyn registreret")
        else:
            last = _tr("Sidste tilsyn {date} ({n} dage siden)").format(
                date=format_date(status.last_visit), n=status.days_since)
        layout.addWidget(label(last, "muted"))
    return frame


FIRST_DAY_STEPS = (  # QT_TRANSLATE_NOOP: lupdate reads only literals
    ("card_shared", QT_TRANSLATE_NOOP("Oversigt", "Del dit enhedskort med kontoret"),
     QT_TRANSLATE_NOOP("Oversigt", "Under Synkronisering: »Del enhedskort …«. Giv filen til "
                       "kontoret, og læs fingeraftrykket op i telefonen.")),
    ("office_paired", QT_TRANSLATE_NOOP("Oversigt", "Par kontorets kort"),
     QT_TRANSLATE_NOOP("Oversigt", "Under Synkronisering: »Par ny enhed …«, og vælg den kortfil, "
                       "kontoret gav dig.")),
    ("package_read", QT_TRANSLATE_NOOP("Oversigt", "Indlæs den første pakke"),
     QT_TRANSLATE_NOOP("Oversigt", "Under Synkronisering: »Indlæs pakke …«. Så kommer dine "
                       "børn, møder og besøg.")),
)


def first_day_card(steps: FirstDay, go_to_sync: Callable[[], None],
                   dismiss: Callable[[], None]) -> QFrame:
    """"Kom i gang": the three first steps of a new laptop, each ticked off when done."""
    frame, layout = card()
    frame.setObjectName("firstDayCard")
    layout.addWidget(section_title(_tr("Kom i gang")))
    layout.addWidget(label(_tr("Din computer får dine børn fra kontoret med krypterede "
                               "pakkefiler. Tre trin, så er du klar:"), "muted"))
    for number, (field_name, title, hint) in enumerate(FIRST_DAY_STEPS, start=1):
        done = getattr(steps, field_name)
        step = label(("✓ " if done else "○ ") + f"{number}. " + _tr(title),
                     object_name=f"firstDayStep{number}")
        step.setProperty("done", done)
        step.setAccessibleName((_tr("Udført: ") if done else _tr("Mangler: ")) + _tr(title))
        step.setStyleSheet("color: #2e7d32; font-weight: 600;" if done else "font-weight: 600;")
        layout.addWidget(step)
        if not done:
            layout.addWidget(label(_tr(hint), "muted"))
    row = QHBoxLayout()
    if steps.done:
        layout.addWidget(label(_tr("Alt er klar. Dine børn står under Børn."),
                               object_name="firstDayReady"))
        button = QPushButton(_tr("Skjul vejledningen"))
        button.setObjectName("dismissFirstDay")
        button.clicked.connect(lambda _=False: dismiss())
    else:
        button = QPushButton(_tr("Gå til Synkronisering"))
        button.setObjectName("firstDayToSync")
        button.setProperty("role", "primary")
        button.clicked.connect(lambda _=False: go_to_sync())
    row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return frame
