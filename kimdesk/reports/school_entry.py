"""The school-entry report: *Übersicht Seiteneinsteiger und Internationale Förderklassen*.

The committee's question from the seed minutes, answered from the team's data: how many
newly arrived young people wait for a school place today, where and for which school form,
how many were placed in the period, and how long they waited — from their assignment to
the municipality and from their registration with the school office. Input is the already
suppressed ``SchoolEntryTables``; no name, birth date or case number ever reaches it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from kimdesk.i18n import translate
from kimdesk.reports import charts
from kimdesk.reports.figure_layout import (
    blocked_note,
    chart_or_note,
    disclosure_rules,
    figure_table,
    key_figures,
    legend_line,
    section,
)
from kimdesk.reports.template import (
    DEFAULT_ORGANISATION,
    PageSetup,
    Rendered,
    Styles,
    anonymous_note,
    frame_width,
    render,
)
from kimdesk.reports.text_guard import TextGuard
from kimdesk.figures.periods import day_text
from kimdesk.figures.report_tables import FigureTable
from kimdesk.figures.disclosure import TOTAL

if TYPE_CHECKING:  # the figures' type only: reports sit below services
    from kimdesk.services.schooling.school_entry_tables import SchoolEntryTables


def title() -> str:
    return translate("Report", "Übersicht Seiteneinsteiger und Internationale Förderklassen")


def period_text(x: SchoolEntryTables) -> str:
    f = x.figures
    return translate("Report", "Berichtszeitraum {start} bis {end} · Stichtag {day}").format(
        start=day_text(f.date_from), end=day_text(f.date_to), day=day_text(f.as_of))


def render_school_entry(x: SchoolEntryTables, *, organisation: str = DEFAULT_ORGANISATION,
                        printed_at: datetime | None = None) -> Rendered:
    setup = PageSetup(title=title(), organisation=organisation, reference=period_text(x), printed_at=printed_at,
                      running_title=translate("Report", "Übersicht Seiteneinsteiger"),
                      confidential=False, footer_note=anonymous_note())
    return render(lambda s, g: _story(x, setup, s, g), setup)


def _totals(table: FigureTable) -> tuple[list[str], list[charts.Series]]:
    points = table.series(TOTAL)
    return [p.label for p in points], [charts.Series(translate("Report", "Personen"), [p.value for p in points],
                                                     [p.text for p in points])]


def _note(table: object, s: Styles) -> list[Flowable]:
    """The sentence under a table: why it is coarser than asked, or why it is blocked."""
    out = [Paragraph(escape(table.note), s.small)] if getattr(table, "note", "") else []
    return out + blocked_note(table, s)


def _story(x: SchoolEntryTables, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    f = x.figures
    key = x.key_figures()
    story: list[Flowable] = [
        Paragraph(g.markup(title(), translate("Print", "Titel")), s.title),
        Paragraph(g.markup(period_text(x), translate("Print", "Titel")), s.subtitle),
        Paragraph("<b>" + escape(x.headline()) + "</b>", s.body),
        Paragraph(translate("Report", "Neu zugewanderte Kinder und Jugendliche (Seiteneinsteiger), die auf einen "
                                      "Schulplatz warten oder im Zeitraum einen bekommen haben. Gezählt werden "
                                      "Personen mit erfasster Zuweisung an die Kommune oder Anmeldung beim Schulamt "
                                      "bzw. Kommunalen Integrationszentrum. Zum Schutz der gezählten Personen sind "
                                      "kleine Zahlen nicht ausgewiesen (Regeln im Anhang)."), s.body)]
    if x.overview is not None:
        story += [KeepTogether([Paragraph(g.markup(x.overview.title, x.overview.title), s.run_in),
                                figure_table(x.overview.grid(), s, g, width, where=x.overview.title,
                                             label_width=width - 5 * 24 * mm), *_note(x.overview, s)])]
    story += [Paragraph(translate("Report", "Auf einen Blick"), s.h2), key_figures(key, s, width), Spacer(1, 2 * mm),
              legend_line(s)]
    cats, series = _totals(x.waiting)
    story += section(translate("Report", "1. Wartend am Stichtag"),
                     translate("Report", "Zugewiesen oder angemeldet bis zum Stichtag {day} und noch ohne Schulplatz, "
                                         "nach Wohnkommune und gewünschter Schulform.").format(
                         day=day_text(f.as_of)), s, g,
                     chart_or_note(series, lambda: charts.horizontal_bars(cats, series, width * 0.7), s),
                     figure_table(x.waiting.grid(), s, g, width, where=x.waiting.title, label_width=34 * mm),
                     *_note(x.waiting, s))
    if x.operators is not None:
        op, places = x.operators, x.operators_places
        parts: list[Flowable] = [figure_table(op.grid(), s, g, width, where=op.title, label_width=30 * mm),
                                 *_note(op, s)]
        if places is not None:
            parts += [Spacer(1, 3 * mm), KeepTogether([
                Paragraph(g.markup(places.title, places.title), s.run_in),
                figure_table(places.grid(), s, g, width, where=places.title, label_width=30 * mm),
                *_note(places, s)])]
        else:
            parts.append(Paragraph(translate("Report", "Plätze für die nächsten Aufnahmen sind nicht erfasst."),
                                   s.small))
        story += section(translate("Report", "2. Wartende und Plätze nach Schulträger"),
                         translate("Report", "Wartende am Stichtag nach dem Träger der gewünschten Schulform in ihrer "
                                             "Kommune (Kommune oder StädteRegion), darunter die von der Koordinierung "
                                             "erfassten Plätze der nächsten Aufnahme. Plätze sind Angebote, keine "
                                             "Personen, und werden nicht verdeckt."), s, g, *parts)
    if x.duty is not None:
        story += section(translate("Report", "3. Wartende nach Schulpflicht"),
                         translate("Report", "Schulpflichtig: am Stichtag im Alter der Vollzeitschulpflicht (6 bis 15 "
                                             "Jahre, § 35 Abs. 1 und § 37 Abs. 1 SchulG NRW); ohne Schulplatz ist "
                                             "sofort nachzufassen."), s, g,
                         figure_table(x.duty.grid(), s, g, width, where=x.duty.title, label_width=44 * mm),
                         *_note(x.duty, s))
    cats2, series2 = _totals(x.placements)
    story += section(translate("Report", "4. Aufnahmen im Zeitraum"),
                     translate("Report", "In eine Schule aufgenommen zwischen {start} und {end}, nach Wohnkommune und "
                                         "Schulform.").format(start=day_text(f.date_from),
                                                              end=day_text(f.as_of)), s, g,
                     chart_or_note(series2, lambda: charts.horizontal_bars(cats2, series2, width * 0.7), s),
                     figure_table(x.placements.grid(), s, g, width, where=x.placements.title, label_width=34 * mm),
                     *_note(x.placements, s))
    waits = charts.from_points(x.placed_waits.series)
    story += section(translate("Report", "5. Wartezeiten"),
                     translate("Report", "Tage bis zur Aufnahme für die Aufnahmen im Zeitraum, gerechnet ab der "
                                         "Zuweisung an die Kommune und ab der Anmeldung: die Hälfte wartete höchstens "
                                         "so lange wie der Median, neun von zehn höchstens so lange wie der "
                                         "90-%-Wert."), s, g,
                     chart_or_note(waits, lambda: charts.horizontal_bars(
                         [p.label for p in x.placed_waits.series[0][1]], waits, width), s),
                     KeepTogether([Paragraph(g.markup(x.placed_waits.title, x.placed_waits.title), s.run_in),
                                   figure_table(x.placed_waits.grid(), s, g, width, where=x.placed_waits.title,
                                                label_width=width - 4 * 27 * mm, total_row=False)]))
    story += [Spacer(1, 3 * mm),
              KeepTogether([Paragraph(g.markup(x.waiting_waits.title, x.waiting_waits.title), s.run_in),
                            figure_table(x.waiting_waits.grid(), s, g, width, where=x.waiting_waits.title,
                                         label_width=width - 4 * 27 * mm, total_row=False)])]
    story += _appendix(s)
    return story


def _appendix(s: Styles) -> list[Flowable]:
    terms = [
        (translate("Report", "Wartend"), translate("Report", "Bis zum Stichtag der Kommune zugewiesen oder beim "
                                                             "Schulamt bzw. Kommunalen Integrationszentrum angemeldet "
                                                             "und bis dahin nicht in eine Schule aufgenommen.")),
        (translate("Report", "Stichtag"), translate("Report", "Das Ende des Berichtszeitraums, oder heute, wenn es "
                                                              "noch nicht erreicht ist.")),
        (translate("Report", "Schulform"), translate("Report", "Die gewünschte Schulform: Primarstufe, Sekundarstufe, "
                                                               "Internationale Förderklasse (ein Jahr am Berufskolleg, "
                                                               "Aufnahme zum 1. August), Fit für Mehr (Aufnahme zum "
                                                               "1. November, 1. Februar und 1. Mai) oder eine andere "
                                                               "Schulform.")),
        (translate("Report", "Wartezeit"), translate("Report", "Tage von der Zuweisung bzw. der Anmeldung bis zur "
                                                               "Aufnahme, für Wartende bis zum Stichtag. Fehlt ein "
                                                               "Datum, zählt die Person in dieser Spalte nicht mit. "
                                                               "Median: die Hälfte wartete höchstens so lange; 90 %: "
                                                               "neun von zehn warteten höchstens so lange.")),
        (translate("Report", "Kommune"), translate("Report", "Die heutige Wohnkommune.")),
        (translate("Report", "Schulträger und Plätze"), translate("Report", "Von der Koordinierung je Schulform und "
                                                                            "Kommune (oder für die ganze Region) "
                                                                            "erfasst: der Träger und die Plätze je "
                                                                            "Aufnahmetermin.")),
        (translate("Report", "Gröbere Tabellen"), translate("Report", "Würde eine Tabelle die meisten ihrer Felder "
                                                                      "verdecken, steht an ihrer Stelle die gröbere "
                                                                      "Aufteilung (nach Schulform, nach Kommune oder "
                                                                      "nur die Gesamtzahl), die alle Gezählten "
                                                                      "schützt; eine Gesamtzahl ab 5 wird immer "
                                                                      "ausgewiesen.")),
    ]
    out: list[Flowable] = [CondPageBreak(150 * mm), Paragraph(translate("Report", "Anhang"), s.h2),
                           Paragraph(translate("Report", "Begriffe"), s.h3)]
    for term, meaning in terms:
        out.append(Paragraph(f"<b>{term}.</b> {meaning}", s.body))
    out.append(Paragraph(translate("Report", "Regeln zum Schutz der gezählten Personen"), s.h3))
    return out + disclosure_rules(s)
