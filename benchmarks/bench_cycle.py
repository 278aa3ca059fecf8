"""Case cycle at scale: all deadline rules and the school-entry figures over 100,000 people.

The data set is built with direct bulk inserts (Core ``executemany``, no change capture —
it is a fixture, not a workload) into a throw-away encrypted profile: people with partial
birth dates, residence papers, needs and responsibilities, consents, plans with goals and
measures, conference action items, benefit histories and school entries, in proportions
like the demo data. Baseline, measured in the same run: a plain ``SELECT count(*)`` over
every table the rules read.

Figures: the rules' queries alone (``find``), the first evaluation (creates every
follow-up through the ORM, with capture and audit), a second evaluation (nothing new: the
case after every import and sync round), the school-entry figures with suppression, and
the waiting list. Targets: evaluation < 2 s, figures < 3 s at 100,000 people.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
import json
from datetime import date, timedelta

from sqlalchemy import func, insert, select, text

from benchmarks.common import scratch_dir
from kimdesk.models import (
    ActionItem,
    AgendaItem,
    BenefitRecord,
    CasePlan,
    Client,
    Conference,
    Consent,
    Need,
    PlanGoal,
    PlanMeasure,
    Responsibility,
    SchoolEntry,
)
from kimdesk.services import catalogue, deadlines, school_entry, school_entry_report
from kimdesk.store.profile import Profile, init_profile

TODAY = date(2026, 3, 10)
TABLES = ["client", "consent", "need", "responsibility", "agency", "case_plan", "plan_goal", "plan_measure",
          "action_item", "benefit_record", "school_entry", "task"]
MUNICIPALITIES = ["Aachen", "Alsdorf", "Baesweiler", "Eschweiler", "Herzogenrath", "Monschau", "Roetgen",
                  "Simmerath", "Stolberg", "Würselen"]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _birth(rng: random.Random) -> str:
    age = rng.randint(14, 25) if rng.random() < 0.15 else rng.randint(18, 72)  # as the demo data
    born = TODAY - timedelta(days=age * 365 + rng.randint(0, 364))
    r = rng.random()
    return f"{born.year}" if r < 0.25 else f"{born.year}-{born.month:02d}" if r < 0.35 else born.isoformat()


def build(store, n: int, seed: int = 7) -> dict[str, int]:
    """``n`` people and what belongs to them, inserted in bulk; returns row counts."""
    rng = random.Random(seed)
    with store.connection() as conn:
        agencies = conn.execute(text("SELECT id, municipalities FROM agency")).all()
    serving: dict[str, list[str]] = {}
    for a in agencies:
        for m in json.loads(a.municipalities):
            serving.setdefault(m, []).append(a.id)
    everyone = [a.id for a in agencies]
    rows: dict[type, list[dict]] = {cls: [] for cls in (Client, Consent, Need, Responsibility, CasePlan, PlanGoal,
                                                        PlanMeasure, Conference, AgendaItem, ActionItem,
                                                        BenefitRecord, SchoolEntry)}
    conf_id, item_id = _uid(rng), _uid(rng)
    rows[Conference].append({"id": conf_id, "date": TODAY, "kind": "case", "status": "final", "deleted": False})
    rows[AgendaItem].append({"id": item_id, "conference_id": conf_id, "position": 0, "title": "TOP",
                             "not_for_immigration_office": False, "deleted": False})
    statuses = [("Aufenthaltsgestattung", 20), ("Duldung", 10), ("Aufenthaltserlaubnis", 45),
                ("Niederlassungserlaubnis", 15), ("EU-Bürger:in (Freizügigkeit)", 10)]
    for i in range(n):
        cid = _uid(rng)
        status = rng.choices([s for s, _ in statuses], [w for _, w in statuses])[0]
        valid = TODAY + timedelta(days=rng.randint(-60, 700)) if status != "EU-Bürger:in (Freizügigkeit)" else None
        birth = _birth(rng)
        muni = rng.choice(MUNICIPALITIES)

        def office() -> str:  # mostly one serving the person's municipality; a few left from before a move
            return rng.choice(serving[muni]) if rng.random() < 0.97 else rng.choice(everyone)

        rows[Client].append({
            "id": cid, "case_number": f"B-{i:07d}", "given_name": f"G{i}", "family_name": f"F{i % 5000}",
            "birth_date": birth, "languages": [], "interpreter_needed": False, "residence_status": status,
            "residence_valid_until": valid, "municipality": muni,
            "case_manager": f"cm{i % 25}", "status": "open" if rng.random() < 0.82 else "closed",
            "opened_on": TODAY - timedelta(days=rng.randint(0, 1500)), "deleted": False})
        for _ in range(rng.randint(1, 3)):
            need_id = _uid(rng)
            rows[Need].append({"id": need_id, "client_id": cid, "category": rng.choices(
                               ["Existenzsicherung", "Arbeit", "Wohnung", "Integrationskurs", "Aufenthalt", "Schulplatz",
                                "Internationale Förderklasse"], [30, 20, 20, 15, 9, 4, 2])[0],
                               "status": rng.choice(["open", "in_progress", "met"]),
                               "not_for_immigration_office": False, "deleted": False})
            if rng.random() < 0.8:
                rows[Responsibility].append({"id": _uid(rng), "need_id": need_id, "agency_id": office(),
                                             "status": rng.choice(["requested", "accepted", "done"]), "deleted": False})
        if rng.random() < 0.9:
            given = TODAY - timedelta(days=rng.randint(0, 700))
            rows[Consent].append({"id": _uid(rng), "client_id": cid, "agency_id": office(), "given_on": given,
                                  "expires_on": given + timedelta(days=rng.choice([365, 730])) if rng.random() < 0.6 else None,
                                  "covers_health": False, "form": "written", "data_kinds": [], "deleted": False})
        if rng.random() < 0.2:
            plan_id, goal_id = _uid(rng), _uid(rng)
            rows[CasePlan].append({"id": plan_id, "client_id": cid, "status": "agreed",
                                   "review_on": TODAY + timedelta(days=rng.randint(-60, 180)), "deleted": False})
            rows[PlanGoal].append({"id": goal_id, "plan_id": plan_id, "client_id": cid, "position": 0, "text": "Ziel",
                                   "status": "open", "deleted": False})
            for k in range(rng.randint(1, 4)):
                rows[PlanMeasure].append({"id": _uid(rng), "goal_id": goal_id, "client_id": cid, "position": k,
                                          "what": "Maßnahme", "who": "Stelle", "status": rng.choice(["open", "done"]),
                                          "due": TODAY + timedelta(days=rng.randint(-90, 120)), "deleted": False})
        if rng.random() < 0.1:
            rows[ActionItem].append({"id": _uid(rng), "agenda_item_id": item_id, "client_id": cid, "position": 0,
                                     "what": "Rückmeldung", "status": rng.choice(["open", "done"]),
                                     "due": TODAY + timedelta(days=rng.randint(-60, 60)), "deleted": False})
        if status in ("Aufenthaltsgestattung", "Duldung") or rng.random() < 0.2:
            since = TODAY - timedelta(days=rng.randint(100, 900))
            change = since + timedelta(days=90) if status == "Aufenthaltserlaubnis" else None
            rows[BenefitRecord].append({"id": _uid(rng), "client_id": cid, "system": "AsylbLG", "since": since,
                                        "approved_on": since, "deleted": False,
                                        "until": change + timedelta(days=rng.randint(-5, 30)) if change else None})
            if change:
                rows[BenefitRecord].append({"id": _uid(rng), "client_id": cid, "system": "SGB II", "since": change,
                                            "until": None, "deleted": False,
                                            "approved_on": None if rng.random() < 0.1 else change + timedelta(days=5)})
        if birth[:4] >= str(TODAY.year - 25) and rng.random() < 0.6:
            assigned = TODAY - timedelta(days=rng.randint(0, 700))
            registered = assigned + timedelta(days=rng.randint(0, 40))
            placed = registered + timedelta(days=rng.randint(10, 300))
            rows[SchoolEntry].append({"id": _uid(rng), "client_id": cid, "assigned_on": assigned,
                                      "registered_on": registered if registered <= TODAY else None,
                                      "placed_on": placed if placed <= TODAY else None,
                                      "school_form": rng.choice(["primary", "secondary", "ifk", "ifk", "other"]),
                                      "deleted": False})
    with store.connection(write=True) as conn:
        for cls, batch in rows.items():
            for start in range(0, len(batch), 5000):
                conn.execute(insert(cls.__table__), batch[start:start + 5000])
    return {cls.__tablename__: len(batch) for cls, batch in rows.items()}


def _median(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main(quick: bool = False) -> None:
    n = 2_000 if quick else 100_000
    repeat = 2 if quick else 5
    with scratch_dir("cycle") as folder:
        store = init_profile(Profile(folder, "bench"), "benchmark passphrase 1", remember=False)
        try:
            catalogue.seed_agencies(store)
            started = time.perf_counter()
            counts = build(store, n)
            print(f"   data set: {n:,} people, {sum(counts.values()):,} rows in {time.perf_counter() - started:.1f} s "
                  f"(bulk insert)")

            def baseline() -> None:
                with store.connection() as conn:
                    for table in TABLES:
                        conn.execute(select(func.count()).select_from(text(table))).scalar()

            config = deadlines.rules_data.load("deadlines")

            def find() -> None:
                with store.connection() as conn:
                    deadlines.find(conn, TODAY, config)

            base = _median(baseline, repeat)
            rules_cold = _median(find, 1)  # first read after opening: pages not yet in the cache
            rules = _median(find, repeat)
            with store.connection() as conn:
                fired = len(deadlines.find(conn, TODAY, config))
            first = deadlines.evaluate(store, TODAY, config=config)
            steady = _median(lambda: deadlines.evaluate(store, TODAY, config=config), repeat)
            again = deadlines.evaluate(store, TODAY, config=config)
            assert again.created == [] and len(first.created) == fired

            def report() -> None:
                with store.connection() as conn:
                    school_entry_report.figures(conn, date(2025, 8, 1), date(2026, 2, 28), today=TODAY)

            def waiting() -> None:
                with store.connection() as conn:
                    school_entry.waiting_list(conn, TODAY)

            figures_cold = _median(report, 1)
            figures = _median(report, repeat)
            wait_list = _median(waiting, repeat)
            with store.connection() as conn:
                waiting_n = len(school_entry.waiting_list(conn, TODAY))
            print(f"   baseline count(*) over {len(TABLES)} tables  {base * 1000:8.1f} ms")
            print(f"   all deadline rules, queries, cold      {rules_cold * 1000:8.1f} ms  ({rules_cold / base:5.1f}× baseline)")
            print(f"   all deadline rules, queries only       {rules * 1000:8.1f} ms  ({rules / base:5.1f}× baseline, "
                  f"{fired:,} occasions)")
            print(f"   first evaluation, creates follow-ups   {first.seconds * 1000:8.1f} ms  ({len(first.created):,} "
                  "follow-ups through the ORM, captured and audited)")
            print(f"   evaluation, nothing new (after sync)   {steady * 1000:8.1f} ms  ({steady / base:5.1f}× baseline)"
                  f"  target < 2000 ms: {'ok' if steady < 2 else 'MISSED'}")
            print(f"   school-entry figures, cold             {figures_cold * 1000:8.1f} ms")
            print(f"   school-entry figures with suppression  {figures * 1000:8.1f} ms  ({figures / base:5.1f}× baseline,"
                  f" {counts['school_entry']:,} entries)  target < 3000 ms: {'ok' if figures < 3 else 'MISSED'}")
            print(f"   waiting list ({waiting_n:,} waiting)              {wait_list * 1000:8.1f} ms")
        finally:
            store.close()


if __name__ == "__main__":
    main()
