"""A keyring that answers the unlock dialog's question slowly: the file keyring, but asking whether
it is secure takes about two seconds of allocating work on the dialog's keyring thread (a slow
secret service), so that thread is still running when the app quits at once."""

from __future__ import annotations

import threading
import time

from tests.support.file_keyring import FileKeyring

SECONDS = 2.0


class SlowKeyring(FileKeyring):
    @property
    def backends(self) -> list:  # read by kimdesk.store.secrets when it asks whether the keyring is secure
        if threading.current_thread().name == "kimdesk-unlock":
            end, kept = time.monotonic() + SECONDS, []
            while time.monotonic() < end:
                kept.append([[i] for i in range(200)])  # allocations: a collection would start on this thread
                kept = kept[-50:]
                time.sleep(0.001)
        return []
