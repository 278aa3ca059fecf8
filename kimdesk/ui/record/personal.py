"""Personal data of a record: edited in place, checked as typed, saved through the service."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.models.fields import CLIENT
from kimdesk.services.clients_intake import bamf_decisions, catalogue, clients, record
from kimdesk.ui.fields import BoundField, FieldSpec, registry_choices, registry_spec, shown, typed
from kimdesk.ui.widgets import show_message


def gender_choices() -> list[tuple[str, str]]:
    """The registry's closed list of genders, each named in the current language, "keine Angabe" first."""
    labels = {"weiblich": translate("PersonalTab", "weiblich"), "männlich": translate("PersonalTab", "männlich"),
              "divers": translate("PersonalTab", "divers")}
    return registry_choices(CLIENT, "gender", labels, translate("PersonalTab", "keine Angabe"))


def personal_fields() -> tuple[list[FieldSpec], list[FieldSpec]]:
    """The personal tab's two columns; label, maximum length and closed lists from the field registry."""
    vocab = catalogue.vocabulary
    bamf_labels = dict(bamf_decisions.options())

    def spec(name: str, kind: str = "text", options=(), **kw) -> FieldSpec:
        return registry_spec(CLIENT, name, kind, options, **kw)

    left = [
        spec("given_name"),
        spec("family_name"),
        spec("native_name"),
        spec("birth_date", "partial"),
        spec("gender", "choice", gender_choices()),
        spec("nationality"),
        spec("languages", "list", placeholder=translate("PersonalTab", "z. B. Arabisch, Deutsch")),
        spec("interpreter_needed", "bool"),
        spec("interpreter_language", "combo", vocab("languages")),
    ]
    right = [
        spec("residence_status", "combo", vocab("residence_status")),
        spec("residence_paragraph", "combo", vocab("residence_paragraph")),
        spec("residence_valid_until", "date"),
        # what the legal rules need (finder: § 1 Abs. 1 Nr. 3 c AsylbLG; follow-ups: §§ 74, 36 AsylG, § 12a AufenthG)
        spec("suspended_since", "date"),
        spec("bamf_decision", "choice", registry_choices(CLIENT, "bamf_decision", bamf_labels, bamf_labels[""])),
        spec("bamf_decision_on", "date"),
        spec("municipality", "combo", catalogue.municipalities()),
        spec("residence_rule_place", "combo", catalogue.municipalities()),
        spec("residence_rule_until", "date"),
        spec("address"),
        spec("phone"),
        spec("email"),
        spec("case_manager"),
    ]  # opening, closing and reopening the case: the "Fallverlauf" tab (case_cycle), dated and with a reason
    return left, right


class PersonalTab(QWidget):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.loaded: dict[str, Any] = {}
        self.fields: dict[str, BoundField] = {}
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        for column, specs in enumerate(personal_fields()):
            form = QFormLayout()
            for spec in specs:
                field = BoundField(spec, self, self._changed)
                self.fields[spec.key] = field
                if spec.kind == "bool":
                    form.addRow("", field.widget)
                else:
                    form.addRow(spec.label, field.widget)
                form.addRow("", field.message)
            grid.addLayout(form, 0, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        bar = QHBoxLayout()
        self.unsaved = QLabel(self.tr("Ungespeicherte Änderungen"), self)
        self.unsaved.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.unsaved.setVisible(False)
        self.form_message = QLabel(self)
        self.form_message.setStyleSheet("color: #b00020;")
        self.revert_button = QPushButton(self.tr("Änderungen verwerfen"), self)
        self.save_button = QPushButton(self.tr("Speichern"), self)
        self.save_button.setObjectName("savePersonal")
        self.save_button.setShortcut("Ctrl+S")
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.unsaved)
        bar.addWidget(self.form_message, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self._update_state()

    # -- showing -----------------------------------------------------------------------------
    def show_record(self, rec: record.Record) -> None:
        """Show stored values; fields with unsaved edits keep what was typed."""
        draft, before = self.draft(), self.loaded
        self.loaded = {key: shown(f.spec, rec.client.get(key)) for key, f in self.fields.items()}
        for key, field in self.fields.items():
            field.set(self.loaded[key])
            # typed over a value that has changed beneath (another laptop, a sync): say so
            beneath = bool(before) and key in draft and before.get(key) != self.loaded[key]
            field.widget.setProperty("changedBeneath", beneath)
            field.widget.setToolTip(self.tr("Inzwischen anderswo geändert: {value}").format(
                value=self.loaded[key]) if beneath else "")
            field.widget.setStyleSheet("border: 2px solid #e6a700;" if beneath else "")
        self.apply_draft(draft)

    def draft(self) -> dict[str, Any]:
        """Fields whose text differs from what is stored (kept in memory across a lock)."""
        if not self.loaded:
            return {}
        return {k: f.get() for k, f in self.fields.items() if f.get() != self.loaded.get(k)}

    def apply_draft(self, draft: dict[str, Any]) -> None:
        for key, value in draft.items():
            if key in self.fields:
                self.fields[key].set(value)
        for key in self.fields:
            self._check(key)
        self._update_state()

    def has_unsaved(self) -> bool:
        return bool(self.draft())

    def save_unsaved(self) -> None:
        self.save()

    # -- checking ----------------------------------------------------------------------------
    def _changed(self, key: str) -> None:
        self._check(key)
        if key in ("given_name", "family_name"):
            self._check("given_name" if key == "family_name" else "family_name")
        if key == "interpreter_needed":
            self._check("interpreter_language")
        self._update_state()

    def _check(self, key: str) -> str | None:
        field = self.fields[key]
        value = typed(field.spec, field.get())
        message = None
        try:
            clients.CLIENT_FIELDS[key](value)
            if key in ("given_name", "family_name"):
                clients.require_name({k: typed(self.fields[k].spec, self.fields[k].get())
                                      for k in ("given_name", "family_name")})
        except ValidationError as exc:
            message = str(exc)
        show_message(field.message, message)
        return message

    def errors(self) -> dict[str, str]:
        return {k: m for k in self.fields if (m := self._check(k))}

    def _update_state(self) -> None:
        dirty = self.has_unsaved()
        self.unsaved.setVisible(dirty)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.view.tab_dirty(self, dirty)

    # -- saving ------------------------------------------------------------------------------
    def revert(self) -> None:
        for key, field in self.fields.items():
            field.set(self.loaded.get(key, ""))
        for key in self.fields:
            self._check(key)
        self.form_message.clear()
        self._update_state()

    def save(self) -> None:
        problems = self.errors()
        if problems:
            self.form_message.setText(self.tr("Bitte zuerst die markierten Angaben korrigieren."))
            return
        self.form_message.clear()
        changed = {k: typed(self.fields[k].spec, v) for k, v in self.draft().items()}
        if not changed:
            return
        store, client_id = self.view.store, self.view.client_id

        def saved(_edit) -> None:
            # what was saved is now the stored state; the reload shows it
            for key in changed:
                self.loaded[key] = self.fields[key].get()
            self._update_state()

        self.view.run_edit(lambda: record.update_client(store, client_id, changed), on_done=saved,
                           on_error=lambda exc: self.form_message.setText(str(exc)))
