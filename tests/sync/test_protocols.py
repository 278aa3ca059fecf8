"""A finalised conference protocol is never changed by a merge, on any laptop, in any order."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from kimdesk.errors import Immutable
from kimdesk.models import Addendum, AgendaItem, Conference, Decision
from kimdesk.services.team_sync import conflicts
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import export, sync


def make_conference(store) -> tuple[str, str]:
    with store.session() as s:
        conf = Conference(date=date(2026, 3, 4), place="Kreishaus, Raum 2", moderator="Frau Kaya", status="draft")
        s.add(conf)
        s.flush()
        item = AgendaItem(conference_id=conf.id, position=0, title="Schulplatz", notes="IFK angefragt")
        s.add(item)
        s.flush()
        s.add(Decision(agenda_item_id=item.id, position=0, text="Anmeldung Berufskolleg"))
        return conf.id, item.id


def finalise(store, conf_id):
    with store.session() as s:
        conf = s.get(Conference, conf_id)
        conf.status = "final"
        conf.finalised_at = datetime(2026, 3, 4, 12, 0)


def edit_title(store, item_id, title):
    with store.session() as s:
        s.get(AgendaItem, item_id).title = title


def titles(store, conf_id):
    with store.session(write=False) as s:
        return sorted(t for t, in s.execute(select(AgendaItem.title).where(
            AgendaItem.conference_id == conf_id, AgendaItem.deleted.is_(False))))


@pytest.mark.parametrize("order", ["finalisation first", "edit first"])
def test_edits_concurrent_with_finalisation_become_conflicts_everywhere(laptops, order):
    share = MemoryTarget()
    a, b, c = laptops(3)
    conf_id, item_id = make_conference(a)
    for s in (a, b, c):
        sync(s, share)
    finalise(a, conf_id)
    edit_title(b, item_id, "Schulplatz (geändert)")  # b never saw the finalisation
    with b.session() as s:  # … and adds an agenda item and an addendum
        s.add(AgendaItem(conference_id=conf_id, position=1, title="Neuer TOP"))
        s.add(Addendum(conference_id=conf_id, on=date(2026, 3, 5), text="Nachtrag von B"))
    first, second = (a, b) if order == "finalisation first" else (b, a)
    sync(first, share)
    sync(c, share)  # c holds only one side for a while
    sync(second, share)
    for _ in range(2):
        for s in (a, b, c):
            sync(s, share)
    for s in (a, b, c):
        assert titles(s, conf_id) == ["Schulplatz"]
        with s.session(write=False) as sess:
            assert sess.get(Conference, conf_id).status == "final"
            assert [x.text for x in sess.scalars(select(Addendum))] == ["Nachtrag von B"]
        lost = sorted((i.entity, i.field, i.lost, i.kind) for i in conflicts.list_conflicts(s) if i.field == "title")
        assert lost == [("agenda_item", "title", "Neuer TOP", "final"),
                        ("agenda_item", "title", "Schulplatz (geändert)", "final")]
    assert export(a) == export(b) == export(c)


def test_a_protocol_conflict_is_decided_by_an_addendum_not_an_edit(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    conf_id, item_id = make_conference(a)
    sync(a, share)
    sync(b, share)
    finalise(a, conf_id)
    edit_title(b, item_id, "Schulplatz (geändert)")
    for _ in range(2):
        for s in (a, b):
            sync(s, share)
    item = next(i for i in conflicts.list_conflicts(b) if i.field == "title")
    with pytest.raises(Immutable):
        conflicts.resolve(b, item.key, "lost")
    conflicts.resolve(b, item.key, "addendum")
    for _ in range(2):
        for s in (a, b):
            sync(s, share)
    for s in (a, b):
        assert titles(s, conf_id) == ["Schulplatz"]
        with s.session(write=False) as sess:
            texts = [x.text for x in sess.scalars(select(Addendum))]
        assert len(texts) == 1 and "Schulplatz (geändert)" in texts[0]
        decided = [i.resolved for i in conflicts.list_conflicts(s, include_resolved=True)
                   if i.lost == "Schulplatz (geändert)"]
        assert decided == [True]
