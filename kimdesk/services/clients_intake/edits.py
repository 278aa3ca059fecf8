"""One edit as a unit of work that can be undone.

A service that changes team data runs inside ``recording(store, label)``; a ``before_flush``
hook notes which rows the unit created and the previous value of every field it changed.
``undo`` is then an ordinary edit (captured, audited, synced) that tombstones the created
rows and puts the old values back, so the UI can offer "undo the last edit" for any service
without each one writing its own inverse. A field is put back only while it still holds the
value the edit wrote: a newer value (synced from another laptop in between) is kept, and
``undo`` says so, instead of "the last arrival wins".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from kimdesk.i18n import translate
from kimdesk.models import new_id, synced_classes, synced_columns
from kimdesk.services.clients_intake import validation
from kimdesk.store.store import Store


@dataclass
class Edit:
    """What one unit of work did, enough to undo it; ``result`` is the service's return value."""

    label: str
    created: list[tuple[str, str]] = field(default_factory=list)
    previous: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    result: Any = None
    # the values the unit left in each changed field (undo restores only those still unchanged)
    written: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.created or self.previous)

    def touched(self, entity: str) -> bool:
        return any(t == entity for t, _ in self.created) or any(t == entity for t, _ in self.previous)


def _collect(edit: Edit, session: Session) -> None:
    created = set(edit.created)
    for obj in session.new:
        if getattr(obj, "__synced__", False):
            if obj.id is None:  # the column default would only be applied during the flush
                obj.id = new_id()
            key = (obj.__tablename__, obj.id)
            if key not in created:
                edit.created.append(key)
                created.add(key)
    for obj in session.dirty:
        if not getattr(obj, "__synced__", False):
            continue
        key = (obj.__tablename__, obj.id)
        if key in created:
            continue
        state = inspect(obj)
        old = edit.previous.setdefault(key, {})
        for name in synced_columns(type(obj)):
            hist = state.attrs[name].history
            if hist.deleted and name not in old and list(hist.deleted) != list(hist.added):
                old[name] = hist.deleted[0]
        if not old:
            del edit.previous[key]


@contextmanager
def recording(store: Store, label: str) -> Iterator[tuple[Session, Edit]]:
    """A write session whose changes are recorded for undo."""
    edit = Edit(label)
    with store.session() as session:
        event.listen(session, "before_flush", lambda s, _ctx, _inst: _collect(edit, s))
        yield session, edit
        session.flush()
        classes = synced_classes()
        for (entity, row_id), old in edit.previous.items():
            obj = session.get(classes[entity], row_id)
            if obj is not None:
                edit.written[(entity, row_id)] = {name: getattr(obj, name) for name in old}


@dataclass
class Undone:
    """What ``undo`` did not put back: one German line per field changed since the edit."""

    kept: list[str] = field(default_factory=list)


def undo(store: Store, edit: Edit) -> Undone:
    """Undo ``edit``: created rows become tombstones, changed fields get their old values,
    unless a field has been changed since (then the newer value stays and ``kept`` says so)."""
    classes = synced_classes()
    undone = Undone()
    with store.session() as session:
        for entity, row_id in edit.created:
            obj = session.get(classes[entity], row_id)
            if obj is not None:
                obj.deleted = True
        for (entity, row_id), old in edit.previous.items():
            obj = session.get(classes[entity], row_id)
            if obj is None:
                continue
            written = edit.written.get((entity, row_id), {})
            for name, value in old.items():
                if name in written and getattr(obj, name) != written[name]:
                    undone.kept.append(translate("Undo", "{field} wurde inzwischen auf einem anderen Gerät "
                                                         "geändert").format(field=validation.label(name)))
                    continue
                setattr(obj, name, value)
    return undone
