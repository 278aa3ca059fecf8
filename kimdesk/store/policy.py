"""Settings IT presets for every user of a machine (the municipal laptop's central policy).

Municipal IT deploys KIMdesk to many laptops and wants a few values the same everywhere: the
team share, where exports go, how soon the window locks, how many backups stay. A machine-wide
file holds them — ``%ProgramData%\\KIMdesk\\policy.json`` on Windows, ``/etc/kimdesk/policy.json``
elsewhere, or the file ``KIMDESK_POLICY_FILE`` names — and its values win over the user's: the
store reads them first and refuses to store a user's value for a locked key, and the settings
dialog shows such an option as locked.

The file is input from outside like any other: it is read once per process, at most 64 KiB,
must be a JSON object ``{"format": "kimdesk-policy", "version": 1, "settings": {…}}``, and only
the keys below with values of their type and range count. Anything else is ignored and named in
``problems()`` (``kimdesk doctor`` shows them) — a broken policy never stops the program.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Any, NamedTuple

from kimdesk.i18n import translate
from kimdesk.store import options

FORMAT = "kimdesk-policy"
VERSION = 1
MAX_BYTES = 64 * 1024


class Lockable(NamedTuple):
    """What IT may preset for a key (named tuples here, not dataclasses: read before the first paint)."""

    type: type
    minimum: int | None = None
    maximum: int | None = None

    def accepts(self, value: Any) -> bool:
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return False
            return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)
        return isinstance(value, str) and 0 < len(value) <= 1024 and value.isprintable()


# the keys IT may preset, with the type and range the settings registry (store.options) gives them
LOCKABLE: dict[str, Lockable] = {o.key: Lockable(o.type, o.minimum, o.maximum) for o in options.ALL if o.lockable}


def default_path() -> Path:
    explicit = os.environ.get("KIMDESK_POLICY_FILE")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "KIMdesk" / "policy.json"
    return Path("/etc/kimdesk/policy.json")


class Policy(NamedTuple):
    """The machine's policy file as read: its valid values and what was ignored."""

    path: Path
    values: dict[str, Any]
    problems: tuple[str, ...]


_lock = threading.Lock()
_loaded: Policy | None = None


def read(path: Path) -> Policy:
    """The policy in ``path``: the valid values, and one line per thing that was ignored."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Policy(path, {}, ())
    except OSError as exc:
        return Policy(path, {}, (translate("Policy", "{path}: nicht lesbar ({reason})").format(
            path=path, reason=exc.strerror or type(exc).__name__),))
    if len(raw) > MAX_BYTES:
        return Policy(path, {}, (translate("Policy", "{path}: größer als {kib} KiB, nicht gelesen").format(
            path=path, kib=MAX_BYTES // 1024),))
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return Policy(path, {}, (translate("Policy", "{path}: kein gültiges JSON, nicht gelesen").format(path=path),))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        return Policy(path, {}, (translate("Policy", "{path}: nicht im Format {format} Version {version}, nicht gelesen").format(
            path=path, format=FORMAT, version=VERSION),))
    entries = doc.get("settings")
    if not isinstance(entries, dict):
        return Policy(path, {}, (translate("Policy", "{path}: „settings“ fehlt oder ist kein Objekt").format(path=path),))
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in entries.items():
        rule = LOCKABLE.get(key)
        if rule is None:
            problems.append(translate("Policy", "{path}: „{key}“ kann nicht zentral festgelegt werden, ignoriert").format(
                path=path, key=str(key)[:40]))
        elif not rule.accepts(value):
            problems.append(translate("Policy", "{path}: Wert für „{key}“ ungültig, ignoriert").format(path=path, key=key))
        else:
            values[key] = value
    return Policy(path, values, tuple(problems))


def current() -> Policy:
    """The machine's policy, read once per process."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = read(default_path())
        return _loaded


def reload() -> Policy:
    """Forget the cached policy (tests, and the settings dialog after IT changed the file)."""
    global _loaded
    with _lock:
        _loaded = None
    return current()


def locked(key: str) -> bool:
    return key in current().values


def value(key: str) -> Any:
    return current().values[key]


def problems() -> tuple[str, ...]:
    return current().problems
