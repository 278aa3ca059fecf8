"""Qt paints on the UI thread alone: no GUI thread pool for the raster engine's fills.

Qt cuts a fill over more than ~64 lines (the list's background, a scroll bar's groove) into pieces
for its GUI thread pool and waits for them. The app's fills are small, so handing them over costs
more than it saves, most on a laptop with two cores and other work running: after a keystroke that
changes the list's length, the scroll bar's repaint took 1.8–3.3 ms of CPU with the pool and 0.2 ms
without (medians over 39 keystrokes; the list's repaint p95 7.3 → 4.9 ms in ``python -m benchmarks
ui``). The pixels are the same: the same fill, in one piece. Qt reads ``QT_NO_GUI_THREADPOOL`` when
the pool is first asked for (the first large fill), so this runs before the application is made;
the variable takes effect whatever its value, so one set before is left as it is.
"""

from __future__ import annotations

import os

NO_POOL = "QT_NO_GUI_THREADPOOL"


def paint_on_the_ui_thread() -> None:
    """Before the first paint (``ui.app.run``, and the UI benchmarks as the app)."""
    os.environ.setdefault(NO_POOL, "1")
