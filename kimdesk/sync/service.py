"""The sync use cases the command line and the desktop share: run a round, status, target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kimdesk.errors import BadInput
from kimdesk.i18n import translate
from kimdesk.paths import universal_name
from kimdesk.store.store import Store
from kimdesk.sync import layout, outbox, settings
from kimdesk.sync.engine import Progress, SyncRound
from kimdesk.sync.report import SyncReport
from kimdesk.sync.targets import Target, open_target


def configured_target(store: Store) -> str | None:
    return settings.get(store, settings.TARGET)


def save_target(store: Store, spec: str) -> None:
    spec = universal_name(spec)  # a mapped drive is saved as its UNC path: drive letters move
    open_target(spec)  # refuse what cannot be a target before saving it
    settings.put(store, settings.TARGET, spec)


def resolve_target(store: Store, spec: str | None) -> Target:
    spec = spec or configured_target(store)
    if not spec:
        raise BadInput(translate("Sync", "Kein Sync-Ziel: --target ORDNER|smb://… angeben (mit --save merken)."))
    return open_target(spec)


def run(store: Store, target: str | Target | None = None, *, confirm_deletions: bool = False,
        allow_init: bool = False, progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None) -> SyncReport:
    """One round. Raises TargetUnreachable (exit 3) when the target is not there."""
    tgt = target if isinstance(target, Target) else resolve_target(store, target)
    return SyncRound(store, tgt, confirm_deletions=confirm_deletions, allow_init=allow_init, progress=progress,
                     cancelled=cancelled).run()


def waiting(store: Store) -> int:
    """Changes of this laptop that have not reached the share yet."""
    with store.connection() as conn:
        return outbox.unsent_count(conn, store.device_id)


@dataclass
class Status:
    target: str | None
    reachable: bool
    waiting: int
    last_report: dict | None


def reachable(store: Store, target: Target) -> bool:
    """Would a round find the target (without writing anything)?"""
    try:
        if not target.root_is_dir():
            return False
        if target.exists(layout.INFO):
            return True
        return not settings.get(store, settings.SYNCED_BEFORE)
    except OSError:
        return False
    finally:
        target.close()


def status(store: Store) -> Status:
    spec = configured_target(store)
    ok = False
    if spec:
        try:
            ok = reachable(store, open_target(spec))
        except BadInput:
            ok = False
    return Status(spec, ok, waiting(store), settings.get(store, settings.LAST_REPORT))
