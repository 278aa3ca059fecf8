"""Ids stored as 16 bytes (models.types, migration 0041) across sync: a laptop joining from a
database snapshot holds the converted tables' rows in the stored form, identical to the writer's
(the snapshot file itself carries them as text, as laptops of before read it)."""

from __future__ import annotations

from datetime import date

from kimdesk.models import synced_classes
from kimdesk.models.types import stored_id_columns
from kimdesk.services.admin import demo
from kimdesk.sync import settings
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import export, join_from_database_snapshot, sync

# the tables whose own id is stored as 16 bytes (0044 also converts columns of tables whose id is text)
CONVERTED = sorted(name for name, cls in synced_classes().items() if "id" in stored_id_columns(cls.__table__))


def _stored_rows(store) -> dict[str, list[tuple]]:
    """The converted tables as stored (raw values: 16-byte ids stay bytes)."""
    with store.connection() as conn:
        return {t: sorted(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{t}"').all()), key=repr) for t in CONVERTED}


def test_a_laptop_joining_from_a_snapshot_stores_the_converted_ids_as_the_writer_does(laptops, monkeypatch):
    share = MemoryTarget()
    a, = laptops(1)
    settings.put(a, settings.SNAPSHOT_EVERY, 1)
    demo.generate(a, 12, seed=4, today=date(2026, 5, 4))
    for _ in range(2):
        sync(a, share)
    late, _ = join_from_database_snapshot(laptops, share, monkeypatch)
    mine, theirs = _stored_rows(a), _stored_rows(late)
    # the demo fills every table whose ids 0041, 0043 and 0044 convert (and the person's: 0043 converts what
    # holds it); 0046 converts every other table's, which the demo leaves partly empty
    # (tests/sync/test_plan_conference_ids_sync.py fills them)
    from tests.test_plan_conference_ids_as_bytes import IDS as CONVERTED_0046

    assert all(mine[t] for t in CONVERTED if (t, "id") not in CONVERTED_0046)
    assert theirs == mine
    with late.connection() as conn:
        for t in CONVERTED:  # each converted column (since 0043 also the columns holding a person's id)
            for c in stored_id_columns(synced_classes()[t].__table__):
                kinds = conn.exec_driver_sql(f'SELECT DISTINCT typeof("{c}"), length("{c}") FROM "{t}" '
                                             f'WHERE "{c}" IS NOT NULL').all()
                # a link may be unset; a table the demo leaves empty has no ids (0046's: see above)
                assert kinds == [("blob", 16)] or ((c != "id" or not mine[t]) and kinds == []), (t, c)
    assert export(late) == export(a)
