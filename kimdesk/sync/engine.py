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

import base64
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kimdesk.errors import BadInput, TargetUnreachable
from kimdesk.i18n import translate
from kimdesk.store.store import Store
from kimdesk.sync import envelope, hooks, layout, outbox, retire, settings, state
from kimdesk.sync import team as teams
from kimdesk.sync.envelope import EnvelopeError, Header
from kimdesk.sync.keys import Trust
from kimdesk.sync.report import Decision, SyncReport
from kimdesk.sync.publish import PublishSteps
from kimdesk.sync.receive import ReceiveSteps
from kimdesk.sync.targets.base import FileBusy, Target, TooLarge
from kimdesk.store import options

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]


class TargetRefused(BadInput):
    """The folder is not ours to write to (another team's, not empty, newer format)."""


class NewEnrolmentNeeded(TargetRefused):
    """The team key was renewed; this device needs the new enrolment file (the app says where)."""


@dataclass
class DeviceFolder:
    device: str
    segments: list[int] = field(default_factory=list)
    snapshots: list[int] = field(default_factory=list)
    temps: list[str] = field(default_factory=list)
    has_state: bool = False
    state: dict | None = None
    sizes: dict[str, int] = field(default_factory=dict)  # file name -> size as listed


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
        self.trust: Trust | None = None  # set by check_target from the info file
        self.info: dict = {}
        self.folders: dict[str, DeviceFolder] = {}
        self._erasures = False  # an erasure went out or came in: snapshot now, so old files can go
        self.mine = DeviceFolder(self.me)
        self.rejected: dict[str, list[int]] = {}  # published, so the writer sends them again
        self.left_behind: list[str] = []
        self.retired: set[str] = set()  # device ids whose laptops continue under a new id  # temp files a failure left on the share (could not remove)

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
                if self.left_behind:
                    raise TargetUnreachable(translate(
                        "Sync", "Sync-Ziel {target} nicht erreichbar ({err}); die unvollständige Datei {path} blieb "
                                "zurück und wird in der nächsten Runde entfernt.").format(
                        target=self.target.url, err=_err(exc), path=self.left_behind[0])) from None
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
                self._remember_skips(conn)
            settings.put(self.store, settings.LAST_REPORT, _summary(report), conn)
        if report.applied_anything:
            hooks.run_after_apply(self.store, report)
        log.info("sync round: sent %d, received %d, conflicts %d, complete %s", report.sent_changes,
                 report.received_changes, report.conflicts, report.complete)
        return report

    def _remember_skips(self, conn) -> None:
        """Bad files are named in one round's report; later rounds count them (until cleaned)."""
        before = settings.get(self.store, settings.REPORTED_SKIPS, conn)
        before = {p for p in before if isinstance(p, str)} if isinstance(before, list) else set()
        now = self.report.skipped
        self.report.reported_before = sorted(before & set(now))
        if sorted(before) != now:
            settings.put(self.store, settings.REPORTED_SKIPS, now, conn)

    # -- 1. the target ------------------------------------------------------------------------
    def check_target(self) -> None:
        target, team = self.target, self.team
        assert team is not None
        if not target.root_is_dir():
            raise FileNotFoundError(2, translate("Sync", "Ordner fehlt oder ist kein Ordner"), target.url)
        try:
            blob = target.read_at_most(layout.INFO, layout.MAX_INFO)
        except FileNotFoundError:
            blob = None
        except TooLarge as exc:  # never read: no info file of ours is that large
            self._bad_info(EnvelopeError("damaged", str(exc)))
            return
        except FileBusy:  # held by antivirus: the copy this laptop verified before serves this round
            remembered = self._remembered_info()
            if remembered is None:
                raise
            _blob, self.info, self.trust = remembered
            self.report.log(Decision.BUSY, None, None, path=layout.INFO)
            return
        if blob is not None:
            self._verify_info(blob)
            return
        synced_before = settings.get(self.store, settings.SYNCED_BEFORE)
        if synced_before and not self.allow_init:
            raise FileNotFoundError(2, translate(
                "Sync", "die Infodatei fehlt – ist die Freigabe eingehängt? (neues Ziel: --init)"), layout.INFO)
        leftovers = [e.name for e in target.list("") if layout.is_info_temp(e.name)]
        if [e for e in target.list("") if not layout.is_info_temp(e.name)]:
            raise TargetRefused(translate("Sync", "{target} ist nicht leer und kein KIMdesk-Sync-Ziel; nichts "
                                                  "geschrieben.").format(target=target.url))
        for name in leftovers:  # an earlier first round of ours that failed half-way
            self._discard(name)
        self.trust = Trust(team)
        self.info = {"created": self.store.clock.tick()}
        blob = self.trust.seal(Header("info", team.id), self.info)
        if not self._put(layout.INFO, blob):
            raise FileBusy(13, translate("Sync", "die Infodatei wird gerade von einem anderen Programm benutzt"),
                           layout.INFO)
        self._remember_info(blob)
        target.mkdir(layout.DEVICES)
        self.report.log(Decision.INITIALISED, detail=target.url)

    def _verify_info(self, blob: bytes) -> None:
        """The info file must be this team's, sealed with the key generation this laptop holds."""
        team = self.team
        assert team is not None
        try:
            header, _ = envelope.read_header(blob)
            if header.team == team.id and header.gen > team.generation:
                team = self._adopt_pending(header.gen)
            if header.team == team.id and header.gen < team.generation:
                raise TargetRefused(translate(
                    "Sync", "Die Infodatei in {target} ist älter als der Teamschlüssel dieses Geräts (zurückgesetzt "
                            "oder manipuliert?); nichts geschrieben.").format(target=self.target.url))
            self.info = envelope.open_sealed(team.key, blob, team=team.id, kind="info")
            if not isinstance(self.info, dict):
                raise EnvelopeError("damaged", "info payload")
            self.trust = Trust.from_info(team, self.info)
            self._remember_info(blob)
        except EnvelopeError as exc:
            self._bad_info(exc)

    def _bad_info(self, exc: EnvelopeError) -> None:
        """Put back the verified copy of a damaged info file, else refuse the target (nothing written)."""
        if exc.reason in ("damaged", "tampered", "misplaced") and self._restore_info(exc):
            return
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

    def _remember_info(self, blob: bytes) -> None:
        encoded = base64.b64encode(blob).decode("ascii")
        if settings.get(self.store, settings.INFO_COPY) != encoded:
            settings.put(self.store, settings.INFO_COPY, encoded)

    def _remembered_info(self) -> tuple[bytes, dict, Trust] | None:
        """The info file this laptop verified last, if it still verifies with the current key."""
        team = self.team
        assert team is not None
        encoded = settings.get(self.store, settings.INFO_COPY)
        if not encoded:
            return None
        try:
            blob = base64.b64decode(encoded)
            header, _ = envelope.read_header(blob)
            if header.gen != team.generation:
                return None
            info = envelope.open_sealed(team.key, blob, team=team.id, kind="info")
            if not isinstance(info, dict):
                return None
            return blob, info, Trust.from_info(team, info)
        except (EnvelopeError, ValueError, TypeError):
            return None

    def _restore_info(self, exc: EnvelopeError) -> bool:
        """Someone overwrote the info file with junk: put back the copy this laptop verified.

        Only on a share where this laptop already has its folder (so it is ours, not some other
        folder with junk in it) and only a copy that still verifies with the current key.
        """
        remembered = self._remembered_info()
        if remembered is None or not self.target.exists(layout.device_dir(self.me)):
            return False
        blob, self.info, self.trust = remembered
        self.report.log(Decision.REJECTED, None, None, translate(
            "Sync", "{why}; durch die zuletzt geprüfte Fassung ersetzt").format(why=exc.reason), path=layout.INFO)
        self._put(layout.INFO, blob)
        return True

    def _adopt_pending(self, generation: int) -> teams.Team:
        """A rotation of this laptop that stopped after writing the info file: take its key now."""
        assert self.team is not None
        pending = teams.pending(self.store, self.team)
        if pending is None or pending.generation != generation:
            raise NewEnrolmentNeeded(translate(
                "Sync", "Der Teamschlüssel wurde erneuert (ein Gerät wurde gesperrt). Dieses Gerät braucht die neue "
                        "Anmeldedatei: kimdesk team join DATEI. Nichts geschrieben."))
        teams._save(self.store, pending)
        self.team = pending
        return pending

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
            if d in self.trust.revoked:
                self._only_vouched(self.folders[d])
            self._read_state(self.folders[d])
        self.retired = set(retire.retired_by(self.store))
        for folder in self.folders.values():
            self.retired.update((folder.state or {}).get("retired", []))
        self.retired.discard(me)

    def _only_vouched(self, folder: DeviceFolder) -> None:
        """A revoked laptop counts with what it wrote before; later files are left alone."""
        carried = self.trust.carried
        segments = [s for s in folder.segments if layout.segment_path(folder.device, s) in carried]
        snapshots = [s for s in folder.snapshots if layout.snapshot_path(folder.device, s) in carried]
        ignored = len(folder.segments) - len(segments) + len(folder.snapshots) - len(snapshots)
        folder.segments, folder.snapshots = segments, snapshots
        if ignored:
            self.report.log(Decision.REVOKED, folder.device, None, str(ignored))

    def _others_need(self) -> set[int]:
        """Own sent segments others still need but cannot read: rejected by one, or gone.

        Segments up to our snapshot were removed by compaction on purpose; the snapshot has them.
        """
        need: set[int] = set()
        for folder in self.folders.values():
            if folder.device in self.retired:
                continue  # it will never read again
            state = folder.state or {}
            applied = int((state.get("cursors") or {}).get(self.me, 0))
            need |= {int(s) for s in (state.get("rejected") or {}).get(self.me, []) if int(s) > applied}
        with self.store.connection() as conn:
            sent = [r[0] for r in conn.exec_driver_sql("SELECT seq FROM sync_outgoing WHERE sent IS NOT NULL")]
            snap = self.store.get_setting(conn, options.SNAPSHOT.key) or {}
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
            self._discard(f"{mine}/{temp}")
        outbox.freeze(self.store)
        with self.store.connection() as conn:
            reserved = outbox.last_reserved(conn)
            pending = outbox.pending(conn)
        on_share = max(folder.segments, default=0)
        if on_share > reserved:
            on_share = self._drop_forged(folder, reserved)
        if on_share > reserved:
            self.report.log(Decision.NOT_SENT, me, on_share, translate(
                "Sync", "Der Ordner dieses Geräts auf dem Sync-Ziel ist weiter als seine Datenbank (Sicherung "
                        "eingespielt oder Profil kopiert?); es wird nichts gesendet."))
            return
        repair = self._others_need()
        for seq in sorted(set(pending) | repair):
            with self.store.connection() as conn:
                body = outbox.payload(conn, me, seq)
            blob = self.trust.seal(Header("segment", team.id, me, seq), body)
            if not self._put(layout.segment_path(me, seq), blob):
                break  # held by antivirus: this and later segments go next round, in order
            if seq in pending:
                outbox.mark_sent(self.store, seq)
            n = len(body["changes"]) + len(body["erasures"])
            self._erasures |= bool(body["erasures"])
            if seq in pending:
                self.report.sent_segments += 1
                self.report.sent_changes += n
            resent = seq in folder.segments or seq in repair
            self.report.log(Decision.RESENT if resent else Decision.SENT, me, seq, f"{n}")

    def _drop_forged(self, folder: DeviceFolder, reserved: int) -> int:
        """Own segments past what this database reserved that do not verify were never ours.

        Someone holding an old key (a lost laptop) can put files into any folder; a restored
        backup leaves genuine ones, which verify and stop the sending (``NOT_SENT``).
        """
        for seq in [s for s in folder.segments if s > reserved]:
            path = layout.segment_path(self.me, seq)
            try:
                self.trust.open(self.target.read(path), path, kind="segment", device=self.me, seq=seq)
            except FileNotFoundError:
                folder.segments.remove(seq)
            except FileBusy:
                self.report.log(Decision.BUSY, self.me, seq, path=path)
            except EnvelopeError as exc:
                self._discard(path)
                folder.segments.remove(seq)
                self.report.log(Decision.REJECTED, self.me, seq, f"{exc.reason}, removed")
        return max(folder.segments, default=0)

    def _put(self, path: str, blob) -> bool:
        """Write to a temp name, make it durable, rename. False when a held file stopped it.

        ``blob`` is bytes, or a file too large to hold whole that gives its ``pieces()``
        (a snapshot database, ``snapshot_db.Sealed``).

        On any failure the temp file is removed again, so nothing half-written stays behind
        (unless the share is gone altogether: then ``left_behind`` says so).
        """
        temp = layout.temp_name(path)
        try:
            if hasattr(blob, "pieces"):
                self.target.write_from(temp, blob.pieces())
            else:
                self.target.write(temp, blob)
            self.target.fsync(temp)
            self.target.rename(temp, path)
        except FileBusy:
            self._discard(temp)
            self.report.log(Decision.BUSY, self.me, None, path=path)
            return False
        except BaseException:
            self._discard(temp)
            raise
        return True

    def _discard(self, path: str) -> None:
        """Remove a file of ours if it is there; a held or unreachable one waits for next round."""
        try:
            self.target.delete(path)
        except FileNotFoundError:
            pass
        except FileBusy:
            self.report.log(Decision.BUSY, self.me, None, path=path)
        except OSError:
            self.left_behind.append(path)

    # -- listing ---------------------------------------------------------------------------------
    def _scan(self, device: str) -> DeviceFolder:
        folder = DeviceFolder(device)
        for entry in self.target.list(layout.device_dir(device)):
            if entry.is_dir:
                continue
            folder.sizes[entry.name] = entry.size
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
        if not folder.has_state or folder.device in self.trust.revoked:
            return  # a revoked laptop's cursors hold nothing back and are not believed
        try:
            path = layout.cursors_path(folder.device)
            folder.state = state.parse(self.trust.open(self._fetch(folder.device, layout.CURSORS, layout.MAX_STATE),
                                                       path, kind="cursors", device=folder.device))
        except FileNotFoundError:
            folder.state = None
        except FileBusy:  # another laptop is replacing it: nothing of it counts this round
            folder.state = None
            self.report.log(Decision.BUSY, folder.device, None, path=path)
        except EnvelopeError as exc:
            folder.state = None
            self.report.log(Decision.REJECTED, folder.device, None, f"{layout.CURSORS}: {exc.reason}", path=path)
        except ValueError:
            folder.state = None
            self.report.log(Decision.REJECTED, folder.device, None, f"{layout.CURSORS}: damaged", path=path)


    def _fetch(self, device: str, name: str, limit: int = layout.MAX_FILE) -> bytes:
        """Read a file of a device folder listed this round; one larger than ``limit`` is not read."""
        folder = self.folders.get(device) or (self.mine if device == self.me else None)
        size = folder.sizes.get(name, 0) if folder is not None else 0
        if size > limit:
            raise EnvelopeError("damaged", f"{size} bytes, larger than {limit}")
        return self.target.read(f"{layout.device_dir(device)}/{name}")


def _err(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _summary(report: SyncReport) -> dict:
    d = report.as_dict()
    d.pop("events", None)
    d["at"] = report.started
    return d
