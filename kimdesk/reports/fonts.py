"""The Unicode TrueType fonts every KIMdesk PDF uses, registered once and embedded.

reportlab's canvas starts in Helvetica, a Base-14 font that is never embedded and knows no
Cyrillic; documents therefore pass ``initialFontName=REGULAR`` and every style names one of
these fonts (see ``template``), so a PDF contains no other font.

The base family (DejaVu Sans) prints Latin, Greek and Cyrillic. Scripts it cannot print as
written get a family of their own: Noto Sans Arabic (Arabic, Persian, Pashto, Sorani/Kurmanji
in Arabic letters, Urdu) and Noto Sans Ethiopic (Tigrinya, Amharic). ``text_guard`` switches
font run by run (``<font name=…>``), so a Latin label beside an Arabic name keeps its letters.
Those runs are shaped by HarfBuzz (``uharfbuzz``) through reportlab's shaping support; runs
in the base font are not shaped, which keeps ordinary German text as fast as before.
"""

from __future__ import annotations

import struct
import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kimdesk.paths import resource_path

FAMILY = "KIMSans"
REGULAR = "KIMSans"
BOLD = "KIMSans-Bold"
ARABIC = "KIMArabic"
ETHIOPIC = "KIMEthiopic"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# family -> (regular file, bold file); the faces that need HarfBuzz
SCRIPT_FAMILIES = {
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
}
# code point ranges each script family is used for (before the base font is asked)
SCRIPT_RANGES = {
    ARABIC: ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ETHIOPIC: ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
}
_SHAPED = {ARABIC, ARABIC + "-Bold", ETHIOPIC, ETHIOPIC + "-Bold"}
_FAMILY_KEYS = {ARABIC.lower(), ETHIOPIC.lower()}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the families with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file)), shapable=True))
        # no oblique face is shipped: <i> falls back to the upright face instead of Helvetica
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        for family, (regular, bold) in SCRIPT_FAMILIES.items():
            pdfmetrics.registerFont(TTFont(family, str(resource_path("fonts", regular)), shapable=True))
            pdfmetrics.registerFont(TTFont(family + "-Bold", str(resource_path("fonts", bold)), shapable=True))
            pdfmetrics.registerFontFamily(family, normal=family, bold=family + "-Bold", italic=family,
                                          boldItalic=family + "-Bold")
        _install_run_shaping()
        _install_private_glyph_text()
        _install_safe_rise()
        _install_glyph_names()
        _registered = True


@lru_cache(maxsize=1)
def coverage() -> frozenset[int]:
    """Code points that both faces of the base family can draw."""
    register()
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
    return frozenset(set.intersection(*maps))


@lru_cache(maxsize=None)
def script_coverage(family: str) -> frozenset[int]:
    """Code points both faces of a script family can draw."""
    register()
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in (family, family + "-Bold")]
    return frozenset(set.intersection(*maps))


def script_family(cp: int) -> str | None:
    """The script family that prints this code point, or None (base font or nothing)."""
    for family, ranges in SCRIPT_RANGES.items():
        if any(lo <= cp <= hi for lo, hi in ranges):
            return family if cp in script_coverage(family) else None
    return None


def _install_run_shaping() -> None:
    """Shape each font run of a word on its own, and only the runs in a script family.

    reportlab shapes a whole word with the HarfBuzz face of its first fragment; a word such as
    "(مینا)" – a parenthesis in DejaVu, letters in Noto Sans Arabic – would get glyph numbers
    of the wrong font. Splitting the word into runs by font fixes that, and leaving runs in
    the base font unshaped keeps German text on reportlab's fast path.
    """
    from reportlab.platypus import paragraph
    from reportlab.pdfbase import ttfonts

    original = ttfonts.shapeFragWord
    if getattr(paragraph.shapeFragWord, "kimdesk_runs", False):
        return

    def shape_by_run(w, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(w, ttfonts.ShapedFragWord):
            return w
        parts = w[1:]
        if not any(getattr(f, "fontName", None) in _SHAPED for f, _s in parts):
            return w
        runs: list[list[tuple]] = []
        for part in parts:
            f = part[0]
            name = getattr(f, "fontName", None) if not hasattr(f, "cbDefn") else None
            if runs and (name is None or getattr(runs[-1][0][0], "fontName", None) == name):
                runs[-1].append(part)
            else:
                runs.append([part])
        pieces: list = []
        total = 0.0
        shaped_any = False
        for run in runs:
            name = getattr(run[0][0], "fontName", None)
            width = sum(pdfmetrics.stringWidth(s, f.fontName, f.fontSize) for f, s in run
                        if not hasattr(f, "cbDefn"))
            if name in _SHAPED:
                # no discretionary ligatures: "محمد" stays four letters, not the one-glyph ligature
                result = original([width, *run], features=_FEATURES)
                if result is not None and len(result) > 1 and result[1:] != run:
                    _note_private_glyphs(run, result[1:])
                    shaped_any = True
                    total += result[0]
                    pieces.extend(result[1:])
                    continue
            total += width
            pieces.extend(run)
        if not shaped_any:
            return w
        new = ttfonts.makeShapedFragWord(w)([])
        new.append(total)
        new.extend(tuple(p) for p in pieces)
        return new

    shape_by_run.kimdesk_runs = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_by_run

    break_lines = paragraph.Paragraph.breakLines

    def shaped_break_lines(self, width):  # type: ignore[no-untyped-def]
        """Turn shaping on for a paragraph only when it holds a run in a script family.

        Its lines are then put in visual order (``bidi_lines``): the text is in reading order
        until the lines are known.
        """
        style = self.style
        if style.shaping or not _has_script_run(getattr(self, "frags", ())):
            return break_lines(self, width)
        from kimdesk.reports import bidi_lines

        self.style = _shaping_clone(style)
        try:
            bl_para = break_lines(self, width)
        finally:
            self.style = style
        bidi_lines.reorder(bl_para, bidi_lines.base_of(style))
        return bl_para

    paragraph.Paragraph.breakLines = shaped_break_lines

    from reportlab.platypus.paraparser import ParaParser

    start_font = ParaParser.start_font

    def start_script_font(self, attr):  # type: ignore[no-untyped-def]
        """``<font name="KIMArabic">`` inside bold text stays bold (reportlab resets the weight)."""
        outer = self._stack[-1] if self._stack else None
        start_font(self, attr)
        inner = self._stack[-1]
        if outer is not None and str(getattr(inner, "fontName", "")).lower() in _FAMILY_KEYS:
            inner.bold, inner.italic = getattr(outer, "bold", 0), getattr(outer, "italic", 0)

    ParaParser.start_font = start_script_font


# face name -> private-use code reportlab gave a shaped glyph -> the letters that glyph stands for
_private_text: dict[str, dict[int, str]] = {}
_PRIVATE = (0xE000, 0xF8FF)


def _note_private_glyphs(run: list, shaped: list) -> None:
    """Remember which letters each shaped glyph without a character code stands for.

    reportlab gives a glyph HarfBuzz picked that the font's cmap does not reach (Pashto ټ ښ ګ ڼ
    in their initial, medial or final forms: Unicode has no presentation forms for them) a
    private-use code, and the PDF's ToUnicode map then says U+E000…: the text layer lost the
    letter. With ``MONOTONE_CHARACTERS`` clusters each glyph points back at its letters in the
    run; a glyph alone in its cluster always stands for those letters, so the mapping is sound.
    """
    text = "".join(s for f, s in run if not hasattr(f, "cbDefn"))
    glyphs: list[tuple[str, int, int]] = []  # (font name, code, cluster)
    for f, s in shaped:
        data = getattr(s, "__shapeData__", None)
        if not data or hasattr(f, "cbDefn"):
            continue
        glyphs.extend((f.fontName, ord(ch), d.cluster) for ch, d in zip(s, data))
    if not any(_PRIVATE[0] <= code <= _PRIVATE[1] for _n, code, _c in glyphs):
        return
    starts = sorted({c for _n, _code, c in glyphs})
    count: dict[int, int] = {}
    for _n, _code, c in glyphs:
        count[c] = count.get(c, 0) + 1
    for name, code, cluster in glyphs:
        if not _PRIVATE[0] <= code <= _PRIVATE[1] or count[cluster] != 1:
            continue
        nxt = starts.index(cluster) + 1
        letters = text[cluster:starts[nxt] if nxt < len(starts) else len(text)]
        face = pdfmetrics.getFont(name).face.name
        face = face.decode("latin-1") if isinstance(face, bytes) else str(face)
        if letters.strip():
            _private_text.setdefault(face, {}).setdefault(code, letters)


def _install_private_glyph_text() -> None:
    """The ToUnicode map of each embedded subset names the letters of those glyphs (see above)."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "kimdesk_private", False):
        return

    def to_unicode(fontname: str, subset):  # type: ignore[no-untyped-def]
        known = _private_text.get(fontname.split("+", 1)[-1])
        cmap = original(fontname, subset)
        if not known or not any(code in known for code in subset):
            return cmap
        for i, code in enumerate(subset):
            if code in known:
                target = known[code].encode("utf-16-be").hex().upper()
                cmap = cmap.replace("<%02X> <%04X>" % (i, code), "<%02X> <%s>" % (i, target), 1)
        return cmap

    to_unicode.kimdesk_private = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = to_unicode


def _install_glyph_names() -> None:
    """Embedded subsets name their glyphs after their letters ("uni0416"), as the AGL spells them.

    reportlab writes a 'post' table without glyph names. A PDF printed to a PostScript queue
    such as CUPS-PDF goes PDF → PostScript (cups-filters' pdftops: Ghostscript ps2write) → PDF
    (Ghostscript pdfwrite). PostScript carries no ToUnicode map, so the copy's text layer keeps
    only what the glyph names say: without names only ASCII survived (by its WinAnsi codes).
    With "uniXXXX" names – "u067C" for a Pashto contextual form, see ``_private_text`` –
    Ghostscript writes a ToUnicode map again and umlauts, Cyrillic and Arabic stay text.
    """
    from reportlab.pdfbase import ttfonts

    make_subset = ttfonts.TTFontFile.makeSubset
    if getattr(make_subset, "kimdesk_names", False):
        return

    def named_subset(self, subset):  # type: ignore[no-untyped-def]
        data = make_subset(self, subset)
        try:
            return _with_glyph_names(self, subset, data)
        except (struct.error, KeyError, ValueError):  # a font we cannot rewrite keeps reportlab's table
            return data

    named_subset.kimdesk_names = True  # type: ignore[attr-defined]
    ttfonts.TTFontFile.makeSubset = named_subset


def _with_glyph_names(face, subset, data: bytes) -> bytes:  # type: ignore[no-untyped-def]
    """The subset font ``data`` with a format 2 'post' table naming each glyph after its letters."""
    from reportlab.pdfbase.ttfonts import TTFontMaker

    tables: dict[str, bytes] = {}
    (count,) = struct.unpack(">H", data[4:6])
    for i in range(count):
        tag, _sum, offset, length = struct.unpack(">4sLLL", data[12 + 16 * i:28 + 16 * i])
        tables[tag.decode("latin-1")] = data[offset:offset + length]
    (glyphs,) = struct.unpack(">H", tables["maxp"][4:6])
    face_name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    private = _private_text.get(face_name, {})
    # reportlab numbers the subset's glyphs 0 = .notdef, then in order of first use (makeSubset)
    seen: dict[int, int] = {0: 0}
    names: dict[int, str] = {}
    used: set[str] = {".notdef"}
    for code in subset:
        original = face.charToGlyph.get(code, 0)
        if original in seen:
            continue
        gid = seen[original] = len(seen)
        letters = private.get(code, "") if _PRIVATE[0] <= code <= _PRIVATE[1] else chr(code)
        if letters and all(ord(ch) < 0x10000 for ch in letters):
            names[gid] = _glyph_name(letters, used)
            used.add(names[gid])
    index: list[int] = [0]
    strings: list[bytes] = []
    for gid in range(1, glyphs):
        index.append(258 + len(strings))
        strings.append(names.get(gid, f"g{gid}").encode("ascii"))
    post = (b"\x00\x02\x00\x00" + tables["post"][4:16] + b"\x00" * 16 + struct.pack(">H", glyphs)
            + struct.pack(f">{glyphs}H", *index) + b"".join(bytes([len(n)]) + n for n in strings))
    maker = TTFontMaker()
    for tag, table in tables.items():
        maker.add(tag, post if tag == "post" else table)
    return maker.makeStream()


def _glyph_name(letters: str, used: set[str]) -> str:
    """An AGL name for the glyph of ``letters`` that no other glyph of the subset has.

    An Arabic letter has up to four forms (isolated, initial, medial, final), each its own
    glyph: "uni06AB", "u06AB", "u006AB", "u0006AB" all mean U+06AB to Ghostscript, which
    ignores a ".suffix".
    """
    if len(letters) == 1:
        cp = ord(letters)
        for name in (f"uni{cp:04X}", f"u{cp:04X}", f"u{cp:05X}", f"u{cp:06X}"):
            if name not in used:
                return name
    name = "uni" + "".join(f"{ord(ch):04X}" for ch in letters)
    return name if name not in used else f"{name}.{len(used)}"


def _install_safe_rise() -> None:
    """A line whose first drawn glyph sits above or below the baseline (a mark HarfBuzz moved).

    reportlab's ``PDFTextObject.setRise`` looks at the previous operator and fails on a text
    object that has none yet; that happens when a right-to-left line starts with such a word.
    """
    from reportlab.pdfgen.textobject import PDFTextObject

    set_rise = PDFTextObject.setRise
    if getattr(set_rise, "kimdesk_safe", False):
        return

    def safe_set_rise(self, rise):  # type: ignore[no-untyped-def]
        if not self._code:
            self._code.append("")
        return set_rise(self, rise)

    safe_set_rise.kimdesk_safe = True  # type: ignore[attr-defined]
    PDFTextObject.setRise = safe_set_rise


def _has_script_run(frags) -> bool:  # type: ignore[no-untyped-def]
    """A frag in a script family; after the first layout reportlab keeps frag words instead of frags."""
    for f in frags:
        if isinstance(f, list):
            if any(getattr(part[0], "fontName", None) in _SHAPED for part in f[1:]):
                return True
        elif getattr(f, "fontName", None) in _SHAPED:
            return True
    return False


_FEATURES = {"kern": True, "liga": True}
_clones: dict[int, tuple[object, object]] = {}


def _shaping_clone(style):  # type: ignore[no-untyped-def]
    """The same paragraph style with shaping on (cached per style object)."""
    hit = _clones.get(id(style))
    if hit is not None and hit[0] is style:
        return hit[1]
    clone = style.clone(style.name + "+shaped", shaping=1)
    with _lock:
        _clones[id(style)] = (style, clone)
    return clone
