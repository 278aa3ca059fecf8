"""The record form and the intake wizard read each person field's label, length and choices from the registry."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from kimdesk.i18n import translate
from kimdesk.models import fields
from kimdesk.services.clients_intake import clients


def _shown_label(tab: QWidget, widget: QWidget) -> str:
    """What the form shows beside a widget: a check box's own text, else its form row's label."""
    if isinstance(widget, QCheckBox):
        return widget.text()
    return next(label.text() for label in tab.findChildren(QLabel) if label.buddy() is widget)


def _relabel(monkeypatch, entity: fields.Entity, name: str, label: str) -> None:
    """Change one field's label in the registry itself (restored after the test)."""
    changed = tuple(dataclasses.replace(f, label=label) if f.name == name else f for f in entity.fields)
    monkeypatch.setitem(vars(entity), "fields", changed)


def test_every_field_of_the_personal_tab_shows_the_registry_label(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    tab = window.open_client(cid).personal
    assert set(tab.fields) <= {f.name for f in fields.CLIENT.fields}
    for name, bound in tab.fields.items():
        declared = fields.CLIENT.field(name)
        assert declared.label, name
        assert _shown_label(tab, bound.widget) == translate("Fields", declared.label), name


def test_the_personal_tab_takes_max_length_and_closed_lists_from_the_registry(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    tab = window.open_client(cid).personal
    limited = [n for n, b in tab.fields.items() if b.spec.kind == "text" and fields.CLIENT.field(n).max_len]
    assert "address" in limited
    for name in limited:
        assert tab.fields[name].widget.maxLength() == fields.CLIENT.field(name).max_len, name
    language = tab.fields["interpreter_language"].widget
    assert language.lineEdit().maxLength() == fields.CLIENT.field("interpreter_language").max_len
    for name in ("gender", "bamf_decision"):
        combo: QComboBox = tab.fields[name].widget
        assert [combo.itemData(i) for i in range(combo.count())] == ["", *fields.CLIENT.field(name).choices], name


def test_changing_a_registry_label_changes_the_forms(qtbot, window, store, monkeypatch):
    _relabel(monkeypatch, fields.CLIENT, "residence_rule_place", "Wohnsitzauflage: Ort")
    _relabel(monkeypatch, fields.CLIENT, "interpreter_needed", "Dolmetschung nötig")
    _relabel(monkeypatch, fields.HOUSEHOLD_MEMBER, "relation", "Verhältnis")
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    view = window.open_client(cid)
    tab = view.personal
    assert _shown_label(tab, tab.fields["residence_rule_place"].widget) == "Wohnsitzauflage: Ort"
    assert _shown_label(tab, tab.fields["interpreter_needed"].widget) == "Dolmetschung nötig"
    model = view.household.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "Verhältnis" in headers and "Beziehung" not in headers

    intake = window.new_intake()
    assert intake.pages["languages"].fields["interpreter_needed"].widget.text() == "Dolmetschung nötig"
    members = intake.pages["household"].rows.fields
    assert [f.label for f in members if f.key == "relation"] == ["Verhältnis"]


def test_the_intake_person_page_reads_the_registry(qtbot, window):
    person = window.new_intake().pages["person"]
    for name, bound in person.fields.items():
        declared = fields.CLIENT.field(name)
        assert _shown_label(person, bound.widget).startswith(translate("Fields", declared.label)), name
        if bound.spec.kind == "text" and declared.max_len:
            assert isinstance(bound.widget, QLineEdit) and bound.widget.maxLength() == declared.max_len
    gender: QComboBox = person.fields["gender"].widget
    assert [gender.itemData(i) for i in range(gender.count())] == ["", *fields.GENDERS]
