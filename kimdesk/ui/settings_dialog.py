"""The settings dialog, built from the declared options (nothing here names a key)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from kimdesk.errors import KimdeskError
from kimdesk.services import settings
from kimdesk.store import policy
from kimdesk.store.store import Store
from kimdesk.ui.widgets import message_label, show_message


class SettingsDialog(QDialog):
    saved = Signal(dict)  # the options that changed, with their new values

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setObjectName("settingsDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.values = settings.values(store)
        self.editors: dict[str, Any] = {}
        for option in settings.OPTIONS:
            editor = self._editor(option, self.values[option.key])
            editor.setObjectName(option.key)
            if option.help is not None:
                editor.setToolTip(option.help())
            if option.locked:  # preset by IT in the machine's policy file: shown, not editable
                editor.setEnabled(False)
                editor.setToolTip(self.tr("Von der IT für diesen Rechner festgelegt ({path}).").format(
                    path=policy.current().path))
            form.addRow(option.title(), editor)
            self.editors[option.key] = editor
        layout.addLayout(form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self, option: settings.Option, value: Any):
        if option.choices is not None:
            combo = QComboBox(self)
            for code, label in option.choices:
                combo.addItem(label(), code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if option.type is int:
            spin = QSpinBox(self)
            spin.setRange(option.minimum or 0, option.maximum or 1_000_000)
            spin.setValue(int(value))
            return spin
        edit = QLineEdit(self)
        edit.setText(str(value))
        return edit

    def current(self) -> dict[str, Any]:
        out = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            else:
                out[key] = editor.text()
        return out

    def save(self) -> None:
        changed = {k: v for k, v in self.current().items()
                   if v != self.values[k] and not settings.BY_KEY[k].locked}
        try:
            cleaned = settings.save(self.store, changed)
        except KimdeskError as exc:
            show_message(self.message, str(exc))
            return
        self.accept()
        if cleaned:
            self.saved.emit(cleaned)
