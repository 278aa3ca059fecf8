"""The intake wizard as a workspace tab: step list, the current page, Back / Next / Create.

All decisions are the state machine's (``services.intake.IntakeWizard``); this widget shows
its current step, forwards the buttons and shows its messages. A validation error keeps the
counsellor on the page with everything typed and points to the field.
"""

from __future__ import annotations

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

from kimdesk.errors import KimdeskError, ValidationError
from kimdesk.services import finder
from kimdesk.services.intake import STEPS, IntakeWizard, Outcome, step_title
from kimdesk.store.store import Store
from kimdesk.ui.intake import pages
from kimdesk.ui.messages import describe
from kimdesk.ui.widgets import message_label, show_message


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
        agencies = finder.load_agencies(store)
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
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(b)
        right.addLayout(buttons)
        layout.addLayout(right, 1)
        for page in self.pages.values():
            page.refresh()
        self._show_step()

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

    def next(self) -> bool:
        try:
            self.wizard.next()
        except ValidationError as exc:
            show_message(self.message, str(exc))
            self.page().show_messages()
            self.page().focus_field(exc.field)
            return False
        except KimdeskError as exc:
            show_message(self.message, str(exc))
            return False
        self._show_step()
        return True

    def back(self) -> None:
        self.wizard.back()
        self._show_step()

    def finish(self) -> Outcome | None:
        try:
            outcome = self.wizard.finish()
        except Exception as exc:  # noqa: BLE001 - shown, and nothing typed is lost
            show_message(self.message, describe(exc))
            return None
        self.finished.emit(outcome)
        return outcome

    def open_existing(self, client_id: str) -> None:
        self.finished.emit(self.wizard.open_existing(client_id))

    # -- lock ------------------------------------------------------------------------------
    def tab_state(self) -> dict[str, Any]:
        return {"kind": "intake", "wizard": self.wizard.snapshot()}

    def save_unsaved(self, then) -> None:
        """"Speichern" for an intake is creating the person; a missing field keeps the tab open on its page."""
        if self.finish() is not None:
            then()

    def has_unsaved(self) -> bool:
        d = self.wizard.data
        return bool(d["given_name"] or d["family_name"])

