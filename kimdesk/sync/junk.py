"""What does not belong on the share: fake device folders, damaged or foreign files, strangers' junk.

Anyone with write access to the share can drop files there. A round skips them (see
``engine``); this module lists them — for ``kimdesk doctor``, the sync page and
``kimdesk sync --clean-share`` — and removes them for a team member who holds the key. It
only ever judges with the key: a file counts as junk when it is not a KIMdesk file, is
damaged, fails authentication, belongs to another team, or sits in the wrong place. Files
sealed with a newer or older key generation, or by a revoked device, are left alone (the
rotation rules decide about those), and so are other laptops' temp files (being written).
Folders outside ``devices/`` are listed but never removed: they may be somebody's documents.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from kimdesk.errors import BadInput
from kimdesk.i18n import translate
from kimdesk.store.store import Store
from kimdesk.sync import envelope, layout, settings, snapshot_db
from kimdesk.sync import team as teams
from kimdesk.sync.envelope import EnvelopeError
from kimdesk.sync.keys import Trust
from kimdesk.sync.targets.base import Target, TooLarge

JUNK_REASONS = ("damaged", "tampered", "foreign", "misplaced")


@dataclass(frozen=True)
class Junk:
    path: str
    reason: str  # one of JUNK_REASONS, or "unknown" (not a KIMdesk name), "fake" (a device folder of junk)
    is_dir: bool = False
    removable: bool = True


def _trust(store: Store, target: Target) -> Trust:
    """The trust of this team's info file on ``target``; BadInput when it is not this team's share."""
    team = teams.require(store)
    for blob in _info_candidates(store, target):
        try:
            info = envelope.open_sealed(team.key_for(envelope.read_header(blob)[0].gen) or team.key, blob,
                                        team=team.id, kind="info")
            return Trust.from_info(team, info)
        except (EnvelopeError, ValueError, TypeError):
            continue
    raise BadInput(translate("Sync", "{target} ist nicht das Sync-Ziel dieses Teams (Infodatei fehlt oder passt "
                                     "nicht); nichts entfernt.").format(target=target.url))


def _info_candidates(store: Store, target: Target) -> list[bytes]:
    out = []
    try:
        out.append(target.read_at_most(layout.INFO, layout.MAX_INFO))
    except (FileNotFoundError, TooLarge):
        pass
    remembered = settings.get(store, settings.INFO_COPY)
    if remembered:
        out.append(base64.b64decode(remembered))
    return out


def survey(store: Store, target: Target) -> list[Junk]:
    """Everything on the share that is junk (reads, never writes). OSError if the share is gone."""
    trust = _trust(store, target)
    found: list[Junk] = []
    for entry in target.list(""):
        if entry.name in (layout.INFO, layout.DEVICES) and entry.is_dir == (entry.name == layout.DEVICES):
            continue
        found.append(Junk(entry.name, "unknown", entry.is_dir, removable=not entry.is_dir))
    try:
        devices = target.list(layout.DEVICES)
    except FileNotFoundError:
        devices = []
    for entry in devices:
        path = layout.device_dir(entry.name)
        if not entry.is_dir or not layout.is_device_id(entry.name):
            found.append(Junk(path, "unknown", entry.is_dir))
            continue
        found += _device_folder(store, target, trust, entry.name)
    return found


def _device_folder(store: Store, target: Target, trust: Trust, device: str) -> list[Junk]:
    folder = layout.device_dir(device)
    junk: list[Junk] = []
    genuine = 0
    for entry in target.list(folder):
        path = f"{folder}/{entry.name}"
        if entry.is_dir:
            junk.append(Junk(path, "unknown", True))
            continue
        kind: tuple[str, int | None] | None = None
        if (seq := layout.parse_segment(entry.name)) is not None:
            kind = ("segment", seq)
        elif (seq := layout.parse_snapshot(entry.name)) is not None:
            kind = ("snapshot", seq)
        elif entry.name == layout.CURSORS:
            kind = ("cursors", None)
        elif layout.TEMP_MARK in entry.name:
            continue  # being written by its laptop
        if kind is None:
            junk.append(Junk(path, "unknown"))
            continue
        limit = {"cursors": layout.MAX_STATE, "snapshot": layout.MAX_SNAPSHOT}.get(kind[0], layout.MAX_FILE)
        if entry.size > limit:
            junk.append(Junk(path, "damaged"))  # never read: too large to be ours
            continue
        try:
            if kind[0] == "snapshot":  # a database snapshot is streamed past, never read whole (up to 4 GiB)
                snapshot_db.open_streamed(target, trust, path, entry.size, device, kind[1])
            else:
                trust.open(target.read(path), path, kind=kind[0], device=device, seq=kind[1])
            genuine += 1
        except FileNotFoundError:
            continue
        except EnvelopeError as exc:
            if exc.reason in JUNK_REASONS:
                junk.append(Junk(path, exc.reason))
            else:
                genuine += 1  # another key generation or a revoked laptop: the rotation rules decide
    if junk and not genuine and device != store.device_id:
        return [Junk(folder, "fake", True)]
    return junk


def clean(store: Store, target: Target, *, dry_run: bool = False) -> list[Junk]:
    """Remove the removable junk (all of it with ``dry_run``: nothing). Returns what was found."""
    found = survey(store, target)
    if not dry_run:
        for item in found:
            if item.removable:
                _remove(target, item.path, item.is_dir)
        _forget_reported(store, [item.path for item in found if item.removable])
    return found


def _forget_reported(store: Store, removed: list[str]) -> None:
    """A file that comes back after a clean-up is new: the next round names it again."""
    with store.connection(write=True) as conn:
        known = settings.get(store, settings.REPORTED_SKIPS, conn)
        if not isinstance(known, list):
            return
        kept = [p for p in known if isinstance(p, str) and not any(p == r or p.startswith(r + "/") for r in removed)]
        if kept != known:
            settings.put(store, settings.REPORTED_SKIPS, kept, conn)


def _remove(target: Target, path: str, is_dir: bool) -> None:
    if not is_dir:
        try:
            target.delete(path)
        except FileNotFoundError:
            pass
        return
    for entry in target.list(path):
        _remove(target, f"{path}/{entry.name}", entry.is_dir)
    target.rmdir(path)


def describe(item: Junk) -> str:
    reason = {"unknown": translate("Sync", "keine KIMdesk-Datei"),
              "fake": translate("Sync", "Geräteordner ohne eine echte Datei des Teams"),
              "damaged": translate("Sync", "beschädigt"),
              "tampered": translate("Sync", "Echtheitsprüfung fehlgeschlagen"),
              "foreign": translate("Sync", "von einem anderen Team"),
              "misplaced": translate("Sync", "liegt am falschen Ort")}.get(item.reason, item.reason)
    return f"{item.path}{'/' if item.is_dir else ''} ({reason})"
