"""A file for the share is sealed piece by piece (``envelope.json_pieces``): one ``json.dumps`` of a
segment's 50,000 changes kept the interpreter lock for 50-60 ms and the window stood still. The
text is exactly what one ``json.dumps`` gives, and opens as before."""

from __future__ import annotations

import json
import uuid

import pytest

from kimdesk.sync import envelope
from kimdesk.sync.envelope import LIST_PIECE, Header, json_pieces

TEAM = str(uuid.uuid4())
KEY = bytes(range(32))


def _segment(changes: int) -> dict:
    return {"format": "kimdesk-segment", "device": "d1", "seq": 7,
            "changes": [{"e": "client", "id": str(uuid.UUID(int=i)), "f": {"family_name": f"Müller-{i}", "n": i,
                                                                           "native": "محمد", "ok": i % 2 == 0,
                                                                           "x": None, "w": 0.5}}
                        for i in range(changes)],
            "erasures": [], "names": ["Шевченко", "a\"b\\c\n"], "nested": {"list": list(range(LIST_PIECE + 3))}}


@pytest.mark.parametrize("payload", [
    _segment(0), _segment(1), _segment(LIST_PIECE), _segment(LIST_PIECE + 1), _segment(3 * LIST_PIECE + 17),
    list(range(2 * LIST_PIECE + 1)), [], {}, {"a": []}, "text", 42, None, {1: "int key", "b": [1]},
    {True: "a bool key"}, (1, 2),
])
def test_the_pieces_are_the_text_of_one_dump(payload):
    assert "".join(json_pieces(payload)) == json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def test_sealing_dumps_no_more_than_list_piece_changes_at_once(monkeypatch):
    handed = []
    dumps = envelope._dumps
    monkeypatch.setattr(envelope, "_dumps", lambda value: (handed.append(len(value) if isinstance(value, list) else 1),
                                                           dumps(value))[1])
    envelope.seal(KEY, Header("segment", TEAM, "d1", 7), _segment(5 * LIST_PIECE))
    assert max(handed) <= LIST_PIECE  # the nested dict (and its list) is one value, counted 1
    assert sum(n for n in handed if n == LIST_PIECE) == 5 * LIST_PIECE


def test_a_segment_sealed_in_pieces_opens_as_the_payload():
    payload = _segment(3 * LIST_PIECE + 17)
    header = Header("segment", TEAM, "d1", 7)
    blob = envelope.seal(KEY, header, payload)
    assert envelope.open_sealed(KEY, blob, team=TEAM, kind="segment", device="d1", seq=7) == payload
    assert b"M\xc3\xbcller" not in blob and "Müller".encode() not in blob  # sealed: no clear text
    with pytest.raises(envelope.EnvelopeError):
        envelope.open_sealed(bytes(32), blob, team=TEAM, kind="segment", device="d1", seq=7)
