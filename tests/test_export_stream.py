"""The streamed export writes the very bytes of the document export, in bounded memory."""

from __future__ import annotations

import json

import pytest

from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import exchange, export_stream


def _document_bytes(store) -> bytes:
    return json.dumps(exchange.export_document(store), ensure_ascii=False, indent=1).encode("utf-8")


@pytest.mark.parametrize("batch", [7, 500])
def test_streamed_export_equals_the_document_byte_for_byte(store, tmp_path, monkeypatch, batch):
    demo.generate(store, 60, seed=4)
    monkeypatch.setattr(export_stream, "BATCH", batch)  # several batches, and one
    counts = exchange.export_file(store, tmp_path / "out.json")
    data = (tmp_path / "out.json").read_bytes()
    assert data == _document_bytes(store)
    doc = json.loads(data)
    assert counts == {k: len(v) for k, v in doc.items() if isinstance(v, list)} and counts["clients"] >= 60
    assert counts["conferences"] and counts["responsibilities"] and (tmp_path / "out.json").stat().st_mode & 0o077 == 0


def test_an_empty_store_exports_empty_lists_as_before(store, tmp_path):
    exchange.export_file(store, tmp_path / "empty.json")
    assert (tmp_path / "empty.json").read_bytes() == _document_bytes(store)


def test_a_failed_export_leaves_no_file(store, tmp_path, monkeypatch):
    demo.generate(store, 5, seed=4)

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(export_stream.exchange, "export_conferences", broken)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(OSError):
        exchange.export_file(store, folder / "out.json")
    assert list(folder.iterdir()) == []
