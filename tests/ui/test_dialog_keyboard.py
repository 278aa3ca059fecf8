"""Every dialog of the app, completed or cancelled with the keyboard alone.

Each dialog is opened as the app opens it and driven with real key events only: Tab goes
round its controls – the test fails when focus sticks in one control (a text box that eats
Tab), leaves the dialog, or never reaches a control the dialog needs (its inputs and its
OK/Cancel) – then the fields a completion needs are reached with Tab and typed into, and
Enter finishes (or Esc cancels). The result must be what a mouse would have given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from kimdesk.services.clients_intake import clients
from tests.support.stores import PASSPHRASE


@dataclass
class Case:
    open: Callable[[Any, Any], QDialog]  # (window, store) -> the dialog, as the app builds it
    typing: list[tuple[str, str]] = field(default_factory=list)  # (attribute of the control, text)
    outcome: str = "cancel"  # accept: Enter finishes it; cancel: Esc closes it
    check: Callable[[QDialog], None] | None = None  # what the completion must have given


def _agencies(store):
    from kimdesk.services.conferences_minutes import conference_queries

    return conference_queries.agency_choices(store)


def _participant(window, store):
    from kimdesk.services.conferences_minutes import conference_queries
    from kimdesk.ui.conferences.dialogs import ParticipantDialog
    from tests.support.conferences import make_case

    case = make_case(store)
    return ParticipantDialog(_agencies(store), lambda a: conference_queries.consent_preview(
        store, case.conference_id, a), parent=window)


def _picker(window, store):
    from kimdesk.services.clients_intake import search
    from kimdesk.ui.conferences.dialogs import ClientPickerDialog

    clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    return ClientPickerDialog(lambda text: search.search(store, text), window)


def _finder_dialog(kind: str):
    def make(window, store):
        from kimdesk.ui.map import dialogs

        from kimdesk.services.clients_intake import agencies as agency_service

        agencies = agency_service.list_agencies(store)
        if kind == "assign":
            return dialogs.AssignDialog(agencies, need="Wohnung", current=agencies[0].id, proposal=None,
                                        parent=window)
        if kind == "decline":
            return dialogs.DeclineDialog(need="Wohnung", agency=agencies[0].name, parent=window)
        if kind == "forward":
            return dialogs.ForwardDialog(agencies, need="Wohnung", agency=agencies[0].name,
                                         current=agencies[0].id, parent=window)
        return dialogs.NeedDialog(lambda _category: None, parent=window)

    return make


def _reason(window, store):
    from kimdesk.ui.record.cycle.common import ReasonDialog

    return ReasonDialog("Fall abschließen", "Warum wird der Fall abgeschlossen?", window)


def _delete(window, store):
    from kimdesk.ui.record.cycle.privacy import DeleteDialog

    return DeleteDialog("Haddad, Samir", "KIM-2026-0001", window)


def _handout(window, store):
    from types import SimpleNamespace

    from kimdesk.ui.record.documents import NeedsDialog

    return NeedsDialog([SimpleNamespace(need_id="n1", category="Wohnung", office="Sozialamt", ticked=True),
                        SimpleNamespace(need_id="n2", category="Kinderschutz", office="", ticked=False)], window)


def _agency_import(window, store):
    from kimdesk.services.clients_intake import agency_import
    from kimdesk.ui.agency_import_dialog import AgencyImportDialog

    plan = agency_import.plan(store, "Stelle;Telefon\nNeue Beratungsstelle;0241 1\n".encode())
    return AgencyImportDialog(store, window.worker, plan, window)


def _conference(cls_name: str):
    def make(window, store):
        from kimdesk.ui.conferences import dialogs

        if cls_name == "override":
            return dialogs.OverrideDialog("Für das Jugendamt liegt keine gültige Entbindung vor.", parent=window)
        if cls_name == "action":
            return dialogs.ActionDialog(_agencies(store), parent=window)
        return dialogs.TextDialog("Beschluss", "Beschluss", parent=window)

    return make


def _dismiss(window, store):
    from kimdesk.ui.dismiss_dialog import DismissDialog

    return DismissDialog("Aufenthaltstitel prüfen", window)


def _unlock(window, store):
    from kimdesk.ui.start import UnlockDialog

    return UnlockDialog(window.profile, window)


def _unlocked(dialog) -> bool:
    """The passphrase typed at the keyboard opened the profile (a second store, closed here)."""
    _accepted(dialog)
    opened = dialog.store is not None
    if opened:
        dialog.store.close()
    return opened


def _restore(window, store):
    from datetime import datetime

    from kimdesk.services.admin.backup import Backup
    from kimdesk.ui.backups_dialog import RestoreDialog

    chosen = Backup(window.profile.dir / "backups" / "kimdesk-20260105-0800.db", datetime(2026, 1, 5, 8, 0), 1)
    return RestoreDialog(window.profile, chosen, window)


def _file_dialog(window, store):
    """Qt's own "Speichern unter" (the one every platform without a native dialog shows)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(window, "Speichern unter", str(window.profile.dir), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.file_name = dialog.findChild(QLineEdit, "fileNameEdit")
    return dialog


def _accepted(dialog: QDialog) -> None:
    assert dialog.result() == QDialog.DialogCode.Accepted


CASES: dict[str, Case] = {
    "settings": Case(lambda w, s: w.open_settings(), outcome="accept"),
    "team": Case(lambda w, s: w.open_team()),
    "backups": Case(lambda w, s: w.open_backups()),
    "about": Case(lambda w, s: w.open_about()),
    "shortcuts": Case(lambda w, s: w.open_shortcuts()),
    "guide": Case(lambda w, s: w.open_guide()),
    "findings": Case(lambda w, s: w.open_findings()),
    "retention": Case(lambda w, s: w.open_retention()),
    "quick note": Case(lambda w, s: w.quick_note()),
    "agency import": Case(_agency_import, outcome="accept",
                          check=lambda d: d.result() == QDialog.DialogCode.Accepted),
    "participant": Case(_participant, [("name", "Frau Beispiel")], "accept",
                        check=lambda d: (_accepted(d), d.values()["name"] == "Frau Beispiel")),
    "person picker": Case(_picker, [("query", "Haddad")], "accept",
                          check=lambda d: (_accepted(d), len(d.results.selectedItems()) == 1)),
    "override": Case(_conference("override"), [("reason", "Eilfall")], "accept"),
    "action item": Case(_conference("action"), [("who", "Frau Beispiel"), ("what", "Antrag stellen")], "accept",
                        check=lambda d: (_accepted(d), d.values()["what"] == "Antrag stellen")),
    "resolution": Case(_conference("text"), [("text", "Beschlossen")], "accept",
                       check=lambda d: (_accepted(d), d.text.toPlainText() == "Beschlossen")),
    "assign agency": Case(_finder_dialog("assign"), [("contact", "Herr Muster")], "accept"),
    "decline": Case(_finder_dialog("decline"), [("reason", "nicht zustaendig")], "accept"),
    "forward": Case(_finder_dialog("forward")),
    "need": Case(_finder_dialog("need"), [("category", "Wohnung"), ("description", "sucht Wohnung")], "accept",
                 check=lambda d: (_accepted(d), d.values()["category"] == "Wohnung")),
    "close case": Case(_reason, [("reason", "Ziele erreicht")], "accept"),
    "erase person": Case(_delete, [("reason", "Loeschantrag"), ("confirm", "KIM-2026-0001")], "accept"),
    "hand-out needs": Case(_handout, outcome="accept", check=lambda d: (_accepted(d), d.chosen() == ["n1"])),
    "unlock": Case(_unlock, [("passphrase", PASSPHRASE)], "accept", check=_unlocked),
    "unlock, cancelled": Case(_unlock),
    "restore": Case(_restore, [("passphrase", PASSPHRASE)], "accept"),
    "restore, cancelled": Case(_restore),
    "file dialog": Case(_file_dialog, [("file_name", "bericht.pdf")], "accept",
                        check=lambda d: (_accepted(d), d.selectedFiles()[0].endswith("bericht.pdf"))),
    "file dialog, cancelled": Case(_file_dialog),
    "dismiss follow-up": Case(_dismiss, [("reason", "trifft nicht zu")], "accept",
                              check=lambda d: (_accepted(d), d.text() == "trifft nicht zu")),
}


def _owner(w: QWidget | None) -> QWidget | None:
    """The control a focused inner widget belongs to (an editable combo's line edit, a spin box's)."""
    while w is not None and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
        w = w.parentWidget()
    return w


def _cpp(w: QWidget) -> int:
    """The C++ object: PySide may hand out a new Python wrapper for the same widget."""
    return shiboken6.getCppPointer(w)[0]


def _focus(dialog: QDialog) -> QWidget:
    w = _owner(QApplication.focusWidget())
    assert w is not None and (w is dialog or dialog.isAncestorOf(w)), f"focus is outside the dialog: {w!r}"
    return w


def _press(key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def _tab_round(dialog: QDialog, limit: int = 300) -> list[QWidget]:
    """Tab once round the dialog: the controls in focus order; fails when focus sticks or leaves.
    A text browser walks its links with Tab first (as a web page does), a date edit its day, month
    and year; then they let go."""
    start = _focus(dialog)
    order = [start]
    for _ in range(limit):
        before = _focus(dialog)
        _press(Qt.Key.Key_Tab)
        now = _focus(dialog)
        if isinstance(now, (QTextBrowser, QDateTimeEdit)) and _cpp(now) == _cpp(before):
            continue
        assert _cpp(now) != _cpp(before), f"Tab is stuck in {type(before).__name__}({before.objectName()!r})"
        if _cpp(now) == _cpp(start):
            return order
        order.append(now)
    pytest.fail(f"Tab never came back round: {[type(w).__name__ for w in order[-5:]]}")


def _needed(dialog: QDialog) -> list[QWidget]:
    """Every control a person must be able to reach: enabled, shown, takes focus by Tab."""
    out = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog) or not w.isEnabled() or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if _owner(w) is not w or isinstance(w, QDialogButtonBox):
            continue
        if isinstance(w, QRadioButton) and not w.isChecked():
            continue  # a radio group is one Tab stop; the arrows choose within it
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox)):
            out.append(w)
    return out


def _tab_to(dialog: QDialog, target: QWidget) -> None:
    for _ in range(80):
        if _cpp(_focus(dialog)) == _cpp(target):
            return
        _press(Qt.Key.Key_Tab)
    pytest.fail(f"Tab does not reach {type(target).__name__}({target.objectName()!r})")


@pytest.mark.parametrize("name", list(CASES))
def test_a_dialog_is_completed_or_cancelled_with_the_keyboard_alone(qtbot, window, store, name):
    case = CASES[name]
    dialog = case.open(window, store)
    qtbot.addWidget(dialog)
    if not dialog.isVisible():
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    if QApplication.focusWidget() is None or not dialog.isAncestorOf(QApplication.focusWidget()):
        _press(Qt.Key.Key_Tab)  # a dialog with nothing focused: the first Tab enters it
    reached = {_cpp(w) for w in _tab_round(dialog)}
    missed = [f"{type(w).__name__}({w.objectName()!r}, {getattr(w, 'text', lambda: '')()!r})"
              for w in _needed(dialog) if _cpp(w) not in reached]
    assert not missed, f"Tab never reaches: {missed}"
    for label in dialog.findChildren(QLabel):  # a mnemonic (Alt+letter) jumps to its field
        mnemonic = re.search(r"&(\w)", label.text())
        if mnemonic and label.buddy() is not None and label.isVisibleTo(dialog):
            QTest.keyClick(QApplication.focusWidget(), mnemonic.group(1).lower(), Qt.KeyboardModifier.AltModifier)
            assert _cpp(_focus(dialog)) == _cpp(_owner(label.buddy())), f"Alt+{mnemonic.group(1)}"
    for attribute, text in case.typing:  # ASCII: QTest types no other keys
        _tab_to(dialog, _owner(getattr(dialog, attribute)))
        QTest.keyClicks(QApplication.focusWidget(), text)
    if case.outcome == "cancel":
        _press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert dialog.result() == QDialog.DialogCode.Rejected
        return
    if isinstance(_focus(dialog), (QPlainTextEdit, QTextEdit)):
        _press(Qt.Key.Key_Tab)  # Enter in a text box is a new line: Tab on to a one-line control first
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    if case.check is not None:
        results = case.check(dialog)
        assert all(r is not False for r in (results if isinstance(results, tuple) else (results,))), name
    else:
        assert dialog.result() == QDialog.DialogCode.Accepted
