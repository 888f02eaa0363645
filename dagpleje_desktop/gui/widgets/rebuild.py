"""Empty a layout so its old widgets vanish at once (views rebuilt on every reload).

``deleteLater`` alone leaves the old widgets visible, and findable, until the event loop
runs the deferred deletes; hiding and un-parenting them first makes a rebuild immediate.
"""

from __future__ import annotations


def discard_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            discard_layout(item.layout())
            item.layout().deleteLater()
