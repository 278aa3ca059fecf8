"""German text with the person's language under it, for the documents the person signs or keeps.

Each text comes from the catalogues (``catalogue``): the German paragraph first, the same
key in the person's language right after it, smaller and set off, so the interpreter and
the person can follow line by line. A right-to-left language (Arabic, Persian) is set flush
right in a style whose base direction is right to left (``kimdesk_base``): reportlab breaks
the lines in reading order and ``bidi_lines`` puts each line in visual order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from kimdesk.reports import catalogue
from kimdesk.reports.catalogue import Catalogue
from kimdesk.reports.template import Styles
from kimdesk.reports.text_guard import TextGuard

TRANSLATION_COLOUR = colors.HexColor("#1f4e79")
_LRM = "\u200e"


@dataclass
class Texts:
    """German and (optionally) the person's language for one document."""

    other: Catalogue | None
    s: Styles
    g: TextGuard
    width: float

    def __post_init__(self) -> None:
        self.de = catalogue.load(catalogue.GERMAN)
        base = self.s.small
        self.style = ParagraphStyle("translation", parent=base, textColor=TRANSLATION_COLOUR,
                                    fontSize=base.fontSize + 0.5, leading=(base.fontSize + 0.5) * 1.45,
                                    spaceAfter=self.s.body.spaceAfter)
        self.style_rtl = ParagraphStyle("translation_rtl", parent=self.style, alignment=TA_RIGHT, kimdesk_base="R")

    # -- German ------------------------------------------------------------------------------
    def german(self, key: str, **values: Any) -> str:
        """German markup for ``key`` (values are markup already)."""
        return _fill(self.de, key, None, values)

    def german_plural(self, key: str, n: int, **values: Any) -> str:
        return _fill(self.de, key, n, values)

    # -- the person's language ----------------------------------------------------------------
    def translated(self, key: str, *, n: int | None = None, where: str = "", **values: Any) -> list[Flowable]:
        """The paragraph in the person's language (nothing when printing German only)."""
        if self.other is None:
            return []
        text = self.other.plural(key, n, **values) if n is not None else self.other.text(key, **values)
        return [self.paragraph(text, where or key)]

    def paragraph(self, text: str, where: str) -> Paragraph:
        if self.other is not None and self.other.rtl:
            return Paragraph(self.g.markup(text, where), self.style_rtl)
        return Paragraph(self.g.markup(text, where), self.style)

    def short(self, key: str, **values: Any) -> str:
        """German label with the translation under it, as cell markup (one short line each)."""
        german = self.german(key, **values)
        if self.other is None:
            return german
        text = self.other.text(key, **values)
        return f"{german}<br/><font color='#1f4e79' size='{self.s.small.fontSize}'>" \
               f"{self.g.markup(text, key)}</font>"

    def inline(self, key: str, **values: Any) -> str:
        """German and translation on one line, "ja / نعم" (for short choices beside a box)."""
        german = self.german(key, **values)
        if self.other is None:
            return german
        text = self.g.markup(self.other.text(key, **values), key)
        # a LEFT-TO-RIGHT MARK closes the translation: what follows ("…: 0241 123456") keeps the German
        # line's direction instead of joining a right-to-left label (UAX #9, rules W2/W7)
        return f"{german} / <font color='#1f4e79'>{text}</font>{_LRM if self.other.rtl else ''}"

    def both(self, key: str, style: ParagraphStyle, *, n: int | None = None,
             prefix: str = "", **values: Any) -> list[Flowable]:
        """German paragraph (after ``prefix`` markup), then its translation."""
        german = self.german_plural(key, n, **values) if n is not None else self.german(key, **values)
        return [Paragraph(prefix + german, style), *self.translated(key, n=n, **_plain(values))]

    def note(self) -> list[Flowable]:
        """The line that says which text counts, and whether the translation was reviewed."""
        if self.other is None:
            return []
        key = "doc.authoritative" if self.other.reviewed else "doc.working_translation"
        german = self.german(key)
        line = f"<b>{german}</b> " + self.g.markup(self.other.text(key), key)
        if self.other.rtl:
            return [Paragraph(f"<b>{german}</b>", self.s.small), self.paragraph(self.other.text(key), key)]
        return [Paragraph(line, self.s.small)]


def _fill(cat: Catalogue, key: str, n: int | None, values: dict[str, Any]) -> str:
    raw = cat.texts[key]
    if isinstance(raw, dict):
        raw = raw.get(catalogue.plural_category(cat.code, n if n is not None else 2)) or raw["other"]
    escaped = escape(raw)
    return escaped.format(n=n, **values) if values or n is not None else escaped


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """Values for the translated line: plain text (the guard escapes and shapes it)."""
    return {k: v.plain if isinstance(v, Markup) else v for k, v in values.items()}


@dataclass(frozen=True)
class Markup:
    """A value given as markup for the German line and as plain text for the translation."""

    markup: str
    plain: str

    def __format__(self, spec: str) -> str:
        return self.markup


