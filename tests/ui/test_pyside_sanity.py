"""The Qt binding in use does not lose references to True/False when signals carry bools.

PySide6 6.12.0 drops a reference to the bool on every emit of a Python signal; on Python
3.11, where True and False are ordinary objects, the app then aborts ("bool_dealloc") after
a few thousand emits. pyproject.toml excludes that release; this test catches a binding
that has the same fault. KIMdesk's own signals carry ints or tuples, never bare bools.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    flag = Signal(bool)
    anything = Signal(object)


def test_emitting_bools_keeps_their_reference_counts(qapp):
    emitter = Emitter()
    emitter.flag.connect(lambda _v: None)
    emitter.anything.connect(lambda _v: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(20):
        emitter.flag.emit(True)
        emitter.anything.emit(False)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
