"""Long user actions: import a file, generate sample data. Off the UI thread, with progress."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from kimdesk.i18n import translate
from kimdesk.ui.progress import run_with_progress


def import_file(window: Any, path: Path | None = None) -> None:
    """Import an exchange file: checked completely first, then written in one transaction."""
    from kimdesk.services.clients_intake import exchange

    if path is None:
        name, _filter = QFileDialog.getOpenFileName(window, translate("LongWork", "Austauschdatei importieren"), "",
                                                    translate("LongWork", "KIMdesk-Austauschformat (*.json)"))
        if not name:
            return
        path = Path(name)
    store = window.store

    def work(_job):
        from kimdesk.services.admin import settings

        return exchange.import_file(store, path, settings.IMPORT_MAX_MB.get(store) * 1024 * 1024)

    def done(result) -> None:
        total = sum(result.written.values())
        window.data_changed()
        box = QMessageBox(QMessageBox.Icon.Information, "KIMdesk",
                          translate("LongWork", "{n} Datensätze importiert.").format(n=total),
                          QMessageBox.StandardButton.Ok, window)
        box.open()

    # one transaction: nothing to cancel half-way, and nothing is written before the end
    run_with_progress(window, window.worker, work, label=translate("LongWork", "Datei wird geprüft und importiert …"),
                      on_done=done, cancellable=False)


def generate_demo_data(window: Any, clients: int | None = None) -> Any:
    """Add synthetic people to the demo profile; cancellable between batches."""
    from kimdesk.services.admin import demo

    if clients is None:
        question = translate("LongWork", "Wie viele Beispielpersonen erzeugen?")
        clients, ok = QInputDialog.getInt(window, "KIMdesk", question,
                                          1000, 1, 200_000, 100)
        if not ok:
            return None
    store = window.store

    seed = random.randrange(1, 1_000_000)  # new people, not the first demo's again

    def work(job):
        return demo.generate(store, clients, seed=seed, progress=job.progress)

    return run_with_progress(window, window.worker, work, label=translate("LongWork", "Beispieldaten werden erzeugt …"),
                             on_done=lambda _made: window.data_changed())
