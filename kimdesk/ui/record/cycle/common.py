"""Small pieces the Fallverlauf panels share: date fields, a reason dialog, saving a PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kimdesk.i18n import translate
from kimdesk.reports.template import Rendered
from kimdesk.ui.conferences import printing
from kimdesk.ui.messages import describe
from kimdesk.ui.widgets import message_label, show_message
from kimdesk.ui.worker import DbWorker


def date_field(parent: QWidget, value: date | None = None, *, name: str = "") -> QLineEdit:
    """A date typed as TT.MM.JJJJ (the services check it)."""
    edit = QLineEdit(value.strftime("%d.%m.%Y") if value else "", parent)
    edit.setPlaceholderText(translate("Fields", "TT.MM.JJJJ"))
    edit.setMaximumWidth(110)
    if name:
        edit.setObjectName(name)
    return edit


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


class ReasonDialog(QDialog):
    """Date, a required reason and optional choices; OK only with a reason. Used to close and reopen."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None, *,
                 choices: Sequence[tuple[str, Sequence[tuple[Any, str]]]] = (), reason_required: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        self.reason_required = reason_required
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.day = date_field(self, date.today(), name="reasonDate")
        form.addRow(self.tr("Datum:"), self.day)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonText")
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Grund:") if reason_required else self.tr("Grund (optional):"), self.reason)
        self.choices: dict[str, QComboBox] = {}
        for label, options in choices:
            combo = QComboBox(self)
            for value, shown in options:
                combo.addItem(shown, value)
            form.addRow(label, combo)
            self.choices[label] = combo
        layout.addLayout(form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = bool(self.reason.toPlainText().strip()) or not self.reason_required
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        if self.reason_required and not self.reason.toPlainText().strip():
            show_message(self.message, self.tr("Bitte einen Grund angeben."))
            return
        self.accept()

    def fail(self, message: str) -> None:
        show_message(self.message, message)
        self.open()

    def values(self) -> dict[str, Any]:
        return {"on": self.day.text(), "reason": self.reason.toPlainText().strip(),
                **{label: combo.currentData() for label, combo in self.choices.items()}}


def save_pdf(parent: QWidget, worker: DbWorker, make: Callable[[], Rendered], suggested: str,
             say: Callable[[str, bool], None], *, path: Path | None = None) -> None:
    """Read and render on the database worker, then ask where to save (unless ``path`` is given); 0600."""
    output_pdf(parent, worker, make, suggested, say, path=path)


def output_pdf(parent: QWidget, worker: DbWorker, make: Callable[[], Rendered], suggested: str,
               say: Callable[[str, bool], None], *, path: Path | None = None, action: str = "save") -> None:
    """Render on the database worker, then save (0600), preview or print (``action``) on the UI thread."""
    from kimdesk.services.conferences_minutes.minutes_print import save

    store = getattr(parent, "store", None)

    def done(rendered: Rendered) -> None:
        if action in ("preview", "print"):
            def failed(exc: OSError) -> None:
                say(translate("CycleTab", "Drucken nicht möglich: {error}").format(error=exc.strerror or exc), True)

            def printed(sent: bool | None) -> None:
                printing.show_notices(parent, rendered)
                say(translate("CycleTab", "An den Drucker gegeben.") if sent else "", False)

            if action == "preview":
                printing.preview(parent, rendered, store, on_done=lambda: printed(None), on_error=failed)
            else:
                printing.print_with_dialog(parent, rendered, store, on_done=printed, on_error=failed)
            return

        def write(target: Path) -> None:
            try:
                save(rendered, target)
            except OSError as exc:
                say(translate("CycleTab", "Speichern nicht möglich: {error}").format(error=exc.strerror or exc), True)
                return
            printing.show_notices(parent, rendered)
            say(translate("CycleTab", "Gespeichert: {path}").format(path=target), False)

        if path is not None:
            write(path)
        else:
            printing.ask_pdf_path(parent, suggested, write, on_cancel=lambda: say("", False))

    say(translate("CycleTab", "PDF wird erstellt …"), False)
    worker.submit(lambda _job: make(), done, lambda exc: say(describe(exc), True), label="pdf")
