"""The committee report: *Sachstandsbericht Kommunales Integrationsmanagement*.

Anonymous figures for a district committee over a period: key figures, then one section per
question a committee asks (how many people, which needs, which offices, how long people
wait, where they are bounced between offices, conferences and agreed tasks), each with a
sentence on what the figure means, a chart and the table, and an appendix with the
definitions and the rules that protect the people counted. Input is the already suppressed
``CommitteeFigures``; this module only lays them out on the shared page template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from kimdesk.i18n import translate
from kimdesk.reports import charts
from kimdesk.reports.figure_layout import (
    blocked_note,
    disclosure_rules,
    figure_table,
    key_figures,
    legend_line,
    section,
    side_by_side,
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
from kimdesk.figures import flags, meetings
from kimdesk.figures.periods import day_text
from kimdesk.figures.report_tables import FigureTable, StatTable
from kimdesk.figures.disclosure import TOTAL
from kimdesk.figures.sections import section_labels

if TYPE_CHECKING:  # the figures' type only: reports sit below services
    from kimdesk.services.reports.committee import CommitteeFigures


def title() -> str:
    return translate("Report", "Sachstandsbericht Kommunales Integrationsmanagement")


def period_text(f: CommitteeFigures) -> str:
    text = translate("Report", "Berichtszeitraum {start} bis {end}").format(start=day_text(f.date_from),
                                                                            end=day_text(f.date_to))
    if f.as_of < f.date_to:
        text += " · " + translate("Report", "Stand {day}").format(day=day_text(f.as_of))
    return text


def render_committee(f: CommitteeFigures, *, organisation: str = DEFAULT_ORGANISATION,
                     printed_at: datetime | None = None) -> Rendered:
    setup = PageSetup(title=title(), organisation=organisation, reference=period_text(f), printed_at=printed_at,
                      running_title=translate("Report", "Sachstandsbericht KIM"),
                      confidential=False, footer_note=anonymous_note())
    return render(lambda s, g: _story(f, setup, s, g), setup)


def _unit(f: CommitteeFigures) -> str:
    return {"month": translate("Report", "Monat"), "quarter": translate("Report", "Quartal"),
            "year": translate("Report", "Jahr")}[f.unit]


def _series(table: FigureTable, cols: list[str]) -> tuple[list[str], list[charts.Series]]:
    cats = [table.short.get(r, r) for r in table.rows]
    series = [charts.Series(table.col_labels.get(c, c), [p.value for p in table.series(c)],
                            [p.text for p in table.series(c)]) for c in cols]
    return cats, series


def _story(f: CommitteeFigures, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    story: list[Flowable] = [Paragraph(g.markup(title(), translate("Print", "Titel")), s.title),
                             Paragraph(g.markup(period_text(f), translate("Print", "Titel")), s.subtitle),
                             Paragraph(translate("Report", "Anonyme Zahlen aus der Fallarbeit des Kommunalen "
                                                           "Integrationsmanagements für den Ausschuss. Zum Schutz der "
                                                           "gezählten Personen sind kleine Zahlen nicht ausgewiesen; "
                                                           "die Regeln und die Bedeutung jeder Zahl stehen im "
                                                           "Anhang."), s.body),
                             Paragraph(translate("Report", "Auf einen Blick"), s.h2),
                             key_figures(f.key_figures(), s, width),
                             Spacer(1, 2 * mm), legend_line(s)]
    story[3:3] = _text("introduction", f, s, g)
    story += _text("developments", f, s, g)
    story += _cases(f, s, g, width)
    story += _profile(f, s, g, width)
    story += _needs(f, s, g, width)
    story += _waits(f.needs.waits, s, g, width)
    story += _pingpong(f, s, g, width)
    story += _meetings(f, s, g, width)
    story += _outcomes(f, s, g, width)
    story += _module3(f, s, g, width)
    story += _findings(f, s, g, width)
    story += _text("outlook", f, s, g)
    story += _appendix(f, s)
    return story


def _text(section: str, f: CommitteeFigures, s: Styles, g: TextGuard) -> list[Flowable]:
    """A text section written by the team, printed only when reviewed for publication."""
    body = f.texts.get(section, "")
    if not body.strip():
        return []
    head = section_labels()[section]
    return [Paragraph(g.markup(head, head), s.h2)] + [Paragraph(p, s.body) for p in g.paragraphs(body, head)]


def _profile(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    if f.sachstand is None:
        return []
    ages, res = f.sachstand.ages, f.sachstand.residence
    half = width * 0.5
    return section(translate("Report", "Wer im Case Management ist"),
                   translate("Report", "Dieselben Personen wie in Abschnitt 2, nach Alter am Stichtag und nach "
                                       "Aufenthaltsstatus (in Gruppen; nicht erfasste und gelöschte Akten unter "
                                       "„nicht erfasst“)."), s, g,
                   side_by_side(figure_table(ages.grid(), s, g, half - 6 * mm, where=ages.title),
                                figure_table(res.grid(), s, g, half, where=res.title), width, half))


def _outcomes(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    if f.sachstand is None:
        return []
    goals, reasons = f.sachstand.goals, f.sachstand.reasons
    return section(translate("Report", "Ergebnisse: abgeschlossene Fälle"),
                   translate("Report", "Fälle, die im Zeitraum abgeschlossen wurden, nach der beim Abschluss "
                                       "vermerkten Zielerreichung und nach dem Grund des Abschlusses (nur die Gründe "
                                       "des Katalogs; jeder andere Text zählt als „anderer Grund“)."), s, g,
                   figure_table(goals.grid(), s, g, width * 0.62, where=goals.title, label_width=60 * mm),
                   Spacer(1, 3 * mm),
                   figure_table(reasons.grid(), s, g, width * 0.62, where=reasons.title, label_width=60 * mm))


def _module3(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    if f.sachstand is None:
        return []
    m = f.sachstand.module3
    return section(translate("Report", "Zusammenarbeit mit der Ausländerbehörde (Modul 3)"),
                   translate("Report", "Fälle mit einer Anfrage an eine als Ausländerbehörde gekennzeichnete Stelle "
                                       "im Zeitraum, Fallkonferenzen mit ihrer Teilnahme und Schweigepflicht"
                                       "entbindungen ihr gegenüber, erteilt im Zeitraum. Die Zahlen stehen für "
                                       "sich (keine Summe)."), s, g,
                   figure_table(m.grid(), s, g, width * 0.8, where=m.title, label_width=width * 0.8 - 30 * mm,
                                total_row=False))


def _findings(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    """The structural findings: the team's reviewed text, then the register (titles and counts only)."""
    out = _text("findings", f, s, g)
    if not f.findings:
        return out
    head = section_labels()["findings"]
    parts = out or [Paragraph(g.markup(head, head), s.h2)]
    where = translate("Report", "Strukturelle Themen")
    rows = [[translate("Report", "Thema"), translate("Report", "Fälle")]]
    for item in f.findings:
        n = item.cases
        rows.append([item.title, f"< {f.threshold}" if 0 < n < f.threshold else str(n)])
    parts += [Paragraph(translate("Report", "Register der strukturellen Themen (offen und in der Lenkungsgruppe): "
                                            "die Zahl der verknüpften Fälle, kein Fall benannt."), s.body),
              figure_table(rows, s, g, width * 0.8, where=where, label_width=width * 0.8 - 24 * mm,
                           total_row=False)]
    for item in f.findings:
        text = item.published_description() if item.reviewed else ""
        if text:
            parts.append(Paragraph(f"<b>{g.markup(item.title, where)}.</b> {g.markup(text, where)}", s.small))
    return parts


def _cases(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    over = f.cases.over_time
    cats, series = _series(over, over.cols)
    intro = translate("Report", "Wie viele Fälle je {unit} ins Case Management aufgenommen (auch wieder aufgenommen) "
                                "und wie viele abgeschlossen wurden.").format(unit=_unit(f))
    if f.erased_counted:
        intro += " " + translate("Report", "Zeilen „… gelöschte Akten“ zählen Fälle, deren Akten nach Ablauf der "
                                           "Aufbewahrungsfrist gelöscht wurden; von ihnen ist nur das Jahr bekannt.")
    out = section(translate("Report", "1. Fallentwicklung"), intro, s, g,
                  charts.vertical_bars(cats, series, width, 150),
                  figure_table(over.grid(), s, g, width, where=over.title, label_width=60 * mm),
                  *blocked_note(over, s))
    muni = f.cases.by_municipality
    cats, series = _series(muni, muni.cols)
    half = width * 0.5
    out += section(translate("Report", "2. Personen nach Kommune"),
                   translate("Report", "Personen, deren Fall im Zeitraum offen war, nach ihrer heutigen "
                                       "Wohnkommune."), s, g,
                   side_by_side(figure_table(muni.grid(), s, g, half - 6 * mm, where=muni.title),
                                charts.horizontal_bars(cats, series, half), width, half))
    return out


def _needs(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    cat = f.needs.by_category
    total = [p for p in cat.series(TOTAL)]
    series = [charts.Series(translate("Report", "Bedarfe"), [p.value for p in total], [p.text for p in total])]
    out: list[Flowable] = section(translate("Report", "3. Bedarfe nach Kategorie"),
                   translate("Report", "Bedarfe, die im Zeitraum offen waren, und wie es am Stichtag um sie stand: von "
                                       "einer Stelle übernommen, angefragt, aber noch ohne Zusage, ohne zuständige "
                                       "Stelle (eine Versorgungslücke) oder ohne eine Stelle erledigt."), s, g,
                   charts.horizontal_bars([p.label for p in total], series, width),
                   figure_table(cat.grid(), s, g, width, where=cat.title, label_width=44 * mm),
                   *blocked_note(cat, s))
    dom = f.needs.by_domain
    cats, series = _series(dom, dom.cols)
    out += section(translate("Report", "4. Bedarfe nach Rechtskreis"),
                   translate("Report", "Dieselben Bedarfe nach dem Rechtskreis der Stelle, die sie übernommen hat oder "
                                       "bei der die Anfrage liegt (Bedarfe ohne Stelle haben keinen "
                                       "Rechtskreis)."), s, g,
                   charts.horizontal_bars(cats, series, width),
                   figure_table(dom.grid(), s, g, width, where=dom.title, label_width=60 * mm),
                   *blocked_note(dom, s))
    return out


def _waits(w: StatTable, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    series = charts.from_points(w.series)
    return section(
        translate("Report", "5. Wartezeit bis zur Übernahme"),
        translate("Report", "Tage vom Öffnen eines Bedarfs bis zur Zusage einer Stelle, für Zusagen im Zeitraum: die "
                            "Hälfte wartete höchstens so lange wie der Median, neun von zehn höchstens so lange wie "
                            "das 90-%-Perzentil. Die letzte Zeile: Tage von der Anmeldung neu zugewanderter "
                            "Schülerinnen und Schüler bis zur Aufnahme in eine Schule; ihre Anzahl sind alle "
                            "Aufnahmen im Zeitraum, dieselbe Zahl wie in der Übersicht Seiteneinsteiger."), s, g,
        charts.horizontal_bars([p.label for p in w.series[0][1]], series, width),
        figure_table(w.grid(), s, g, width, where=w.title, label_width=width - 3 * 30 * mm, total_row=False))


def _pingpong(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    p = f.needs.pingpong
    intro = translate("Report", "Ämter-Pingpong: Ein Bedarf wurde dreimal oder öfter abgelehnt oder weitergeleitet, "
                                "oder er landete wieder bei einer Stelle, die ihn schon abgelehnt hatte. Bedarfe ohne "
                                "zuständige Stelle am Stichtag: {gaps} (Abschnitt "
                                "3).").format(gaps=f.needs.by_category.total(flags.GAP))
    return section(translate("Report", "6. Ämter-Pingpong und Versorgungslücken"), intro, s, g,
                                              figure_table(p.grid(), s, g, width * 0.62, where=p.title,
                                                           label_width=60 * mm))


def _meetings(f: CommitteeFigures, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    m = f.meetings
    labels = meetings.outcome_labels()
    intro = translate("Report", "Fallkonferenzen und Netzwerktreffen im Zeitraum, und was aus den dort vereinbarten "
                                "Aufgaben mit Frist im Zeitraum bis zum Stichtag wurde („{on_time}“: erledigt bis zur "
                                "Frist).").format(
        on_time=labels[meetings.ON_TIME])
    return section(
        translate("Report", "7. Fallkonferenzen und vereinbarte Aufgaben"), intro, s, g,
        figure_table(m.conferences.grid(), s, g, width * 0.62, where=m.conferences.title, label_width=60 * mm),
        Spacer(1, 3 * mm),
        figure_table(m.actions.grid(), s, g, width * 0.62, where=m.actions.title, label_width=60 * mm))


def _appendix(f: CommitteeFigures, s: Styles) -> list[Flowable]:
    terms = [
        (translate("Report", "Fall, Person"), translate("Report", "Eine Person im Case Management ist ein Fall. Ein "
                                                                  "Fall beginnt mit der Aufnahme und endet mit dem "
                                                                  "Abschluss; wird er wieder aufgenommen, zählt das "
                                                                  "als neue Aufnahme.")),
        (translate("Report", "Im Zeitraum"), translate("Report", "Ein Fall oder Bedarf zählt, wenn er zu irgendeinem "
                                                                 "Zeitpunkt des Zeitraums offen war. Stichtag ist das "
                                                                 "Ende des Zeitraums (oder heute, wenn es noch nicht "
                                                                 "erreicht ist).")),
        (translate("Report", "Kommune"), translate("Report", "Die heutige Wohnkommune der Person; Umzüge werden nicht "
                                                             "nachgezeichnet.")),
        (translate("Report", "Stand der Zuständigkeit"), translate("Report", "Aus dem Verlauf der Anfragen an die "
                                                                             "Stellen bis zum Stichtag: übernommen "
                                                                             "(zugesagt oder erledigt), angefragt oder "
                                                                             "weitergeleitet ohne Antwort, keine "
                                                                             "zuständige Stelle (nie angefragt oder "
                                                                             "überall abgelehnt: Versorgungslücke), "
                                                                             "oder ohne Stelle erledigt.")),
        (translate("Report", "Ämter-Pingpong"), translate("Report", "Bis zum Stichtag dreimal oder öfter abgelehnt "
                                                                    "oder weitergeleitet, oder an eine Stelle "
                                                                    "zurückgegeben, die den Bedarf schon abgelehnt "
                                                                    "hatte.")),
        (translate("Report", "Wartezeit"), translate("Report", "Vom Öffnen des Bedarfs (ohne Datum: von der ersten "
                                                               "Anfrage) bis zur ersten Zusage einer Stelle, in "
                                                               "Tagen.")),
        (translate("Report", "Aufgaben"), translate("Report", "In Fallkonferenzen vereinbarte Aufgaben, deren Frist im "
                                                              "Zeitraum lag. Fristgerecht: bis zur Frist als erledigt "
                                                              "vermerkt.")),
        (translate("Report", "Gelöschte Akten"), translate("Report", "Nach Ablauf der Aufbewahrungsfrist gelöschte "
                                                                     "Fälle bleiben als anonyme Zählung mit Jahr und "
                                                                     "Kommune erhalten und werden mitgezählt, wo ihre "
                                                                     "Jahresangaben eindeutig sind.")),
    ]
    out: list[Flowable] = [CondPageBreak(150 * mm), Paragraph(translate("Report", "Anhang"), s.h2),
                           Paragraph(translate("Report", "Begriffe"), s.h3)]
    for term, meaning in terms:
        out.append(Paragraph(f"<b>{term}.</b> {meaning}", s.body))
    out.append(Paragraph(translate("Report", "Regeln zum Schutz der gezählten Personen"), s.h3))
    return out + disclosure_rules(s, f.threshold)
