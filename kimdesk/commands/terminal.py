"""Text is data, never terminal control: what the command line prints is escaped first.

A name imported before the input check existed (or arriving through sync) may still hold an
ANSI escape, a carriage return or a right-to-left override; printed raw it would move the
cursor, recolour or rewrite the terminal, or break a tab-separated line. Each such character
is shown as a visible escape (``\\x1b``, ``\\t``, ``\\u202e``) instead, like ``ls -b``.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, the bidirectional embeddings/overrides/isolates, lone surrogates
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def cell(value: object) -> str:
    """One field of a tab-separated line: no tab, line break or control survives."""
    text = "" if value is None else str(value)
    return _UNSAFE.sub(_escape, text)


def line(text: str) -> str:
    """A whole line: tabs and line breaks stay (they are the layout), other controls are escaped."""
    return _UNSAFE.sub(lambda m: m.group(0) if m.group(0) in "\t\n" else _escape(m), text)


def json_text(text: str) -> str:
    """JSON from ``json.dumps(ensure_ascii=False)``: its strings may still carry bidi controls,
    C1 controls and lone surrogates raw; written as ``\\uXXXX`` escapes they stay the same JSON."""
    return _UNSAFE.sub(lambda m: m.group(0) if m.group(0) == "\n" else f"\\u{ord(m.group(0)):04x}", text)
