"""Roles, statuses, kinds and development domains follow the interface language."""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QLabel

import dagpleje_desktop.domain as domain_package
from dagpleje_desktop.domain.domains import ALL_DOMAINS
from dagpleje_desktop.domain.enums import UserRole, WellbeingPosition
from dagpleje_desktop.gui import domain_labels, translation
from dagpleje_desktop.gui.domain_labels import label
from dagpleje_desktop.gui.main_window import PAGE_NAMES
from dagpleje_desktop.gui.models.children_model import NAME, STATUS

from gui_support import log_in

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def labels_in_domain() -> dict[str, str]:
    """Every Danish label that domain/ can put on the screen, with where it comes from."""
    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(domain_package.__path__):
        module = importlib.import_module(f"{domain_package.__name__}.{info.name}")
        for name, cls in vars(module).items():
            if (inspect.isclass(cls) and issubclass(cls, enum.Enum)
                    and cls.__module__ == module.__name__
                    and isinstance(inspect.getattr_static(cls, "label", None), property)):
                for member in cls:
                    found.setdefault(member.label, f"{info.name}.{name}.{member.name}")
    for development_domain in ALL_DOMAINS:
        found.setdefault(development_domain.label, f"domains.{development_domain.code}")
    return found


def literals_lupdate_sees() -> set[str]:
    """The QT_TRANSLATE_NOOP("DomainLabels", ...) literals, read as lupdate reads them."""
    tree = ast.parse(Path(domain_labels.__file__).read_text(encoding="utf-8"))
    return {node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2
            and all(isinstance(arg, ast.Constant) for arg in node.args)
            and node.args[0].value == domain_labels.CONTEXT}


def test_every_domain_label_is_in_the_block_lupdate_reads():
    seen = literals_lupdate_sees()
    missing = {text: where for text, where in labels_in_domain().items() if text not in seen}
    assert not missing, (
        "domain labels lupdate cannot see; add to CATALOGUE_LITERALS in gui/domain_labels.py, "
        "then run tools/update_translations.sh and translate them:\n" + "\n".join(
            f'    QT_TRANSLATE_NOOP("DomainLabels", "{text}"),  # {where}'
            for text, where in missing.items()))


def test_english_catalogue_has_a_translation_for_every_domain_label(qapp):
    catalogue = QTranslator()
    assert catalogue.load(str(translation.catalogue_path(translation.ENGLISH)))
    untranslated = [text for text in labels_in_domain()
                    if not catalogue.translate(domain_labels.CONTEXT, text)]
    assert not untranslated, f"run tools/update_translations.sh and translate: {untranslated}"


@pytest.fixture
def settings(monkeypatch, tmp_path, qapp):
    """The user's real settings stay untouched; the next test starts in Danish again."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(translation, "language_settings", lambda: store)
    yield store
    translation.remove_translators(qapp)


def test_labels_are_danish_by_default_and_english_when_chosen(qapp, settings):
    translation.install_translators(qapp, translation.DANISH)
    assert label(UserRole.CONSULTANT) == "Mini-dagplejekonsulent"
    assert label(ALL_DOMAINS[0]) == "Alsidig personlig udvikling"

    translation.install_translators(qapp, translation.ENGLISH)
    assert label(UserRole.CONSULTANT) == "Mini family daycare consultant"
    assert label(UserRole.OFFICE) == "Daycare office"
    assert label(WellbeingPosition.YELLOW) == "Yellow"
    assert label(ALL_DOMAINS[0]) == "All-round personal development"


def status_of(view, name: str) -> str:
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, NAME).data() == name:
            return proxy.index(row, STATUS).data()
    raise AssertionError(f"{name} is not in the list")


def test_english_children_list_and_settings_show_english_statuses_and_role(
        qtbot, qapp, settings, controller, gui_installation):
    settings.setValue(translation.SETTINGS_KEY, translation.ENGLISH)
    translation.install_translators(qapp)
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.pages["Børn"].list_view
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 3, timeout=WAIT_MS)
    assert status_of(view, "Maja Nielsen") == "Enrolled"
    assert status_of(view, "Åse Ørsted") == "Referred"

    navigation = window.navigation
    item = navigation.item(PAGE_NAMES.index("Indstillinger"))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(item).center())
    assert window.current_page_name() == "Indstillinger"
    shown = [widget.text() for widget in window.pages["Indstillinger"].findChildren(QLabel)]
    assert any(text.endswith(", Mini family daycare consultant") for text in shown)
    assert not any("Mini-dagplejekonsulent" in text for text in shown)
