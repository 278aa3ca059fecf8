"""A sound-alike pass kept for the next keystroke gives the results the full pass gives.

Typing a name of three or more words, each keystroke after the third word's first letter finds
its sound-alikes among the people of the pass of its words but the last, kept from the keystroke
before (``search._sound_pass_people``). The kept pass must leave every result unchanged (against
the pass computed afresh and against the previous implementation) and must not outlive a change
of the database, by this connection or another.
"""

from __future__ import annotations

import pytest

from benchmarks import search_reference
from benchmarks.bench_search import people
from benchmarks.bench_ui import TYPED
from benchmarks.common import bulk_insert
from kimdesk.models import Client
from kimdesk.services.clients_intake import search
from tests.test_search_ranking import _person

NAMES = [w for w in TYPED if len(w.split()) >= 3] + [
    "Hiba Al-Hassan", "Amal Al Ahmad", "al hasan ali", "Mohamed Al Hasan", "ali al a", "mo ali hasan",
    "Yousef Al Hassan Ali", "Maria Petrova Ivanova", "Ahmad Ahmadi Ahmad"]


@pytest.fixture(scope="module")
def people_store(template_profile, tmp_path_factory):
    from tests.support.stores import copy_profile, open_with_key

    template, key = template_profile
    store = open_with_key(copy_profile(template, key, tmp_path_factory.mktemp("kept")), key)
    bulk_insert(store, {Client: people(3_000, seed=3)})
    yield store
    store.close()


def _ids(hits) -> list[tuple[str, float]]:
    return [(h.id, h.score) for h in hits]


def _typed(name: str) -> list[str]:
    return [name[:i] for i in range(1, len(name) + 1)]


@pytest.mark.parametrize("name", NAMES)
def test_typing_a_long_name_ranks_as_the_full_pass_does(people_store, monkeypatch, name):
    used: list[tuple[str, ...]] = []
    real = search._sound_pass_people

    def counted(conn, tokens, passes, needed):
        found = real(conn, tokens, passes, needed)
        if found is not None:
            used.append(tuple(tokens))
        return found

    monkeypatch.setattr(search, "_sound_pass_people", counted)
    with people_store.connection() as conn:
        kept = {(text, limit): _ids(search.search_conn(conn, text, limit=limit))
                for text in _typed(name) for limit in (34, search.CANDIDATES)}
    monkeypatch.setattr(search, "_sound_pass_people", lambda conn, tokens, passes, needed: None)
    with people_store.connection() as conn:
        fresh = {(text, limit): _ids(search.search_conn(conn, text, limit=limit))
                 for text in _typed(name) for limit in (34, search.CANDIDATES)}
    assert kept == fresh
    for text, limit in kept:
        assert kept[text, limit] == _ids(search_reference.search(people_store, text, limit=limit)), text
    assert used, "no keystroke used a kept pass"  # the kept path was taken (three words typed)


def test_the_client_lists_keystrokes_show_the_full_rankings_pages(people_store):
    from kimdesk.services.clients_intake import client_list
    from kimdesk.services.clients_intake.client_list import ListFilter

    texts = _typed("Muhammad Al Hasan")
    with people_store.connection() as conn:
        pages = [[r.id for r in client_list.Query(conn, ListFilter(text=text), first=34).page(conn, 0, 34)]
                 for text in texts]
    assert pages == [[h.id for h in search_reference.search(people_store, text, limit=34)] for text in texts]


@pytest.mark.parametrize("other_connection", [False, True])
def test_a_change_to_the_people_is_not_hidden_by_a_kept_pass(store, profile, template_profile, other_connection):
    """A person added after the kept pass was read is found at the next keystroke: a commit of this
    connection (``total_changes``) or of another (``PRAGMA data_version``) drops the kept passes."""
    from tests.support.stores import open_with_key

    bulk_insert(store, {Client: [_person(i, "Mohamed", f"Ali Hasan{i}") for i in range(3)]})
    with store.connection() as conn:
        before = search.search_conn(conn, "Mohamed Ali H", limit=50)
    assert len(before) == 3
    newcomer = _person(50, "Muhammad", "Aly Hassan")  # a sound-alike of the first two words
    writer = open_with_key(profile, template_profile[1]) if other_connection else store
    try:
        bulk_insert(writer, {Client: [newcomer]})
    finally:
        if other_connection:
            writer.close()
    with store.connection() as conn:
        after = search.search_conn(conn, "Mohamed Ali Ha", limit=50)
    assert newcomer["id"] in {h.id for h in after}
    assert _ids(after) == _ids(search_reference.search(store, "Mohamed Ali Ha", limit=50))


def test_no_pass_is_kept_while_the_unit_of_work_has_written(store):
    """Rows written in this unit may be rolled back: a pass read now is neither kept nor used."""
    bulk_insert(store, {Client: [_person(i, "Mohamed", f"Ali Hasan{i}") for i in range(3)]})
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE client SET municipality = 'Köln' WHERE case_number = 'T-00000'")
        assert search._kept(conn) is None
        assert search._sound_pass_people(conn, ["mohamed", "ali", "h"], search._kept_passes(conn, ())) is None
        assert len(search.search_conn(conn, "Mohamed Ali Ha", limit=50)) == 3
    with store.connection() as conn:
        assert search._kept(conn) is not None
        passes = search._kept_passes(conn, ("mohamed", "ali", "h"))
        assert search._sound_pass_people(conn, ["mohamed", "ali", "h"], passes) is not None


def test_the_last_ranking_is_reused_only_for_the_same_words_on_the_same_data(store):
    """A space typed after a word ranks the same words: the last rows, unless the data changed."""
    bulk_insert(store, {Client: [_person(i, "Mohamed", f"Ali{i}") for i in range(3)]})
    columns = ("given_name", "family_name")
    with store.connection() as conn:
        first = search.ranked_rows(conn, "Mohamed Ali", columns, limit=34)
        assert search._kept(conn)["last"] is not None
        assert search.ranked_rows(conn, "Mohamed Ali ", columns, limit=34) == first
    bulk_insert(store, {Client: [_person(50, "Mohamed", "Ali")]})
    with store.connection() as conn:
        again = search.ranked_rows(conn, "Mohamed Ali ", columns, limit=34)
    assert len(first) == 3 and len(again) == 4 and again[0][0] == _person(50, "x", "y")["id"]


def test_a_skipped_sound_alike_pass_is_not_read_to_be_kept(store, monkeypatch):
    """Two words whose exact spellings fill the rows asked for skip the sound-alikes (``_candidates``):
    keeping their pass for the next keystroke must not read it after all; when they do not fill
    them, it is read once and kept."""
    bulk_insert(store, {Client: [_person(i, "Mohamed", "Ali") for i in range(60)]
                        + [_person(100 + i, "Muhammad", "Aly") for i in range(30)]})
    read: list[tuple[str, ...]] = []
    real = search._whole_pass
    monkeypatch.setattr(search, "_whole_pass", lambda conn, tokens: (read.append(tokens), real(conn, tokens))[1])
    with store.connection() as conn:
        assert len(search.search_conn(conn, "Mohamed Ali", limit=50)) == 50
        assert read == []
        assert len(search.search_conn(conn, "Mohamed Ali", limit=search.CANDIDATES)) == 90
        assert read == [("mohamed", "ali")]
        search.search_conn(conn, "Mohamed Ali M", limit=search.CANDIDATES)
        assert read == [("mohamed", "ali")]  # the third word's first letter: from the kept pass
