"""The intake wizard as a workspace tab: step list, the current page, Back / Next / Create.

All decisions are the state machine's (``services.intake.IntakeWizard``); this widget shows
its current step, forwards the buttons and shows its messages. A validation error keeps the
counsellor on the page with everything typed and points to the field. What needs the database
(the offices, the duplicate search behind "Weiter", creating the person) runs on the worker
through ``runner.op``; the buttons wait while it does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kimdesk.errors import ValidationError
from kimdesk.services.clients_intake import finder
from kimdesk.services.clients_intake.intake import STEPS, IntakeWizard, Outcome, step_title
from kimdesk.store.store import Store
from kimdesk.ui.intake import pages
from kimdesk.ui.runner import op
from kimdesk.ui.widgets import message_label, show_message


def _refused(fn: Callable[[], Any]) -> Callable[[], Any]:
    """Run ``fn`` on the worker; a validation error comes back as the result (the page points to its field)."""

    def run() -> Any:
        try:
            return fn()
        except ValidationError as exc:
            return exc

    return run


class IntakeView(QWidget):
    finished = Signal(object)  # Outcome
    cancelled = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, case_manager: str = "",
                 state: dict[str, Any] | None = None):
        super().__init__(parent)
        self.setObjectName("intakeView")
        self.store = store
        self.wizard = IntakeWizard(store, case_manager=case_manager)
        if state is not None:
            self.wizard.restore(state["wizard"])
        agencies: list[Any] = []  # read on the worker below
        self.busy = False
        layout = QHBoxLayout(self)
        self.steps = QListWidget(self)
        self.steps.setObjectName("intakeSteps")
        self.steps.setFixedWidth(222)  # "4. Aufenthalt und Wohnort" in one line
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.steps.setStyleSheet("QListWidget { border: none; background: transparent; font-size: 11pt; }"
                                 "QListWidget::item { padding: 6px; }")
        layout.addWidget(self.steps)
        right = QVBoxLayout()
        self.stack = QStackedWidget(self)
        self.pages: dict[str, pages.Page] = {
            "person": pages.PersonPage(self.wizard, self.stack),
            "duplicates": pages.DuplicatesPage(self.wizard, self.stack),
            "household": pages.HouseholdPage(self.wizard, self.stack),
            "languages": pages.LanguagesPage(self.wizard, self.stack),
            "residence": pages.ResidencePage(self.wizard, self.stack),
            "needs": pages.NeedsPage(self.wizard, self.stack, agencies),
            "consents": pages.ConsentsPage(self.wizard, self.stack, agencies),
            "summary": pages.SummaryPage(self.wizard, self.stack),
        }
        self.pages["summary"].set_agencies(agencies)
        for step in STEPS:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.pages[step])
            scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.pages[step].setMaximumWidth(980)
            self.stack.addWidget(scroll)
        self.pages["duplicates"].open_existing.connect(self.open_existing)
        right.addWidget(self.stack, 1)
        self.message = message_label(self)
        self.message.setObjectName("intakeMessage")
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.back_button = QPushButton(self.tr("Zurück"), self)
        self.next_button = QPushButton(self.tr("Weiter"), self)
        self.next_button.setObjectName("intakeNext")
        self.next_button.setDefault(True)
        self.finish_button = QPushButton(self.tr("Person anlegen"), self)
        self.finish_button.setObjectName("intakeFinish")
        self.cancel_button.clicked.connect(self.cancelled)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(lambda: self.finish())
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(b)
        right.addLayout(buttons)
        layout.addLayout(right, 1)
        for page in self.pages.values():
            page.refresh()
        self._show_step()
        op(self, lambda: finder.load_agencies(store), on_done=self._agencies_read,
           on_error=lambda text: show_message(self.message, text), label="intake agencies")

    def _agencies_read(self, agencies: list[Any]) -> None:
        self.wizard.use_agencies(agencies)
        for step in ("needs", "consents", "summary"):
            self.pages[step].set_agencies(agencies)
        self.page().refresh()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter anywhere on a step (a text field passes it up) means Weiter, on the last step Person anlegen."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
                focus.click()  # a button with the focus is the one Enter presses
            else:
                (self.finish if self.wizard.is_last() else self.next)()
            event.accept()
            return
        super().keyPressEvent(event)

    def page(self, step: str | None = None) -> pages.Page:
        return self.pages[step or self.wizard.current]

    def _show_step(self) -> None:
        current = self.wizard.current
        self.stack.setCurrentIndex(STEPS.index(current))
        self.page().refresh()
        self.steps.clear()
        visible = self.wizard.visible_steps()
        for i, step in enumerate(visible):
            self.steps.addItem(f"{i + 1}. {step_title(step)}")
            item = self.steps.item(i)
            if step == current:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            elif visible.index(step) > visible.index(current):
                item.setForeground(Qt.GlobalColor.gray)
        self.back_button.setEnabled(self.wizard.can_go_back())
        last = self.wizard.is_last()
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        (self.finish_button if last else self.next_button).setDefault(True)
        show_message(self.message, "")
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """The keyboard goes on on the new step: its first input (not a button) gets the focus."""
        page = self.page()
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
                    and widget.isVisibleTo(page) and not isinstance(widget, QPushButton)):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        (self.finish_button if self.wizard.is_last() else self.next_button).setFocus(Qt.FocusReason.TabFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for b in (self.back_button, self.next_button, self.finish_button):
            b.setEnabled(not busy and (b is not self.back_button or self.wizard.can_go_back()))

    def _refusal(self, exc: ValidationError) -> None:
        show_message(self.message, str(exc))
        self.page().show_messages()
        self.page().focus_field(exc.field)

    def next(self) -> None:
        """Check the step and go on (the duplicate search after the person step runs on the worker)."""
        if self.busy:
            return
        self._set_busy(True)

        def went(result: Any) -> None:
            self._set_busy(False)
            if isinstance(result, ValidationError):
                self._refusal(result)
            else:
                self._show_step()

        def failed(text: str) -> None:
            self._set_busy(False)
            show_message(self.message, text)

        op(self, _refused(self.wizard.next), on_done=went, on_error=failed, label="intake next")

    def back(self) -> None:
        if self.busy:
            return
        self.wizard.back()
        self._show_step()

    def finish(self, then: Callable[[Outcome], None] | None = None) -> None:
        """Create the person in one transaction on the worker; ``finished`` (and ``then``) follow.
        A refusal or failure is shown, and nothing typed is lost."""
        if self.busy:
            return
        self._set_busy(True)

        def created(result: Any) -> None:
            self._set_busy(False)
            if isinstance(result, ValidationError):
                show_message(self.message, str(result))
                return
            self.finished.emit(result)
            if then is not None:
                then(result)

        def failed(text: str) -> None:
            self._set_busy(False)
            show_message(self.message, text)

        op(self, _refused(self.wizard.finish), on_done=created, on_error=failed, label="intake")

    def open_existing(self, client_id: str) -> None:
        self.finished.emit(self.wizard.open_existing(client_id))

    # -- lock ------------------------------------------------------------------------------
    def tab_state(self) -> dict[str, Any]:
        return {"kind": "intake", "wizard": self.wizard.snapshot()}

    def save_unsaved(self, then) -> None:
        """"Speichern" for an intake is creating the person; a missing field keeps the tab open on its page."""
        self.finish(lambda _outcome: then())

    def has_unsaved(self) -> bool:
        d = self.wizard.data
        return bool(d["given_name"] or d["family_name"])

