"""The wellbeing history as a coloured strip on a time axis with month ticks.

Each point (an assessment or an observation's position) colours the strip from its day
until the next point, but at most a month: a long stretch without any assessment stays
grey instead of pretending the child was green all along. Assessments are marked under
the strip (filled triangle: joint, outlined: individual).

Not by colour alone (WCAG 1.4.1): yellow segments are hatched, red ones
cross-hatched, and the strip is a Tab stop whose arrow keys pick a segment; the picked
segment's words are its accessible description and are told to ``selected`` (the tab shows
them under the strip).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (QAccessible, QAccessibleEvent, QBrush, QColor, QFontMetrics,
                           QPainter, QPen, QPolygonF)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...domain.enums import AssessmentKind, WellbeingPosition
from ..operations.assessments import WellbeingPoint
from ..domain_labels import label
from ..formatting import format_date, short_month_name
from ..style import MUTED, POSITION_COLOURS, TEXT

MARGIN_H = 10
STRIP_TOP = 6
STRIP_HEIGHT = 30
MARKER = 7
MIN_SEGMENT = 3          # px: a single day is still visible
LONGEST_SEGMENT = 31     # days a point colours the strip without a newer one
TRACK = "#e9edf1"
# A shape beside each colour: green plain, yellow hatched, red cross-hatched.
POSITION_PATTERNS = {WellbeingPosition.YELLOW: Qt.BrushStyle.BDiagPattern,
                     WellbeingPosition.RED: Qt.BrushStyle.DiagCrossPattern}
# Points from these sources are assessments; any other source is an observation. Kinds, not
# words: a word made at import time would miss the translator installed later.
ASSESSMENT_SOURCES = {kind.value: kind for kind in AssessmentKind}


@dataclass(frozen=True)
class Segment:
    rect: QRect
    point: WellbeingPoint

    @property
    def colour(self) -> str:
        return POSITION_COLOURS.get(self.point.position, TRACK)


def _month_starts(start: date, end: date) -> list[date]:
    months, day = [], date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


class WellbeingStrip(QWidget):
    selected = Signal(str)  # the picked segment in words ("" when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wellbeingStrip")
        self.setAccessibleName(self.tr("Trivsel over tid"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop; arrows pick a segment
        self.current: int | None = None
        self._summary = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.points: list[WellbeingPoint] = []
        self.start: date | None = None
        self.end: date | None = None
        self.segments: list[Segment] = []
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        text = QFontMetrics(self.font()).height()
        return QSize(640, STRIP_TOP + STRIP_HEIGHT + MARKER + 10 + text + 6)

    def set_points(self, points: list[WellbeingPoint], today: date) -> None:
        usable = [p for p in points if p.position in POSITION_COLOURS]
        self.points = sorted(usable, key=lambda p: p.on)
        if self.points:
            first = self.points[0].on
            self.start = date(first.year, first.month, 1)
            self.end = max(today, self.points[-1].on) + timedelta(days=1)
        else:
            self.start = self.end = None
        self.current = None
        self._describe()
        self._layout()
        self.update()

    # -- geometry ----------------------------------------------------------------

    def _x(self, day: date) -> float:
        span = max((self.end - self.start).days, 1)
        width = self.width() - 2 * MARGIN_H
        return MARGIN_H + width * (day - self.start).days / span

    def _layout(self) -> None:
        self.segments = []
        if not self.points:
            return
        right = self.width() - MARGIN_H
        previous_end = MARGIN_H
        for number, point in enumerate(self.points):
            following = self.points[number + 1].on if number + 1 < len(self.points) else self.end
            until = min(following, point.on + timedelta(days=LONGEST_SEGMENT), self.end)
            start = max(round(self._x(point.on)), previous_end)
            end = max(round(self._x(until)), start + MIN_SEGMENT)
            start, end = min(start, right - MIN_SEGMENT), min(end, right)
            self.segments.append(Segment(QRect(start, STRIP_TOP, max(end - start, 1),
                                               STRIP_HEIGHT), point))
            previous_end = end

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._layout()

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        track = QRect(MARGIN_H, STRIP_TOP, self.width() - 2 * MARGIN_H, STRIP_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TRACK))
        painter.drawRect(track)
        if not self.points:
            painter.setPen(QColor(MUTED))
            painter.drawText(track, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Ingen vurderinger endnu"))
            return
        for segment in self.segments:  # sharp edges: every day's colour is exact
            painter.fillRect(segment.rect, QColor(segment.colour))
            pattern = POSITION_PATTERNS.get(segment.point.position)
            if pattern is not None:
                painter.fillRect(segment.rect, QBrush(QColor(TEXT), pattern))
        if self.current is not None and self.hasFocus() and self.current < len(self.segments):
            painter.setPen(QPen(QColor(TEXT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.segments[self.current].rect.adjusted(-1, -2, 1, 2))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_markers(painter)
        self._paint_months(painter)

    def _paint_markers(self, painter: QPainter) -> None:
        """Joint assessments first; an individual one only where it does not overlap."""
        top = STRIP_TOP + STRIP_HEIGHT + 3
        assessed = [s for s in self.segments if s.point.source in ASSESSMENT_SOURCES]
        assessed.sort(key=lambda s: s.point.source != AssessmentKind.JOINT.value)
        drawn: list[float] = []
        for segment in assessed:
            centre = segment.rect.left() + 1.5
            if any(abs(centre - other) < MARKER + 1 for other in drawn):
                continue
            drawn.append(centre)
            triangle = QPolygonF([QPointF(centre, top), QPointF(centre - MARKER / 2, top + MARKER),
                                  QPointF(centre + MARKER / 2, top + MARKER)])
            painter.setPen(QPen(QColor(TEXT), 1.2))
            joint = segment.point.source == AssessmentKind.JOINT.value
            painter.setBrush(QColor(TEXT) if joint else QColor("white"))
            painter.drawPolygon(triangle)

    def _paint_months(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        baseline = STRIP_TOP + STRIP_HEIGHT + MARKER + 8 + metrics.ascent()
        months = _month_starts(self.start, self.end)
        widest = metrics.horizontalAdvance("sep 2026") + 12
        pixels_per_month = (self.width() - 2 * MARGIN_H) / max(len(months), 1)
        every = max(1, int(widest // max(pixels_per_month, 1)) + 1)
        painter.setFont(self.font())
        last_right = -1.0
        for number, month in enumerate(months):
            x = self._x(month)
            painter.setPen(QPen(QColor("#c3ccd3"), 1))
            painter.drawLine(QPointF(x, STRIP_TOP + STRIP_HEIGHT), QPointF(x, STRIP_TOP +
                                                                          STRIP_HEIGHT + 4))
            if number % every:
                continue
            name = short_month_name(month.month).rstrip(".")
            text = f"{name} {month.year}" if month.month == 1 or number == 0 else name
            width = metrics.horizontalAdvance(text)
            if x < last_right or x + width > self.width():
                continue
            painter.setPen(QColor(MUTED))
            painter.drawText(QPointF(x, baseline), text)
            last_right = x + width + 8

    # -- words for people who do not see the colours ------------------------------

    def describe_point(self, point: WellbeingPoint) -> str:
        kind = ASSESSMENT_SOURCES.get(point.source)
        how = label(kind).lower() if kind is not None else self.tr("observation")
        text = f"{format_date(point.on)}: {label(point.position)} ({how})"
        if point.assessor_name:
            text += self.tr(", {name}").format(name=point.assessor_name)
        if point.comment:
            text += f" – {point.comment}"
        return text

    def _describe(self) -> None:
        if not self.points:
            self.setAccessibleDescription(self.tr("Ingen vurderinger endnu."))
            return
        counts = {position: sum(1 for p in self.points if p.position == position)
                  for position in (WellbeingPosition.GREEN, WellbeingPosition.YELLOW,
                                   WellbeingPosition.RED)}
        summary = ", ".join(f"{label(position)}: {count}" for position, count in counts.items())
        self._summary = self.tr("{n} positioner fra {start} til {end}. {summary}. "
                                "Seneste: {latest}.").format(
            n=len(self.points), start=format_date(self.points[0].on),
            end=format_date(self.points[-1].on), summary=summary,
            latest=self.describe_point(self.points[-1]))
        self.setAccessibleDescription(self._summary)
        self.selected.emit("")

    # -- the keyboard: Tab to the strip, arrows pick a segment, its words are read ----------

    def pick_segment(self, number: int | None) -> None:
        if not self.points:
            return
        self.current = None if number is None else max(0, min(number, len(self.points) - 1))
        words = "" if self.current is None else self.describe_point(self.points[self.current])
        self.setAccessibleDescription(
            self.tr("Valgt: {words}. Brug pilene for at gå til andre positioner.").format(
                words=words) if words else self._summary)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        self.selected.emit(words)
        self.update()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self.current is None and self.points:
            self.pick_segment(len(self.points) - 1)  # the latest first
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_Down: 1}
        if not self.points or event.key() not in (*moves, Qt.Key.Key_Home, Qt.Key.Key_End):
            super().keyPressEvent(event)
            return
        last = len(self.points) - 1
        if event.key() == Qt.Key.Key_Home:
            self.pick_segment(0)
        elif event.key() == Qt.Key.Key_End:
            self.pick_segment(last)
        else:
            self.pick_segment((last if self.current is None else self.current) + moves[event.key()])

    def segment_at(self, x: int) -> Segment | None:
        for segment in self.segments:
            if segment.rect.left() <= x <= segment.rect.right():
                return segment
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            segment = self.segment_at(event.pos().x())
            if segment is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe_point(segment.point), self)
            return True
        return super().event(event)
