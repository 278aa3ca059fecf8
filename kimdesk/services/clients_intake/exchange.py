"""Export and import of the documented exchange format (docs/exchange-format.md).

Import reads the file as a stream, one element at a time (``json_stream``), checks each
(syntax, types, ids, dates) and stages its rows in the database (``import_stage``); duplicate
ids, references and unique case numbers are checked there by SQL, and then the rows are upserted
by id through the ORM — all in one transaction, so change capture and audit see every row and
bad input leaves nothing changed, with memory bounded whatever the size of the file. It never deletes what the file does not mention and never clears a
field the file leaves out. Export writes every collection in full, sorted by id, without
device-local bookkeeping, so two converged laptops export the same document.
"""

from __future__ import annotations

import json
from collections import defaultdict
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from kimdesk.errors import Immutable, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import (
    ActionItem,
    Addendum,
    Agency,
    AgendaItem,
    Appointment,
    Client,
    Conference,
    ConferenceClient,
    Consent,
    CounsellingContact,
    Decision,
    HouseholdMember,
    Need,
    Participant,
    Responsibility,
    ResponsibilityEvent,
    SchoolEntry,
    Task,
)
from kimdesk.services.clients_intake import clients as client_service
from kimdesk.services.releases import content_marks
from kimdesk.services.conferences_minutes import conferences
from kimdesk.services.clients_intake import exchange_format as fmt
from kimdesk.services.clients_intake import import_stage, json_stream
from kimdesk.models.table_order import ORDER
from kimdesk.store.gc_pause import no_cyclic_gc
from kimdesk.store.store import Store

CONFERENCE_PARTS = (ConferenceClient, Participant, AgendaItem, Decision, ActionItem)


@dataclass
class Plan:
    """The rows of one element of the file (a person with household, contacts, needs; a conference
    with its parts; …), checked, before they go to the staging table."""

    rows: dict[type, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    paths: dict[tuple[type, str], str] = field(default_factory=dict)

    def add(self, cls: type, row_id: str, attrs: dict[str, Any], path: str) -> None:
        if row_id in self.rows[cls]:
            raise _duplicate(row_id, path)
        self.rows[cls][row_id] = attrs
        self.paths[(cls, row_id)] = path


def _duplicate(row_id: str, path: str) -> ValidationError:
    return ValidationError(f"{path}.id: " + translate("Import", "die Kennung {id} kommt doppelt vor").format(id=row_id),
                           path)


# -- reading ------------------------------------------------------------------------------
DEFAULT_MAX_BYTES = 200 * 1024 * 1024  # settings.IMPORT_MAX_MB
COLLECTIONS = ("agencies", "clients", "responsibilities", "consents", "conferences", "tasks", "appointments")


def _too_large(max_bytes: int) -> ValidationError:
    return ValidationError(translate("Import", "Die Datei ist größer als {mb} MB (Einstellung „Importdateien "
                                               "höchstens“); es wurde nichts importiert.").format(
        mb=max_bytes // (1024 * 1024)), "file")


def _not_an_object() -> ValidationError:
    return ValidationError(translate("Import", "Die Datei muss ein JSON-Objekt enthalten."), "file")


def _check_header(key: str, value: Any) -> None:
    if key == "format" and value != fmt.FORMAT:
        raise ValidationError(
            translate("Import", "format: „{value}“ ist nicht „{expected}“.").format(
                value=str(value)[:40], expected=fmt.FORMAT), "format")
    if key == "version" and value != fmt.VERSION:
        raise ValidationError(
            translate("Import", "version: {value} wird nicht unterstützt (erwartet {expected}).").format(
                value=str(value)[:20], expected=fmt.VERSION), "version")


Member = tuple[str, Any, Iterator[Any] | None]  # (key, value, or the elements of a collection one by one)


def _doc_members(doc: Any) -> Iterator[Member]:
    if not isinstance(doc, dict):
        raise _not_an_object()
    for key, value in doc.items():
        yield (key, None, iter(value)) if key in COLLECTIONS and isinstance(value, list) else (key, value, None)


def _stream_members(stream: json_stream.JsonStream) -> Iterator[Member]:
    for key in stream.members():
        if key in COLLECTIONS and stream.is_array():
            yield key, None, stream.items()
        else:
            yield key, stream.value(), None
    if not isinstance(stream.whole, dict):
        raise _not_an_object()


def _parse_item(plan: Plan, key: str, obj: Any, i: int) -> None:
    """One element of a top-level collection into ``plan`` (shape and values checked)."""
    path = f"{key}[{i}]"
    if key == "agencies":
        plan.add(Agency, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.AGENCY, path), path)
    elif key == "clients":
        _parse_client(plan, obj, path)
    elif key == "responsibilities":
        rid = fmt.read_id(obj, path)
        attrs = fmt.read_fields(obj, fmt.RESPONSIBILITY, path)
        plan.add(Responsibility, rid, attrs, path)
        for j, ev in enumerate(fmt.read_list(obj, "history", path)):
            epath = f"{path}.history[{j}]"
            eid = fmt.read_id(ev, epath, parent=rid, kind="event", index=j)
            eattrs = fmt.read_fields(ev, fmt.EVENT, epath) | {"responsibility_id": rid}
            if "need_id" in attrs:
                eattrs["need_id"] = attrs["need_id"]
            plan.add(ResponsibilityEvent, eid, eattrs, epath)
    elif key == "consents":
        plan.add(Consent, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.CONSENT, path), path)
    elif key == "conferences":
        _parse_conference(plan, obj, path)
    elif key == "tasks":
        plan.add(Task, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.TASK, path), path)
    elif key == "appointments":
        plan.add(Appointment, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.APPOINTMENT, path), path)


def _read_into(stage: import_stage.Stage, members: Iterator[Member]) -> None:
    """Check every element as it comes and stage its rows; the header is checked where it stands."""
    seen: set[str] = set()
    for key, value, elements in members:
        if key in seen:
            raise ValidationError(translate("Import", "„{key}“ kommt in der Datei doppelt vor.").format(key=key[:40]),
                                  "file")
        seen.add(key)
        if elements is None:
            _check_header(key, value)
            if key in COLLECTIONS:
                fmt.read_list({key: value}, key, "")  # null is an empty list, anything else not a list
            continue
        for i, obj in enumerate(elements):
            plan = Plan()
            _parse_item(plan, key, obj, i)
            stage.add(plan)
    for key in ("format", "version"):
        if key not in seen:
            _check_header(key, None)


def _parse_client(plan: Plan, obj: Any, path: str) -> None:
    if not isinstance(obj, dict):
        raise ValidationError(f"{path}: " + translate("Import", "muss ein Objekt sein"), path)
    cid = fmt.read_id(obj, path)
    plan.add(Client, cid, fmt.read_fields(obj, fmt.CLIENT, path), path)
    for j, m in enumerate(fmt.read_list(obj, "household", path)):
        mpath = f"{path}.household[{j}]"
        plan.add(HouseholdMember, fmt.read_id(m, mpath, parent=cid, kind="member", index=j),
                 fmt.read_fields(m, fmt.MEMBER, mpath) | {"client_id": cid}, mpath)
    for j, c in enumerate(fmt.read_list(obj, "contacts", path)):
        cpath = f"{path}.contacts[{j}]"
        plan.add(CounsellingContact, fmt.read_id(c, cpath, parent=cid, kind="contact", index=j),
                 content_marks.import_default(fmt.read_fields(c, fmt.CONTACT, cpath)) | {"client_id": cid}, cpath)
    for j, n in enumerate(fmt.read_list(obj, "needs", path)):
        npath = f"{path}.needs[{j}]"
        plan.add(Need, fmt.read_id(n, npath),
                 content_marks.import_default(fmt.read_fields(n, fmt.NEED, npath)) | {"client_id": cid}, npath)
    entry = obj.get("school_entry")
    if entry is not None:
        spath = f"{path}.school_entry"
        attrs = fmt.read_fields(entry, fmt.SCHOOL_ENTRY, spath)
        if attrs.get("school_form") is not None and attrs["school_form"] not in fmt.SCHOOL_FORMS:
            raise ValidationError(f"{spath}.school_form: " + translate(
                "Import", "muss {allowed} oder null sein").format(allowed=", ".join(fmt.SCHOOL_FORMS)), spath)
        plan.add(SchoolEntry, fmt.child_id(cid, "school_entry", 0), attrs | {"client_id": cid}, spath)


def _parse_conference(plan: Plan, obj: Any, path: str) -> None:
    if not isinstance(obj, dict):
        raise ValidationError(f"{path}: " + translate("Import", "muss ein Objekt sein"), path)
    conf_id = fmt.read_id(obj, path)
    plan.add(Conference, conf_id, fmt.read_fields(obj, fmt.CONFERENCE, path), path)
    client_ids = fmt.read_list(obj, "client_ids", path)
    for j, cid in enumerate(client_ids):
        cid = fmt.convert("uuid", cid, f"{path}.client_ids[{j}]")
        plan.add(ConferenceClient, fmt.child_id(conf_id, "client", cid),
                 {"conference_id": conf_id, "client_id": cid}, f"{path}.client_ids[{j}]")
    for j, p in enumerate(fmt.read_list(obj, "participants", path)):
        ppath = f"{path}.participants[{j}]"
        plan.add(Participant, fmt.read_id(p, ppath, parent=conf_id, kind="participant", index=j),
                 fmt.read_fields(p, fmt.PARTICIPANT, ppath) | {"conference_id": conf_id, "position": j}, ppath)
    for j, item in enumerate(fmt.read_list(obj, "agenda", path)):
        apath = f"{path}.agenda[{j}]"
        aid = fmt.read_id(item, apath, parent=conf_id, kind="agenda", index=j)
        plan.add(AgendaItem, aid, content_marks.import_default(fmt.read_fields(item, fmt.AGENDA, apath))
                 | {"conference_id": conf_id, "position": j}, apath)
        for k, text in enumerate(fmt.read_list(item, "decisions", apath)):
            dpath = f"{apath}.decisions[{k}]"
            if isinstance(text, dict):  # {"id", "text"} form, as exported
                did = fmt.read_id(text, dpath, parent=aid, kind="decision", index=k)
                text = text.get("text")
            else:
                did = fmt.child_id(aid, "decision", k)
            plan.add(Decision, did, {"agenda_item_id": aid, "position": k, "text": fmt.convert("text", text, dpath)},
                     dpath)
        for k, act in enumerate(fmt.read_list(item, "actions", apath)):
            xpath = f"{apath}.actions[{k}]"
            plan.add(ActionItem, fmt.read_id(act, xpath, parent=aid, kind="action", index=k),
                     fmt.read_fields(act, fmt.ACTION, xpath) | {"agenda_item_id": aid, "position": k}, xpath)
    for j, add in enumerate(fmt.read_list(obj, "addenda", path)):
        dpath = f"{path}.addenda[{j}]"
        plan.add(Addendum, fmt.read_id(add, dpath, parent=conf_id, kind="addendum", index=j),
                 fmt.read_fields(add, fmt.ADDENDUM, dpath) | {"conference_id": conf_id}, dpath)


# -- writing ---------------------------------------------------------------------------------
APPLY_BATCH = 2000  # rows upserted per flush; then let go (the session holds one batch at a time)
# Rows per INSERT statement of the upsert. SQLAlchemy packs up to 1,000 rows into one statement
# ("insertmanyvalues"); SQLite keeps the old content of every page such a statement changes in its
# statement journal, in memory (``temp_store = MEMORY``), until the statement ends. A thousand new
# people touch a thousand places in each index of ``client``, more distinct pages the larger the
# tables: that journal was SQLite's passing peak of the import (+12 MB at 15,000 people, +21 MB at
# 30,000, growing with the people). A hundred rows a statement bound it to a tenth.
ROWS_PER_INSERT = 100

def _apply(session: Session, stage: import_stage.Stage) -> dict[str, int]:
    written: dict[str, int] = defaultdict(int)
    pending = 0
    agenda = stage.agenda()
    final = conferences.final_ids(session, stage.conference_ids())
    for cls in ORDER:
        for row_id, present, attrs in stage.rows(cls):
            if present:
                obj = session.get(cls, row_id)
                changed = {k: v for k, v in attrs.items() if getattr(obj, k) != v}
                if obj.deleted:
                    changed["deleted"] = False
                if not changed:
                    continue
                if (cls is Conference or cls in CONFERENCE_PARTS) and not conferences.is_follow_up(cls, changed):
                    attrs_now = {"id": row_id} | {c.key: getattr(obj, c.key) for c in cls.__table__.columns}
                    conferences.refuse_if_in(final, conferences.conference_id_of(session, cls, attrs_now, agenda))
                for key, value in changed.items():
                    setattr(obj, key, value)
            else:
                if cls in CONFERENCE_PARTS:
                    conferences.refuse_if_in(final, conferences.conference_id_of(session, cls, attrs, agenda))
                if cls is Client and not attrs.get("case_number"):
                    attrs = attrs | {"case_number": client_service.next_case_number(session)}
                if cls in (Need, CounsellingContact, AgendaItem):  # older files: kind and health proposed
                    attrs = content_marks.fill_defaults(dict(attrs), attrs.get("category") or attrs.get("title")
                                                        or attrs.get("summary"))
                if cls is ConferenceClient and not attrs.get("case_number"):
                    # the person's number as written a moment ago (from the file or just assigned) or as stored
                    number = session.scalar(select(Client.case_number).where(Client.id == attrs["client_id"]))
                    attrs = attrs | {"case_number": number}
                session.add(cls(id=row_id, **attrs))
            written[cls.__tablename__] += 1
            pending += 1
            if pending >= APPLY_BATCH:
                session.flush()
                session.expunge_all()
                _tables_only(session)
                pending = 0
    return dict(written)


def _tables_only(session: Session) -> None:
    """What the import changed is kept by table, not by row: a million row ids at 100,000 people
    were the part of its memory that grew with the file. The app refreshes by table, and with no
    owners known every open record counts as concerned (``Changes.concerns``)."""
    for ids in session.info.get("touched", {}).values():
        ids.clear()
    session.info.pop("owners", None)


@dataclass
class ImportResult:
    read: dict[str, int]
    written: dict[str, int]
    follow_ups: int = 0  # follow-ups the deadline rules created after the import


def _import(store: Store, members: Callable[[], Iterator[Member]]) -> ImportResult:
    """Stage and check everything, then upsert in the same one transaction; then bring the needs'
    standing timeline up to date and re-evaluate the deadline rules. Bad input raises
    ``ValidationError`` and leaves nothing changed."""
    from kimdesk.services.tasks_deadlines import deadlines

    try:
        # staging and writing a file's rows hold many objects and make next to no cycles (store.gc_pause):
        # at 10,000 people 20.6-21.5 s CPU with the collector (22-23 full collections), 17.9-18.2 s without
        with no_cyclic_gc(), store.session() as session:
            session.connection().execution_options(insertmanyvalues_page_size=ROWS_PER_INSERT)  # in place
            stage = import_stage.Stage(session.connection())
            _read_into(stage, members())
            stage.check()
            read = stage.count()
            written = _apply(session, stage)
            session.flush()
            _tables_only(session)
            stage.drop()
    except Immutable as exc:  # a finalised protocol in the file differs from ours: bad input
        raise ValidationError(str(exc), "conferences") from None
    imported = store.last_changes
    _refresh_standings(store)
    evaluation = deadlines.evaluate(store, keep_created=False)  # the count, not tens of thousands of rows
    if evaluation.count:  # the caller refreshes what the import and the follow-ups changed
        store.last_changes.merge(imported)
    else:
        store.last_changes = imported
    return ImportResult(read, written, evaluation.count)


def _refresh_standings(store: Store) -> None:
    """The needs' standing timeline for what the file brought, as after a sync round
    (``wiring``), so the first committee report after an import does not compute every need's
    timeline itself. Its own transaction: the import is committed; a need left dirty is only
    computed later, never wrong (``standing_timeline``)."""
    from kimdesk.services.reports.committee import standing_timeline

    with store.connection() as conn:
        if not conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM need_standing_dirty)").scalar():
            return
    with store.connection(write=True) as conn:
        standing_timeline.refresh(conn)


def import_document(store: Store, doc: Any) -> ImportResult:
    """Upsert an already decoded document (a dict as ``json.loads`` gives it)."""
    return _import(store, lambda: _doc_members(doc))


def import_file(store: Store, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportResult:
    """Import a file as it is read: UTF-8 (with or without BOM) or UTF-16 with BOM, as Windows
    tools write them; at most ``max_bytes`` (``/dev/zero`` is refused, not read on). Memory stays
    bounded: one element of the file at a time, the rest in the staging tables."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise ValidationError(translate("Import", "Datei nicht lesbar: {err}").format(err=exc.strerror or exc),
                              "file") from None
    with fh:
        try:
            if os.fstat(fh.fileno()).st_size > max_bytes:
                raise _too_large(max_bytes)
            stream = json_stream.JsonStream(json_stream.text_reader(fh, max_bytes))
            return _import(store, lambda: _stream_members(stream))
        except json_stream.TooLarge:
            raise _too_large(max_bytes) from None
        except OSError as exc:
            raise ValidationError(translate("Import", "Datei nicht lesbar: {err}").format(err=exc.strerror or exc),
                                  "file") from None
        except UnicodeDecodeError:
            raise ValidationError(translate("Import", "Die Datei ist nicht UTF-8- oder UTF-16-kodiert."),
                                  "file") from None
        except json_stream.Malformed as exc:
            raise ValidationError(
                translate("Import", "Kein gültiges JSON (Zeile {line}, Spalte {col}): {msg}").format(
                    line=exc.line, col=exc.col, msg=exc.msg), "file") from None
        except RecursionError:
            raise ValidationError(translate("Import", "Die Datei ist zu tief verschachtelt; das ist kein "
                                                      "KIMdesk-Export."), "file") from None
        except ValueError as exc:  # a number of thousands of digits (int_max_str_digits)
            if isinstance(exc, ValidationError) or "digits" not in str(exc):
                raise
            raise ValidationError(translate("Import", "Die Datei enthält eine Zahl mit zu vielen Stellen."),
                                  "file") from None


# -- export -----------------------------------------------------------------------------------
def _rows(conn: Connection, cls: type) -> list[Any]:
    t = cls.__table__
    return list(conn.execute(select(t).where(t.c.deleted.is_(False)).order_by(t.c.id)))


def _fields(row: Any, fields: list[fmt.Field]) -> dict[str, Any]:
    return {json_name: fmt.to_json(kind, getattr(row, attr)) for json_name, attr, kind in fields}


def _group(rows: list[Any], key: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        out[getattr(r, key)].append(r)
    return out


def _rows_of(conn: Connection, cls: type, key: str, ids: list[str]) -> list[Any]:
    t = cls.__table__
    out: list[Any] = []
    for start in range(0, len(ids), 500):
        out += conn.execute(select(t).where(t.c[key].in_(ids[start:start + 500]), t.c.deleted.is_(False))
                            .order_by(t.c.id)).all()
    return sorted(out, key=lambda r: r.id)


def export_clients(conn: Connection, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Clients in the exchange format, with household, contacts and needs; ``ids`` keeps order."""
    if ids is None:
        rows = _rows(conn, Client)
        members = _group(_rows(conn, HouseholdMember), "client_id")
        contacts = _group(_rows(conn, CounsellingContact), "client_id")
        needs = _group(_rows(conn, Need), "client_id")
        schooling = _group(_rows(conn, SchoolEntry), "client_id")
    else:
        by_id = {r.id: r for r in _rows_of(conn, Client, "id", ids)}
        rows = [by_id[i] for i in ids if i in by_id]
        members = _group(_rows_of(conn, HouseholdMember, "client_id", ids), "client_id")
        contacts = _group(_rows_of(conn, CounsellingContact, "client_id", ids), "client_id")
        needs = _group(_rows_of(conn, Need, "client_id", ids), "client_id")
        schooling = _group(_rows_of(conn, SchoolEntry, "client_id", ids), "client_id")

    def client(r: Any) -> dict[str, Any]:
        d = {"id": r.id} | _fields(r, fmt.CLIENT)
        d["household"] = [{"id": m.id} | _fields(m, fmt.MEMBER) for m in members.get(r.id, [])]
        d["contacts"] = [{"id": c.id} | _fields(c, fmt.CONTACT) for c in contacts.get(r.id, [])]
        d["needs"] = [{"id": n.id} | _fields(n, fmt.NEED) for n in needs.get(r.id, [])]
        entry = schooling.get(r.id)
        d["school_entry"] = _fields(entry[0], fmt.SCHOOL_ENTRY) if entry else None
        return d

    return [client(r) for r in rows]


def export_conn(conn: Connection, *, conference_ids: set[str] | None = None) -> dict[str, Any]:
    events = _group(_rows(conn, ResponsibilityEvent), "responsibility_id")

    def responsibility(r: Any) -> dict[str, Any]:
        d = {"id": r.id} | _fields(r, fmt.RESPONSIBILITY)
        hist = sorted(events.get(r.id, []), key=lambda e: (e.on, e.id))
        d["history"] = [{"id": e.id} | _fields(e, fmt.EVENT) for e in hist]
        return d

    doc: dict[str, Any] = {"format": fmt.FORMAT, "version": fmt.VERSION}
    if conference_ids is None:
        doc["clients"] = export_clients(conn)
        doc["agencies"] = [{"id": r.id} | _fields(r, fmt.AGENCY) for r in _rows(conn, Agency)]
        doc["responsibilities"] = [responsibility(r) for r in _rows(conn, Responsibility)]
        doc["consents"] = [{"id": r.id} | _fields(r, fmt.CONSENT) for r in _rows(conn, Consent)]
    doc["conferences"] = export_conferences(conn, conference_ids)
    if conference_ids is None:
        doc["tasks"] = [{"id": r.id} | _fields(r, fmt.TASK) for r in _rows(conn, Task)]
        doc["appointments"] = [{"id": r.id} | _fields(r, fmt.APPOINTMENT) for r in _rows(conn, Appointment)]
    return doc


def export_conferences(conn: Connection, only: set[str] | None = None) -> list[dict[str, Any]]:
    links = _group(_rows(conn, ConferenceClient), "conference_id")
    parts = _group(_rows(conn, Participant), "conference_id")
    agenda = _group(_rows(conn, AgendaItem), "conference_id")
    decisions = _group(_rows(conn, Decision), "agenda_item_id")
    actions = _group(_rows(conn, ActionItem), "agenda_item_id")
    addenda = _group(_rows(conn, Addendum), "conference_id")
    out = []
    for r in _rows(conn, Conference):
        if only is not None and r.id not in only:
            continue
        d = {"id": r.id} | _fields(r, fmt.CONFERENCE)
        d["client_ids"] = sorted(link.client_id for link in links.get(r.id, []) if link.client_id)
        d["participants"] = [{"id": p.id} | _fields(p, fmt.PARTICIPANT)
                             for p in sorted(parts.get(r.id, []), key=lambda p: (p.position, p.id))]
        items = []
        for a in sorted(agenda.get(r.id, []), key=lambda a: (a.position, a.id)):
            item = {"id": a.id} | _fields(a, fmt.AGENDA)
            item["decisions"] = [x.text for x in sorted(decisions.get(a.id, []), key=lambda x: (x.position, x.id))]
            item["actions"] = [{"id": x.id} | _fields(x, fmt.ACTION)
                               for x in sorted(actions.get(a.id, []), key=lambda x: (x.position, x.id))]
            items.append(item)
        d["agenda"] = items
        d["addenda"] = [{"id": x.id} | _fields(x, fmt.ADDENDUM)
                        for x in sorted(addenda.get(r.id, []), key=lambda x: (x.on, x.id))]
        out.append(d)
    return out


def export_document(store: Store) -> dict[str, Any]:
    with store.connection() as conn:
        return export_conn(conn)


def export_file(store: Store, path: Path) -> dict[str, int]:
    """Write the export piece by piece (``export_stream``: the bytes of ``export_document``, in
    bounded memory), mode 0600: it holds social data in clear — the user chose to."""
    from kimdesk.paths import atomic_writer
    from kimdesk.services.clients_intake.export_stream import write_export

    # with the collector on, unlike the import: each item is written by json's indenting encoder, whose
    # functions refer to one another, a cycle per item (about 165 objects a person); paused, they stayed
    # until the end, 1,080 MB at 100,000 people instead of 165 MB, for no CPU saved (31.9 s either way)
    with store.connection() as conn, atomic_writer(path) as out:
        return write_export(conn, out)
