"""Kind of data and health flag of an item that can leave the team, beside its immigration-office mark.

The disclosure rule (``recipients.verdict``) gives an office only what its release covers: the
kind of data (the consent vocabulary) and, for health data (Art. 9 GDPR), a release covering
health data. A combo and a checkbox, proposed from the subject or category, editable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from kimdesk.services.releases import consents, content_marks


class DisclosureFields(QWidget):
    """``kind`` (a data kind or none) and ``health``; ``changed`` fires on a change by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("dataKind")
        # narrow on small screens: the list opens wide enough anyway
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)
        self.kind.addItem(self.tr("– ohne bestimmte Art –"), None)
        for value in consents.DATA_KINDS:
            self.kind.addItem(consents.kind_label(value), value)
        self.kind.setToolTip(self.tr("Welche Art von Daten: nur Stellen, deren Schweigepflichtentbindung diese Art "
                                     "umfasst, erhalten den Inhalt (§ 67b SGB X). Ohne bestimmte Art nur Stellen "
                                     "mit einer Entbindung ohne Beschränkung auf Arten."))
        self.health = QCheckBox(self.tr("Gesundheitsdaten"), self)
        self.health.setObjectName("healthData")
        self.health.setToolTip(self.tr("Gesundheitsdaten (Art. 9 DSGVO) erhalten nur Stellen mit einer Entbindung "
                                       "für Gesundheitsdaten."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.health)
        self._setting = False
        self.kind.activated.connect(lambda _i: self._user_changed())
        self.health.clicked.connect(lambda _c: self._user_changed())
        self.touched = False  # the user chose; proposals no longer overwrite

    def _user_changed(self) -> None:
        if not self._setting:
            self.touched = True
            self.changed.emit()

    def set_values(self, kind: str | None, health: bool) -> None:
        self._setting = True
        try:
            index = self.kind.findData(kind)
            self.kind.setCurrentIndex(index if index >= 0 else 0)
            self.health.setChecked(bool(health))
        finally:
            self._setting = False

    def propose(self, text: str) -> None:
        """The app's proposal for a subject or category, unless the user chose already."""
        if not self.touched:
            self.set_values(*content_marks.item_defaults(text))

    def values(self) -> dict[str, Any]:
        return {"data_kind": self.kind.currentData(), "health": self.health.isChecked()}
