"""Help inside the app: the user guide opened at the chapter of the current page (F1) and the
overview of the keyboard shortcuts (Ctrl+?).

``SHORTCUTS`` is the one list of what each key does: the overview shows it, and a test holds
the table in docs/benutzerhandbuch.md to it, so the guide cannot promise more than the keys do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kimdesk.i18n import translate
from kimdesk.paths import resource_root
from kimdesk.ui.widgets import fit_to_screen

# (keys as Qt spells them, what they do) – German source text, translated when shown
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Neue Person aufnehmen (Erstaufnahme in einem neuen Reiter)")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Kurznotiz zu einer Person")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Zur Personensuche (Bereich Klient:innen, Suchtext markiert)")),
    ("Down / Up", QT_TRANSLATE_NOOP("Shortcuts", "Im Suchfeld: in die Trefferliste wechseln (erste bzw. letzte "
                                                 "Zeile)")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Im Suchfeld: den ersten Treffer öffnen; in einer Liste: die gewählte "
                                             "Zeile öffnen; im Assistenten: Weiter bzw. Person anlegen; in einer "
                                             "Auswahl: übernehmen")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Dialog schließen, ohne etwas zu übernehmen")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Reiter schließen; bei ungespeicherten Eingaben fragt KIMdesk: "
                                              "Speichern, Verwerfen oder Abbrechen")),
    ("Ctrl+1 … Ctrl+7", QT_TRANSLATE_NOOP("Shortcuts", "Bereich wechseln: Klient:innen, Aufgaben/Wiedervorlagen, "
                                                       "Seiteneinsteiger, Fallkonferenzen, Stellen, Berichte, "
                                                       "Synchronisation")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Im Textfeld: Tippen rückgängig machen; ist dort nichts mehr "
                                              "rückgängig zu machen: die letzte gespeicherte Änderung im geöffneten "
                                              "Datensatz")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Sperren")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Benutzerhandbuch beim Kapitel des aktuellen Bereichs öffnen")),
    ("Ctrl+?", QT_TRANSLATE_NOOP("Shortcuts", "Diese Übersicht der Tastenkürzel")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Beenden (fragt bei ungespeicherten Eingaben)")),
)

# the guide's chapter (its heading, verbatim) for each page of the window
CHAPTERS_EN = {  # docs/user-guide.md: the same chapters in English (a test holds both guides in step)
    "clients": "The window",
    "record": "A person's record",
    "intake": "Intake",
    "tasks": "Tasks and follow-ups",
    "school": "Lateral entrants",
    "conferences": "Case conference",
    "agencies": "Agencies",
    "reports": "Reports",
    "sync": "Synchronisation",
}
GUIDES = {"de": "benutzerhandbuch.md", "en": "user-guide.md"}  # by UI language; German otherwise
CHAPTERS = {
    "clients": "Die Oberfläche",
    "record": "Der Datensatz einer Person",
    "intake": "Erstaufnahme",
    "tasks": "Aufgaben und Wiedervorlagen",
    "school": "Seiteneinsteiger",
    "conferences": "Fallkonferenz",
    "agencies": "Stellen",
    "reports": "Berichte",
    "sync": "Synchronisation",
}


def keys_text(keys: str) -> str:
    """The keys as printed on a German (or, in English, an English) keyboard."""
    names = {"Ctrl": translate("Shortcuts", "Strg"), "Shift": translate("Shortcuts", "Umschalt"),
             "Down": "↓", "Up": "↑", "Enter": translate("Shortcuts", "Eingabe"), "Esc": "Esc",
             "/": "/", "…": "…"}
    return " ".join("+".join(names.get(k, k) for k in part.split("+")) if part != "+" else part
                    for part in keys.split(" "))


def _language(language: str | None) -> str:
    from kimdesk.i18n import language as current

    return language if language is not None else current()


def guide_path(language: str | None = None) -> Path:
    """The guide in the UI's language (docs/user-guide.md in English), else the German one."""
    docs = resource_root().parent / "docs"
    path = docs / GUIDES.get(_language(language), GUIDES["de"])
    return path if path.is_file() else docs / GUIDES["de"]


def chapter_for(page: str, tab: QWidget | None = None, language: str | None = None) -> str:
    """The chapter for the current page; in the client workspace, for the open tab's kind."""
    chapters = CHAPTERS_EN if _language(language) == "en" else CHAPTERS
    if page == "clients" and tab is not None:
        name = tab.objectName()
        if name == "clientRecord":
            return chapters["record"]
        if name == "intakeView":
            return chapters["intake"]
    return chapters.get(page, chapters["clients"])


class GuideDialog(QDialog):
    """The Benutzerhandbuch, scrolled to one chapter."""

    def __init__(self, chapter: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Benutzerhandbuch"))
        self.chapter = chapter
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        try:
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("Das Benutzerhandbuch wurde nicht gefunden."))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 900, parent)

    def chapter_block(self):
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == self.chapter:
                return block
            block = block.next()
        return None

    def go_to_chapter(self) -> bool:
        block = self.chapter_block()
        if block is None:
            return False
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))
        return True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self.go_to_chapter)  # once laid out at its size


class ShortcutsDialog(QDialog):
    """Every shortcut and exactly what it does (the same list as the guide's table)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Tastenkürzel"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tasten"), self.tr("Wirkung")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(keys_text(keys)))
            self.table.setItem(row, 1, QTableWidgetItem(translate("Shortcuts", what)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520, parent)
