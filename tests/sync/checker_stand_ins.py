"""Children for ``test_snapshot_checks_process``: a checks process that answers wrongly.

Importable by name, as a spawned child imports its task (``snapshot_db.QuickCheck``)."""

from __future__ import annotations

from typing import Any

ANSWERS = {
    "not-json": b"ok",
    "no-object": b"[]",
    "failed-not-text": b'{"failed": 0}',
    "nothing-said": b"{}",
    "too-long": b'{"failed": null, "pad": "' + b"x" * 10_000 + b'"}',
}


def answer(pipe: Any, path: str) -> None:
    """Read what the parent sends, then answer as the file's name (its stem) says."""
    while pipe.recv_bytes():
        pass
    from pathlib import Path

    pipe.send_bytes(ANSWERS[Path(path).stem])


def silent(pipe: Any, path: str) -> None:
    """End without a word."""
