"""``python -m kimdesk`` is the same program as ``kimdesk``."""

import sys

if getattr(sys, "frozen", False):  # the bundle started as a child process (snapshot_db.QuickCheck)
    import multiprocessing  # runs its task here and ends; imported only then (start-up time)

    multiprocessing.freeze_support()
from kimdesk.store import gc_pause  # noqa: E402

gc_pause.pause_start()  # before the imports: no collections on the way to the window (store.gc_pause)
from kimdesk.cli import main  # noqa: E402

raise SystemExit(main())
