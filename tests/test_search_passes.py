"""How a candidate pass finds its people changes its cost, never its people or their order.

A pass of several words gives the people matching every word, the first ``CANDIDATES`` in id
order (``search._pass_select``). It leaves out a word that another implies (``_needed``: "a"
beside "al", a word typed twice), so "Al-A" sorts the keys of "al" instead of probing each of
them for "a". The lean pass is checked against the full one on seeded data and the ranking
against the previous one (``benchmarks/search_reference.py``); the ranking's ids, made text in
Python (``search._text_ids``), against ids made text by SQLite.
"""

from __future__ import annotations

import pytest

from benchmarks import search_reference
from kimdesk.services.clients_intake import search
from kimdesk.store import names
from tests.support.stores import search_people_store
from tests.test_search_ranking import _top

IMPLIED = ["Al-A", "a al ali", "ali ali", "Ali Al-Ali", "has hasan", "mo mohamed", "al alhasan", "moh mohammad",
           "Hasan Has", "a a", "Ahmad Ah", "al ahmad ahmadi", "ah ahmadi"]


@pytest.fixture(scope="module")
def people_store(template_profile, tmp_path_factory):
    store = search_people_store(template_profile, tmp_path_factory.mktemp("passes"))
    yield store
    store.close()


def _pass(conn, text: str, *, phonetic: bool, limit: int = search.CANDIDATES) -> list:
    sql, args = search._pass_select(names.tokens(text), phonetic=phonetic, limit=str(limit), conn=conn)
    return [row[0] for row in conn.exec_driver_sql(sql, tuple(args))]


def test_a_word_another_implies_is_not_checked():
    """A repeated word, or the start of a word the pass matches by spelling alone, is left out; the
    start of a word the pass also matches by sound stays (a sound-alike need not start so)."""
    assert search._needed(["al", "a"], phonetic=False) == ["al"]
    assert search._needed(["a", "al", "ali"], phonetic=False) == ["ali"]
    assert search._needed(["a", "al", "ali"], phonetic=True) == ["al", "ali"]  # "ali" also by sound
    assert search._needed(["ali", "ali"], phonetic=True) == ["ali"]
    assert search._needed(["has", "hasan"], phonetic=False) == ["hasan"]
    assert search._needed(["has", "hasan"], phonetic=True) == ["has", "hasan"]
    assert search._needed(["hasan", "ali"], phonetic=True) == ["hasan", "ali"]
    sql, args = search._pass_select(["al", "a"], phonetic=False, limit="400")
    assert "EXISTS" not in sql and "INTERSECT" not in sql and set(args) == {"fal", "fal{"}
    assert "ORDER BY client_id" in sql  # several words: id order, as the intersection gave them


@pytest.mark.parametrize("phonetic", [False, True])
@pytest.mark.parametrize("limit", [search.CANDIDATES, 30])
def test_leaving_out_implied_words_gives_the_same_people_in_the_same_order(people_store, monkeypatch, phonetic,
                                                                            limit):
    with people_store.connection() as conn:
        lean = {q: _pass(conn, q, phonetic=phonetic, limit=limit) for q in IMPLIED}
        monkeypatch.setattr(search, "_needed", lambda tokens, phonetic: list(tokens))
        full = {q: _pass(conn, q, phonetic=phonetic, limit=limit) for q in IMPLIED}
    assert lean == full
    assert all(lean.values())  # every query finds people
    assert limit > 30 or sum(len(v) == limit for v in lean.values()) > 3  # cut passes: their order counts


@pytest.mark.parametrize("q", IMPLIED)
def test_queries_with_implied_words_rank_as_before(people_store, q):
    for limit in (8, 50, search.CANDIDATES):
        assert _top(search.search, people_store, q, limit) == _top(search_reference.search, people_store, q, limit)


def test_the_instructions_of_a_query_with_an_implied_word_are_those_of_its_lean_pass(people_store, monkeypatch):
    """"Al-A": the keys of "al" sorted, none probed for "a": fewer instructions than the full pass
    (SQLite's own count), the same rows."""
    from tests.test_search_kept_passes import _instructions

    with people_store.connection() as conn:
        lean = _instructions(conn, "Al-A", keep=False)
        rows = search.ranked_rows(conn, "Al-A", ("case_number",), limit=34)
        monkeypatch.setattr(search, "_needed", lambda tokens, phonetic: list(tokens))
        full = _instructions(conn, "Al-A", keep=False)
        assert search.ranked_rows(conn, "Al-A", ("case_number",), limit=34) == rows
    assert lean < full, (lean, full)


def test_ranked_rows_carry_the_ids_as_text(people_store):
    """The statement returns stored ids; the rows handed out carry the same ids as text as SQLite's
    ``id_text_sql`` makes them, in the same order."""
    from kimdesk.models.types import id_text_sql

    with people_store.connection() as conn:
        for q in ("Ali", "Mohamed Ali", "KIM-0001", "Al-A"):
            rows = search.ranked_rows(conn, q, ("case_number",), limit=search.CANDIDATES)
            hits = search.search_conn(conn, q, limit=50)
            assert rows and all(isinstance(r[0], str) and len(r[0]) == 36 for r in rows)
            assert [h.id for h in hits] == [r[0] for r in rows[:50]]
            in_sql = [r[0] for r in conn.exec_driver_sql(
                f"SELECT {id_text_sql('id')} FROM client WHERE case_number = ?", (rows[0][1],))]
            assert in_sql == [rows[0][0]]
