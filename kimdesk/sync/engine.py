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

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kimdesk.errors import BadInput, TargetUnreachable
from kimdesk.i18n import translate
from kimdesk.store.store import Store
from kimdesk.sync import envelope, hooks, layout, outbox, settings
from kimdesk.sync import team as teams
from kimdesk.sync.envelope import EnvelopeError, Header
from kimdesk.sync.report import Decision, SyncReport
from kimdesk.sync.publish import PublishSteps
from kimdesk.sync.receive import ReceiveSteps
from kimdesk.sync.targets.base import Target

log = logging.getLogger(__name__)
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


class SyncRound(ReceiveSteps, PublishSteps):
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

    # -- listing ---------------------------------------------------------------------------------
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


def _err(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _summary(report: SyncReport) -> dict:
    d = report.as_dict()
    d.pop("events", None)
    d["at"] = report.started
    return d
