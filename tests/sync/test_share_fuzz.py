"""Fuzzing the receive path (issue 13): random and mutated headers, envelopes and state files
dropped into the share. No exception escapes a round, nothing of them is applied, and the
changes of the real laptops still arrive. Bounded by default; ``--long`` runs many more."""

from __future__ import annotations

import json
import struct
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.services.clients_intake import clients
from kimdesk.sync import envelope, layout
from kimdesk.sync.envelope import Header
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import export, sync

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=12)
FIELD = st.one_of(JSON, st.sampled_from(["segment", "cursors", "snapshot", "info", 1, 0, -1, 2**70]))
HEADER = st.one_of(
    JSON,
    st.fixed_dictionaries({"format": st.just(envelope.FORMAT), "version": FIELD, "kind": FIELD, "team": FIELD,
                           "device": FIELD, "seq": FIELD},
                          optional={"gen": FIELD}),
)
PLACES = ["segment", "cursors", "snapshot", "other_cursors", "info"]


def raw(header_doc, body: bytes) -> bytes:
    head = json.dumps(header_doc).encode("ascii")
    return envelope.MAGIC + struct.pack(">I", len(head)) + head + body


@st.composite
def junk(draw):
    """(place, how, bytes-or-payload): what a stranger or a broken team laptop leaves behind."""
    place = draw(st.sampled_from(PLACES))
    how = draw(st.sampled_from(["header", "mutated", "sealed", "bytes"]))
    if how == "header":
        return place, how, raw(draw(HEADER), draw(st.binary(max_size=64)))
    if how == "mutated":
        return place, how, (draw(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1,
                                          max_size=6)), draw(st.none() | st.integers(0, 400)))
    if how == "sealed":
        return place, how, draw(JSON)
    return place, how, draw(st.binary(max_size=200))


def put_junk(share: MemoryTarget, team, fake: str, other: str, item, pristine: dict[str, bytes]) -> None:
    place, how, value = item
    device = other if place == "other_cursors" else fake
    path = {"segment": layout.segment_path(fake, 1), "cursors": layout.cursors_path(fake),
            "snapshot": layout.snapshot_path(fake, 1), "other_cursors": layout.cursors_path(other),
            "info": layout.INFO}[place]
    kind = {"segment": "segment", "snapshot": "snapshot", "info": "info"}.get(place, "cursors")
    seq = 1 if kind in ("segment", "snapshot") else None
    if how == "sealed":
        blob = envelope.seal(team.key, Header(kind, team.id, None if kind == "info" else device, seq), value)
    elif how == "mutated":
        flips, cut = value
        source = {"info": layout.INFO, "segment": _latest_segment(share, other),
                  "snapshot": _latest_segment(share, other)}.get(place, layout.cursors_path(other))
        original = bytearray(pristine.get(source) or share.read(source))
        for at, byte in flips:
            original[at % len(original)] = byte
        blob = bytes(original[:cut] if cut is not None else original)
    else:
        blob = value
    share.mkdir(layout.device_dir(fake))
    share.write(path, blob)


def _latest_segment(share: MemoryTarget, device: str) -> str:
    """A real segment of a real laptop: mutated copies of it go into the fake folder."""
    prefix = layout.device_dir(device) + "/"
    names = sorted(p for p in share.files if p.startswith(prefix) and layout.parse_segment(p[len(prefix):]) is not None)
    return names[-1] if names else layout.cursors_path(device)


@pytest.fixture
def scene(laptops):
    a, b, c = laptops(3)
    share = MemoryTarget()
    for s in (a, b, c):
        sync(s, share)
    clients.create_client(c, {"given_name": "Fatima", "family_name": "Al-Masri"})
    for s in (c, a, b):
        sync(s, share)
    return a, b, c, share


def fuzz_settings(long_run: bool):
    return settings(max_examples=400 if long_run else 40, deadline=None, derandomize=not long_run,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def test_fuzzed_share_files_never_stop_a_round(scene, team_key, long_run):
    a, b, c, share = scene
    n = [0]

    @fuzz_settings(long_run)
    @given(items=st.lists(junk(), min_size=1, max_size=3))
    def check(items):
        n[0] += 1
        fake = str(uuid.uuid4())
        clients.create_client(a, {"given_name": "Olena", "family_name": f"Kovalenko-{n[0]}"})
        sync(a, share)
        info = share.read(layout.INFO)
        state_of_c = share.read(layout.cursors_path(c.device_id))
        pristine = {layout.INFO: info, layout.cursors_path(c.device_id): state_of_c}
        for item in items:  # mutations start from the real files, not from an earlier item's junk
            put_junk(share, team_key, fake, c.device_id, item, pristine)
        report = sync(b, share)  # must not raise
        assert not report.unreachable, report.lines()
        assert export(a) == export(b), report.lines()  # a's person arrived, nothing else did
        with b.connection() as conn:
            assert not conn.exec_driver_sql(f"SELECT 1 FROM {TEXT_FORM} WHERE device = ?", (fake,)).first()
        # tidy up for the next example: what a team member's ``--clean-share`` would do
        share.files = {p: v for p, v in share.files.items() if not p.startswith(layout.device_dir(fake))}
        share.dirs.discard(layout.device_dir(fake))
        share.write(layout.INFO, info)
        share.write(layout.cursors_path(c.device_id), state_of_c)

    check()
