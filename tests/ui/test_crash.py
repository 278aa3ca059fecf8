"""A bug in a slot is logged (type and place, no values), shown once, and handed on — never silent."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kimdesk.ui import crash


def boom() -> None:
    raise ValueError("Aylin Kaya, 0151 2223334")  # a message may carry personal data


def test_uncaught_exception_in_a_slot_is_logged_shown_and_handed_on(qtbot, caplog, fail_on_logged_errors):
    caplog.set_level(logging.ERROR, logger="kimdesk")
    with qtbot.captureExceptions() as exceptions:
        crash.install()  # chains to the hook in place (here pytest-qt's, in the app Python's)
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: any(w.objectName() == "crashMessage" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
    assert [e[0] for e in exceptions] == [ValueError]
    assert "internal error ValueError at" in caplog.text and "test_crash.py" in caplog.text
    assert "Aylin" not in caplog.text and "0151" not in caplog.text
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "crashMessage")
    assert isinstance(box, QMessageBox) and "ValueError" in box.text() and "Aylin" not in box.text()
    fail_on_logged_errors.records.clear()  # the one error this test provoked
    box.close()
    box.deleteLater()
