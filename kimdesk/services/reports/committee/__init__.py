"""Figures of the committee report (*Sachstandsbericht Kommunales Integrationsmanagement*).

Qt- and PDF-free: the reportlab document, the CSV export and the app's reports view only lay
these figures out. ``figures(conn, from, to)`` reads the team's database once and returns
every table after small-number suppression (``kimdesk.figures.disclosure``): no cell
stands for fewer than 5 people, no hidden cell can be recovered from the totals, no
statistic is shown over fewer than 5 people, and nothing names a person. What each figure
means is said in the modules: ``cases`` (cases over time, people by municipality),
``needs`` (needs by category and legal domain, Pingpong, time to acceptance), ``flags``
(how a need's standing, gaps and Pingpong are read), ``meetings`` (conferences, action items).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from kimdesk.i18n import translate
from kimdesk.figures import disclosure, flags, meetings, periods
from kimdesk.figures.report_tables import MISSING, FigureTable, Grid, StatTable
from kimdesk.services.schooling import school_entry_report
from kimdesk.services.reports.committee import cases, needs, sachstand
from kimdesk.store import page_cache
from kimdesk.store.gc_pause import no_cyclic_gc


@dataclass
class CommitteeFigures:
    date_from: date
    date_to: date
    as_of: date  # the reference day: the period's end, or today if that is earlier
    unit: str  # month / quarter / year: how the period is cut in the time tables
    cases: cases.CaseFigures
    needs: needs.NeedFigures
    meetings: meetings.MeetingFigures
    threshold: int = disclosure.THRESHOLD
    seconds: float = 0.0
    erased_counted: bool = field(default=False)
    sachstand: sachstand.Sachstand | None = None  # profile, outcomes, module 3
    texts: dict[str, str] = field(default_factory=dict)  # reviewed text sections (report_texts.publishable)
    findings: list[Any] = field(default_factory=list)  # the structural findings register (findings.Finding)

    def tables(self) -> list[Grid]:
        """Every table in the order of the report (the CSV files are numbered so)."""
        out: list[Grid] = [self.cases.over_time, self.cases.by_municipality]
        if self.sachstand is not None:
            out += [self.sachstand.ages, self.sachstand.residence]
        out += [self.needs.by_category, self.needs.by_domain, self.needs.waits, self.needs.pingpong,
                self.meetings.conferences, self.meetings.actions]
        if self.sachstand is not None:
            out += [self.sachstand.goals, self.sachstand.reasons, self.sachstand.module3]
        return out

    def key_figures(self) -> list[tuple[str, str]]:
        """"Auf einen Blick": (label, value as printed) — totals of the tables, so suppressed alike."""
        share = self.meetings.on_time_share() or MISSING
        return [
            (translate("Report", "Personen im Case Management"), self.cases.by_municipality.total()),
            (translate("Report", "Fälle aufgenommen"), self.cases.over_time.total(cases.OPENED)),
            (translate("Report", "Fälle abgeschlossen"), self.cases.over_time.total(cases.CLOSED)),
            (translate("Report", "Bedarfe im Zeitraum"), self.needs.by_category.total()),
            (translate("Report", "Bedarfe ohne zuständige Stelle"), self.needs.by_category.total(flags.GAP)),
            (translate("Report", "Bedarfe mit Ämter-Pingpong"), self.needs.pingpong.total()),
            (translate("Report", "Fallkonferenzen"), self.meetings.conferences.display(
                meetings.conference_labels()["case"], "n")),
            (translate("Report", "Aufgaben fristgerecht erledigt"), share),
        ]

    def as_dict(self) -> dict[str, Any]:
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(), "as_of": self.as_of.isoformat(),
                "unit": self.unit, "threshold": self.threshold,
                "tables": {t.key: {"title": t.title, "grid": t.grid()} for t in self.tables()}}


def figures(conn: Connection, date_from: date, date_to: date, *, today: date | None = None,
            threshold: int = disclosure.THRESHOLD) -> CommitteeFigures:
    """All figures for the period [date_from, date_to], as of its end (or today, if earlier)."""
    periods.check_period(date_from, date_to)
    started = time.perf_counter()
    today = today or date.today()
    as_of = max(date_from, min(today, date_to))
    with page_cache.roomy(conn), no_cyclic_gc():  # its passes decrypt each page once
        # the one figure both reports print: placements of the period, as the school-entry report shows it
        school = school_entry_report.figures(conn, date_from, date_to, today=today, threshold=threshold)
        placed = school.placed_total()
        case_figures = cases.figures(conn, date_from, as_of, threshold)
        meeting_figures = meetings.figures(conn, date_from, as_of, threshold)
        result = CommitteeFigures(
            date_from, date_to, as_of, periods.granularity(date_from, as_of), case_figures,
            needs.figures(conn, date_from, as_of, threshold, school_placed=placed), meeting_figures, threshold,
            sachstand=sachstand.figures(conn, date_from, as_of, threshold, case_figures, meeting_figures))
    result.erased_counted = result.cases.erased_in_rows > 0
    result.seconds = time.perf_counter() - started
    return result


__all__ = ["CommitteeFigures", "FigureTable", "StatTable", "figures"]
