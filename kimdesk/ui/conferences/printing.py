"""Print preview, printing and "save as PDF" from one source: the reportlab PDF.

The PDF is rendered off the UI thread (a ``QThreadPool`` task that touches no database and
no widget); preview and printer then draw that PDF's pages, rasterised by QtPdf's
``QPdfDocument``, so what is previewed, printed and saved is the same document. The data are
read from the store on the UI thread before the task starts (a quick query).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from kimdesk.reports.template import Rendered
from kimdesk.ui.widgets import fit_to_screen

try:  # QtPdf: in PySide6-Addons up to 6.11, its own wheel PySide6-Pdf from 6.12; without it only "save as PDF"
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None

PREVIEW_DPI = 150
PRINT_DPI = 300


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Rendered], signals: _Signals):
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread as a message
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.done.emit(result)


_running: set[_Signals] = set()


def in_background(fn: Callable[[], Rendered], on_done: Callable[[Rendered], None],
                  on_failed: Callable[[str], None]) -> None:
    """Run ``fn`` on the thread pool; the callbacks run on the UI thread."""
    signals = _Signals()
    _running.add(signals)

    def finish(result: object) -> None:
        _running.discard(signals)
        on_done(result)  # type: ignore[arg-type]

    def fail(message: str) -> None:
        _running.discard(signals)
        on_failed(message)

    signals.done.connect(finish)
    signals.failed.connect(fail)
    QThreadPool.globalInstance().start(_Task(fn, signals))


class PdfPages:
    """A rendered PDF's pages as images, for the preview and the printer."""

    def __init__(self, pdf: bytes, parent: QObject | None = None):
        if QPdfDocument is None:
            raise RuntimeError("QtPdf is not installed (PySide6-Addons <= 6.11 or PySide6-Pdf)")
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self._buffer)

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def image(self, page: int, dpi: int) -> QImage:
        size = self.document.pagePointSize(page)
        pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        return self.document.render(page, pixels)

    def paint(self, printer: QPrinter) -> None:
        """Draw every page onto the printer (or the preview), each filling the paper."""
        printer.setFullPage(True)
        dpi = min(printer.resolution(), PRINT_DPI)
        painter = QPainter(printer)
        try:
            for page in range(self.count):
                if page:
                    printer.newPage()
                target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                painter.drawImage(target, self.image(page, dpi))
        finally:
            painter.end()


def can_preview() -> bool:
    return QPdfDocument is not None


def preview(parent: QWidget, rendered: Rendered) -> None:
    pages = PdfPages(rendered.pdf, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Druckvorschau"))
    dialog.paintRequested.connect(pages.paint)
    fit_to_screen(dialog, 900, 1000, parent)  # an A4 page, as far as the screen allows
    dialog.exec()


def print_with_dialog(parent: QWidget, rendered: Rendered) -> bool:
    pages = PdfPages(rendered.pdf, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, pages.count)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    pages.paint(printer)
    return True


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    from kimdesk.ui.save_dialog import ask_save_path

    return ask_save_path(parent, parent.tr("Als PDF speichern"), suggested, parent.tr("PDF-Dokumente (*.pdf)"), ".pdf")


def show_notices(parent: QWidget, rendered: Rendered) -> None:
    """Text the font could not show was transliterated: say where, once."""
    if rendered.notices:
        QMessageBox.information(parent, parent.tr("Hinweis zur Darstellung"), parent.tr(
            "Einige Angaben enthalten Schrift, die im PDF nicht dargestellt werden kann. Sie sind in lateinischer "
            "Umschrift gedruckt und mit ⟨ ⟩ gekennzeichnet:\n\n{fields}").format(
            fields="\n".join(f"– {n}" for n in rendered.notices)))
