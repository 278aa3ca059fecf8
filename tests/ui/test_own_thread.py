"""``on_a_thread`` while the window that asked is deleted: the thread's answer races the deletion.

Before, the first-run share check emitted from its thread on a QObject its page owned; closing the
wizard while a silent server finally answered crashed the process (a pytest worker died in CI; a
loop of 3,000 such races crashed it every time). The race runs in a child process, so a crash is
one failing test with its exit code instead of a dead worker.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

RACE = textwrap.dedent("""
    import sys, threading
    from PySide6.QtCore import QCoreApplication, QObject
    import shiboken6
    from kimdesk.ui.own_thread import on_a_thread

    app = QCoreApplication([])
    rounds = int(sys.argv[1])
    delivered, threads = [], []
    for i in range(rounds):
        owner = QObject()
        go = threading.Event()
        threads.append(on_a_thread(lambda go=go, i=i: go.wait() and i, delivered.append, delivered.append, owner=owner))
        go.set()  # the thread answers now, while the owner ...
        if i % 2 == 0:
            shiboken6.delete(owner)  # ... is deleted (a closed wizard)
        else:
            threads[-1].owner = owner  # ... stays
        app.processEvents()
    for thread in threads:
        thread.join()
    app.processEvents()
    print(sorted(delivered) == list(range(1, rounds, 2)), len(delivered))
""")


def test_an_answer_racing_its_owners_deletion_is_dropped_and_nothing_crashes():
    rounds = 3000
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", RACE, str(rounds)], capture_output=True, text=True, env=env,
                         timeout=300)
    assert run.returncode == 0, (run.returncode, run.stderr[-2000:])
    assert run.stdout.split() == ["True", str(rounds // 2)], run.stdout  # every live owner answered, no deleted one
