"""Retention periods as data, anonymous counts before erasure, the findings register, the CLI."""

from __future__ import annotations

import json
import sys
import types
from datetime import date, datetime
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import func, select

from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.models import AnonymousCount, Change, Client, FirstContact
from kimdesk.models.types import id_text
from kimdesk.services.casework import case_cycle, findings, retention
from kimdesk.services.schooling import school_entry
from tests.support.cli import run
from tests.support.cycle import agency, need_with, person

ENV = {"KIMDESK_PASSPHRASE": "correct horse battery"}


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 3, 10, 9, 0), tick=False) as traveller:
        yield traveller


def closed(store, clock, on: str, **fields) -> str:
    day = date.fromisoformat(on)
    clock.move_to(datetime(day.year, 1, 1, 9, 0))
    cid = person(store, **fields)  # opened on 1 January
    clock.move_to(datetime(day.year, day.month, day.day, 17, 0))
    case_cycle.close_case(store, cid, "Ziele erreicht", day)
    return cid


@pytest.fixture
def cases(store, clock):
    old = closed(store, clock, "2020-06-30", municipality="Aachen", given_name="Old")
    unknown_type = closed(store, clock, "2020-02-02", municipality="Alsdorf", case_type="mystery")
    recent = closed(store, clock, "2021-01-05", municipality="Aachen")
    short = closed(store, clock, "2022-05-01", municipality="Aachen", case_type="short_counselling")
    need_with(store, old, "Existenzsicherung", agency(store, "Sozialamt Aachen"))
    need_with(store, short, "Arbeit", agency(store, "Jobcenter StädteRegion Aachen"))
    school_entry.save(store, short, {"assigned_on": "2021-08-01", "placed_on": "2021-12-01", "school_form": "ifk"})
    clock.move_to(datetime(2026, 3, 10, 9, 0))
    open_case = person(store)
    case_cycle.record_first_contact(store, {"on": "2024-05-01", "referral_source": "Schule", "summary": "Anfrage"})
    case_cycle.record_first_contact(store, {"on": "2025-06-01", "referral_source": "Jobcenter"})
    return {"old": old, "unknown_type": unknown_type, "recent": recent, "short": short, "open": open_case}


def test_periods_per_case_type_and_the_end_of_the_fifth_calendar_year():
    config = {"default": {"years_after_closure": 5}, "case_types": {"short_counselling": {"years_after_closure": 3}}}
    assert retention.years_for(None, config) == 5 and retention.years_for("short_counselling", config) == 3
    assert retention.years_for("other", config) == 5
    assert retention.deletable_from(date(2019, 3, 10), 5) == date(2025, 1, 1)
    assert retention.deletable_from(date(2019, 12, 31), 5) == date(2025, 1, 1)


def test_dry_run_lists_what_is_due_and_writes_nothing(store, cases):
    with store.connection() as conn:
        before = conn.execute(select(func.count()).select_from(Change)).scalar()
    result = retention.run(store, dry_run=True)
    assert [(c.client_id, c.case_type) for c in result.cases] == [
        (cases["unknown_type"], "case_management"), (cases["old"], "case_management"),
        (cases["short"], "short_counselling")]
    assert result.cases[1].deletable_from == date(2026, 1, 1) and len(result.first_contacts) == 1
    with store.connection() as conn:
        assert conn.execute(select(func.count()).select_from(Change)).scalar() == before


@pytest.fixture
def fake_erasure(monkeypatch):
    """Stands in for kimdesk.sync.erasure (built by the sync issue) and records its calls."""
    calls = []

    def erase_client(session, store, client_id, reason):
        calls.append((client_id, reason))
        client = session.get(Client, client_id)
        client.given_name, client.family_name, client.deleted = "", "", True

    module = types.ModuleType("kimdesk.sync.erasure")
    module.erase_client = erase_client
    monkeypatch.setitem(sys.modules, "kimdesk.sync.erasure", module)
    return calls


def test_run_keeps_anonymous_counts_then_erases(store, cases, fake_erasure):
    refused = retention.run(store, dry_run=False, confirm=lambda r: False)
    assert refused.erased == 0 and fake_erasure == []
    result = retention.run(store, dry_run=False, confirm=lambda r: len(r.cases) == 3)
    assert result.erased == 3 and sorted(c for c, _ in fake_erasure) == sorted(
        [cases["old"], cases["unknown_type"], cases["short"]])
    assert {reason for _, reason in fake_erasure} == {"Aufbewahrungsfrist abgelaufen"}
    with store.connection() as conn:
        case_counts = retention.erased_counts(conn, "case")
        need_counts = retention.erased_counts(conn, "need")
        school_counts = retention.erased_counts(conn, "school_entry")
        rows = conn.execute(select(AnonymousCount.__table__)).all()
        contacts = conn.execute(select(FirstContact.__table__).where(FirstContact.__table__.c.deleted.is_(True))).all()
    assert sum(case_counts.values()) == 3
    assert case_counts[(2020, 2020, "Aachen", "case_management")] == 1
    assert case_counts[(2022, 2022, "Aachen", "short_counselling")] == 1
    assert sorted(k[3] for k in need_counts) == ["Arbeit", "Existenzsicherung"]
    assert school_counts == {(2021, 2021, "Aachen", "ifk"): 1}
    # the anonymous rows hold no id, name or date of a person
    assert set(rows[0]._mapping) == {"id", "deleted", "kind", "opened_year", "closed_year", "municipality",
                                     "category", "count"}
    assert not {cases["old"], "Old"} & {str(v) for r in rows for v in r}
    assert len(contacts) == 1 and contacts[0].summary is None
    assert retention.run(store, dry_run=True).cases == []  # nothing left to do


def test_run_with_the_real_erasure_deletes_and_keeps_counts(store, cases):
    """No stand-in: the sync layer's erasure removes the people; the anonymous counts stay."""
    with store.connection() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT given_name FROM client")}
    assert "Old" in names
    result = retention.run(store, dry_run=False, confirm=lambda r: True)
    assert result.erased == 3
    with store.connection() as conn:
        left = {id_text(r[0]) for r in conn.exec_driver_sql("SELECT id FROM client")}  # 16 bytes (0043)
        history = conn.exec_driver_sql(f"SELECT count(*) FROM {TEXT_FORM} WHERE row_id = ?", (cases["old"],)).scalar()
        assert sum(retention.erased_counts(conn, "case").values()) == 3
    assert cases["old"] not in left and cases["short"] not in left and cases["recent"] in left
    assert history == 0


def test_findings_register_counts_cases_without_naming_them(store, clock, tmp_path: Path):
    fid = findings.add_finding(store, {"title": "Keine IFK-Plätze in Stolberg", "legal_domains": ["SchulG NRW"],
                                       "municipalities": ["Stolberg"], "description": "Wartezeiten über 6 Monate"})
    other = findings.add_finding(store, {"title": "Zahlungslücke bei Anerkennung", "legal_domains": ["AsylbLG", "SGB II"]})
    people = [person(store, family_name=f"Secretname{i}") for i in range(7)]
    for cid in people[:6]:
        findings.link_case(store, fid, cid)
    findings.link_case(store, fid, people[0])  # twice: still one link
    findings.unlink_case(store, fid, people[5])
    with store.session() as s:
        s.get(Client, people[4]).deleted = True
    for cid in people[:2]:
        findings.link_case(store, other, cid)
    with store.connection() as conn:
        register = findings.register(conn)
    assert [(f.title, f.cases) for f in register] == [("Keine IFK-Plätze in Stolberg", 4),
                                                      ("Zahlungslücke bei Anerkennung", 2)]
    out = tmp_path / "themen.csv"
    findings.export_csv(register, out)  # a description not reviewed for publication stays with the team
    assert "Wartezeiten über 6 Monate" not in out.read_text(encoding="utf-8-sig")
    findings.update_finding(store, fid, {"status": "raised", "raised_on": "2026-03-09", "reviewed": True})
    with store.connection() as conn:
        register = findings.register(conn)
    findings.export_csv(register, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "Secretname" not in text and "Keine IFK-Plätze in Stolberg;Wartezeiten über 6 Monate;SchulG NRW" in text
    assert ";< 5;in der Lenkungsgruppe;" in text and ";AsylbLG, SGB II;" in text


def test_cycle_commands(tmp_path: Path):
    data = tmp_path / "data"
    kd = lambda *a: run("--data-dir", data, *a, env=ENV)  # noqa: E731
    assert kd("init").code == 0
    assert kd("demo-data", "--clients", "120", "--seed", "2").code == 0
    res = kd("deadlines", "run", "--json")
    assert res.code == 0 and json.loads(res.out)["created"] == []  # demo data evaluated already
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": "5b0a8a52-0b5b-4a3e-9d55-00000000000b", "family_name": "Neu", "birth_date": str(date.today().year - 16),
         "residence_status": "Duldung", "residence_valid_until": date.today().isoformat(),
         "school_entry": {"assigned_on": "2025-01-01", "school_form": "ifk"}}]}
    (tmp_path / "in.json").write_text(json.dumps(doc))
    res = kd("import", tmp_path / "in.json")
    assert res.code == 0 and "2 neue Wiedervorlagen" in res.out  # Duldung expiring, no school place at 16
    res = kd("deadlines", "run")
    assert res.code == 0 and "0 neue Wiedervorlagen" in res.out
    res = kd("school-entry", "waiting", "--csv", tmp_path / "w.csv")
    assert res.code == 0 and "Neu" in (tmp_path / "w.csv").read_text(encoding="utf-8-sig")
    res = kd("school-entry", "figures", "--from", "2025-01-01", "--to", "2025-12-31", "--json")
    figures = json.loads(res.out)
    assert res.code == 0 and figures["waiting"]["cells"] and "Neu" not in res.out
    assert kd("school-entry", "figures", "--from", "2025-12-31", "--to", "2025-01-01").code == 2
    res = kd("school-entry", "figures", "--from", "2025-01-01", "--to", "2025-12-31")
    assert res.code == 0 and "Am 31.12.2025 warten < 5 Kinder und Jugendliche auf einen Schulplatz" in res.out
    assert "Neu" not in res.out
    res = kd("retention", "run", "--dry-run")
    assert res.code == 0 and "nichts gelöscht" in res.out
    assert kd("findings", "export", tmp_path / "t.csv").code == 0


def test_without_the_erasure_primitive_nothing_is_deleted(store, cases, monkeypatch):
    from kimdesk.errors import KimdeskError

    monkeypatch.setitem(sys.modules, "kimdesk.sync.erasure", None)  # import fails as in a build without it
    with store.connection() as conn:
        before = conn.execute(select(func.count()).select_from(Change)).scalar()
    with pytest.raises(KimdeskError, match="nichts gelöscht"):
        retention.run(store, dry_run=False)
    with store.connection() as conn:
        assert conn.execute(select(func.count()).select_from(Change)).scalar() == before
        assert conn.execute(select(func.count()).select_from(AnonymousCount)).scalar() == 0


def test_personal_tables_of_the_cycle_are_listed_for_the_erasure():
    from kimdesk.models import Base, synced_classes

    mine = {"assessment", "benefit_record", "case_phase", "case_plan", "finding_case", "first_contact", "plan_goal",
            "plan_measure", "residence_record", "school_entry", "anonymous_count", "structural_finding"}
    with_client = {name for name, cls in synced_classes().items()
                   if name in mine and "client_id" in cls.__table__.columns}
    assert with_client == set(retention.PERSONAL_TABLES)
    assert "client_id" not in Base.metadata.tables["anonymous_count"].columns
