"""One way to run work: runner.op on the database worker, and the guard against UI-thread database work."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from kimdesk.errors import ValidationError
from kimdesk.services.clients_intake import clients
from kimdesk.store import store as store_module
from kimdesk.sync import service
from kimdesk.sync import team as teams
from kimdesk.ui import runner
from kimdesk.ui.widgets import message_label
from kimdesk.ui.worker import DbWorker


def strict_guard():
    """The guard with no exceptions: every kimdesk/ui module counts (until ``usual_guard``)."""
    runner.take_offences()
    store_module.unit_of_work_guard = runner.guard_ui_thread(frozenset())


def usual_guard():
    """Back to the suite's guard before the window closes (closing is not what these tests check)."""
    from tests.ui.conftest import NOT_YET_ON_THE_RUNNER

    runner.take_offences()
    store_module.unit_of_work_guard = runner.guard_ui_thread(NOT_YET_ON_THE_RUNNER)


def test_the_guard_catches_a_page_that_calls_a_service_on_the_ui_thread(qtbot, window, store):
    # every page is on the runner now: a page module that would not be is compiled under kimdesk/ui
    source = "def refresh(store):\n    return clients.count(store)\n"
    page_module = {"clients": clients}
    exec(compile(source, str(runner.UI_DIR / "probe_page.py"), "exec"), page_module)  # noqa: S102 - a fixed text
    strict_guard()
    page_module["refresh"](store)
    offences = runner.take_offences()
    usual_guard()
    assert offences == ["probe_page.py:2 refresh"], offences


def test_the_intake_reads_and_creates_on_the_worker(qtbot, window, store):
    strict_guard()
    view = window.new_intake()
    qtbot.keyClicks(view.pages["person"].fields["family_name"].widget, "Tesfaye")
    view.next()
    assert view.wizard.current == "household"
    offences = runner.take_offences()
    usual_guard()
    assert not any(o.startswith("intake/") for o in offences), offences


def test_the_guard_lets_test_code_and_worker_jobs_through(qtbot, window, store):
    strict_guard()
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})  # the test itself
    view = window.open_client(cid)  # the record reads on the worker
    qtbot.waitUntil(lambda: view.rec is not None)
    offences = runner.take_offences()
    usual_guard()
    assert offences == []


def test_op_success_failure_and_the_change_signal(qtbot, window, store):
    page = QWidget(window)
    page.worker = window.worker
    line = message_label(page)
    seen, done = [], []
    window.worker.changes_applied.connect(seen.append)
    runner.op(page, lambda: clients.create_client(store, {"given_name": "A", "family_name": "B"}),
              on_done=done.append, message=line)
    assert len(done) == 1 and done[0] in seen[-1].touched["client"] and not line.isVisibleTo(page)
    job = runner.op(page, lambda: clients.create_client(store, {"given_name": ""}), message=line)
    assert not job.succeeded and isinstance(job.error, ValidationError)
    assert line.isVisibleTo(page) and ("Vorname" in line.text() or "Familienname" in line.text())


def test_team_dialog_wraps_the_key_on_the_worker_thread_not_the_ui_thread(qtbot, store, tmp_path, monkeypatch):
    from kimdesk.ui.team_dialog import TeamDialog

    teams.create(store)
    service.save_target(store, str(tmp_path))
    worker = DbWorker()  # a real thread
    threads = []
    real = teams.export_enrolment

    def export(*args, **kw):
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(teams, "export_enrolment", export)
    holder = QWidget()
    holder.worker = worker
    qtbot.addWidget(holder)
    strict_guard()
    dialog = TeamDialog(store, holder)
    qtbot.waitUntil(lambda: dialog.current is not None)
    dialog.file.setText(str(tmp_path / "team.kimdesk"))
    dialog.passphrase.setText("Passphrase des Teams")
    dialog.repeat.setText("Passphrase des Teams")
    dialog.export()
    qtbot.waitUntil(lambda: (tmp_path / "team.kimdesk").exists() and not worker.busy, timeout=20000)
    assert threads and threads[0] is not threading.main_thread()
    assert "gespeichert" in dialog.status.text()
    assert runner.take_offences() == []
    worker.shutdown()
    assert isinstance(dialog, QDialog) and isinstance(dialog.message, QLabel)


def test_a_stopped_worker_runs_no_more_work_not_even_on_the_ui_thread(qtbot):
    """After ``shutdown`` (the window closed, the app quitting) a job handed to the worker by a timer or a
    signal that outlived it is not run at all; it used to run at once on the caller's thread, the UI
    thread, with nothing to tell it from a worker job."""
    worker = DbWorker(name="kimdesk-db-test")
    ran: list[str] = []
    worker.submit(lambda _job: ran.append(threading.current_thread().name))
    assert worker.wait_idle(10)
    worker.shutdown()
    cancelled: list[bool] = []
    job = worker.submit(lambda _job: ran.append(threading.current_thread().name),
                        lambda _result: cancelled.append(False), on_cancelled=lambda: cancelled.append(True))
    qtbot.wait(50)
    assert len(ran) == 1 and ran[0].startswith("kimdesk-db-test")  # only the job before the stop, on the worker
    assert job.cancelled and job.finished and cancelled == [True] and not worker.busy
