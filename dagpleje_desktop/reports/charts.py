"""Charts drawn with ReportLab graphics: developmental age against actual age per
domain, and the wellbeing positions over time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
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


# Each position has its own shape as well as its colour, so the chart and the tables
# read the same printed in black and white: green a circle, yellow a triangle, red a
# square; every marker has a black outline.
POSITION_SHAPES = {"green": "circle", "yellow": "triangle", "red": "square"}
POSITION_NAMES = {"green": "Grøn", "yellow": "Gul", "red": "Rød"}
LANES = ("green", "yellow", "red")   # top to bottom
MAX_DATE_LABELS = 7


def marker(shape: str, x: float, y: float, size: float, fill, *, stroke=INK,
           stroke_width: float = 0.8):
    """A marker ``size`` wide centred on (x, y): circle, triangle or square."""
    half = size / 2
    style = dict(fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width)
    if shape == "triangle":
        return Polygon([x - half, y - half * 0.87, x + half, y - half * 0.87, x, y + half],
                       **style)
    if shape == "square":
        side = size * 0.86  # same visual weight as the circle
        return Rect(x - side / 2, y - side / 2, side, side, **style)
    return Circle(x, y, half, **style)


def _date_ticks(days: Sequence[date]) -> list[date]:
    """The first and last day and evenly spread dates between them (at most a few)."""
    unique = sorted(set(days))
    if len(unique) <= MAX_DATE_LABELS:
        return unique
    step = (len(unique) - 1) / (MAX_DATE_LABELS - 1)
    return [unique[round(i * step)] for i in range(MAX_DATE_LABELS)]


def wellbeing_timeline(marks: Sequence[WellbeingMark], width: float) -> Drawing | None:
    """The positions over time, readable without colour: one lane per position (labelled
    Grøn, Gul, Rød), a shape per position, large markers for joint assessments, and the
    dates written under the axis."""
    marks = [m for m in marks if m.position in POSITION_COLOURS]
    if not marks:
        return None
    lane_h = 7 * mm
    bottom = 14 * mm          # dates and the legend below the lanes
    height = bottom + lane_h * len(LANES) + 4 * mm
    drawing = _drawing(width, height)
    left, right = 18 * mm, width - 6 * mm
    first, last = marks[0].on, marks[-1].on
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (day - first).days / span

    def y_of(position: str) -> float:
        return bottom + lane_h * (len(LANES) - 1 - LANES.index(position)) + lane_h / 2

    for position in LANES:
        y = y_of(position)
        drawing.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.5,
                         strokeDashArray=[1, 2]))
        drawing.add(marker(POSITION_SHAPES[position], 3 * mm, y, 2.6 * mm,
                           POSITION_COLOURS[position]))
        drawing.add(String(6 * mm, y - 2.5, POSITION_NAMES[position], fontName=fonts.BOLD,
                           fontSize=7.5, fillColor=INK))
    axis_y = bottom - 1 * mm
    drawing.add(Line(left, axis_y, right, axis_y, strokeColor=MUTED, strokeWidth=0.8))
    for day in _date_ticks([m.on for m in marks]):
        x = x_of(day)
        drawing.add(Line(x, axis_y, x, axis_y - 1.2 * mm, strokeColor=MUTED, strokeWidth=0.6))
        anchor = "start" if x - left < 8 * mm else "end" if right - x < 8 * mm else "middle"
        drawing.add(String(x, axis_y - 4 * mm, short_date(day), fontName=fonts.REGULAR,
                           fontSize=6.5, fillColor=INK, textAnchor=anchor))
    for mark in marks:
        joint = mark.source.lower().startswith("fælles")
        drawing.add(marker(POSITION_SHAPES[mark.position], x_of(mark.on),
                           y_of(mark.position), 4.2 * mm if joint else 2.4 * mm,
                           POSITION_COLOURS[mark.position],
                           stroke_width=1.0 if joint else 0.6))
    drawing.add(String(left, 1.5 * mm,
                       "Grøn = cirkel · Gul = trekant · Rød = firkant.  Store figurer: fælles "
                       "vurdering · små: individuel vurdering eller observation",
                       fontName=fonts.REGULAR, fontSize=6.8, fillColor=INK))
    return drawing


class PositionLabel(Flowable):
    """The position's shape (in its colour, outlined) and its name, for table cells."""

    def __init__(self, code: str, label: str):
        super().__init__()
        self.code, self.label = code, label
        self.width, self.height = 24 * mm, 11

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        # Canvas primitives, not renderPDF: that would pull in an unembedded Helvetica.
        c = self.canv
        colour = POSITION_COLOURS.get(self.code)
        x = 0
        if colour is not None:
            c.saveState()
            c.setFillColor(colour)
            c.setStrokeColor(INK)
            c.setLineWidth(0.6)
            shape, cx, cy, half = POSITION_SHAPES[self.code], 3.5, 4.2, 3.5
            if shape == "triangle":
                path = c.beginPath()
                path.moveTo(cx - half, cy - half * 0.87)
                path.lineTo(cx + half, cy - half * 0.87)
                path.lineTo(cx, cy + half)
                path.close()
                c.drawPath(path, stroke=1, fill=1)
            elif shape == "square":
                side = 2 * half * 0.86
                c.rect(cx - side / 2, cy - side / 2, side, side, stroke=1, fill=1)
            else:
                c.circle(cx, cy, half, stroke=1, fill=1)
            c.restoreState()
            x = 10
        c.setFillColor(INK)
        c.setFont(fonts.REGULAR, 8.5)
        c.drawString(x, 1, self.label)
