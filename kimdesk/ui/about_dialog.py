"""„Über KIMdesk“: version, Qt version, the libraries and their licences, where data lives."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.admin import about
from kimdesk.ui.widgets import fit_to_screen


class AboutDialog(QDialog):
    def __init__(self, profile=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Über KIMdesk"))
        fit_to_screen(self, 640, 560, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr(
            "<h2>KIMdesk {version}</h2><p>Fallmanagement für das Kommunale Integrationsmanagement (KIM) in NRW – "
            "offline, verschlüsselt, im Team abgeglichen.</p><p>Lizenz: {licence}. Qt {qt}, PySide6 {pyside}.</p>")
            .format(version=about.version(), licence=about.LICENCE, qt=qVersion(), pyside=pyside_version), self)
        self.heading.setObjectName("aboutHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("<b>Verwendete Bibliotheken</b>"), self))
        libs = about.libraries()
        self.libraries = QTableWidget(len(libs), 4, self)
        self.libraries.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
        self.libraries.setObjectName("aboutLibraries")
        self.libraries.setHorizontalHeaderLabels([self.tr("Bibliothek"), self.tr("Version"), self.tr("Lizenz"),
                                                  self.tr("wofür")])
        for i, lib in enumerate(libs):
            for j, value in enumerate((lib.name, lib.version, lib.licence, lib.purpose)):
                self.libraries.setItem(i, j, QTableWidgetItem(value))
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.libraries.verticalHeader().setVisible(False)
        self.libraries.resizeColumnsToContents()
        self.libraries.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.libraries, 1)
        if profile is not None:
            rows = "".join(f"<tr><td>{html.escape(p.what)}:&nbsp;</td><td><tt>{html.escape(p.where)}</tt></td></tr>"
                           for p in about.places(profile))
            self.places = QLabel(self.tr("<b>Wo die Daten liegen</b>") + f"<table>{rows}</table>", self)
            self.places.setObjectName("aboutPlaces")
            self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.places.setWordWrap(True)
            layout.addWidget(self.places)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
