"""A calendar item drawn as a small coloured chip: one colour per kind, the kind's word in
the text (colour is never alone), selectable, and a meeting can be dragged to another day."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from ..messages import DANISH, language, service_text
from ..operations.calendar import CalendarItem, ItemKind
from ..widgets.when_fields import clock, local

MEETING_MIME = "application/x-dagpleje-meeting"
# kind: (background, edge) — soft fills, a strong edge on the left
KIND_COLOURS = {
    ItemKind.MEETING: ("#dcebf7", "#2f6f9f"),
    ItemKind.VISIT: ("#dff1e2", "#2e7d32"),
    ItemKind.ABSENCE: ("#eceff1", "#607d8b"),
    ItemKind.GUEST_CARE: ("#efe5f7", "#7b4fa0"),
    ItemKind.GOAL_TARGET: ("#d8f0ed", "#00796b"),
    ItemKind.PLAN_EVALUATION: ("#fcebd9", "#b25e00"),
    ItemKind.SUPERVISION_DUE: ("#fff3cd", "#b58900"),
}
OVERDUE_COLOURS = ("#fde3e1", "#c62828")
HOLIDAY_COLOUR = "#b3261e"
TEXT_COLOUR = QColor("#1f2933")
CHIP_LINE = 19


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarPage", text)


def legend() -> list[tuple[str, str]]:
    """(label, colour) for the legend, in a steady order."""
    return [(_tr("Møde"), KIND_COLOURS[ItemKind.MEETING][1]),
            (_tr("Besøg"), KIND_COLOURS[ItemKind.VISIT][1]),
            (_tr("Tilsyn forfalder"), KIND_COLOURS[ItemKind.SUPERVISION_DUE][1]),
            (_tr("Tilsyn overskredet"), OVERDUE_COLOURS[1]),
            (_tr("Fravær"), KIND_COLOURS[ItemKind.ABSENCE][1]),
            (_tr("Gæstepleje"), KIND_COLOURS[ItemKind.GUEST_CARE][1]),
            (_tr("Måldato"), KIND_COLOURS[ItemKind.GOAL_TARGET][1]),
            (_tr("Evaluering af plan"), KIND_COLOURS[ItemKind.PLAN_EVALUATION][1]),
            (_tr("Helligdag"), HOLIDAY_COLOUR)]


def colours(item: CalendarItem) -> tuple[str, str]:
    # The service words an overdue home "Tilsyn overskredet"; due soon is "Tilsyn forfalder".
    if item.kind == ItemKind.SUPERVISION_DUE and item.label.endswith("overskredet"):
        return OVERDUE_COLOURS
    return KIND_COLOURS.get(item.kind, ("#eef2f5", "#5b6770"))


def item_key(item: CalendarItem) -> tuple:
    """Identifies an item across reloads (a several-day item has one key)."""
    return (item.kind, str(item.id), str(item.start))


def first_day(item: CalendarItem) -> date:
    return local(item.start).date() if isinstance(item.start, datetime) else item.start


def last_day(item: CalendarItem) -> date:
    if isinstance(item.end, datetime):
        return local(item.end).date()
    return item.end


def time_text(item: CalendarItem) -> str:
    if item.all_day:
        return ""
    return f"{clock(item.start)}–{clock(item.end)}"


def title(item: CalendarItem) -> str:
    """The item's title in the interface language: the service writes it in Danish
    ("Statusmøde – Åse Ørsted"), so it is made again from the translated label."""
    if language() == DANISH or not item.label:
        return item.title
    shown = service_text(item.label)
    text = f"{shown} – {item.subject}" if item.subject else shown
    return f"{text}: {item.detail}" if item.kind == ItemKind.GOAL_TARGET else text


def tooltip(item: CalendarItem) -> str:
    lines = [title(item)]
    if not item.all_day:
        lines.append(_tr("Kl. {span}").format(span=time_text(item)))
    elif first_day(item) != last_day(item):
        lines.append(f"{first_day(item):%d-%m-%Y} – {last_day(item):%d-%m-%Y}")
    if item.place:
        lines.append(item.place)
    if item.detail and item.detail not in item.title:
        lines.append(item.detail)
    if item.kind == ItemKind.MEETING:
        lines.append(_tr("Dobbeltklik for at åbne mødet; træk for at flytte det."))
    elif item.kind == ItemKind.SUPERVISION_DUE:
        lines.append(_tr("Dobbeltklik for at registrere tilsynet."))
    return "\n".join(lines)


def _two_lines(font, text: str, width: int) -> str:
    """The text wrapped to at most two lines, the second elided."""
    metrics = QFontMetrics(font)
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one very long word
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}" if rest else first


class ItemChip(QWidget):
    """Emits ``clicked(item, additive)`` and ``activated(item)`` (double-click/Enter)."""

    clicked = Signal(object, bool)
    activated = Signal(object)

    def __init__(self, item: CalendarItem, *, detailed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.selected = False
        self.detailed = detailed  # week view: the time on its own line, the title on two
        self._press: QPoint | None = None
        self.setObjectName("calendarItem")
        self.setAccessibleName(title(item))
        self.setToolTip(tooltip(item))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(CHIP_LINE * (3 if detailed else 1) + 4)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, self.height())

    @property
    def is_meeting(self) -> bool:
        return self.item.kind == ItemKind.MEETING

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def text_lines(self) -> list[str]:
        when = time_text(self.item)
        if self.detailed:
            return [when or _tr("Hele dagen"), title(self.item)]
        return [f"{clock(self.item.start)} {title(self.item)}" if when else title(self.item)]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        background, edge = colours(self.item)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(edge), 2 if self.selected or self.hasFocus() else 0.6))
        painter.setBrush(QColor(edge).lighter(135) if self.selected else QColor(background))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top() + 2, 3, rect.height() - 4), QColor(edge))
        painter.setPen(QColor("white") if self.selected else TEXT_COLOUR)
        width = self.width() - 12
        lines = self.text_lines()
        if not self.detailed:
            text = QFontMetrics(self.font()).elidedText(lines[0], Qt.TextElideMode.ElideRight,
                                                        width)
            painter.drawText(QRectF(8, 2, width, CHIP_LINE),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            return
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(8, 2, width, CHIP_LINE),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, lines[0])
        painter.setFont(self.font())
        painter.drawText(QRectF(8, 2 + CHIP_LINE, width, 2 * CHIP_LINE),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, _two_lines(self.font(), lines[1], width))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                 | Qt.KeyboardModifier.ShiftModifier))
            self.setFocus()
            self.clicked.emit(self.item, additive)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._press is None or not self.is_meeting:
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MEETING_MIME, str(self.item.id).encode())
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._press = None
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.activated.emit(self.item)
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.item)
            return
        super().keyPressEvent(event)
