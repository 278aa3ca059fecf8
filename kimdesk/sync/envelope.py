"""The sealed file format of everything KIMdesk writes on the share.

``MAGIC | header length (4 bytes) | header (JSON) | nonce (12) | AES-256-GCM(zlib(JSON))``

The header is readable without the key (format version, kind, team id, device id, sequence
number, the generation of the team key when it is not the first; never personal data) and
authenticated as associated data, so a file cannot be moved to another device's folder,
renumbered, or passed off as another team's. The body is compressed before encryption
(compressing ciphertext gains nothing).
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass
from collections.abc import Iterable, Iterator
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"KIMDESK\x01"
FORMAT = "kimdesk-sync"
VERSION = 1
#: a file whose sealed body is followed by ``tail`` bytes it vouches for (a snapshot database,
#: see ``snapshot_db``); KIMdesk before it skips such a file as "newer" instead of as damaged
TAIL_VERSION = 2
MAX_VERSION = TAIL_VERSION
MAX_HEADER = 4096


class EnvelopeError(Exception):
    """A file on the share that must not be applied. ``reason`` is one of REASONS."""

    # rekeyed: sealed with a newer team key than this device has; stale: sealed with an older
    # key and not among the files the rotation vouched for; revoked: from a revoked device
    REASONS = ("damaged", "tampered", "foreign", "newer", "misplaced", "rekeyed", "stale", "revoked")

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Header:
    kind: str  # info / segment / snapshot / cursors
    team: str
    device: str | None = None
    seq: int | None = None
    version: int = VERSION
    gen: int = 1  # generation of the team key it is sealed with
    tail: int = 0  # bytes after the sealed body (version 2), authenticated through a digest in it

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": self.version, "kind": self.kind, "team": self.team,
               "device": self.device, "seq": self.seq}
        if self.gen != 1:  # generation 1 files stay byte for byte what they always were
            doc["gen"] = self.gen
        if self.tail:
            doc["tail"] = self.tail
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# items of a long list turned into JSON text at a time: one ``json.dumps`` of a segment's 20,000
# changes is one call into C that kept the interpreter lock for 52-61 ms, the window stood still
LIST_PIECE = 2_000


def json_pieces(payload: Any) -> Iterator[str]:
    """The text of ``json.dumps(payload)`` (compact, not ASCII-escaped) in pieces: a list, at the top
    or as a value of a dict at the top, longer than ``LIST_PIECE`` is written ``LIST_PIECE`` items at
    a time, so the worker lets the UI thread in between."""
    if isinstance(payload, dict) and all(type(name) is str for name in payload):
        yield "{"
        for n, (name, value) in enumerate(payload.items()):
            yield ("," if n else "") + _dumps(name) + ":"
            yield from json_pieces(value) if isinstance(value, list) else (_dumps(value),)
        yield "}"
    elif isinstance(payload, list) and len(payload) > LIST_PIECE:
        yield "["
        for at in range(0, len(payload), LIST_PIECE):
            yield ("," if at else "") + _dumps(payload[at:at + LIST_PIECE])[1:-1]
        yield "]"
    else:
        yield _dumps(payload)


def seal(key: bytes, header: Header, payload: Any, *, level: int = 6) -> bytes:
    """A payload sealed: its JSON text made, compressed and encrypted piece by piece (``json_pieces``)."""
    return seal_stream(key, header, json_pieces(payload), level=level)


STREAM_CHUNK = 1 << 20  # characters of JSON text compressed and encrypted at a time


def seal_stream(key: bytes, header: Header, pieces: Iterable[str], *, level: int = 6) -> bytes:
    """``seal`` of a payload given as consecutive pieces of its JSON text, byte for byte the
    same format: the text is compressed and encrypted as it comes, so only the compressed
    file is ever whole in memory (a snapshot of 1.7 million changes is gigabytes as JSON)."""
    head = header.to_bytes()
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    nonce = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(prefix)
    packer = zlib.compressobj(level)
    out = [prefix, nonce]
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= STREAM_CHUNK:
            out.append(encryptor.update(packer.compress("".join(buffer).encode("utf-8"))))
            buffer, size = [], 0
    out.append(encryptor.update(packer.compress("".join(buffer).encode("utf-8")) + packer.flush()))
    out.append(encryptor.finalize())
    out.append(encryptor.tag)
    return b"".join(out)


def peek_header(prefix: bytes) -> tuple[Header, int] | None:
    """The header from the first bytes of a file being read (None: more bytes are needed).

    Unverified, like ``read_header``; for reading a snapshot with a tail piece by piece."""
    if len(prefix) < len(MAGIC) + 4:
        if not MAGIC.startswith(prefix[:len(MAGIC)]):
            raise EnvelopeError("damaged", "not a KIMdesk sync file")
        return None
    if not prefix.startswith(MAGIC):
        raise EnvelopeError("damaged", "not a KIMdesk sync file")
    (length,) = struct.unpack(">I", prefix[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > MAX_HEADER:
        raise EnvelopeError("damaged", "truncated")
    if len(prefix) < start + length:
        return None
    try:
        doc = json.loads(prefix[start:start + length].decode("ascii"))
        header = _header_of(doc)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        # anyone with write access can drop a file with our magic and any JSON in it
        raise EnvelopeError("damaged", "unreadable header") from None
    version = header.version
    if version > MAX_VERSION or (version == TAIL_VERSION and not header.tail):
        raise EnvelopeError("newer", f"format version {version}")
    if header.tail and version != TAIL_VERSION:
        raise EnvelopeError("damaged", "unreadable header")
    return header, start + length


def read_header(blob: bytes, *, detached: bool = False) -> tuple[Header, int]:
    """The header (unverified until ``open_sealed``) and where the nonce starts.

    ``detached``: ``blob`` ends where the tail begins (the tail was read elsewhere)."""
    if len(blob) < len(MAGIC) + 4 or not blob.startswith(MAGIC):
        raise EnvelopeError("damaged", "not a KIMdesk sync file")
    peeked = peek_header(blob)
    if peeked is None:
        raise EnvelopeError("damaged", "truncated")
    header, at = peeked
    if len(blob) < at + 12 + 16 + (0 if detached else header.tail):
        raise EnvelopeError("damaged", "truncated")
    return header, at


def _header_of(doc: Any) -> Header:
    """The header's fields with exactly the types KIMdesk writes; ValueError for anything else."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError("not a header")
    version, kind, team = doc.get("version"), doc.get("kind"), doc.get("team")
    device, seq, gen, tail = doc.get("device"), doc.get("seq"), doc.get("gen", 1), doc.get("tail", 0)
    if not (_is_int(version) and _is_int(gen) and gen >= 1 and isinstance(kind, str) and isinstance(team, str)
            and (device is None or isinstance(device, str)) and (seq is None or _is_int(seq))
            and _is_int(tail) and tail >= 0):
        raise ValueError("header field types")
    return Header(kind, team, device, seq, version, gen, tail)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def open_sealed(key: bytes, blob: bytes, *, team: str, kind: str, device: str | None = None,
                seq: int | None = None, detached: bool = False) -> Any:
    """Verify and decrypt; the header must say what the caller expects (team, kind, place).

    ``detached``: ``blob`` is the file without its tail (see ``read_header``)."""
    header, at = read_header(blob, detached=detached)
    if header.team != team:
        raise EnvelopeError("foreign", "another team's file")
    if header.kind != kind or (device is not None and header.device != device) or (
            seq is not None and header.seq != seq):
        raise EnvelopeError("misplaced", "header does not match its place on the share")
    nonce, sealed = blob[at:at + 12], blob[at + 12:len(blob) - (0 if detached else header.tail)]
    try:
        body = AESGCM(key).decrypt(nonce, sealed, blob[:at])
    except InvalidTag:
        raise EnvelopeError("tampered", "authentication failed") from None
    try:
        return json.loads(zlib.decompress(body).decode("utf-8"))
    except (zlib.error, ValueError, UnicodeDecodeError, RecursionError):
        raise EnvelopeError("damaged", "undecodable body") from None
