"""Form fields that map a widget to a service field: text in, text out, checked as you type.

A ``FieldSpec`` says how a stored value is shown (dates as TT.MM.JJJJ, partial birth dates
as 03.1990, lists as "Arabisch, Deutsch") and which widget edits it. Forms keep the text as
typed, so a value that does not validate stays on screen with its message beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from kimdesk.i18n import translate
from kimdesk.models import partial_date
from kimdesk.models.fields import Entity
from kimdesk.services.clients_intake import catalogue
from kimdesk.ui.widgets import message_label


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = "text"  # text / date / partial / list / bool / combo (editable) / choice (closed list)
    options: Sequence[Any] = ()  # combo: strings; choice: (value, label) pairs
    placeholder: str = ""
    max_len: int | None = None  # typed text longer than this is not taken (text and combo)


def registry_label(entity: Entity, name: str) -> str:
    """The field's one wording (kimdesk.models.fields), in the current language."""
    return translate("Fields", entity.field(name).label or name)


def registry_spec(entity: Entity, name: str, kind: str = "text", options: Sequence[Any] = (), *,
                  placeholder: str = "", suffix: str = "") -> FieldSpec:
    """A form field as the registry declares it: its label and, for typed text, its maximum length."""
    max_len = entity.field(name).max_len if kind in ("text", "combo") else None
    return FieldSpec(name, registry_label(entity, name) + suffix, kind, options, placeholder, max_len)


def registry_choices(entity: Entity, name: str, labels: dict[str, str], blank: str | None = None
                     ) -> list[tuple[str, str]]:
    """(value, label) pairs of the field's closed list, in the registry's order; ``blank``: the empty choice."""
    pairs = [(value, labels.get(value, value)) for value in entity.field(name).choices or ()]
    return ([("", blank)] if blank is not None else []) + pairs


def shown(spec: FieldSpec, value: Any) -> Any:
    """The stored value as the widget shows it."""
    if spec.kind == "bool":
        return bool(value)
    if value is None:
        return ""
    if spec.kind == "date" and isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if spec.kind == "partial":
        return partial_date.display(value)
    if spec.kind == "list":  # languages: each named in the current language
        return ", ".join(catalogue.shown(v) for v in value or [])
    return str(value)


def typed(spec: FieldSpec, text: Any) -> Any:
    """What the widget holds, as the service expects it (still unvalidated)."""
    if spec.kind == "bool":
        return bool(text)
    if spec.kind == "list":
        return [catalogue.stored(p) for p in str(text).split(",") if p.strip()]
    if isinstance(text, str) and not text.strip():
        return None
    return text


def fill_values(combo: QComboBox, values: Sequence[Any], *, blank: bool = True) -> None:
    """An editable list of catalogue values: each shown in the current language, stored as it is."""
    if blank:
        combo.addItem("", "")
    for value in values:
        combo.addItem(catalogue.shown(value), value)


def combo_value(combo: QComboBox) -> str:
    """The stored value of what the combo shows: a listed name gives its value, typed text itself."""
    text = combo.currentText()
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    data = combo.itemData(index) if index >= 0 else None
    return data if isinstance(data, str) else text


def set_combo_value(combo: QComboBox, value: Any) -> None:
    text = "" if value is None else str(value)
    index = combo.findData(text)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(text)


class BoundField:
    """One widget, its message line and its spec."""

    def __init__(self, spec: FieldSpec, parent: QWidget, on_change: Callable[[str], None]):
        self.spec = spec
        if spec.kind == "bool":
            self.widget: QWidget = QCheckBox(spec.label, parent)
            self.widget.toggled.connect(lambda _v: on_change(spec.key))
        elif spec.kind in ("combo", "choice"):
            combo = QComboBox(parent)
            combo.setEditable(spec.kind == "combo")
            if spec.kind == "choice":
                for value, label in spec.options:
                    combo.addItem(label, value)
                combo.currentIndexChanged.connect(lambda _i: on_change(spec.key))
            else:
                fill_values(combo, spec.options)
                if spec.max_len:
                    combo.lineEdit().setMaxLength(spec.max_len)
                combo.currentTextChanged.connect(lambda _t: on_change(spec.key))
            self.widget = combo
        else:
            edit = QLineEdit(parent)
            edit.setPlaceholderText(spec.placeholder or {
                "date": translate("Fields", "TT.MM.JJJJ"),
                "partial": translate("Fields", "JJJJ, MM.JJJJ oder TT.MM.JJJJ")}.get(spec.kind, ""))
            if spec.max_len and spec.kind == "text":
                edit.setMaxLength(spec.max_len)
            edit.textChanged.connect(lambda _t: on_change(spec.key))
            self.widget = edit
        self.widget.setObjectName(spec.key)
        self.message: QLabel = message_label(parent)

    def get(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData() if self.spec.kind == "choice" else combo_value(w)
        return w.text()

    def set(self, value: Any) -> None:
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            if self.spec.kind == "choice":
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                set_combo_value(w, value)
        else:
            w.setText(str(value))
        w.blockSignals(False)
