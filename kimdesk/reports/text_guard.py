"""Make user text printable in its own script, and say so when it could not be.

Paragraph markup (``markup``, ``paragraphs``) prints every script a bundled font covers as
written: Latin, Greek and Cyrillic in the base font, Arabic-script text (Arabic, Persian,
Pashto, Kurdish) and Ethiopic (Tigrinya, Amharic) in their Noto fonts, switched run by run
and shaped by HarfBuzz (see ``fonts``). The markup keeps reading order; once a paragraph is
broken into lines, ``bidi_lines`` puts each line's right-to-left runs in visual order by the
Unicode Bidirectional Algorithm (HarfBuzz orders the letters inside a word), so the text
layer holds the original letters in visual order, presentation forms folded by NFKC.

The page header and footer go through ``markup`` too (``template._Line``). Only what no
bundled font covers (Hebrew, CJK, Indic scripts, …) – and text a caller draws straight on
the canvas with ``plain`` outside the base font – is replaced by its Latin transliteration (``anyascii``) between ⟨ ⟩ marks, as the last resort;
every affected field is recorded as a ``Notice`` that the document lists at its end and the
caller reports; nothing is dropped silently.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from anyascii import anyascii

from kimdesk.i18n import translate
from kimdesk.reports import fonts

OPEN, CLOSE = "⟨", "⟩"
# scripts reportlab cannot shape without HarfBuzz even where the font has glyphs
_COMPLEX_RANGES = ((0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F),
                   (0x1780, 0x17FF), (0x1800, 0x18AF), (0xA980, 0xA9DF))
_RTL = ("R", "AL", "AN", "RLE", "RLO", "RLI")


def _script_names() -> dict[str, str]:
    return {
        "ARABIC": translate("Print", "arabische Schrift"),
        "HEBREW": translate("Print", "hebräische Schrift"),
        "ETHIOPIC": translate("Print", "äthiopische Schrift (Ge'ez)"),
        "SYRIAC": translate("Print", "syrische Schrift"),
        "THAANA": translate("Print", "Thaana"),
        "NKO": translate("Print", "N'Ko"),
        "DEVANAGARI": translate("Print", "Devanagari"),
        "BENGALI": translate("Print", "bengalische Schrift"),
        "GURMUKHI": translate("Print", "Gurmukhi"),
        "TAMIL": translate("Print", "tamilische Schrift"),
        "CJK": translate("Print", "chinesische Schriftzeichen"),
        "HANGUL": translate("Print", "koreanische Schrift"),
        "HIRAGANA": translate("Print", "japanische Schrift"),
        "KATAKANA": translate("Print", "japanische Schrift"),
        "TIBETAN": translate("Print", "tibetische Schrift"),
        "MYANMAR": translate("Print", "birmanische Schrift"),
        "KHMER": translate("Print", "Khmer"),
        "MONGOLIAN": translate("Print", "mongolische Schrift"),
        "THAI": translate("Print", "thailändische Schrift"),
    }


@dataclass(frozen=True)
class Notice:
    """One field whose text was printed as a transliteration."""

    field: str
    scripts: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.field} ({', '.join(self.scripts)})"


def script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    word = name.split(" ")[0].split("-")[0] if name else ""
    names = _script_names()
    if word in names:
        return names[word]
    if unicodedata.category(ch) == "So":
        return translate("Print", "Symbole")
    return translate("Print", "Schrift „{name}“").format(name=word.title() or f"U+{ord(ch):04X}")


_SAFE: set[str] = {"\n", " "}  # characters seen before that print as they are (grows as text is seen)


def _plain_safe(value: str) -> bool:
    """Fast path: every character is one the font prints as it is (most German text)."""
    unknown = set(value) - _SAFE
    for ch in unknown:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zs") or not printable(ch):
            return False
        _SAFE.add(ch)
    return True


def printable(ch: str) -> bool:
    cp = ord(ch)
    if cp not in fonts.coverage():
        return False
    if unicodedata.bidirectional(ch) in _RTL:
        return False
    return not any(lo <= cp <= hi for lo, hi in _COMPLEX_RANGES)


@dataclass
class TextGuard:
    """Cleans text for one document and collects the notices for it."""

    notices: list[Notice] = field(default_factory=list)
    listed: bool = False  # the document already placed the notice list itself

    def plain(self, text: object, where: str) -> str:
        """Printable plain text in the base font (for drawing straight on the canvas)."""
        if text is None:
            return ""
        value = _clean(text)
        if _plain_safe(value):
            return value
        kinds: list[tuple[str, str]] = []
        for ch in value:
            cat = unicodedata.category(ch)
            if ch == "\n" or cat == "Zs":
                kinds.append(("space", ch if ch == "\n" else " "))
            elif cat in ("Cc", "Cf", "Cs"):
                continue  # control and format characters carry no visible text
            else:
                kinds.append(("ok" if printable(ch) else "bad", ch))
        out: list[str] = []
        scripts: list[str] = []
        i, n = 0, len(kinds)
        while i < n:
            if kinds[i][0] == "ok":
                out.append(kinds[i][1])
                i += 1
                continue
            j = i
            while j < n and kinds[j][0] != "ok":
                j += 1
            segment = kinds[i:j]
            bad = [k for k, (kind, _ch) in enumerate(segment) if kind == "bad"]
            if not bad:
                out.extend(ch for _kind, ch in segment)
            else:
                first, last = bad[0], bad[-1]
                out.extend(ch for _kind, ch in segment[:first])
                run = "".join(ch for _kind, ch in segment[first:last + 1])
                out.append(OPEN + (anyascii(run).strip() or "?") + CLOSE)
                out.extend(ch for _kind, ch in segment[last + 1:])
                for kind, ch in segment[first:last + 1]:
                    if kind == "bad" and (script := script_of(ch)) not in scripts:
                        scripts.append(script)
            i = j
        if scripts:
            self.notices.append(Notice(where, tuple(scripts)))
        return "".join(out)

    def markup(self, text: object, where: str) -> str:
        """Paragraph markup in reading order: escaped, line breaks kept, each script in a font that prints it.

        Right-to-left runs are put in visual order per line once the paragraph is broken into
        lines (``bidi_lines``); a right-to-left paragraph says so in its style.
        """
        if text is None:
            return ""
        value = _clean(text)
        if _plain_safe(value):
            return escape(value).replace("\n", "<br/>")
        return self._script_markup(value, where)

    def paragraphs(self, text: object, where: str) -> list[str]:
        """Markup per paragraph (blank lines separate), so long texts can break between them."""
        if text is None:
            return []
        blocks = [b.strip("\n") for b in _clean(text).split("\n\n")]
        return [self.markup(b, where) for b in blocks if b.strip()]

    def _script_markup(self, value: str, where: str) -> str:
        tokens: list[tuple[str, str]] = []  # (character, font: "" = base font)
        scripts: list[str] = []
        kinds: list[tuple[str, str]] = []
        for ch in value:
            cat = unicodedata.category(ch)
            if ch == "\n" or cat == "Zs":
                kinds.append(("space", ch if ch == "\n" else " "))
            elif ch in _JOINERS and kinds and kinds[-1][0] in fonts.SCRIPT_FAMILIES:
                kinds.append((kinds[-1][0], ch))  # ZWNJ/ZWJ inside Persian words: they decide the joining
            elif cat in ("Cc", "Cf", "Cs"):
                continue
            elif family := fonts.script_family(ord(ch)):
                kinds.append((family, ch))
            else:
                kinds.append(("ok" if printable(ch) else "bad", ch))
        _attach_punctuation(kinds)
        i, n = 0, len(kinds)
        while i < n:
            kind, ch = kinds[i]
            if kind != "bad":
                tokens.append((ch, "" if kind in ("ok", "space") else kind))
                i += 1
                continue
            j = i
            while j < n and kinds[j][0] in ("bad", "space") and kinds[j][1] != "\n":
                j += 1
            while kinds[j - 1][0] == "space":
                j -= 1
            run = "".join(c for _k, c in kinds[i:j])
            tokens.extend((c, "") for c in OPEN + (anyascii(run).strip() or "?") + CLOSE)
            for k, c in kinds[i:j]:
                if k == "bad" and (script := script_of(c)) not in scripts:
                    scripts.append(script)
            i = j
        if scripts:
            self.notices.append(Notice(where, tuple(scripts)))
        return _emit(tokens)


_JOINERS = ("\u200c", "\u200d")


def _attach_punctuation(kinds: list[tuple[str, str]]) -> None:
    """Punctuation glued to a word in a script family goes into that font when it has the glyph.

    So HarfBuzz places a full stop or comma after an Arabic word on the correct (left) side.
    """
    for order in (range(len(kinds)), range(len(kinds) - 1, -1, -1)):
        for i in order:
            kind, ch = kinds[i]
            if kind != "ok" or unicodedata.bidirectional(ch) in ("L", "R", "AL"):
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(kinds) and kinds[j][0] in fonts.SCRIPT_FAMILIES \
                        and ord(ch) in fonts.script_coverage(kinds[j][0]):
                    kinds[i] = (kinds[j][0], ch)
                    break


def _clean(text: object) -> str:
    return unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\t", " ")


def _emit(tokens: list[tuple[str, str]]) -> str:
    """Markup with a ``<font>`` element around each run in a script family.

    A space between two characters of the same script family stays inside the run.
    """
    fonts_of = [font for _ch, font in tokens]
    for k, (ch, font) in enumerate(tokens):
        if ch == " " and not font:
            before = next((f for c, f in reversed(tokens[:k]) if c != " "), "")
            after = next((f for c, f in tokens[k + 1:] if c != " "), "")
            if before and before == after:
                fonts_of[k] = before
    parts: list[str] = []
    current = ""
    for (ch, _font), font in zip(tokens, fonts_of):
        if font != current:
            if current:
                parts.append("</font>")
            if font:
                parts.append(f'<font name="{font}">')
            current = font
        parts.append("<br/>" if ch == "\n" else escape(ch))
    if current:
        parts.append("</font>")
    return "".join(parts)
