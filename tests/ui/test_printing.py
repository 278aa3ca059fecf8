"""Printing what is signed in the room: A4, the last printer, a real CUPS queue, the record's menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize

from kimdesk.services import client_print, clients, settings
from kimdesk.ui.conferences import printing
from tests.support.cups import cups_pdf_queue
from tests.support.pdf import folded_text


@pytest.fixture(scope="module")
def pdf_queue():
    yield from cups_pdf_queue()


def test_a_consent_form_printed_through_cups_arrives_with_its_text(qapp, store, pdf_queue):
    # ASCII only: CUPS-PDF re-renders through PostScript/Ghostscript, which keeps the text mapping of plain
    # Latin letters but not of other glyphs (they print right; only the copy's text layer loses them)
    cid = clients.create_client(store, {"given_name": "Jovana", "family_name": "Petrovic-Druck",
                                        "languages": ["Ukrainisch"]})
    rendered = client_print.consent_form(store, cid)
    printer = printing.new_printer(store)
    printer.setPrinterName(pdf_queue.name)
    before = set(pdf_queue.out.glob("*.pdf"))
    printing.send(printer, rendered)
    arrived = pdf_queue.wait_for_new(before)
    try:
        text = folded_text(arrived.read_bytes())
    finally:
        arrived.unlink()  # social data: not left in the spool folder
    assert "Schweigepflichtentbindung" in text and "Petrovic-Druck, Jovana" in text
    assert "Widerruf der Schweigepflichtentbindung" in text and "Informationen zum Datenschutz" in text
    assert "Seite 5 von 5" in text  # bilingual (Ukrainian): all five pages arrived


def test_printer_defaults_to_a4_and_the_last_printer_used(qapp, store, pdf_queue):
    assert printing.new_printer(store).pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    settings.LAST_PRINTER.set(store, pdf_queue.name)
    printer = printing.new_printer(store)
    assert printer.printerName() == pdf_queue.name
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4  # even if the queue's default differs
    settings.LAST_PRINTER.set(store, "a printer that is gone")
    assert printing.new_printer(store).printerName() != "a printer that is gone"


def test_an_a4_page_on_letter_paper_keeps_its_proportions():
    letter = QRectF(0, 0, 612, 792)
    placed = printing.fit(letter, 595, 842)
    assert abs(placed.width() / placed.height() - 595 / 842) < 1e-6
    assert placed.height() == pytest.approx(792) and placed.x() > 0  # centred, nothing cut off


def test_record_documents_menu_saves_each_document(qtbot, window, store, tmp_path, monkeypatch):
    cid = clients.create_client(store, {"given_name": "Amal", "family_name": "Haddad", "languages": ["Arabisch"]})
    view = window.open_client(cid)
    saved = iter(tmp_path / f"{n}.pdf" for n in range(10))
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested: next(saved))
    for key in ("consent", "privacy", "handout", "art15"):
        view.documents_button.findChild(type(view.documents_button.menu().actions()[0]), f"{key}_save").trigger()
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 4, view.document_message.text()
    assert "Schweigepflichtentbindung" in folded_text(files[0].read_bytes())
    assert "Auskunft" in folded_text(files[3].read_bytes())
    view.documents_button.findChild(type(view.documents_button.menu().actions()[0]), "language_de").trigger()
    assert view.documents_button.language == "de"
