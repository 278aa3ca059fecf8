"""The one Unicode TrueType family every KIMdesk PDF uses, registered once and embedded.

reportlab's canvas starts in Helvetica, a Base-14 font that is never embedded and knows no
Cyrillic; documents therefore pass ``initialFontName=REGULAR`` and every style names one of
these fonts (see ``template``), so a PDF contains no other font. The glyph coverage is read
from the font's own character map, so ``text_guard`` knows what can be printed.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kimdesk.paths import resource_path

FAMILY = "KIMSans"
REGULAR = "KIMSans"
BOLD = "KIMSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the family with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        # no oblique face is shipped: <i> falls back to the upright face instead of Helvetica
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


@lru_cache(maxsize=1)
def coverage() -> frozenset[int]:
    """Code points that both faces can draw."""
    register()
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
    return frozenset(set.intersection(*maps))
