"""Receiving: other laptops' segments in causal order, grouped, each with its cursor.

Part of a round (see ``engine``); a mixin so the steps share the round's state and report.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError

from kimdesk.i18n import translate
from kimdesk.store.gc_pause import no_cyclic_gc
from kimdesk.store.owners import owners
from kimdesk.store.store import AttachFailed
from kimdesk.sync import knowledge, layout, settings, shapes, snapshot, snapshot_db, snapshot_join
from kimdesk.sync.apply import Batch, Incoming, Unmerged, apply_batch, apply_merged, mergeable
from kimdesk.sync.failsafe import Guard, Held
from kimdesk.sync.envelope import EnvelopeError
from kimdesk.sync.report import Decision
from kimdesk.sync.targets.base import FileBusy

_log = logging.getLogger(__name__)

# changes applied per transaction while catching up: two capped segments (outbox.SEGMENT_CHANGES),
# merged into one batch where they can be (``apply.apply_merged``). 255,000 changes of 100,000
# people through 13 segments: 20,000: 48 s CPU, peak 322 MB; 40,000: 37 s, 408 MB; 60,000: 34 s,
# 495 MB (too near the 500 MB goal); one segment: 29 s
GROUP_CHANGES = 40_000
CACHE_KIB = 64 * 1024  # page cache of the connection that applies segments
WAL_AUTOCHECKPOINT = 1000  # SQLite's default (pages), restored after a catch-up
# during a catch-up the WAL is checkpointed only past this many pages (256 MiB of 4 KiB pages)
# and once at its end: every group of a catch-up dirties most pages of the same random-key
# indexes, which a checkpoint per commit copied into the database again and again
# (100,000 changes: 352 instead of 464 MiB written, 250 instead of 363 MiB read)
CATCH_UP_WAL_PAGES = 65_536
# the segments of a group as one batch where that reports what they would one by one
# (``apply.apply_merged``; False: a segment at a time, for tests)
MERGE_SEGMENTS = True
LEAN_APPLY = True  # a group in one transaction without savepoints (False: the old path, for tests)
# a group whose commit finds references to rows it does not hold grows to this many times
# GROUP_CHANGES at most (``Dangling``): 160,000 changes, held parsed in memory. A writer's units are
# far smaller (the demo writes 500 people a transaction, about 11,000 changes; an import is one
# unit but writes people before what refers to them); a second laptop joining a founder's 10,000
# demo people met two such groups, each closed by one doubling (225,722 changes, 12 segments, peak 398 MB)
GROUP_GROWTH = 4


class Dangling(Exception):
    """The group's commit found rows referring to rows it does not hold.

    A writer's unit of work (one transaction: a demo, an import, an intake) may hold rows in any
    order, its references checked when it commits (``store.engine``: ``defer_foreign_keys``); its
    changes fill consecutive segments of at most ``outbox.SEGMENT_CHANGES``. A group that ends
    inside such a unit can hold a household member whose person is in the next segment. Nothing of
    the group is kept; it is applied again with the segments after it (``_apply_queue``)."""


def _dangling(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite refusing a commit over a reference to a missing row."""
    return isinstance(exc, IntegrityError) and "foreign key constraint failed" in str(exc.orig).lower()


class ReceiveSteps:
    def receive(self) -> None:
        with self.store.connection() as conn:
            self.guard = Guard.load(self.store, conn, confirmed=self.confirm_deletions)
        try:
            self._receive()
        finally:  # what was applied counts in the fail-safe's window, whatever stopped the round
            with self.store.connection(write=True) as conn:
                self.guard.save(self.store, conn)

    def _receive(self) -> None:
        with self.store.connection() as conn:
            # a catch-up inserts into random places of large indexes; with SQLCipher every page
            # that falls out of the cache is decrypted again, so give this connection room
            conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {CATCH_UP_WAL_PAGES}")
        try:
            self._catch_up()
        finally:
            with self.store.connection() as conn:
                conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def _catch_up(self) -> None:
        with self.store.connection() as conn:
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
        with no_cyclic_gc():  # a heap of changes with next to no cycles (store.gc_pause)
            self._apply_queue(queue, blocked, cursors, total)

    def _apply_queue(self, queue: dict[str, list[int]], blocked: dict[str, str], cursors: dict[str, int],
                     total: int) -> None:
        done = 0
        self._carry = None
        cache: dict[tuple[str, int], dict] = {}
        limit, failed = GROUP_CHANGES, 0  # failed: the size of a group that left references open
        while not self.report.cancelled:
            group = self._plan(queue, blocked, cursors, cache, limit)
            if not group:
                break
            if failed and (len(group) <= failed or limit > GROUP_GROWTH * GROUP_CHANGES):
                d, seq, _body = group[-1]  # no more segments to close them with: the next round tries again
                self.report.log(Decision.ERROR, d, seq, translate(
                    "Sync", "Verweise auf Datensätze, die in den vorliegenden Segmenten fehlen; nichts davon "
                            "übernommen, die nächste Runde versucht es wieder"))
                return  # this line says why the rest waits (no "waiting" line beside it)
            before = self._receiving_state(blocked)
            try:
                applied = self._apply_group(group, blocked)
            except Dangling:
                self._restore_receiving_state(before, blocked)
                limit, failed = 2 * limit, len(group)  # the same segments and the ones after them, at once
                continue
            limit, failed = GROUP_CHANGES, 0
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
              cache: dict[tuple[str, int], dict], limit: int = GROUP_CHANGES) -> list[tuple[str, int, dict]]:
        """The next segments to apply, in causal order, read before any transaction starts.

        A segment is ready when this laptop holds everything its writer had seen. Segments are
        grouped (up to ``limit`` changes, GROUP_CHANGES unless a group left references open:
        ``Dangling``) so a long catch-up commits rarely; each still has its own savepoint, so the
        fail-safe can hold one without the others.
        """
        simulated = dict(cursors)
        position = {d: 0 for d in queue}
        group: list[tuple[str, int, dict]] = []
        size = 0
        moved = True
        while moved and size < limit:
            moved = False
            for d in sorted(queue):
                while position[d] < len(queue[d]) and d not in blocked and size < limit:
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
        """Apply a group in one transaction: at once, or segment by segment when one fails."""
        if LEAN_APPLY:
            done = self._apply_group_at_once(group)
            if done is not None:
                return done
        self._carry = None
        return self._apply_group_savepoints(group, blocked)

    def _carried(self, conn, group: list[tuple[str, int, dict]]) -> dict[tuple[str, int, str], dict]:
        """The parsed data of the changes earlier groups of this catch-up put in the journal, for
        the rows this group touches (an edit of a person taken in one group earlier is then not
        parsed back from its JSON). Empty when anything else committed to the database since
        (``PRAGMA data_version`` moves with every other connection's commit: a local erasure
        rewrites the journal; ``total_changes`` with every write of this connection) or when
        this is another connection."""
        carry = getattr(self, "_carry", None)
        self._carry = None
        if carry is None:
            return {}
        raw, version, parsed = carry
        if raw is not conn.connection.dbapi_connection or _version(conn) != version or not parsed:
            return {}
        ids = {c.row_id for _d, _seq, body in group for c in body["batch"].changes}
        return {k: v for k, v in parsed.items() if k[2] in ids}

    def _apply_group_at_once(self, group: list[tuple[str, int, dict]], merged: bool = True) -> int | None:
        """All segments of the group in one transaction without savepoints; None if one failed.

        Inside a savepoint SQLite copies every page a statement with a trigger touches into
        the sub-journal, and keeps those copies until the savepoint ends: the per-row trigger
        of the search keys made a catch-up 10-20x slower than the same inserts outside one. A
        failing segment (held, a constraint, damaged values) is rare: then the whole
        transaction is rolled back, nothing of this attempt stays (report, fail-safe), and the
        group is applied again segment by segment, each in its savepoint, as before.

        ``merged``: the group's segments as one batch when ``apply.mergeable`` (each touched row
        merged and written once per group); when that meets a case whose per-segment figures
        could differ (``Unmerged``), the group is rolled back and applied segment by segment.
        """
        events = len(self.report.events)
        this_round = self.guard.this_round.copy()
        applied_all: list[tuple[str, int, Any, list]] = []
        try:
            with self.store.connection(write=True) as conn:
                # the group's changes (and the earlier groups'), not parsed back from the journal
                parsed = self._carried(conn, group)
                current = knowledge.cursors(conn)
                todo = [(d, seq, body["batch"]) for d, seq, body in group if current.get(d, 0) < seq]
                together = None
                if merged and MERGE_SEGMENTS and mergeable([b for _d, _s, b in todo]):  # rows written once
                    together = iter(apply_merged(
                        conn, self.store, [b for _d, _s, b in todo], parsed=parsed,
                        advance=lambda at: knowledge.advance(conn, self.store, todo[at][0], todo[at][1])))
                for d, seq, body in group:
                    if current.get(d, 0) >= seq:  # another process of this laptop applied it meanwhile
                        applied_all.append((d, seq, None, []))
                        continue
                    if together is not None:  # its cursor moved with it
                        applied = next(together)
                    else:
                        applied = apply_batch(conn, self.store, body["batch"], report=self.report, guard=self.guard,
                                              parsed=parsed)
                        knowledge.advance(conn, self.store, d, seq)
                    self.guard.accept(applied.deleted_by)  # the next segment's check counts these
                    applied_all.append((d, seq, applied, self.report.events[events:]))
                    del self.report.events[events:]  # kept aside: they go in after the commit
                touched: dict[str, set[str]] = {}
                for _d, _seq, applied, _logged in applied_all:
                    for k, v in (applied.touched.items() if applied is not None else ()):
                        touched.setdefault(k, set()).update(v)
                people = owners(conn, touched) if touched else {}  # whose rows these are, for the open records
                carry = (conn.connection.dbapi_connection, _version(conn), parsed)
        except Unmerged:
            del self.report.events[events:]
            self.guard.this_round = this_round
            return self._apply_group_at_once(group, merged=False)
        except (Held, IntegrityError, StatementError, ValueError, TypeError, KeyError) as exc:
            del self.report.events[events:]
            self.guard.this_round = this_round
            if _dangling(exc):  # at its commit: applied one by one, the segments would leave it open too
                raise Dangling() from exc
            return None
        self._carry = carry  # committed: what it holds is in the journal now
        self.guard.this_round = this_round
        for d, seq, applied, logged in applied_all:
            if applied is None:
                continue
            self.report.events.extend(logged)  # in the order segment by segment would give
            self._account(d, seq, applied)
        if touched:
            from kimdesk.store.store import Changes

            self.store.last_changes = Changes(touched, people)
        return len(applied_all)

    def _apply_group_savepoints(self, group: list[tuple[str, int, dict]], blocked: dict[str, str]) -> int:
        """Apply segments in one transaction, each with its cursor in its own savepoint."""
        try:
            return self._apply_segments(group, blocked)
        except IntegrityError as exc:  # at the commit: every segment's own constraints held in its savepoint
            if _dangling(exc):
                raise Dangling() from exc
            raise

    def _apply_segments(self, group: list[tuple[str, int, dict]], blocked: dict[str, str]) -> int:
        done = 0
        touched: dict[str, set[str]] = {}
        with self.store.connection(write=True) as conn:
            current = knowledge.cursors(conn)
            for d, seq, body in group:
                if current.get(d, 0) >= seq:  # another process of this laptop applied it meanwhile
                    done += 1
                    continue
                savepoint = conn.begin_nested()
                try:
                    applied = apply_batch(conn, self.store, body["batch"], report=self.report, guard=self.guard)
                    knowledge.advance(conn, self.store, d, seq)
                    savepoint.commit()
                except Held as held:
                    savepoint.rollback()
                    self._held(d, seq, held)
                    blocked[d] = "held"
                    break
                except IntegrityError:  # e.g. one case number given to two people on two laptops
                    savepoint.rollback()
                    self.report.log(Decision.REJECTED, d, seq, "constraint")
                    blocked[d] = "rejected"
                    break
                except (StatementError, ValueError, TypeError, KeyError):  # values no column takes
                    savepoint.rollback()
                    self.report.log(Decision.REJECTED, d, seq, "damaged", path=layout.segment_path(d, seq))
                    self.rejected.setdefault(d, []).append(seq)
                    blocked[d] = "rejected"
                    break
                self._account(d, seq, applied)
                for k, v in applied.touched.items():
                    touched.setdefault(k, set()).update(v)
                done += 1
            people = owners(conn, touched) if touched else {}  # whose rows these are, for the open records
        if touched:
            from kimdesk.store.store import Changes

            self.store.last_changes = Changes(touched, people)
        return done

    def _receiving_state(self, blocked: dict[str, str]) -> tuple:
        """What applying a group changes outside the database (the report, the fail-safe's count, the
        rejected segments), to be put back when its transaction is not kept (``Dangling``)."""
        r = self.report
        return (len(r.events), r.received_segments, r.received_changes, r.conflicts, r.dropped, r.erased,
                {k: list(v) for k, v in r.columns.items()}, self.guard.this_round.copy(), self._erasures,
                {k: list(v) for k, v in self.rejected.items()}, dict(blocked))

    def _restore_receiving_state(self, state: tuple, blocked: dict[str, str]) -> None:
        r = self.report
        (events, r.received_segments, r.received_changes, r.conflicts, r.dropped, r.erased, r.columns,
         self.guard.this_round, self._erasures, rejected, kept) = state
        del r.events[events:]
        self.rejected.clear()
        self.rejected.update(rejected)
        blocked.clear()
        blocked.update(kept)
        self._carry = None

    def _held(self, device: str, seq: int, held: Held) -> None:
        what = {"client": translate("Sync", "Personen"), "need": translate("Sync", "Bedarfen"),
                "conference": translate("Sync", "Fallkonferenzen")}.get(held.entity, held.entity)
        self.report.log(Decision.HELD, device, seq, translate(
            "Sync", "Segment {seq} von Gerät {device} würde (mit den letzten Runden) {n} von {total} {what} löschen")
            .format(seq=seq, device=device, n=held.deletions, total=held.live, what=what))

    def _account(self, device: str, seq: int, applied, snapshot: bool = False) -> None:
        self.guard.accept(applied.deleted_by)
        self._erasures |= applied.erased > 0
        self.report.received_segments += 1
        self.report.received_changes += applied.changes
        self.report.conflicts += applied.conflicts
        self.report.dropped += applied.dropped
        self.report.erased += applied.erased
        self.report.wrote(applied.touched, applied.columns)  # a joined snapshot's: none known, every column
        self.report.log(Decision.SNAPSHOT_APPLIED if snapshot else Decision.APPLIED, device, seq, f"{applied.changes}")

    def _load_segment(self, device: str, seq: int) -> dict | None:
        try:
            blob = self._fetch(device, layout.segment_name(seq))
        except EnvelopeError as exc:  # too large to be ours
            self.report.log(Decision.REJECTED, device, seq, exc.reason, path=layout.segment_path(device, seq))
            self.rejected.setdefault(device, []).append(seq)
            return None
        except FileNotFoundError:  # compacted since we listed: the next round sees the snapshot
            self.report.log(Decision.WAITING, device, seq, translate("Sync", "eine Momentaufnahme"))
            return None
        except FileBusy:  # held by its writer or antivirus: this device waits for the next round
            self.report.log(Decision.BUSY, device, seq, path=layout.segment_path(device, seq))
            return None
        try:
            doc = self.trust.open(blob, layout.segment_path(device, seq), kind="segment", device=device, seq=seq)
            return {"batch": _segment_batch(doc, device, seq), "requires": _requires(doc)}
        except EnvelopeError as exc:
            self.report.log(Decision.REJECTED, device, seq, exc.reason, path=layout.segment_path(device, seq))
        except (ValueError, KeyError, TypeError):
            self.report.log(Decision.REJECTED, device, seq, "damaged", path=layout.segment_path(device, seq))
        self.rejected.setdefault(device, []).append(seq)
        return None

    def _apply_snapshot(self, device: str, seq: int, batch: Batch, covers: dict[str, int]) -> bool:
        """A snapshot in one transaction with the cursors it covers. False when held."""
        try:
            with self.store.connection(write=True) as conn:
                applied = apply_batch(conn, self.store, batch, report=self.report, guard=self.guard)
                knowledge.advance_many(conn, self.store, covers)
                people = owners(conn, applied.touched) if applied.touched else {}
        except Held as held:
            self._held(device, seq, held)
            return False
        except (StatementError, ValueError, TypeError, KeyError):  # values no column takes
            self.report.log(Decision.REJECTED, device, seq, "snapshot: damaged", path=layout.snapshot_path(device, seq))
            return False
        self._account(device, seq, applied, snapshot=True)
        if applied.touched:
            from kimdesk.store.store import Changes

            self.store.last_changes = Changes(applied.touched, people)
        return True

    def _apply_snapshot_db(self, device: str, seq: int, spill: snapshot_db.Spill, doc: dict) -> bool:
        """A snapshot database, already on disk beside the profile (still encrypted; ``Spill``):
        checked, then imported set-based by a fresh laptop, or merged change by change by any
        other. A file that fails any check is reported once and the laptop goes on with segments."""
        path = layout.snapshot_path(device, seq)
        header = spill.header
        batch = None
        try:
            spill.check_tail(doc)
            key = snapshot_db.db_key(self.team.key_for(header.gen), self.team.id)
            # the file's quick_check and row checks run on a second core beside the copy; nothing
            # commits before they passed (``QuickCheck.verify``)
            with snapshot_db.QuickCheck(spill.local, key) as check, \
                    self.store.attached(snapshot_db.SCHEMA, spill.local, key, write=True) as conn:
                fresh = snapshot_db.is_fresh(conn)  # then the copy checks the journal (``inspect``)
                contents = snapshot_db.inspect(conn, team=self.team.id, device=device, seq=seq, gen=header.gen,
                                               claims=fresh, apart=check)
                covers = {k: v for k, v in contents.covers.items() if k != self.me}
                if contents.rows and fresh:
                    applied = snapshot_join.import_rows(conn, self.store, contents, check.verify)
                    knowledge.advance_many(conn, self.store, covers)
                else:
                    batch = snapshot_db.to_batch(conn)
                check.verify()  # inside the transaction: a file that fails it rolls the join back
        except snapshot_db.CannotCheck as exc:  # no process for the checks: tried again next round
            self.report.log(Decision.ERROR, device, seq, f"snapshot: {exc.reason}")
            return False
        except (snapshot_db.Unusable, AttachFailed, DBAPIError, StatementError, ValueError, KeyError,
                TypeError) as exc:
            _log.info("snapshot database %s rejected: %s", path, type(exc).__name__)
            self.report.log(Decision.REJECTED, device, seq, "snapshot: damaged", path=path)
            return False
        if batch is not None:
            return self._apply_snapshot(device, seq, batch, covers)
        self._account(device, seq, applied, snapshot=True)
        if applied.touched:
            from kimdesk.store.store import Changes

            self.store.last_changes = Changes(applied.touched, {})
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
        seq = int(snap["seq"])
        spill = snapshot_db.Spill(self.folders[d].sizes.get(layout.segment_name(seq) + layout.SNAPSHOT_SUFFIX, 0),
                                  snapshot_db.temp_path(self.store.path, "join"),
                                  lambda header: self.trust.needs_whole(d, header))
        try:
            return self._read_snapshot(d, seq, spill)
        finally:
            spill.close()
            snapshot_db.remove(spill.local)

    def _read_snapshot(self, d: str, seq: int, spill: snapshot_db.Spill) -> bool:
        """Read a snapshot file (its database tail streamed to ``spill.local``) and apply it."""
        path = layout.snapshot_path(d, seq)
        try:
            if spill.size > layout.MAX_SNAPSHOT:
                raise EnvelopeError("damaged", f"{spill.size} bytes, larger than {layout.MAX_SNAPSHOT}")
            self.target.read_into(path, spill)
            spill.finish()
        except EnvelopeError as exc:
            self.report.log(Decision.REJECTED, d, seq, f"snapshot: {exc.reason}", path=path)
            return False
        except FileNotFoundError:  # replaced by a newer one since we listed
            return False
        except snapshot_db.Replaced:  # the same, caught while it was read
            return False
        except FileBusy:
            self.report.log(Decision.BUSY, d, seq, path=path)
            return False
        except snapshot_db.CopyFailed as exc:  # the local copy (a full disk): not the file's fault
            self.report.log(Decision.ERROR, d, seq, f"snapshot: {exc.reason}")
            return False
        try:
            doc = self.trust.open(bytes(spill.head), path, kind="snapshot", device=d, seq=seq,
                                  detached=spill.detached, whole=spill.whole)
            if isinstance(doc, dict) and "db" in doc:
                if not spill.detached:
                    raise ValueError("a snapshot database without its tail")
                return self._apply_snapshot_db(d, seq, spill, doc)
            if spill.detached:
                raise ValueError("a tail without a snapshot database")
            batch, covers = snapshot.to_batch(doc)
        except EnvelopeError as exc:
            self.report.log(Decision.REJECTED, d, seq, f"snapshot: {exc.reason}", path=path)
            return False
        except (ValueError, KeyError, TypeError):
            self.report.log(Decision.REJECTED, d, seq, "snapshot: damaged", path=path)
            return False
        return self._apply_snapshot(d, seq, batch, {k: v for k, v in covers.items() if k != self.me})

    # -- 4. publish ---------------------------------------------------------------------------


def _version(conn) -> tuple[int, int]:
    """Moves when anything commits to the database: another connection (``data_version``) or
    this one (``total_changes``: the rows its statements changed since it was opened)."""
    return conn.exec_driver_sql("PRAGMA data_version").scalar_one(), conn.connection.dbapi_connection.total_changes


def _has_gap(folder, cursor: int) -> bool:
    later = [s for s in folder.segments if s > cursor]
    if later:
        return later[0] != cursor + 1
    snap = (folder.state or {}).get("snapshot") or {}
    return int(snap.get("covers", {}).get(folder.device, 0)) > cursor


def _segment_batch(doc: Any, device: str, seq: int) -> Batch:
    """Check the shape of a segment payload (see ``shapes``); ValueError if it is not one."""
    doc = shapes.obj(doc)
    vectors = shapes.vectors(doc.get("vectors", {}))
    batch = Batch()
    append = batch.changes.append
    for change in shapes.seq_of(doc["changes"]):
        # the checks of shapes.change, inline for the common case: exactly the types it accepts
        # (JSON gives exact types, so ``type() is`` suffices; a bool is no stamp)
        if not (type(change) is list and len(change) == 6):
            change = shapes.change(change, 6)  # raises ValueError with the reason
        entity, row_id, stamp, actor, seen, data = change
        if not (type(entity) is str and type(row_id) is str and type(stamp) is int and type(data) is dict
                and (actor is None or type(actor) is str) and (seen is None or type(seen) is int)):
            entity, row_id, stamp, actor, seen, data = shapes.change(change, 6)
        append(Incoming(entity, row_id, data, stamp, device, seq, actor,
                        {} if seen is None else vectors.get(seen, {})))
    for group in shapes.seq_of(doc.get("erasures", [])):
        batch.erasures.append({**shapes.erasure(group), "device": device, "segment": seq})
    return batch


def _requires(doc: Any) -> dict[str, int]:
    return {str(k): shapes.number(v) for k, v in shapes.obj(shapes.obj(doc).get("requires", {})).items()}
