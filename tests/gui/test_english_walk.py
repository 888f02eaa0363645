"""English everywhere in the English interface: log in on the demo data with English
chosen, visit every page, their tabs, the child page's tabs and every dialog the
accessibility walk opens (a11y_dialogs.py), and look for Danish words in every text shown
(english_words.py). What the Danish users typed (names, observations, places) is stored in
the database and is not translated: those strings are left out.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

from dagpleje_desktop.demo.accounts import CHILDMINDER_USERNAME, OFFICE_USERNAME
from dagpleje_desktop.demo.demo import DEMO_PASSWORD, DEMO_USERNAME
from dagpleje_desktop.domain import agendas, consent_scope, transition
from dagpleje_desktop.domain.enums import MeetingKind, UserRole
from dagpleje_desktop.gui import translation
from dagpleje_desktop.gui.document_labels import (category_description, category_label,
                                                  default_agenda, section_hint, section_title)
from dagpleje_desktop.gui.lazy_pages import PAGE_NAMES
from dagpleje_desktop.gui.widgets.password_fields import NewPasswordFields
from dagpleje_desktop.services.installation import Installation

from a11y_dialogs import (CHILDMINDER_DIALOGS, DIALOGS, child_page,
                          install_demo_with_uncategorised_consent, office_dialogs)
from child_page_support import click_tab as click_child_tab
from consultant_steps import click_navigation, wait_idle
from english_words import UserContent, danish_words, findings, visible_texts
from gui_support import log_in
from sync_steps import MINDER_NAME, minder_card  # noqa: F401

pytestmark = pytest.mark.gui

WAIT = 30_000


def test_the_word_list_finds_danish_and_passes_english():
    assert danish_words("Gem ændringer og luk") == ["Gem", "ændringer", "og", "luk"]
    assert danish_words("Save the observation for the child's status plan") == []
    content = UserContent.of({"Maja Ølgaard", "Vi gik en tur i skoven og så på fugle i dag."})
    assert content.without("Maja Ølgaard, 3 yr").strip(" ,") == "3 yr"
    assert danish_words(content.without("Vi gik en tur i skoven og så på fugle…")) == []
    assert danish_words(content.without("Barnet: Maja Ølgaard")) == ["Barnet"]


def test_consent_categories_sections_and_agendas_have_english_names(english):
    """The names domain/ keeps in Danish, shown through gui/document_labels.py."""
    danish_and_shown = [(c.label, category_label(c.code)) for c in consent_scope.CATEGORIES]
    danish_and_shown += [(c.description, category_description(c.code))
                         for c in consent_scope.CATEGORIES]
    danish_and_shown += [(s.title, section_title(s.code)) for s in transition.SECTIONS]
    danish_and_shown += [(s.hint, section_hint(s.code)) for s in transition.SECTIONS]
    danish_and_shown += [pair for kind in MeetingKind for pair in
                         zip(agendas.default_agenda(kind), default_agenda(kind)) if pair[0] != "Status"]
    untranslated = sorted({danish for danish, shown in danish_and_shown if shown == danish})
    assert len(danish_and_shown) > 40
    assert untranslated == [], "add to gui/document_labels.py and translate: " + repr(untranslated)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """The demo as the accessibility walk opens its dialogs, and the strings its users
    typed."""
    data_dir = tmp_path_factory.mktemp("english-demo") / "data"
    content = install_demo_with_uncategorised_consent(
        data_dir, lambda ctx: UserContent.from_database(ctx.db))
    return data_dir, content


@pytest.fixture
def english(qapp, monkeypatch, tmp_path):
    """English chosen, as the program reads it at start; Danish again afterwards."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(translation, "language_settings", lambda: store)
    store.setValue(translation.SETTINGS_KEY, translation.ENGLISH)
    translation.install_translators(qapp)
    yield
    translation.remove_translators(qapp)


class Walk:
    """Collects the texts of the screens met."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window
        self.seen: list[tuple[str, str]] = []
        self.screens = 0

    def look(self, root, screen: str) -> None:
        if self.window is not None:
            wait_idle(self.qtbot, self.window.gui)
        QApplication.processEvents()
        self.screens += 1
        self.seen.extend(visible_texts(root, screen))

    def pages(self) -> None:
        navigation = self.window.navigation
        for number, name in enumerate(PAGE_NAMES):
            if navigation.item(number).isHidden():
                continue
            click_navigation(self.qtbot, self.window, name)
            self.look(self.window, name)
            self.tabs(self.window.pages[name], name)

    def tabs(self, page, screen: str) -> None:
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            bar = tabs.tabBar()
            for index in range(tabs.count()):
                if not tabs.isVisible() or not bar.isTabVisible(index):
                    continue
                self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                                      pos=bar.tabRect(index).center())
                self.look(self.window, f"{screen}/{bar.tabText(index).replace('&', '')}")

    def password_hint(self) -> None:
        """Indstillinger: a new password typed, too short: the hint under it, live."""
        click_navigation(self.qtbot, self.window, "Indstillinger")
        fields = next(f for f in self.window.findChildren(NewPasswordFields) if f.isVisible())
        fields.password.setFocus()
        self.qtbot.keyClicks(fields.password, "kort")
        self.qtbot.waitUntil(lambda: fields.reason.text() != "", timeout=WAIT)
        self.look(fields, "Indstillinger/new password")
        fields.password.clear()

    def child_tabs(self) -> None:
        detail = child_page(self.qtbot, self.window)
        for index in range(detail.tabs.count()):
            click_child_tab(self.qtbot, detail, index)
            self.look(self.window, f"Child/{detail.tabs.tabText(index).replace('&', '')}")

    def dialogs(self, dialogs) -> list[str]:
        unopened = []
        for screen, opener in dialogs:
            try:
                dialog = open_dialog(self.qtbot, opener(self.qtbot, self.window))
            except (AssertionError, self.qtbot.TimeoutError) as exc:
                unopened.append(f"{screen}: {exc}")
                continue
            try:
                self.look(dialog, screen)
                self.look(self.window, f"{screen} (main window)")
            finally:
                close_dialog(self.qtbot, dialog, self.window.gui)
        return unopened


def open_dialog(qtbot, press) -> QDialog:
    before = set(QApplication.topLevelWidgets())

    def shown():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and w not in before]
    press()
    qtbot.waitUntil(lambda: len(shown()) > 0, timeout=WAIT)
    return shown()[0]


def close_dialog(qtbot, dialog: QDialog, gui) -> None:
    wait_idle(qtbot, gui)
    if hasattr(dialog, "close_discarding"):
        dialog.close_discarding()
    else:
        dialog.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def verdict(walk: Walk, content: UserContent, unopened: list[str]) -> None:
    found = findings(walk.seen, content)
    words = sorted({f.word.lower() for f in found})
    report = "\n".join(str(f) for f in found)
    assert not unopened, "dialogs not opened:\n" + "\n".join(unopened)
    assert not found, (f"{len(found)} Danish words ({len(words)} different) in the English "
                       f"interface:\n{report}\n{' '.join(words)}")


@pytest.mark.parametrize("username", (DEMO_USERNAME, OFFICE_USERNAME, CHILDMINDER_USERNAME),
                         ids=("consultant", "office", "childminder"))
def test_the_english_interface_shows_no_danish_words(qtbot, controller, demo_template,
                                                     tmp_path, english, username,
                                                     minder_card):  # noqa: F811
    template, content = demo_template
    if username == OFFICE_USERNAME:  # the device name on the card, as the other laptop wrote it
        content = content.plus({f"{MINDER_NAME} ({UserRole.CHILDMINDER.label})"})
    shutil.copytree(template, tmp_path / "demo")
    ctl = controller(Installation(data_dir=tmp_path / "demo"))
    ctl.start()
    qtbot.waitUntil(lambda: ctl.login_dialog is not None and ctl.login_dialog.isVisible(),
                    timeout=WAIT)
    login = Walk(qtbot, None)
    login.look(ctl.login_dialog, "Login")
    window = log_in(qtbot, ctl, username, DEMO_PASSWORD)
    walk = Walk(qtbot, window)
    walk.seen.extend(login.seen)

    walk.pages()
    walk.password_hint()
    walk.child_tabs()
    dialogs = {DEMO_USERNAME: DIALOGS, OFFICE_USERNAME: office_dialogs(minder_card),
               CHILDMINDER_USERNAME: CHILDMINDER_DIALOGS}[username]
    unopened = walk.dialogs(dialogs)

    assert walk.screens > len(dialogs) + 8  # the walk did meet the screens
    assert len(walk.seen) > 500
    verdict(walk, content, unopened)
