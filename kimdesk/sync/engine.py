"""One sync round: check the target, send, receive in causal order, publish, tidy up.

Each step is its own small method and every decision goes into the report. The order is
what keeps the share's failures harmless:

1. ``check_target`` reads the info file first. A missing folder, or (for a laptop that
   synced before) a folder without the info file, is *unreachable*: nothing is written
   anywhere. An empty folder is initialised; a foreign or newer one is refused.
2. ``send`` freezes the unsent changes into a numbered segment in the database, then writes
   the file (temp name, fsync, rename), then records it as sent.
3. ``receive`` applies other devices' segments past their cursors, one transaction per
   segment (changes + cursor together). A segment is applied only when this device already
   holds everything its writer had seen (causal order), so updates never arrive before the
   rows they change. Damaged or foreign files are reported and retried next round.
4. ``publish`` writes this device's cursors (so others know what may be compacted), a
   snapshot now and then, and removes own segments that every known device has applied.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kimdesk.errors import BadInput, TargetUnreachable
from kimdesk.i18n import translate
from kimdesk.store.store import Store
from kimdesk.sync import envelope, hooks, knowledge, layout, outbox, settings, snapshot
from kimdesk.sync import team as teams
from kimdesk.sync.apply import Batch, Held, Incoming, apply_batch, live_records
from kimdesk.sync.envelope import EnvelopeError, Header
from kimdesk.sync.report import Decision, SyncReport
from kimdesk.sync.targets.base import Target

log = logging.getLogger(__name__)
GROUP_CHANGES = 20_000  # changes applied per transaction while catching up
CACHE_KIB = 64 * 1024  # page cache of the connection that applies segments
Progress = Callable[[str, int, int], None]


class TargetRefused(BadInput):
    """The folder is not ours to write to (another team's, not empty, newer format)."""


@dataclass
class DeviceFolder:
    device: str
    segments: list[int] = field(default_factory=list)
    snapshots: list[int] = field(default_factory=list)
    temps: list[str] = field(default_factory=list)
    has_state: bool = False
    state: dict | None = None


class SyncRound:
    def __init__(self, store: Store, target: Target, *, confirm_deletions: bool = False, allow_init: bool = False,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None):
        self.store = store
        self.target = target
        self.me = store.device_id
        self.confirm_deletions = confirm_deletions
        self.allow_init = allow_init
        self.progress = progress or (lambda stage, done, total: None)
        self.cancelled = cancelled or (lambda: False)
        self.report = SyncReport(target=target.url)
        self.team: teams.Team | None = None
        self.folders: dict[str, DeviceFolder] = {}
        self._deleted_this_round = 0
        self._erasures = False  # an erasure went out or came in: snapshot now, so old files can go
        self.mine = DeviceFolder(self.me)
        self.rejected: dict[str, list[int]] = {}  # published, so the writer sends them again

    # -- the round --------------------------------------------------------------------------
    def run(self) -> SyncReport:
        started = time.perf_counter()
        self.team = teams.require(self.store)
        report = self.report
        try:
            try:
                self.check_target()
            except OSError as exc:
                report.unreachable = True
                raise TargetUnreachable(translate(
                    "Sync", "Sync-Ziel {target} nicht erreichbar ({err}); nichts geändert.").format(
                    target=self.target.url, err=_err(exc))) from None
            try:
                self.progress("send", 0, 1)
                self.survey()
                self.send()
                self.progress("receive", 0, 1)
                self.receive()
                if not report.cancelled:
                    self.progress("publish", 0, 1)
                    self.publish()
            except OSError as exc:
                report.unreachable = True
                report.log(Decision.ERROR, detail=translate(
                    "Sync", "Verbindung zum Sync-Ziel verloren ({err}); Angewendetes bleibt gültig, der Rest folgt "
                            "beim nächsten Mal.").format(err=_err(exc)))
        finally:
            self.target.close()
        report.seconds = time.perf_counter() - started
        with self.store.connection(write=True) as conn:
            if not report.unreachable:
                settings.put(self.store, settings.SYNCED_BEFORE, True, conn)
            settings.put(self.store, settings.LAST_REPORT, _summary(report), conn)
        if report.applied_anything:
            hooks.run_after_apply(self.store, report)
        log.info("sync round: sent %d, received %d, conflicts %d, complete %s", report.sent_changes,
                 report.received_changes, report.conflicts, report.complete)
        return report

    # -- 1. the target ------------------------------------------------------------------------
    def check_target(self) -> None:
        target, team = self.target, self.team
        assert team is not None
        if not target.root_is_dir():
            raise FileNotFoundError(2, translate("Sync", "Ordner fehlt oder ist kein Ordner"), target.url)
        try:
            blob = target.read(layout.INFO)
        except FileNotFoundError:
            blob = None
        if blob is not None:
            self._verify_info(blob)
            return
        synced_before = settings.get(self.store, settings.SYNCED_BEFORE)
        if synced_before and not self.allow_init:
            raise FileNotFoundError(2, translate(
                "Sync", "die Infodatei fehlt – ist die Freigabe eingehängt? (neues Ziel: --init)"), layout.INFO)
        if target.list(""):
            raise TargetRefused(translate("Sync", "{target} ist nicht leer und kein KIMdesk-Sync-Ziel; nichts "
                                                  "geschrieben.").format(target=target.url))
        self._put(layout.INFO, envelope.seal(team.key, Header("info", team.id), {"created": self.store.clock.tick()}))
        target.mkdir(layout.DEVICES)
        self.report.log(Decision.INITIALISED, detail=target.url)

    def _verify_info(self, blob: bytes) -> None:
        team = self.team
        assert team is not None
        try:
            envelope.open_sealed(team.key, blob, team=team.id, kind="info")
        except EnvelopeError as exc:
            if exc.reason == "newer":
                raise TargetRefused(translate("Sync", "{target} wurde von einer neueren KIMdesk-Version eingerichtet "
                                                      "({detail}); bitte KIMdesk aktualisieren.").format(
                    target=self.target.url, detail=exc.detail)) from None
            if exc.reason == "foreign":
                raise TargetRefused(translate("Sync", "{target} gehört zu einem anderen Team; nichts geschrieben.")
                                    .format(target=self.target.url)) from None
            raise TargetRefused(translate("Sync", "Die Infodatei in {target} ist beschädigt oder manipuliert ({why}); "
                                                  "nichts geschrieben.").format(target=self.target.url,
                                                                               why=exc.reason)) from None

    # -- 2. send ------------------------------------------------------------------------------
    def survey(self) -> None:
        """List every device folder and read what each has applied (one pass over the share)."""
        target, me = self.target, self.me
        target.mkdir(layout.device_dir(me))
        self.mine = self._scan(me)
        devices = sorted(e.name for e in target.list(layout.DEVICES)
                         if e.is_dir and layout.is_device_id(e.name) and e.name != me)
        for d in devices:
            self.folders[d] = self._scan(d)
            self._read_state(self.folders[d])

    def _others_need(self) -> set[int]:
        """Own sent segments others still need but cannot read: rejected by one, or gone.

        Segments up to our snapshot were removed by compaction on purpose; the snapshot has them.
        """
        need: set[int] = set()
        for folder in self.folders.values():
            state = folder.state or {}
            applied = int((state.get("cursors") or {}).get(self.me, 0))
            need |= {int(s) for s in (state.get("rejected") or {}).get(self.me, []) if int(s) > applied}
        with self.store.connection() as conn:
            sent = [r[0] for r in conn.exec_driver_sql("SELECT seq FROM sync_outgoing WHERE sent IS NOT NULL")]
            snap = self.store.get_setting(conn, "sync.snapshot") or {}
        compacted = int(snap.get("covers", {}).get(self.me, 0)) if snap.get("seq") in self.mine.snapshots else 0
        present = set(self.mine.segments)
        need |= {s for s in sent if s > compacted and s not in present}
        return need & set(sent)

    def send(self) -> None:
        team, target, me = self.team, self.target, self.me
        assert team is not None
        mine = layout.device_dir(me)
        folder = self.mine
        for temp in folder.temps:  # left by an interrupted round of ours
            target.delete(f"{mine}/{temp}")
        outbox.freeze(self.store)
        with self.store.connection() as conn:
            reserved = outbox.last_reserved(conn)
            pending = outbox.pending(conn)
        on_share = max(folder.segments, default=0)
        if on_share > reserved:
            self.report.log(Decision.NOT_SENT, me, on_share, translate(
                "Sync", "Der Ordner dieses Geräts auf dem Sync-Ziel ist weiter als seine Datenbank (Sicherung "
                        "eingespielt oder Profil kopiert?); es wird nichts gesendet."))
            return
        repair = self._others_need()
        for seq in sorted(set(pending) | repair):
            with self.store.connection() as conn:
                body = outbox.payload(conn, me, seq)
            blob = envelope.seal(team.key, Header("segment", team.id, me, seq), body)
            self._put(layout.segment_path(me, seq), blob)
            if seq in pending:
                outbox.mark_sent(self.store, seq)
            n = len(body["changes"]) + len(body["erasures"])
            self._erasures |= bool(body["erasures"])
            if seq in pending:
                self.report.sent_segments += 1
                self.report.sent_changes += n
            resent = seq in folder.segments or seq in repair
            self.report.log(Decision.RESENT if resent else Decision.SENT, me, seq, f"{n}")

    def _put(self, path: str, blob: bytes) -> None:
        temp = layout.temp_name(path)
        self.target.write(temp, blob)
        self.target.fsync(temp)
        self.target.rename(temp, path)

    # -- 3. receive ---------------------------------------------------------------------------
    def _scan(self, device: str) -> DeviceFolder:
        folder = DeviceFolder(device)
        for entry in self.target.list(layout.device_dir(device)):
            if entry.is_dir:
                continue
            if (seq := layout.parse_segment(entry.name)) is not None:
                folder.segments.append(seq)
            elif (seq := layout.parse_snapshot(entry.name)) is not None:
                folder.snapshots.append(seq)
            elif layout.TEMP_MARK in entry.name:
                folder.temps.append(entry.name)
            elif entry.name == layout.CURSORS:
                folder.has_state = True
        folder.segments.sort()
        folder.snapshots.sort()
        return folder

    def _read_state(self, folder: DeviceFolder) -> None:
        if not folder.has_state:
            return
        team = self.team
        assert team is not None
        try:
            blob = self.target.read(layout.cursors_path(folder.device))
            folder.state = envelope.open_sealed(team.key, blob, team=team.id, kind="cursors", device=folder.device)
        except FileNotFoundError:
            folder.state = None
        except EnvelopeError as exc:
            folder.state = None
            self.report.log(Decision.REJECTED, folder.device, None, f"{layout.CURSORS}: {exc.reason}")

    def receive(self) -> None:
        with self.store.connection() as conn:
            # a catch-up inserts into random places of large indexes; with SQLCipher every page
            # that falls out of the cache is decrypted again, so give this connection room
            conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._live = live_records(conn)
            cursors = knowledge.cursors(conn)
        if self._bootstrap(cursors):
            with self.store.connection() as conn:
                cursors = knowledge.cursors(conn)
        queue = {d: [s for s in f.segments if s > cursors.get(d, 0)] for d, f in self.folders.items()}
        blocked: dict[str, str] = {}
        for d, seqs in queue.items():
            if seqs and seqs[0] != cursors.get(d, 0) + 1:
                blocked[d] = "gap"
                self.report.log(Decision.WAITING, d, cursors.get(d, 0) + 1,
                                translate("Sync", "eine Momentaufnahme (ältere Segmente fehlen)"))
        total = sum(len(v) for v in queue.values())
        done = 0
        cache: dict[tuple[str, int], dict] = {}
        while not self.report.cancelled:
            group = self._plan(queue, blocked, cursors, cache)
            if not group:
                break
            applied = self._apply_group(group, blocked)
            for d, seq, _body in group[:applied]:
                cursors[d] = seq
                queue[d].pop(0)
                cache.pop((d, seq), None)
            done += applied
            self.progress("receive", done, total)
            if applied < len(group):
                continue  # a segment was held: plan again without its device
            if self.cancelled():
                self.report.cancelled = True
                return
        for d, seqs in queue.items():
            if seqs and d not in blocked:
                body = cache.get((d, seqs[0])) or {}
                need = {dev: s for dev, s in body.get("requires", {}).items()
                        if dev != self.me and cursors.get(dev, 0) < s}
                self.report.log(Decision.WAITING, d, seqs[0], ", ".join(f"{dev}:{s}" for dev, s in sorted(need.items())))

    def _plan(self, queue: dict[str, list[int]], blocked: dict[str, str], cursors: dict[str, int],
              cache: dict[tuple[str, int], dict]) -> list[tuple[str, int, dict]]:
        """The next segments to apply, in causal order, read before any transaction starts.

        A segment is ready when this laptop holds everything its writer had seen. Segments are
        grouped (up to GROUP_CHANGES changes) so a long catch-up commits rarely; each still has
        its own savepoint, so the fail-safe can hold one without the others.
        """
        simulated = dict(cursors)
        position = {d: 0 for d in queue}
        group: list[tuple[str, int, dict]] = []
        size = 0
        moved = True
        while moved and size < GROUP_CHANGES:
            moved = False
            for d in sorted(queue):
                while position[d] < len(queue[d]) and d not in blocked and size < GROUP_CHANGES:
                    seq = queue[d][position[d]]
                    body = cache.get((d, seq))
                    if body is None:
                        body = self._load_segment(d, seq)
                        if body is None:
                            blocked[d] = "rejected"
                            break
                        cache[(d, seq)] = body
                    if any(dev != self.me and simulated.get(dev, 0) < s for dev, s in body["requires"].items()):
                        break
                    group.append((d, seq, body))
                    simulated[d] = seq
                    position[d] += 1
                    size += len(body["batch"].changes) + 1
                    moved = True
        return group

    def _apply_group(self, group: list[tuple[str, int, dict]], blocked: dict[str, str]) -> int:
        """Apply segments in one transaction, each with its cursor in its own savepoint."""
        fraction = float(settings.get(self.store, settings.FAILSAFE_FRACTION))
        minimum = int(settings.get(self.store, settings.FAILSAFE_MINIMUM))
        done = 0
        touched: dict[str, set[str]] = {}
        with self.store.connection(write=True) as conn:
            current = knowledge.cursors(conn)
            for d, seq, body in group:
                if current.get(d, 0) >= seq:  # another process of this laptop applied it meanwhile
                    done += 1
                    continue
                limit = None if self.confirm_deletions else \
                    max(int(self._live * fraction), minimum) - self._deleted_this_round
                savepoint = conn.begin_nested()
                try:
                    applied = apply_batch(conn, self.store, body["batch"], report=self.report, max_deletions=limit,
                                          live=self._live)
                    knowledge.advance(conn, self.store, d, seq)
                    savepoint.commit()
                except Held as held:
                    savepoint.rollback()
                    self._held(d, seq, held)
                    blocked[d] = "held"
                    break
                self._account(d, seq, applied)
                for k, v in applied.touched.items():
                    touched.setdefault(k, set()).update(v)
                done += 1
        if touched:
            from kimdesk.store.store import Changes

            self.store.last_changes = Changes(touched)
        return done

    def _held(self, device: str, seq: int, held: Held) -> None:
        self.report.log(Decision.HELD, device, seq, translate(
            "Sync", "Segment {seq} von Gerät {device} würde {n} von {total} Datensätzen löschen").format(
            seq=seq, device=device, n=held.deletions, total=held.live))

    def _account(self, device: str, seq: int, applied, snapshot: bool = False) -> None:
        self._deleted_this_round += applied.deletions
        self._erasures |= applied.erased > 0
        self.report.received_segments += 1
        self.report.received_changes += applied.changes
        self.report.conflicts += applied.conflicts
        self.report.dropped += applied.dropped
        self.report.erased += applied.erased
        self.report.log(Decision.SNAPSHOT_APPLIED if snapshot else Decision.APPLIED, device, seq, f"{applied.changes}")

    def _load_segment(self, device: str, seq: int) -> dict | None:
        team = self.team
        assert team is not None
        try:
            blob = self.target.read(layout.segment_path(device, seq))
        except FileNotFoundError:  # compacted since we listed: the next round sees the snapshot
            self.report.log(Decision.WAITING, device, seq, translate("Sync", "eine Momentaufnahme"))
            return None
        try:
            doc = envelope.open_sealed(team.key, blob, team=team.id, kind="segment", device=device, seq=seq)
            return {"batch": _segment_batch(doc, device, seq),
                    "requires": {str(k): int(v) for k, v in doc.get("requires", {}).items()}}
        except EnvelopeError as exc:
            self.report.log(Decision.REJECTED, device, seq, exc.reason)
        except (ValueError, KeyError, TypeError):
            self.report.log(Decision.REJECTED, device, seq, "damaged")
        self.rejected.setdefault(device, []).append(seq)
        return None

    def _apply_snapshot(self, device: str, seq: int, batch: Batch, covers: dict[str, int]) -> bool:
        """A snapshot in one transaction with the cursors it covers. False when held."""
        limit = None
        if not self.confirm_deletions:
            limit = max(int(self._live * float(settings.get(self.store, settings.FAILSAFE_FRACTION))),
                        int(settings.get(self.store, settings.FAILSAFE_MINIMUM))) - self._deleted_this_round
        try:
            with self.store.connection(write=True) as conn:
                applied = apply_batch(conn, self.store, batch, report=self.report, max_deletions=limit,
                                      live=self._live)
                knowledge.advance_many(conn, self.store, covers)
        except Held as held:
            self._held(device, seq, held)
            return False
        self._account(device, seq, applied, snapshot=True)
        if applied.touched:
            from kimdesk.store.store import Changes

            self.store.last_changes = Changes(applied.touched)
        return True

    def _bootstrap(self, cursors: dict[str, int]) -> bool:
        """Start from another device's snapshot when segments we need are gone, or it saves much."""
        best: tuple[int, str, dict] | None = None
        gain_needed = int(settings.get(self.store, settings.SNAPSHOT_GAIN))
        for d, folder in self.folders.items():
            snap = (folder.state or {}).get("snapshot")
            if not snap or snap.get("seq") not in folder.snapshots:
                continue
            covers = {str(k): int(v) for k, v in snap.get("covers", {}).items()}
            gain = sum(max(0, s - cursors.get(dev, 0)) for dev, s in covers.items() if dev != self.me)
            fills_gap = any(_has_gap(f, cursors.get(dev, 0)) and covers.get(dev, 0) > cursors.get(dev, 0)
                            for dev, f in self.folders.items())
            if (gain >= gain_needed or fills_gap) and (best is None or gain > best[0]):
                best = (gain, d, snap)
        if best is None:
            return False
        _gain, d, snap = best
        team = self.team
        assert team is not None
        seq = int(snap["seq"])
        try:
            blob = self.target.read(layout.snapshot_path(d, seq))
        except FileNotFoundError:  # replaced by a newer one since we listed
            return False
        try:
            doc = envelope.open_sealed(team.key, blob, team=team.id, kind="snapshot", device=d, seq=seq)
            batch, covers = snapshot.to_batch(doc)
        except EnvelopeError as exc:
            self.report.log(Decision.REJECTED, d, seq, f"snapshot: {exc.reason}")
            return False
        except (ValueError, KeyError, TypeError):
            self.report.log(Decision.REJECTED, d, seq, "snapshot: damaged")
            return False
        return self._apply_snapshot(d, seq, batch, {k: v for k, v in covers.items() if k != self.me})

    # -- 4. publish ---------------------------------------------------------------------------
    def publish(self) -> None:
        team, me = self.team, self.me
        assert team is not None
        mine = self._scan(me)  # again: this round added to it
        with self.store.connection() as conn:
            sent = outbox.last_sent(conn)
            cursors = knowledge.cursors(conn)
            previous = self.store.get_setting(conn, "sync.snapshot")
        every = int(settings.get(self.store, settings.SNAPSHOT_EVERY))
        snap = previous if previous and previous.get("seq") in mine.snapshots else None
        if sent and (sent - (snap or {}).get("seq", 0) >= every or self._erasures):
            with self.store.connection() as conn:
                body, covers = snapshot.build(conn, me)
            seq = covers[me]
            self._put(layout.snapshot_path(me, seq),
                      envelope.seal(team.key, Header("snapshot", team.id, me, seq), body))
            snap = {"seq": seq, "covers": covers}
            with self.store.connection(write=True) as conn:
                self.store.set_setting(conn, "sync.snapshot", snap)
            self.report.log(Decision.SNAPSHOT_WRITTEN, me, seq, f"{len(body['changes'])}")
        state = {"cursors": cursors, "snapshot": snap, "rejected": self.rejected}
        with self.store.connection() as conn:
            published = self.store.get_setting(conn, "sync.published")
        if state != published or not mine.has_state:
            self._put(layout.cursors_path(me), envelope.seal(team.key, Header("cursors", team.id, me), state))
            with self.store.connection(write=True) as conn:
                self.store.set_setting(conn, "sync.published", state)
        for old in mine.snapshots:
            if snap is None or old != snap["seq"]:
                self.target.delete(layout.snapshot_path(me, old))
        self._compact(mine, snap)

    def _compact(self, mine: DeviceFolder, snap: dict | None) -> None:
        """Remove own segments the snapshot covers and every known device has applied."""
        if snap is None:
            return
        upto = int(snap["covers"].get(self.me, 0))
        for d, folder in self.folders.items():
            theirs = (folder.state or {}).get("cursors", {}) if folder.state else {}
            upto = min(upto, int(theirs.get(self.me, 0)))
        removed = 0
        for seq in mine.segments:
            if seq <= upto:
                self.target.delete(layout.segment_path(self.me, seq))
                removed += 1
        if removed:
            self.report.log(Decision.COMPACTED, self.me, upto, f"{removed}")


def _has_gap(folder: DeviceFolder, cursor: int) -> bool:
    later = [s for s in folder.segments if s > cursor]
    if later:
        return later[0] != cursor + 1
    snap = (folder.state or {}).get("snapshot") or {}
    return int(snap.get("covers", {}).get(folder.device, 0)) > cursor


def _segment_batch(doc: dict, device: str, seq: int) -> Batch:
    vectors = {int(k): {str(d): int(s) for d, s in v.items()} for k, v in doc.get("vectors", {}).items()}
    batch = Batch()
    for entity, row_id, stamp, actor, seen, data in doc["changes"]:
        if not isinstance(data, dict):
            raise ValueError("change data")
        batch.changes.append(Incoming(str(entity), str(row_id), data, int(stamp), device, seq, actor,
                                      vectors.get(seen, {}) if seen is not None else {}))
    for group in doc.get("erasures", []):
        batch.erasures.append({"client": str(group["client"]), "stamp": int(group["stamp"]), "device": device,
                               "actor": group.get("actor"), "reason": str(group.get("reason") or ""),
                               "segment": seq, "rows": [[str(e), str(r)] for e, r in group.get("rows", [])]})
    return batch


def _err(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _summary(report: SyncReport) -> dict:
    d = report.as_dict()
    d.pop("events", None)
    d["at"] = report.started
    return d
