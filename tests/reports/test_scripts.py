"""Every script a bundled font covers prints as written, beside its German label, in every document."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from kimdesk.reports.consent_form import ConsentFormDoc, Recipient, render_consent_form
from tests.support.pdf import folded_text, fonts, has_text

PRINTED = datetime(2025, 6, 18, 14, 5)
NAMES = [
    ("arabisch", "محمد حسين", "NotoSansArabic"),
    ("persisch", "زهرا رضایی", "NotoSansArabic"),
    ("tigrinya", "ተስፋይ ገብረሚካኤል", "NotoSansEthiopic"),
    ("kyrillisch", "Олена Коваленко", "DejaVuSans"),
]


@pytest.mark.parametrize("script, name, font", NAMES, ids=[n[0] for n in NAMES])
def test_consent_form_prints_the_name_in_its_script_beside_the_german_label(script, name, font):
    rendered = render_consent_form(ConsentFormDoc(person_name=name, case_number="25-AB12-0001",
                                                  recipients=[Recipient("Jobcenter Aachen")]),
                                   printed_at=PRINTED)
    text = folded_text(rendered.pdf)
    assert has_text(text, name), text[:300]
    assert "Name, Vorname" in text and "⟨" not in text
    assert rendered.notices == []
    used = fonts(rendered.pdf)
    assert any(font in f for f in used) and all(used.values()), used


def test_a_mixed_line_keeps_both_scripts():
    rendered = render_consent_form(ConsentFormDoc(person_name="Ahmad (محمد) Олена ሰላም", case_number="1"),
                                   printed_at=PRINTED)
    text = folded_text(rendered.pdf)
    assert "Ahmad" in text and has_text(text, "محمد") and "Олена" in text and "ሰላም" in text


def _header_story(styles, guard):
    from reportlab.platypus import Paragraph

    return [Paragraph("Inhalt", styles.body)]


def test_page_header_and_footer_print_arabic_persian_pashto_and_ethiopic_as_written():
    from kimdesk.reports.template import PageSetup, render
    from tests.support.pdf import word_boxes

    setup = PageSetup("Einwilligung – زهرا رضایی", organisation="Kreis Düren – مینا", reference="Az. ګڼه Олена",
                      confidential=False, footer_note="ሰላም ዓለም", printed_at=PRINTED)
    rendered = render(_header_story, setup)
    text = folded_text(rendered.pdf)
    for wanted in ("Kreis Düren", "مینا", "Einwilligung", "زهرا رضایی", "ګڼه", "Олена", "ሰላም ዓለም", "Seite 1 von 1"):
        assert has_text(text, wanted), (wanted, text)
    assert "⟨" not in text and rendered.notices == []
    page = word_boxes(rendered.pdf)[0]
    top = {w.text for w in page.words if w.y1 < 60}
    bottom = {w.text for w in page.words if w.y0 > page.height - 60}
    top = {unicodedata.normalize("NFKC", w) for w in top}
    # poppler may give a right-to-left word in visual order: either order is fine
    assert all(w in top or w[::-1] in top for w in ("مینا", "زهرا", "رضایی", "ګڼه")), top
    assert {"ሰላም", "ዓለም"} <= bottom, bottom
    used = fonts(rendered.pdf)
    assert any("NotoSansArabic" in f for f in used) and any("NotoSansEthiopic" in f for f in used), used


def test_a_long_arabic_header_is_clipped_with_an_ellipsis_not_run_into_the_title():
    from kimdesk.reports.template import PageSetup, render
    from tests.support.pdf import word_boxes

    organisation = "مركز الاندماج البلدي " * 12
    rendered = render(_header_story, PageSetup("Einwilligung", organisation=organisation, printed_at=PRINTED))
    page = word_boxes(rendered.pdf)[0]
    head = [w for w in page.words if w.y1 < 60]
    title = next(w for w in head if w.text == "Einwilligung")
    assert all(w.x1 <= title.x0 for w in head if w is not title), [(w.text, w.x0, w.x1) for w in head]
    assert "..." in folded_text(rendered.pdf)  # "…", NFKC-folded


PASHTO = "ټوليال ډېوه ړنګ ښکلې ګڼه"  # letters Unicode has no presentation forms for (ټ ډ ړ ښ ګ ڼ ې)


def test_pashto_letters_without_presentation_forms_reach_the_text_layer():
    rendered = render_consent_form(ConsentFormDoc(person_name=PASHTO, case_number="25-AB12-0001"),
                                   printed_at=PRINTED)
    text = folded_text(rendered.pdf)
    assert has_text(text, PASHTO), text[:300]
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text), [hex(ord(c)) for c in text if ord(c) > 0xE000]


def _font_programs(pdf: bytes) -> dict[str, bytes]:
    import io

    from pypdf import PdfReader

    found: dict[str, bytes] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            desc = font["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = desc["/FontFile2"].get_object().get_data()
    return found


def test_embedded_fonts_name_their_glyphs_after_their_letters_so_a_postscript_round_trip_keeps_text():
    # CUPS-PDF goes PDF -> PostScript -> PDF; only glyph names carry the letters through PostScript
    rendered = render_consent_form(ConsentFormDoc(person_name=f"Müller Олена {PASHTO}", case_number="1"),
                                   printed_at=PRINTED)
    programs = _font_programs(rendered.pdf)
    dejavu = b"".join(v for k, v in programs.items() if "DejaVuSans" in k)
    arabic = b"".join(v for k, v in programs.items() if "NotoSansArabic" in k)
    assert b"uni00FC" in dejavu and b"uni041E" in dejavu  # ü, О
    assert b"uni067C" in arabic and b"uni06AB" in arabic  # ټ and ګ in their contextual forms
    assert has_text(folded_text(rendered.pdf), PASHTO)
