"""Print preview, printing and "save as PDF" from one source: the reportlab PDF.

Every document (minutes, consent form, Art. 13 sheet, hand-out, plan, Art. 15 export,
reports) goes through here. The PDF is rendered off the UI thread; the preview draws its
pages rasterised by QtPdf's ``QPdfDocument``, so what is previewed, printed and saved is the
same document. Printing: the paper is A4 unless the user picks another size (a printer that
reports Letter as its default still gets A4); the dialog opens on the printer used last
(``settings.LAST_PRINTER``). On a CUPS system the PDF itself is handed to ``lp`` on standard
input (no file on disk; text stays text, CUPS fits the page); elsewhere the pages are drawn
onto the printer, scaled to the paper without distortion.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kimdesk.reports.template import Rendered
from kimdesk.ui.widgets import fit_to_screen

try:  # QtPdf: in PySide6-Addons up to 6.11, its own wheel PySide6-Pdf from 6.12; without it only "save as PDF"
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None

PREVIEW_DPI = 150
PRINT_DPI = 300


def in_background(fn: Callable[[], Rendered], on_done: Callable[[Rendered], None],
                  on_failed: Callable[[str], None]) -> None:
    """Run ``fn`` (pure rendering, no database) on the runner's render pool; the callbacks run on the UI thread."""
    from kimdesk.ui.runner import render

    def finish(result: object, error: BaseException | None) -> None:
        if error is not None:
            on_failed(f"{type(error).__name__}: {error}")
        else:
            on_done(result)  # type: ignore[arg-type]

    render(fn, finish)


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
                paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                image = self.image(page, dpi)
                painter.drawImage(fit(paper, image.width(), image.height()), image)
        finally:
            painter.end()


def fit(paper: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of the page's proportions centred on the paper (A4 on Letter stays A4-shaped)."""
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h)


def can_preview() -> bool:
    return QPdfDocument is not None


def new_printer(last: str = "") -> QPrinter:
    """A printer set to A4 portrait, on ``last`` (the printer used last) if it still exists."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if last and last in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(last)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def with_last_printer(parent: QWidget, store, then: Callable[[str], None]) -> None:  # noqa: ANN001 - a Store
    """Read the printer used last (``settings.LAST_PRINTER``) on the database worker, then ``then(name)``."""
    if store is None:
        then("")
        return
    from kimdesk.services.admin import settings
    from kimdesk.ui.runner import op

    op(parent, lambda: settings.LAST_PRINTER.get(store), on_done=then, label="printer")


def _remember_printer(parent: QWidget, store, name: str) -> None:  # noqa: ANN001
    """Write the printer used on the database worker (nothing waits for it)."""
    if store is not None and name:
        from kimdesk.services.admin import settings
        from kimdesk.ui.runner import op

        op(parent, lambda: settings.LAST_PRINTER.set(store, name), label="printer")


def _orient(printer: QPrinter, pages: PdfPages) -> None:
    """Landscape paper for a landscape document (the wide reports)."""
    if pages.count:
        size = pages.document.pagePointSize(0)
        if size.width() > size.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)


def _failing(on_error: Callable[[OSError], None] | None, fn: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            fn()
        except OSError as exc:
            if on_error is None:
                raise
            on_error(exc)

    return run


def preview(parent: QWidget, rendered: Rendered, store=None, *,  # noqa: ANN001
            on_done: Callable[[], None] | None = None, on_error: Callable[[OSError], None] | None = None) -> None:
    """The print preview on the printer used last (read on the worker first); ``on_done()`` after it closed,
    ``on_error`` for a file problem."""

    def show(last: str) -> None:
        pages = PdfPages(rendered.pdf, parent)
        printer = new_printer(last)
        _orient(printer, pages)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(parent.tr("Druckvorschau"))
        # the preview (and its own print button) draws the pages: Qt does not tell preview from printing here
        dialog.paintRequested.connect(pages.paint)
        fit_to_screen(dialog, 900, 1000, parent)  # an A4 page, as far as the screen allows
        dialog.exec()
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            _remember_printer(parent, store, printer.printerName())
        if on_done is not None:
            on_done()

    with_last_printer(parent, store, lambda last: _failing(on_error, lambda: show(last))())


def print_with_dialog(parent: QWidget, rendered: Rendered, store=None, *,  # noqa: ANN001
                      on_done: Callable[[bool], None] | None = None,
                      on_error: Callable[[OSError], None] | None = None) -> None:
    """The print dialog on the printer used last (read on the worker first); ``on_done(printed)``."""

    def ask(last: str) -> None:
        pages = PdfPages(rendered.pdf, parent)
        printer = new_printer(last)
        _orient(printer, pages)
        printer.setFromTo(1, pages.count)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            printed = False
        else:
            send(printer, rendered, pages)
            if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
                _remember_printer(parent, store, printer.printerName())
            printed = True
        if on_done is not None:
            on_done(printed)

    with_last_printer(parent, store, lambda last: _failing(on_error, lambda: ask(last))())


def send(printer: QPrinter, rendered: Rendered, pages: PdfPages | None = None) -> None:
    """Print on ``printer``: the PDF itself through CUPS where there is one, else the drawn pages."""
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName() \
            and shutil.which("lp"):
        submit_to_cups(rendered.pdf, printer.printerName(), media=_media(printer), copies=printer.copyCount(),
                       pages=(printer.fromPage(), printer.toPage()))
        return
    (pages or PdfPages(rendered.pdf)).paint(printer)


def _media(printer: QPrinter) -> str:
    size = printer.pageLayout().pageSize()
    return {QPageSize.PageSizeId.A4: "A4", QPageSize.PageSizeId.Letter: "Letter",
            QPageSize.PageSizeId.Legal: "Legal", QPageSize.PageSizeId.A5: "A5"}.get(size.id(), "A4")


def submit_to_cups(pdf: bytes, printer: str, *, media: str = "A4", copies: int = 1,
                   pages: tuple[int, int] = (0, 0)) -> str:
    """Hand the PDF to CUPS on standard input; returns lp's answer (the job id). Raises OSError on failure."""
    command = ["lp", "-d", printer, "-n", str(max(1, copies)), "-o", f"media={media}", "-o", "fit-to-page",
               "-t", "KIMdesk"]
    if pages[0] and pages[1]:
        command += ["-P", f"{pages[0]}-{pages[1]}"]
    result = subprocess.run([*command, "-"], input=pdf, capture_output=True, timeout=60, check=False)
    if result.returncode != 0:
        raise OSError(result.returncode, result.stderr.decode("utf-8", "replace").strip() or "lp failed")
    return result.stdout.decode("utf-8", "replace").strip()


def ask_pdf_path(parent: QWidget, suggested: str, then: Callable[[Path], None],
                 on_cancel: Callable[[], None] | None = None) -> None:
    """Ask where to save a PDF (starting in the export folder); ``then(path)`` once chosen."""
    from kimdesk.ui.save_dialog import ask_save_path

    ask_save_path(parent, parent.tr("Als PDF speichern"), suggested, parent.tr("PDF-Dokumente (*.pdf)"), ".pdf",
                  then=then, on_cancel=on_cancel)


def show_notices(parent: QWidget, rendered: Rendered) -> None:
    """Text the font could not show was transliterated: say where, once."""
    if rendered.notices:
        QMessageBox.information(parent, parent.tr("Hinweis zur Darstellung"), parent.tr(
            "Einige Angaben enthalten Schrift, die im PDF nicht dargestellt werden kann. Sie sind in lateinischer "
            "Umschrift gedruckt und mit ⟨ ⟩ gekennzeichnet:\n\n{fields}").format(
            fields="\n".join(f"– {n}" for n in rendered.notices)))
