"""Names across scripts and transliterations, reduced to search keys.

``anyascii`` transliterates any script to Latin (محمد → mhmd, Олена → Olena); folding then
lower-cases, spells German umlauts the same whichever way they were typed (Müller, Mueller)
and collapses doubled letters (Mohammed, Mohamed); Metaphone (``jellyfish``) puts
transliteration variants on one key (Mohamed, Muhammad, محمد → MHMT). ``client_keys`` is
the one function that computes a person's keys. A database trigger stores them on every write
path (services, import, erasure); the sync apply path, which writes thousands of people at
once, switches the trigger off for its own statements (``keys_written_by_caller``) and writes
the same keys itself in key order (``store.search_keys``).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import jellyfish
from anyascii import anyascii
from rapidfuzz.distance import Indel  # imported once: the scoring loop calls token_similarity ~1,300 times a search

_TOKEN = re.compile(r"[a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
# spelling variants that Metaphone keeps apart but transliterations mix freely (German and
# English renderings of Cyrillic and Arabic letters: Schewtschenko/Shevchenko, Achmed/Ahmed)
_PHONETIC_PREP = (("tsch", "ch"), ("sch", "sh"), ("kh", "h"), ("ph", "f"), ("ou", "u"), ("dj", "j"),
                  ("w", "v"), ("zh", "j"))

# Entries per cache (three caches). Names repeat: the demo's 100,000 people have about 1,200
# distinct name strings and 430 tokens, hit rates 80-100 %. Where they do not (every name new, the
# benchmarks' fixture), a cache only costs: 65,536 entries held 46 MB at 100,000 people with no hit
# and no CPU saved. 8,192 keeps the frequent names (least recently used go first) in about 6 MB.
NAME_CACHE = 8_192


@lru_cache(maxsize=NAME_CACHE)
def fold_token(token: str) -> str:
    t = token.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _DOUBLE.sub(r"\1", t)


@lru_cache(maxsize=NAME_CACHE)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold_token(t) for t in _TOKEN.findall(anyascii(text).lower()))


def tokens(text: str | None) -> list[str]:
    """Folded Latin tokens of ``text`` in any script."""
    if not text:
        return []
    return list(_tokens(text))


@lru_cache(maxsize=NAME_CACHE)
def phonetic_keys(folded: str) -> frozenset[str]:
    """Metaphone keys of a folded token; "ch" is read both ways (Shevchenko, Achmed)."""
    if folded.isdigit() or len(folded) < 2:
        return frozenset()
    t = folded
    for a, b in _PHONETIC_PREP:
        t = t.replace(a, b)
    if t.startswith("j"):
        t = "y" + t[1:]
    return frozenset(k for k in (jellyfish.metaphone(t), jellyfish.metaphone(t.replace("ch", "h"))) if k)


def phonetic(folded: str) -> str:
    """The primary phonetic key (for comparing two tokens)."""
    keys = phonetic_keys(folded)
    return min(keys) if keys else ""


def name_keys(*parts: str | None) -> list[str]:
    """Search keys for a person's names: ``f<folded token>`` and ``p<phonetic key>``."""
    keys: set[str] = set()
    for part in parts:
        for tok in tokens(part):
            keys.add("f" + tok)
            keys.update("p" + k for k in phonetic_keys(tok))
    return sorted(keys)


def case_key(case_number: str | None) -> str | None:
    if not case_number:
        return None
    return "c" + re.sub(r"[^a-z0-9]", "", case_number.lower())


def client_keys(given: str | None, family: str | None, native: str | None, case_number: str | None) -> list[str]:
    """Every search key of one person: the trigger and the sync apply path both store these."""
    keys = name_keys(given, family, native)
    ck = case_key(case_number)
    if ck:
        keys.append(ck)
    return keys


def sql_name_keys(given: str | None, family: str | None, native: str | None, case_number: str | None) -> str:
    """SQL function ``kim_name_keys``: JSON array of keys for the trigger."""
    return json.dumps(client_keys(given, family, native, case_number))


_caller = threading.local()  # per thread, as each thread has its own connection (SingletonThreadPool)


def sql_keys_by_trigger() -> int:
    """SQL function ``kim_keys_by_trigger``: 0 while the caller writes the keys itself."""
    return 0 if getattr(_caller, "writes_keys", False) else 1


sql_keys_by_trigger.deterministic = False  # type: ignore[attr-defined]  # it reads a switch


@contextmanager
def keys_written_by_caller() -> Iterator[None]:
    """Statements of this thread inside the block do not store search keys by trigger.

    Only for a writer that stores the same keys itself before its transaction commits (the
    sync apply path, through ``store.search_keys.replace``).
    """
    before = getattr(_caller, "writes_keys", False)
    _caller.writes_keys = True
    try:
        yield
    finally:
        _caller.writes_keys = before


def sql_lower(value: str | None) -> str | None:
    """SQL function ``kim_lower``: Python's ``str.lower`` (SQLite's ``lower`` folds ASCII only)."""
    return None if value is None else value.lower()


SQL_FUNCTIONS = {"kim_name_keys": (4, sql_name_keys), "kim_lower": (1, sql_lower),
                 "kim_keys_by_trigger": (0, sql_keys_by_trigger)}


def token_similarity(query: str, target: str) -> float:
    """0–100: exact, prefix (typing), same sound, or plain edit similarity."""
    if query == target:
        return 100.0
    if target.startswith(query):
        return 95.0
    if phonetic_keys(query) & phonetic_keys(target):
        return 88.0
    return Indel.normalized_similarity(query, target) * 80.0


def similarity(query_tokens: list[str], target_tokens: list[str]) -> float:
    """Mean over the query tokens of their best match among the target tokens."""
    if not query_tokens or not target_tokens:
        return 0.0
    return sum(max(token_similarity(q, t) for t in target_tokens) for q in query_tokens) / len(query_tokens)
