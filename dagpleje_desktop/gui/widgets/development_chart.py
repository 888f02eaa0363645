"""Developmental age against actual age, one line per domain, beside the diagonal.

A point on the dashed diagonal means "develops as expected for the age"; below it, the
child is behind in that domain. Both axes are in months so the distance reads directly.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QToolTip, QWidget

from ..operations.assessments import DevelopmentPoint
from ..formatting import domain_labels
from ..style import MUTED, TEXT

TICK_CHOICES = (3, 6, 12)  # months between ticks; the smallest that gives <= MAX_TICKS
MAX_TICKS = 8
# Calm, distinguishable colours; none of them green/yellow/red, which mean wellbeing.
SERIES_COLOURS = ("#2f6f9f", "#8e5ea2", "#1b9aaa", "#d9822b", "#6b4f3a", "#c2477b",
                  "#4a6c2f", "#3d5a80", "#a0522d", "#5c6bc0", "#00897b", "#7b5e7b",
                  "#546e7a", "#b5651d", "#2e4053")
REFERENCE_COLOUR = "#9aa5ae"


def _round_down(value: float, step: int) -> int:
    return int(math.floor(value / step) * step)


def _round_up(value: float, step: int) -> int:
    return int(math.ceil(value / step) * step)


def axis_range(low: float, high: float) -> tuple[int, int, int]:
    """(start, end, tick interval) in whole months around the values, at most MAX_TICKS."""
    for step in TICK_CHOICES:
        start, end = max(_round_down(low - 1, step), 0), _round_up(high + 1, step)
        if (end - start) / step <= MAX_TICKS:
            return start, end, step
    step = TICK_CHOICES[-1]
    return max(_round_down(low - 1, step), 0), _round_up(high + 1, step), step


class DevelopmentChart(QChartView):
    """``set_points`` replaces the data; ``domain_series`` maps domain code -> series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("developmentChart")
        self.setAccessibleName(self.tr("Udviklingsprofil: udviklingsalder mod alder"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor("white"))  # the white card shows through, no grey box
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(400)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setBackgroundVisible(False)
        self._chart.setPlotAreaBackgroundVisible(False)
        self._chart.setMargins(QMargins(0, 6, 6, 0))
        legend = self._chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setLabelColor(QColor(TEXT))
        self.axis_x = QValueAxis()
        self.axis_y = QValueAxis()
        for axis, title in ((self.axis_x, self.tr("Alder (måneder)")),
                            (self.axis_y, self.tr("Udviklingsalder (måneder)"))):
            axis.setTitleText(title)
            axis.setLabelFormat("%d")
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(0)
            axis.setMinorTickCount(0)
            axis.setGridLineColor(QColor("#e3e8ec"))
            axis.setLabelsColor(QColor(MUTED))
            font = QFont(axis.titleFont())
            font.setBold(False)
            axis.setTitleFont(font)
            axis.setTitleBrush(QColor(MUTED))
        self._chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.domain_series: dict[str, QLineSeries] = {}
        self.reference: QLineSeries | None = None
        self.plotted = 0

    def set_points(self, points: list[DevelopmentPoint]) -> int:
        """Show the assessments that can be placed (the age must be known); returns how many."""
        self._chart.removeAllSeries()
        self.domain_series = {}
        self.reference = None
        usable = sorted((p for p in points if p.actual_age_months is not None),
                        key=lambda p: (p.assessed_on, p.actual_age_months))
        self.plotted = len(usable)
        if not usable:
            return 0
        ages = [p.actual_age_months for p in usable]
        levels = [p.level_months for p in usable]
        x_min, x_max, x_step = axis_range(min(ages), max(ages))
        # The y axis covers the data and the diagonal, so the gap to "as expected" shows.
        y_min, y_max, y_step = axis_range(min(min(levels), x_min), max(max(levels), x_max))
        self.axis_x.setRange(x_min, x_max)
        self.axis_x.setTickInterval(x_step)
        self.axis_y.setRange(y_min, y_max)
        self.axis_y.setTickInterval(y_step)

        self.reference = QLineSeries()
        self.reference.setName(self.tr("Alder = udviklingsalder"))
        pen = QPen(QColor(REFERENCE_COLOUR), 1.6, Qt.PenStyle.DashLine)
        self.reference.setPen(pen)
        self.reference.append(QPointF(x_min, x_min))
        self.reference.append(QPointF(x_max, x_max))
        self._add(self.reference)

        for point in usable:
            series = self.domain_series.get(point.domain)
            if series is None:
                series = QLineSeries()
                series.setName(domain_labels((point.domain,)))
                colour = QColor(SERIES_COLOURS[len(self.domain_series) % len(SERIES_COLOURS)])
                series.setPen(QPen(colour, 2.4))
                series.setColor(colour)
                series.setPointsVisible(True)
                series.setMarkerSize(7)
                series.hovered.connect(
                    lambda at, state, name=series.name(): self._hover(name, at, state))
                self.domain_series[point.domain] = series
            series.append(QPointF(point.actual_age_months, point.level_months))
        for series in self.domain_series.values():
            self._add(series)
        return self.plotted

    def _add(self, series: QLineSeries) -> None:
        self._chart.addSeries(series)
        series.attachAxis(self.axis_x)
        series.attachAxis(self.axis_y)

    def _hover(self, name: str, at: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        text = self.tr("{domain}: udviklingsalder {level} mdr. ved alder {age} mdr.").format(
            domain=name, level=round(at.y()), age=round(at.x()))
        QToolTip.showText(QCursor.pos(), text, self)

    def series_points(self) -> dict[str, list[tuple[float, float]]]:
        """Domain code -> (age, developmental age) pairs as drawn (for tests and checks)."""
        return {code: [(p.x(), p.y()) for p in series.points()]
                for code, series in self.domain_series.items()}
