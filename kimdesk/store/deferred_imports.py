"""Modules that ``keyring`` imports but does not use to read one key, loaded on first use instead.

Importing ``keyring`` costs about 50 ms of CPU, most of it in modules it needs only for other
work: ``jaraco.context`` imports ``urllib.request`` (HTTP, e-mail headers, TLS) for its
download helper, and ``keyring.backend`` imports
``importlib_metadata`` to scan entry points, which happens only when no backend is configured.
The desktop start reads the database key before its first paint, so that cost is on the way
to the window. ``defer`` puts a stand-in for each such module into ``sys.modules``; the first
attribute read loads the real module into it, under a lock, so it behaves exactly as an
eagerly imported one afterwards. ``realize`` loads any still waiting (the app calls it once the
window is painted, before other threads may need them).

``importlib.util.LazyLoader`` cannot do this on Python 3.11: the import statement itself reads
``__spec__`` and so loads the module at once, and its load is not thread-safe.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types

# what keyring's import pulls in without using it to read a key (see the module docstring)
KEYRING_UNUSED = ("urllib.request", "importlib_metadata")
# what the import system and PySide6's import hook (it reads the source of each newly imported
# module, looking for "PySide6") read without using the module: set before its code runs, absent,
# or the namespace itself (the same dict the code will fill)
_PASS = frozenset({"__spec__", "__name__", "__class__", "__loader__", "__file__", "__wrapped__", "__dict__"})
_lock = threading.RLock()
_loading: set[int] = set()


class _Deferred(types.ModuleType):
    """A module whose code runs on the first attribute read (other than the import system's own)."""

    def __getattribute__(self, name: str):
        if name in _PASS:
            return object.__getattribute__(self, name)
        with _lock:
            if type(self) is _Deferred and id(self) not in _loading:
                _load(self)
        return object.__getattribute__(self, name)


def _load(module: _Deferred) -> None:
    spec = object.__getattribute__(module, "__spec__")
    _loading.add(id(module))
    try:
        spec.loader.exec_module(module)
        module.__class__ = types.ModuleType
    except BaseException:
        sys.modules.pop(spec.name, None)  # the next import tries again, as after a failed import
        raise
    finally:
        _loading.discard(id(module))


def defer(names: tuple[str, ...] = KEYRING_UNUSED) -> None:
    """A stand-in in ``sys.modules`` for each module not imported yet (and not missing)."""
    with _lock:
        for name in names:
            if name in sys.modules:
                continue
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                spec = None
            if spec is None or spec.loader is None:
                continue
            module = importlib.util.module_from_spec(spec)
            module.__class__ = _Deferred
            sys.modules[name] = module
            parent, _, child = name.rpartition(".")
            if parent:
                setattr(sys.modules[parent], child, module)


def waiting() -> list[str]:
    """The deferred modules not loaded yet."""
    return [name for name, module in list(sys.modules.items()) if type(module) is _Deferred]


def realize() -> None:
    """Load every deferred module still waiting."""
    for name in waiting():
        module = sys.modules.get(name)
        if module is not None:
            getattr(module, "__doc__")
