"""Make user text printable, and say so when it could not be printed as written.

The embedded font covers Latin, Greek and Cyrillic. Two kinds of text would come out wrong:
characters the font has no glyph for (Ge'ez, CJK, …) would become empty boxes, and scripts
that need shaping or right-to-left ordering (Arabic, Hebrew, Indic scripts, …) would print
as unjoined letters in the wrong order, because reportlab shapes text only with HarfBuzz,
which KIMdesk does not ship. Such runs are replaced by their Latin transliteration
(``anyascii``) between ⟨ ⟩ marks, and every affected field is recorded as a ``Notice`` that
the document lists at its end and the caller reports; nothing is dropped silently.
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
        """Printable plain text (for canvas drawing and table cells without markup)."""
        if text is None:
            return ""
        value = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\t", " ")
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
        """Paragraph markup: escaped, line breaks kept."""
        return escape(self.plain(text, where)).replace("\n", "<br/>")

    def paragraphs(self, text: object, where: str) -> list[str]:
        """Markup per paragraph (blank lines separate), so long texts can break between them."""
        cleaned = self.plain(text, where)
        blocks = [b.strip("\n") for b in cleaned.split("\n\n")]
        return [escape(b).replace("\n", "<br/>") for b in blocks if b.strip()]
