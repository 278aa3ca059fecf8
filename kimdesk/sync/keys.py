"""Which files on the share a laptop trusts after a key rotation, and which key opens them.

``kimdesk team rotate-key`` gives the team a new key (the next *generation*) when a laptop
is lost. The lost laptop still holds every older key, so from then on a file sealed with an
older key proves nothing: anyone with that laptop could have written it. The rotation
therefore vouches for what was on the share at that moment: the new info file — sealed with
the new key, which the lost laptop never gets — lists the SHA-256 of every file that verified
then (``carried``), and the devices revoked. A laptop opens

* a file sealed with the current key, unless its device is revoked;
* a file sealed with an older key only if the info file vouches for it (laptops that were
  behind, or join later, still read what the team wrote before the rotation);
* a file of a revoked device only if the info file vouches for it (what it wrote before it
  was lost counts; anything later is rejected and reported, never applied).

A file sealed with a newer key than this laptop holds means it needs the new enrolment file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from collections.abc import Iterable
from typing import Any

from kimdesk.sync import envelope
from kimdesk.sync.envelope import EnvelopeError, Header
from kimdesk.sync.team import Team


def digest(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


@dataclass(frozen=True)
class Trust:
    team: Team
    revoked: frozenset[str] = frozenset()
    carried: dict[str, str] = field(default_factory=dict)  # share path -> SHA-256 of the file

    @classmethod
    def from_info(cls, team: Team, doc: Any) -> Trust:
        """The trust an info file's payload establishes (``{}`` for a share never rotated)."""
        doc = doc if isinstance(doc, dict) else {}
        revoked = doc.get("revoked") or {}
        carried = doc.get("carried") or {}
        if not isinstance(revoked, dict) or not isinstance(carried, dict):
            raise EnvelopeError("damaged", "info file")
        return cls(team, frozenset(str(d) for d in revoked), {str(k): str(v) for k, v in carried.items()})

    def vouched(self, path: str, blob: bytes, detached: bool = False, whole: str | None = None) -> bool:
        expected = self.carried.get(path)
        return expected is not None and expected == (whole if detached else digest(blob))

    def needs_whole(self, device: str | None, header: Header) -> bool:
        """Will ``open`` compare the digest of the whole file with what a rotation vouched for?"""
        return device in self.revoked or header.gen < self.team.generation

    def open(self, blob: bytes, path: str, *, kind: str, device: str | None = None, seq: int | None = None,
             detached: bool = False, whole: str | None = None) -> Any:
        """Verify and decrypt a file found at ``path``; EnvelopeError when it must not be applied.

        ``detached``: ``blob`` is the file without its tail, which was read elsewhere (a snapshot
        database, streamed to disk); ``whole`` is then the SHA-256 of the whole file, for the
        vouching (``needs_whole``), or None when it was not computed."""
        header, _ = envelope.read_header(blob, detached=detached)
        if header.team != self.team.id:
            raise EnvelopeError("foreign", "another team's file")
        if header.gen > self.team.generation:
            raise EnvelopeError("rekeyed", f"key generation {header.gen}")
        if device in self.revoked and not self.vouched(path, blob, detached, whole):
            raise EnvelopeError("revoked", "written by a revoked device after its revocation")
        if header.gen < self.team.generation and not self.vouched(path, blob, detached, whole):
            raise EnvelopeError("stale", f"sealed with the old key generation {header.gen}")
        key = self.team.key_for(header.gen)
        if key is None:
            raise EnvelopeError("stale", f"key generation {header.gen} unknown here")
        return envelope.open_sealed(key, blob, team=self.team.id, kind=kind, device=device, seq=seq,
                                    detached=detached)

    def seal(self, header: Header, payload: Any) -> bytes:
        """Seal with the current key, the header naming its generation."""
        return envelope.seal(self.team.key, replace(header, gen=self.team.generation), payload)

    def seal_stream(self, header: Header, pieces: Iterable[str]) -> bytes:
        """``seal`` of a payload given as pieces of its JSON text (see ``envelope.seal_stream``)."""
        return envelope.seal_stream(self.team.key, replace(header, gen=self.team.generation), pieces)
