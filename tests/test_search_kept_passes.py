"""The client list's keystrokes keep a sound-alike pass for the next one, with the same results.

Typing a name of three or more words, each keystroke after the third word's first letter finds
its sound-alikes among the people of the pass of its first two words, kept from the keystroke
before (``search._sound_pass_people``), and a space typed after a word reuses the last rows. Only
the client list keeps (``ranked_rows(keep=True)``): ``search_conn`` runs its statement unchanged.
The kept pass must leave every result unchanged (against the pass computed afresh and against
the previous implementation), must make the third word's keystrokes cheaper (SQLite's own count
of the instructions it ran), and must not outlive a change of the database.
"""

from __future__ import annotations

import pytest

from benchmarks import search_reference
from benchmarks.bench_ui import TYPED
from benchmarks.common import bulk_insert
from kimdesk.models import Client
from kimdesk.services.clients_intake import search
from tests.support.stores import search_people_store
from tests.test_search_ranking import _person

# every name the keystroke benchmark types, and more of three words (short words among them)
NAMES = list(TYPED) + ["Hiba Al-Hassan", "Amal Al Ahmad", "al hasan ali", "Mohamed Al Hasan", "ali al a",
                       "mo ali hasan", "Yousef Al Hassan Ali", "Maria Petrova Ivanova", "Ahmad Ahmadi Ahmad"]
COLUMNS = ("case_number", "given_name", "family_name")


@pytest.fixture(scope="module")
def people_store(template_profile, tmp_path_factory):
    # the demo's people, and many sound-alikes (not spellings) of "Muhammad", a few of them "Al …"
    family = ("Al Hasan", "Hasan", "Yilmaz", "Khan", "Rahimi", "Haddad", "Karimi", "Nasser", "Bakr", "Osman")
    many = [_person(5_000 + i, ("Mohamed", "Mohammed", "Muhamed", "Mohamad")[i % 4], family[i % 10])
            for i in range(1_500)]
    store = search_people_store(template_profile, tmp_path_factory.mktemp("kept"), many)
    yield store
    store.close()


def _typed(name: str) -> list[str]:
    return [name[:i] for i in range(1, len(name) + 1)]


def _kept_record(conn):
    return conn.connection.info.get(search._KEPT)


@pytest.mark.parametrize("kept_pass", [search.KEPT_PASS, 3])  # 3: passes too large to keep, cut to their first
@pytest.mark.parametrize("name", NAMES)
def test_typing_a_name_in_the_list_ranks_as_the_full_pass_does(people_store, monkeypatch, name, kept_pass):
    monkeypatch.setattr(search, "KEPT_PASS", kept_pass)
    used: list[tuple[str, ...]] = []
    real = search._sound_pass_people

    def counted(conn, tokens, passes, needed):
        found = real(conn, tokens, passes, needed)
        if found is not None:
            used.append(tuple(tokens))
        return found

    monkeypatch.setattr(search, "_sound_pass_people", counted)
    for limit in (34, search.CANDIDATES):  # a keystroke's first page, the whole list
        with people_store.connection() as conn:
            kept = [search.ranked_rows(conn, text, COLUMNS, limit=limit, keep=True) for text in _typed(name)]
        with people_store.connection() as conn:
            fresh = [search.ranked_rows(conn, text, COLUMNS, limit=limit) for text in _typed(name)]
        assert kept == fresh, name
        for text, rows in zip(_typed(name), kept):
            reference = [(h.id, h.score) for h in search_reference.search(people_store, text, limit=limit)]
            assert [(r[0], r[-1]) for r in rows] == reference, text
    if len(name.split()) >= 3 and name not in ("ali al a",) and kept_pass > 3:
        assert any(len(tokens) >= 3 for tokens in used), "no keystroke used a kept pass"


def _instructions(conn, text: str, keep: bool) -> int:
    """SQLite virtual machine instructions the ranking of ``text`` ran (its own cost counter)."""
    raw = conn.connection.driver_connection
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    raw.set_progress_handler(tick, 1)
    try:
        search.ranked_rows(conn, text, COLUMNS, limit=34, keep=keep)
    finally:
        raw.set_progress_handler(None, 1)
    return steps[0]


def test_the_third_words_keystrokes_probe_the_kept_pass_instead_of_walking(people_store):
    """After "Muhammad Al" every keystroke of "Hasan" probes the few kept people instead of walking
    every sound-alike of "Muhammad" and probing each for "al": far fewer instructions. A space
    after a word (the same words) runs none of the ranking."""
    texts = _typed("Muhammad Al Hasan")[len("Muhammad Al") - 1:]
    with people_store.connection() as conn:
        fresh = {text: _instructions(conn, text, keep=False) for text in texts}
    with people_store.connection() as conn:
        kept = {text: _instructions(conn, text, keep=True) for text in texts}
    assert kept["Muhammad Al "] < fresh["Muhammad Al "] / 100  # the last rows, reused
    assert kept["Muhammad Al"] < fresh["Muhammad Al"] * 1.1, (kept, fresh)  # the pass read once, kept
    for text in texts[2:]:  # "Muhammad Al H" …: the scoring of the candidates is the same in both
        assert kept[text] < fresh[text] * 0.7, (kept, fresh)


def test_search_conn_keeps_nothing(people_store):
    """The pickers and the search command rank with the statement alone: nothing read to be kept."""
    with people_store.connection() as conn:
        conn.connection.info.pop(search._KEPT, None)
        for text in _typed("Muhammad Al Hasan"):
            search.search_conn(conn, text, limit=34)
        assert _kept_record(conn) is None


@pytest.mark.parametrize("other_connection", [False, True])
def test_a_change_to_the_people_is_not_hidden_by_a_kept_pass(store, profile, template_profile, other_connection):
    """A person added after the kept pass was read is found at the next keystroke: a commit of this
    connection (``total_changes``) or of another (``PRAGMA data_version``) drops the kept passes."""
    from tests.support.stores import open_with_key

    bulk_insert(store, {Client: [_person(i, "Mohamed", f"Ali Hasan{i}") for i in range(3)]})
    with store.connection() as conn:
        before = search.ranked_rows(conn, "Mohamed Ali H", COLUMNS, limit=50, keep=True)
    assert len(before) == 3
    newcomer = _person(50, "Muhammad", "Aly Hassan")  # a sound-alike of the first two words
    writer = open_with_key(profile, template_profile[1]) if other_connection else store
    try:
        bulk_insert(writer, {Client: [newcomer]})
    finally:
        if other_connection:
            writer.close()
    with store.connection() as conn:
        after = search.ranked_rows(conn, "Mohamed Ali Ha", COLUMNS, limit=50, keep=True)
    assert newcomer["id"] in {r[0] for r in after}
    assert [(r[0], r[-1]) for r in after] == [(h.id, h.score) for h in
                                              search_reference.search(store, "Mohamed Ali Ha", limit=50)]


def test_no_pass_is_kept_while_the_unit_of_work_has_written(store):
    """Rows written in this unit may be rolled back: a pass read now is neither kept nor used."""
    bulk_insert(store, {Client: [_person(i, "Mohamed", f"Ali Hasan{i}") for i in range(3)]})
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE client SET municipality = 'Köln' WHERE case_number = 'T-00000'")
        assert search._kept(conn) is None
        assert search._sound_pass_people(conn, ["mohamed", "ali", "h"], search._kept_passes(conn, ())) is None
        assert len(search.ranked_rows(conn, "Mohamed Ali Ha", COLUMNS, limit=50, keep=True)) == 3
    with store.connection() as conn:
        assert search._kept(conn) is not None
        passes = search._kept_passes(conn, ("mohamed", "ali"))
        assert search._sound_pass_people(conn, ["mohamed", "ali"], passes) is not None
        passes = search._kept_passes(conn, ("mohamed", "ali", "h"))
        assert search._sound_pass_people(conn, ["mohamed", "ali", "h"], passes) is not None


def test_the_last_ranking_is_reused_only_for_the_same_words_on_the_same_data(store):
    """A space typed after a word ranks the same words: the last rows, unless the data changed."""
    bulk_insert(store, {Client: [_person(i, "Mohamed", f"Ali{i}") for i in range(3)]})
    columns = ("given_name", "family_name")
    with store.connection() as conn:
        first = search.ranked_rows(conn, "Mohamed Ali", columns, limit=34, keep=True)
        assert search._kept(conn)["last"] is not None
        assert search.ranked_rows(conn, "Mohamed Ali ", columns, limit=34, keep=True) == first
    bulk_insert(store, {Client: [_person(50, "Mohamed", "Ali")]})
    with store.connection() as conn:
        again = search.ranked_rows(conn, "Mohamed Ali ", columns, limit=34, keep=True)
    assert len(first) == 3 and len(again) == 4 and again[0][0] == _person(50, "x", "y")["id"]


def test_a_skipped_sound_alike_pass_is_not_read_to_be_kept(store, monkeypatch):
    """Two words whose exact spellings fill the rows asked for skip the sound-alikes (``_candidates``):
    keeping their pass for the next keystroke must not read it after all; when they do not fill
    them, it is read once and kept."""
    bulk_insert(store, {Client: [_person(i, "Mohamed", "Ali") for i in range(60)]
                        + [_person(100 + i, "Muhammad", "Aly") for i in range(30)]})
    read: list[tuple[str, ...]] = []
    real = search._pass_read
    monkeypatch.setattr(search, "_pass_read", lambda conn, tokens: (read.append(tokens), real(conn, tokens))[1])
    with store.connection() as conn:
        assert len(search.ranked_rows(conn, "Mohamed Ali", COLUMNS, limit=50, keep=True)) == 50
        assert read == []
        assert len(search.ranked_rows(conn, "Mohamed Ali", COLUMNS, limit=search.CANDIDATES, keep=True)) == 90
        assert read == [("mohamed", "ali")]
        search.ranked_rows(conn, "Mohamed Ali M", COLUMNS, limit=search.CANDIDATES, keep=True)
        assert read == [("mohamed", "ali")]  # the third word's first letter: from the kept pass


@pytest.mark.parametrize("name", [n for n in NAMES if len(n.split()) >= 2])
def test_the_lists_keystrokes_count_the_full_rankings_people(people_store, monkeypatch, name):
    """Each keystroke's page and count (after its first page, from the kept passes too) are the full
    ranking's: typed letter by letter on one connection, as the list does."""
    from kimdesk.services.clients_intake import client_list
    from kimdesk.services.clients_intake.client_list import ListFilter

    with people_store.connection() as conn:
        for text in _typed(name):
            query = client_list.Query(conn, ListFilter(text=text), first=20)
            page, count = [r.id for r in query.page(conn, 0, 20)], query.count(conn)
            full = [h.id for h in search.search_conn(conn, text, limit=search.CANDIDATES)]
            assert (page, count) == (full[:20], len(full)), text


def test_a_name_pasted_whole_reads_no_pass_to_keep(store, monkeypatch):
    """Three words at once (pasted, or a search of another name) have no kept base: the statement walks
    as without keeping and nothing more is read, so such a search costs what it did."""
    bulk_insert(store, {Client: [_person(i, "Mohamed", f"Ali Hasan{i}") for i in range(3)]
                        + [_person(100 + i, "Muhammad", "Aly Hassan") for i in range(3)]})
    read: list[tuple[str, ...]] = []
    real = search._pass_read
    monkeypatch.setattr(search, "_pass_read", lambda conn, tokens: (read.append(tokens), real(conn, tokens))[1])
    with store.connection() as conn:
        rows = search.ranked_rows(conn, "Mohamed Ali Hasan", COLUMNS, limit=50, keep=True)
        assert len(rows) == 6 and read == []
        search.ranked_rows(conn, "Mohamed Ali", COLUMNS, limit=50, keep=True)  # typed: kept for the third word
        assert read == [("mohamed", "ali")]
