"""Publishing: this laptop's cursors, snapshots now and then, and compaction of its own
segments that every known laptop has applied. Part of a round (see ``engine``)."""

from __future__ import annotations

from kimdesk.sync import knowledge, layout, outbox, settings, snapshot
from kimdesk.sync.envelope import Header
from kimdesk.sync.report import Decision
from kimdesk.sync.targets.base import FileBusy


class PublishSteps:
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
            if self._put(layout.snapshot_path(me, seq), self.trust.seal(Header("snapshot", team.id, me, seq), body)):
                snap = {"seq": seq, "covers": covers}
                with self.store.connection(write=True) as conn:
                    self.store.set_setting(conn, "sync.snapshot", snap)
                self.report.log(Decision.SNAPSHOT_WRITTEN, me, seq, f"{len(body['changes'])}")
        state = {"cursors": cursors, "snapshot": snap, "rejected": self.rejected}
        with self.store.connection() as conn:
            published = self.store.get_setting(conn, "sync.published")
        if (state != published or not mine.has_state) and self._put(
                layout.cursors_path(me), self.trust.seal(Header("cursors", team.id, me), state)):
            with self.store.connection(write=True) as conn:
                self.store.set_setting(conn, "sync.published", state)
        for old in mine.snapshots:
            if snap is None or old != snap["seq"]:
                self._discard_own(layout.snapshot_path(me, old))
        self._compact(mine, snap)

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
            if d in self.trust.revoked:
                continue  # a lost laptop will never catch up; its cursors hold nothing back
            theirs = (folder.state or {}).get("cursors", {}) if folder.state else {}
            upto = min(upto, int(theirs.get(self.me, 0)))
        removed = 0
        for seq in mine.segments:
            if seq <= upto:
                removed += self._discard_own(layout.segment_path(self.me, seq))
        if removed:
            self.report.log(Decision.COMPACTED, self.me, upto, f"{removed}")
