"""Paints one observation as a card in the timeline (a delegate: no widget per row).

    4. marts 2025 kl. 10.15 · Lise Mortensen                 ● Gul   Bekymring
    [Social udvikling] [Finmotorik]
    Frokost ved bordet
    Maja byggede et tårn af klodser og ventede på sin tur, mens …

Every card has the same height, so the list lays out thousands of rows at once; the
text takes the lines that chips or a situation leave free and is elided after them.
The line layout of a card is cached per observation and width.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.enums import WellbeingPosition
from ..operations.observations import ObservationInfo
from ..domain_labels import label
from ..formatting import domain_labels, format_datetime
from ..models.observations_model import OBSERVATION_ROLE
from ..style import ACCENT, ERROR, MUTED, POSITION_COLOURS, TEXT

OUTER_V, OUTER_H = 5, 2   # space around a card (between two cards: twice OUTER_V)
PAD_H, PAD_V = 16, 12     # inside the card
GAP = 6                   # between the card's rows
TEXT_LINES = 2            # text lines when a card has both chips and a situation
DOT = 10
CHIP_PAD = 8
CONCERN_BAR = 4
CACHE_LIMIT = 4000

BORDER = "#dde3e8"
BORDER_HOVER = "#b8c6d1"
SELECTED_BACKGROUND = "#f2f7fb"
CHIP_BACKGROUND = "#e9eff4"
CONCERN_BACKGROUND = "#fbe9e7"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ObservationCard", text)


@dataclass(frozen=True)
class _Layout:
    text_lines: tuple[str, ...]
    chips: tuple[str, ...]


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return bold


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
    return small


def elided_lines(text: str, font: QFont, width: int, max_lines: int) -> tuple[str, ...]:
    """The text wrapped to ``width``; the last shown line ends in "…" if more follows."""
    # QTextLayout breaks lines at LINE SEPARATOR, not at "\n".
    flowing = text.replace("\r", "").strip().replace("\n", "\u2028")
    layout = QTextLayout(flowing, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [flowing[start:start + length].replace("\u2028", "").rstrip()
             for start, length in spans[:max_lines]]
    if len(spans) > max_lines:
        start = spans[max_lines - 1][0]
        rest = flowing[start:].replace("\u2028", " ")
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return tuple(lines) or ("",)


class ObservationCardDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._cache: dict[tuple, _Layout] = {}
        self.painted_rows = 0  # for the benchmark: has anything been drawn yet?

    # -- geometry ----------------------------------------------------------------

    def _content_width(self, option_width: int) -> int:
        width = self._view.viewport().width() if self._view.viewport().width() > 50 \
            else option_width
        return max(width - 2 * OUTER_H - 2 * PAD_H - CONCERN_BAR, 120)

    @staticmethod
    def _metrics(font: QFont) -> tuple[int, int, int, int]:
        """(line spacing, bold line height, chip row height, card height) for the font."""
        normal, bold = QFontMetrics(font), QFontMetrics(_bold(font))
        chip = QFontMetrics(_small(font)).height() + 6
        area = GAP + chip + GAP + bold.height() + GAP + TEXT_LINES * normal.lineSpacing()
        return normal.lineSpacing(), bold.height(), chip, \
            2 * OUTER_V + 2 * PAD_V + bold.height() + area

    def _layout(self, obs: ObservationInfo, font: QFont, width: int) -> _Layout:
        """Every card has the same height (the list lays out 5,000 rows in no time);
        text takes the lines that chips or a situation leave free."""
        key = (obs.id, obs.updated_at, width, font.key())
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        spacing, bold, chip, _height = self._metrics(font)
        chips = tuple(domain_labels((code,)) for code in obs.domains)
        room = GAP + chip + GAP + bold + GAP + TEXT_LINES * spacing
        room -= (GAP + chip) if chips else 0
        room -= (GAP + bold) if obs.situation.strip() else 0
        count = max(1, (room - GAP) // spacing)
        lines = elided_lines(obs.text, font, width, count) if obs.text.strip() else ()
        result = _Layout(lines, chips)
        self._cache[key] = result
        return result

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(self._content_width(option.rect.width()), self._metrics(option.font)[3])

    # -- painting ----------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        obs: ObservationInfo | None = index.data(OBSERVATION_ROLE)
        if obs is None:
            super().paint(painter, option, index)
            return
        self.painted_rows += 1
        font = option.font
        width = self._content_width(option.rect.width())
        layout = self._layout(obs, font, width)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(OUTER_H, OUTER_V, -OUTER_H, -OUTER_V))
        self._paint_frame(painter, option, card, obs.concern)
        x = int(card.left()) + PAD_H + (CONCERN_BAR if obs.concern else 0)
        right = int(card.right()) - PAD_H
        y = int(card.top()) + PAD_V
        y = self._paint_top_row(painter, obs, font, x, right, y)
        small = _small(font)
        if layout.chips:
            y = self._paint_chips(painter, layout.chips, small, x, right, y + GAP)
        if obs.situation.strip():
            bold = _bold(font)
            metrics = QFontMetrics(bold)
            painter.setFont(bold)
            painter.setPen(QColor(TEXT))
            text = metrics.elidedText(obs.situation.strip(), Qt.TextElideMode.ElideRight,
                                      right - x)
            y += GAP
            painter.drawText(x, y + metrics.ascent(), text)
            y += metrics.height()
        if layout.text_lines:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(QColor(TEXT))
            y += GAP
            for line in layout.text_lines:
                painter.drawText(x, y + metrics.ascent(), line)
                y += metrics.lineSpacing()
        painter.restore()

    @staticmethod
    def _paint_frame(painter: QPainter, option: QStyleOptionViewItem, card: QRectF,
                     concern: bool) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        colour = ACCENT if selected else (BORDER_HOVER if hovered else BORDER)
        painter.setPen(QPen(QColor(colour), 2 if selected else 1))
        painter.setBrush(QColor(SELECTED_BACKGROUND if selected else "#ffffff"))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        if concern:  # a red edge: concerns stand out when scrolling quickly
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ERROR))
            bar = QRectF(card.left() + 1, card.top() + 8, CONCERN_BAR, card.height() - 16)
            painter.drawRoundedRect(bar, 2, 2)

    @staticmethod
    def _paint_top_row(painter: QPainter, obs: ObservationInfo, font: QFont, x: int,
                       right: int, y: int) -> int:
        bold, small = _bold(font), _small(font)
        bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
        baseline = y + bold_metrics.ascent()
        # Right side first (position and concern), so the author can be elided before it.
        edge = right
        if obs.concern:
            word = _tr("Bekymring")
            pill_width = small_metrics.horizontalAdvance(word) + 2 * CHIP_PAD
            pill = QRectF(edge - pill_width, y, pill_width, bold_metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CONCERN_BACKGROUND))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(small)
            painter.setPen(QColor(ERROR))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, word)
            edge -= int(pill_width) + 10
        colour = POSITION_COLOURS.get(obs.position)
        if colour is not None and obs.position != WellbeingPosition.NONE:
            word = label(obs.position)
            word_width = bold_metrics.horizontalAdvance(word)
            painter.setFont(bold)
            painter.setPen(QColor(TEXT))
            painter.drawText(edge - word_width, baseline, word)
            dot_x = edge - word_width - 6 - DOT
            dot_y = y + (bold_metrics.height() - DOT) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QRectF(dot_x, dot_y, DOT, DOT))
            edge = int(dot_x) - 12
        when = format_datetime(obs.observed_at)
        painter.setFont(bold)
        painter.setPen(QColor(TEXT))
        painter.drawText(x, baseline, when)
        after = x + bold_metrics.horizontalAdvance(when)
        byline = f"  ·  {obs.author_name}" if obs.author_name else ""
        if getattr(obs, "corrections", 0):  # the earlier wording is kept: say so
            byline += "  ·  " + _tr("rettet")
        if byline and edge - after > 40:
            author_metrics = QFontMetrics(font)
            author = author_metrics.elidedText(byline, Qt.TextElideMode.ElideRight,
                                               edge - after)
            painter.setFont(font)
            painter.setPen(QColor(MUTED))
            painter.drawText(after, baseline, author)
        return y + bold_metrics.height()

    @staticmethod
    def _paint_chips(painter: QPainter, chips: tuple[str, ...], font: QFont, x: int,
                     right: int, y: int) -> int:
        metrics = QFontMetrics(font)
        height = metrics.height() + 6
        painter.setFont(font)
        left = x
        for number, chip in enumerate(chips):
            width = metrics.horizontalAdvance(chip) + 2 * CHIP_PAD
            remaining = len(chips) - number
            if left + width > right and number:  # no room: say how many more
                more = f"+{remaining}"
                painter.setPen(QColor(MUTED))
                painter.drawText(QRect(left, y, right - left, height),
                                 Qt.AlignmentFlag.AlignVCenter, more)
                break
            rect = QRectF(left, y, min(width, right - left), height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CHIP_BACKGROUND))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor(TEXT))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip)
            left += width + 6
        return y + height
