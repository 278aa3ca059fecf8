"""The keyboard path, with real key events: search → list → record, the intake wizard on Enter,
Ctrl+W/1…7/F/Z, F1 at the current chapter, the shortcut overview matching the guide."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kimdesk.services.clients_intake import clients, record
from kimdesk.ui import help as app_help
from kimdesk.ui.main_window import NAV

CTRL = Qt.KeyboardModifier.ControlModifier
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "benutzerhandbuch.md"


def _key(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def test_search_arrow_into_the_list_and_enter_opens(qtbot, window, store):
    for given in ("Samir", "Lina"):
        clients.create_client(store, {"given_name": given, "family_name": "Haddad"})
    window.client_list.reload()
    window.nav.setCurrentRow(1)
    _key(window, Qt.Key.Key_F, CTRL)  # Ctrl+F: back to the list, into the search box
    search = window.client_list.search
    assert window.current_page() == "clients" and QApplication.focusWidget() is search
    qtbot.keyClicks(search, "Haddad")
    _key(search, Qt.Key.Key_Down)
    table = window.client_list.table
    assert QApplication.focusWidget() is table and table.currentIndex().row() == 0
    _key(table, Qt.Key.Key_Down)
    second = window.client_list.model.row_id(1)
    _key(table, Qt.Key.Key_Return)
    view = window.current_record()
    assert view is not None and view.client_id == second
    _key(window, Qt.Key.Key_W, CTRL)  # Ctrl+W closes it (nothing typed: no question)
    assert window.current_record() is None and window.tabs() == []


def test_ctrl_number_switches_sections(qtbot, window):
    for i, name in enumerate(NAV):
        _key(window, getattr(Qt.Key, f"Key_{i + 1}"), CTRL)
        assert window.current_page() == name
    _key(window, Qt.Key.Key_1, CTRL)
    assert window.current_page() == "clients"


def test_ctrl_z_undoes_typing_first_then_the_last_saved_edit(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    view = window.open_client(cid)
    phone = view.personal.fields["phone"].widget
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "0241 2")
    qtbot.mouseClick(view.personal.save_button, Qt.MouseButton.LeftButton)
    assert record.load(store, cid, log=False).client["phone"] == "0241 2"
    # the typing in the field is undone first, the saved value stays
    phone.setFocus()
    phone.setText("0241 2")  # setText: a fresh field, nothing to undo
    qtbot.keyClicks(phone, "9")
    _key(phone, Qt.Key.Key_Z, CTRL)
    assert phone.text() == "0241 2" and record.load(store, cid, log=False).client["phone"] == "0241 2"
    # nothing left to undo in the field: Ctrl+Z takes back the record's last saved edit
    assert not phone.isUndoAvailable()
    _key(phone, Qt.Key.Key_Z, CTRL)
    assert record.load(store, cid, log=False).client["phone"] == "0241 1"
    assert view.personal.fields["phone"].widget.text() == "0241 1"


def test_intake_wizard_by_keyboard(qtbot, window, store):
    _key(window, Qt.Key.Key_N, CTRL)
    intake = window.workspace.currentWidget()
    assert intake.objectName() == "intakeView"
    window.activateWindow()
    given = intake.page("person").fields["given_name"].widget
    assert QApplication.focusWidget() is given  # the first field of the step has the focus
    qtbot.keyClicks(given, "Olena")
    _key(given, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Shevchenko")
    first = intake.wizard.current
    _key(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter = Weiter
    assert intake.wizard.current != first
    for _ in range(12):  # each step: Enter where the focus is
        if intake.wizard.is_last():
            break
        _key(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert intake.wizard.is_last()
    _key(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter = Person anlegen
    view = window.current_record()
    assert view is not None and view.name_label.text() == "Shevchenko, Olena"


def test_f1_opens_the_guide_at_the_chapter_of_the_page(qtbot, window):
    window.show_page("tasks")
    _key(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "guideDialog" and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.chapter == "Aufgaben und Wiedervorlagen"
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    assert dialog.browser.textCursor().block().text() == "Aufgaben und Wiedervorlagen"
    dialog.close()


def test_every_page_has_its_chapter_in_the_guide():
    text = GUIDE.read_text(encoding="utf-8")
    headings = {m.group(1).strip() for m in re.finditer(r"^#{2,3} (.+)$", text, re.M)}
    assert set(app_help.CHAPTERS.values()) <= headings, set(app_help.CHAPTERS.values()) - headings


def test_shortcut_overview_and_the_guide_say_the_same(qtbot, window):
    _key(window, Qt.Key.Key_Question, CTRL)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog"
                  and w.isVisible())
    qtbot.addWidget(dialog)
    shown = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
             for r in range(dialog.table.rowCount())]
    assert shown == [(app_help.keys_text(k), w) for k, w in app_help.SHORTCUTS]
    _key(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # the guide's table: one row per shortcut, same keys, same words
    text = GUIDE.read_text(encoding="utf-8")
    rows = re.findall(r"^\| \*\*(.+?)\*\* \| (.+?) \|$", text, re.M)
    assert rows == shown


GUIDE_EN = GUIDE.with_name("user-guide.md")


def _headings(path: Path) -> list[tuple[int, str]]:
    text = re.sub(r"^```.*?^```", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
    return [(len(m.group(1)), m.group(2).strip()) for m in re.finditer(r"^(#{1,3}) (.+)$", text, re.M)]


def _slug(heading: str) -> str:
    """The anchor GitHub (and the guides' contents lines) give a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def _links(path: Path) -> list[str]:
    return re.findall(r"\]\(#([^)]+)\)", path.read_text(encoding="utf-8"))


def test_the_english_guide_has_the_german_guides_chapters_and_anchors():
    german, english = _headings(GUIDE), _headings(GUIDE_EN)
    assert [level for level, _ in english] == [level for level, _ in german]  # the same chapters, in order
    slugs_de, slugs_en = [_slug(h) for _, h in german], [_slug(h) for _, h in english]
    assert len(set(slugs_en)) == len(slugs_en)
    # every anchor a guide links to is one of its chapters, and both guides link to the same chapters
    for links, slugs in ((_links(GUIDE), slugs_de), (_links(GUIDE_EN), slugs_en)):
        assert set(links) <= set(slugs), set(links) - set(slugs)
    assert [slugs_de.index(a) for a in _links(GUIDE)] == [slugs_en.index(a) for a in _links(GUIDE_EN)]
    # F1's chapter for every page sits at the same place in both
    for page, chapter in app_help.CHAPTERS.items():
        assert english[german.index(next(h for h in german if h[1] == chapter))][1] == app_help.CHAPTERS_EN[page]
    # the same pictures
    pictures = re.compile(r"\((screenshots/[\w.-]+\.png)\)")
    assert pictures.findall(GUIDE_EN.read_text(encoding="utf-8")) == pictures.findall(
        GUIDE.read_text(encoding="utf-8"))


def test_the_english_guides_shortcut_table_is_the_english_overview(qtbot):
    from kimdesk.i18n import translate
    from kimdesk.ui import i18n as ui_i18n

    ui_i18n.install("en")
    try:
        expected = [(app_help.keys_text(k), translate("Shortcuts", w)) for k, w in app_help.SHORTCUTS]
    finally:
        ui_i18n.uninstall()
    rows = re.findall(r"^\| \*\*(.+?)\*\* \| (.+?) \|$", GUIDE_EN.read_text(encoding="utf-8"), re.M)
    assert rows == expected and expected[0] == ("Ctrl+N", "Take in a new person (intake in a new tab)")


def test_f1_in_english_opens_the_english_guide_at_the_chapter(qtbot, store, profile, worker):
    from kimdesk.ui import i18n as ui_i18n
    from kimdesk.ui.main_window import MainWindow

    ui_i18n.install("en")
    try:
        window = MainWindow(store, profile=profile, worker=worker)
        window.skip_close_check = True
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert app_help.guide_path() == GUIDE_EN
        window.show_page("agencies")
        _key(window, Qt.Key.Key_F1)
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "guideDialog"
                      and w.isVisible())
        qtbot.addWidget(dialog)
        assert dialog.chapter == "Agencies" and dialog.windowTitle() == "User guide"
        qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
        assert dialog.browser.textCursor().block().text() == "Agencies"
        assert "Import from CSV" in dialog.browser.toPlainText()
        dialog.close()
    finally:
        ui_i18n.uninstall()
    assert app_help.guide_path() == GUIDE  # German again


def test_the_bundle_ships_both_guides_and_their_pictures():
    spec = (GUIDE.parents[1] / "build.spec").read_text(encoding="utf-8")
    assert '"benutzerhandbuch.md", "user-guide.md"' in spec and 'f"docs/{guide}", "docs"' in spec
