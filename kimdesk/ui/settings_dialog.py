"""The settings dialog, built from the declared options (nothing here names a key).

Reading and saving run on the database worker (``runner.op``); the form is built once the
values are there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from kimdesk.services.admin import settings
from kimdesk.store import policy
from kimdesk.store.store import Store
from kimdesk.ui.runner import op
from kimdesk.ui.widgets import message_label


class SettingsDialog(QDialog):
    saved = Signal(dict)  # the options that changed, with their new values

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setObjectName("settingsDialog")
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.values: dict[str, Any] = {}
        self.editors: dict[str, Any] = {}
        layout.addLayout(self.form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        op(self, lambda: settings.values(store), on_done=self._build, message=self.message, label="settings")

    def _build(self, values: dict[str, Any]) -> None:
        self.values = values
        for option in settings.OPTIONS:
            editor = self._editor(option, self.values[option.key])
            editor.setObjectName(option.key)
            if option.help is not None:
                editor.setToolTip(option.help())
            if option.locked:  # preset by IT in the machine's policy file: shown, not editable
                editor.setEnabled(False)
                editor.setToolTip(self.tr("Von der IT für diesen Rechner festgelegt ({path}).").format(
                    path=policy.current().path))
            self.form.addRow(option.title(), editor)
            self.editors[option.key] = editor

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
        if not self.editors:
            return  # still reading the values
        changed = {k: v for k, v in self.current().items()
                   if v != self.values[k] and not settings.BY_KEY[k].locked}
        store = self.store

        def done(cleaned: dict[str, Any]) -> None:
            self.accept()
            if cleaned:
                self.saved.emit(cleaned)

        op(self, lambda: settings.save(store, changed), on_done=done, message=self.message, label="settings")
