"""Screenshots for the user guide, taken from the running demo (``make screenshots``).

    python tools/make_screenshots.py --language da|en

Makes a fresh demo installation in a temporary folder, logs in as the demo's consultant
and office, opens the pages the guide shows at 1280×760 (a 1366×768 laptop screen less
the task bar) and saves them, scaled to the guide's width, into
resources/help/<language>/screenshots/. Run under Xvfb (the Makefile does) so the
pictures show the real window decorations and fonts; offscreen works too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWidget

from dagpleje_desktop.gui.context import GuiContext
from dagpleje_desktop.gui.main_window import MainWindow
from dagpleje_desktop.gui.operations.runner import OperationRunner, wait_for_all
from dagpleje_desktop.gui.style import apply_style
from dagpleje_desktop.gui.translation import install_translators
from dagpleje_desktop.gui.widgets.date_field import use_clock
from dagpleje_desktop.services.records import children
from dagpleje_desktop.demo.demo import DEMO_PASSWORD, DEMO_USERNAME, OFFICE_USERNAME, install_demo
from dagpleje_desktop.services.installation import Installation

ROOT = Path(__file__).resolve().parents[1]
WINDOW = (1280, 760)
GUIDE_WIDTH = 900  # pixels; the help window and the PDF both show it at about this size
CHILD_WITH_MANY_OBSERVATIONS = "Alma"


def settle() -> None:
    for _ in range(3):
        wait_for_all()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)


def save(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    picture = widget.grab().scaledToWidth(GUIDE_WIDTH,
                                          Qt.TransformationMode.SmoothTransformation)
    path = folder / f"{name}.png"
    if not picture.save(str(path), "PNG", 0):
        raise SystemExit(f"could not write {path}")
    print(f"  {path.relative_to(ROOT)}")


def window_for(installation: Installation, username: str) -> MainWindow:
    session = installation.login(username, DEMO_PASSWORD)
    use_clock(session.today)
    gui = GuiContext(installation, session, OperationRunner(), demo=True)
    gui.changes.listen_to(session)
    window = MainWindow(gui)
    window.resize(*WINDOW)
    window.show()
    settle()
    return window


def consultant_pictures(installation: Installation, folder: Path) -> None:
    window = window_for(installation, DEMO_USERNAME)
    window.show_page("Oversigt")
    save(window, folder, "oversigt")
    child = next(c for c in children.list_children(window.gui.session)
                 if c.first_name == CHILD_WITH_MANY_OBSERVATIONS)
    window.open_child(child.id)
    save(window, folder, "barn")
    form = window.new_observation(child.id)
    save(form, folder, "ny-observation")
    form.close()
    window.show_page("Møder")
    save(window, folder, "moeder")
    window.close()


def office_pictures(installation: Installation, folder: Path) -> None:
    window = window_for(installation, OFFICE_USERNAME)
    window.show_page("Visitation")
    save(window, folder, "visitation")
    window.show_page("Synkronisering")
    save(window, folder, "synkronisering")
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("da", "en"), default="da")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    install_translators(app, args.language)
    folder = ROOT / "resources" / "help" / args.language / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir:
        installation = Installation(data_dir=Path(data_dir))
        install_demo(installation)
        consultant_pictures(installation, folder)
        office_pictures(installation, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
