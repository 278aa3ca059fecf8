"""Fits a 1366×768 laptop, also at 125 % scaling: every page and dialog laid out at that size,
nothing squashed, clipped or elided without a tooltip (``tests/support/layout.py``).

125 % scaling is the same screen with 1.25 times fewer logical pixels, so the check runs once
at 1366×700 (the window without task bar and title) and once at 1093×560 – and once for real
in a subprocess whose Qt runs with QT_SCALE_FACTOR=1.25 on a 1366×768 screen
(``tests/support/scaled_layout.py``): 1093×614 logical pixels, fonts and dialogs sized by Qt.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from kimdesk.services.clients_intake import clients
from kimdesk.ui.main_window import NAV
from tests.support.layout import WINDOW, problems

SIZES = {"100%": WINDOW, "125%": (round(WINDOW[0] / 1.25), round(WINDOW[1] / 1.25))}


@pytest.fixture(params=list(SIZES))
def small(request, window):
    window.resize(*SIZES[request.param])
    QApplication.processEvents()
    window.limit = SIZES[request.param]
    return window


def _check(window, where: str) -> list[str]:
    QApplication.processEvents()
    w, h = window.limit
    hint = window.minimumSizeHint()
    out = []
    if hint.width() > w or hint.height() > h or window.width() > w or window.height() > h:
        out.append(f"{where}: the window needs {hint.width()}x{hint.height()}, has {w}x{h}")
    return out + [f"{where}: {p}" for p in problems(window)]


def test_every_page_fits(qtbot, small, store):
    found = []
    for name in NAV:
        small.show_page(name)
        found += _check(small, name)
    assert not found, "\n".join(found)


def test_no_page_scrolls_sideways(qtbot, small, store):
    """A page in its scroll area (there for 125 %) fits the width it gets: the reports page was 1,260 px
    wide, and at 1366×768 its "Drucken …" lay off the screen, behind a sideways scroll."""
    found = []
    for name in NAV:
        small.show_page(name)
        holder = small.stack.currentWidget()
        page = holder.page() if hasattr(holder, "page") else holder
        if hasattr(page, "figures_ready"):  # the reports page: its widest state, the figures' date line shown
            qtbot.waitUntil(lambda: page.figures is not None, timeout=30_000)
        QApplication.processEvents()
        scroll = page.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        room = scroll.viewport().width() if scroll is not None else page.width()
        if page.minimumSizeHint().width() > room:
            found.append(f"{name}: needs {page.minimumSizeHint().width()} px, has {room}")
    assert not found, "\n".join(found)


def test_record_sections_and_intake_steps_fit(qtbot, small, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    view = small.open_client(cid)
    found = []
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        found += _check(small, f"record {view.tabs.tabText(i)}")
    intake = small.new_intake()
    for step in intake.wizard.visible_steps():
        intake.stack.setCurrentIndex(list(intake.pages).index(step))
        page = intake.page(step)
        if hasattr(page, "rows"):
            page.rows.add()  # a filled row: the widest the step gets (the consent row overflowed)
        found += _check(small, f"intake {step}")
        room, need = intake.stack.currentWidget().viewport().width(), page.minimumSizeHint().width()
        if need > room:
            found.append(f"intake {step}: needs {need} px wide, has {room}")
    assert not found, "\n".join(found)


def _dialog_problems(dialog, limit) -> list[str]:
    QApplication.processEvents()
    w, h = limit
    size = dialog.size()
    out = [f"larger than the screen: {size.width()}x{size.height()}"] if size.width() > w or size.height() > h else []
    return out + problems(dialog)


def _open_and_check(qtbot, dialog, limit) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    found = [f"{dialog.objectName() or type(dialog).__name__}: {p}" for p in _dialog_problems(dialog, limit)]
    dialog.close()
    return found


def _screen(monkeypatch, scale: str) -> tuple[int, int]:
    """The free screen area a dialog sizes itself to: the laptop's, in logical pixels at this scale."""
    free = (SIZES[scale][0], round(728 / (1.25 if scale == "125%" else 1)))
    monkeypatch.setattr("kimdesk.ui.widgets.available_size", lambda _w: free)
    return free


@pytest.mark.parametrize("scale", list(SIZES))
def test_every_dialog_fits(qtbot, window, store, scale, monkeypatch):
    limit = _screen(monkeypatch, scale)
    found = []
    for name in ("open_settings", "open_backups", "open_team", "open_about", "open_findings", "open_retention",
                 "quick_note", "open_guide", "open_shortcuts"):
        dialog = getattr(window, name)()
        dialog.close()
        found += _open_and_check(qtbot, dialog, limit)
    from kimdesk.services.clients_intake import agency_import
    from kimdesk.ui.agency_import_dialog import AgencyImportDialog

    plan = agency_import.plan(store, "Stelle;Telefon\nNeue Beratungsstelle;0241 1\nKaputt;abc\n".encode())
    found += _open_and_check(qtbot, AgencyImportDialog(store, window.worker, plan, window), limit)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scale", list(SIZES))
def test_team_dialog_after_founding_a_team(qtbot, window, store, scale, monkeypatch):
    limit = _screen(monkeypatch, scale)
    dialog = window.open_team()
    qtbot.addWidget(dialog)
    assert dialog.create()
    assert dialog.repeat.isVisible()
    found = _dialog_problems(dialog, limit)
    assert not found, "\n".join(found)


def test_participant_dialog_shows_the_whole_consent_warning(qtbot, store, monkeypatch):
    limit = _screen(monkeypatch, "125%")
    from kimdesk.services.conferences_minutes import conference_queries
    from kimdesk.ui.conferences.dialogs import ParticipantDialog
    from tests.support.conferences import make_case

    case = make_case(store)
    dialog = ParticipantDialog(conference_queries.agency_choices(store),
                               lambda a: conference_queries.consent_preview(store, case.conference_id, a))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.agency.setCurrentIndex(dialog.agency.findData(case.youth_office))  # no release: the long warning
    assert "keine gültige" in dialog.consent.text()
    found = _dialog_problems(dialog, limit)
    assert not found, "\n".join(found)


def test_window_starts_maximised_then_where_it_was_left(qtbot, store, profile):
    from kimdesk.services.admin import settings
    from kimdesk.ui.main_window import MainWindow
    from kimdesk.ui.worker import DbWorker

    first = MainWindow(store, profile=profile, worker=DbWorker(synchronous=True))
    qtbot.addWidget(first)
    first.show_first()
    qtbot.waitExposed(first)
    assert first.isMaximized()
    first.showNormal()
    size = (first.minimumSizeHint().width(), 600)  # the test screen (offscreen) is only 800×800
    first.resize(*size)
    QApplication.processEvents()
    first.close()
    assert settings.WINDOW_GEOMETRY.get(store)
    again = MainWindow(store, profile=profile, worker=DbWorker(synchronous=True))
    qtbot.addWidget(again)
    again.show_first()
    qtbot.waitExposed(again)
    assert not again.isMaximized() and (again.width(), again.height()) == size
    again.skip_close_check = True


def _on_a_scaled_screen(profile, tmp_path, scale: float) -> dict:
    """The layout check in a subprocess whose Qt sees a 1366×768 laptop screen at ``scale``."""
    import json
    import os
    import subprocess
    import sys

    from tests.support.layout import SCREEN

    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale))
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    proc = subprocess.run([sys.executable, "-m", "tests.support.scaled_layout", str(profile.data_dir)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_pages_and_dialogs_fit_a_laptop_at_125_percent_for_real(profile, tmp_path):
    """QT_SCALE_FACTOR=1.25 on a 1366×768 screen: Qt's own 1093×614 logical pixels, real fonts and
    the dialogs sizing themselves to that screen (nothing patched)."""
    seen = _on_a_scaled_screen(profile, tmp_path, 1.25)
    assert seen["dpr"] == 1.25 and seen["available"] == [1093, 614], seen
    assert not seen["problems"], "\n".join(seen["problems"])
