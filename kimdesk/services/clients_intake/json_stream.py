"""Read a large JSON document piece by piece: the import's top-level object, one element at a time.

``json.loads`` of a 100,000-person export held the whole document as Python objects (gigabytes);
this reader keeps only a window of the text (``json.JSONDecoder.raw_decode`` on a buffer refilled
from the file) and hands out the members of the top-level object, the elements of its arrays one
by one. Errors carry the line and column of the whole file, as ``json.loads`` reports them.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
CHUNK = 1 << 20  # characters read at a time
RETRY_LIMIT = 64 << 20  # an element longer than this that does not decode is an error, not a short read


class TooLarge(Exception):
    """More bytes than allowed."""


class Malformed(Exception):
    """Not JSON; ``line``/``col`` as json.JSONDecodeError has them."""

    def __init__(self, msg: str, line: int, col: int) -> None:
        super().__init__(msg)
        self.msg, self.line, self.col = msg, line, col


def text_reader(fh: BinaryIO, max_bytes: int) -> Callable[[int], str]:
    """``read(n)`` of decoded text: UTF-8 (with or without BOM) or UTF-16 with BOM; raises
    ``TooLarge`` past ``max_bytes`` and ``UnicodeDecodeError`` on bad bytes."""
    state: dict[str, Any] = {"total": 0, "decoder": None, "done": False}

    def read(n: int) -> str:
        while not state["done"]:
            raw = fh.read(n)
            state["total"] += len(raw)
            if state["total"] > max_bytes:
                raise TooLarge()
            if state["decoder"] is None:
                encoding = "utf-8"
                if raw.startswith(codecs.BOM_UTF8):
                    encoding = "utf-8-sig"
                elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    encoding = "utf-16"
                state["decoder"] = codecs.getincrementaldecoder(encoding)("strict")
            if not raw:
                state["done"] = True
                return state["decoder"].decode(b"", final=True)
            text = state["decoder"].decode(raw)
            if text:
                return text
        return ""

    return read


class JsonStream:
    """The top-level object of a document: ``members()`` yields each key; the caller then takes
    its value with ``value()`` (whole) or ``items()`` (an array, element by element)."""

    def __init__(self, read: Callable[[int], str]) -> None:
        self._read = read
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # line of _buf[0]
        self._col0 = 0  # column (0-based) of _buf[0] in its line

    # -- buffer ---------------------------------------------------------------------------
    def _more(self) -> bool:
        """Drop what was consumed and append the next chunk; False at the end of the file."""
        if self._eof:
            return False
        if self._pos:
            newlines = self._buf.count("\n", 0, self._pos)
            if newlines:
                self._line += newlines
                self._col0 = self._pos - self._buf.rfind("\n", 0, self._pos) - 1
            else:
                self._col0 += self._pos
            self._buf = self._buf[self._pos:]
            self._pos = 0
        chunk = self._read(max(CHUNK, len(self._buf)))  # doubling: a long element costs O(n), not O(n²)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def _error(self, msg: str, pos: int) -> Malformed:
        newlines = self._buf.count("\n", 0, pos)
        if newlines:
            error = Malformed(msg, self._line + newlines, pos - self._buf.rfind("\n", 0, pos))
        else:
            error = Malformed(msg, self._line, self._col0 + pos + 1)
        while not self._eof and self._read(CHUNK):  # the size limit comes first, as when the file was read whole
            pass
        return error

    def _peek(self) -> str:
        while True:
            self._pos = _WS.match(self._buf, self._pos).end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._more():
                return ""

    # -- values -----------------------------------------------------------------------------
    def value(self) -> Any:
        """The next value, decoded whole."""
        self._peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                offset = exc.pos - self._pos  # _more() moves the element to the start of the buffer
                if len(self._buf) - self._pos < RETRY_LIMIT and self._more():
                    continue
                raise self._error(exc.msg, self._pos + offset) from None
            if end == len(self._buf) and self._more():  # a number may go on in the next chunk
                continue
            self._pos = end
            return value

    def _expect(self, char: str, msg: str) -> None:
        if self._peek() != char:
            raise self._error(msg, self._pos)
        self._pos += 1

    def items(self) -> Iterator[Any]:
        """The elements of the array that comes next, one at a time."""
        self._expect("[", "Expecting value")
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            char = self._peek()
            self._pos += 1
            if char == "]":
                return
            if char != ",":
                self._pos -= 1
                raise self._error("Expecting ',' delimiter", self._pos)

    def is_array(self) -> bool:
        return self._peek() == "["

    def members(self) -> Iterator[str]:
        """The keys of the top-level object; after each, take its value before asking for the next.
        A document that is not an object is decoded whole and yields nothing (``self.whole``)."""
        self.whole: Any = None
        if self._peek() != "{":
            self.whole = self.value()
            self.end()
            return
        self._pos += 1
        if self._peek() == "}":
            self._pos += 1
        else:
            while True:
                if self._peek() != '"':
                    raise self._error("Expecting property name enclosed in double quotes", self._pos)
                key = self.value()
                self._expect(":", "Expecting ':' delimiter")
                self._peek()
                yield key
                char = self._peek()
                self._pos += 1
                if char == "}":
                    break
                if char != ",":
                    self._pos -= 1
                    raise self._error("Expecting ',' delimiter", self._pos)
        self.whole = {}
        self.end()

    def end(self) -> None:
        """Nothing but white space may follow the document."""
        if self._peek():
            raise self._error("Extra data", self._pos)
