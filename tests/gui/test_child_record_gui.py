"""Completing and correcting a child's record by clicking and typing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton)

from dagpleje_desktop.gui.pages.child_detail import TAB_RECORD
from dagpleje_desktop.services.records import children

from child_page_support import (LISE_USERNAME, child_installation,  # noqa: F401
                                child_template, click_tab, open_child_page, wait)
from gui_support import PASSWORD, USERNAME, log_in

pytestmark = pytest.mark.gui

CLICK = Qt.MouseButton.LeftButton


def texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]


def start(qtbot, controller, installation):
    ctl = controller(installation)
    ctl.start()
    return log_in(qtbot, ctl)


def open_record(qtbot, window, name):
    detail = open_child_page(qtbot, window, name)
    click_tab(qtbot, detail, TAB_RECORD)
    return detail


def click(qtbot, parent, cls, name):
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    if isinstance(widget, QPushButton):
        qtbot.mouseClick(widget, CLICK)
    return widget


def retype(qtbot, parent, cls, name, text):
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)
    return widget


def choose(qtbot, parent, name, typed):
    """Pick a combo box entry by typing its first letters, as a keyboard user does."""
    combo = parent.findChild(QComboBox, name)
    assert combo is not None, name
    combo.setFocus()
    qtbot.keyClicks(combo, typed)
    return combo


def open_dialog(qtbot, detail, button_name):
    qtbot.mouseClick(detail.record_tab.findChild(QPushButton, button_name), CLICK)
    wait(qtbot, lambda: detail.record_dialog is not None and detail.record_dialog.isVisible())
    return detail.record_dialog


def save(qtbot, dialog, name="saveButton"):
    qtbot.mouseClick(dialog.findChild(QPushButton, name), CLICK)


def toddler_cpr(today: date) -> tuple[str, date]:
    born = date(today.year - 2, 3, 15)
    return f"{born:%d%m%y}-4321", born


def test_complete_details_and_add_a_guardian_with_custody(qtbot, controller,
                                                          gui_installation):
    window = start(qtbot, controller, gui_installation)
    detail = open_record(qtbot, window, "Emil")
    assert "Der er ikke registreret nogen forældre eller værger." in texts(detail.record_tab)
    dialog = open_dialog(qtbot, detail, "editChildDetails")

    # The CPR number tells its birth date and century while it is typed, and warns.
    retype(qtbot, dialog, QLineEdit, "cpr", "290224-1234")
    reading = dialog.findChild(QLabel, "cprReading")
    warning = dialog.findChild(QLabel, "cprWarning")
    assert "Født 29. februar 1924" in reading.text() and "1900-tallet" in reading.text()
    assert warning.isVisibleTo(dialog) and "0 til 6 år" in warning.text()
    cpr, born = toddler_cpr(gui_installation.login(USERNAME, PASSWORD).today())
    retype(qtbot, dialog, QLineEdit, "cpr", cpr)
    assert f"Født {born.day}. marts {born.year}" in reading.text()
    assert not warning.isVisibleTo(dialog)

    retype(qtbot, dialog, QLineEdit, "lastName", "Jensen Holm")
    choose(qtbot, dialog, "allergiesState", "Ja")
    retype(qtbot, dialog, QPlainTextEdit, "allergiesText", "Jordnødder")
    choose(qtbot, dialog, "allergySeverity", "Liv")
    choose(qtbot, dialog, "medicationState", "Ing")
    retype(qtbot, dialog, QPlainTextEdit, "whatWorks", "Bliver rolig med en sang")
    retype(qtbot, dialog, QLineEdit, "doctorName", "Lægerne i Vestergade")
    retype(qtbot, dialog, QLineEdit, "doctorPhone", "66 11 22 33")
    retype(qtbot, dialog, QPlainTextEdit, "collectors", "Mormor Inge")
    save(qtbot, dialog)
    wait(qtbot, lambda: not dialog.isVisible())

    record = detail.record_tab
    wait(qtbot, lambda: "Lægerne i Vestergade" in texts(record))
    assert detail.name_label.text() == "Emil Jensen Holm"
    shown = texts(record)
    assert "Mormor Inge" in shown and "Jordnødder" in shown
    assert record.findChild(QLabel, "health_medication").text() == "Ingen medicin"
    assert record.findChild(QLabel, "health_diagnoses").text() == "Ikke registreret"
    alert = detail.what_works.findChild(QLabel, "allergyAlertTitle")
    assert alert is not None and "ANAFYLAKSI" in alert.text()
    assert "Bliver rolig med en sang" in texts(detail.what_works)
    # Who changed a field, and when (from the audit log).
    assert any(t.startswith(f"ændret af {USERNAME}") for t in texts(record))

    # A guardian with custody, typed in.
    dialog = open_dialog(qtbot, detail, "addGuardian")
    retype(qtbot, dialog, QLineEdit, "guardianName", "Karin Holm")
    choose(qtbot, dialog, "guardianRelation", "Mor")
    custody = dialog.findChild(QCheckBox, "guardianCustody")
    qtbot.mouseClick(custody, CLICK, pos=QPoint(8, custody.height() // 2))
    assert custody.isChecked()
    retype(qtbot, dialog, QLineEdit, "guardianPhone", "21 22 23 24")
    retype(qtbot, dialog, QLineEdit, "guardianLanguage", "Dansk")
    save(qtbot, dialog)
    wait(qtbot, lambda: not dialog.isVisible())
    wait(qtbot, lambda: "Karin Holm" in texts(detail.record_tab))
    row = texts(detail.record_tab)
    assert "Mor" in row and "21 22 23 24" in row
    guardians_card = detail.record_tab.findChild(QFrame, "guardiansCard")
    assert "Ja" in texts(guardians_card)  # forældremyndighed

    # The children list shows the new name without a restart.
    page = window.pages["Børn"]
    qtbot.mouseClick(detail.back_button, CLICK)
    wait(qtbot, lambda: "Emil Jensen Holm" in [page.list_view.model.summary(r).name
                                               for r in range(page.list_view.model.rowCount())])


def test_an_implausible_age_is_not_saved_silently(qtbot, controller, gui_installation):
    window = start(qtbot, controller, gui_installation)
    detail = open_record(qtbot, window, "Emil")
    dialog = open_dialog(qtbot, detail, "editChildDetails")
    retype(qtbot, dialog, QLineEdit, "cpr", "290224-1234")
    save(qtbot, dialog)
    error = dialog.findChild(QLabel, "dialogError")
    wait(qtbot, lambda: "Tryk »Gem« igen" in error.text())
    assert dialog.isVisible() and dialog.findChild(QLineEdit, "cpr").text() == "290224-1234"
    save(qtbot, dialog)  # seen and confirmed: saved
    wait(qtbot, lambda: not dialog.isVisible())
    wait(qtbot, lambda: "Født 29. februar 1924" in texts(detail.record_tab)
         or "29. februar 1924" in texts(detail.record_tab))


def test_a_failed_save_keeps_the_dialog_and_the_text(qtbot, controller, gui_installation):
    window = start(qtbot, controller, gui_installation)
    detail = open_record(qtbot, window, "Emil")
    dialog = open_dialog(qtbot, detail, "addGuardian")
    retype(qtbot, dialog, QLineEdit, "guardianName", "Per Hansen")
    retype(qtbot, dialog, QLineEdit, "guardianEmail", "ikke en adresse")
    choose(qtbot, dialog, "guardianRelation", "Far")
    save(qtbot, dialog, "saveButton")
    error = dialog.findChild(QLabel, "dialogError")
    wait(qtbot, lambda: "E-mailadressen" in error.text())
    assert dialog.isVisible() and dialog.findChild(QLineEdit, "guardianName").text() == \
        "Per Hansen"
    session = gui_installation.login(USERNAME, PASSWORD)
    emil = next(c for c in children.list_children(session) if c.first_name == "Emil")
    assert children.get_child(session, emil.id).guardians == []


def test_health_three_states_on_screen(qtbot, controller, gui_installation):
    window = start(qtbot, controller, gui_installation)
    detail = open_record(qtbot, window, "Maja")
    record = detail.record_tab
    assert record.findChild(QLabel, "health_allergies").property("healthState") == "listed"
    detail = open_record(qtbot, window, "Emil")
    for field in ("allergies", "medication", "diagnoses"):
        value = detail.record_tab.findChild(QLabel, f"health_{field}")
        assert value.text() == "Ikke registreret" and value.property("healthState") == \
            "not_recorded"


def test_a_guardian_can_be_corrected_and_removed(qtbot, controller, gui_installation):
    window = start(qtbot, controller, gui_installation)
    detail = open_record(qtbot, window, "Maja")
    edit_buttons = [b for b in detail.record_tab.findChildren(QPushButton, "editGuardian")
                    if b.accessibleName() == "Ret Ahmed Nielsen"]
    qtbot.mouseClick(edit_buttons[0], CLICK)
    wait(qtbot, lambda: detail.record_dialog is not None and detail.record_dialog.isVisible())
    dialog = detail.record_dialog
    retype(qtbot, dialog, QLineEdit, "guardianOtherPhone", "30 40 50 60")
    save(qtbot, dialog)
    wait(qtbot, lambda: any("30 40 50 60" in t for t in texts(detail.record_tab)))

    remove = [b for b in detail.record_tab.findChildren(QPushButton, "removeGuardian")
              if b.accessibleName() == "Fjern Ahmed Nielsen"]
    qtbot.mouseClick(remove[0], CLICK)
    wait(qtbot, lambda: detail.record_dialog is not None and detail.record_dialog.isVisible()
         and detail.record_dialog.objectName() == "removeGuardianDialog")
    save(qtbot, detail.record_dialog, "removeButton")
    wait(qtbot, lambda: "Ahmed Nielsen" not in texts(detail.record_tab))


def test_the_childminder_completes_routines_and_who_may_collect(qtbot, controller,
                                                                 child_installation):
    installation, _seed = child_installation
    ctl = controller(installation)
    ctl.start()
    window = log_in(qtbot, ctl, LISE_USERNAME, PASSWORD)
    detail = open_record(qtbot, window, "Maja")
    assert detail.record_tab.findChild(QPushButton, "addGuardian") is None
    assert detail.record_tab.findChild(QPushButton, "removeGuardian") is None
    dialog = open_dialog(qtbot, detail, "editChildDetails")
    assert dialog.objectName() == "childCareDialog"
    assert dialog.findChild(QLineEdit, "cpr") is None
    retype(qtbot, dialog, QPlainTextEdit, "collectors", "Moster Lene")
    save(qtbot, dialog)
    wait(qtbot, lambda: "Moster Lene" in texts(detail.record_tab))
