"""The log support asks for: a file only its owner can read, that keeps what happened."""

from __future__ import annotations

import logging
import stat

from dagpleje_desktop.gui.log_file import LOG_NAME, configure_logging


def test_the_log_file_is_private_from_the_start_and_receives_the_log(tmp_path):
    folder = tmp_path / "logs"
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = configure_logging(folder)
        logging.getLogger("dagpleje.test").error("unexpected error, reference F-ABC123")
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
    assert path == folder / LOG_NAME
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "reference F-ABC123" in path.read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_leaves_logging_on_stderr(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert configure_logging(blocked / "logs") is None
