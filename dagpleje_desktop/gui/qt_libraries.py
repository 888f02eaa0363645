"""Before Qt starts on Linux: are the system libraries its xcb platform plugin needs there?

Without them Qt stops with a hint about "xcb-cursor0" whatever is really missing. This
module imports no Qt (importing Qt itself fails when some of these are missing): it finds
PySide6's files, asks ``ldd`` which of their libraries cannot be found, and names them
with the one command that installs them on Debian/Ubuntu and on Fedora.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libXext.so.6": ("libxext6", "libXext"),
    "libXrender.so.1": ("libxrender1", "libXrender"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgobject-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libnss3.so": ("libnss3", "nss"),
    "libasound.so.2": ("libasound2", "alsa-lib"),
}

# What the window program loads to start on X11 (relative to PySide6/Qt); absent ones
# (another PySide6 version) are skipped.
QT_FILES = (
    "plugins/platforms/libqxcb.so",
    "lib/libQt6Core.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6XcbQpa.so.6",
    "lib/libQt6DBus.so.6",
    "lib/libQt6Svg.so.6",
    "lib/libQt6UiTools.so.6",
)


def check_wanted(platform: str | None = None, environ=None) -> bool:
    """Only on Linux, and only when Qt will use its xcb (X11) plugin."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    return platform.startswith("linux") and chosen in ("", "xcb")


def qt_directory() -> Path | None:
    """PySide6's Qt folder, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        qt = Path(location) / "Qt"
        if qt.is_dir():
            return qt
    return None


def missing_libraries(qt_dir: Path) -> list[str]:
    """The sonames ``ldd`` cannot find for Qt's files; empty if ldd is not there."""
    files = [str(qt_dir / name) for name in QT_FILES if (qt_dir / name).is_file()]
    ldd = shutil.which("ldd")
    if not files or ldd is None:
        return []
    try:
        output = subprocess.run([ldd, *files], capture_output=True, text=True,
                                timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    missing = {line.split("=>")[0].strip() for line in output.splitlines()
               if "=> not found" in line}
    return sorted(missing)


def missing_message(missing: list[str]) -> str:
    """The Danish explanation with the one install command per family of systems."""
    debian = sorted({PACKAGES[name][0] for name in missing if name in PACKAGES})
    fedora = sorted({PACKAGES[name][1] for name in missing if name in PACKAGES})
    lines = [
        "Dagpleje Desktop kan ikke åbne sine vinduer: disse systembiblioteker, som Qt "
        "skal bruge, mangler:",
        *(f"  {name}" for name in missing),
    ]
    if debian:
        lines += [
            "Installér dem med én kommando (som administrator):",
            f"  Debian/Ubuntu: sudo apt-get install {' '.join(debian)}",
            f"  Fedora:        sudo dnf install {' '.join(fedora)}",
        ]
    unknown = [name for name in missing if name not in PACKAGES]
    if unknown:
        lines.append("Find pakken, der indeholder " + ", ".join(unknown)
                     + ", med systemets pakkeværktøj (fx apt-file search).")
    return "\n".join(lines) + "\n"


def problem() -> str | None:
    """The message to print instead of starting Qt, or None when Qt can start."""
    if not check_wanted():
        return None
    qt_dir = qt_directory()
    if qt_dir is None:
        return None
    missing = missing_libraries(qt_dir)
    return missing_message(missing) if missing else None
