"""One Qt page per intake step. Pages render the wizard's data and hand every change back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.i18n import translate
from kimdesk.models import partial_date
from kimdesk.models.fields import CLIENT, HOUSEHOLD_MEMBER
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.clients_intake.intake import IntakeWizard
from kimdesk.ui.fields import BoundField, FieldSpec, registry_label, registry_spec
from kimdesk.ui.intake.rows import RowField, RowsEditor
from kimdesk.ui.record.household import relation_choices
from kimdesk.ui.record.personal import gender_choices

DATE_SAMPLE = "00.00.0000"  # the widest date a row field shows (digits are equally wide)


def optional() -> str:
    """What the wizard adds to the label of a field that may stay empty on first contact."""
    return translate("IntakePages", " (optional)")


class Page(QWidget):
    """A page of simple fields bound to the wizard's top-level values."""

    heading = ""
    explanation = ""

    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None):
        super().__init__(parent)
        self.wizard = wizard
        self.fields: dict[str, BoundField] = {}
        self.layout_ = QVBoxLayout(self)
        title = QLabel(f"<h3>{self.heading}</h3>", self)
        self.layout_.addWidget(title)
        if self.explanation:
            text = QLabel(self.explanation, self)
            text.setWordWrap(True)
            text.setStyleSheet("color: #444;")
            self.layout_.addWidget(text)

    def add_form(self, specs: list[FieldSpec]) -> QFormLayout:
        form = QFormLayout()
        for spec in specs:
            field = BoundField(spec, self, self._changed)
            self.fields[spec.key] = field
            form.addRow("" if spec.kind == "bool" else spec.label, field.widget)
            form.addRow("", field.message)
        self.layout_.addLayout(form)
        return form

    def _changed(self, key: str) -> None:
        field = self.fields[key]
        value = field.get()
        self.wizard.set(key, value)
        self.show_messages(only=(key,) + self.linked(key))

    def linked(self, key: str) -> tuple[str, ...]:
        return {"given_name": ("family_name",), "family_name": ("given_name",),
                "interpreter_needed": ("interpreter_language",)}.get(key, ())

    def show_messages(self, only: tuple[str, ...] | None = None) -> None:
        from kimdesk.ui.widgets import show_message

        for key, field in self.fields.items():
            if only is None or key in only:
                show_message(field.message, self.wizard.field_error(key))

    def refresh(self) -> None:
        """Show the wizard's data (after back, or a restore after unlocking)."""
        for key, field in self.fields.items():
            value = self.wizard.data[key]
            field.set(", ".join(value) if isinstance(value, list) else value)

    def focus_field(self, key: str | None) -> None:
        if key and key.split(".")[0] in self.fields:
            self.fields[key.split(".")[0]].widget.setFocus()


class PersonPage(Page):
    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None):
        self.heading = translate("IntakePages", "Wer ist die Person?")
        self.explanation = translate("IntakePages", "Namen so schreiben, wie sie in Dokumenten stehen; die Suche "
                                                    "findet auch andere Schreibweisen. Vom Geburtsdatum genügt, "
                                                    "was bekannt ist – auch nur das Jahr.")
        super().__init__(wizard, parent)
        self.add_form([
            registry_spec(CLIENT, "given_name"),
            registry_spec(CLIENT, "family_name"),
            registry_spec(CLIENT, "native_name", suffix=optional()),
            registry_spec(CLIENT, "birth_date", "partial"),
            registry_spec(CLIENT, "gender", "choice", gender_choices()),
            registry_spec(CLIENT, "nationality"),
            registry_spec(CLIENT, "phone"),
            registry_spec(CLIENT, "email"),
            registry_spec(CLIENT, "address"),
        ])
        self.layout_.addStretch(1)


class DuplicatesPage(Page):
    open_existing = Signal(str)

    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None):
        self.heading = translate("IntakePages", "Ist die Person schon bekannt?")
        self.explanation = translate("IntakePages", "Diese Akten sehen ähnlich aus (Name in anderer Schreibweise, "
                                                    "gleiches Geburtsjahr oder gleicher Haushalt). Bitte prüfen, "
                                                    "bevor eine zweite Akte entsteht.")
        super().__init__(wizard, parent)
        self.setObjectName("duplicatesPage")
        self.list = QListWidget(self)
        self.list.setObjectName("duplicateList")
        self.list.itemDoubleClicked.connect(lambda item: self.open_existing.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.layout_.addWidget(self.list, 1)
        self.open_button = QPushButton(translate("IntakePages", "Vorhandene Akte öffnen (statt neu anlegen)"), self)
        self.open_button.setObjectName("openExisting")
        self.open_button.clicked.connect(self._open)
        self.layout_.addWidget(self.open_button)
        self.layout_.addWidget(QLabel(translate("IntakePages", "Ist es eine andere Person, einfach mit „Weiter“ "
                                                               "fortfahren."), self))

    def refresh(self) -> None:
        reasons = {"name": translate("IntakePages", "ähnlicher Name"),
                   "birth_year": translate("IntakePages", "gleiches Geburtsjahr"),
                   "household": translate("IntakePages", "gleicher Haushalt")}
        self.list.clear()
        for m in self.wizard.matches:
            why = ", ".join(reasons.get(r, r) for r in m.reasons)
            text = (f"{m.family_name}, {m.given_name} · {partial_date.display(m.birth_date) or '–'} · "
                    f"{m.municipality or '–'} · {m.case_number}   ({why})")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_existing.emit(item.data(Qt.ItemDataRole.UserRole))


class RowsPage(Page):
    """A page of rows (household members, needs, consents) kept by a ``RowsEditor`` in ``self.rows``."""

    rows: RowsEditor

    def set_agencies(self, agencies: list[Any]) -> None:
        self.rows.set_agencies(agencies)

    def refresh(self) -> None:
        self.rows.rebuild()

    def show_messages(self, only: tuple[str, ...] | None = None) -> None:
        self.rows.show_all_messages()


class HouseholdPage(RowsPage):
    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None):
        self.heading = translate("IntakePages", "Wer lebt mit im Haushalt?")
        self.explanation = translate("IntakePages", "Kinder, Partner:in und andere Angehörige. Wer selbst eine "
                                                    "Akte braucht, wird danach eigens aufgenommen.")
        super().__init__(wizard, parent)
        self.rows = RowsEditor(wizard, "members", [
            RowField("given_name", registry_label(HOUSEHOLD_MEMBER, "given_name"), stretch=2),
            RowField("family_name", registry_label(HOUSEHOLD_MEMBER, "family_name"), stretch=2),
            RowField("birth_date", registry_label(HOUSEHOLD_MEMBER, "birth_date"), stretch=1,
                     placeholder=translate("IntakePages", "auch nur Jahr")),
            RowField("relation", registry_label(HOUSEHOLD_MEMBER, "relation"), "choice", relation_choices()),
        ], translate("IntakePages", "Haushaltsmitglied hinzufügen"), self)
        self.rows.set_empty_text(translate("IntakePages", "Noch niemand eingetragen – die Person lebt allein, "
                                                          "oder es ist nicht bekannt."))
        self.layout_.addWidget(self.rows, 1)


class LanguagesPage(Page):
    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None):
        self.heading = translate("IntakePages", "Sprachen und Dolmetschung")
        super().__init__(wizard, parent)
        self.list = QListWidget(self)
        self.list.setObjectName("languageList")
        for language in catalogue.vocabulary("languages"):
            item = QListWidgetItem(catalogue.shown(language), self.list)
            item.setData(Qt.ItemDataRole.UserRole, language)  # stored as the catalogue names it
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.setMaximumHeight(220)
        self.list.itemChanged.connect(lambda _item: self._languages())
        self.layout_.addWidget(QLabel(translate("IntakePages", "Welche Sprachen spricht die Person?"), self))
        self.layout_.addWidget(self.list)
        self.add_form([
            registry_spec(CLIENT, "interpreter_needed", "bool"),
            registry_spec(CLIENT, "interpreter_language", "combo", catalogue.vocabulary("languages")),
        ])
        self.layout_.addStretch(1)

    def _languages(self) -> None:
        chosen = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.wizard.set("languages", chosen)
        if len(chosen) == 1 and chosen[0] != "Deutsch" and not self.wizard.data["interpreter_language"]:
            self.fields["interpreter_language"].set(chosen[0])
            self.wizard.set("interpreter_language", chosen[0])

    def refresh(self) -> None:
        super().refresh()
        chosen = set(self.wizard.data["languages"])
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def set_languages(self, names: list[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in names
                               else Qt.CheckState.Unchecked)


class ResidencePage(Page):
    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None):
        self.heading = translate("IntakePages", "Aufenthalt und Wohnort")
        self.explanation = translate("IntakePages", "Der Aufenthaltsstatus und der Wohnort bestimmen, welche Stellen "
                                                    "zuständig sind.")
        super().__init__(wizard, parent)
        self.add_form([
            registry_spec(CLIENT, "residence_status", "combo", catalogue.vocabulary("residence_status")),
            registry_spec(CLIENT, "residence_paragraph", "combo", catalogue.vocabulary("residence_paragraph"),
                          suffix=optional()),
            registry_spec(CLIENT, "residence_valid_until", "date"),
            registry_spec(CLIENT, "municipality", "combo", catalogue.municipalities()),
            registry_spec(CLIENT, "case_manager"),
        ])
        self.layout_.addStretch(1)


class NeedsPage(RowsPage):
    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None, agencies: list[Any] | None = None):
        self.heading = translate("IntakePages", "Bedarfe")
        self.explanation = translate("IntakePages", "Worum geht es? Für jeden Bedarf schlägt KIMdesk die zuständige "
                                                    "Stelle vor (nach Aufenthaltsstatus, Alter und Wohnort); der "
                                                    "Vorschlag lässt sich ändern.")
        super().__init__(wizard, parent)
        self.proposals: list[QLabel] = []
        self.rows = RowsEditor(wizard, "needs", [
            RowField("category", translate("IntakePages", "Bedarf"), "combo", catalogue.need_categories(), 2),
            RowField("description", translate("IntakePages", "Beschreibung"), stretch=3),
            RowField("agency_id", translate("IntakePages", "Stelle anfragen"), "agency", stretch=3,
                     placeholder=translate("IntakePages", "noch keine Stelle")),
        ], translate("IntakePages", "Bedarf hinzufügen"), self, agencies=agencies or [], extra=self._proposal_cell)
        self.rows.changed = self._row_changed
        self.rows.set_empty_text(translate("IntakePages", "Noch kein Bedarf eingetragen."))
        self.layout_.addWidget(self.rows, 1)

    def _proposal_cell(self, index: int, grid: QGridLayout, row: int) -> None:
        label = QLabel(self.rows.grid_host)
        label.setWordWrap(True)
        label.setStyleSheet("color: #1b5e20;")
        label.setObjectName(f"needs_{index}_proposal")
        grid.addWidget(label, row, 0, 1, 4)
        if index == 0:
            self.proposals = []
        self.proposals.append(label)
        self._propose(index)

    def _row_changed(self, index: int, key: str) -> None:
        if key == "category":
            self._propose(index, take=True)

    def _propose(self, index: int, take: bool = False) -> None:
        if index >= len(self.proposals):
            return
        proposal = self.wizard.proposal(index, read=False)  # the offices come from the view, read on the worker
        label = self.proposals[index]
        if proposal is None or not proposal.agency_id:
            label.setText("")
            return
        label.setText(translate("IntakePages", "Vorschlag: {agency} – {why}").format(
            agency=proposal.agency_name, why=proposal.explanation))
        if take and not self.wizard.data["needs"][index]["agency_id"]:
            combo = self.rows.widgets[index]["agency_id"]
            combo.set_agency_id(proposal.agency_id)


class ConsentsPage(RowsPage):
    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None, agencies: list[Any] | None = None):
        self.heading = translate("IntakePages", "Einwilligungen (Schweigepflichtentbindung)")
        self.explanation = translate("IntakePages", "Welche Stellen dürfen Auskunft erhalten und geben? Nur was "
                                                    "die Person schriftlich, elektronisch oder mündlich "
                                                    "(dokumentiert) erteilt hat.")
        super().__init__(wizard, parent)
        forms = (("written", translate("IntakePages", "schriftlich")),
                 ("electronic", translate("IntakePages", "elektronisch")),
                 ("oral", translate("IntakePages", "mündlich")))
        self.rows = RowsEditor(wizard, "consents", [
            RowField("agency_id", translate("IntakePages", "Stelle"), "agency", stretch=3,
                     placeholder=translate("IntakePages", "bitte wählen")),
            RowField("recipient_person", translate("IntakePages", "Person/Funktion"), stretch=2),
            RowField("form", translate("IntakePages", "Form"), "choice", forms),
            RowField("given_on", translate("IntakePages", "erteilt am"), sample=DATE_SAMPLE),
            RowField("expires_on", translate("IntakePages", "gültig bis"),
                     placeholder=translate("IntakePages", "unbefristet"), sample=DATE_SAMPLE),
            # soft hyphens: the heading may break inside the long word over its narrow check box column
            RowField("covers_health", translate("IntakePages", "mit Gesund\u00adheits\u00addaten"), "bool"),
        ], translate("IntakePages", "Einwilligung hinzufügen"), self, agencies=agencies or [])
        self.rows.set_empty_text(translate("IntakePages", "Noch keine Einwilligung eingetragen."))
        self.layout_.addWidget(self.rows, 1)


class SummaryPage(Page):
    def __init__(self, wizard: IntakeWizard, parent: QWidget | None = None):
        self.heading = translate("IntakePages", "Zusammenfassung")
        self.explanation = translate("IntakePages", "Bitte prüfen. „Person anlegen“ speichert alles auf einmal.")
        super().__init__(wizard, parent)
        self.text = QLabel(self)
        self.text.setObjectName("intakeSummary")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(self.text, 1)
        self.names: dict[str, str] = {}

    def set_agencies(self, agencies: list[Any]) -> None:
        self.names = {a.id: a.name for a in agencies}

    def refresh(self) -> None:
        d = self.wizard.data

        def esc(x: Any) -> str:
            return str(x or "–").replace("&", "&amp;").replace("<", "&lt;")

        genders = {"weiblich": translate("IntakePages", "weiblich"), "männlich": translate("IntakePages", "männlich"),
                   "divers": translate("IntakePages", "divers")}
        relations = dict(relation_choices())
        forms = {"written": translate("IntakePages", "schriftlich"),
                 "electronic": translate("IntakePages", "elektronisch"), "oral": translate("IntakePages", "mündlich")}

        def joined(*parts: Any, sep: str = ", ") -> str:
            return sep.join(str(p) for p in parts if p)

        def member(m: dict[str, Any]) -> str:
            return joined(f"{m['given_name']} {m['family_name']}".strip(), m["birth_date"],
                          relations.get(m["relation"], m["relation"]))

        def need(n: dict[str, Any]) -> str:
            text = joined(n["category"], n["description"], sep=": ")
            return text + (f" → {self.names.get(n['agency_id'], '')}" if n["agency_id"] else "")

        def consent(c: dict[str, Any]) -> str:
            until = c["expires_on"] or translate("IntakePages", "unbefristet")
            return joined(self.names.get(c["agency_id"], "?"), c["recipient_person"], forms.get(c["form"], c["form"]),
                          translate("IntakePages", "erteilt am {date}").format(date=c["given_on"]) if c["given_on"]
                          else "", translate("IntakePages", "gültig bis {date}").format(date=until),
                          translate("IntakePages", "mit Gesundheitsdaten") if c["covers_health"] else "")

        # every field of every step: what was entered is shown, nothing is left out
        rows = [
            (translate("IntakePages", "Name"), f"{d['given_name']} {d['family_name']}".strip()),
            (translate("IntakePages", "Name in eigener Schrift"), d["native_name"]),
            (translate("IntakePages", "Geburtsdatum"), d["birth_date"]),
            (translate("IntakePages", "Geschlecht"), genders.get(d["gender"], d["gender"])),
            (translate("IntakePages", "Staatsangehörigkeit"), d["nationality"]),
            (translate("IntakePages", "Telefon"), d["phone"]),
            (translate("IntakePages", "E-Mail"), d["email"]),
            (translate("IntakePages", "Anschrift"), d["address"]),
            (translate("IntakePages", "Sprachen"), ", ".join(d["languages"])),
            (translate("IntakePages", "Dolmetschung"), d["interpreter_language"] if d["interpreter_needed"] else
             translate("IntakePages", "nicht nötig")),
            (translate("IntakePages", "Aufenthaltsstatus"), joined(d["residence_status"], d["residence_paragraph"])),
            (translate("IntakePages", "gültig bis"), d["residence_valid_until"]),
            (translate("IntakePages", "Wohnort"), d["municipality"]),
            (translate("IntakePages", "Case Manager:in"), d["case_manager"]),
            (translate("IntakePages", "Haushalt"), "; ".join(member(m) for m in d["members"])),
            (translate("IntakePages", "Bedarfe"), "; ".join(need(n) for n in d["needs"])),
            (translate("IntakePages", "Einwilligungen"), "; ".join(consent(c) for c in d["consents"])),
        ]
        self.text.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows) + "</table>")
