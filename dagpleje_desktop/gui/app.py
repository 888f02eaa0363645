"""Entry point ``dagpleje-desktop``: set-up or login, then the main window.

    dagpleje-desktop [--data-dir DIR | --database-url URL] [--demo]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from .. import APP_NAME
from ..danish_argparse import DanishParser
from ..services.context import AppContext
from ..services.installation import Installation, default_data_dir, use_private_umask
from .context import GuiContext
from .dialogs.login import LoginDialog
from .main_window import MainWindow
from .operations import session as session_ops
from .operations.help import GETTING_STARTED
from .operations.access_log import AccessLogWriter
from .log_file import configure_logging
from .widgets.date_field import use_clock
from .operations.runner import OperationRunner, user_message
from .resources import icon
from .style import apply_style
from .text_keys import install_text_keys
from .translation import install_translators

if TYPE_CHECKING:  # set-up happens once per installation: imported when it does
    from .dialogs.recovery_key import RecoveryKeyDialog
    from .dialogs.setup import SetupDialog

log = logging.getLogger(__name__)
DEMO_PASSWORD = "demo"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = DanishParser(prog="dagpleje-desktop",
                          description=f"{APP_NAME}: programmet med vinduer.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, metavar="MAPPE",
                       help="mappe med den krypterede database")
    where.add_argument("--database-url", metavar="URL",
                       help="PostgreSQL, fx postgresql+psycopg://…")
    parser.add_argument("--demo", action="store_true",
                        help="start med opdigtede demodata (bruger demo, adgangskode demo)")
    return parser.parse_args(argv)


def installation_from_args(args: argparse.Namespace) -> Installation:
    if args.database_url:
        return Installation(database_url=args.database_url)
    if args.demo and args.data_dir is None:
        return Installation(data_dir=default_data_dir() / "demo")
    return Installation(data_dir=args.data_dir)


class AppController(QObject):
    """Walks the user from start to the main window: demo data, set-up, login."""

    def __init__(self, installation: Installation, *, demo: bool = False,
                 quit_app: Callable[[], None] = QApplication.quit) -> None:
        super().__init__()
        self.installation, self.demo = installation, demo
        # The controller decides when the app ends: between two dialogs no window is open.
        self.quit_app = quit_app
        self.runner = OperationRunner(self)
        self.setup_dialog: SetupDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self._progress: QProgressDialog | None = None

    def start(self) -> None:
        if self.demo:
            self._prepare_demo()
        else:
            self._ask_setup_or_login()

    def _prepare_demo(self) -> None:
        self._progress = QProgressDialog("Forbereder demodata …", "", 0, 0)
        self._progress.setWindowTitle(APP_NAME)
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(600)  # only shown if it takes a while
        session_ops.install_demo(self.runner, self.installation, DEMO_PASSWORD,
                                 on_done=self._demo_ready, on_error=self._fatal)

    def _demo_ready(self, result) -> None:
        self._progress.reset()
        self._progress = None
        # Never the recovery key itself: logs are not the place for secrets.
        log.info("demo data ready (created=%s, filled=%s)", result.created, result.filled)
        self.show_login()

    def _ask_setup_or_login(self) -> None:
        try:
            exists = self.installation.exists()
        except Exception as exc:  # noqa: BLE001 - e.g. PostgreSQL unreachable
            self._fatal(exc)
            return
        if exists:
            self.show_login()
        else:
            self.show_setup()

    def show_setup(self) -> None:
        from .dialogs.setup import SetupDialog
        self.setup_dialog = SetupDialog(self.installation, self.runner)
        self.setup_dialog.created.connect(self._installation_created)
        self.setup_dialog.rejected.connect(self.quit_app)
        self.setup_dialog.show()

    def _installation_created(self, new_installation) -> None:
        if not new_installation.recovery_key:  # PostgreSQL: no key file, no recovery key
            self._first_start(new_installation.session)
            return
        from .dialogs.recovery_key import RecoveryKeyDialog
        self.recovery_dialog = RecoveryKeyDialog(new_installation.recovery_key)
        self.recovery_dialog.accepted.connect(
            lambda: self._first_start(new_installation.session))
        self.recovery_dialog.show()

    def _first_start(self, session: AppContext) -> None:
        """A new installation opens with "Kom godt i gang" beside the main window."""
        self.show_main_window(session)
        self.main_window.show_help(GETTING_STARTED)

    def show_login(self, username: str = "", notice: str = "") -> None:
        self.login_dialog = LoginDialog(self.installation, self.runner, demo=self.demo,
                                        username=username, notice=notice)
        self.login_dialog.logged_in.connect(self.show_main_window)
        self.login_dialog.rejected.connect(self.quit_app)
        self.login_dialog.show()

    def show_main_window(self, session: AppContext) -> None:
        use_clock(session.today)  # date fields count "i morgen" and two-digit years from it
        gui = GuiContext(self.installation, session, self.runner, demo=self.demo)
        gui.changes.listen_to(session)  # views refresh from what each write changed
        self.main_window = MainWindow(gui)
        self.access_log = AccessLogWriter(self.runner, session, self.main_window)
        self.main_window.closed.connect(self._main_window_closed)
        self.main_window.show()
        # After a crash: the text typed is not lost. Asked once the window is up, so the
        # observation form's modules load after the first paint, not before it.
        QTimer.singleShot(0, self.main_window, self.main_window.offer_unsaved_drafts)

    def _main_window_closed(self) -> None:
        """Quit; but after "Log ud" or "Skift bruger" show the login window again. The
        window shut its runner down and closed the session (the data is locked)."""
        window = self.main_window
        if window is None or window.sign_out is None:
            self.quit_app()
            return
        self.main_window = None
        window.deleteLater()
        username = window.gui.session.user.username if window.sign_out == window.LOG_OUT else ""
        self.runner = OperationRunner(self)
        if window.pending_restore is not None:
            self._restore(window.pending_restore)
            return
        self.show_login(username, notice=self.tr("Du er logget ud, og data er låst."))

    def _restore(self, request) -> None:
        """The window has logged out and closed its session: now the files may be replaced."""
        self._progress = QProgressDialog(self.tr("Gendanner sikkerhedskopien …"), "", 0, 0)
        self._progress.setWindowTitle(APP_NAME)
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(0)

        def restored(result) -> None:
            self._progress.reset()
            self._progress = None
            log.info("backup restored from the settings page")
            self.show_login(request.username, notice=self.tr(
                "Sikkerhedskopien fra {when} er gendannet. Det, den erstattede, er gemt i "
                "datamappen under et navn med dato. Log ind igen.").format(
                    when=request.created_at_text))

        def failed(exc: BaseException) -> None:
            self._progress.reset()
            self._progress = None
            self.show_login(request.username, notice=self.tr(
                "Sikkerhedskopien blev ikke gendannet: {reason}").format(
                    reason=user_message(exc)))

        from .operations import backup as backup_ops  # loaded when a restore is asked for
        backup_ops.restore_backup(self.runner, self.installation, request, restored, failed)

    def _fatal(self, exc: BaseException) -> None:
        if self._progress is not None:
            self._progress.reset()
        log.error("cannot start: %r", exc)
        QMessageBox.critical(None, APP_NAME, f"Programmet kan ikke starte.\n\n{user_message(exc)}")
        self.quit_app()


def main(argv: list[str] | None = None) -> int:
    use_private_umask()  # every file the program writes is its owner's only
    configure_logging()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(icon("app"))
    app.setQuitOnLastWindowClosed(False)  # AppController quits explicitly
    apply_style(app)
    install_text_keys(app)  # Tab leaves multi-line fields, Ctrl+Tab types a tab
    install_translators(app)  # before any window: texts are set when widgets are made
    controller = AppController(installation_from_args(args), demo=args.demo)
    controller.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
