"""What the embedded font can print as written, and what is transliterated and reported."""

from __future__ import annotations

import pytest

from kimdesk.reports.text_guard import TextGuard


@pytest.mark.parametrize("text", [
    "Größe, Maß, Äußerung", "Çağlar Öztürk, İstanbul, ılık", "Małgorzata Wiśniewska, Łódź, źdźbło",
    "Jiří Dvořák, Ústí nad Labem, čtvrť", "Оксана Коваленко, Їжакевич, Ґанна", "Ελένη Παπαδοπούλου",
    "Nguyễn Văn Anh", "§ 24 AufenthG – „Fiktionsbescheinigung“ … 100 €",
])
def test_latin_greek_cyrillic_print_as_written(text):
    guard = TextGuard()
    assert guard.plain(text, "f") == text
    assert guard.notices == []


@pytest.mark.parametrize("text, printed, script", [  # plain: canvas text in the base font
    ("محمد", "⟨mhmd⟩", "arabische Schrift"),
    ("Herr محمد حسين kam.", "Herr ⟨mhmd hsyn⟩ kam.", "arabische Schrift"),
    ("ሰላም", "⟨selam⟩", "äthiopische Schrift (Ge'ez)"),
    ("שלום", "⟨slvm⟩", "hebräische Schrift"),
    ("王芳", "⟨WangFang⟩", "chinesische Schriftzeichen"),
    ("नमस्ते", "⟨nmste⟩", "Devanagari"),
])
def test_unprintable_scripts_become_marked_transliterations_and_are_reported(text, printed, script):
    guard = TextGuard()
    assert guard.plain(text, "Teilnehmende, Zeile 1") == printed
    assert [(n.field, n.scripts) for n in guard.notices] == [("Teilnehmende, Zeile 1", (script,))]


def test_decomposed_accents_are_composed_and_control_characters_dropped():
    guard = TextGuard()
    assert guard.plain("Jos\u0065\u0301 Mu\u0308ller\x07\u200b", "f") == "José Müller"
    assert guard.markup("a < b & c\nd", "f") == "a &lt; b &amp; c<br/>d"
    assert guard.paragraphs("eins\n\nzwei\ndrei", "f") == ["eins", "zwei<br/>drei"]
    assert guard.notices == []


def test_markup_puts_each_script_in_its_own_font_and_keeps_the_latin_label():
    guard = TextGuard()
    assert guard.markup("Name: محمد", "f") == 'Name: <font name="KIMArabic">محمد</font>'
    assert guard.markup("Tigrinya: ሰላም ተስፋይ", "f") == 'Tigrinya: <font name="KIMEthiopic">ሰላም ተስፋይ</font>'
    assert guard.markup("Олена & <b>", "f") == "Олена &amp; &lt;b&gt;"
    assert guard.notices == []


def test_markup_keeps_right_to_left_runs_in_reading_order_for_the_line_breaker():
    guard = TextGuard()
    # the lines are put in visual order after breaking (bidi_lines; see test_bidi_lines)
    assert guard.markup("Herr محمد أحمد kam.", "f") == 'Herr <font name="KIMArabic">محمد أحمد</font> kam.'
    assert guard.markup("(مینا)", "f") == '(<font name="KIMArabic">مینا</font>)'
    assert guard.markup("شارع 12 برلين", "f") == '<font name="KIMArabic">شارع</font> 12 <font name="KIMArabic">برلين</font>'
    assert guard.markup("محمد\nأحمد", "f") == '<font name="KIMArabic">محمد</font><br/><font name="KIMArabic">أحمد</font>'


def test_canvas_text_keeps_the_transliteration_with_its_notice():
    guard = TextGuard()
    assert guard.plain("محمد", "Briefkopf") == "⟨mhmd⟩"
    assert [n.field for n in guard.notices] == ["Briefkopf"]
