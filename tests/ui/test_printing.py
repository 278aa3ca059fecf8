"""Printing what is signed in the room: A4, the last printer, a real CUPS queue, the record's menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize

from kimdesk.services.clients_intake import client_print, clients
from kimdesk.services.admin import settings
from kimdesk.ui.conferences import printing
from tests.support.cups import cups_pdf_queue
from tests.support.pdf import folded_text, has_text


@pytest.fixture(scope="module")
def pdf_queue():
    yield from cups_pdf_queue()


def test_a_consent_form_printed_through_cups_arrives_with_its_text(qapp, store, pdf_queue):
    # CUPS-PDF re-renders PDF → PostScript (Ghostscript ps2write) → PDF (Ghostscript pdfwrite): the copy's
    # text layer holds only what the embedded fonts' glyph names say (fonts._install_glyph_names), so
    # umlauts, Cyrillic, Arabic and a Pashto letter without presentation forms are compared too
    cid = clients.create_client(store, {"given_name": "Олена", "family_name": "Petrović-Müller",
                                        "address": "c/o محمد ټوليال, Kastanienweg 4, 52062 Aachen",
                                        "languages": ["Ukrainisch"]})
    rendered = client_print.consent_form(store, cid)
    assert "Олена" in folded_text(rendered.pdf)  # what was sent
    printer = printing.new_printer()
    printer.setPrinterName(pdf_queue.name)
    before = set(pdf_queue.out.glob("*.pdf"))
    printing.send(printer, rendered)
    arrived = pdf_queue.wait_for_new(before)
    try:
        text = folded_text(arrived.read_bytes())
    finally:
        arrived.unlink()  # social data: not left in the spool folder
    assert "Schweigepflichtentbindung" in text and "Petrović-Müller, Олена" in text, text[:400]
    assert has_text(text, "محمد ټوليال"), text[:600]
    assert "Einwilligung in die Übermittlung von Sozialdaten (§ 67b SGB X" in text
    assert "Звільнення від обов'язку збереження таємниці" in text  # the Ukrainian half
    assert "Widerruf der Schweigepflichtentbindung" in text and "Informationen zum Datenschutz" in text
    assert "Seite 5 von 5" in text  # bilingual (Ukrainian): all five pages arrived


def last_printer(qtbot, store) -> str:
    """What the print dialogs start on: the last printer, read on the database worker."""
    from PySide6.QtWidgets import QWidget

    parent, got = QWidget(), []
    qtbot.addWidget(parent)
    printing.with_last_printer(parent, store, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


def test_printer_defaults_to_a4_and_the_last_printer_used(qtbot, store, pdf_queue):
    assert printing.new_printer(last_printer(qtbot, store)).pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    settings.LAST_PRINTER.set(store, pdf_queue.name)
    printer = printing.new_printer(last_printer(qtbot, store))
    assert printer.printerName() == pdf_queue.name
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4  # even if the queue's default differs
    settings.LAST_PRINTER.set(store, "a printer that is gone")
    assert printing.new_printer(last_printer(qtbot, store)).printerName() != "a printer that is gone"


def test_the_printer_used_is_remembered_on_the_worker(qtbot, store):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    printing._remember_printer(parent, store, "Flur-Drucker")
    qtbot.waitUntil(lambda: settings.LAST_PRINTER.get(store) == "Flur-Drucker", timeout=5000)
    assert last_printer(qtbot, store) == "Flur-Drucker"


def test_an_a4_page_on_letter_paper_keeps_its_proportions():
    letter = QRectF(0, 0, 612, 792)
    placed = printing.fit(letter, 595, 842)
    assert abs(placed.width() / placed.height() - 595 / 842) < 1e-6
    assert placed.height() == pytest.approx(792) and placed.x() > 0  # centred, nothing cut off


def test_record_documents_menu_saves_each_document(qtbot, window, store, tmp_path, monkeypatch):
    cid = clients.create_client(store, {"given_name": "Amal", "family_name": "Haddad", "languages": ["Arabisch"]})
    view = window.open_client(cid)
    saved = iter(tmp_path / f"{n}.pdf" for n in range(10))
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested, then, on_cancel=None: then(next(saved)))
    from kimdesk.ui.record import documents

    monkeypatch.setattr(documents.NeedsDialog, "exec", lambda self: documents.QDialog.DialogCode.Accepted)
    for key in ("consent", "privacy", "handout", "art15"):
        view.documents_button.findChild(type(view.documents_button.menu().actions()[0]), f"{key}_save").trigger()
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 4, view.document_message.text()
    assert "Schweigepflichtentbindung" in folded_text(files[0].read_bytes())
    assert "Auskunft" in folded_text(files[3].read_bytes())
    view.documents_button.findChild(type(view.documents_button.menu().actions()[0]), "language_de").trigger()
    assert view.documents_button.language == "de"


def test_appointment_entered_in_the_record_reaches_the_handout_the_follow_up_does_not(qtbot, window, store, tmp_path,
                                                                                    monkeypatch):
    from datetime import date, timedelta

    from kimdesk.models import Task
    from kimdesk.services.clients_intake import responsibilities as rs
    from kimdesk.ui.record import documents
    from tests.support.cycle import agency

    cid = clients.create_client(store, {"given_name": "Mina", "family_name": "Rezaei"})
    jc = agency(store, "Jobcenter StädteRegion Aachen")
    rs.add_need(store, cid, {"category": "Arbeit"}, agency_id=jc)
    rs.add_need(store, cid, {"category": "Gesundheitsversorgung"})
    with store.session() as s:
        s.add(Task(client_id=cid, kind="follow_up", title="Rückmeldung an das KIM", due_on=date.today()))
    view = window.open_client(cid)
    view.tabs.setCurrentWidget(view.appointments)
    tab = view.appointments
    day = date.today() + timedelta(days=7)
    tab.day.setText(day.strftime("%d.%m.%Y"))
    tab.at.setText("10:30")
    tab.place.setText("Talstraße 2, Raum 3.12")
    tab.agency.set_agency_id(jc)
    tab.add_button.click()
    assert tab.model.rowCount() == 1, tab.message.text()
    seen = {}

    def pick(self):
        seen.update({box.text(): box.isChecked() for _id, box in self.boxes})
        return documents.QDialog.DialogCode.Accepted

    monkeypatch.setattr(documents.NeedsDialog, "exec", pick)
    target = tmp_path / "merkblatt.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested, then, on_cancel=None: then(target))
    view.documents_button.findChild(type(view.documents_button.menu().actions()[0]), "handout_save").trigger()
    assert seen == {"Arbeit – Jobcenter StädteRegion Aachen": True, "Gesundheitsversorgung": False}
    text = folded_text(target.read_bytes())
    assert f"{day:%d.%m.%Y}, 10:30 Uhr" in text and "Talstraße 2, Raum 3.12" in text
    assert "Rückmeldung an das KIM" not in text and "Gesundheits" not in text
