"""The register of structural findings (*generative Themen*) for the steering group.

A finding ("no IFK places in town X", "benefit gap at recognition") names the legal domains
and municipalities concerned; cases are linked to it inside the team's database and only
*counted* in what leaves it. The CSV for the steering group shows the count of linked
cases, with 1–4 shown as "< 5" (the list has no totals, so nothing can be recovered).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from kimdesk.errors import NotFound
from kimdesk.i18n import translate
from kimdesk.models import FindingCase, StructuralFinding
from kimdesk.models.findings import FINDING_STATUSES
from kimdesk.models.types import StoredId, stored_id
from kimdesk.services.clients_intake import clients as client_service
from kimdesk.figures import disclosure
from kimdesk.services.clients_intake import validation as v
from kimdesk.figures.csv_export import write_csv
from kimdesk.services.clients_intake.exchange_format import child_id
from kimdesk.store.store import Store


def _texts(values: Any, field: str) -> list[str]:
    return [t for t in (v.text(x, field, max_len=200) for x in (values or [])) if t]


FIELDS = {
    "title": lambda x: v.text(x, "title", max_len=300, required=True),
    "description": lambda x: v.text(x, "description", max_len=v.TEXT_MAX),
    "legal_domains": lambda x: _texts(x, "legal_domains"),
    "municipalities": lambda x: _texts(x, "municipalities"),
    "status": lambda x: v.choice(x, "status", FINDING_STATUSES),
    "noted_on": lambda x: v.day(x, "noted_on"),
    "raised_on": lambda x: v.day(x, "raised_on"),
    "reviewed": lambda x: _flag(x, "reviewed"),
}


def _flag(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    raise v.ValidationError(translate("Findings", "„{field}“ muss ja oder nein sein.").format(field=field), field)


def add_finding(store: Store, fields: dict[str, Any]) -> str:
    data = client_service.clean({"title": None} | dict(fields), FIELDS)
    data.setdefault("noted_on", date.today())
    with store.session() as session:
        row = StructuralFinding(**data)
        session.add(row)
        session.flush()
        return row.id


def update_finding(store: Store, finding_id: str, fields: dict[str, Any]) -> None:
    data = client_service.clean(fields, FIELDS)
    with store.session() as session:
        row = session.get(StructuralFinding, finding_id)
        if row is None or row.deleted:
            raise NotFound(translate("Findings", "Kein Thema mit der Kennung {id}.").format(id=finding_id))
        for key, value in data.items():
            if getattr(row, key) != value:
                setattr(row, key, value)


def link_case(store: Store, finding_id: str, client_id: str) -> str:
    """Link a case to a finding (once: the link's id derives from both ids)."""
    link_id = child_id(finding_id, "case", client_id)
    with store.session() as session:
        if session.get(StructuralFinding, finding_id) is None:
            raise NotFound(translate("Findings", "Kein Thema mit der Kennung {id}.").format(id=finding_id))
        client_service.get(session, client_id)
        row = session.get(FindingCase, link_id)
        if row is None:
            session.add(FindingCase(id=link_id, finding_id=finding_id, client_id=client_id))
        elif row.deleted:
            row.deleted = False
    return link_id


def unlink_case(store: Store, finding_id: str, client_id: str) -> None:
    with store.session() as session:
        row = session.get(FindingCase, child_id(finding_id, "case", client_id))
        if row is not None and not row.deleted:
            row.deleted = True


@dataclass(frozen=True)
class Finding:
    id: str
    title: str
    description: str | None
    legal_domains: list[str]
    municipalities: list[str]
    status: str
    noted_on: date | None
    raised_on: date | None
    cases: int
    reviewed: bool = False  # description reviewed for publication (free text could name someone)

    def published_description(self) -> str:
        """The description as an anonymous document may print it: only when reviewed."""
        if not (self.description or "").strip():
            return ""
        return self.description if self.reviewed else translate("Findings", "(Beschreibung nicht zur "
                                                                            "Veröffentlichung freigegeben)")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def register(conn: Connection, *, include_resolved: bool = True) -> list[Finding]:
    """Every finding with the number of linked (not deleted) cases, most cases first."""
    rows = conn.execute(text("""
        SELECT f.id, f.title, f.description, f.legal_domains, f.municipalities, f.status, f.noted_on, f.raised_on,
               f.reviewed,
               (SELECT count(*) FROM finding_case l JOIN client c ON c.id = l.client_id
                WHERE l.finding_id = f.id AND l.deleted = 0 AND c.deleted = 0) AS cases
        FROM structural_finding f WHERE f.deleted = 0 ORDER BY cases DESC, f.title, f.id""").columns(id=StoredId()))
    out = []
    for r in rows:
        if not include_resolved and r.status == "resolved":
            continue
        out.append(Finding(r.id, r.title, r.description, json.loads(r.legal_domains or "[]"),
                           json.loads(r.municipalities or "[]"), r.status,
                           date.fromisoformat(r.noted_on) if r.noted_on else None,
                           date.fromisoformat(r.raised_on) if r.raised_on else None, r.cases, bool(r.reviewed)))
    return out


def status_label(status: str) -> str:
    return {"open": translate("Findings", "offen"), "raised": translate("Findings", "in der Lenkungsgruppe"),
            "resolved": translate("Findings", "erledigt")}.get(status, status)


def export_csv(findings: list[Finding], path: Path, threshold: int = disclosure.THRESHOLD) -> int:
    """The list for the steering group: no case is named, small counts read ``< 5``."""
    header = [translate("Findings", "Thema"), translate("Findings", "Beschreibung"),
              translate("Findings", "Rechtskreise"), translate("Findings", "Kommunen"),
              translate("Findings", "Fälle"), translate("Findings", "Status"),
              translate("Findings", "erfasst am"), translate("Findings", "in der Lenkungsgruppe am")]
    rows = [[f.title, f.published_description(), ", ".join(f.legal_domains), ", ".join(f.municipalities),
             f"< {threshold}" if 0 < f.cases < threshold else str(f.cases), status_label(f.status),
             f.noted_on.strftime("%d.%m.%Y") if f.noted_on else "",
             f.raised_on.strftime("%d.%m.%Y") if f.raised_on else ""] for f in findings]
    write_csv(path, header, rows)
    return len(rows)


def linked_cases(conn: Connection, finding_id: str) -> list[tuple[str, str]]:
    """(client id, case number) of the cases linked to a finding — inside the team only."""
    return [tuple(r) for r in conn.execute(text("""
        SELECT c.id, c.case_number FROM finding_case l JOIN client c ON c.id = l.client_id
        WHERE l.finding_id = :f AND l.deleted = 0 AND c.deleted = 0 ORDER BY c.case_number""").columns(
        id=StoredId()), {"f": stored_id(finding_id)})]


def link_case_number(store: Store, finding_id: str, case_number: str) -> str:
    """Link the case with this case number (as typed by the team)."""
    number = (case_number or "").strip()
    with store.connection() as conn:
        found = conn.execute(text("SELECT id FROM client WHERE case_number = :n AND deleted = 0").columns(id=StoredId()),
                             {"n": number}).first()
    if found is None:
        raise NotFound(translate("Findings", "Kein Fall mit dem Aktenzeichen {number}.").format(number=number or "–"))
    return link_case(store, finding_id, found[0])


def render_pdf(findings: list[Finding], organisation: str, threshold: int = disclosure.THRESHOLD):
    """The list for the steering group as a PDF: counts only, small ones as "< 5"."""
    from kimdesk.reports.findings import FindingLine, render_findings

    return render_findings([FindingLine(
        f.title, f.published_description(), ", ".join(f.legal_domains), ", ".join(f.municipalities),
        f"< {threshold}" if 0 < f.cases < threshold else str(f.cases), status_label(f.status), f.noted_on,
        f.raised_on) for f in findings], organisation)


def export_pdf(store: Store, path: Path, *, include_resolved: bool = True) -> int:
    from kimdesk.services.admin import print_settings
    from kimdesk.services.conferences_minutes.minutes_print import save

    organisation = print_settings.organisation(store)
    with store.connection() as conn:
        rows = register(conn, include_resolved=include_resolved)
    save(render_pdf(rows, organisation), path)
    return len(rows)
