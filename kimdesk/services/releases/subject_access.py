"""Everything stored about one person, for a request under Art. 15 GDPR (``kimdesk client export``).

What belongs to the person is what an erasure would remove (``sync.erasure.cascade``: the
same declared rules), plus the conferences that name them, the tasks agreed there for
them, their access record, the audit trail of their records, the earlier values kept in the
change journal and conflict records. So a table added to the erasure rules is exported
too; one the export does not know yet is printed with its raw columns rather than left
out. Reading the record for the export is itself an access and is logged.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, select

from kimdesk.i18n import translate
from kimdesk.models import Agency, Client, StructuralFinding
from kimdesk.models.base import Base
from kimdesk.models.types import id_text, stored_id
from kimdesk.reports.subject_access import Section, SubjectAccessDoc, Table
from kimdesk.services.clients_intake import access, clients
from kimdesk.services.admin import print_settings
from kimdesk.services.casework import retention
from kimdesk.services.tasks_deadlines import rules as rules_data
from kimdesk.services.releases import subject_access_fields as fields
from kimdesk.store import audit
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.store.journal_values import decode
from kimdesk.store.store import Store
from kimdesk.store.clock import physical_ms

# the order of the sections; tables the export does not name come after them
ORDER = ("client", "household_member", "need", "responsibility", "responsibility_event", "counselling_contact",
         "consent", "appointment", "task", "case_phase", "first_contact", "assessment", "residence_record", "benefit_record",
         "case_plan", "plan_goal", "plan_measure", "school_entry", "finding_case", "conflict_resolution")


def _chunks(ids: list[str], size: int = 400):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _select(conn: Connection, table: str, ids: set[str]) -> list[dict[str, Any]]:
    """The rows as the models type them (dates, booleans, lists); a table unknown here as stored."""
    known = Base.metadata.tables.get(table)
    out: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(ids)):
        if known is not None:
            rows = conn.execute(select(known).where(known.c.id.in_(chunk)))
        else:
            rows = conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})",
                                        tuple(chunk))
        out += [dict(r._mapping) for r in rows]
    return out


def _sort_key(row: dict[str, Any]) -> tuple:
    for key in ("on", "valid_from", "since", "given_on", "due_on", "opened_on", "requested_on", "due", "position"):
        if row.get(key) is not None:
            return (0, str(row[key]), row["id"])
    return (1, "", row.get("id", ""))


def _table(table: str, rows: list[dict[str, Any]], ctx: dict[str, Any]) -> Table:
    available = list(rows[0]) if rows else []
    cols = fields.columns(table, available)
    body = [[fmt(row.get(c), ctx) for c, _label, fmt in cols] for row in sorted(rows, key=_sort_key)]
    return Table(fields.title(table), [label for _c, label, _f in cols], body)


def _stamp_time(stamp: int) -> str:
    return datetime.fromtimestamp(physical_ms(stamp) / 1000, tz=timezone.utc).astimezone().strftime("%d.%m.%Y, %H:%M")


def _audit_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d.%m.%Y, %H:%M:%S")
    except ValueError:
        return at


def action_label(action: str) -> str:
    return {"create": translate("Art15", "angelegt"), "update": translate("Art15", "geändert"),
            "delete": translate("Art15", "gelöscht"), "open": translate("Art15", "Akte geöffnet"),
            "print": translate("Art15", "gedruckt / ausgegeben"), "import": translate("Art15", "importiert"),
            "sync": translate("Art15", "synchronisiert")}.get(action, action)


def collect(conn: Connection, client_id: str, organisation: str, *, on: date | None = None,
            controller: str = "", dpo: str = "") -> SubjectAccessDoc:
    """The export as a plain document (rendered by ``reports.subject_access``)."""
    from kimdesk.sync.erasure import cascade

    person = conn.execute(select(Client.__table__).where(Client.__table__.c.id == client_id)).first()
    if person is None:
        from kimdesk.errors import NotFound

        raise NotFound(translate("Clients", "Keine Person mit der Kennung {id}.").format(id=client_id))
    theirs = cascade(conn, {"client": {client_id}})
    rows = {table: _select(conn, table, ids) for table, ids in theirs.items() if ids}
    ctx: dict[str, Any] = {
        "agencies": dict(conn.execute(select(Agency.id, Agency.name)).all()),
        "needs": {r["id"]: r["category"] for r in rows.get("need", [])},
        "findings": dict(conn.execute(select(StructuralFinding.id, StructuralFinding.title)).all()),
    }
    sections: list[Section] = [_about(conn, person, ctx, organisation, controller, dpo)]
    client_row = rows.pop("client")[0]
    sections.append(Section(fields.title("client"), fields=[
        (label, fmt(client_row.get(c), ctx)) for c, label, fmt in fields.columns("client", list(client_row))]))
    household = _other_households(conn, client_id)
    for table in [t for t in ORDER if t in rows] + sorted(set(rows) - set(ORDER)):
        tables = [_table(table, rows[table], ctx)]
        section = Section(tables[0].title, tables=tables)
        if table == "household_member" and household:
            section.notes.append(household)
        sections.append(section)
    if "household_member" not in rows and household:
        sections.append(Section(fields.title("household_member"), notes=[household]))
    conferences, conference_ids = _conferences(conn, client_id, ctx)
    sections += conferences
    all_ids = {i for ids in theirs.values() for i in ids} | conference_ids
    sections += [_access(conn, client_id), _audit(conn, {**theirs, "conference": set(theirs.get("conference", ())) | conference_ids}), _history(conn, theirs, ctx),
                 _conflicts(conn, all_ids)]
    covered = set(theirs) | ({"conference", "conference_client"} if conference_ids else set())
    return SubjectAccessDoc(translate("Art15", "{family}, {given}").format(family=person.family_name,
                                                                      given=person.given_name).strip(", "),
                            person.case_number, [s for s in sections if s is not None], organisation,
                            on or date.today(), sorted(covered))


def _about(conn: Connection, person: Any, ctx: dict[str, Any], organisation: str, controller: str,
           dpo: str) -> Section:
    """Art. 15 (1) a–h: controller, purposes, recipients, storage period, rights, origin."""
    recipients = sorted({ctx["agencies"].get(id_text(r[0]), "") for r in conn.exec_driver_sql(
        "SELECT agency_id FROM consent WHERE client_id = ? AND deleted = 0 UNION "
        "SELECT p.agency_id FROM participant p JOIN conference_client cc ON cc.conference_id = p.conference_id "
        "WHERE cc.client_id = ? AND p.deleted = 0 AND cc.deleted = 0", (stored_id(person.id),) * 2) if r[0]} - {""})
    years = retention.years_for(person.case_type, rules_data.load("retention"))
    unset = translate("Art15", "nicht hinterlegt – bitte beim Case Management erfragen")
    return Section(translate("Art15", "Informationen zur Verarbeitung"), fields=[
        (translate("Art15", "Verantwortlich"), controller or organisation),
        (translate("Art15", "Datenschutzbeauftragte:r"), dpo or unset),
        (translate("Art15", "Zweck"), translate(
            "Art15", "Case Management im Kommunalen Integrationsmanagement: Klärung der Bedarfe, Abstimmung der "
                     "zuständigen Stellen, Fallkonferenzen.")),
        (translate("Art15", "Kategorien"), translate(
            "Art15", "Angaben zur Person und zum Haushalt, Aufenthalt, Leistungen, Schule und Sprache, Wohnen, "
                     "Gesundheit (soweit erfasst), Beratungskontakte, Einwilligungen.")),
        (translate("Art15", "Empfänger"), ", ".join(recipients) if recipients else translate(
            "Art15", "keine Stelle außerhalb des Kommunalen Integrationsmanagements")),
        (translate("Art15", "Speicherdauer"), translate(
            "Art15", "bis zum Ende des {n}. Kalenderjahres nach Abschluss des Falls; danach wird alles gelöscht."
        ).format(n=years)),
        (translate("Art15", "Herkunft"), translate(
            "Art15", "von Ihnen selbst und, mit Ihrer Einwilligung, von den beteiligten Stellen.")),
        (translate("Art15", "Ihre Rechte"), translate(
            "Art15", "Auskunft (Art. 15 DSGVO, § 83 SGB X) – diese Aufstellung; Berichtigung (Art. 16 DSGVO); "
                     "Löschung (Art. 17 DSGVO, § 84 SGB X); Einschränkung der Verarbeitung (Art. 18 DSGVO); "
                     "Datenübertragbarkeit (Art. 20 DSGVO); Widerspruch (Art. 21 DSGVO); Widerruf einer "
                     "Einwilligung jederzeit mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).")),
        (translate("Art15", "Beschwerde"), translate(
            "Art15", "bei der Aufsichtsbehörde (Art. 77 DSGVO): Landesbeauftragte für Datenschutz und "
                     "Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf.")),
    ])


def _other_households(conn: Connection, client_id: str) -> str:
    n = conn.exec_driver_sql("SELECT count(*) FROM household_member WHERE member_client_id = ? AND deleted = 0",
                             (stored_id(client_id),)).scalar_one()
    if not n:
        return ""
    return translate("Art15", "Sie sind außerdem im Haushalt von {n} anderen Person(en) erfasst.").format(n=n)


def _conferences(conn: Connection, client_id: str, ctx: dict[str, Any]) -> tuple[list[Section], set[str]]:
    """Each case conference about the person: participants, TOPs, decisions, tasks, addenda."""
    confs = conn.exec_driver_sql(
        "SELECT c.id, c.date, c.place, c.moderator, c.minute_taker, c.status, c.title, c.next_date FROM conference c "
        "JOIN conference_client cc ON cc.conference_id = c.id WHERE cc.client_id = ? AND cc.deleted = 0 "
        "AND c.deleted = 0 ORDER BY c.date, c.id", (stored_id(client_id),)).all()
    ids = {id_text(c.id) for c in confs}  # the audit and conflicts name rows by their text ids
    out: list[Section] = []
    for c in confs:
        heading = translate("Art15", "Fallkonferenz am {date}").format(date=fields.plain(c.date))
        section = Section(heading, fields=[
            (translate("Art15", "Thema"), fields.plain(c.title)), (translate("Art15", "Ort"), fields.plain(c.place)),
            (translate("Art15", "Moderation"), fields.plain(c.moderator)),
            (translate("Art15", "Protokoll"), fields.plain(c.minute_taker)),
            (translate("Art15", "Stand"),
             translate("Art15", "abgeschlossen") if c.status == "final" else translate("Art15", "Entwurf")),
            (translate("Art15", "nächster Termin"), fields.plain(c.next_date))])
        parts = conn.exec_driver_sql("SELECT agency_id, name, function, presence, consent_override_reason FROM "
                                     "participant WHERE conference_id = ? AND deleted = 0 ORDER BY position, id",
                                     (c.id,)).all()
        section.tables.append(Table(translate("Art15", "Teilnehmende"), [
            translate("Art15", "Stelle"), translate("Art15", "Name"), translate("Art15", "Funktion"),
            translate("Art15", "Anwesenheit"),
            translate("Art15", "Ausnahmegrund ohne Einwilligung")],
            [[fields.agency(id_text(p.agency_id), ctx), fields.plain(p.name), fields.plain(p.function),
              fields.choice(fields.PRESENCE)(p.presence, ctx),
              fields.plain(p.consent_override_reason)] for p in parts]))
        items = conn.exec_driver_sql("SELECT id, title, notes FROM agenda_item WHERE conference_id = ? AND deleted = 0 "
                                     "ORDER BY position, id", (c.id,)).all()
        rows = []
        for n, item in enumerate(items, 1):
            decisions = [d[0] for d in conn.exec_driver_sql(
                "SELECT text FROM decision WHERE agenda_item_id = ? AND deleted = 0 ORDER BY position, id", (item.id,))]
            actions = [translate("Art15", "{who}: {what} (bis {due}, {status})").format(
                       who=" ".join(x for x in (fields.agency(id_text(a.who_agency_id), ctx) if a.who_agency_id else "",
                                                a.who or "") if x) or "–",
                       what=a.what, due=fields.plain(a.due), status=fields.choice(fields.OPEN_DONE)(a.status, ctx))
                       for a in conn.exec_driver_sql(
                           "SELECT who, who_agency_id, what, due, status FROM action_item WHERE agenda_item_id = ? "
                           "AND deleted = 0 ORDER BY position, id", (item.id,))]
            rows.append([translate("Art15", "TOP {n}: {title}").format(n=n, title=item.title), fields.plain(item.notes),
                         "\n".join(decisions) or "–", "\n".join(actions) or "–"])
        section.tables.append(Table(translate("Art15", "Tagesordnung, Beschlüsse und Vereinbarungen"), [
            translate("Art15", "TOP"), translate("Art15", "Verlauf"), translate("Art15", "Beschlüsse"),
            translate("Art15", "Vereinbarte Aufgaben")], rows))
        addenda = conn.exec_driver_sql('SELECT "on", text, author FROM addendum WHERE conference_id = ? '
                                       'AND deleted = 0 ORDER BY "on", id', (c.id,)).all()
        if addenda:
            section.tables.append(Table(translate("Art15", "Nachträge"), [translate("Art15", "Datum"),
                                        translate("Art15", "Text"),
                                                                    translate("Art15", "von")],
                                        [[fields.plain(a[0]), a[1], fields.plain(a[2])] for a in addenda]))
        out.append(section)
    assigned = conn.exec_driver_sql(
        "SELECT a.what, a.who, a.who_agency_id, a.due, a.status, a.done_on FROM action_item a "
        "WHERE a.client_id = ? AND a.deleted = 0 ORDER BY a.due, a.id", (stored_id(client_id),)).all()
    if assigned:
        out.append(Section(translate("Art15", "In Fallkonferenzen vereinbarte Aufgaben für Sie"), tables=[Table(
            "", [translate("Art15", "Was"), translate("Art15", "Wer"), translate("Art15", "bis"),
                 translate("Art15", "Stand"),
                 translate("Art15", "erledigt am")],
            [[a.what, " ".join(x for x in (fields.agency(id_text(a.who_agency_id), ctx) if a.who_agency_id else "", a.who or "")
                               if x) or "–", fields.plain(a.due), fields.choice(fields.OPEN_DONE)(a.status, ctx),
              fields.plain(a.done_on)]
             for a in assigned])]))
    return out, ids


def _access(conn: Connection, client_id: str) -> Section:
    seen = access.opened(conn, client_id)
    printed = conn.exec_driver_sql("SELECT at, actor, device FROM audit WHERE action = 'print' AND entity = 'client' "
                                   "AND row_id = ? ORDER BY seq DESC", (client_id,)).all()
    events = [(a.at, a.actor, a.device, "open") for a in seen] + [(p.at, p.actor, p.device, "print") for p in printed]
    rows = [[_audit_time(at), actor or "–", device, action_label(what)]
            for at, actor, device, what in sorted(events, key=lambda e: e[0], reverse=True)]
    return Section(translate("Art15", "Zugriffe auf Ihre Akte"), intro=translate(
        "Art15", "Wer Ihre Akte geöffnet oder Unterlagen über Sie gedruckt hat (Benutzerkennung und Gerät, "
                 "wie gespeichert)."),
        tables=[Table("", [translate("Art15", "Zeitpunkt"), translate("Art15", "Benutzer:in"),
                           translate("Art15", "Gerät"),
                           translate("Art15", "Vorgang")], rows)])


def _audit(conn: Connection, rows: dict[str, set[str]]) -> Section:
    body = [[_audit_time(r.at), r.actor or "–", action_label(r.action), fields.title(r.entity),
             translate("Art15", "alle Angaben") if r.fields == "*" else
             ", ".join(fields.field_label(r.entity, f) for f in r.fields.split(",") if f) or "–"]
            for r in audit.items_for(conn, rows)]
    return Section(translate("Art15", "Änderungsprotokoll"), intro=translate(
        "Art15", "Jede Änderung an Ihren Datensätzen: wann, von wem, welche Angaben (die Werte stehen im "
                 "nächsten Abschnitt)."),
        tables=[Table("", [translate("Art15", "Zeitpunkt"), translate("Art15", "Benutzer:in"),
                           translate("Art15", "Vorgang"),
                           translate("Art15", "Bereich"), translate("Art15", "Angaben")], body)])


def _history(conn: Connection, theirs: dict[str, set[str]], ctx: dict[str, Any]) -> Section:
    body = []
    names = Names(conn)
    for table, ids in sorted(theirs.items()):
        code = names.find(table)
        for chunk in _chunks(sorted(ids)) if code is not None else ():
            rows = [(stamp, names.name(device), names.name(actor), data) for stamp, device, actor, data in
                    conn.exec_driver_sql(
                        f"SELECT stamp, device_code, actor_code, data FROM change WHERE entity_code = ? AND row_key IN "
                        f"({','.join('?' * len(chunk))})", (code, *(row_key(i) for i in chunk)))]
            rows.sort(key=lambda r: (r[0], r[1]))  # by stamp, device
            for stamp, _device, actor, raw in rows:
                data = decode(raw)
                shown = [f"{fields.field_label(table, k)}: {_clip(fields.show(table, k, v, ctx))}"
                         for k, v in sorted(data.items()) if k not in fields.HIDDEN]
                if shown:
                    body.append((stamp, [_stamp_time(stamp), actor or "–", fields.title(table),
                                         "\n".join(shown)]))
    body.sort(key=lambda x: x[0])
    return Section(translate("Art15", "Gespeicherte Werte und ihre Geschichte"), intro=translate(
        "Art15", "Jeder Wert, den Ihre Datensätze hatten, auch frühere (bis zur Löschung aufbewahrt)."),
        tables=[Table("", [translate("Art15", "Zeitpunkt"), translate("Art15", "Benutzer:in"),
                           translate("Art15", "Bereich"),
                           translate("Art15", "Werte")], [row for _s, row in body])])


def _clip(text: str) -> str:
    return text if len(text) <= 400 else text[:399] + "…"


def _value(value: Any) -> str:
    return _clip(fields.plain(value))


def _conflicts(conn: Connection, ids: set[str]) -> Section | None:
    rows = []
    for chunk in _chunks(sorted(ids)):
        rows += conn.exec_driver_sql(f"SELECT entity, field, kept, lost FROM sync_conflict WHERE row_id IN "
                                     f"({','.join('?' * len(chunk))})", tuple(chunk)).all()
    if not rows:
        return None
    return Section(translate("Art15", "Abweichende Werte aus der Synchronisation"), tables=[Table("", [
        translate("Art15", "Bereich"), translate("Art15", "Angabe"), translate("Art15", "gültiger Wert"),
        translate("Art15", "abweichender Wert")],
        [[fields.title(r.entity), fields.field_label(r.entity, r.field), _value(json.loads(r.kept or "null")),
          _value(json.loads(r.lost or "null"))] for r in rows])])


def export(store: Store, client_id: str, *, on: date | None = None, printed_at: datetime | None = None):
    """Render the export; logged as an access (the record was read) and a print."""
    from kimdesk.reports.subject_access import render_subject_access
    from kimdesk.services.conferences_minutes.minutes_print import log_print

    from kimdesk.services.admin import settings

    organisation = print_settings.organisation(store)
    controller, dpo = settings.PRIVACY_CONTROLLER.get(store), settings.PRIVACY_DPO.get(store)
    with store.session(write=False) as session:
        clients.get(session, client_id)  # NotFound for an unknown or deleted person
        doc = collect(session.connection(), client_id, organisation, on=on, controller=controller, dpo=dpo)
    access.record_open(store, client_id)
    rendered = render_subject_access(doc, printed_at=printed_at)
    log_print(store, "client", client_id)
    return rendered, doc

