"""Right-to-left runs put in visual order line by line, after the paragraph is broken into lines.

Paragraph markup keeps text in logical (reading) order; reportlab breaks it into lines in that
order and lays each line out left to right. A Persian phrase inside a German sentence that
wraps must keep its first words on the first line, and only then have each line's words
reordered. The embedding levels come from the Unicode Bidirectional Algorithm (UAX #9) as
implemented by ``python-bidi`` (rules P–I, then L1/L2 on the line); HarfBuzz has already put
the letters of each word in visual order, so whole words (and the spaces between them) are
what move here.

A paragraph split across pages hands on its frag words in reading order (reportlab splits
from ``Paragraph.frags``, not from the drawn lines), so the second half is reordered once.

A paragraph's base direction is left to right unless its style says ``kimdesk_base="R"``
(the translation of a document into Arabic or Persian, see ``bilingual``).
"""

from __future__ import annotations

import re
from typing import Any

from bidi import algorithm as uba

from kimdesk.reports import fonts

_PIECE = re.compile(r" +|[^ ]+")
_PRIVATE = (0xE000, 0xF8FF)
_SIMPLE = 0x7FFFFFFF  # reportlab's cluster for characters added to a shaped string unshaped
_RTL_FONTS = {fonts.ARABIC, fonts.ARABIC + "-Bold"}


def base_of(style: Any) -> str:
    return "R" if getattr(style, "kimdesk_base", "L") == "R" else "L"


def reorder(bl_para: Any, base: str) -> None:
    """Put the pieces of every line of a frag paragraph (``kind`` 1) in visual order, in place."""
    if getattr(bl_para, "kind", 0) != 1:
        return
    for line in bl_para.lines:
        words = getattr(line, "words", None)
        if words:
            line.words = _line_in_visual_order(words, base)


def _line_in_visual_order(frags: list[Any], base: str) -> list[Any]:
    pieces: list[tuple[Any, Any]] = []  # (frag, text piece or None for an unsplittable frag)
    for f in frags:
        text = getattr(f, "text", None)
        if hasattr(f, "cbDefn") or not text:
            pieces.append((f, None))
            continue
        pieces.extend((f, text[a:b]) for a, b in _spans(text))
    proxy: list[str] = []
    owner: list[int] = []
    for k, (f, text) in enumerate(pieces):
        shown = "\ufffc" if text is None else _stand_in(str(text), f)
        proxy.append(shown)
        owner.extend([k] * len(shown))
    visual = _visual_positions("".join(proxy), base)
    if visual is None:
        return frags
    first: dict[int, int] = {}
    for pos, logical in enumerate(visual):
        first.setdefault(owner[logical], pos)
    order = sorted(range(len(pieces)), key=lambda k: first.get(k, 0))
    if order == list(range(len(pieces))):
        return frags
    out: list[Any] = []
    for k in order:
        f, text = pieces[k]
        out.append(f if text is None else f.clone(text=text))
    return out


def _spans(text: Any) -> list[tuple[int, int]]:
    """Where the words and the runs of spaces between them start and end.

    Only spaces reportlab put between words separate: inside a shaped word HarfBuzz may give
    a ZERO WIDTH NON-JOINER (Persian "می‌توانند") the space glyph, which belongs to its word.
    Spaces added between shaped words carry reportlab's marker cluster (``_sdSimple``).
    """
    data = getattr(text, "__shapeData__", None)
    value = str(text)
    if not data:
        return [m.span() for m in _PIECE.finditer(value)]
    spans: list[tuple[int, int]] = []
    start, kind = 0, None
    for i, ch in enumerate(value):
        gap = ch == " " and (i >= len(data) or data[i].cluster == _SIMPLE)
        if kind is not None and gap != kind:
            spans.append((start, i))
            start = i
        kind = gap
    if value:
        spans.append((start, len(value)))
    return spans


def _stand_in(text: str, frag: Any) -> str:
    """One character with the bidirectional class of a whole piece (a word or a run of spaces).

    A shaped word is already in visual order with its punctuation placed by HarfBuzz, so it
    moves as one: right-to-left if it holds a right-to-left letter, left-to-right if it holds
    a left-to-right one; otherwise (numbers, dashes, spaces) its own characters decide.
    Shaped glyphs the font's cmap does not reach carry a private-use code; in an
    Arabic-script font they are Arabic letters.
    """
    rtl_font = getattr(frag, "fontName", None) in _RTL_FONTS
    kinds = {"AL" if rtl_font and _PRIVATE[0] <= ord(ch) <= _PRIVATE[1] else uba.bidirectional(ch) for ch in text}
    if kinds & {"R", "AL"}:
        return "\u0627"
    if "L" in kinds:
        return "a"
    return text


def _visual_positions(text: str, base: str) -> list[int] | None:
    """For each visual position on the line, the logical index of its character (None: all LTR)."""
    if base == "L" and not any(uba.bidirectional(ch) in ("R", "AL", "AN") for ch in text):
        return None
    storage = uba.get_empty_storage()
    storage["base_level"] = uba.PARAGRAPH_LEVELS[base]
    storage["base_dir"] = base
    uba.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    return [ch["index"] for ch in storage["chars"]]
