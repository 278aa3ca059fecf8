"""The ranking in SQL gives the same results as the Python ranking it replaced.

The reference (``benchmarks/search_reference.py``) is the previous implementation; both run
on the search benchmark's data (demo names, transliterations, native spellings, deleted rows)
with the benchmark's fixed query set plus queries that hit the edges: more than 400
candidates (one letter), case numbers, a prefix every case number shares, repeated tokens,
other scripts, nothing to find.
"""

from __future__ import annotations

import random

import pytest

from benchmarks import search_reference
from benchmarks.bench_store import queries
from benchmarks.common import bulk_insert
from kimdesk.models import Client
from kimdesk.services.clients_intake import search
from tests.support.stores import search_people_store

EDGES = ["m", "a", "mo", "ali", "kim", "KIM-0001", "kim 00012", "0001", "00017", "Mohamed Ali", "ali ali",
         "محمد", "Олена", "Müller", "Mueller", "schewtschenko", "Shevchenko", "Ahmad Ahmadi", "zzzz", "", "  ",
         "-", "x", "Al-Hassan", "o'neil", "1", "Nguyễn",
         # a short token walks the token of three letters or more with the fewest keys (three-word queries)
         "Hiba Al-Hassan", "Amal Al Ahmad", "al hasan ali", "Mohamed Al Hasan", "ali al a", "Al-A", "mo ali hasan",
         # the slowest shapes at 100,000 people (issue 19, round 6): two short words, a short word before a
         # common name, a native spelling of a common name, common given + family names, typed prefixes of
         # a three-word name, a case number that is also a name prefix
         "Al-O", "Al-Ahmad", "Al-Obaidi", "عائشة", "Ivan Dimitrov", "Sara Hassan", "Maria Petrov", "Ion Ionescu",
         "Yousef Al-Hassan", "Muhammad A", "Muhammad Al", "Muhammad Al H", "Muhammad Al Hasan", "T", "Tes",
         "kim 0", "KIM-00001 Ali"]


@pytest.fixture(scope="module")
def people_store(template_profile, tmp_path_factory):
    store = search_people_store(template_profile, tmp_path_factory.mktemp("ranking"))
    yield store
    store.close()


def _top(fn, store, q: str, limit: int) -> list[tuple[str, float]]:
    return [(h.id, h.score) for h in fn(store, q, limit=limit)]


def test_the_benchmark_queries_rank_identically(people_store):
    qs = queries(people_store, 300, random.Random(5))
    differ = [q for q in qs if _top(search.search, people_store, q, 50) != _top(search_reference.search,
                                                                                  people_store, q, 50)]
    assert differ == []


@pytest.mark.parametrize("q", EDGES)
def test_edge_queries_rank_identically_for_the_list_and_the_pickers(people_store, q):
    for limit in (8, 50, search.CANDIDATES):  # quick note, search command, the client list
        assert _top(search.search, people_store, q, limit) == _top(search_reference.search, people_store, q, limit)


def test_a_one_letter_query_is_capped_like_before(people_store):
    hits = search.search(people_store, "a", limit=10_000)
    assert len(hits) <= search.CANDIDATES and hits == search_reference.search(people_store, "a", limit=10_000)


@pytest.mark.parametrize("cap", [10, 30])
@pytest.mark.parametrize("q", ["ali", "hasan", "ahmed", "mohamed", "muhammad", "maria", "dimitri", "olena", "a",
                               "mar", "KIM-001", "al hasan", "shevchenko"])
def test_a_full_candidate_list_keeps_exact_spellings_before_sound_alikes(people_store, monkeypatch, q, cap):
    """With the cap lowered the cap decides who is ranked (as 400 does at 100,000 people)."""
    monkeypatch.setattr(search, "CANDIDATES", cap)
    for limit in (8, 50):
        assert _top(search.search, people_store, q, limit) == _top(search_reference.search, people_store, q, limit)


def _person(i: int, given: str, family: str, *, deleted: bool = False) -> dict:
    import uuid
    from datetime import date

    return {"id": str(uuid.UUID(int=10**12 + i, version=4)), "case_number": f"T-{i:05d}", "given_name": given,
            "family_name": family, "native_name": None, "birth_date": "1990", "municipality": "Aachen",
            "languages": [], "interpreter_needed": False, "status": "open", "opened_on": date(2024, 1, 1),
            "deleted": deleted}


@pytest.mark.parametrize("q", ["Mohamed Ali", "Mohamed"])
def test_deleted_exact_spellings_do_not_skip_the_sound_alikes(store, q):
    """60 people spelled exactly, 55 of them deleted: 5 living ones cannot fill 50 rows, so the
    sound-alikes (Muhammad Aly) must still be looked for; counting the deleted would skip them."""
    rows = [_person(i, "Mohamed", "Ali", deleted=i >= 5) for i in range(60)]
    rows += [_person(100 + i, "Muhammad", "Aly") for i in range(30)]
    bulk_insert(store, {Client: rows})
    new = _top(search.search, store, q, 50)
    assert new == _top(search_reference.search, store, q, 50)
    assert len(new) == 35 and sum(score < 95 for _, score in new) == 30


def test_enough_living_exact_spellings_rank_above_every_sound_alike(store):
    """The shortcut's premise, on data: with the sound-alike pass skipped the first rows are those of
    the full candidate list (every sound-alike ranks below every exact spelling)."""
    rows = [_person(i, "Mohamed", "Ali") for i in range(60)] + [_person(100 + i, "Muhammad", "Aly") for i in range(30)]
    bulk_insert(store, {Client: rows})
    for q in ("Mohamed Ali", "Mohamed", "ali"):
        short = _top(search.search, store, q, 50)
        assert short == _top(search_reference.search, store, q, 50)
        assert short == _top(search.search, store, q, search.CANDIDATES)[:50]  # the full pass, cut


@pytest.mark.parametrize("cap,first", [(search.CANDIDATES, 200), (30, 10)])
def test_the_client_lists_first_page_is_the_full_rankings_first_page(people_store, monkeypatch, cap, first):
    """The list ranks only its first page for a keystroke; that page equals the full ranking's."""
    from kimdesk.services.clients_intake import client_list
    from kimdesk.services.clients_intake.client_list import ListFilter

    monkeypatch.setattr(search, "CANDIDATES", cap)
    monkeypatch.setattr(client_list, "FIRST", first)
    qs = queries(people_store, 300, random.Random(5)) + [q for q in EDGES if q.strip()]  # blank: no search
    with people_store.connection() as conn:
        for q in qs:
            full = [h.id for h in search.search_conn(conn, q, limit=cap)]
            query = client_list.Query(conn, ListFilter(text=q))
            page = query.page(conn, 0, first)
            assert [r.id for r in page] == full[:first], q
            rest = query.page_after(conn, page[-1], cap) if page else []
            assert [r.id for r in page + rest] == full and query.count(conn) == len(full), q


def test_a_short_token_walks_the_rarest_long_token(people_store, monkeypatch):
    """Which token's keys are walked changes only the cost: counted, the rarer one is walked."""
    from kimdesk.services.clients_intake import search as module

    walked: list[str] = []
    real = module._token_union
    monkeypatch.setattr(module, "_token_union", lambda token, **kw: (walked.append(token), real(token, **kw))[1])
    with people_store.connection() as conn:
        counts = module._key_counts(conn, ["hiba", "hasan"], phonetic=False)
        module.search_conn(conn, "Hiba Al Hassan")
    assert counts[0] < counts[1]  # the longer token is the commoner one: not walked
    assert walked[0] == "hiba"
    assert _top(search.search, people_store, "Hiba Al Hassan", 50) == _top(
        search_reference.search, people_store, "Hiba Al Hassan", 50)


def test_equal_scores_order_by_pythons_lower_in_any_script(store):
    """ASCII names sort by SQLite's ``lower`` (no call into Python), the others by ``str.lower``:
    one order, the one Python gives (SQLite's ``lower`` alone would put "Ölmez" after "zeller")."""
    families = ["Zeller", "Ölmez", "ölmez", "Abel", "abel", "Émond", "emond", "ÉMOND", "Straße", "STRASSE", "Яковлев",
                "яковлев", "Ωmega", "İnce", "ince"]
    bulk_insert(store, {Client: [_person(i, "Lenora", family) for i, family in enumerate(families)]})
    hits = search.search(store, "Lenora", limit=50)
    assert len(hits) == len(families) and {h.score for h in hits} == {100.0}
    assert [(h.family_name, h.id) for h in hits] == sorted(((h.family_name, h.id) for h in hits),
                                                           key=lambda fi: (fi[0].lower(), "Lenora", fi[1]))
    assert [(h.id, h.score) for h in hits] == _top(search_reference.search, store, "Lenora", 50)


def test_the_lists_count_after_a_first_page_counts_the_full_rankings_people(people_store, monkeypatch):
    """A keystroke's count (``Query.count`` after ranking only the first page) counts the people of
    the full ranking without ranking them (``search.candidate_rows``): the same number."""
    from kimdesk.services.clients_intake import client_list
    from kimdesk.services.clients_intake.client_list import ListFilter

    monkeypatch.setattr(client_list, "FIRST", 20)  # first pages that are full at 3,000 people
    qs = queries(people_store, 300, random.Random(7)) + [q for q in EDGES if q.strip()]
    unranked = 0
    with people_store.connection() as conn:
        for q in qs:
            query = client_list.Query(conn, ListFilter(text=q))
            count = query.count(conn)
            unranked += not query._complete  # counted without the full ranking
            assert count == len(search.search_conn(conn, q, limit=search.CANDIDATES)), q
    assert unranked > 50
