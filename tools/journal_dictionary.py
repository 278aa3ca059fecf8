"""How the frozen preset dictionary of the journal's format 2 (store.journal_values.DICTIONARY) was made.

Run once when format 2 was introduced; its output is pasted into store.journal_values as frozen
data and never regenerated there (stored rows can only be read with the very bytes they were
deflated against; tests/test_journal_values_deflate.py pins the digest). Kept so that a reader
sees what the dictionary holds: no person's data, only what format 1 writes on every row — per
synced table a create's field codes, each followed by its value's tag as the column's type
suggests (a UUID tag for ids, a date tag for dates, a word tag for closed vocabularies, false for
flags), the busiest tables last (deflate's nearer distances cost fewer bits).

    PYTHONPATH=$PWD python tools/journal_dictionary.py
"""

from __future__ import annotations

import base64
import textwrap

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer

from kimdesk.models import synced_classes, synced_columns
from kimdesk.store import journal_values as jv

# the busiest tables (a person's casework), nearest the end
LAST = ("household", "responsibility_event", "responsibility", "counselling_contact", "need", "client")
WORDISH = ("status", "kind", "gender", "choice", "presence", "role", "relation", "phase", "from_phase", "outcome",
           "category", "case_type", "form", "school_form", "bamf_decision", "data_kind", "legal_domain")


# the domain's common text (German law and offices, no person's data), each as format 1 writes a text value
VOCABULARY = (
    "AsylbLG", "SGB II", "SGB III", "SGB VIII", "SGB XII", "§ 24 AufenthG", "§ 25 Abs. 1", "§ 25 Abs. 2",
    "§ 25 Abs. 3", "§ 25 Abs. 5", "§ 60a AufenthG", "AufenthG", "Duldung", "Fiktionsbescheinigung",
    "Niederlassungserlaubnis", "Aufenthaltsgestattung", "Aufenthaltserlaubnis",
    "Jobcenter", "Sozialamt", "Jugendamt", "Schulamt", "Ausländerbehörde", "Familienkasse", "Agentur für Arbeit",
    "Integrationskurs", "Sprachkurs", "Kita", "Schule", "Wohnen", "Arbeit", "Gesundheit", "Sprache", "Leistungen",
    "Aufenthalt", "Antrag", "Anmeldung", "Termin", "Unterlagen", "Beratung", "besprochen", "geklärt",
    "vorbereitet", "ausgefüllt", "Rückfrage", "Verlängerung", "Büro", "Telefon", "Hausbesuch", "Straße ",
    "Herr ", "Frau ",
)


def _tag(name: str, column) -> bytes:
    t = column.type
    if isinstance(t, Boolean):
        return bytes((jv.FALSE,))
    if isinstance(t, DateTime):
        return bytes((jv.DATETIME,))
    if isinstance(t, Date):
        return bytes((jv.DATE,))
    if isinstance(t, JSON):
        return bytes((jv.LIST,))
    if isinstance(t, Integer):
        return bytes((jv.INT,))
    if name.endswith("_id") or name.endswith("_item_id"):
        return bytes((jv.UUID,))
    if name in WORDISH:
        return bytes((jv.WORD,))
    return bytes((jv.STR,))


def build() -> bytes:
    classes = synced_classes()
    order = sorted(t for t in classes if t not in LAST) + [t for t in LAST if t in classes]
    out = bytearray()
    for word in VOCABULARY:
        out.append(jv.STR)
        jv._text(out, word)
    for table in order:
        cls = classes[table]
        names = [n for n in synced_columns(cls) if n in jv.FIELDS]
        jv._varint(out, len(names))
        for name in names:
            out += jv._FIELD_FORM[name] + _tag(name, cls.__table__.c[name])
    return bytes(out)


if __name__ == "__main__":
    d = build()
    print(len(d), "bytes")
    print("\n".join(textwrap.wrap(base64.b64encode(d).decode("ascii"), 100)))
