"""The school-entry figures as the report prints them: tables with titles, labels and statistics.

``school_entry_report.figures`` computes and suppresses; this module only names things (school
forms in German, the statistic columns) so the PDF, the CSV files and the app's reports view
show the same tables. A statistic is ``–`` where fewer than 5 people stand behind it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kimdesk.i18n import translate
from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.figures.report_tables import MISSING, ChartPoint, FigureTable, Grid, StatTable, decimal
from kimdesk.services.school_entry import form_label
from kimdesk.services.school_entry_report import UNKNOWN, SchoolEntryFigures, WaitStat


def _form(code: str | None) -> str:
    if code is None:
        return translate("Report", "alle Schulformen")
    return form_label(None if code == UNKNOWN else code)


@dataclass
class SchoolEntryTables:
    figures: SchoolEntryFigures
    waiting: FigureTable
    placements: FigureTable
    placed_waits: StatTable
    waiting_waits: StatTable

    def tables(self) -> list[Grid]:
        return [self.waiting, self.placements, self.placed_waits, self.waiting_waits]

    def key_figures(self) -> list[tuple[str, str]]:
        """"Auf einen Blick": (label, value as printed), taken from the suppressed tables."""
        all_forms = self.placed_waits.rows[0] if self.placed_waits.rows else ["", MISSING, MISSING, MISSING, MISSING]
        return [
            (translate("Report", "Wartend am Stichtag"), self.waiting.total()),
            (translate("Report", "davon Internationale Förderklasse"), self.waiting.total("ifk")),
            (translate("Report", "Aufnahmen im Zeitraum"), self.placements.total()),
            (translate("Report", "davon Internationale Förderklasse"), self.placements.total("ifk")),
            (translate("Report", "Tage ab Anmeldung bis Aufnahme (Median)"), all_forms[2]),
            (translate("Report", "… die längsten 10 % mehr als (Tage)"), all_forms[4]),
        ]


def _stat_table(key: str, title: str, stats: list[WaitStat], population: str) -> StatTable:
    forms = [None] + [f for f in dict.fromkeys(s.school_form for s in stats) if f is not None]
    rows, from_registration, from_assignment = [], [], []
    for form in forms:
        got = {s.since: s for s in stats if s.population == population and s.school_form == form}
        a, r = got.get("assignment"), got.get("registration")
        rows.append([_form(form)] + [decimal(x.median if x else None) for x in (a, r)]
                    + [decimal(x.p90 if x else None) for x in (a, r)])
        from_assignment.append(ChartPoint(_form(form), a.median if a else None, decimal(a.median if a else None)))
        from_registration.append(ChartPoint(_form(form), r.median if r else None, decimal(r.median if r else None)))
    header = [translate("Report", "Schulform"), translate("Report", "Median ab Zuweisung"),
              translate("Report", "Median ab Anmeldung"), translate("Report", "90 % ab Zuweisung"),
              translate("Report", "90 % ab Anmeldung")]
    return StatTable(key, title, header, rows, [(translate("Report", "Median ab Zuweisung"), from_assignment),
                                                (translate("Report", "Median ab Anmeldung"), from_registration)])


def build(figures: SchoolEntryFigures) -> SchoolEntryTables:
    labels = {c: _form(c) for c in list(SCHOOL_FORMS) + [UNKNOWN]}
    waiting = FigureTable("wartend_nach_kommune", translate("Report", "Wartend am Stichtag nach Kommune und Schulform"),
                          translate("Report", "Kommune"), figures.waiting, col_labels=labels)
    placements = FigureTable("aufnahmen_nach_kommune", translate("Report", "Aufnahmen in eine Schule im Zeitraum"),
                             translate("Report", "Kommune"), figures.placements, col_labels=labels)
    placed = _stat_table("wartezeit_bis_aufnahme", translate("Report", "Wartezeit bis zur Aufnahme (Tage)"),
                         figures.waits, "placed")
    so_far = _stat_table("bisherige_wartezeit",
                         translate("Report", "Bisherige Wartezeit der Wartenden am Stichtag (Tage)"),
                         figures.waits, "waiting")
    return SchoolEntryTables(figures, waiting, placements, placed, so_far)
