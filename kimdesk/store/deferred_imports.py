"""Modules that ``keyring`` imports but does not use to read one key, loaded on first use instead.

Importing ``keyring`` costs about 50 ms of CPU, most of it in modules it needs only for other
work: ``jaraco.context`` imports ``urllib.request`` (HTTP, e-mail headers, TLS) for its
download helper, and ``keyring.backend`` imports
``importlib_metadata`` to scan entry points (only when no backend is configured), and
``jaraco.functools`` and ``jaraco.context`` import ``more_itertools`` and ``subprocess`` for
helpers keyring does not call; ``keyring.core`` imports ``configparser`` (about 3 ms) for its
config file, read only when there is one (``secrets._choose`` looks first); ``jaraco.context``
imports a tar module (``backports.tarfile`` on Python 3.11) for its download helper,
reading one of its functions at import (``CALLED_LATER``).
The desktop start reads the database key before its first paint, so that cost is on the way
to the window. ``defer`` puts a stand-in for each such module into ``sys.modules``; the first
attribute read imports the real module through the import system (its own per-module locks, so
two threads importing at once get one module and no deadlock goes undetected), puts it into
``sys.modules`` and forwards every later read and write to it. ``realize`` imports any still
waiting (the app calls it once the window is painted).

``importlib.util.LazyLoader`` cannot do this on Python 3.11: the import statement itself reads
``__spec__`` and so loads the module at once, and its load is not thread-safe.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types

# jaraco.context's tar archives: ``backports.tarfile`` before Python 3.12, the standard one after
_TARFILE = "backports.tarfile" if sys.version_info < (3, 12) else "tarfile"
# what keyring imports but does not use to read a key (see the module docstring)
KEYRING_UNUSED = ("urllib.request", "importlib_metadata", "more_itertools", "subprocess", "configparser", _TARFILE)
# functions a module reads from a deferred one while it is being imported, to call them only later:
# jaraco.context composes ``tarfile.data_filter`` into its download helper's filter at import, a helper
# keyring never calls (deferred, the imports before the key's reading took 40.7 -> 38.4 ms CPU, medians
# of 5 interleaved runs). Read before the real module is there, such a name gives a function that
# imports it when first called.
CALLED_LATER = {_TARFILE: frozenset({"data_filter"})}
# what the import system and PySide6's import hook (it reads the source of each newly imported
# module, looking for "PySide6") read without using the module: set before its code would run,
# absent, or the namespace itself
_PASS = frozenset({"__spec__", "__name__", "__class__", "__loader__", "__file__", "__wrapped__", "__dict__"})
_REAL = "__deferred_real__"
_lock = threading.Lock()


class _Deferred(types.ModuleType):
    """Stands in for a module not imported yet; the first real use imports it and forwards to it."""

    def __getattribute__(self, name: str):
        own = object.__getattribute__(self, "__dict__")
        real = own.get(_REAL)
        if real is None:
            if name in _PASS:
                return object.__getattribute__(self, name)
            if name in CALLED_LATER.get(own["__name__"], ()):
                return _called_later(self, name)
            real = _import(self)
        return getattr(real, name)

    def __setattr__(self, name: str, value) -> None:
        setattr(_import(self), name, value)

    def __delattr__(self, name: str) -> None:
        delattr(_import(self), name)

    def __dir__(self):
        return dir(_import(self))


def _called_later(stand_in: _Deferred, name: str):
    """The function ``name`` of the deferred module, imported when it is first called."""

    def call(*args, **kwargs):
        return getattr(_import(stand_in), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _import(stand_in: _Deferred) -> types.ModuleType:
    own = object.__getattribute__(stand_in, "__dict__")
    if own.get(_REAL) is not None:
        return own[_REAL]
    name = own["__name__"]
    with _lock:  # only the swap in sys.modules: the import below runs under the import system's locks
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
    real = importlib.import_module(name)
    own[_REAL] = real
    return real


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
            stand_in = _Deferred(name)
            object.__getattribute__(stand_in, "__dict__").update(
                __spec__=spec, __loader__=spec.loader, __file__=spec.origin)
            sys.modules[name] = stand_in
            parent, _, child = name.rpartition(".")
            if parent:
                setattr(sys.modules[parent], child, stand_in)


def waiting() -> list[str]:
    """The deferred modules not imported yet."""
    return sorted(name for name, module in list(sys.modules.items()) if type(module) is _Deferred)


def realize() -> None:
    """Import every deferred module still waiting."""
    for name in waiting():
        module = sys.modules.get(name)
        if type(module) is _Deferred:
            _import(module)
