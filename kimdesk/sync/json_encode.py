"""JSON text of values parsed from JSON, as ``json.dumps`` writes it, for loops that encode
one small document per change (the journal's data, a JSON column's value)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def encoder(*, ensure_ascii: bool) -> Callable[[Any], str]:
    """``json.dumps(…, ensure_ascii=…)`` of a JSON document's values, its C encoder built once:
    ``JSONEncoder.encode`` builds one per call (a catch-up encodes a change's data 100,000
    times). No circular check: what is encoded was parsed from JSON."""
    from json.encoder import c_make_encoder, encode_basestring, encode_basestring_ascii

    if c_make_encoder is None:  # an interpreter without the C accelerator
        return json.JSONEncoder(ensure_ascii=ensure_ascii).encode
    encode = c_make_encoder(None, json.JSONEncoder().default,
                            encode_basestring_ascii if ensure_ascii else encode_basestring,
                            None, ": ", ", ", False, False, True)
    join = "".join
    return lambda value: join(encode(value, 0))
