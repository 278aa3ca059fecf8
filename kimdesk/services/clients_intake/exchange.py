"""Export and import of the documented exchange format (docs/exchange-format.md).

Import checks the whole file first (syntax, types, ids, dates, references, unique case
numbers) and then upserts by id in one transaction through the ORM, so change capture and
audit see every row. It never deletes what the file does not mention and never clears a
field the file leaves out. Export writes every collection in full, sorted by id, without
device-local bookkeeping, so two converged laptops export the same document.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
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
from kimdesk.models.table_order import ORDER
from kimdesk.store.store import Store

CONFERENCE_PARTS = (ConferenceClient, Participant, AgendaItem, Decision, ActionItem)


@dataclass
class Plan:
    rows: dict[type, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, cls: type, row_id: str, attrs: dict[str, Any], path: str) -> None:
        if row_id in self.rows[cls]:
            raise ValidationError(f"{path}.id: " + translate("Import", "die Kennung {id} kommt doppelt vor").format(id=row_id),
                                  path)
        self.rows[cls][row_id] = attrs

    def count(self) -> dict[str, int]:
        return {cls.__tablename__: len(rows) for cls, rows in self.rows.items() if rows}


# -- reading ------------------------------------------------------------------------------
DEFAULT_MAX_BYTES = 200 * 1024 * 1024  # settings.IMPORT_MAX_MB


def load(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """Read and decode an import file: UTF-8 (with or without BOM) or UTF-16 with BOM, as
    Windows tools write them; at most ``max_bytes`` (``/dev/zero`` is refused, not read on)."""
    import codecs

    try:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ValidationError(translate("Import", "Datei nicht lesbar: {err}").format(err=exc.strerror or exc), "file") from None
    if len(raw) > max_bytes:
        raise ValidationError(translate("Import", "Die Datei ist größer als {mb} MB (Einstellung „Importdateien "
                                                  "höchstens“); es wurde nichts importiert.").format(
            mb=max_bytes // (1024 * 1024)), "file")
    encoding = "utf-8"
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    try:
        return json.loads(raw.decode(encoding))
    except UnicodeDecodeError:
        raise ValidationError(translate("Import", "Die Datei ist nicht UTF-8- oder UTF-16-kodiert."), "file") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            translate("Import", "Kein gültiges JSON (Zeile {line}, Spalte {col}): {msg}").format(
                line=exc.lineno, col=exc.colno, msg=exc.msg), "file") from None
    except RecursionError:
        raise ValidationError(translate("Import", "Die Datei ist zu tief verschachtelt; das ist kein KIMdesk-Export."),
                              "file") from None
    except ValueError:  # a number of thousands of digits (int_max_str_digits)
        raise ValidationError(translate("Import", "Die Datei enthält eine Zahl mit zu vielen Stellen."), "file") \
            from None


def parse(doc: Any) -> Plan:
    """Check the document's shape and values; returns what to write. Raises on the first problem."""
    if not isinstance(doc, dict):
        raise ValidationError(translate("Import", "Die Datei muss ein JSON-Objekt enthalten."), "file")
    if doc.get("format") != fmt.FORMAT:
        raise ValidationError(
            translate("Import", "format: „{value}“ ist nicht „{expected}“.").format(
                value=str(doc.get("format"))[:40], expected=fmt.FORMAT), "format")
    if doc.get("version") != fmt.VERSION:
        raise ValidationError(
            translate("Import", "version: {value} wird nicht unterstützt (erwartet {expected}).").format(
                value=str(doc.get("version"))[:20], expected=fmt.VERSION), "version")
    plan = Plan()
    for i, obj in enumerate(fmt.read_list(doc, "agencies", "")):
        path = f"agencies[{i}]"
        plan.add(Agency, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.AGENCY, path), path)
    for i, obj in enumerate(fmt.read_list(doc, "clients", "")):
        _parse_client(plan, obj, f"clients[{i}]")
    for i, obj in enumerate(fmt.read_list(doc, "responsibilities", "")):
        path = f"responsibilities[{i}]"
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
    for i, obj in enumerate(fmt.read_list(doc, "consents", "")):
        path = f"consents[{i}]"
        plan.add(Consent, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.CONSENT, path), path)
    for i, obj in enumerate(fmt.read_list(doc, "conferences", "")):
        _parse_conference(plan, obj, f"conferences[{i}]")
    for i, obj in enumerate(fmt.read_list(doc, "tasks", "")):
        path = f"tasks[{i}]"
        plan.add(Task, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.TASK, path), path)
    for i, obj in enumerate(fmt.read_list(doc, "appointments", "")):
        path = f"appointments[{i}]"
        plan.add(Appointment, fmt.read_id(obj, path), fmt.read_fields(obj, fmt.APPOINTMENT, path), path)
    return plan


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


# -- checking against the database ---------------------------------------------------------
def _existing(conn: Connection, cls: type, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    found: set[str] = set()
    table = cls.__table__
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(r[0] for r in conn.execute(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def check(conn: Connection, plan: Plan) -> dict[type, set[str]]:
    """References resolve, new rows have their required fields, case numbers stay unique."""
    existing = {cls: _existing(conn, cls, plan.rows[cls]) for cls in ORDER}
    for cls in ORDER:
        required = [c.key for c in cls.__table__.columns
                    if not c.nullable and c.default is None and c.server_default is None and c.key != "id"
                    and c.key != "case_number"]
        fks = [(c.key, next(iter(c.foreign_keys)).column.table) for c in cls.__table__.columns if c.foreign_keys]
        for row_id, attrs in plan.rows[cls].items():
            if row_id not in existing[cls]:
                for key in required:
                    if attrs.get(key) is None:
                        raise ValidationError(
                            f"{cls.__tablename__} {row_id}: " + translate("Import", "Pflichtfeld „{field}“ fehlt").format(
                                field=key), key)
            for key, table in fks:
                ref = attrs.get(key)
                if ref is None:
                    continue
                target = next(c for c in ORDER if c.__table__ is table)
                if ref not in plan.rows[target] and ref not in existing[target] and not _existing(conn, target, [ref]):
                    raise ValidationError(
                        f"{cls.__tablename__} {row_id}.{key}: "
                        + translate("Import", "verweist auf {id}, das weder in der Datei noch in der Datenbank steht").format(
                            id=ref), key)
    _match_decisions_by_position(conn, plan, existing)
    seen: dict[str, str] = {}
    table = Client.__table__
    for cid, attrs in plan.rows[Client].items():
        number = attrs.get("case_number")
        if not number:
            continue
        if number in seen:
            raise ValidationError(translate("Import", "Aktenzeichen {n} kommt doppelt vor.").format(n=number), "case_number")
        seen[number] = cid
        other = conn.execute(select(table.c.id).where(table.c.case_number == number)).scalar()
        if other is not None and other != cid:
            raise ValidationError(
                translate("Import", "Aktenzeichen {n} gehört schon einer anderen Person.").format(n=number), "case_number")
    return existing


def _match_decisions_by_position(conn: Connection, plan: Plan, existing: dict[type, set[str]]) -> None:
    """Decisions are plain strings in the format: upsert them by (agenda item, position)."""
    t = Decision.__table__
    items = {attrs["agenda_item_id"] for attrs in plan.rows[Decision].values()}
    if not items:
        return
    by_pos = {}
    for chunk_start in range(0, len(items), 500):
        chunk = list(items)[chunk_start:chunk_start + 500]
        for r in conn.execute(select(t.c.id, t.c.agenda_item_id, t.c.position)
                              .where(t.c.agenda_item_id.in_(chunk), t.c.deleted.is_(False))):
            by_pos[(r.agenda_item_id, r.position)] = r.id
    remapped = {}
    for row_id, attrs in plan.rows[Decision].items():
        current = by_pos.get((attrs["agenda_item_id"], attrs["position"]))
        if current is not None and current != row_id:
            remapped[current] = attrs
            existing[Decision].add(current)
        else:
            remapped[row_id] = attrs
    plan.rows[Decision] = remapped


# -- writing ---------------------------------------------------------------------------------
def _apply(session: Session, store: Store, plan: Plan, existing: dict[type, set[str]]) -> dict[str, int]:
    written = defaultdict(int)
    pending = 0
    agenda = plan.rows[AgendaItem]
    final = conferences.final_ids(session, set(plan.rows[Conference]) | {
        a["conference_id"] for a in agenda.values()} | {
        a["conference_id"] for cls in (Participant, ConferenceClient) for a in plan.rows[cls].values()})
    final |= conferences.final_ids(session, {
        item.conference_id for cls in (Decision, ActionItem) for a in plan.rows[cls].values()
        if a["agenda_item_id"] not in agenda and (item := session.get(AgendaItem, a["agenda_item_id"]))})
    for cls in ORDER:
        for row_id, attrs in plan.rows[cls].items():
            if row_id in existing[cls]:
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
                    person = plan.rows[Client].get(attrs["client_id"]) or {}
                    number = person.get("case_number") or session.scalar(
                        select(Client.case_number).where(Client.id == attrs["client_id"]))
                    attrs = attrs | {"case_number": number}
                session.add(cls(id=row_id, **attrs))
            written[cls.__tablename__] += 1
            pending += 1
            if pending >= 2000:
                session.flush()
                session.expunge_all()
                pending = 0
    return dict(written)


@dataclass
class ImportResult:
    read: dict[str, int]
    written: dict[str, int]
    follow_ups: int = 0  # follow-ups the deadline rules created after the import


def import_document(store: Store, doc: Any) -> ImportResult:
    """Upsert the document in one transaction, then re-evaluate the deadline rules."""
    from kimdesk.services.tasks_deadlines import deadlines

    plan = parse(doc)
    try:
        with store.session() as session:
            existing = check(session.connection(), plan)
            written = _apply(session, store, plan, existing)
    except Immutable as exc:  # a finalised protocol in the file differs from ours: bad input
        raise ValidationError(str(exc), "conferences") from None
    imported = store.last_changes
    evaluation = deadlines.evaluate(store)
    if evaluation.created:  # the caller refreshes what the import and the follow-ups changed
        store.last_changes.merge(imported)
    else:
        store.last_changes = imported
    return ImportResult(plan.count(), written, len(evaluation.created))


def import_file(store: Store, path: Path) -> ImportResult:
    return import_document(store, load(path))


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

    with store.connection() as conn, atomic_writer(path) as out:
        return write_export(conn, out)
