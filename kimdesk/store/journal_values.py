"""The stored form of a journal change's values (``change.data``): a compact binary encoding.

As JSON text a change's values were about 210 bytes, most of it the same few things on every
row: field names, canonical UUIDs (36 characters), ISO dates and the closed vocabulary of the
program (``"status":"in_progress"``). Stored here instead: a version byte, then per field its
code from ``FIELDS`` (or its name, for a field this version does not know) and its value with a
one-byte tag — a UUID as its 16 bytes, a date as its day number, a closed word as its index in
``WORDS``, any other text as UTF-8. Python values round-trip exactly (field order kept: the
audit digest lists the fields in order).

Format 2 is format 1's body as raw deflate against ``DICTIONARY`` (frozen data: a create's field
codes and value tags per synced table and the domain's common words, tools/journal_dictionary.py;
no person's data), with a 2 KB window and the smallest hash tables: a primed compressor is
copied per change (about 10 µs, where a fresh stream with a 32 KB dictionary cost 20), and a
value deflating to no fewer bytes stays format 1. Local writes (store.capture, ~440 µs a
change) write it through ``pack``; the sync's apply path writes format 1 (``encode``: an import
writes every change of the team) and the idle packing (store.journal_packing) deflates it later.

``encode`` (format 1) and ``pack`` (format 2) are the writers, ``decode`` the one reader; JSON
text (format 0, a journal row from before migration 0040 or a joined laptop's snapshot part) is
decoded too. Everything outside the database — the share's segments,
snapshots, the Art. 15 export — sees the parsed values or JSON text (``as_json``). In SQL the
two forms are ``kimdesk_journal_json(data)`` and ``kimdesk_journal_pack(json)`` (registered on
every connection by store.engine, see ``SQL_FUNCTIONS``).

FORMAT 1 IS FROZEN: ``FIELDS`` and ``WORDS`` may only grow at their ends (stored rows hold
their indexes; tests/test_journal_values.py pins the tables' digest). FORMAT 2 IS FROZEN:
``DICTIONARY``, ``_WBITS`` never change (tests/test_journal_values_deflate.py pins them).
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from datetime import date, datetime
from functools import lru_cache
from struct import Struct
from struct import error as struct_error
from typing import Any

from kimdesk.errors import StoreError
from kimdesk.i18n import translate

VERSION = 1
DEFLATED = 2  # format 2: format 1's body, raw deflate against DICTIONARY

# every synced column as of format 1 (sorted); new fields go at the end
FIELDS: tuple[str, ...] = (
    'address', 'agency_id', 'agenda_item_id', 'agreed', 'agreed_on', 'applied_on', 'approved_on', 'arrived_on',
    'assigned_on', 'assigned_to', 'at', 'author', 'back_from_item_id', 'bamf_decision', 'bamf_decision_on',
    'birth_date', 'case_manager', 'case_number', 'case_type', 'category', 'choice', 'client_id', 'closed_on',
    'closed_year', 'conference_id', 'consent_override_reason', 'contact', 'contact_person', 'count',
    'covers_health', 'data_kind', 'data_kinds', 'date', 'date_from', 'date_to', 'decided_on', 'deleted',
    'description', 'details', 'disclosure_reason', 'done_on', 'due', 'due_on', 'email', 'entity', 'expires_on',
    'family_name', 'field', 'finalised_at', 'finding_id', 'form', 'forwarded_to_id', 'from_phase', 'function',
    'gender', 'given_by', 'given_name', 'given_on', 'goal_id', 'goals_reached', 'health', 'household',
    'household_id', 'housing', 'indicated', 'intake_on', 'interpreter', 'interpreter_language',
    'interpreter_needed', 'is_immigration_office', 'is_public_body', 'key', 'kind', 'language_level', 'languages',
    'left_after_item_id', 'legal_domain', 'legal_domains', 'lost_device', 'lost_stamp', 'member_client_id',
    'minute_taker', 'moderator', 'municipalities', 'municipality', 'name', 'nationality', 'native_name', 'need_id',
    'next_date', 'not_for_immigration_office', 'note', 'noted_on', 'notes', 'offices_involved', 'on', 'opened_on',
    'opened_year', 'opening_hours', 'operator', 'oral_reason', 'outcome', 'paragraph', 'phase', 'phone', 'place',
    'placed_on', 'places', 'plan_id', 'position', 'presence', 'purpose', 'raised_on', 'reason', 'recipient_person',
    'recorded_at', 'referral_source', 'registered_on', 'relation', 'report', 'requested_on', 'residence_paragraph',
    'residence_rule_place', 'residence_rule_until', 'residence_status', 'residence_valid_until', 'resources',
    'responsibility_id', 'review_on', 'reviewed', 'revoked_on', 'role', 'row_id', 'rule', 'school', 'school_form',
    'section', 'since', 'source', 'source_key', 'staff', 'starts_at', 'status', 'summary', 'suspended_since',
    'system', 'text', 'title', 'topic', 'until', 'valid_from', 'valid_until', 'value', 'what', 'who',
    'who_agency_id', 'with_whom',
)

# the program's closed vocabulary as format 1 knew it (stored codes of statuses, kinds, choices: no
# person's data); new words go at the end
WORDS: tuple[str, ...] = (
    'absent', 'accepted', 'action_overdue', 'agreed', 'all', 'assessment', 'asylum', 'bamf_decision',
    'benefit_change', 'benefits', 'case', 'child', 'clearing', 'closed', 'compulsory_schooling', 'consent_expiry',
    'declined', 'deportation_ban', 'divers', 'done', 'draft', 'electronic', 'evaluation', 'excused', 'family',
    'family_reunification', 'final', 'follow_up', 'forwarded', 'housing', 'ifk', 'in_progress', 'inadmissible',
    'manifestly_unfounded', 'measure_overdue', 'met', 'monitoring', 'moved', 'männlich', 'none', 'not_applicable',
    'office', 'open', 'oral', 'other', 'outreach', 'parent', 'partly', 'partner', 'phone', 'plan',
    'plan_review_overdue', 'present', 'primary', 'raised', 'reached', 'refugee', 'refused', 'requested',
    'residence', 'residence_expiry', 'residence_rule_move', 'resolved', 'school', 'school_place_missing',
    'secondary', 'sibling', 'subsidiary', 'video', 'weiblich', 'work', 'written',
)

# format 2's preset dictionary (tools/journal_dictionary.py made it; frozen: stored rows need these bytes)
DICTIONARY = base64.b64decode(
    "BgdBc3lsYkxHBgZTR0IgSUkGB1NHQiBJSUkGCFNHQiBWSUlJBgdTR0IgWElJBg7CpyAyNCBBdWZlbnRoRwYMwqcgMjUgQWJzLiAx"
    "BgzCpyAyNSBBYnMuIDIGDMKnIDI1IEFicy4gMwYMwqcgMjUgQWJzLiA1Bg/CpyA2MGEgQXVmZW50aEcGCEF1ZmVudGhHBgdEdWxk"
    "dW5nBhVGaWt0aW9uc2Jlc2NoZWluaWd1bmcGF05pZWRlcmxhc3N1bmdzZXJsYXVibmlzBhVBdWZlbnRoYWx0c2dlc3RhdHR1bmcG"
    "FEF1ZmVudGhhbHRzZXJsYXVibmlzBglKb2JjZW50ZXIGCVNvemlhbGFtdAYJSnVnZW5kYW10BghTY2h1bGFtdAYSQXVzbMOkbmRl"
    "cmJlaMO2cmRlBg1GYW1pbGllbmthc3NlBhNBZ2VudHVyIGbDvHIgQXJiZWl0BhBJbnRlZ3JhdGlvbnNrdXJzBgpTcHJhY2hrdXJz"
    "BgRLaXRhBgZTY2h1bGUGBldvaG5lbgYGQXJiZWl0BgpHZXN1bmRoZWl0BgdTcHJhY2hlBgpMZWlzdHVuZ2VuBgpBdWZlbnRoYWx0"
    "BgZBbnRyYWcGCUFubWVsZHVuZwYGVGVybWluBgpVbnRlcmxhZ2VuBghCZXJhdHVuZwYKYmVzcHJvY2hlbgYIZ2VrbMOkcnQGC3Zv"
    "cmJlcmVpdGV0BgthdXNnZWbDvGxsdAYKUsO8Y2tmcmFnZQYNVmVybMOkbmdlcnVuZwYFQsO8cm8GB1RlbGVmb24GCkhhdXNiZXN1"
    "Y2gGCFN0cmHDn2UgBgVIZXJyIAYFRnJhdSAKAwduA5sBBpwBB5oBBioIjwEMKQgWByUBBRkHYAiTAQYMBiUBDFYGSQxNDFQKAQZp"
    "BiwGHAZjBkcBRgElAQkZB24DlAEGXgZbAYsBBh8MPQElAQdJDGIDGANVBhQMHQMlAQgWB2AICwZqBp0BBgIHXAYlAQwWB2AIPgaH"
    "AQZKBj0GQAZ/Bl8KXAZbASUBCRYHkgEGAgcGCAcIigEIlgEIXAYlAQsWB2gMNQxgCHQJQQEEAXIGPAZcBiUBBhYHjwEMBQiBAQhc"
    "BiUBC0kMIQiOAQZqBlMGUgaPAQwxCVoIlAEGJQEEGQcWBxIGJQEHLQaFAQcwBk8GUAMVDCUBDRYHAgdzBnAGHgEgCjgGMww6CC4I"
    "gwEIZQYlAQQDB24DkwEGJQEDMgcWByUBCWAIdQaVAQaQAQZVBo0BBmYMFgclAQcWBzkGLwYQBncMUQclAQwZBwIHVgY2Bm8MGgZu"
    "A4QBDEwHDQcoBiUBCW0HFgduA5MBBo8BDIEBCB8MPQElAQ07BxYHbgOaAQabAQacAQcqCI8BDCkIgAEHHww9ASUBB3gGIggjCIkB"
    "BpMBBoIBASUBBxYHjwEMZwaXAQiYAQhcBiUBCRYHCAgJCHYIiAEMBghrCIcBBiUBB1UGiAEMZAaHAQZCCGwDJQEJlAEGJgZOClQK"
    "jwEMXQhxCIIBASUBCxYHSQyUAQYnBisIjwEMKQgKBoYBBowBBiUBA0gGmQEGJQEIWQeAAQcCB48BDGAIcgY0ByUBCFkHAgePAQwb"
    "BnkIJAhyBiUBDBYHYAhJDGoGQwaQAQaNAQZbAYsBBh8MPQElAQsWBxQMJgaPAQxhCBcIWwGLAQYfDD0BJQEdEgY5Bi8GWAYQBjcM"
    "VwZLCkUBRAZ9BnoGfgiRAQgODA8IewZ8CFUGAQZpBiwGPwcRBo8BDGEIFwgTDCUB"
)
_WBITS = -11  # raw deflate, a 2 KB window: the dictionary fits, the stream starts cheaply
_PRIMED = zlib.compressobj(9, zlib.DEFLATED, _WBITS, 1, zlib.Z_DEFAULT_STRATEGY, DICTIONARY)

_FIELD = {name: i + 1 for i, name in enumerate(FIELDS)}  # 0: the name follows
_WORD = {word: i for i, word in enumerate(WORDS)}

# value tags
NULL, FALSE, TRUE, INT, NEG, FLOAT, STR, UUID, DATE, DATETIME, LIST, DICT, WORD = range(13)

_DOUBLE = Struct("<d")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_EPOCH = 719163  # date(1970, 1, 1).toordinal()
_UTF8 = "utf-8"
_LONE = "surrogatepass"  # a lone surrogate parsed from a "\\ud800" escape round-trips too


class JournalDamaged(StoreError):
    """A stored change's values cannot be read (a damaged database)."""


def _damaged() -> JournalDamaged:
    return JournalDamaged(translate(
        "Journal", "Das Änderungsprotokoll enthält unlesbare Werte; die Datenbank ist beschädigt. "
                   "Bitte eine Sicherung zurückspielen."))


def _varint(out: bytearray, n: int) -> None:
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _text(out: bytearray, s: str) -> None:
    b = s.encode(_UTF8, _LONE)
    _varint(out, len(b))
    out += b


@lru_cache(maxsize=4096)
def _moment(v: str) -> bytes | None:
    """The stored form of a canonical date or local date-time (``v``: 10 or 19 characters), None
    for any other text; cached, as a team's dates repeat."""
    out = bytearray()
    if len(v) == 10:
        try:
            d = date.fromisoformat(v)
        except ValueError:
            return None
        if d.isoformat() != v:
            return None
        out.append(DATE)
        _varint(out, d.toordinal())
        return bytes(out)
    try:
        t = datetime.fromisoformat(v)
    except ValueError:
        return None
    if t.tzinfo is not None or t.microsecond or t.isoformat() != v:
        return None
    out.append(DATETIME)
    _varint(out, (t.toordinal() - 1) * 86400 + t.hour * 3600 + t.minute * 60 + t.second)
    return bytes(out)


def _word_form(i: int) -> bytes:
    out = bytearray((WORD,))
    _varint(out, i)
    return bytes(out)


def _field_form(code: int) -> bytes:
    out = bytearray()
    _varint(out, code)
    return bytes(out)


_WORD_FORM = {word: _word_form(i) for word, i in _WORD.items()}
_FIELD_FORM = {name: _field_form(code) for name, code in _FIELD.items()}


def _value(out: bytearray, v: Any) -> None:
    t = type(v)
    if t is str:
        n = len(v)
        if n == 36 and _UUID.fullmatch(v):
            out.append(UUID)
            out += bytes.fromhex(v.replace("-", ""))
            return
        if (n == 10 and v[4] == "-") or (n == 19 and v[10] == "T"):
            form = _moment(v)
            if form is not None:
                out += form
                return
        form = _WORD_FORM.get(v)
        if form is not None:
            out += form
            return
        out.append(STR)
        _text(out, v)
    elif v is None:
        out.append(NULL)
    elif v is True:
        out.append(TRUE)
    elif v is False:
        out.append(FALSE)
    elif isinstance(v, str):
        _value(out, str(v))
    elif isinstance(v, int):
        if v >= 0:
            out.append(INT)
            _varint(out, v)
        else:
            out.append(NEG)
            _varint(out, -v - 1)
    elif isinstance(v, float):
        out.append(FLOAT)
        out += _DOUBLE.pack(v)
    elif isinstance(v, (list, tuple)):
        out.append(LIST)
        _varint(out, len(v))
        for item in v:
            _value(out, item)
    elif isinstance(v, dict):
        out.append(DICT)
        _varint(out, len(v))
        for key, item in v.items():
            if not isinstance(key, str):
                raise TypeError(f"journal values: key {key!r} is not text")
            _text(out, key)
            _value(out, item)
    else:
        raise TypeError(f"journal values: {type(v).__name__} is not a JSON value")


def encode(data: dict[str, Any]) -> bytes:
    """The stored form of a change's values (a dict of field name to JSON value)."""
    if not isinstance(data, dict):
        raise TypeError("journal values: a change's values are a dict")
    out = bytearray((VERSION,))
    _varint(out, len(data))
    for name, v in data.items():
        form = _FIELD_FORM.get(name)
        if form is None:
            if not isinstance(name, str):
                raise TypeError(f"journal values: field {name!r} is not text")
            out.append(0)
            _text(out, name)
        else:
            out += form
        _value(out, v)
    return bytes(out)


def deflated(plain: bytes) -> bytes:
    """Format 1 values as format 2, or as they are when deflating does not make them smaller."""
    c = _PRIMED.copy()
    body = c.compress(memoryview(plain)[1:]) + c.flush()
    return b"\x02" + body if len(body) + 1 < len(plain) else plain


def pack(data: dict[str, Any]) -> bytes:
    """The smallest stored form of a change's values (format 2, else 1): what local writes store."""
    return deflated(encode(data))


def repack(stored: Any) -> bytes:
    """Stored values (any format) in their smallest form, the same values decoded (the idle packing)."""
    if isinstance(stored, (bytes, memoryview)):
        stored = bytes(stored)
        if stored[:1] == b"\x01":
            decode(stored)  # a damaged row stays as it is: JournalDamaged
            return deflated(stored)
        if stored[:1] == b"\x02":
            return stored
    return pack(decode(stored))


def plain(stored: Any) -> Any:
    """Stored values with format 2 inflated to format 1 (formats 0 and 1 as they are): a search of
    the bytes for a UUID's 16 bytes (the erasure's sift) needs no more than this."""
    if isinstance(stored, (bytes, memoryview)) and stored[:1] == b"\x02":
        return _inflated(bytes(stored))
    return stored


def _inflated(stored: bytes) -> bytes:
    """Format 2's body inflated, as format 1 (its version byte in front)."""
    try:
        d = zlib.decompressobj(_WBITS, DICTIONARY)
        plain = d.decompress(memoryview(stored)[1:])
    except zlib.error:
        raise _damaged() from None
    if not d.eof or d.unused_data:
        raise _damaged()
    return b"\x01" + plain


def _more(b: bytes, i: int, n: int) -> tuple[int, int]:
    """The rest of a varint whose first byte ``n`` (at ``i - 1``) had its high bit set."""
    n &= 0x7F
    shift = 7
    while True:
        c = b[i]
        i += 1
        n |= (c & 0x7F) << shift
        if c < 0x80:
            return n, i
        shift += 7


def _text_at(b: bytes, i: int) -> tuple[str, int]:
    n = b[i]
    i += 1
    if n >= 0x80:
        n, i = _more(b, i, n)
    end = i + n
    if end > len(b):
        raise IndexError("short text")
    return b[i:end].decode(_UTF8, _LONE), end


_fromordinal = date.fromordinal


def _value_at(b: bytes, i: int) -> tuple[Any, int]:
    """The value at ``i`` and the index after it (plain functions and locals: a catch-up decodes
    hundreds of thousands of changes)."""
    tag = b[i]
    i += 1
    if tag == UUID:
        end = i + 16
        h = b[i:end].hex()
        if len(h) != 32:
            raise IndexError("short uuid")
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}", end
    if tag <= FLOAT:
        if tag == NULL:
            return None, i
        if tag == TRUE:
            return True, i
        if tag == FALSE:
            return False, i
        if tag == FLOAT:
            end = i + 8
            return _DOUBLE.unpack(b[i:end])[0], end
    n = b[i]  # every other tag is followed by a varint
    i += 1
    if n >= 0x80:
        n, i = _more(b, i, n)
    if tag == STR:
        end = i + n
        if end > len(b):
            raise IndexError("short text")
        return b[i:end].decode(_UTF8, _LONE), end
    if tag == DATE:
        return _fromordinal(n).isoformat(), i
    if tag == WORD:
        return WORDS[n], i
    if tag == INT:
        return n, i
    if tag == NEG:
        return -n - 1, i
    if tag == DATETIME:
        days, secs = divmod(n, 86400)
        h, rest = divmod(secs, 3600)
        return f"{_fromordinal(days + 1).isoformat()}T{h:02d}:{rest // 60:02d}:{rest % 60:02d}", i
    if tag == LIST:
        items = []
        for _ in range(n):
            v, i = _value_at(b, i)
            items.append(v)
        return items, i
    if tag == DICT:
        out = {}
        for _ in range(n):
            key, i = _text_at(b, i)
            out[key], i = _value_at(b, i)
        return out, i
    raise ValueError(f"tag {tag}")


def decode(stored: Any) -> dict[str, Any]:
    """A change's values from their stored form (formats 2 and 1; JSON text, format 0, too);
    JournalDamaged (one German line) for anything else."""
    if isinstance(stored, (bytes, memoryview)):
        stored = bytes(stored)
        if stored[:1] == b"\x02":
            stored = _inflated(stored)
        if not stored or stored[0] != VERSION:
            raise _damaged()
        out: dict[str, Any] = {}
        try:
            count, i = stored[1], 2
            if count >= 0x80:
                count, i = _more(stored, i, count)
            for _ in range(count):
                code = stored[i]
                i += 1
                if code >= 0x80:
                    code, i = _more(stored, i, code)
                if code == 0:
                    name, i = _text_at(stored, i)
                else:
                    name = FIELDS[code - 1]
                out[name], i = _value_at(stored, i)
        except (IndexError, ValueError, OverflowError, UnicodeDecodeError, struct_error, RecursionError):
            raise _damaged() from None
        if i != len(stored):
            raise _damaged()
        return out
    if isinstance(stored, str):
        try:
            out = json.loads(stored)
        except (ValueError, RecursionError):
            raise _damaged() from None
        if not isinstance(out, dict):
            raise _damaged()
        return out
    raise _damaged()


_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def as_json(stored: Any) -> str:
    """JSON text of stored values (the share's and the snapshot's form)."""
    return _json(decode(stored))


def _sql_json(stored: Any) -> str | None:
    return None if stored is None else as_json(stored)


def _sql_pack(text: Any) -> bytes | None:
    if text is None:
        return None
    return encode(decode(text))


# registered on every connection (store.engine): SQL of set-based copies reads and writes the stored form
SQL_FUNCTIONS = {"kimdesk_journal_json": (1, _sql_json), "kimdesk_journal_pack": (1, _sql_pack)}
