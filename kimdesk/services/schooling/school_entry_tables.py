"""The school-entry figures as the report prints them: tables with titles, labels and statistics.

``school_entry_report.figures`` computes and suppresses; this module only names things (school
forms in German, operators, the statistic columns, which cut of a table was printable) so the
PDF, the CSV files and the app's reports view show the same tables. A statistic is ``–`` where
fewer than 5 people stand behind it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kimdesk.i18n import translate
from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.figures.disclosure import TOTAL
from kimdesk.figures.periods import day_text
from kimdesk.figures.report_tables import MISSING, ChartPoint, FigureTable, Grid, StatTable, decimal, number
from kimdesk.services.schooling.school_entry import form_label
from kimdesk.services.schooling.school_entry_report import ALL, NO, REGION, UNKNOWN, YES, SchoolEntryFigures, WaitStat


def _form(code: str | None) -> str:
    if code is None or code == ALL:
        return translate("Report", "alle Schulformen")
    return form_label(None if code == UNKNOWN else code)


def operator_label(op: str) -> str:
    if op == REGION:
        return translate("Report", "StädteRegion / Kreis")
    if op == UNKNOWN:
        return translate("Report", "Schulträger nicht erfasst")
    return translate("Report", "Kommune {name}").format(name=op)


def duty_labels() -> dict[str, str]:
    return {YES: translate("Report", "schulpflichtig"), NO: translate("Report", "nicht mehr schulpflichtig"),
            UNKNOWN: translate("Report", "Alter unbekannt"), ALL: translate("Report", "alle")}


def level_note(level: str, what: str) -> str:
    """The sentence under a table printed coarser than asked: true for that table (rule 8)."""
    if level == "detail":
        return ""
    cut = {"by_form": translate("Report", "nur nach Schulform"),
           "by_municipality": translate("Report", "nur nach Kommune"),
           "by_duty": translate("Report", "nur nach Schulpflicht"),
           "total": translate("Report", "nur als Gesamtzahl")}[level]
    return translate("Report", "{what} sind zu wenige, um sie feiner aufzuteilen, ohne kleine Gruppen erkennbar zu "
                               "machen; ausgewiesen {cut}.").format(what=what, cut=cut)


@dataclass
class SchoolEntryTables:
    figures: SchoolEntryFigures
    waiting: FigureTable
    placements: FigureTable
    placed_waits: StatTable
    waiting_waits: StatTable
    overview: StatTable | None = None
    operators: FigureTable | None = None  # waiting per operator and form, protected
    operators_places: StatTable | None = None  # places of the next intake per operator and form
    duty: FigureTable | None = None

    def tables(self) -> list[Grid]:
        first = [self.overview] if self.overview else []
        rest = [t for t in (self.operators, self.operators_places, self.duty) if t is not None]
        return first + [self.waiting] + rest + [self.placements, self.placed_waits, self.waiting_waits]

    def _waiting_total(self) -> str:
        return self.waiting.total()

    def headline(self) -> str:
        """The committee's question answered in one line, from printed figures only."""
        f = self.figures
        n = self._waiting_total()
        stat = next((w for w in f.waits if w.population == "waiting" and w.since == "assignment"
                     and w.school_form is None), None)
        line = translate("Report", "Am {day} warten {n} Kinder und Jugendliche auf einen Schulplatz").format(
            day=day_text(f.as_of), n=n)
        by_form = f.by_form
        if by_form is not None and f.by_form_level == "detail":
            shown = [(by_form.value(r, "n"), r) for r in by_form.rows if by_form.value(r, "n")]
            if shown:
                top = max(shown)
                line += translate("Report", ", die meisten ({n}) auf einen Platz in: {form}").format(
                    n=number(top[0]), form=_form(top[1]))
        if stat and stat.median is not None:
            line += translate("Report", "; seit der Zuweisung warten sie im Median {median} Tage, die längsten "
                                        "10 % mehr als {p90} Tage").format(median=decimal(stat.median),
                                                                            p90=decimal(stat.p90))
        places = sum(i.places for i in f.intakes.values() if i.places)
        if places:
            line += translate("Report", "; die nächsten Aufnahmen bieten {places} Plätze").format(places=number(places))
        else:
            line += translate("Report", "; Plätze für die nächsten Aufnahmen sind nicht erfasst")
        return line + "."

    def key_figures(self) -> list[tuple[str, str]]:
        """"Auf einen Blick": (label, value as printed), taken from the suppressed tables."""
        all_forms = self.placed_waits.rows[0] if self.placed_waits.rows else ["", MISSING, MISSING, MISSING, MISSING]
        by_form = self.figures.by_form
        ifk = by_form.display("ifk", "n") if by_form is not None and "ifk" in by_form.rows else MISSING
        return [
            (translate("Report", "Wartend am Stichtag"), self._waiting_total()),
            (translate("Report", "davon Internationale Förderklasse"), ifk),
            (translate("Report", "Aufnahmen im Zeitraum"), self.placements.total()),
            (translate("Report", "Plätze der nächsten Aufnahmen"),
             number(sum(i.places for i in self.figures.intakes.values() if i.places)) if any(
                 i.places for i in self.figures.intakes.values()) else MISSING),
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


def _overview(f: SchoolEntryFigures) -> StatTable:
    """Per school form: waiting today, waits so far since assignment (median, 90 %), next intake and its places."""
    table = f.by_form
    stats = {s.school_form: s for s in f.waits if s.population == "waiting" and s.since == "assignment"}
    rows = []
    for r in table.rows + [TOTAL]:
        form = None if r in (TOTAL, ALL) else r
        stat = stats.get(form)
        intake = f.intakes.get(form) if form else None
        if form is None:
            places = [i.places for i in f.intakes.values() if i.places]
            when, seats = "", number(sum(places)) if places else MISSING
        else:
            when = day_text(intake.on) if intake and intake.on else MISSING
            seats = number(intake.places) if intake and intake.places is not None else MISSING
        label = translate("Report", "Insgesamt") if r == TOTAL else _form(r)
        # a table of one row (level "total") prints only the total row
        if r != TOTAL and f.by_form_level == "total":
            continue
        detail_stat = stat if (form is None or f.by_form_level == "detail") else None
        rows.append([label, table.display(r, "n"), decimal(detail_stat.median if detail_stat else None),
                     decimal(detail_stat.p90 if detail_stat else None), when, seats])
    header = [translate("Report", "Schulform"), translate("Report", "wartend"),
              translate("Report", "seit (Median, Tage)"), translate("Report", "seit (90 %, Tage)"),
              translate("Report", "nächste Aufnahme"), translate("Report", "Plätze")]
    note = level_note(f.by_form_level, translate("Report", "Wartende am Stichtag"))
    return StatTable("wartend_nach_schulform", translate("Report", "Wartend am Stichtag nach Schulform, Wartezeit seit "
                                                                   "der Zuweisung und Plätze der nächsten Aufnahme"),
                     header, rows, note=note)


def build(figures: SchoolEntryFigures) -> SchoolEntryTables:
    labels = {c: _form(c) for c in list(SCHOOL_FORMS) + [UNKNOWN, ALL]}
    waiting_people = translate("Report", "Wartende am Stichtag")
    corner = {"detail": translate("Report", "Kommune"), "by_form": translate("Report", "Schulform"),
              "by_municipality": translate("Report", "Kommune"), "total": ""}
    n_label = {"n": translate("Report", "Personen")}

    def grid_table(key: str, title: str, table, level: str, what: str, reporting_day: bool) -> FigureTable:
        single = level != "detail"
        return FigureTable(key, title, corner[level], table, row_totals=not single, col_totals=level != "total",
                           col_labels=n_label if single else labels,
                           row_labels=labels if level in ("by_form", "total") else {},
                           note=level_note(level, what), reporting_day=reporting_day)

    waiting = grid_table("wartend_nach_kommune", translate("Report", "Wartend am Stichtag nach Kommune und Schulform"),
                         figures.waiting, figures.waiting_level, waiting_people, True)
    placements = grid_table("aufnahmen_nach_kommune", translate("Report", "Aufnahmen in eine Schule im Zeitraum"),
                            figures.placements, figures.placements_level,
                            translate("Report", "Aufnahmen im Zeitraum"), False)
    placed = _stat_table("wartezeit_bis_aufnahme", translate("Report", "Wartezeit bis zur Aufnahme (Tage)"),
                         figures.waits, "placed")
    so_far = _stat_table("bisherige_wartezeit",
                         translate("Report", "Bisherige Wartezeit der Wartenden am Stichtag (Tage)"),
                         figures.waits, "waiting")
    out = SchoolEntryTables(figures, waiting, placements, placed, so_far)
    if figures.by_form is not None:
        out.overview = _overview(figures)
    if figures.operators is not None:
        out.operators = _operators(figures, waiting_people)
        out.operators_places = _places(figures) if figures.places else None
    if figures.duty is not None:
        level = figures.duty_level
        d = duty_labels()
        out.duty = FigureTable(
            "wartend_nach_schulpflicht", translate("Report", "Wartend am Stichtag nach Schulform und Schulpflicht"),
            translate("Report", "Schulform") if level == "detail" else translate("Report", "Schulpflicht"),
            figures.duty, row_totals=level == "detail", col_totals=level != "total",
            col_labels=d if level == "detail" else n_label,
            row_labels=labels if level == "detail" else d, note=level_note(level, waiting_people), reporting_day=True)
    return out


def _operators(f: SchoolEntryFigures, what: str) -> FigureTable:
    """Waiting per operator and school form (protected; the places are in their own table)."""
    table, level = f.operators, f.operators_level
    labels = {c: _form(c) for c in list(SCHOOL_FORMS) + [UNKNOWN, ALL]}
    if level == "detail":
        return FigureTable("wartend_nach_schultraeger",
                           translate("Report", "Wartende am Stichtag nach Schulträger und Schulform"),
                           translate("Report", "Schulträger"), table, col_labels=labels,
                           row_labels={r: operator_label(r) for r in table.rows}, reporting_day=True)
    return FigureTable("wartend_nach_schultraeger",
                       translate("Report", "Wartende am Stichtag nach Schulträger und Schulform"),
                       translate("Report", "Schulform"), table, row_totals=False, col_totals=level != "total",
                       col_labels={"n": translate("Report", "wartend")}, row_labels=labels,
                       note=level_note(level, what), reporting_day=True)


def _places(f: SchoolEntryFigures) -> StatTable:
    """Places of the next intake per operator and school form, as entered (offers, not people: not withheld);
    an empty cell: nothing entered."""
    forms = [c for c in SCHOOL_FORMS if any(form == c for _op, form in f.places)]
    ops = sorted({op for op, _form in f.places}, key=lambda op: (op == UNKNOWN, op != REGION, op))
    header = [translate("Report", "Schulträger")] + [_form(c) for c in forms] + [translate("Report", "Insgesamt")]
    rows = []
    for op in ops:
        cells = [f.places.get((op, c)) for c in forms]
        rows.append([operator_label(op)] + ["" if n is None else number(n) for n in cells]
                    + [number(sum(n for n in cells if n))])
    totals = [sum(f.places.get((op, c), 0) for op in ops) for c in forms]
    rows.append([translate("Report", "Insgesamt")] + [number(n) for n in totals] + [number(sum(totals))])
    intakes = ", ".join(f"{_form(c)} {day_text(f.intakes[c].on)}" for c in forms if f.intakes.get(c) and f.intakes[c].on)
    return StatTable("plaetze_naechste_aufnahme", translate("Report", "Plätze der nächsten Aufnahme nach Schulträger"),
                     header, rows, note=translate("Report", "Nächste Aufnahme: {dates}.").format(dates=intakes)
                     if intakes else "")
