"""The printed minutes, read back from the PDF: content, names in any script, page layout, fonts."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from sqlalchemy import select

from kimdesk.models import AuditEntry
from kimdesk.reports.minutes import ActionLine, MinutesDoc, ParticipantLine, TopLine, render_minutes
from kimdesk.reports.template import BOTTOM, LEFT, RIGHT, TOP
from kimdesk.services.conferences_minutes import agenda_edit, minutes_print
from kimdesk.services.admin import print_settings
from kimdesk.services.conferences_minutes import conference_edit as edit
from tests.support.conferences import fill_protocol, make_case
from tests.support.pdf import folded_text, fonts, has_text, is_base14, pages_text, word_boxes

PRINTED = datetime(2025, 6, 18, 14, 5)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_minutes_show_everything_of_the_protocol(store):
    case = make_case(store, given_name="Mariam", family_name="Quastenflosser")
    fill_protocol(store, case)
    print_settings.set_organisation(store, "Kreis Düren – Kommunales Integrationsmanagement")
    rendered = minutes_print.render_conference(store, case.conference_id, printed_at=PRINTED)
    pages = pages_text(rendered.pdf)
    text = _flat(" ".join(pages))
    for expected in (
        "Protokoll der Fallkonferenz", "Kreis Düren – Kommunales Integrationsmanagement",
        "Mittwoch, 18.06.2025", "10:00 Uhr", "Besprechungsraum 2", case.case_number,
        "Anna Weber", "Jiří Dvořák",  # moderation, minute taker
        "Çağlar Öztürk", "Оксана Коваленко", "Zofia Wiśniewska",  # participants, exactly as written
        "Jobcenter Test", "Dolmetscherin (Ukrainisch)", "anwesend", "entschuldigt",
        "liegt vor (bis 09.01.2026)", "nicht erforderlich",
        "Kindeswohl: Abstimmung zur Unterbringung ist unaufschiebbar.",  # the override reason is stated
        "TOP 1 Existenzsicherung nach der Anerkennung", "TOP 2 Schulplatz für die Tochter",
        "Bis zur Bewilligung droht eine Lücke.",
        "Das Jobcenter entscheidet vorrangig über den Antrag.", "Das Jugendamt begleitet die Anmeldung.",
        "Wer", "Was", "Bis wann", "Status", "Bescheid erlassen", "01.07.2025", "Anmeldung an der Schule begleiten",
        "Mittwoch, 30.07.2025",  # next date
        "Moderation", "Protokoll", "Sozialdaten nach § 35 SGB I", "Gedruckt am 18.06.2025, 14:05 Uhr",
        "Nicht zur Weitergabe an die Ausländerbehörde.",
    ):
        assert expected in text, expected
    assert "Entwurf" in text  # draft: watermark and status line
    for n, page in enumerate(pages, 1):
        assert f"Seite {n} von {len(pages)}" in page
    # the person is named by case number only
    assert "Quastenflosser" not in text and "Mariam" not in text
    assert rendered.notices == []
    with store.session(write=False) as s:  # printing personal data is recorded (ids only)
        printed = s.execute(select(AuditEntry.entity, AuditEntry.row_id).where(AuditEntry.action == "print")).all()
    assert [tuple(row) for row in printed] == [("conference", case.conference_id)]


def test_final_minutes_have_no_watermark_and_addenda_follow_the_protocol(store):
    case = make_case(store)
    ids = fill_protocol(store, case)
    edit.finalise(store, case.conference_id, now=datetime(2025, 6, 20, 16, 0))
    first = minutes_print.render_conference(store, case.conference_id, printed_at=PRINTED)
    # follow-up after finalising does not change the printed protocol
    agenda_edit.set_action_status(store, ids["a1"], "done", on=date(2025, 6, 30))
    again = minutes_print.render_conference(store, case.conference_id, printed_at=PRINTED)
    assert pages_text(first.pdf) == pages_text(again.pdf)
    edit.add_addendum(store, case.conference_id, "Korrektur zu TOP 1: Antrag am 12.06.2025 gestellt.",
                      author="Anna Weber", on=date(2025, 6, 25))
    text = _flat(" ".join(pages_text(minutes_print.render_conference(store, case.conference_id,
                                                                     printed_at=PRINTED).pdf)))
    assert "Entwurf" not in text and "abgeschlossen am 20.06.2025" in text
    addendum = text.index("Nachtrag vom 25.06.2025 (Anna Weber)")
    assert addendum > text.index("Vereinbarte Aufgaben") > 0
    assert addendum > text.index("Der nächste Termin ist am") > 0  # after the closing and the signatures
    assert text.index("Korrektur zu TOP 1: Antrag am 12.06.2025 gestellt.") > addendum


def test_every_font_is_embedded_and_none_is_base14(store):
    case = make_case(store)
    fill_protocol(store, case)
    found = fonts(minutes_print.render_conference(store, case.conference_id).pdf)
    assert found and all(found.values()), found
    assert not [name for name in found if is_base14(name)]


def test_arabic_and_ethiopic_print_as_written_uncovered_scripts_are_transliterated_and_reported():
    doc = MinutesDoc(date=date(2025, 6, 18), case_numbers=["25-AB12-0001"], participants=[
        ParticipantLine("محمد حسين", "Caritas", "Migrationsberatung"),
        ParticipantLine("Оксана Коваленко", "", "Dolmetscherin"),
        ParticipantLine("שלום כהן", "", "Gast")],
        agenda=[TopLine(1, "Gesundheit", "Die Mutter (ሰላም) berichtet.")])
    rendered = render_minutes(doc, printed_at=PRINTED)
    text = folded_text(rendered.pdf)
    assert has_text(text, "محمد حسين") and "(ሰላም)" in text and "Оксана Коваленко" in text
    assert "⟨slvm khhn⟩" in text  # no bundled font covers Hebrew: the last resort, and it says so
    assert [(n.field, n.scripts) for n in rendered.notices] == [("Teilnehmende, Zeile 3", ("hebräische Schrift",))]
    assert "Hinweis zur Darstellung" in text and "Teilnehmende, Zeile 3: hebräische Schrift" in text


def _long_agenda(items: int) -> MinutesDoc:
    sentence = ("Die Beteiligten berichten ausführlich über den Stand des Verfahrens, die offenen Anträge und die "
                "nächsten Schritte; Zuständigkeiten werden festgehalten. ")
    agenda = [TopLine(n, f"Thema {n}: Abstimmung der Zuständigkeiten", (sentence * 6 + "\n\n") * 2,
                      [f"Beschluss {n}: Die zuständige Stelle übernimmt."],
                      [ActionLine(f"Aufgabe-{n} erledigen und dem KIM berichten", f"Person {n}", "Jobcenter Test",
                                  date(2025, 7, 1), "open", n)]) for n in range(1, items + 1)]
    agenda[4].notes = sentence * 120  # one discussion longer than a page
    agenda[7].actions.append(ActionLine("Sehr lange Aufgabe. " * 260, "Person X", "Jugendamt", None, "open", 8))
    return MinutesDoc(date=date(2025, 6, 18), starts_at=time(9, 30), place="Rathaus", moderator="Anna Weber",
                      minute_taker="Jiří Dvořák", case_numbers=["25-AB12-0001"], draft=False,
                      finalised_at=datetime(2025, 6, 20),
                      participants=[ParticipantLine(f"Teilnehmerin {i}", "Jobcenter Test") for i in range(60)],
                      agenda=agenda, next_date=date(2025, 7, 30))


def test_forty_items_break_pages_with_repeated_headers_and_nothing_off_the_page():
    rendered = render_minutes(_long_agenda(40), printed_at=PRINTED)
    pages = word_boxes(rendered.pdf)
    assert rendered.pages == len(pages) >= 20
    eps = 1.0
    for n, page in enumerate(pages, 1):
        assert f"Seite {n} von {len(pages)}" in page.text()
        for w in page.words:  # nothing outside the page, nothing in the side margins
            assert LEFT - eps <= w.x0 and w.x1 <= page.width - RIGHT + eps, (n, w)
            assert 0 <= w.y0 and w.y1 <= page.height, (n, w)
        body = [w for w in page.words if TOP - 8 < w.y0 and w.y1 < page.height - BOTTOM + 2]
        outside = [w for w in page.words if w not in body]
        # outside the body frame only the running header and footer
        assert {w.text for w in outside} <= set(
            "Kommunales Integrationsmanagement Protokoll der Fallkonferenz Az. 25-AB12-0001 Vertraulich – "
            f"Sozialdaten nach § 35 SGB I Gedruckt am 18.06.2025, 14:05 Uhr Seite {n} von {len(pages)}".split()), (
            n, outside)
    # participants table and action table: every page with rows repeats the header above them
    for marker, header in (("Teilnehmerin", "Anwesenheit"), ("Aufgabe-", "Bis")):
        spanned = [p for p in pages if any(w.text.startswith(marker) for w in p.words)]
        assert len(spanned) >= 2, marker
        for page in spanned:
            heads = [w for w in page.words if w.text == header]
            rows = [w for w in page.words if w.text.startswith(marker)]
            # exactly one header, above the first row: never a repeated header in the middle of a page
            assert len(heads) == 1 and heads[0].y0 < min(r.y0 for r in rows), (marker, pages.index(page) + 1)
    text = _flat(" ".join(pages_text(rendered.pdf)))
    assert all(f"Aufgabe-{n} erledigen" in text for n in range(1, 41))
    assert all(f"Beschluss {n}: Die zuständige Stelle übernimmt." in text for n in range(1, 41))
    # a row taller than a page splits inside the row (across pages the words are split by header and footer)
    assert text.count("Sehr") == 260 and text.count("lange Aufgabe.") == 260
