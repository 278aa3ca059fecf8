"""Translation for the Qt-free core and the command line.

User-facing text is German by default. Translations live in Qt Linguist ``.ts`` files in
``resources/translations``; the Qt shell loads the compiled ``.qm`` with ``QTranslator`` and
routes this module's ``translate`` through ``QCoreApplication.translate`` (see ``install``), while
the command line reads the same ``.ts`` XML directly, so there is one source of
translations for both.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from kimdesk.paths import resource_path

SUPPORTED = ("de", "en")
_translator: Callable[[str, str], str] | None = None
_language = "de"


def translate(context: str, text: str) -> str:
    """Translate ``text`` (German source) in ``context`` into the current language.

    Named like Qt's ``QCoreApplication.translate`` so ``pyside6-lupdate`` extracts the calls
    from the core modules into the same ``.ts`` files as the widgets' ``self.tr`` strings.
    """
    if _translator is not None:
        return _translator(context, text)
    if _language == "de":
        return text
    return _catalogue(_language).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction where it is translated later (``translate(context, text)``)."""
    return text


def install(translator: Callable[[str, str], str] | None) -> None:
    """Let the shell route translations through Qt (``QCoreApplication.translate``)."""
    global _translator
    _translator = translator


def set_language(language: str | None) -> str:
    """Choose the language for the core; unknown values fall back to German."""
    global _language
    lang = (language or "").split("_")[0].split(".")[0].lower()
    _language = lang if lang in SUPPORTED else "de"
    return _language


def language() -> str:
    return _language


def language_from_environment() -> str:
    return os.environ.get("KIMDESK_LANG") or "de"


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only a language other than German reads a catalogue

    path = resource_path("translations", f"kimdesk_{lang}.ts")
    if not path.exists():
        return {}
    result: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            trans = msg.find("translation")
            if source is None or trans is None or not (trans.text or "").strip():
                continue
            if trans.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            result[(name, source)] = trans.text or source
    return result
