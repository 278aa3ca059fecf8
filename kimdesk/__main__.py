"""``python -m kimdesk`` is the same program as ``kimdesk``."""

from kimdesk.store import gc_pause

gc_pause.pause_start()  # before the imports: no collections on the way to the window (store.gc_pause)
from kimdesk.cli import main  # noqa: E402

raise SystemExit(main())
