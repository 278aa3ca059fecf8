"""English complete: in English, every page, record section, intake step and dialog is opened
offscreen and every text a person reads is checked against the German source texts of the
catalogue (kimdesk_en.ts): a German text shown as it is, is a leftover."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from kimdesk.services.clients_intake import clients
from kimdesk.services.tasks_deadlines import deadlines, tasks
from kimdesk.ui import i18n as ui_i18n
from kimdesk.ui.main_window import NAV, MainWindow
from tests.support.conferences import fill_protocol, make_case

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "kimdesk_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


def _german_sources() -> tuple[set[str], list[re.Pattern]]:
    """Source texts whose English differs (a text the same in both languages is no leftover)."""
    exact: set[str] = set()
    patterns: list[re.Pattern] = []
    messages = list(ET.parse(CATALOGUE).getroot().iter("message"))
    # a word that is also an English translation ("Kind", "Name") is no proof of German
    english_words = {"".join(m.find("translation").itertext()).replace("&", "").strip() for m in messages
                     if m.find("translation") is not None}
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        english = "".join(translation.itertext()) if translation is not None else ""
        plain = source.replace("&", "").strip()
        if not plain or english.replace("&", "").strip() == plain or len(plain) < 3 or plain in english_words:
            continue
        if PLACEHOLDER.search(plain):
            parts = PLACEHOLDER.split(plain)
            if sum(len(p.strip(" :·,()–-")) for p in parts) >= 4:  # not just "{n} ({m})"
                patterns.append(re.compile(".*".join(re.escape(p) for p in parts), re.S))
        else:
            exact.add(plain)
    return exact, patterns


EXACT, PATTERNS = _german_sources()


def _catalogue_data() -> set[str]:
    """Values of the shipped catalogues (languages, need categories, agency kinds): stored data in
    German, shown as stored – not texts of the program (translating them is a catalogue task)."""
    root = Path(__file__).resolve().parents[2] / "resources" / "catalogue"
    values: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, str):
            values.add(node)
        elif isinstance(node, list):
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            for x in node.values():
                walk(x)

    for path in root.glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return values


DATA = _catalogue_data()
# values of the closed lists that have an English name (values_en.json): shown German, they are leftovers
NAMED = {german for key, names in json.loads((CATALOGUE.parents[1] / "catalogue" / "values_en.json").read_text(
    encoding="utf-8")).items() if not key.startswith("_") for german, english in names.items() if english != german}


def _texts(top: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("title", top.windowTitle())]
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) and w is not top:
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, QLabel):
            out.append((where, re.sub(r"<[^>]+>", "", w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(where + " item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [(where + " tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its single column private
                columns = 1
            out += [(where + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(columns)]
            for r in range(min(model.rowCount(QModelIndex()), 20)):
                for c in range(columns):
                    out.append((where + " cell", str(model.index(r, c).data() or "")))
        if w.toolTip():
            out.append((where + " tooltip", re.sub(r"<[^>]+>", "", w.toolTip())))
    return out


def _german(texts: list[tuple[str, str]], place: str) -> list[str]:
    found = []
    for where, text in texts:
        for line in text.replace("&", "").splitlines():
            line = line.strip()
            if not line:
                continue
            if line in NAMED:
                found.append(f"{place} {where}: {line!r} (catalogue value)")
                continue
            if where.endswith((" item", " cell")) and line in DATA:
                continue
            if line in EXACT or any(p.fullmatch(line) for p in PATTERNS):
                found.append(f"{place} {where}: {line!r}")
    return found


@pytest.fixture
def english(qtbot, store, profile, worker):
    ui_i18n.install("en")
    yield
    ui_i18n.uninstall()


def _fill(store) -> str:
    case = make_case(store)
    fill_protocol(store, case)
    cid = clients.create_client(store, {"given_name": "Olena", "family_name": "Shevchenko",
                                        "birth_date": (date.today() - timedelta(days=18 * 365 - 20)).isoformat(),
                                        "residence_status": "Aufenthaltserlaubnis", "languages": ["Ukrainisch"],
                                        "interpreter_language": "Ukrainisch"})
    tasks.add_task(store, cid, {"kind": "task", "title": "Call the job centre", "due_on": date.today().isoformat()})
    deadlines.evaluate(store)  # follow-ups from the deadline rules ("18th birthday")
    return cid


def test_no_german_left_in_english(qtbot, english, store, profile, worker):
    cid = _fill(store)
    from kimdesk.ui.app import profile_label

    window = MainWindow(store, profile=profile, profile_label=profile_label(profile), worker=worker)
    window.skip_close_check = True
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    found = []
    for name in NAV:
        window.show_page(name)
        QApplication.processEvents()
        found += _german(_texts(window), name)
        for action in window.menuBar().actions():
            found += _german([("menu", action.text())] + [("menu item", a.text()) for a in action.menu().actions()],
                             name)
    view = window.open_client(cid)
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        found += _german(_texts(window), f"record/{view.tabs.tabText(i)}")
    intake = window.new_intake()
    for step in intake.wizard.visible_steps():
        intake.stack.setCurrentIndex(list(intake.pages).index(step))
        found += _german(_texts(window), f"intake/{step}")
    for opener in ("open_settings", "open_backups", "open_team", "open_about", "open_findings", "open_retention",
                   "quick_note", "open_shortcuts"):
        dialog = getattr(window, opener)()
        qtbot.addWidget(dialog)
        QApplication.processEvents()
        found += _german(_texts(dialog), opener)
        dialog.close()
    from kimdesk.services.clients_intake import agency_import
    from kimdesk.ui.agency_import_dialog import AgencyImportDialog

    plan = agency_import.plan(store, "Stelle;Telefon\nNeue Beratungsstelle;0241 1\nKaputt;abc\n".encode())
    dialog = AgencyImportDialog(store, worker, plan, window)
    qtbot.addWidget(dialog)
    dialog.show()
    found += _german(_texts(dialog), "agency import")
    found = sorted(set(found))
    assert not found, f"{len(found)} German texts in English:\n" + "\n".join(found)


def test_the_check_finds_german(qtbot, english):
    label = QLabel("Aufgaben des Teams")  # a German source text shown untranslated
    qtbot.addWidget(label)
    assert _german(_texts(label), "probe")
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Arabisch", "Duldung"])  # catalogue values shown as stored
    assert len(_german(_texts(combo), "probe")) == 2
    label.setText("Erledigt: Anruf")  # a German template filled in
    assert _german(_texts(label), "probe")
    label.setText("The team's tasks")
    assert not _german(_texts(label), "probe")


def test_follow_ups_made_in_german_read_in_english(qtbot, store, profile, worker):
    from kimdesk.services.tasks_deadlines import tasks as task_service

    ui_i18n.install("de")
    try:
        _fill(store)  # the deadline rules write their follow-ups' titles in German
        german = {i.id: i.title for i in task_service.due_items(store, today=date.today()) if i.rule}
        assert any("volljährig" in t for t in german.values())
        ui_i18n.install("en")
        items = [i for i in task_service.due_items(store, today=date.today()) if i.rule]
        assert {i.id for i in items} == set(german)
        shown = [(i.kind_text, i.what) for i in items]
        found = _german([("tasks", f"{k} {w}") for k, w in shown] + [("tasks", w) for _k, w in shown], "tasks")
        assert not found, found
        assert any("turns 18" in w for _k, w in shown), shown
    finally:
        ui_i18n.uninstall()


def test_every_value_of_a_closed_list_has_an_english_name():
    from kimdesk.services.clients_intake import catalogue

    values = set(catalogue.need_categories()) | {k for d in catalogue.legal_domains() for k in d["agency_kinds"]}
    for key in ("languages", "residence_status", "close_reasons"):
        values |= set(catalogue.vocabulary(key))
    ui_i18n.install("en")
    try:
        missing = sorted(v for v in values if catalogue.shown(v) == v and v not in ("BAMF", "Dari", "Farsi",
                                                                                     "Tigrinya", "Pular", "Somali"))
    finally:
        ui_i18n.uninstall()
    assert not missing, missing


def test_a_value_chosen_by_its_english_name_is_stored_as_the_catalogue_names_it(qtbot, english, store, worker):
    """English on screen, the German key in the database: reports, rules and the team see one value."""
    from kimdesk.ui.fields import BoundField, FieldSpec

    parent = QWidget()
    qtbot.addWidget(parent)
    field = BoundField(FieldSpec("residence_status", "Residence status", "combo", ["Duldung", "Aufenthaltserlaubnis"]),
                       parent, lambda _k: None)
    combo = field.widget
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Toleration (Duldung)", "Residence permit"]
    combo.setCurrentIndex(1)
    assert field.get() == "Duldung"
    field.set("Aufenthaltserlaubnis")
    assert combo.currentText() == "Residence permit" and field.get() == "Aufenthaltserlaubnis"
    combo.setEditText("something typed")  # free text stays free text
    assert field.get() == "something typed"


def test_a_list_of_languages_reads_and_writes_in_english(qtbot, english):
    from kimdesk.ui.fields import FieldSpec, shown, typed

    spec = FieldSpec("languages", "Languages", "list")
    assert shown(spec, ["Ukrainisch", "Russisch", "Tigrinya"]) == "Ukrainian, Russian, Tigrinya"
    assert typed(spec, "ukrainian, Russian , Wolof") == ["Ukrainisch", "Russisch", "Wolof"]
