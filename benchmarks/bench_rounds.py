"""The deadline rules after a sync round: only the rules the round's changes can affect
(``deadlines.evaluate_after_sync`` with the columns the round wrote, by table) against every rule, as every
round ran them before, on the cycle benchmark's data set (``bench_cycle.fixture``, ``KIMDESK_BENCH_PEOPLE``).

Each round is made of one real edit through the store (captured in the change journal, as a round's
applied changes and this laptop's own edits are) of the columns it names: a need's description (and its
request's contact), a person's phone and e-mail, a person's birth date, an action item's text, or a row of
every table the rules read (every column). Then the evaluation after the round runs both ways, interleaved
(full, partial, full, …), each after its own edit, CPU and wall time, median of ``repeat``; the
"everything" round runs every rule, so it costs what a full evaluation does.
"""

from __future__ import annotations

import statistics
import time

from sqlalchemy import select

from benchmarks.bench_cycle import TODAY, fixture
from benchmarks.common import people, record, scratch_dir
from kimdesk.models import ActionItem, Client, Need, Responsibility
from kimdesk.services.tasks_deadlines import deadlines

ALL = deadlines.ALL
# the columns a round brings, by table (as the report names them); the edits below make them
ROUNDS = {
    "only needs": {"need": ["description"], "responsibility": ["contact"]},
    "only persons' phone numbers / e-mail": {"client": ["email", "phone"]},
    "only a person's birth date": {"client": ["birth_date"]},
    "only conferences and minutes": {"conference": [ALL], "agenda_item": [ALL], "action_item": ["what"],
                                     "decision": [ALL]},
    "everything": {t: [ALL] for t in ("client", "need", "responsibility", "consent", "case_plan", "plan_goal",
                                      "plan_measure", "action_item", "benefit_record", "school_entry", "agency",
                                      "task")},
}
# (model, column, the n-th value): a value that changes with every round and makes no rule fire (a
# birth date of 1970: no rule by age)
EDITS = {("need", "description"): (Need, lambda n: f"Runde {n}"),
         ("responsibility", "contact"): (Responsibility, lambda n: f"Runde {n}"),
         ("client", "phone"): (Client, lambda n: f"0241 {n}"),
         ("client", "email"): (Client, lambda n: f"runde{n}@example.org"),
         ("client", "birth_date"): (Client, lambda n: f"1970-01-{1 + n % 28:02d}"),
         ("action_item", "what"): (ActionItem, lambda n: f"Runde {n}")}


def _edit(store, columns: dict[str, list[str]], n: int) -> None:
    """One change of each of ``columns`` that has an edit here, through the store (journalled)."""
    with store.session() as session:
        for table, names in columns.items():
            for name in names:
                if (table, name) in EDITS:
                    cls, value = EDITS[(table, name)]
                    row = session.scalars(select(cls).order_by(cls.id).limit(1)).one()
                    setattr(row, name, value(n))


def _timed(fn) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def main(quick: bool = False) -> None:
    n = 2_000 if quick else people(100_000)
    repeat = 2 if quick else 5
    with scratch_dir("rounds") as folder:
        store, _counts = fixture(folder, n)
        try:
            deadlines.evaluate(store, TODAY)  # the follow-ups exist (as after the first round)
            edits = 0
            print(f"   evaluation after a sync round at {n:,} people: every rule (before) and the rules the round "
                  f"can affect (now), interleaved, median of {repeat}")
            for label, columns in ROUNDS.items():
                samples: dict[str, list[tuple[float, float]]] = {"full": [], "round": []}
                ran: list[str] = []
                for _ in range(repeat):
                    for way in ("full", "round"):
                        edits += 1
                        _edit(store, columns, edits)
                        wrote = None if way == "full" else columns
                        wall, cpu, result = _timed(lambda: deadlines.evaluate_after_sync(store, today=TODAY,
                                                                                         columns=wrote))
                        assert result.created == [], label  # nothing new: the same outcome either way
                        samples[way].append((wall, cpu))
                        if way == "round":
                            ran = result.rules
                full_wall, full_cpu = (statistics.median(s[i] for s in samples["full"]) for i in (0, 1))
                wall, cpu = (statistics.median(s[i] for s in samples["round"]) for i in (0, 1))
                print(f"   {label:38s} every rule {full_wall * 1000:7.1f} ms (cpu {full_cpu * 1000:7.1f})   "
                      f"the round's {wall * 1000:7.1f} ms (cpu {cpu * 1000:7.1f})   {len(ran)} of "
                      f"{len(deadlines.RULES)} rules: {', '.join(ran) if len(ran) < len(deadlines.RULES) else 'all'}")
                record(f"evaluation after a round, {label} (baseline: every rule), CPU", full_cpu, cpu, "s",
                       cpu <= full_cpu * 1.1, size=n)
        finally:
            store.close()
