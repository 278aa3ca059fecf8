"""Reading PDFs back in tests: text per page (pypdf), word boxes (pdftotext -bbox), fonts."""

from __future__ import annotations

import io
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

BASE14 = {"Courier", "Helvetica", "Times", "Symbol", "ZapfDingbats"}


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


@dataclass
class Word:
    text: str
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float


@dataclass
class Page:
    width: float
    height: float
    words: list[Word]

    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def word_boxes(pdf: bytes) -> list[Page]:
    """Every word with its box, per page, as poppler lays them out."""
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.pdf"
        src.write_bytes(pdf)
        html = subprocess.run(["pdftotext", "-bbox", str(src), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(html.decode("utf-8").replace("<!DOCTYPE", "<!-- ").replace("dtd\">", "dtd\" -->"))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [Word(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                      float(w.get("yMax"))) for w in page.findall("h:word", ns)]
        pages.append(Page(float(page.get("width")), float(page.get("height")), words))
    return pages


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page → whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            found[name] = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def is_base14(name: str) -> bool:
    bare = name.lstrip("/").split("+")[-1]
    return any(bare.startswith(b) for b in BASE14)


def folded_text(pdf: bytes) -> str:
    """All pages' text, NFKC-folded (Arabic presentation forms → letters), whitespace collapsed."""
    import re
    import unicodedata

    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", " ".join(pages_text(pdf))))


def has_text(text: str, wanted: str) -> bool:
    """``wanted`` in ``text`` in logical order or in visual order (right-to-left words reversed)."""
    return any(form in text for form in (wanted, " ".join(reversed(wanted.split())), wanted[::-1]))
