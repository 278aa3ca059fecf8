"""What a record section tells the record view about unsaved input (kept across a lock)."""

from __future__ import annotations

from typing import Any


class NothingUnsaved:
    """A section that edits only through dialogs or single actions: it holds no unsaved input."""

    def draft(self) -> dict[str, Any]:
        return {}

    def apply_draft(self, draft: dict[str, Any]) -> None:
        pass

    def has_unsaved(self) -> bool:
        return False

    def save_unsaved(self) -> None:
        pass
