"""Column widths from the text a table shows, measured once per column.

``QTableView.resizeColumnsToContents`` asks the delegate for every cell's size hint: a
call into the model for each role of each cell (27,000 for the 400 homes of a
municipality, 0.3 s). The width a column needs is that of its longest text, which the
font metrics give for the display text alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

CELL_PADDING = 16    # the item's own padding and the grid line
HEADER_PADDING = 16  # the style sheet's 8 px on each side of a header section
SORT_ARROW = 18      # the sort indicator beside a header's title


def fit_columns_to_text(table: QTableView, columns: range | list[int], air: int = 0,
                        minimum: int = 0) -> None:
    model, metrics = table.model(), table.fontMetrics()
    bold = QFont(table.horizontalHeader().font())
    bold.setWeight(QFont.Weight.DemiBold)  # the style sheet's header weight (600)
    header_metrics = QFontMetrics(bold)
    rows = model.rowCount()
    for column in columns:
        title = model.headerData(column, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole) or ""
        widest = max(minimum, header_metrics.horizontalAdvance(str(title)) + HEADER_PADDING
                     + SORT_ARROW)
        texts = {model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                 for row in range(rows)}
        for text in texts:
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)) + CELL_PADDING)
        table.setColumnWidth(column, widest + air)
