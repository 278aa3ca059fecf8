"""PDF generation time of the printed minutes: a 2-page and a 20-page protocol, pages per second.

Baseline, measured in the same run: a bare reportlab document with the same text (same
embedded font, plain paragraphs, no tables, no page furniture, no text guard). The ratio
says what the minutes' layout costs on top of reportlab itself. Target: under 0.5 s for
20 pages.
"""

from __future__ import annotations

import io
import statistics
from datetime import date, datetime, time

from benchmarks.common import timed
from benchmarks.common import record

SENTENCE = ("Die Beteiligten berichten über den Stand des Verfahrens; Frau Öztürk erläutert die offenen Anträge, "
            "Herr Dvořák die nächsten Schritte der Schulanmeldung. ")


def protocol(tops: int):
    from kimdesk.reports.minutes import ActionLine, ConsentLine, MinutesDoc, ParticipantLine, TopLine

    agenda = [TopLine(n, f"Abstimmung der Zuständigkeiten, Teil {n}", (SENTENCE * 5 + "\n\n") * 2,
                      [f"Die zuständige Stelle übernimmt die Klärung zu Punkt {n}."],
                      [ActionLine(f"Rückmeldung zu Punkt {n} an das KIM", "Çağlar Öztürk", "Jobcenter StädteRegion Aachen",
                                  date(2025, 7, 1), "open", n)]) for n in range(1, tops + 1)]
    people = [ParticipantLine("Çağlar Öztürk", "Jobcenter StädteRegion Aachen", "Arbeitsvermittlung", "present",
                              ConsentLine("valid", date(2026, 1, 31))),
              ParticipantLine("Оксана Коваленко", "", "Dolmetscherin", "present"),
              ParticipantLine("Zofia Wiśniewska", "Jugendamt", "ASD", "excused",
                              ConsentLine("missing", None, "abgelaufen am 31.05.2025", "Eilfall"))]
    return MinutesDoc(date=date(2025, 6, 18), starts_at=time(10, 0), place="Besprechungsraum 2",
                      moderator="Anna Weber", minute_taker="Jiří Dvořák", case_numbers=["25-AB12-0001"],
                      participants=people, agenda=agenda, next_date=date(2025, 7, 30), draft=True)


def bare(doc) -> int:
    """The same words as plain paragraphs in a bare reportlab document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from kimdesk.reports import fonts

    fonts.register()
    style = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    texts = [p.name + " " + p.agency for p in doc.participants]
    for top in doc.agenda:
        texts += [top.title, *top.notes.split("\n\n"), *top.decisions]
        texts += [f"{a.who_agency} {a.who} {a.what} {a.due}" for a in top.actions]
    story = [Paragraph(t, style) for t in texts if t.strip()]
    buffer = io.BytesIO()
    pages = []
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=fonts.REGULAR).build(
        story, onLaterPages=lambda c, d: pages.append(1), onFirstPage=lambda c, d: pages.append(1))
    return len(pages)


def main(quick: bool = False) -> None:
    from kimdesk.reports.minutes import render_minutes

    repeats = 1 if quick else 5
    sizes = {"2-page": 2, "20-page": 31} if not quick else {"2-page": 2, "small": 6}
    render_minutes(protocol(1))  # font loading and imports are not part of the figure
    for label, tops in sizes.items():
        doc = protocol(tops)
        pages = render_minutes(doc, printed_at=datetime(2025, 6, 18)).pages
        ours = statistics.median(timed(lambda: render_minutes(doc, printed_at=datetime(2025, 6, 18)))
                                 for _ in range(repeats))
        bare_pages = bare(doc)
        base = statistics.median(timed(lambda: bare(doc)) for _ in range(repeats))
        print(f"   {label:8s} {pages:3d} pages  minutes {ours * 1000:7.1f} ms  ({pages / ours:6.1f} pages/s)   "
              f"bare reportlab, same text: {base * 1000:7.1f} ms ({bare_pages} pages)   ratio {ours / base:4.2f}x")
        if label == "20-page":
            verdict = "met" if ours < 0.5 else "MISSED"
            print(f"   target < 500 ms for 20 pages: {verdict} ({ours * 1000:.0f} ms for {pages} pages)")
            record("20-page minutes < 500 ms (baseline: bare reportlab, same text)", base, ours, "s", ours < 0.5)


if __name__ == "__main__":
    main()
