"""Retention: what is past its retention period, and deleting it while keeping anonymous counts.

Periods come from ``resources/rules/retention.json`` per case type (``Client.case_type``;
none or an unknown type uses the default). A closed case may be deleted from 1 January of
the year after the end of the period: with the default of five years, a case closed on
10 March 2019 is due from 1 January 2025 ("end of the fifth calendar year after closure").
Open cases are never due. Short enquiries (first contacts not turned into a case) are due a
configurable number of calendar years after the enquiry.

Deleting calls the erasure primitive of the sync layer (``kimdesk.sync.erasure.erase_client``,
imported only when needed) for every person in one transaction, after writing the anonymous
counts of the batch (``AnonymousCount``: per kind, years, municipality and category, no
person, no date) so reports still count the erased cases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, select, text

from kimdesk.errors import KimdeskError, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import AnonymousCount, FirstContact
from kimdesk.models.types import StoredId, stored_id
from kimdesk.services.tasks_deadlines import rules as rules_data
from kimdesk.store.store import Store

DEFAULT_TYPE = "case_management"
# tables of the case cycle that hold a person's data under ``client_id``: an erasure of the
# person must reach all of them (``anonymous_count`` never names anyone and stays)
PERSONAL_TABLES = ("assessment", "benefit_record", "case_phase", "case_plan", "finding_case", "first_contact",
                   "plan_goal", "plan_measure", "residence_record", "school_entry")


def case_type_label(case_type: str | None) -> str:
    return {"case_management": translate("Retention", "Case Management"),
            "short_counselling": translate("Retention", "Kurzberatung"),
            "conference_only": translate("Retention", "nur Fallkonferenz")}.get(case_type or DEFAULT_TYPE,
                                                                                case_type or "")


def years_for(case_type: str | None, config: dict[str, Any]) -> int:
    entry = config.get("case_types", {}).get(case_type or DEFAULT_TYPE) or config.get("default", {})
    return int(entry.get("years_after_closure", config.get("default", {}).get("years_after_closure", 5)))


def deletable_from(closed_on: date, years: int) -> date:
    """First day the case may be deleted: after the end of the ``years``-th calendar year after closure."""
    return date(closed_on.year + years + 1, 1, 1)


@dataclass(frozen=True)
class DueCase:
    client_id: str
    case_number: str
    case_type: str
    closed_on: date
    deletable_from: date

    def as_dict(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}


def due_cases(conn: Connection, today: date | None = None, config: dict[str, Any] | None = None) -> list[DueCase]:
    """Closed cases past their retention period on ``today`` (set-based: one query per case type)."""
    today = today or date.today()
    config = config if config is not None else rules_data.load("retention")
    types = sorted(set(config.get("case_types", {})) | {DEFAULT_TYPE})
    out: list[DueCase] = []
    for case_type in types:
        years = years_for(case_type, config)
        cutoff = date(today.year - years, 1, 1)  # closed before this → period over
        if case_type == DEFAULT_TYPE:
            where = "(c.case_type IS NULL OR c.case_type = :t OR c.case_type NOT IN :known)"
        else:
            where = "c.case_type = :t"
        stmt = text(f"""
            SELECT c.id, c.case_number, c.closed_on FROM client c
            WHERE c.deleted = 0 AND c.status = 'closed' AND c.closed_on IS NOT NULL AND c.closed_on < :cutoff
              AND {where} ORDER BY c.closed_on, c.id""")
        params: dict[str, Any] = {"cutoff": cutoff.isoformat(), "t": case_type}
        if case_type == DEFAULT_TYPE:
            stmt = stmt.bindparams(bindparam("known", expanding=True))
            params["known"] = types
        for r in conn.execute(stmt.columns(id=StoredId()), params):  # a person's id: 16 bytes (0043)
            closed = date.fromisoformat(r.closed_on)
            out.append(DueCase(r.id, r.case_number, case_type, closed, deletable_from(closed, years)))
    return sorted(out, key=lambda d: (d.closed_on, d.client_id))


def due_first_contacts(conn: Connection, today: date | None = None, config: dict[str, Any] | None = None) -> list[str]:
    """Ids of enquiries that never became a case and are past their period."""
    today = today or date.today()
    config = config if config is not None else rules_data.load("retention")
    years = int(config.get("first_contact", {}).get("years_after", 1))
    t = FirstContact.__table__
    cutoff = date(today.year - years, 1, 1)
    return list(conn.execute(select(t.c.id).where(t.c.deleted.is_(False), t.c.client_id.is_(None),
                                                  t.c.on < cutoff).order_by(t.c.on, t.c.id)).scalars())


# -- anonymous counts ----------------------------------------------------------------------------
def _year(value: Any) -> int | None:
    return int(str(value)[:4]) if value else None


def anonymous_counts(conn: Connection, client_ids: list[str]) -> Counter:
    """Counts of the given people by (kind, opened year, closed year, municipality, category)."""
    counts: Counter = Counter()
    for start in range(0, len(client_ids), 500):
        ids = client_ids[start:start + 500]
        p = {"ids": [stored_id(i) for i in ids]}  # as stored (16 bytes, migration 0043)
        cases = text("SELECT opened_on, closed_on, municipality, case_type FROM client WHERE id IN :ids"
                     ).bindparams(bindparam("ids", expanding=True))
        for r in conn.execute(cases, p):
            counts[("case", _year(r.opened_on), _year(r.closed_on), r.municipality, r.case_type or DEFAULT_TYPE)] += 1
        needs = text("""SELECT n.opened_on, n.closed_on, c.municipality, n.category FROM need n
                        JOIN client c ON c.id = n.client_id WHERE n.deleted = 0 AND n.client_id IN :ids"""
                     ).bindparams(bindparam("ids", expanding=True))
        for r in conn.execute(needs, p):
            counts[("need", _year(r.opened_on), _year(r.closed_on), r.municipality, r.category)] += 1
        school = text("""SELECT coalesce(s.assigned_on, s.registered_on) AS started, s.placed_on, c.municipality,
                                s.school_form FROM school_entry s JOIN client c ON c.id = s.client_id
                         WHERE s.deleted = 0 AND s.client_id IN :ids""").bindparams(bindparam("ids", expanding=True))
        for r in conn.execute(school, p):
            counts[("school_entry", _year(r.started), _year(r.placed_on), r.municipality, r.school_form)] += 1
    return counts


def erased_counts(conn: Connection, kind: str) -> Counter:
    """Anonymous counts of erased cases of ``kind``, summed over every laptop's batches."""
    t = AnonymousCount.__table__
    out: Counter = Counter()
    for r in conn.execute(select(t).where(t.c.kind == kind, t.c.deleted.is_(False))):
        out[(r.opened_year, r.closed_year, r.municipality, r.category)] += r.count
    return out


# -- the run -------------------------------------------------------------------------------------
@dataclass
class RetentionRun:
    today: date
    dry_run: bool
    cases: list[DueCase] = field(default_factory=list)
    first_contacts: list[str] = field(default_factory=list)
    erased: int = 0
    counted: int = 0  # anonymous count rows written

    def as_dict(self) -> dict[str, Any]:
        return {"today": self.today.isoformat(), "dry_run": self.dry_run, "cases": [c.as_dict() for c in self.cases],
                "first_contacts": len(self.first_contacts), "erased": self.erased, "counted": self.counted}


def run(store: Store, today: date | None = None, *, dry_run: bool = True,
        confirm: Callable[[RetentionRun], bool] | None = None, reason: str | None = None) -> RetentionRun:
    """List what is due; unless ``dry_run``, ask ``confirm`` and delete it in one transaction."""
    today = today or date.today()
    config = rules_data.load("retention", store)
    with store.connection() as conn:
        result = RetentionRun(today, dry_run, due_cases(conn, today, config), due_first_contacts(conn, today, config))
    if dry_run or not (result.cases or result.first_contacts):
        return result
    if confirm is not None and not confirm(result):
        result.dry_run = True
        return result
    try:
        from kimdesk.sync.erasure import erase_client  # provided by the sync layer
    except ImportError:
        raise KimdeskError(translate("Retention", "Löschen ist in dieser Installation nicht verfügbar "
                                                  "(Löschfunktion der Synchronisation fehlt); nichts gelöscht.")) from None

    why = reason or translate("Retention", "Aufbewahrungsfrist abgelaufen")
    with store.session() as session:
        conn = session.connection()
        counts = anonymous_counts(conn, [c.client_id for c in result.cases])
        for (kind, opened, closed, municipality, category), n in sorted(counts.items(), key=str):
            session.add(AnonymousCount(kind=kind, opened_year=opened, closed_year=closed, municipality=municipality,
                                       category=category, count=n))
        result.counted = len(counts)
        session.flush()
        for case in result.cases:
            erase_client(session, store, case.client_id, why)
            result.erased += 1
        for fc_id in result.first_contacts:
            contact = session.get(FirstContact, fc_id)
            contact.summary = None
            contact.topic = None
            contact.deleted = True
    return result


def delete_person(store: Store, client_id: str, reason: str) -> dict[str, int]:
    """Delete one person now (a request under Art. 17 GDPR): the same erasure as retention, one transaction.

    Anonymous counts of the case are written first, so reports keep counting it; sync then
    carries the erasure to every other laptop. Returns the erased rows by table.
    """
    from kimdesk.sync.erasure import erase_client

    if not (reason or "").strip():
        raise ValidationError(translate("Retention", "Bitte einen Grund für die Löschung angeben."), "reason")
    with store.session() as session:
        conn = session.connection()
        for (kind, opened, closed, municipality, category), n in sorted(anonymous_counts(conn, [client_id]).items(),
                                                                        key=str):
            session.add(AnonymousCount(kind=kind, opened_year=opened, closed_year=closed, municipality=municipality,
                                       category=category, count=n))
        session.flush()
        return erase_client(session, store, client_id, reason)
