"""journal values: format 2 (deflated) may be stored

Revision ID: 0045
Revises: 0044
Create Date: 2026-12-06

Issue 19 (disk per person): store.journal_values gained format 2, format 1's body raw-deflated
against a frozen preset dictionary (version byte 2). Local writes store it at once and the idle
packing (store.journal_packing, its place in the device-local setting ``journal.packed_seq``)
rewrites older rows. Nothing to do on the way up: the new version byte is read by ``decode``.

The downgrade inflates every format 2 row back to format 1, which every version since 0040
reads, and forgets where the packing got to. The inflation is copied here (the dictionary's
bytes and the window; tests/test_journal_values_deflate.py checks they equal the module's), so
this revision does the same whatever store.journal_values becomes.
"""
import base64
import zlib

from alembic import op

revision = '0045'
down_revision = '0044'
branch_labels = None
depends_on = None

_DICTIONARY = base64.b64decode(
    "BgdBc3lsYkxHBgZTR0IgSUkGB1NHQiBJSUkGCFNHQiBWSUlJBgdTR0IgWElJBg7CpyAyNCBBdWZlbnRoRwYMwqcgMjUgQWJzLiAx"
    "BgzCpyAyNSBBYnMuIDIGDMKnIDI1IEFicy4gMwYMwqcgMjUgQWJzLiA1Bg/CpyA2MGEgQXVmZW50aEcGCEF1ZmVudGhHBgdEdWxk"
    "dW5nBhVGaWt0aW9uc2Jlc2NoZWluaWd1bmcGF05pZWRlcmxhc3N1bmdzZXJsYXVibmlzBhVBdWZlbnRoYWx0c2dlc3RhdHR1bmcG"
    "FEF1ZmVudGhhbHRzZXJsYXVibmlzBglKb2JjZW50ZXIGCVNvemlhbGFtdAYJSnVnZW5kYW10BghTY2h1bGFtdAYSQXVzbMOkbmRl"
    "cmJlaMO2cmRlBg1GYW1pbGllbmthc3NlBhNBZ2VudHVyIGbDvHIgQXJiZWl0BhBJbnRlZ3JhdGlvbnNrdXJzBgpTcHJhY2hrdXJz"
    "BgRLaXRhBgZTY2h1bGUGBldvaG5lbgYGQXJiZWl0BgpHZXN1bmRoZWl0BgdTcHJhY2hlBgpMZWlzdHVuZ2VuBgpBdWZlbnRoYWx0"
    "BgZBbnRyYWcGCUFubWVsZHVuZwYGVGVybWluBgpVbnRlcmxhZ2VuBghCZXJhdHVuZwYKYmVzcHJvY2hlbgYIZ2VrbMOkcnQGC3Zv"
    "cmJlcmVpdGV0BgthdXNnZWbDvGxsdAYKUsO8Y2tmcmFnZQYNVmVybMOkbmdlcnVuZwYFQsO8cm8GB1RlbGVmb24GCkhhdXNiZXN1"
    "Y2gGCFN0cmHDn2UgBgVIZXJyIAYFRnJhdSAKAwduA5sBBpwBB5oBBioIjwEMKQgWByUBBRkHYAiTAQYMBiUBDFYGSQxNDFQKAQZp"
    "BiwGHAZjBkcBRgElAQkZB24DlAEGXgZbAYsBBh8MPQElAQdJDGIDGANVBhQMHQMlAQgWB2AICwZqBp0BBgIHXAYlAQwWB2AIPgaH"
    "AQZKBj0GQAZ/Bl8KXAZbASUBCRYHkgEGAgcGCAcIigEIlgEIXAYlAQsWB2gMNQxgCHQJQQEEAXIGPAZcBiUBBhYHjwEMBQiBAQhc"
    "BiUBC0kMIQiOAQZqBlMGUgaPAQwxCVoIlAEGJQEEGQcWBxIGJQEHLQaFAQcwBk8GUAMVDCUBDRYHAgdzBnAGHgEgCjgGMww6CC4I"
    "gwEIZQYlAQQDB24DkwEGJQEDMgcWByUBCWAIdQaVAQaQAQZVBo0BBmYMFgclAQcWBzkGLwYQBncMUQclAQwZBwIHVgY2Bm8MGgZu"
    "A4QBDEwHDQcoBiUBCW0HFgduA5MBBo8BDIEBCB8MPQElAQ07BxYHbgOaAQabAQacAQcqCI8BDCkIgAEHHww9ASUBB3gGIggjCIkB"
    "BpMBBoIBASUBBxYHjwEMZwaXAQiYAQhcBiUBCRYHCAgJCHYIiAEMBghrCIcBBiUBB1UGiAEMZAaHAQZCCGwDJQEJlAEGJgZOClQK"
    "jwEMXQhxCIIBASUBCxYHSQyUAQYnBisIjwEMKQgKBoYBBowBBiUBA0gGmQEGJQEIWQeAAQcCB48BDGAIcgY0ByUBCFkHAgePAQwb"
    "BnkIJAhyBiUBDBYHYAhJDGoGQwaQAQaNAQZbAYsBBh8MPQElAQsWBxQMJgaPAQxhCBcIWwGLAQYfDD0BJQEdEgY5Bi8GWAYQBjcM"
    "VwZLCkUBRAZ9BnoGfgiRAQgODA8IewZ8CFUGAQZpBiwGPwcRBo8BDGEIFwgTDCUB"
)
_WBITS = -11


def _format_1(stored: bytes) -> bytes:
    d = zlib.decompressobj(_WBITS, _DICTIONARY)
    plain = d.decompress(stored[1:])
    if not d.eof or d.unused_data:
        raise ValueError("a damaged journal value")
    return b"\x01" + plain


def upgrade() -> None:
    pass


def downgrade() -> None:
    conn = op.get_bind()
    conn.connection.driver_connection.create_function("kimdesk_0045_format_1", 1, _format_1, deterministic=True)
    conn.exec_driver_sql("UPDATE change SET data = kimdesk_0045_format_1(data) "
                         "WHERE typeof(data) = 'blob' AND substr(data, 1, 1) = x'02'")
    conn.exec_driver_sql("DELETE FROM setting WHERE key = 'journal.packed_seq'")
