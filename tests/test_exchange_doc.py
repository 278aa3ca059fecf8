"""docs/exchange-format.md is the full reference: every key an export writes is documented there,
and every field the document's tables name is one the format has."""

from __future__ import annotations

import re
from pathlib import Path

from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import exchange
from kimdesk.services.clients_intake import exchange_format as fmt

DOC = (Path(__file__).resolve().parent.parent / "docs" / "exchange-format.md").read_text(encoding="utf-8")


def keys_of(value, out: set[str]) -> set[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            keys_of(v, out)
    elif isinstance(value, list):
        for v in value:
            keys_of(v, out)
    return out


def format_fields() -> set[str]:
    tables = (fmt.CLIENT, fmt.MEMBER, fmt.CONTACT, fmt.NEED, fmt.AGENCY, fmt.RESPONSIBILITY, fmt.EVENT, fmt.CONSENT,
              fmt.CONFERENCE, fmt.PARTICIPANT, fmt.AGENDA, fmt.ACTION, fmt.ADDENDUM, fmt.TASK, fmt.SCHOOL_ENTRY)
    return {name for table in tables for name, _attr, _kind in table}


def test_every_exported_key_is_documented(store):
    demo.generate(store, 40, seed=11)
    written = keys_of(exchange.export_document(store), set()) | format_fields()
    missing = sorted(k for k in written if f"`{k}`" not in DOC)
    assert missing == [], ", ".join(missing)


def test_the_documented_fields_exist():
    known = format_fields() | {"id", "format", "version", "clients", "agencies", "responsibilities", "consents",
                               "conferences", "tasks", "needs", "household", "contacts", "history", "client_ids",
                               "participants", "agenda", "decisions", "actions", "addenda", "school_entry",
                               "appointments"}
    named = set()
    for line in DOC.splitlines():
        m = re.match(r"\|\s*((?:`[a-z_]+`(?:,\s*)?)+)\s*\|", line)
        if m:
            named |= set(re.findall(r"`([a-z_]+)`", m.group(1)))
    assert named, "no field tables found"
    assert sorted(named - known) == []
