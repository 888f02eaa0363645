"""Charts drawn with ReportLab graphics: developmental age against actual age per
domain, and the wellbeing positions over time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from . import fonts
from .data import DevelopmentMark, WellbeingMark
from .dates import short_date
from .style import INK, MUTED, POSITION_COLOURS, PRIMARY, RULE

ACTUAL_COLOUR = colors.HexColor("#C9D3D6")
BAR_ROW = 11 * mm
LABEL_SPACE = 58 * mm


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # never fall back to an unembedded font
    return drawing


def latest_per_domain(marks: Sequence[DevelopmentMark]) -> list[DevelopmentMark]:
    """The newest assessment in each domain, in the order domains first appear."""
    latest: dict[str, DevelopmentMark] = {}
    for mark in sorted(marks, key=lambda m: m.assessed_on):
        latest[mark.domain] = mark
    order = list(dict.fromkeys(m.domain for m in marks))
    return [latest[d] for d in order]


def development_chart(marks: Sequence[DevelopmentMark], width: float) -> Drawing | None:
    """Horizontal bars: developmental age (dark) beside actual age that day (light)."""
    rows = latest_per_domain(marks)
    if not rows:
        return None
    has_actual = any(m.actual_months is not None for m in rows)
    height = len(rows) * BAR_ROW + 24 * mm
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_SPACE, 16 * mm
    chart.width, chart.height = width - LABEL_SPACE - 14 * mm, len(rows) * BAR_ROW
    # Bars are drawn bottom-up: reverse so the first domain is at the top.
    rows = rows[::-1]
    levels = [m.level_months for m in rows]
    actual = [m.actual_months or 0 for m in rows]
    chart.data = [actual, levels] if has_actual else [levels]
    top = max(levels + actual + [12])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = (top // 6 + 1) * 6
    chart.valueAxis.valueStep = 6 if top <= 36 else 12
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4EAEC")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.categoryAxis.categoryNames = [m.domain for m in rows]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = ACTUAL_COLOUR if has_actual else PRIMARY
    if has_actual:
        chart.bars[1].fillColor = PRIMARY
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 8 * mm, "Alder i måneder",
                       fontName=fonts.REGULAR, fontSize=7, fillColor=MUTED,
                       textAnchor="middle"))
    legend = Legend()
    legend.x, legend.y = LABEL_SPACE, height - 2 * mm
    legend.fontName = fonts.REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 56 * mm
    legend.dx, legend.dy = 8, 8
    pairs = [(PRIMARY, "Udviklingsalder")]
    if has_actual:
        pairs.append((ACTUAL_COLOUR, "Alder på vurderingsdagen"))
    legend.colorNamePairs = pairs
    drawing.add(legend)
    return drawing


def wellbeing_timeline(marks: Sequence[WellbeingMark], width: float) -> Drawing | None:
    """One dot per assessment along a time line; joint assessments are the large dots."""
    marks = [m for m in marks if m.position in POSITION_COLOURS]
    if not marks:
        return None
    height = 24 * mm
    drawing = _drawing(width, height)
    left, right = 6 * mm, width - 6 * mm
    first, last = marks[0].on, marks[-1].on
    span = max((last - first).days, 1)
    axis_y = 12 * mm

    def x_of(day: date) -> float:
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (day - first).days / span

    drawing.add(Line(left, axis_y, right, axis_y, strokeColor=RULE, strokeWidth=1))
    for mark in marks:
        joint = mark.source.lower().startswith("fælles")
        drawing.add(Circle(x_of(mark.on), axis_y, 3.2 * mm if joint else 1.8 * mm,
                           fillColor=POSITION_COLOURS[mark.position],
                           strokeColor=colors.white, strokeWidth=0.8))
    for day, anchor, x in ((first, "start", left), (last, "end", right)):
        drawing.add(String(x, axis_y - 8 * mm, short_date(day), fontName=fonts.REGULAR,
                           fontSize=7, fillColor=MUTED, textAnchor=anchor))
    drawing.add(String((left + right) / 2, axis_y - 8 * mm,
                       "Store prikker: fælles vurdering · små: individuel vurdering eller "
                       "observation", fontName=fonts.REGULAR, fontSize=7, fillColor=MUTED,
                       textAnchor="middle"))
    return drawing


class PositionLabel(Flowable):
    """A coloured dot and the position's name, for table cells."""

    def __init__(self, code: str, label: str):
        super().__init__()
        self.code, self.label = code, label
        self.width, self.height = 24 * mm, 11

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        colour = POSITION_COLOURS.get(self.code)
        x = 0
        if colour is not None:
            self.canv.setFillColor(colour)
            self.canv.circle(3.5, 4, 3.2, stroke=0, fill=1)
            x = 10
        self.canv.setFillColor(INK)
        self.canv.setFont(fonts.REGULAR, 8.5)
        self.canv.drawString(x, 1, self.label)
