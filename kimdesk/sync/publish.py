"""Publishing: this laptop's cursors, snapshots now and then, and compaction of its own
segments that every known laptop has applied. Part of a round (see ``engine``)."""

from __future__ import annotations

from kimdesk.i18n import translate
from kimdesk.sync import knowledge, layout, outbox, retire, settings, snapshot, snapshot_db
from kimdesk.sync.envelope import TAIL_VERSION, EnvelopeError, Header
from kimdesk.sync.junk import JUNK_REASONS
from kimdesk.sync.report import Decision
from kimdesk.sync.targets.base import FileBusy
from kimdesk.store import options


#: snapshots are written as SQLCipher databases (False: the JSON snapshot of before, which every
#: KIMdesk still reads; for tests of a team mid-upgrade)
DATABASE_SNAPSHOTS = True


class PublishSteps:
    def publish(self) -> None:
        team, me = self.team, self.me
        assert team is not None
        mine = self._scan(me)  # again: this round added to it
        with self.store.connection() as conn:
            sent = outbox.last_sent(conn)
            cursors = knowledge.cursors(conn)
            previous = self.store.get_setting(conn, options.SNAPSHOT.key)
        every = int(settings.get(self.store, settings.SNAPSHOT_EVERY))
        snap = previous if previous and previous.get("seq") in mine.snapshots else None
        if sent and (sent - (snap or {}).get("seq", 0) >= every or self._erasures):
            counted: dict[str, int] = {}
            if DATABASE_SNAPSHOTS:
                blob, covers = self._snapshot_database(counted)
            else:
                with self.store.connection() as conn:  # streamed: the journal is never whole in memory
                    covers = snapshot.coverage(conn, me)
                    blob = self.trust.seal_stream(Header("snapshot", team.id, me, covers[me]),
                                                  snapshot.stream(conn, me, covers, counted))
            seq = covers[me]
            size = len(blob.head) + blob.size if isinstance(blob, snapshot_db.Sealed) else len(blob)
            try:
                if size <= layout.MAX_SNAPSHOT:
                    written = self._put(layout.snapshot_path(me, seq), blob)
                else:  # never a snapshot every reader refuses: the segments stay, no compaction
                    written = False
                    self.report.note("snapshot", translate(
                        "Sync", "nicht geschrieben: {size} MB, größer als jede Momentaufnahme, die ein Gerät "
                                "annimmt ({limit} MB); die Segmente bleiben").format(
                        size=size >> 20, limit=layout.MAX_SNAPSHOT >> 20))
            finally:
                if isinstance(blob, snapshot_db.Sealed):
                    blob.discard()
            if written:
                snap = {"seq": seq, "covers": covers}
                with self.store.connection(write=True) as conn:
                    self.store.set_setting(conn, options.SNAPSHOT.key, snap)
                self.report.log(Decision.SNAPSHOT_WRITTEN, me, seq, f"{counted['changes']}")
            del blob
        state = {"cursors": cursors, "snapshot": snap, "rejected": self.rejected}
        retired = sorted(retire.retired_by(self.store))
        if retired:  # only then: a state without retirements stays what it always was
            state["retired"] = retired
        with self.store.connection() as conn:
            published = self.store.get_setting(conn, options.PUBLISHED.key)
        if (state != published or not mine.has_state) and self._put(
                layout.cursors_path(me), self.trust.seal(Header("cursors", team.id, me), state)):
            with self.store.connection(write=True) as conn:
                self.store.set_setting(conn, options.PUBLISHED.key, state)
        for old in mine.snapshots:
            if snap is None or old != snap["seq"]:
                self._discard_own(layout.snapshot_path(me, old))
        self._compact(mine, snap)
        for old in sorted(set(retire.retired_by(self.store)) & set(self.folders)):
            self._tend_retired(self.folders[old])

    def _snapshot_database(self, counted: dict[str, int]) -> tuple[snapshot_db.Sealed, dict[str, int]]:
        """The snapshot as an SQLCipher database (``snapshot_db``), built set-based beside the
        profile's database and sealed behind a header that vouches for its digest. Written to
        the share from that file piece by piece (``Sealed``), never whole in memory."""
        team, me = self.team, self.me
        local = snapshot_db.temp_path(self.store.path, "build")
        try:
            key = snapshot_db.db_key(team.key, team.id)
            with self.store.attached(snapshot_db.SCHEMA, local, key) as conn:  # one consistent read
                covers = snapshot.coverage(conn, me)
                counts = snapshot_db.build(conn, me, covers, team=team.id, gen=team.generation)
            digest, size = snapshot_db.digest_of(local)
            body = {"db": {"sha256": digest, "size": size}, "covers": covers, "changes": counts["change"]}
            head = self.trust.seal(Header("snapshot", team.id, me, covers[me], version=TAIL_VERSION, tail=size), body)
        except BaseException:
            snapshot_db.remove(local)
            raise
        counted["changes"] = counts["change"]
        return snapshot_db.Sealed(head, local, size, digest), covers

    def _discard_own(self, path: str) -> int:
        """Delete an own file that is no longer needed; one held by antivirus waits (1 if gone)."""
        try:
            self.target.delete(path)
        except FileNotFoundError:
            return 0
        except FileBusy:
            self.report.log(Decision.BUSY, self.me, None, path=path)
            return 0
        return 1

    def _compact(self, mine, snap: dict | None) -> None:
        """Remove own segments the snapshot covers and every known device has applied."""
        if snap is None:
            return
        upto = int(snap["covers"].get(self.me, 0))
        for d, folder in self.folders.items():
            if d in self.trust.revoked or d in self.retired:
                continue  # a lost or retired laptop will never catch up; its cursors hold nothing back
            theirs = (folder.state or {}).get("cursors", {}) if folder.state else {}
            upto = min(upto, int(theirs.get(self.me, 0)))
        removed = 0
        for seq in mine.segments:
            if seq <= upto:
                removed += self._discard_own(layout.segment_path(self.me, seq))
        if removed:
            self.report.log(Decision.COMPACTED, self.me, upto, f"{removed}")

    # -- the folder of this laptop's earlier device id (see ``retire``) ------------------------------
    def _tend_retired(self, folder) -> None:
        """Sweep erased rows out of a retired folder; remove it once every laptop has read it."""
        old = folder.device
        last = max(folder.segments + folder.snapshots, default=0)
        with self.store.connection() as conn:
            mine = knowledge.cursors(conn).get(old, 0)
            erasures = retire.last_erasure(conn)
            swept_by = self.store.get_setting(conn, retire.SWEPT) or {}
            swept = int(swept_by.get(old, 0)) if isinstance(swept_by, dict) else 0
        if mine < last:
            return  # this laptop has not applied all of it yet: it cannot judge what is erased
        readers = [f for d, f in self.folders.items() if d != old and d not in self.retired
                   and d not in self.trust.revoked and self._is_device(f)]
        if all(f.state is not None and f.state["cursors"].get(old, 0) >= last for f in readers):
            self._remove_folder(old)
            return
        if erasures > swept:
            with self.store.connection() as conn:
                erased = retire.erased_ids(conn)
            done = True
            for kind, seqs in (("segment", folder.segments), ("snapshot", folder.snapshots)):
                for seq in seqs:
                    done &= self._sweep_file(old, kind, seq, erased)
            if done:
                with self.store.connection(write=True) as conn:
                    swept_by = self.store.get_setting(conn, retire.SWEPT) or {}
                    swept_by = swept_by if isinstance(swept_by, dict) else {}
                    self.store.set_setting(conn, retire.SWEPT, {**swept_by, old: erasures})

    def _is_device(self, folder) -> bool:
        """Does this folder belong to a real laptop of the team (so it must read the retired folder)?

        Yes with an authenticated cursors.state; without one only when one of its newest files is
        genuine (or cannot be judged now). Junk and fake folders never hold a removal back."""
        if folder.state is not None:
            return True
        files = [("snapshot", s) for s in folder.snapshots[-3:]] + [("segment", s) for s in folder.segments[-5:]]
        for kind, seq in reversed(files):
            name = layout.segment_name(seq) if kind == "segment" else layout.snapshot_path(folder.device, seq).rsplit(
                "/", 1)[1]
            path = f"{layout.device_dir(folder.device)}/{name}"
            try:
                if kind == "snapshot":
                    self._open_snapshot(folder, path, seq)
                else:
                    self.trust.open(self._fetch(folder.device, name), path, kind=kind, device=folder.device, seq=seq)
                return True
            except FileNotFoundError:
                continue
            except FileBusy:
                return True  # cannot tell this round: wait
            except EnvelopeError as exc:
                if exc.reason not in JUNK_REASONS:
                    return True  # another key generation: the rotation rules decide, not this
        return False

    def _open_snapshot(self, folder, path: str, seq: int):
        """Open a snapshot of ``folder`` (``snapshot_db.open_streamed``). EnvelopeError if not genuine."""
        return snapshot_db.open_streamed(self.target, self.trust, path, folder.sizes.get(path.rsplit("/", 1)[1], 0),
                                         folder.device, seq)

    def _sweep_file(self, old: str, kind: str, seq: int, erased: set[str]) -> bool:
        path = layout.segment_path(old, seq) if kind == "segment" else layout.snapshot_path(old, seq)
        try:
            if kind == "snapshot":
                doc = self._open_snapshot(self.folders[old], path, seq)
            else:
                doc = self.trust.open(self.target.read(path), path, kind=kind, device=old, seq=seq)
        except FileNotFoundError:
            return True
        except FileBusy:
            self.report.log(Decision.BUSY, old, seq, path=path)
            return False
        except EnvelopeError:
            return True  # not applied by anybody, so nothing of it is anywhere
        if isinstance(doc, dict) and "db" in doc:
            # a snapshot database is not rewritten: it goes (this laptop's snapshots cover it)
            if self._discard_own(path):
                self.report.log(Decision.ERASED, old, seq, "snapshot", path=path)
            return True
        if not isinstance(doc, dict) or not isinstance(doc.get("changes"), list):
            return True
        swept, dropped = retire.sweep(doc, erased)
        if not dropped:
            return True
        if not self._put(path, self.trust.seal(Header(kind, self.team.id, old, seq), swept)):
            return False
        self.report.log(Decision.ERASED, old, seq, f"{dropped}", path=path)
        return True

    def _remove_folder(self, old: str) -> None:
        folder = layout.device_dir(old)
        try:
            for entry in self.target.list(folder):
                if not entry.is_dir:
                    self.target.delete(f"{folder}/{entry.name}")
            self.target.rmdir(folder)
        except FileNotFoundError:
            pass
        except FileBusy:
            self.report.log(Decision.BUSY, old, None, path=folder)
            return
        self.report.log(Decision.COMPACTED, old, None, "retired", path=folder)
