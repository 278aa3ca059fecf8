"""The mass-deletion fail-safe: what people care about, counted per entity over a window of rounds.

Deletions and erasures that arrive from other laptops are counted for people, needs and
conferences separately, each against the live count of that entity — not as rows of every
table, where 2,000 people vanish among 20,000 other rows. The count runs over the last
``sync.failsafe_rounds`` rounds, so neither one big nor several small rounds remove more than
``sync.failsafe_fraction`` of an entity without a person confirming (``--confirm-deletions``).
Once confirmed, those deletions no longer count against later ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection

from kimdesk.store.store import Store
from kimdesk.sync import settings

#: the entities the fail-safe watches (table names)
ENTITIES = ("client", "need", "conference")


class Held(Exception):
    """Applying would delete too many of one entity."""

    def __init__(self, entity: str, deletions: int, live: int):
        super().__init__(f"{entity}: {deletions} of {live}")
        self.entity = entity
        self.deletions = deletions
        self.live = live


def live_counts(conn: Connection) -> Counter:
    return Counter({e: conn.exec_driver_sql(f"SELECT count(*) FROM {e} WHERE deleted = 0").scalar_one()
                    for e in ENTITIES})


@dataclass
class Guard:
    """One round's fail-safe: the window so far, this round's deletions, the limits."""

    fraction: float
    minimum: int
    rounds: int
    live: Counter  # at the start of the round
    window: list[dict[str, int]] = field(default_factory=list)  # earlier rounds, oldest first
    this_round: Counter = field(default_factory=Counter)
    confirmed: bool = False

    @classmethod
    def load(cls, store: Store, conn: Connection, *, confirmed: bool) -> Guard:
        window = store.get_setting(conn, settings.FAILSAFE_WINDOW.key) or []
        if not isinstance(window, list):
            window = []
        return cls(float(settings.get(store, settings.FAILSAFE_FRACTION, conn)),
                   int(settings.get(store, settings.FAILSAFE_MINIMUM, conn)),
                   int(settings.get(store, settings.FAILSAFE_ROUNDS, conn)), live_counts(conn),
                   [w for w in window if isinstance(w, dict)], confirmed=confirmed)

    def earlier(self) -> Counter:
        total: Counter = Counter()
        for entry in self.window[-max(self.rounds - 1, 0):] if self.rounds > 1 else []:
            total.update({e: int(entry.get(e, 0)) for e in ENTITIES})
        return total

    def check(self, deleted: Counter) -> None:
        """Raise ``Held`` if ``deleted`` (one segment or snapshot) would go over the limit."""
        if self.confirmed:
            return
        earlier = self.earlier()
        for entity in ENTITIES:
            if not deleted.get(entity):
                continue
            total = earlier[entity] + self.this_round[entity] + deleted[entity]
            base = self.live[entity] + earlier[entity]  # what was live when the window began
            if total > max(int(base * self.fraction), self.minimum):
                raise Held(entity, total, base)

    def accept(self, deleted: Counter) -> None:
        self.this_round.update({e: n for e, n in deleted.items() if e in ENTITIES})

    def save(self, store: Store, conn: Connection) -> None:
        """Append this round to the window; a confirmed round clears it (a person accepted it)."""
        if self.confirmed:
            window: list[dict[str, int]] = []
        else:
            window = (self.window + [{e: self.this_round[e] for e in ENTITIES if self.this_round[e]}])
            window = window[-self.rounds:] if self.rounds > 0 else []
        store.set_setting(conn, settings.FAILSAFE_WINDOW.key, window)
