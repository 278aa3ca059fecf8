"""The engine's pool never closes a connection a live thread holds (``store.engine.ThreadConnections``).

SQLAlchemy's ``SingletonThreadPool`` closes arbitrary connections once more threads than its size have
connected, also one a thread is using; closed under a running statement, SQLCipher crashed the process.
Here one thread holds a unit of work open while fifty short-lived threads each read once: the stock
pool closes the held connection with a probability of about 99.7 % (one arbitrary connection of eight
closed for each thread past the eighth)."""

from __future__ import annotations

import threading

from kimdesk.store.engine import ThreadConnections

COUNT = "SELECT count(*) FROM setting"


def test_a_held_connection_survives_many_threads_and_ended_threads_let_go(store):
    held, go_on, seen, errors = threading.Event(), threading.Event(), [], []

    def holding() -> None:
        try:
            with store.connection() as conn:
                seen.append(conn.exec_driver_sql(COUNT).scalar())
                held.set()
                go_on.wait(30)
                seen.append(conn.exec_driver_sql(COUNT).scalar())
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            errors.append(exc)

    def once() -> None:
        with store.connection() as conn:
            conn.exec_driver_sql(COUNT).scalar()

    holder = threading.Thread(target=holding, name="kimdesk-test-holder")
    holder.start()
    assert held.wait(10)
    for i in range(50):
        thread = threading.Thread(target=once, name=f"kimdesk-test-once-{i}")
        thread.start()
        thread.join(10)
    pool = store.engine.pool
    assert isinstance(pool, ThreadConnections)
    assert len(pool._all_conns) <= pool.size + 1  # the ended threads' connections were closed
    go_on.set()
    holder.join(10)
    assert errors == [] and len(seen) == 2 and seen[0] == seen[1]
