"""`dagpleje-desktop` on Linux without Qt's system libraries: it names the missing ones and
the one command that installs them, instead of Qt's misleading "xcb-cursor0" hint."""

from __future__ import annotations

from dagpleje_desktop.gui import qt_libraries, start


def test_the_message_names_each_missing_library_and_one_command_per_system():
    message = qt_libraries.missing_message(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-xinerama.so.0",
         "libglib-2.0.so.0", "libwayland-cursor.so.0"])

    lines = message.splitlines()
    assert lines[0].startswith("Dagpleje Desktop kan ikke åbne sine vinduer")
    for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-xinerama.so.0",
                 "libglib-2.0.so.0", "libwayland-cursor.so.0"):
        assert f"  {name}" in lines
    apt = [line for line in lines if "apt-get install" in line]
    dnf = [line for line in lines if "dnf install" in line]
    assert apt == ["  Debian/Ubuntu: sudo apt-get install libglib2.0-0 libwayland-cursor0 "
                   "libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0"]
    assert dnf == ["  Fedora:        sudo dnf install glib2 libwayland-cursor libxcb "
                   "xcb-util-keysyms xcb-util-wm"]
    assert "cursor0" not in message.replace("libwayland-cursor0", "")


def test_a_library_without_a_known_package_is_still_named():
    message = qt_libraries.missing_message(["libukendt.so.7"])

    assert "  libukendt.so.7" in message.splitlines()
    assert "apt-get" not in message
    assert "apt-file search" in message


def test_only_linux_with_the_xcb_plugin_is_checked():
    assert qt_libraries.check_wanted("linux", {})
    assert qt_libraries.check_wanted("linux", {"QT_QPA_PLATFORM": "xcb"})
    assert not qt_libraries.check_wanted("linux", {"QT_QPA_PLATFORM": "offscreen"})
    assert not qt_libraries.check_wanted("linux", {"QT_QPA_PLATFORM": "wayland"})
    assert not qt_libraries.check_wanted("win32", {})
    assert not qt_libraries.check_wanted("darwin", {})


def test_missing_libraries_stop_the_program_with_the_message(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(qt_libraries.sys, "platform", "linux")
    monkeypatch.setattr(qt_libraries, "missing_libraries", lambda qt_dir: ["libxcb-icccm.so.4"])

    code = start.main(["--demo"])

    err = capsys.readouterr().err
    assert code == 1
    assert "libxcb-icccm.so.4" in err and "sudo apt-get install libxcb-icccm4" in err


def test_ldd_finds_what_is_missing_for_the_installed_qt():
    qt_dir = qt_libraries.qt_directory()
    assert qt_dir is not None and (qt_dir / "plugins" / "platforms" / "libqxcb.so").is_file()
    # Whatever this machine lacks, every name is a shared library, never a path or "=>".
    for name in qt_libraries.missing_libraries(qt_dir):
        assert ".so" in name and "/" not in name and "=>" not in name
