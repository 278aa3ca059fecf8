"""A lost laptop: rotate the team key, revoke the device, and list the devices on the share.

``rotate`` (``kimdesk team rotate-key``) runs on one laptop of the team that reaches the share:

1. A normal round first, so this laptop holds what the share holds.
2. Every file below ``devices/`` that verifies now is vouched for by its SHA-256: what the
   team wrote before the rotation stays readable for laptops that are behind or join later;
   anything sealed later with an old key — by whoever has the lost laptop — is not
   (see ``kimdesk/sync/keys.py``).
3. The new key is kept in this laptop's database as *pending* before the share learns of it,
   so a crash between writing the info file and recording the key cannot lock the team out
   (the next round adopts it).
4. The info file is rewritten, sealed with the new key: generation, revoked devices and the
   vouched files. Laptops with the old key now stop at the info file and write nothing
   until they join with the new enrolment file, which the caller writes.
5. A second round seals this laptop's cursors with the new key.

Old files are not rewritten: they stay readable through their digests and leave the share by
compaction as usual — which a revoked laptop no longer holds back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from kimdesk.errors import BadInput, TargetUnreachable
from kimdesk.i18n import translate
from kimdesk.store.store import Store
from kimdesk.sync import layout, service
from kimdesk.sync import team as teams
from kimdesk.sync.engine import SyncRound
from kimdesk.sync.envelope import EnvelopeError, Header
from kimdesk.sync.keys import Trust, digest
from kimdesk.sync.snapshot_db import Replaced, Spill
from kimdesk.sync.targets import Target
from kimdesk.store import options


@dataclass
class Rotation:
    team: teams.Team
    carried: int  # files vouched for
    refused: int  # files on the share that did not verify (left out)
    revoked: list[str]  # every revoked device, earlier ones included


@dataclass
class DeviceOnShare:
    device: str
    segments: int
    last_segment: int
    revoked: bool
    this_device: bool


def _connected(store: Store, target: str | Target | None) -> tuple[Target, SyncRound]:
    """The target and a round object that has read (and verified) its info file."""
    tgt = target if isinstance(target, Target) else service.resolve_target(store, target)
    rnd = SyncRound(store, tgt)
    rnd.team = teams.require(store)
    try:
        if not tgt.exists(layout.INFO):
            raise FileNotFoundError(2, translate("Sync", "keine Infodatei – zuerst synchronisieren"), layout.INFO)
        rnd.check_target()
    except OSError as exc:
        tgt.close()
        raise TargetUnreachable(translate("Sync", "Sync-Ziel {target} nicht erreichbar ({err}); nichts geändert.")
                                .format(target=tgt.url, err=exc.strerror or type(exc).__name__)) from None
    return tgt, rnd


def _kind(name: str) -> tuple[str, int | None] | None:
    if (seq := layout.parse_segment(name)) is not None:
        return "segment", seq
    if (seq := layout.parse_snapshot(name)) is not None:
        return "snapshot", seq
    if name == layout.CURSORS:
        return "cursors", None
    return None


def _vouch(tgt: Target, trust: Trust) -> tuple[dict[str, str], int]:
    carried: dict[str, str] = {}
    refused = 0
    for entry in tgt.list(layout.DEVICES):
        if not entry.is_dir or not layout.is_device_id(entry.name):
            continue
        folder = layout.device_dir(entry.name)
        for item in tgt.list(folder):
            kind = None if item.is_dir else _kind(item.name)
            if kind is None:
                continue
            path = f"{folder}/{item.name}"
            try:
                carried[path] = _vouch_for(tgt, trust, path, item.size, entry.name, kind)
            except (EnvelopeError, ValueError, Replaced):
                refused += 1
    return carried, refused


def _vouch_for(tgt: Target, trust: Trust, path: str, size: int, device: str, kind: tuple[str, int | None]) -> str:
    """The digest of a genuine file; a snapshot (a database of a large team) is streamed and
    hashed, never whole in memory."""
    if kind[0] != "snapshot":
        blob = tgt.read(path)
        trust.open(blob, path, kind=kind[0], device=device, seq=kind[1])
        return digest(blob)
    seen = Spill(size, None)
    tgt.read_into(path, seen)
    seen.finish()
    trust.open(bytes(seen.head), path, kind=kind[0], device=device, seq=kind[1], detached=seen.detached,
               whole=seen.whole)
    return seen.digest


def rotate(store: Store, target: str | Target | None = None, *, revoke: tuple[str, ...] | list[str] = ()) -> Rotation:
    """Give the team a new key; ``revoke`` names devices whose later files are rejected."""
    for device in revoke:
        try:
            uuid.UUID(device)
        except ValueError:
            raise BadInput(translate("Sync", "„{device}“ ist keine Gerätekennung.").format(
                device=device[:40])) from None
        if device == store.device_id:
            raise BadInput(translate("Sync", "Dieses Gerät kann sich nicht selbst sperren."))
    tgt = target if isinstance(target, Target) else service.resolve_target(store, target)
    report = service.run(store, tgt)
    if report.unreachable:
        raise TargetUnreachable(translate("Sync", "Das Sync-Ziel ging während der Runde verloren; nichts rotiert."))
    tgt, rnd = _connected(store, tgt)
    try:
        old_trust, team = rnd.trust, rnd.team
        assert old_trust is not None and team is not None
        carried, refused = _vouch(tgt, old_trust)
        previous = rnd.info.get("revoked") or {}
        now = datetime.now(UTC).isoformat(timespec="seconds")
        revoked = dict(previous) | {d: {"at": now} for d in revoke if d not in previous}
        new = team.rotated()
        info = {"created": rnd.info.get("created"), "generation": new.generation, "rotated": now,
                "revoked": revoked, "carried": carried}
        teams.save_pending(store, new)
        rnd._put(layout.INFO, Trust(new).seal(Header("info", new.id), info))
        teams._save(store, new)
        with store.connection(write=True) as conn:
            store.set_setting(conn, options.PUBLISHED.key, None)  # our cursors go out under the new key
    finally:
        tgt.close()
    service.run(store, tgt)
    return Rotation(new, len(carried), refused, sorted(revoked))


def devices(store: Store, target: str | Target | None = None) -> list[DeviceOnShare]:
    """The laptops that have a folder on the share (names only are read, nothing decrypted)."""
    tgt, rnd = _connected(store, target)
    assert rnd.trust is not None
    try:
        out = []
        for entry in sorted(tgt.list(layout.DEVICES), key=lambda e: e.name):
            if not entry.is_dir or not layout.is_device_id(entry.name):
                continue
            segments = [s for e in tgt.list(layout.device_dir(entry.name))
                        if (s := layout.parse_segment(e.name)) is not None]
            out.append(DeviceOnShare(entry.name, len(segments), max(segments, default=0),
                                     entry.name in rnd.trust.revoked, entry.name == store.device_id))
        return out
    finally:
        tgt.close()
