"""Packing the change journal in idle time: older rows rewritten in format 2 (store.journal_values).

Local writes store format 2 at once; rows the sync's apply path wrote (format 1: an import
writes every change of the team and must stay near a bulk insert) and the part of a joined
laptop's journal copied from a snapshot (format 0, JSON text) are packed here later, one short
transaction of at most ``BATCH`` rows at a time, so a save waits behind one batch at most. Where
it got to is a device-local setting (``JOURNAL_PACKED``, the last seq looked at): an interrupted
run resumes there, and rows a later round imports (larger seqs) are packed by a later run.

Only ``data`` changes, to the same decoded values: seq, stamp, device, actor and the audit
chain (a digest over decoded values, store.audit) stay as they were. A row that cannot be read
is left as it is (doctor and every reader report it; packing must not stop at it).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from kimdesk.store.journal_values import JournalDamaged, repack
from kimdesk.store.options import JOURNAL_PACKED

if TYPE_CHECKING:
    from kimdesk.store.store import Store

BATCH = 5_000


def pack_some(store: Store, batch: int = BATCH) -> tuple[int, bool]:
    """Pack the next ``batch`` journal rows after the stored seq in one transaction.

    Returns (rows rewritten, caught up: nothing after them for now)."""
    with store.connection(write=True) as conn:
        after = JOURNAL_PACKED.read(store, conn) or 0
        rows = conn.exec_driver_sql("SELECT seq, data FROM change WHERE seq > ? ORDER BY seq LIMIT ?",
                                    (after, batch)).all()
        if not rows:
            top = conn.exec_driver_sql("SELECT max(seq) FROM change").scalar()
            if after and (top or 0) < after:  # the journal was rebuilt below where it got to: start over
                JOURNAL_PACKED.write(store, conn, 0)
                return 0, False
            return 0, True
        hits = []
        for seq, data in rows:
            if isinstance(data, bytes) and data[:1] == b"\x02":
                continue
            try:
                packed = repack(data)
            except JournalDamaged:
                continue
            if packed != data:
                hits.append((packed, seq))
        if hits:
            conn.exec_driver_sql("UPDATE change SET data = ? WHERE seq = ?", hits)
        JOURNAL_PACKED.write(store, conn, rows[-1][0])
    return len(hits), len(rows) < batch


def pack_for(store: Store, seconds: float, batch: int = BATCH) -> int:
    """Pack batch after batch until caught up or ``seconds`` have passed (the CLI's idle time,
    after a sync round); returns the rows rewritten."""
    end = time.monotonic() + seconds
    total = 0
    while True:
        n, done = pack_some(store, batch)
        total += n
        if done or time.monotonic() >= end:
            return total
