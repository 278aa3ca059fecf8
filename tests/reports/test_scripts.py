"""Every script a bundled font covers prints as written, beside its German label, in every document."""

from __future__ import annotations

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
