"""A right-to-left phrase inside German text keeps its reading order when the line wraps."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from kimdesk.reports.template import PageSetup, render
from tests.support.pdf import folded_text, word_boxes

PRINTED = datetime(2025, 6, 18, 14, 5)
PHRASE = "ما به کمک برای پیدا کردن خانه نیاز داریم"  # Persian: "we need help to find a flat"
WORDS = PHRASE.split()


def _render(width: float, text: str):
    def story(styles, guard):
        cell = Paragraph(guard.markup(text, "Notiz"), styles.body)
        return [Table([[cell]], colWidths=[width])]

    return render(story, PageSetup("Notiz", printed_at=PRINTED))


def _lines(pdf: bytes) -> list[list[str]]:
    """The body's words line by line, each line left to right as drawn (NFKC-folded)."""
    page = word_boxes(pdf)[0]
    body = [w for w in page.words if 60 < w.y0 < page.height - 60]
    return [[unicodedata.normalize("NFKC", w.text) for w in sorted(row, key=lambda w: w.x0)] for row in _rows(body)]


def _rows(words: list) -> list[list]:
    """Words grouped into lines by their vertical middle (Arabic and Latin fonts differ in height)."""
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (w.y0 + w.y1) / 2):
        middle = (w.y0 + w.y1) / 2
        if rows and abs(middle - (rows[-1][0].y0 + rows[-1][0].y1) / 2) < 4:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _logical(word: str) -> str:
    """A word as poppler gives it back, in reading order (it may give right-to-left letters reversed)."""
    return word if word in WORDS else word[::-1]


def test_a_persian_phrase_that_wraps_keeps_its_words_in_reading_order_line_by_line():
    text = f"Die Klientin sagte wörtlich: „{PHRASE}“ und bat um einen Termin beim Wohnungsamt."
    rendered = _render(52 * mm, text)
    lines = _lines(rendered.pdf)
    persian = [[_logical(w.strip("„“:")) for w in line if _logical(w.strip("„“:")) in WORDS] for line in lines]
    persian = [line for line in persian if line]
    assert len(persian) >= 2, lines  # the phrase really wraps
    # right to left on each line: read from the right edge, the words come in reading order
    reading = [list(reversed(line)) for line in persian]
    assert [w for line in reading for w in line] == WORDS, lines
    assert "Die" in lines[0] and "Wohnungsamt." in lines[-1], lines


def test_a_phrase_that_fits_on_one_line_reads_right_to_left_between_the_german_words():
    rendered = _render(160 * mm, f"Sie sagte {' '.join(WORDS[:3])} und ging.")
    line = next(line for line in _lines(rendered.pdf) if "Sie" in line)
    assert line[:2] == ["Sie", "sagte"] and line[-2:] == ["und", "ging."], line
    assert [_logical(w) for w in line[2:5]] == list(reversed(WORDS[:3])), line


def test_a_paragraph_split_across_pages_keeps_reading_order_on_the_next_page():
    def story(styles, guard):
        filler = [Paragraph("Zeile", styles.body) for _ in range(39)]
        return filler + [Paragraph(guard.markup(" ".join([f"Absatz {PHRASE}."] * 12), "Notiz"), styles.body)]

    rendered = render(story, PageSetup("Notiz", printed_at=PRINTED))
    assert rendered.pages == 2
    assert folded_text(rendered.pdf).count("Absatz") == 12
    for page in word_boxes(rendered.pdf):
        # the paragraph really is split (poppler may give a Latin word reversed inside a right-to-left line)
        assert any(w.text in ("Absatz", "ztasbA") for w in page.words)
        full = 0
        for row in _rows(page.words):
            runs: list[list[str]] = [[]]
            for w in sorted(row, key=lambda w: w.x0):
                word = _logical(unicodedata.normalize("NFKC", w.text).strip("."))
                if word in WORDS:
                    runs[-1].append(word)
                else:
                    runs.append([])
            for run in runs:
                if len(run) == len(WORDS):  # a whole phrase on the line reads from the right edge
                    assert list(reversed(run)) == WORDS, row
                    full += 1
        assert full, "no whole phrase on the page"


def test_a_name_and_a_number_between_arabic_words_are_drawn_in_visual_order():
    rendered = _render(160 * mm, "Herr محمد أحمد kam aus شارع 12 برلين zurück.")
    line = next(line for line in _lines(rendered.pdf) if "Herr" in line)
    shown = [w if w in ("Herr", "kam", "aus", "12", "zurück.") else _arabic(w) for w in line]
    # left to right on the page: Ahmad before Mohammed, Berlin before the number before the street
    assert shown == ["Herr", "أحمد", "محمد", "kam", "aus", "برلين", "12", "شارع", "zurück."], line


def _arabic(word: str) -> str:
    known = ("محمد", "أحمد", "شارع", "برلين")
    return word if word in known else word[::-1]


def test_a_phone_number_after_a_persian_label_keeps_its_digit_groups_in_order():
    from kimdesk.reports import catalogue
    from kimdesk.reports.bilingual import Texts

    def story(styles, guard):
        texts = Texts(catalogue.load("fa"), styles, guard, 160 * mm)
        return [Paragraph(f"{texts.inline('handout.phone')}: " + guard.markup("0241 123456", "Telefon"), styles.body)]

    rendered = render(story, PageSetup("Notiz", printed_at=PRINTED))
    line = next(line for line in _lines(rendered.pdf) if any(w.startswith("Telefon") for w in line))
    assert line[-2:] == ["0241", "123456"], line  # not "123456 0241" (UAX #9 W2 after an Arabic letter)


def test_persian_words_joined_by_a_zero_width_non_joiner_stay_whole():
    # HarfBuzz gives the ZWNJ in "آن‌ها" and "می‌توانند" the space glyph; the word must not be split there
    rendered = _render(160 * mm, "Sie sagte آن‌ها می‌توانند und ging.")
    line = next(line for line in _lines(rendered.pdf) if "Sie" in line)
    parts = ("آن", "ها", "می", "توانند")
    shown = [w if w in parts else w[::-1] for w in line[2:-2]]
    # left to right on the page: the second word (its two parts in visual order), then the first
    assert shown == ["توانند", "می", "ها", "آن"], line
