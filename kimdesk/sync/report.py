"""What a sync round did, as data: counts, and every decision with its reason (ids only).

Like Joplin's ``logSyncOperation``, each decision is an enum value; the report is what the
command line prints, the desktop shows, and the log keeps — without personal data, so it
may be stored in settings and written to the log file.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

from kimdesk.i18n import translate

# among a table's columns in ``SyncReport.columns``: every column (a row inserted, or not known which);
# ``materialise`` writes it, the deadline rules after the round read it
EVERY_COLUMN = "*"


class Decision(str, Enum):
    INITIALISED = "initialised"  # wrote the info file on an empty folder
    SENT = "sent"  # a segment went to the share
    RESENT = "resent"  # a segment reserved by an interrupted round was written again
    APPLIED = "applied"  # a remote segment was applied
    SNAPSHOT_APPLIED = "snapshot_applied"
    SNAPSHOT_WRITTEN = "snapshot_written"
    COMPACTED = "compacted"  # own segments every device has applied were removed
    REJECTED = "rejected"  # damaged / tampered / foreign / newer / misplaced: never applied
    HELD = "held"  # the fail-safe: too many deletions, waits for confirmation
    WAITING = "waiting"  # needs segments of another device first (causal order)
    DROPPED = "dropped"  # a change to an erased person, dropped
    ERASED = "erased"  # an erasure from another laptop was carried out
    NOT_SENT = "not_sent"  # own folder is ahead of this database (restored backup?)
    INCOMPLETE = "incomplete"  # a row whose changes do not yet make a whole record
    ERROR = "error"
    NOTE = "note"
    BUSY = "busy"  # a file another laptop or antivirus held: skipped, tried again next round
    REVOKED = "revoked"  # files a revoked laptop wrote after its revocation: ignored, never applied


@dataclass
class Event:
    decision: Decision
    device: str | None = None
    seq: int | None = None
    detail: str = ""
    path: str | None = None  # the file on the share it is about (never personal data)

    def as_dict(self) -> dict[str, Any]:
        return {"decision": self.decision.value, "device": self.device, "seq": self.seq, "detail": self.detail,
                "path": self.path}


@dataclass
class SyncReport:
    target: str = ""
    started: float = field(default_factory=time.time)
    seconds: float = 0.0
    sent_segments: int = 0
    sent_changes: int = 0
    received_segments: int = 0
    received_changes: int = 0
    conflicts: int = 0  # new conflict records
    dropped: int = 0
    erased: int = 0
    unreachable: bool = False
    cancelled: bool = False
    events: list[Event] = field(default_factory=list)
    #: skipped files an earlier round already named (still there): counted, not named again
    reported_before: list[str] = field(default_factory=list)
    #: the columns the applied changes wrote, by table ("*": a row inserted, or not known which):
    #: what the deadline rules after the round ask (``deadlines.evaluate_after_sync``)
    columns: dict[str, list[str]] = field(default_factory=dict)

    def log(self, decision: Decision, device: str | None = None, seq: int | None = None, detail: str = "", *,
            path: str | None = None) -> None:
        self.events.append(Event(decision, device, seq, detail, path))

    def wrote(self, tables: Iterable[str], columns: Mapping[str, Iterable[str]] | None = None) -> None:
        """Count ``tables`` among those the round's applied changes wrote, with the ``columns`` they
        wrote in each (a table not named there: every column, "*")."""
        columns = columns or {}
        for table in tables:
            self.columns[table] = sorted(set(self.columns.get(table, ())).union(columns.get(table) or (EVERY_COLUMN,)))

    def note(self, kind: str, detail: str) -> None:
        self.log(Decision.NOTE, detail=f"{kind}: {detail}")

    def of(self, *decisions: Decision) -> list[Event]:
        return [e for e in self.events if e.decision in decisions]

    @property
    def rejected(self) -> list[Event]:
        return self.of(Decision.REJECTED)

    @property
    def skipped(self) -> list[str]:
        """Paths of bad files on the share this round skipped (nothing of them applied)."""
        return sorted({e.path for e in self.rejected if e.path})

    @property
    def failed(self) -> bool:
        """A person has to act: held deletions, errors, or a genuine segment that did not fit.

        Bad files on the share are not failures: they are skipped and named (once)."""
        return bool(self.held or self.errors or [e for e in self.rejected if not e.path])

    @property
    def held(self) -> list[Event]:
        return self.of(Decision.HELD)

    @property
    def errors(self) -> list[Event]:
        return self.of(Decision.ERROR)

    @property
    def applied_anything(self) -> bool:
        return self.received_changes > 0 or self.erased > 0

    @property
    def complete(self) -> bool:
        """Nothing failed, nothing held, nothing rejected, nothing waiting."""
        return not self.unreachable and not self.cancelled and not self.of(
            Decision.ERROR, Decision.REJECTED, Decision.HELD, Decision.WAITING, Decision.NOT_SENT, Decision.BUSY)

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if k != "events"}
        d["sent"] = self.sent_changes
        d["received"] = self.received_changes
        d["rejected"] = [e.as_dict() for e in self.rejected]
        d["held"] = [e.as_dict() for e in self.held]
        d["errors"] = [e.as_dict() for e in self.errors]
        d["dropped_notes"] = [e.as_dict() for e in self.of(Decision.DROPPED)]
        d["events"] = [e.as_dict() for e in self.events]
        d["complete"] = self.complete
        return d

    def lines(self) -> list[str]:
        """Human-readable summary for the command line and the desktop."""
        out = [
            translate("Sync", "Ziel: {target}").format(target=self.target),
            translate("Sync", "Gesendet: {n} Änderungen in {s} Segment(en)").format(
                n=self.sent_changes, s=self.sent_segments),
            translate("Sync", "Empfangen: {n} Änderungen aus {s} Segment(en)").format(
                n=self.received_changes, s=self.received_segments),
            translate("Sync", "Konflikte: {n} neu").format(n=self.conflicts),
        ]
        if self.dropped:
            out.append(translate("Sync", "Verworfen: {n} Änderungen an gelöschten Personen").format(n=self.dropped))
        if self.erased:
            out.append(translate("Sync", "Gelöscht auf Anweisung eines anderen Geräts: {n} Person(en)").format(
                n=self.erased))
        again = set(self.reported_before)
        for e in self.rejected:
            if e.path in again:
                continue
            if e.path:
                out.append(translate("Sync", "Abgelehnt: {path} ({why}); übersprungen, nichts davon angewendet").format(
                    path=e.path, why=e.detail))
                continue
            out.append(translate("Sync", "Abgelehnt: Segment {seq} von Gerät {device} ({why}); wird beim nächsten Mal "
                                         "erneut versucht").format(seq=e.seq, device=e.device, why=e.detail))
        if again:
            out.append(translate("Sync", "Weiter übersprungen: {n} bereits gemeldete Datei(en) auf dem Sync-Ziel "
                                         "(„kimdesk doctor“ nennt sie, „kimdesk sync --clean-share“ entfernt sie)")
                       .format(n=len(again)))
        for e in self.held:
            out.append(translate("Sync", "Zurückgehalten: {detail} – zum Anwenden „kimdesk sync --confirm-deletions“")
                       .format(detail=e.detail))
        for e in self.of(Decision.WAITING):
            out.append(translate("Sync", "Wartet: Segment {seq} von Gerät {device} braucht zuerst {detail}").format(
                seq=e.seq, device=e.device, detail=e.detail))
        for e in self.of(Decision.BUSY):
            out.append(translate("Sync", "Belegt: {path} wird gerade von einem anderen Programm benutzt (anderes Gerät, "
                                         "Virenscanner); beim nächsten Mal erneut versucht").format(path=e.path))
        for e in self.of(Decision.REVOKED):
            out.append(translate("Sync", "Gesperrtes Gerät {device}: {detail} später geschriebene Datei(en) nicht "
                                         "angewendet").format(device=e.device, detail=e.detail))
        for e in self.of(Decision.NOT_SENT, Decision.ERROR):
            out.append(translate("Sync", "Fehler: {detail}").format(detail=e.detail))
        if self.cancelled:
            out.append(translate("Sync", "Abgebrochen; Bereits Angewendetes bleibt gültig."))
        return out
