"""Parts of the Synkronisering page: this device's card and the result of the last transfer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..dialogs.pairing import fingerprint_label
from ..domain_labels import label as domain_label
from ..messages import service_text
from ..style import points
from ..operations.sync import DeviceInfo, ExportResult, ImportReport
from ..widgets.text import card, clear_layout, label, section_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def count_text(count: int, one: str, many: str) -> str:
    """"1 konflikt" / "3 konflikter" (``many`` holds ``{count}``)."""
    return one if count == 1 else many.format(count=count)


def file_size(size: int) -> str:
    """Danish decimal comma: 812 byte, 12,4 kB, 3,1 MB."""
    if size < 1000:
        return _tr("{size} byte").format(size=size)
    value, unit = (size / 1000, "kB") if size < 1_000_000 else (size / 1_000_000, "MB")
    return f"{value:.1f}".replace(".", ",") + f" {unit}"


def import_summary(report: ImportReport) -> str:
    """"3 nye, 2 ændrede, 0 slettede, 1 konflikt"."""
    return ", ".join((
        _tr("{count} nye").format(count=report.new),
        _tr("{count} ændrede").format(count=report.updated),
        _tr("{count} slettede").format(count=report.deleted),
        count_text(report.conflicts, _tr("1 konflikt"), _tr("{count} konflikter"))))


def import_words(report: ImportReport) -> str:
    """In records and children ("2 børn, 1 ny observation"); counts of operations only
    when the package was too big to count records."""
    if not report.words:
        return import_summary(report)
    if report.words == "Ingen ændringer":
        return _tr("Intet nyt – din computer havde det hele i forvejen")
    return service_text(report.words)


def export_words(result: ExportResult) -> str:
    if not result.words:
        return count_text(result.operations, _tr("1 ændring"), _tr("{count} ændringer"))
    if result.words == "Ingen ændringer":
        return _tr("Ingen nye ændringer")
    return service_text(result.words)


def import_details(report: ImportReport) -> list[str]:
    """The rarer facts of an import, one sentence each (empty when there are none)."""
    lines = []
    if report.erased:
        lines.append(_tr("{count} poster er slettet helt efter et ønske om sletning (GDPR).")
                     .format(count=report.erased))
    if report.removed:
        lines.append(_tr("{count} poster om børn, der ikke længere hører til denne enhed, "
                         "er fjernet herfra.").format(count=report.removed))
    if report.held_back and not report.warnings:
        lines.append(_tr("{count} ændringer er holdt tilbage.").format(count=report.held_back))
    return lines


class ThisDeviceCard(QFrame):
    """Name, role and the fingerprint to read aloud; "Del enhedskort …"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName("thisDevice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(section_title(_tr("Denne enhed")))
        self.name = label("", object_name="thisDeviceName", selectable=True)
        self.name.setStyleSheet("font-weight: 600;")
        self.role = label("", "muted", object_name="thisDeviceRole")
        layout.addWidget(self.name)
        layout.addWidget(self.role)
        layout.addSpacing(4)
        layout.addWidget(label(_tr("Fingeraftryk"), "fieldLabel"))
        row = QHBoxLayout()
        row.setSpacing(16)
        self.fingerprint = fingerprint_label("", "thisDeviceFingerprint")
        row.addWidget(self.fingerprint)
        self.share_button = QPushButton(_tr("Del enhedskort …"))
        self.share_button.setObjectName("shareCard")
        self.share_button.setToolTip(_tr("Gem denne enheds kort som en fil, som den anden "
                                         "enhed kan parre med"))
        row.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(label(_tr(
            "Når en anden enhed parrer med dit enhedskort, læser du fingeraftrykket op i "
            "telefonen, så I kan se, at kortet er det rigtige."), "hint"))

    def show_device(self, me: DeviceInfo) -> None:
        self.name.setText(me.name)
        self.role.setText(_tr("{role} · ejer: {owner}").format(role=domain_label(me.role),
                                                                 owner=me.owner)
                          if me.owner else domain_label(me.role))
        self.fingerprint.setText(me.fingerprint)
        self.fingerprint.setAccessibleName(", ".join(me.fingerprint.split()))


class ResultPanel(QFrame):
    """What the last export or import did, or why it was refused; hidden until then."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncResult")
        self.setProperty("role", "card")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(18, 12, 18, 14)
        self.column.setSpacing(6)
        self.title = ""
        self.lines: list[str] = []
        self.is_error = False
        self.setVisible(False)

    def _show(self, title: str, lines: list[str], *, error: bool = False,
              emphasis: str = "") -> None:
        clear_layout(self.column)
        self.title, self.lines, self.is_error = title, lines, error
        heading = label(title, "error" if error else "", object_name="syncResultTitle")
        heading.setStyleSheet("font-weight: 600;")
        self.column.addWidget(heading)
        if emphasis:
            big = label(emphasis, object_name="syncResultSummary")
            big.setStyleSheet(f"font-size: {points(13)}; font-weight: 600;")
            self.column.addWidget(big)
        for text in lines:
            self.column.addWidget(label(text, "error" if error else "muted", selectable=True))
        self.setVisible(True)

    @property
    def summary(self) -> str:
        found = self.findChild(QWidget, "syncResultSummary")
        return found.text() if found is not None else ""

    def show_import(self, report: ImportReport) -> None:
        lines = import_details(report) + [service_text(w) for w in report.warnings]
        if report.conflicts:
            lines.append(_tr("Konflikterne står nederst på siden. Vælg, hvilken værdi der "
                             "skal gælde."))
        self._show(_tr("Pakken fra {sender} er indlæst").format(sender=report.sender_name),
                   lines, emphasis=import_words(report))

    def show_export(self, result: ExportResult, device_name: str) -> None:
        operations = export_words(result)
        lines = [_tr("Gemt som {path}").format(path=result.path),
                 _tr("Giv filen til {device} på USB-nøgle eller med sikker e-mail. Den kan "
                     "kun åbnes på den enhed.").format(device=device_name)]
        self._show(_tr("Pakken til {device} er gemt").format(device=device_name), lines,
                   emphasis=_tr("{operations}, {size}").format(operations=operations,
                                                               size=file_size(result.size)))

    def show_refusal(self, title: str, message: str) -> None:
        self._show(title, [message], error=True)

    def show_note(self, title: str, message: str) -> None:
        self._show(title, [message])


def section_card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame, layout = card()
    layout.addWidget(section_title(title))
    return frame, layout
