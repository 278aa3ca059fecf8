"""Finding people by name, tolerant of accents, case, script and transliteration.

Each query token must match one of a person's name keys: a folded-spelling prefix (so
typing "moh" finds Mohammed as you type) or the phonetic key (so "Mohamed" finds Muhammad
and محمد). The key table is a B-tree, so a lookup is a few index range scans whatever the
number of people.

Candidates and their ranking are one SQL statement: SQLite picks at most ``CANDIDATES``
people (case-number prefixes first, then exact spellings, then sound-alikes, so a common
sound cannot crowd out the person typed exactly), scores each query token against the
person's keys (exact 100, prefix 95, same sound 88; the mean over the tokens, a matching
case number 100) and sorts; only the rows shown cross into Python. A candidate matches
every token by prefix or sound, so no edit distance is needed. ``kim_lower`` (Python's
``str.lower``, registered on every connection; SQLite's ``lower`` for an ASCII name, the same
string without a call into Python: ``_lower``) orders equal scores by name in any script.

Two shortcuts keep a search within a few milliseconds at 100,000 people, each proven to leave
the first rows unchanged (``tests/test_search_ranking.py`` compares them with the previous
ranking): the sound-alike pass, which intersects thousands of people for a common two-word
name, is skipped when enough living people matched by spelling to fill the rows asked for
(``_sound_alikes_rank_below``); and what the pass that found a candidate knows of its score
rides along with it (``_arms``): a one-token query reads the score off it instead of probing
the person's keys, a spelling-pass person needs no prefix probe. The candidates are the
passes' people in turn (``UNION ALL``), not numbered and sorted. How a pass finds its
people changes only its cost, never the set or its (id) order: a word that another implies is
not checked ("a" beside "al", a word typed twice: ``_needed``); several words intersect (sort and
merge) ``UNION ALL`` reads of each word's keys; a query with a one- or two-letter word beside
longer ones walks the keys of the rarest longer word (``_key_counts``) and probes each person for
the others. The statement returns the stored id and Python turns the returned rows' ids into
text (``_text_ids``): SQLite would make the text of every candidate before sorting them.

Typing a long name in the client list stays cheap through what its keystrokes keep (only there:
``ranked_rows(keep=True)``; ``search_conn`` and the search benchmark run the statement above
unchanged, so no search pays for keeping): a two-word keystroke whose sound-alike pass is needed
reads it whole (instead of walking it inside the statement) and keeps it on the connection while
the database is unchanged (``_kept``), and each later keystroke's pass is the kept people who also
match its last word (``_sound_pass_people``: the same set, probed instead of walked: "Muhammad Al
H…" at 100,000 people probes ~280 people instead of walking ~3,760 sound-alike keys); a query of
the same words as the one before (a space typed) reuses its rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import Connection

from kimdesk.models.types import id_text
from kimdesk.store import names
from kimdesk.store.engine import CHANGES_AT_BEGIN
from kimdesk.store.store import Store

CANDIDATES = 400  # ranked by SQLite; the list shows the best ones first
MAX_TOKENS = 6
COUNT_CAP = 8_000  # keys counted per token to pick the one to walk (``_key_counts``)
def _id_order(stored: object) -> tuple[bool, object]:
    """SQLite's order of stored person ids (16 bytes since migration 0043; a text id sorts first)."""
    return isinstance(stored, bytes), stored


def _in_id_order(stored: list) -> list:
    """``sorted(stored, key=_id_order)`` without a key per id: the text ids sorted, then the blobs
    (bytes compare as SQLite compares blobs; a pass of 2,000 people is sorted at each keystroke)."""
    texts = [i for i in stored if type(i) is not bytes]
    if not texts:
        return sorted(stored)
    return sorted(texts) + sorted(i for i in stored if type(i) is bytes)


def _json_ids(stored: list) -> tuple[str, str]:
    """Stored person ids (in ``_id_order``) as two JSON arrays for ``_STORED_IDS``: the text ids as they
    are, the 16-byte ones as hex. Each comes back in its stored form without a test or a conversion
    to UUID text per id (``unhex`` of 32 hex digits), and in the same order: SQLite sorts a text
    before a blob, so the texts read first keep the list's (id) order."""
    texts = [i for i in stored if type(i) is not bytes]
    blobs = stored[len(texts):]  # the blobs, after the texts (a text among them: TypeError, never a wrong id)
    return json.dumps(texts), ('["' + '","'.join(map(bytes.hex, blobs)) + '"]') if blobs else "[]"


# the ids of ``_json_ids``'s two arrays in their stored form and order (two parameters)
_STORED_IDS = "SELECT value AS id FROM json_each(?) UNION ALL SELECT unhex(value) FROM json_each(?)"


KEPT_PASS = 2_000  # a sound-alike pass of more people than this is not kept for the next keystroke
_KEPT = "kimdesk_search_kept"  # connection info: (database state, passes and the last ranking: ``_kept``)


@dataclass(frozen=True)
class Hit:
    id: str
    case_number: str
    given_name: str
    family_name: str
    birth_date: str | None
    municipality: str | None
    score: float

    def as_dict(self) -> dict:
        return asdict(self)


def _prefix(lo: str) -> tuple[str, list[str]]:
    """Keys starting with ``lo`` (tokens are [a-z0-9], and "{" sorts after both)."""
    return "key >= ? AND key < ?", [lo, lo + "{"]


def _token_select(token: str, *, phonetic: bool) -> tuple[str, list]:
    where, args = _prefix("f" + token)
    keys = sorted(names.phonetic_keys(token)) if phonetic and len(token) >= 3 else []
    if keys:
        where = f"({where} OR key IN ({', '.join('?' * len(keys))}))"
        args += ["p" + k for k in keys]
    return f"SELECT client_id FROM name_key WHERE {where}", args


def _token_union(token: str, *, phonetic: bool) -> tuple[str, list]:
    """The ids holding one of the token's keys as ``UNION ALL`` of a range and an ``IN`` list.

    SQLite reads ``range OR key IN (…)`` as a multi-index OR that deduplicates through a table
    of its own; here duplicates are left to the ``DISTINCT`` / ``INTERSECT`` around it (the
    same set, read once)."""
    sql, args = "SELECT client_id FROM name_key WHERE key >= ? AND key < ?", ["f" + token, "f" + token + "{"]
    keys = sorted(names.phonetic_keys(token)) if phonetic and len(token) >= 3 else []
    if keys:
        sql += f" UNION ALL SELECT client_id FROM name_key WHERE key IN ({', '.join('?' * len(keys))})"
        args += ["p" + k for k in keys]
    return sql, args


def _key_counts(conn: Connection, tokens: list[str], *, phonetic: bool) -> list[int]:
    """How many keys each token's range and sound keys hold (at most ``COUNT_CAP`` of the range): an
    estimate of its people, to walk the smallest. A few index range counts, no row read."""
    columns, args = [], []
    for token in tokens:
        column = f"(SELECT count(*) FROM (SELECT 1 FROM name_key WHERE key >= ? AND key < ? LIMIT {COUNT_CAP}))"
        args += ["f" + token, "f" + token + "{"]
        keys = sorted(names.phonetic_keys(token)) if phonetic else []
        if keys:
            column += f" + (SELECT count(*) FROM name_key WHERE key IN ({', '.join('?' * len(keys))}))"
            args += ["p" + k for k in keys]
        columns.append(column)
    return list(conn.exec_driver_sql(f"SELECT {', '.join(columns)}", tuple(args)).one())


def _sounds(token: str, *, phonetic: bool) -> bool:
    """Whether a pass matches ``token`` by its sound keys too (``_token_select``), not by spelling alone."""
    return phonetic and len(token) >= 3 and bool(names.phonetic_keys(token))


def _needed(tokens: list[str], *, phonetic: bool) -> list[str]:
    """The tokens a pass must check: a token repeated, or the start of another token that the pass
    matches by spelling alone ("al" beside "a", "hasan" beside "has"), is matched by every person
    who matches the other one, so checking it changes no set (and the pass walks or sorts less)."""
    return [t for i, t in enumerate(tokens) if t not in tokens[:i]
            and not any(o != t and o.startswith(t) and not _sounds(o, phonetic=phonetic) for o in tokens)]


def _pass_select(tokens: list[str], *, phonetic: bool, limit: str,
                 conn: Connection | None = None) -> tuple[str, list]:
    """People matching every token: distinct ids, at most ``limit``.

    One token: in the order of the key index. More: in id order (what ``INTERSECT`` gives), so
    how the set is found does not change which people it gives; a token that another implies is
    not checked (``_needed``: "Al-A" reads the keys of "al" alone). When a token is one or two
    letters its keys are a large part of the table; then the keys of the token of three letters
    or more that holds the fewest (``_key_counts``, when there are two such to choose from and
    ``conn`` is given; else the longest token) are walked and each person's own keys probed for
    the others (a seek each), rather than building the large set.
    """
    several = len(tokens) > 1
    tokens = _needed(tokens, phonetic=phonetic)
    if not several:
        inner, args = _token_select(tokens[0], phonetic=phonetic)
        return f"SELECT DISTINCT client_id FROM ({inner}) LIMIT {limit}", args
    if len(tokens) == 1:  # the others implied: this token's people, in id order
        inner, args = _token_union(tokens[0], phonetic=phonetic)
        return f"SELECT DISTINCT client_id FROM ({inner}) ORDER BY client_id LIMIT {limit}", args
    if min(len(t) for t in tokens) > 2:
        parts = [_token_union(t, phonetic=phonetic) for t in tokens]
        inner = " INTERSECT ".join(f"SELECT client_id FROM ({p})" for p, _ in parts)
        return f"SELECT DISTINCT client_id FROM ({inner}) LIMIT {limit}", [a for _, pa in parts for a in pa]
    lead = max(range(len(tokens)), key=lambda i: len(tokens[i]))
    long = [i for i, t in enumerate(tokens) if len(t) > 2]
    if conn is not None and len(long) > 1:
        counts = _key_counts(conn, [tokens[i] for i in long], phonetic=phonetic)
        lead = long[min(range(len(long)), key=lambda j: (counts[j], j))]
    sql, args = _token_union(tokens[lead], phonetic=phonetic)
    probes = []
    for i, token in enumerate(tokens):
        if i != lead:
            where, part_args = _token_select(token, phonetic=phonetic)
            probes.append(f"EXISTS (SELECT 1 FROM name_key o WHERE o.client_id = walked.client_id AND "
                          f"{where.split(' WHERE ', 1)[1].replace('key', 'o.key')})")
            args += part_args
    return (f"SELECT DISTINCT client_id FROM ({sql}) walked WHERE {' AND '.join(probes)} "
            f"ORDER BY client_id LIMIT {limit}"), args


def _score(token: str) -> tuple[str, list]:
    """A query token against one person's keys: exact 100, prefix 95, same sound 88 (one seek each).

    A candidate of the exact-spelling pass (``cand.pre = 95``) holds a key starting with every
    token, so when it does not hold the token itself it scores 95 without the prefix probe."""
    probe = "EXISTS (SELECT 1 FROM name_key k WHERE k.client_id = cand.id AND {})"
    keys = sorted(names.phonetic_keys(token))
    sql = (f"CASE WHEN {probe.format('k.key = ?')} THEN 100.0 WHEN cand.pre = 95.0 THEN 95.0 "
           f"WHEN {probe.format('k.key > ? AND k.key < ?')} THEN 95.0 ")
    args = ["f" + token, "f" + token, "f" + token + "{"]
    if keys:
        marks = ", ".join("?" * len(keys))
        sql += f"WHEN {probe.format(f'k.key IN ({marks})')} THEN 88.0 "
        args += ["p" + k for k in keys]
    return sql + "ELSE 0.0 END", args


def _arms(n_sources: int, exact_src: int, one_token: str | None) -> tuple[str, list]:
    """The candidates: each pass's people in its order, earlier passes first, a person once (in the
    first pass that found them), the first ``CANDIDATES``; no numbering, no sort (``UNION ALL`` reads
    its arms in turn, a materialized pass in the order it was written).

    ``pre`` says what the pass that found a person already knows of their score. One token: the
    score itself. The spelling pass walks the key index in key order, so the people holding the key
    itself ("f" + token) come first: its first ``min(CANDIDATES, their number)`` rows score 100, its
    later rows 95 (a longer key in the prefix range); the sound-alike pass runs only when the
    spelling pass found everyone, so a person it adds holds no spelling key: 88 (people from the
    case-number pass score 100 by case number anyway). Several tokens: 95 for the spelling pass
    (every token matched by spelling: 100 or 95 each, see ``_score``), else NULL."""
    arms, args = [], []
    for i in range(n_sources):
        where = " AND ".join(f"id NOT IN (SELECT client_id FROM src{j})" for j in range(i))
        where = f" WHERE {where}" if where else ""
        if i == exact_src and one_token is not None:
            held = f"(SELECT count(*) FROM (SELECT 1 FROM name_key WHERE key = ? LIMIT {CANDIDATES}))"
            arms.append(f"SELECT * FROM (SELECT client_id AS id, 100.0 AS pre FROM src{i} LIMIT {held}){where}")
            arms.append(f"SELECT * FROM (SELECT client_id AS id, 95.0 AS pre FROM src{i} LIMIT -1 OFFSET {held})"
                        f"{where}")
            args += ["f" + one_token] * 2
        else:
            pre = "95.0" if i == exact_src else ("88.0" if one_token is not None else "NULL")
            arms.append(f"SELECT * FROM (SELECT client_id AS id, {pre} AS pre FROM src{i}){where}")
    return f"{' UNION ALL '.join(arms)} LIMIT {CANDIDATES}", args


def _sound_alikes_rank_below(n_tokens: int) -> bool:
    """True when every exact-spelling candidate outranks every sound-alike one.

    An exact-spelling candidate matches each token by prefix (95 or 100 per token, mean >= 95);
    one found only by sound has at least one token matched by sound alone (88), so its mean is
    at most (88 + 100 * (n - 1)) / n: below 95 for one or two tokens. Then, once ``limit``
    living people matched by spelling, the sound-alikes cannot change the first ``limit`` rows
    (they would only join the candidates after them), and their pass is skipped. Not with a
    case number in the query: a case-number match scores 100 whichever pass found it.
    """
    return (88.0 + 100.0 * (n_tokens - 1)) / n_tokens < 95.0


def _kept(conn: Connection) -> dict | None:
    """What this connection keeps of its reads while the database is as it was when they were
    read: None when it cannot know (this unit of work has written: its rows may yet be rolled
    back). The state is the connection's ``total_changes`` (its own writes) and ``PRAGMA
    data_version`` (other connections' commits); when it differs, nothing kept is used."""
    record = conn.connection
    changes = record.driver_connection.total_changes
    if record.info.get(CHANGES_AT_BEGIN) != changes:
        return None
    state = (conn.exec_driver_sql("PRAGMA data_version").scalar(), changes)
    kept = record.info.get(_KEPT)
    if kept is None or kept[0] != state:
        kept = record.info[_KEPT] = (state, {"passes": {}, "last": None})
    return kept[1]


def _kept_passes(conn: Connection, tokens: tuple[str, ...]) -> dict | None:
    """The sound-alike passes kept (``_kept``): only those of this query's words and of all its
    words but the last (the next keystroke's base), so typing another name starts afresh."""
    kept = _kept(conn)
    if kept is None:
        return None
    passes = kept["passes"]
    for key in [key for key in passes if key not in (tokens, tokens[:-1])]:
        del passes[key]
    return passes


def _pass_read(conn: Connection, tokens: tuple[str, ...]) -> list[str]:
    """The first ``KEPT_PASS + 1`` people (at least ``CANDIDATES``) of the sound-alike pass of two or
    more words, in id order (the order ``_pass_select`` gives them in: more than ``KEPT_PASS`` means
    the pass is larger, and its first ``CANDIDATES`` are all a query takes of it)."""
    sql, args = _pass_select(list(tokens), phonetic=True, limit=str(max(KEPT_PASS, CANDIDATES) + 1), conn=conn)
    return _in_id_order([row[0] for row in conn.exec_driver_sql(sql, tuple(args))])


def _sound_pass_people(conn: Connection, tokens: list[str], passes: dict | None,
                       needed: Callable[[], bool] = lambda: True) -> list[str] | None:
    """Every person of the sound-alike pass of ``tokens`` (three or more words) in id order, from the
    pass of all its words but the last, kept from the keystroke before: those of them who match the
    last word too (a seek each instead of walking thousands of keys). None when not known cheaply.

    The same set: a person matches a query when they match each of its words (``_pass_select``),
    so the people matching the words but the last, then the last, are those matching all words.
    A query of two words reads its own pass whole (at most ``KEPT_PASS`` people) when the pass is
    ``needed`` (not skipped, see ``_candidates``) and keeps it in ``passes`` (``_kept_passes``;
    None: nothing may be kept): the base of the keystroke after (the third word's first letter).
    A longer query whose base is not kept (a name pasted whole) reads nothing more: it walks."""
    key = tuple(tokens)
    if len(key) < 2 or passes is None:
        return None
    if key in passes:
        return passes[key]
    base = key[:-1]
    if len(key) == 2:
        if not needed():
            return None  # skipped (``_candidates``): nothing read to be kept
        people = _pass_read(conn, key)
        passes[key] = people if len(people) <= KEPT_PASS else None
        # the statement takes the pass's first ``CANDIDATES`` in id order: read, so not walked again
        return people[:CANDIDATES]
    if passes.get(base) is None:
        return None  # not typed word by word (a name pasted whole): walked as without keeping
    where, args = _token_select(key[-1], phonetic=True)
    probe = where.split(" WHERE ", 1)[1].replace("key", "o.key")
    sql = (f"SELECT b.id FROM ({_STORED_IDS}) b "
           f"WHERE EXISTS (SELECT 1 FROM name_key o WHERE o.client_id = b.id AND {probe})")
    passes[key] = _in_id_order([row[0] for row in conn.exec_driver_sql(sql, (*_json_ids(passes[base]), *args))])
    return passes[key]


def _lower(column: str) -> str:
    """``kim_lower(column)`` (Python's ``str.lower``) without a call into Python for an ASCII name,
    whose SQLite ``lower`` is the same string: most names, and the sort key of every candidate."""
    return f"CASE WHEN length({column}) = octet_length({column}) THEN lower({column}) ELSE kim_lower({column}) END"


HIT_COLUMNS = ("case_number", "given_name", "family_name", "birth_date", "municipality")


def _candidates(text: str, limit: int, conn: Connection | None,
                keep: bool = False) -> tuple[list[str], list, int] | None:
    """The common table expressions up to ``cand`` (the candidates, at most ``CANDIDATES``), their
    arguments and the number of the exact-spelling pass; None when the text has nothing to look for.

    ``keep`` (the client list's keystrokes): the sound-alike pass from the passes kept on ``conn``
    (``_sound_pass_people``), the same people in the same order; otherwise walked in the statement."""
    tokens = names.tokens(text)[:MAX_TOKENS]
    compact = re.sub(r"[^a-z0-9]", "", text.lower())
    sources: list[tuple[str, list]] = []
    by_case = bool(re.search(r"\d", compact))
    if by_case:  # looks like (part of) a case number
        where, args = _prefix("c" + compact)
        sources.append((f"SELECT client_id FROM name_key WHERE {where} LIMIT {CANDIDATES}", args))
    exact_src = len(sources)
    # every kept query prunes the kept passes to its own words (typing another name starts afresh)
    passes = _kept_passes(conn, tuple(tokens)) if keep and conn is not None else None
    if tokens:
        sources.append(_pass_select(tokens, phonetic=False, limit=str(CANDIDATES), conn=conn))
        if any(len(t) >= 3 and names.phonetic_keys(t) for t in tokens):
            # sound-alikes only fill up: not even looked for when the exact spellings filled the list,
            # nor when they cannot reach the first ``limit`` rows (``_sound_alikes_rank_below``)
            exact = f"src{exact_src}"
            full = f"CASE WHEN (SELECT count(*) FROM {exact}) >= {CANDIDATES} THEN 0"
            if not by_case and _sound_alikes_rank_below(len(tokens)) and limit < CANDIDATES:
                full += (f" WHEN (SELECT count(*) FROM (SELECT 1 FROM {exact} CROSS JOIN client c ON c.id = "
                         f"{exact}.client_id WHERE c.deleted = 0 LIMIT {int(limit)})) >= {int(limit)} THEN 0")
            limit_sql = f"({full} ELSE {CANDIDATES} END)"
            known = None
            if passes is not None:
                exact_sql, exact_args = sources[exact_src]

                def needed() -> bool:  # the pass's limit is not 0: the pass is looked for
                    sql = f"WITH {exact}(client_id) AS MATERIALIZED ({exact_sql}) SELECT {full} ELSE 1 END"
                    return bool(conn.exec_driver_sql(sql, tuple(exact_args)).scalar())

                known = _sound_pass_people(conn, tokens, passes, needed)
            if known is not None:  # the same people in the same (id) order, see ``_sound_pass_people``
                sources.append((f"{_STORED_IDS} LIMIT {limit_sql}", list(_json_ids(known))))
            else:
                sources.append(_pass_select(tokens, phonetic=True, limit=limit_sql, conn=conn))
    if not sources:
        return None
    args: list = []
    ctes = []
    for i, (sql, source_args) in enumerate(sources):
        ctes.append(f"src{i}(client_id) AS MATERIALIZED ({sql})")
        args += source_args
    cand, cand_args = _arms(len(sources), exact_src, tokens[0] if len(tokens) == 1 else None)
    ctes.append(f"cand(id, pre) AS ({cand})")
    return ctes, args + cand_args, exact_src


def _ranked_sql(text: str, limit: int, shown: tuple[str, ...] = HIT_COLUMNS,
                conn: Connection | None = None, keep: bool = False) -> tuple[str, list] | None:
    """The ranking statement: (stored id, *shown, score) rows, best first. The id stays in its stored
    form (``_text_ids``): SQLite computes a row's columns before it sorts, so its text would be made
    for every candidate, not only for the rows shown."""
    found = _candidates(text, limit, conn, keep)
    if found is None:
        return None
    ctes, args, exact_src = found
    tokens = names.tokens(text)[:MAX_TOKENS]
    compact = re.sub(r"[^a-z0-9]", "", text.lower())
    scores: list[tuple[str, list]] = []
    if len(tokens) == 1:
        scores.append(("cand.pre", []))  # the pass that found them knows (``_arms``)
    else:
        scores += [_score(token) for token in tokens]
    mean = f"({' + '.join(sql for sql, _ in scores)}) / {len(tokens)}.0" if tokens else "0.0"
    mean_args = [a for _, score_args in scores for a in score_args]
    if compact:
        # a matching case number scores 100 whatever the names: their probes are not even made
        # (one seek for the whole query when no case number starts so: then no candidate's does)
        score = ("CASE WHEN (CASE WHEN EXISTS (SELECT 1 FROM name_key WHERE key >= ? AND key < ?) THEN EXISTS ("
                 "SELECT 1 FROM name_key k WHERE k.client_id = cand.id AND k.key >= ? AND k.key < ?) ELSE 0 END) "
                 f"THEN 100.0 ELSE {mean} END")
        args += ["c" + compact, "c" + compact + "{"] * 2 + mean_args
    else:
        score = mean
        args += mean_args
    ctes.append(f"scored AS MATERIALIZED (SELECT cand.id AS id, {score} AS score FROM cand)")
    sql = (f"WITH {', '.join(ctes)} "
           f"SELECT c.id, {', '.join(f'c.{name}' for name in shown)}, s.score "
           f"FROM scored s JOIN client c ON c.id = s.id WHERE c.deleted = 0 "
           f"ORDER BY s.score DESC, {_lower('c.family_name')}, {_lower('c.given_name')}, c.id LIMIT ?")
    return sql, args + [int(limit)]


def _text_ids(rows) -> list[tuple]:
    """Ranked rows with the person's id as text (``id_text``), as the callers know it."""
    return [(id_text(row[0]), *row[1:]) for row in rows]


def search_conn(conn: Connection, text: str, *, limit: int = 50) -> list[Hit]:
    statement = _ranked_sql(text, limit, conn=conn)
    if statement is None:
        return []
    sql, args = statement
    return [Hit(*row) for row in _text_ids(conn.exec_driver_sql(sql, tuple(args)))]


def ranked_rows(conn: Connection, text: str, columns: tuple[str, ...], *, limit: int = CANDIDATES,
                keep: bool = False) -> list[tuple]:
    """The same ranking with other columns of ``client``: (id, *columns, score) rows, best first.

    For the client list, which shows other columns and filters the found people further; its
    page then needs no second query. ``columns`` are names of the code, never of the user.
    ``keep``: the client list's keystrokes, which type one name letter by letter: the sound-alike
    passes are kept on the connection for the next keystroke and the last rows reused for the same
    words (see the module's docstring); the same rows either way.
    """
    kept = _kept(conn) if keep else None
    # the same words, case-number text, limit and columns as the last ranking on an unchanged
    # database (a space or a hyphen typed after a word): the same rows, nothing run
    key = (tuple(names.tokens(text)[:MAX_TOKENS]), re.sub(r"[^a-z0-9]", "", text.lower()), int(limit),
           tuple(columns))
    if kept is not None and kept["last"] is not None and kept["last"][0] == key:
        return list(kept["last"][1])
    statement = _ranked_sql(text, limit, tuple(columns), conn=conn, keep=keep)
    if statement is None:
        return []
    sql, args = statement
    rows = _text_ids(conn.exec_driver_sql(sql, tuple(args)))
    if kept is not None:
        kept["last"] = (key, rows)
    return list(rows)


def candidate_rows(conn: Connection, text: str, columns: tuple[str, ...], *, keep: bool = False) -> list[tuple]:
    """The living people the full ranking (``ranked_rows`` with ``CANDIDATES``) ranks, unranked and
    unscored: (id, *columns) rows in no order. For counting those whose columns pass a check, which
    needs neither their scores nor their order (``candidate_count`` when nothing is checked: the
    client list's count after a keystroke's first page). ``keep``: as ``ranked_rows`` (the
    keystroke's kept sound-alike pass serves its count too)."""
    found = _candidates(text, CANDIDATES, conn, keep)
    if found is None:
        return []
    ctes, args, _exact_src = found
    sql = (f"WITH {', '.join(ctes)} SELECT c.id, {', '.join(f'c.{name}' for name in columns)} "
           f"FROM cand JOIN client c ON c.id = cand.id WHERE c.deleted = 0")
    return _text_ids(conn.exec_driver_sql(sql, tuple(args)))


def candidate_count(conn: Connection, text: str, *, keep: bool = False) -> int:
    """How many rows ``candidate_rows`` gives, without reading them: the client list's count after a
    keystroke's first page (no column, no id turned into text)."""
    found = _candidates(text, CANDIDATES, conn, keep)
    if found is None:
        return 0
    ctes, args, _exact_src = found
    sql = f"WITH {', '.join(ctes)} SELECT count(*) FROM cand JOIN client c ON c.id = cand.id WHERE c.deleted = 0"
    return conn.exec_driver_sql(sql, tuple(args)).scalar_one()


def search(store: Store, text: str, *, limit: int = 50) -> list[Hit]:
    with store.connection() as conn:
        return search_conn(conn, text, limit=limit)
