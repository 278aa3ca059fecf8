"""A seeded random world for convergence tests: laptops doing random work, syncing at random.

Every value any laptop saves is recorded with the change that saved it, so the final check
can prove, Jepsen-style, that nothing was silently lost: on every laptop each saved value is
the current one, or it is in the record's history *and* was either overwritten by someone who
had seen it or is kept as a conflict — unless its person was erased, which the law demands.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.models import Client, Need
from kimdesk.services.clients_intake import clients
from kimdesk.store.store import Store
from kimdesk.sync import erasure, merge, service
from kimdesk.sync.knowledge import VectorCache
from kimdesk.sync.materialise import load_versions
from kimdesk.sync.targets import Target
from kimdesk.store.values import to_json
from tests.sync.support import check_invariants, export

GIVEN = ["Mohammed", "Muhammad", "Aylin", "Olena", "Yonas", "Fatima", "Dragan", "Samira", "Ahmad", "Nour"]
FAMILY = ["Haddad", "Kovalenko", "Tesfaye", "Yilmaz", "Rahimi", "Petrović", "Al-Masri", "Bakr", "Osei", "Nowak"]
TOWNS = ["Aachen", "Alsdorf", "Eschweiler", "Herzogenrath", "Monschau", "Roetgen", "Simmerath", "Stolberg"]


@dataclass(frozen=True)
class Saved:
    entity: str
    row_id: str
    field: str
    value: Any
    device: str
    stamp: int


@dataclass
class World:
    stores: list[Store]
    target: Callable[[], Target]
    rng: random.Random
    erase: bool = True
    saved: list[Saved] = field(default_factory=list)
    secrets: set[str] = field(default_factory=set)  # names and phone numbers that must not leak
    rounds: int = 0

    # -- recording ------------------------------------------------------------------------------
    def _mark(self, store: Store) -> int:
        with store.connection() as conn:
            return conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change").scalar_one()

    def _record(self, store: Store, entity: str, row_id: str, fields: dict[str, Any], mark: int) -> None:
        """Remember what the operation saved (only if it wrote a change: same values write none)."""
        with store.connection() as conn:
            row = conn.exec_driver_sql(
                f"SELECT stamp, data FROM {TEXT_FORM} WHERE device = ? AND entity = ? AND row_id = ? AND seq > ? "
                "ORDER BY seq DESC LIMIT 1", (store.device_id, entity, row_id, mark)).first()
        if row is None:
            return
        data = json.loads(row[1])
        for name, value in fields.items():
            if name in data:
                self.saved.append(Saved(entity, row_id, name, data[name], store.device_id, row[0]))

    def _live_clients(self, store: Store) -> list[str]:
        with store.session(write=False) as s:
            return sorted(s.scalars(select(Client.id).where(Client.deleted.is_(False))))

    def _phone(self) -> str:
        number = f"0{self.rng.randint(150, 179)} {self.rng.randint(1000000, 9999999)}"
        self.secrets.add(number)
        return number

    # -- operations --------------------------------------------------------------------------------
    def create(self, store: Store) -> None:
        given, family = self.rng.choice(GIVEN), f"{self.rng.choice(FAMILY)}-{self.rng.randint(100, 999)}"
        self.secrets.add(family)
        fields = {"given_name": given, "family_name": family, "phone": self._phone(),
                  "municipality": self.rng.choice(TOWNS)}
        mark = self._mark(store)
        cid = clients.create_client(store, fields)
        self._record(store, "client", cid, fields, mark)

    def edit(self, store: Store, cid: str | None = None, name: str | None = None) -> None:
        ids = self._live_clients(store)
        if not ids:
            return self.create(store)
        cid = cid or self.rng.choice(ids)
        name = name or self.rng.choice(["municipality", "phone", "given_name"])
        value = {"municipality": lambda: self.rng.choice(TOWNS), "phone": self._phone,
                 "given_name": lambda: self.rng.choice(GIVEN)}[name]()
        mark = self._mark(store)
        try:
            clients.update_client(store, cid, {name: value})
        except Exception:  # deleted meanwhile on this laptop
            return
        self._record(store, "client", cid, {name: value}, mark)

    def concurrent(self) -> None:
        """Two laptops change the same field of the same person without syncing in between."""
        a, b = self.rng.sample(self.stores, 2)
        common = sorted(set(self._live_clients(a)) & set(self._live_clients(b)))
        if not common:
            return
        cid = self.rng.choice(common)
        name = self.rng.choice(["municipality", "phone"])
        self.edit(a, cid, name)
        self.edit(b, cid, name)

    def delete(self, store: Store) -> None:
        ids = self._live_clients(store)
        if ids:
            cid = self.rng.choice(ids)
            mark = self._mark(store)
            clients.delete_client(store, cid)
            self._record(store, "client", cid, {"deleted": True}, mark)

    def undelete(self, store: Store) -> None:
        mark = self._mark(store)
        with store.session() as s:
            gone = sorted(s.scalars(select(Client.id).where(Client.deleted.is_(True))))
            if not gone:
                return
            cid = self.rng.choice(gone)
            s.get(Client, cid).deleted = False
        self._record(store, "client", cid, {"deleted": False}, mark)

    def need(self, store: Store) -> None:
        ids = self._live_clients(store)
        if not ids:
            return
        mark = self._mark(store)
        with store.session() as s:
            existing = sorted(s.scalars(select(Need.id).where(Need.client_id.in_(ids), Need.deleted.is_(False))))
            if existing and self.rng.random() < 0.5:
                nid = self.rng.choice(existing)
                status = self.rng.choice(["open", "in_progress", "met", "closed"])
                s.get(Need, nid).status = status
                fields = {"status": status}
            else:
                need = Need(client_id=self.rng.choice(ids), category=self.rng.choice(["Schule", "Arbeit", "Wohnen"]),
                            description=f"Bedarf {self.rng.randint(1, 999)}")
                s.add(need)
                s.flush()
                nid = need.id
                fields = {"category": need.category, "description": need.description}
        self._record(store, "need", nid, fields, mark)

    def erase_one(self, store: Store) -> None:
        ids = self._live_clients(store)
        if ids:
            with store.session() as s:
                erasure.erase_client(s, store, self.rng.choice(ids), "Löschantrag (Test)")

    def sync(self, store: Store) -> Any:
        self.rounds += 1
        return service.run(store, self.target(), confirm_deletions=True)

    def step(self) -> None:
        store = self.rng.choice(self.stores)
        roll = self.rng.random()
        if roll < 0.2:
            self.create(store)
        elif roll < 0.4:
            self.edit(store)
        elif roll < 0.5:
            self.concurrent()
        elif roll < 0.55:
            self.delete(store)
        elif roll < 0.58:
            self.undelete(store)
        elif roll < 0.68:
            self.need(store)
        elif roll < 0.70 and self.erase:
            self.erase_one(store)
        else:
            self.sync(store)

    def finish(self) -> None:
        for _ in range(2):
            for store in self.stores:
                report = self.sync(store)
                assert not report.unreachable and not report.rejected and not report.held, report.lines()

    # -- checks ------------------------------------------------------------------------------------
    def check(self) -> None:
        exports = [export(s) for s in self.stores]
        assert all(e == exports[0] for e in exports), "laptops differ after syncing twice"
        conflict_sets = [self._conflicts(s) for s in self.stores]
        assert all(c == conflict_sets[0] for c in conflict_sets), "conflict records differ"
        for store in self.stores:
            check_invariants(store)
            self._nothing_lost(store)

    def _conflicts(self, store: Store) -> list[tuple]:
        with store.connection() as conn:
            return sorted(conn.exec_driver_sql(
                "SELECT entity, row_id, field, lost_device, lost_stamp, kind, lost, kept FROM sync_conflict").all())

    def _nothing_lost(self, store: Store) -> None:
        from kimdesk.models import synced_classes

        with store.connection() as conn:
            erased = {r[0] for r in conn.exec_driver_sql("SELECT row_id FROM sync_erased")}
            conflicted = {(e, r, f, d, s) for e, r, f, d, s in conn.exec_driver_sql(
                "SELECT entity, row_id, field, lost_device, lost_stamp FROM sync_conflict")}
            cache = VectorCache(conn)
            by_row: dict[tuple[str, str], list[Saved]] = {}
            for item in self.saved:
                if item.row_id not in erased:
                    by_row.setdefault((item.entity, item.row_id), []).append(item)
            for (entity, rid), items in by_row.items():
                t = synced_classes()[entity].__table__
                row = conn.execute(select(t).where(t.c.id == rid)).first()
                assert row is not None, f"{entity} {rid} missing on {store.device_id}"
                versions = load_versions(conn, cache, entity, [rid])[rid]
                for item in items:
                    if item.field != "deleted" and to_json(getattr(row, item.field)) == item.value:
                        continue  # current
                    change = next((x for x in versions if x.device == item.device and x.stamp == item.stamp), None)
                    assert change is not None, f"{item} not in the history of {store.device_id}"
                    if item.field == "deleted":
                        if row.deleted == item.value:
                            continue
                        known = any(x is not change and merge.saw(x, change) for x in versions)
                    else:  # replaced by someone who had seen it, or the same value written independently
                        same = [change] + [y for y in versions if y is not change and
                                           y.data.get(item.field, object()) == item.value and
                                           merge.concurrent(y, change)]
                        known = any(x not in same and item.field in x.data and any(merge.saw(x, y) for y in same)
                                    for x in versions)
                    assert known or (entity, rid, item.field, item.device, item.stamp) in conflicted, (
                        f"{item} silently lost on {store.device_id}:\n"
                        + "\n".join(f"  {x.stamp} {x.device[:6]} seg={x.segment} vec={dict(x.vector)} {dict(x.data)}"
                                     for x in sorted(versions, key=lambda x: x.key)))


def play(stores: list[Store], target: Callable[[], Target], seed: int, steps: int, *, erase: bool = True) -> World:
    world = World(stores, target, random.Random(seed), erase=erase)
    for store in stores:  # everybody starts from the same shared catalogue and a few people
        world.create(store)
    for _ in range(steps):
        world.step()
    world.finish()
    world.check()
    return world
