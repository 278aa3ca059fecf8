"""The client list's keystroke path converts a person's id only where it must, and never wrongly.

Person ids are stored as 16 bytes, a legacy id as its text (``models.types``). The keystroke path
reads them raw: the ranking's rows are turned into text in Python (only the rows returned), the
kept sound-alike passes travel as hex and text (``search._json_ids``) and the count reads no id at
all (``search.candidate_count``). A missed or wrong conversion gives wrong rows, not an error, so
every keystroke of names typed letter by letter is compared with the plain ORM: the reference
ranking (``benchmarks.search_reference``, ORM queries through ``StoredId``) for the rows, their order
and the count, and ``select(Client)`` for each row's columns — on a store where text ids (one of
them 32 hex digits, one an upper-case UUID) sit among the blobs and among the kept passes.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from benchmarks import search_reference
from benchmarks.common import bulk_insert
from kimdesk.models import Client
from kimdesk.models.types import stored_id
from kimdesk.services.clients_intake import client_list, search
from kimdesk.services.clients_intake.client_list import ListFilter
from tests.test_search_ranking import _person

# ids stored as text (not canonical UUIDs): a legacy one, 32 hex digits (what a blob's hex looks
# like), an upper-case UUID, and a deleted one
TEXT_IDS = ("Legacy-7", "0123456789abcdef0123456789abcdef", "ABCDEF01-2345-4789-ABCD-EF0123456789", "legacy-gone")
TYPED = ("Muhammad Al Hasan", "Mohamed Al", "Olena Shev")
FIRST = 4  # first pages that are full: the count after them runs


def _people() -> list[dict]:
    givens = ("Mohamed", "Mohammed", "Muhamed", "Mohamad")
    families = ("Al Hasan", "Al Hassan", "Hasan", "Al Husain", "Alhasan")
    rows = [_person(i, givens[i % 4], families[i % 5], deleted=i % 11 == 0) for i in range(60)]
    rows += [_person(100 + i, "Muhammad", "Al Hasan") for i in range(2)]  # few exact spellings
    rows += [_person(200 + i, ("Olena", "Olga", "Alena")[i % 3], ("Shevchenko", "Schewtschenko")[i % 2])
             for i in range(9)]
    for n, (cid, given) in enumerate(zip(TEXT_IDS, ("Mohamed", "Mohammed", "Olena", "Muhamed"))):
        row = _person(300 + n, given, "Al Hasan" if given != "Olena" else "Shevchenko", deleted=cid == "legacy-gone")
        rows.append({**row, "id": cid})
    return rows


def _reference(conn, text: str) -> list[str]:
    """The reference ranking's ids; equal (score, names) in the order of the stored ids, as the list's
    ``ORDER BY id`` gives them (a text id before every blob; the reference sorts the texts)."""
    hits = search_reference.search_conn(conn, text, limit=search.CANDIDATES)
    hits.sort(key=lambda h: (-h.score, h.family_name.lower(), h.given_name.lower(), search._id_order(stored_id(h.id))))
    return [h.id for h in hits]


def _orm_rows(conn, ids: list[str]) -> dict[str, tuple]:
    c = Client.__table__.c
    return {r[0]: tuple(r) for r in conn.execute(select(c.id, *[c[n] for n in client_list.COLUMNS])
                                                 .where(c.id.in_(ids)))}


def test_keystrokes_give_the_orms_rows_order_and_count_with_text_ids_among_blobs(store, monkeypatch):
    bulk_insert(store, {Client: _people()})
    with store.connection() as conn:
        kinds = dict(conn.exec_driver_sql("SELECT typeof(id), count(*) FROM client GROUP BY 1").all())
    assert kinds == {"blob": 71, "text": 4}  # the test can fail: text ids really sit among the blobs
    kept_texts: list[int] = []
    real = search._json_ids
    monkeypatch.setattr(search, "_json_ids",
                        lambda stored: (kept_texts.append(sum(type(i) is str for i in stored)), real(stored))[1])
    counted = 0
    with store.connection() as conn:  # one connection, as the list's worker: the kept passes serve
        for name in TYPED:
            for text in (name[:i] for i in range(1, len(name) + 1)):
                query = client_list.Query(conn, ListFilter(text=text), first=FIRST)
                rows = query.page(conn, 0, FIRST)
                reference = _reference(conn, text)
                assert [r.id for r in rows] == reference[:FIRST], text
                assert all(type(r.id) is str for r in rows)
                orm = _orm_rows(conn, [r.id for r in rows])
                assert [tuple(vars(r).values()) for r in rows] == [orm[r.id] for r in rows], text
                if len(rows) == FIRST:
                    counted += not query._complete  # counted without reading a row (candidate_count)
                    assert query.count(conn) == len(reference), text
                # the picker's search and the rows a count could read give the same text ids
                assert [h.id for h in search.search_conn(conn, text, limit=search.CANDIDATES)] == reference
                assert sorted(r[0] for r in search.candidate_rows(conn, text, ("case_number",))) == \
                    sorted(reference)
    assert counted > 10
    assert any(kept_texts), "no kept pass held a text id: the test would not see its conversion"


def test_the_kept_pass_comes_back_in_its_stored_form_and_order(store):
    """``_json_ids`` and ``_STORED_IDS``: text ids first (SQLite sorts a text before a blob), each id
    back as it is stored — a text id that looks like hex stays text, a blob is never its text."""
    blobs = sorted(uuid.uuid4().bytes for _ in range(5))
    stored = sorted([*TEXT_IDS, *blobs], key=search._id_order)
    with store.connection() as conn:
        back = [r[0] for r in conn.exec_driver_sql(search._STORED_IDS, search._json_ids(stored))]
        assert back == stored
        assert [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM ({search._STORED_IDS}) ORDER BY id",
                                                   search._json_ids(stored))] == stored


def test_a_pass_is_sorted_in_sqlites_order_of_stored_ids(store):
    """``_in_id_order`` sorts as ``_id_order`` does and as SQLite's ``ORDER BY`` of the stored ids."""
    stored = [*(uuid.uuid4().bytes for _ in range(20)), *TEXT_IDS, "Zeta", "äpfel"]
    with store.connection() as conn:
        ordered = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM ({search._STORED_IDS}) ORDER BY id",
                                                      search._json_ids(sorted(stored, key=search._id_order)))]
    assert search._in_id_order(stored) == sorted(stored, key=search._id_order) == ordered
    blobs = [i for i in stored if type(i) is bytes]
    assert search._in_id_order(blobs) == sorted(blobs)
