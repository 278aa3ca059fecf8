"""Translations in the shell: Qt translators for the widgets, the same catalogue for the core.

The German source texts are the default. For another language the compiled ``.qm`` from
``resources/translations`` is installed with a ``QTranslator`` (plus Qt's own translations
for standard buttons), and ``kimdesk.i18n.install`` routes the core's ``translate`` through
``QCoreApplication.translate``, so core messages shown in the UI follow the same language.
``KIMDESK_PSEUDO=1`` installs a pseudo-translation that stretches every text by about a
third (Vorta's idea), to find clipped labels before a translator does.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kimdesk import i18n
from kimdesk.paths import resource_path

_installed: list[QTranslator] = []
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%L?\d")


class PseudoTranslator(QTranslator):
    """Longer texts with placeholders intact: ``Person suchen`` → ``[Pérsön süchén ~~~~]``."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not source or source.startswith("<"):
            return None
        pieces = _PLACEHOLDER.split(source)
        marks = _PLACEHOLDER.findall(source)
        out = []
        for i, piece in enumerate(pieces):
            out.append(piece.translate(str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")))
            if i < len(marks):
                out.append(marks[i])
        text = "".join(out)
        return f"[{text} {'~' * max(2, len(source) // 3)}]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"kimdesk_{language}.qm"))


def install(language: str | None = None) -> str:
    """Install the translators for ``language`` (default: KIMDESK_LANG, else German)."""
    app = QCoreApplication.instance()
    lang = i18n.set_language(language or i18n.language_from_environment())
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if os.environ.get("KIMDESK_PSEUDO"):
        _installed.append(PseudoTranslator(app))
    else:
        ours = QTranslator(app)
        if ours.load(qm_path(lang)):
            _installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    for tr in _installed:
        app.installTranslator(tr)
    QLocale.setDefault(QLocale(QLocale.Language.German if lang == "de" else QLocale.Language.English,
                               QLocale.Country.Germany if lang == "de" else QLocale.Country.UnitedKingdom))
    i18n.install(lambda context, text: QCoreApplication.translate(context, text))
    return lang


def uninstall() -> None:
    app = QCoreApplication.instance()
    for tr in _installed:
        if app is not None:
            app.removeTranslator(tr)
    _installed.clear()
    i18n.install(None)
    i18n.set_language("de")
