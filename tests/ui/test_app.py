"""`kimdesk gui --demo`: the main window with no dialog in front, exit 0 on QApplication.quit()."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from kimdesk.cli import Context
from kimdesk.ui.app import run


def test_demo_opens_main_window_without_dialog_and_quits_cleanly(qapp, data_dir):
    seen: dict[str, object] = {}

    def inspect_then_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        seen["main"] = windows
        seen["modal"] = QApplication.activeModalWidget()
        seen["rows"] = windows[0].model.total() if windows else 0
        QApplication.quit()

    QTimer.singleShot(300, inspect_then_quit)
    code = run(Context(data_dir, "default", True), demo=True, demo_clients=25)
    assert code == 0
    assert len(seen["main"]) == 1
    assert seen["modal"] is None
    assert seen["rows"] >= 25
    assert not data_dir.exists()  # the demo never touches the real data dir
