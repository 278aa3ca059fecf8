"""The parts of the *Sachstandsbericht* beyond the case work: people, outcomes, module 3, findings.

* **Profile** of the people in case management in the period (the same people as "Personen
  nach Kommune"): by age band on the reference day and by residence status group. The three
  tables share their total and are protected together (``disclosure.Publication``); erased
  cases count where nothing but their municipality is known ("nicht erfasst").
* **Outcomes**: cases closed in the period (every closing of the case cycle; cases without a
  tracked cycle by their closing date), by whether the goals were reached and by the reason
  for closing. Reasons are free text: only the catalogue's reasons are printed, anything else
  is "anderer Grund".
* **Module 3** (cooperation with the immigration office): cases with a request to an office
  marked as immigration office within the period, case conferences in the period with such an
  office taking part, and releases from confidentiality towards it given in the period. No total
  relates them; when the conferences with the office are exactly a row of the conferences table
  (or all of it), they are that table's figure and are protected together with it (rule 7).
* **Structural findings**: title and number of linked cases; the description only when
  reviewed for publication.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, text

from kimdesk.i18n import translate
from kimdesk.models.types import id_text
from kimdesk.models import partial_date
from kimdesk.services.clients_intake import catalogue
from kimdesk.figures import disclosure, meetings
from kimdesk.services.reports.committee.cases import TRACKED, UNKNOWN, CaseFigures
from kimdesk.figures.disclosure import TOTAL, Level
from kimdesk.figures.report_tables import FigureTable, StatTable, number, people_per_cell

N = "n"
AGE_BANDS = ((0, 5), (6, 15), (16, 17), (18, 26), (27, 44), (45, 64), (65, 200))
# age in whole years on :day from a full or partial ISO birth date (as ``partial_date.age_on``: with a
# year or a month only, the birthday counts as its first day); NULL when unknown
AGE = """CASE WHEN birth_date GLOB '[0-9][0-9][0-9][0-9]*'
              THEN CAST(substr(:day, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER)
                   - (substr(:day, 6, 5) < substr(birth_date, 6, 5)) END"""
# the people without a tracked cycle, counted by SQLite per age and residence status (a few hundred rows)
UNTRACKED = f"""SELECT {AGE} AS age, residence_status, count(*) FROM client c
                WHERE deleted = 0 AND (opened_on IS NULL OR opened_on <= :hi)
                  AND (status <> 'closed' OR closed_on IS NULL OR closed_on >= :lo) AND NOT {TRACKED}
                GROUP BY 1, 2"""
TRACKED_PEOPLE = f"SELECT id, birth_date, residence_status FROM client c WHERE deleted = 0 AND {TRACKED}"
CLOSINGS = """SELECT p.client_id, p.goals_reached, p.reason FROM case_phase p JOIN client c ON c.id = p.client_id
              WHERE p.deleted = 0 AND c.deleted = 0 AND p.phase = 'closed' AND p."on" BETWEEN :lo AND :hi"""
UNTRACKED_CLOSINGS = f"""SELECT id FROM client c WHERE deleted = 0 AND status = 'closed'
                         AND closed_on BETWEEN :lo AND :hi AND NOT {TRACKED}"""
OFFICES = "SELECT id FROM agency WHERE deleted = 0 AND is_immigration_office"
# needs with a request to one of the offices open in the period, or a step at one of them in it
# (the offices are few: their ids are inlined as parameters, so no row is joined to ``agency``).
# The steps have no index by agency: they are scanned in table order (NOT INDEXED), and UNION ALL
# (``IN`` ignores repeats) needs no sorted halves. With UNION SQLite merged sorted halves and read
# every step through its index by need, a row look-up at a random place each: 0.4 s at 100,000
# people, 1 s and more at 200,000 once the steps outgrow the page cache (the super-linear part).
IMMIGRATION_NEEDS = """
    SELECT need_id FROM responsibility WHERE deleted = 0 AND agency_id IN ({ids})
      AND coalesce(requested_on, :lo) <= :hi AND coalesce(decided_on, :hi) >= :lo
    UNION ALL SELECT need_id FROM responsibility_event NOT INDEXED WHERE deleted = 0 AND agency_id IN ({ids})
      AND "on" BETWEEN :lo AND :hi"""
IMMIGRATION_CASES = """
    SELECT DISTINCT n.client_id FROM need n JOIN client c ON c.id = n.client_id
    WHERE n.deleted = 0 AND c.deleted = 0 AND n.id IN (""" + IMMIGRATION_NEEDS + ")"
IMMIGRATION_CONFERENCES = """
    SELECT f.id, cc.client_id FROM conference f
    LEFT JOIN conference_client cc ON cc.conference_id = f.id AND cc.deleted = 0
    WHERE f.deleted = 0 AND f.date BETWEEN :lo AND :hi AND EXISTS (
        SELECT 1 FROM participant p JOIN agency a ON a.id = p.agency_id
        WHERE p.conference_id = f.id AND p.deleted = 0 AND a.is_immigration_office AND p.presence <> 'absent')"""
IMMIGRATION_RELEASES = """
    SELECT s.id, s.client_id FROM consent s JOIN agency a ON a.id = s.agency_id JOIN client c ON c.id = s.client_id
    WHERE s.deleted = 0 AND c.deleted = 0 AND a.is_immigration_office AND s.given_on BETWEEN :lo AND :hi"""


def age_label(band: tuple[int, int] | None) -> str:
    if band is None:
        return translate("Report", "Alter nicht erfasst")
    lo, hi = band
    if hi >= 200:
        return translate("Report", "{lo} Jahre und älter").format(lo=lo)
    return translate("Report", "{lo} bis {hi} Jahre").format(lo=lo, hi=hi)


def residence_groups() -> dict[str, str]:
    """The catalogue's residence statuses → the group printed (free text outside it never is)."""
    permit = translate("Report", "Aufenthaltserlaubnis")
    settled = translate("Report", "Niederlassung / Daueraufenthalt")
    return {"Aufenthaltsgestattung": translate("Report", "Aufenthaltsgestattung (Asylverfahren)"),
            "Duldung": translate("Report", "Duldung"),
            "Aufenthaltserlaubnis": permit,
            "Aufenthaltserlaubnis § 24 AufenthG (vorübergehender Schutz)":
                translate("Report", "vorübergehender Schutz (§ 24 AufenthG)"),
            "Niederlassungserlaubnis": settled, "Erlaubnis zum Daueraufenthalt-EU": settled,
            "EU-Bürger:in (Freizügigkeit)": translate("Report", "EU-Freizügigkeit"),
            "Deutsche Staatsangehörigkeit": translate("Report", "deutsche Staatsangehörigkeit"),
            "ohne Aufenthaltstitel": translate("Report", "ohne Aufenthaltstitel")}


def goal_labels() -> dict[str | None, str]:
    return {"all": translate("Report", "Ziele erreicht"), "partly": translate("Report", "Ziele teilweise erreicht"),
            "none": translate("Report", "Ziele nicht erreicht"),
            "not_applicable": translate("Report", "keine Ziele vereinbart"),
            None: translate("Report", "nicht erfasst")}


def close_reasons() -> list[str]:
    return list(catalogue.load("vocabulary").get("close_reasons", []))


@dataclass
class Sachstand:
    ages: FigureTable
    residence: FigureTable
    goals: FigureTable
    reasons: FigureTable
    module3: StatTable
    # module 3 and the conferences table, protected together: the figure behind each printed cell
    module3_keys: dict[str, dict] = field(default_factory=dict)


def figures(conn: Connection, date_from: date, until: date, threshold: int, cases: CaseFigures,
            meeting_figures: meetings.MeetingFigures | None = None) -> Sachstand:
    lo, hi = date_from.isoformat(), until.isoformat()
    params = {"lo": lo, "hi": hi, "unknown": UNKNOWN}
    groups, other = residence_groups(), translate("Report", "andere Angabe")
    unknown_status = translate("Report", "nicht erfasst")
    ages: dict[str, int] = defaultdict(int)
    residence: dict[str, int] = defaultdict(int)

    def people(age: int | None, status: str | None, n: int = 1) -> None:
        band = next((b for b in AGE_BANDS if age is not None and b[0] <= age <= b[1]), None)
        ages[age_label(band)] += n
        residence[unknown_status if not status else groups.get(status, other)] += n

    for age, status, n in conn.execute(text(UNTRACKED), params | {"day": hi}):
        people(age, status, n)
    if cases.tracked_active:
        for cid, born, status in conn.execute(text(TRACKED_PEOPLE)):
            if cid in cases.tracked_active:
                people(partial_date.age_on(born, until) if born else None, status)
    if cases.erased_active:
        ages[age_label(None)] += cases.erased_active
        residence[unknown_status] += cases.erased_active
    age_rows = [age_label(b) for b in AGE_BANDS] + [age_label(None)]
    res_rows = list(dict.fromkeys(groups.values())) + [other, unknown_status]
    munis = list(cases.by_municipality.rows)

    pub = disclosure.Publication(threshold)

    def single(name: str, rows: list[str], counts: dict[str, int], col: str = N) -> list[Level]:
        return [Level("detail", rows, [col], {(r, col): counts.get(r, 0) for r in rows},
                      lambda r, c: ("people", "*") if r == TOTAL else ("people", name, r), columns_alone=True)]
    pub.add_level("ages", single("age", age_rows, ages))
    pub.add_level("residence", single("residence", res_rows, residence))
    pub.add_level("municipality", single("municipality", munis, cases.active, cases.by_municipality.cols[0]))
    tables = pub.run()
    # the people by municipality, protected together with the profile (they share the total)
    cases.by_municipality.table = tables["municipality"]
    people = translate("Report", "Personen")
    age_table = FigureTable("personen_nach_alter", translate("Report", "Personen im Case Management nach Alter"),
                            translate("Report", "Alter am Stichtag"), tables["ages"], row_totals=False,
                            col_labels={N: people})
    res_table = FigureTable("personen_nach_aufenthalt",
                            translate("Report", "Personen im Case Management nach Aufenthaltsstatus"),
                            translate("Report", "Aufenthaltsstatus"), tables["residence"], row_totals=False,
                            col_labels={N: people})
    goals, reasons = _outcomes(conn, params, threshold, cases)
    module3, keys = _module3(conn, params, threshold, meeting_figures)
    return Sachstand(age_table, res_table, goals, reasons, module3, keys)


def _outcomes(conn: Connection, params: dict, threshold: int, cases: CaseFigures) -> tuple[FigureTable, FigureTable]:
    """Closings by goals and by reason. Their total is table 1's closings (rule 7): closings table 1
    counts that carry no goals or reason here (erased cases' years) are "nicht erfasst", and when
    table 1 hides its total, so do these."""
    labels = goal_labels()
    known = {r.casefold(): r for r in close_reasons()}
    other, missing = translate("Report", "anderer Grund"), translate("Report", "nicht erfasst")
    goal_who: dict[tuple[str, str], set] = defaultdict(set)
    goal_n: dict[tuple[str, str], int] = defaultdict(int)
    reason_who: dict[tuple[str, str], set] = defaultdict(set)
    reason_n: dict[tuple[str, str], int] = defaultdict(int)
    closings = [(cid, goals, reason) for cid, goals, reason in conn.execute(text(CLOSINGS), params)]
    closings += [(cid, None, None) for (cid,) in conn.execute(text(UNTRACKED_CLOSINGS), params)]
    for cid, goals, reason in closings:
        g = (labels.get(goals, labels[None]), N)
        goal_who[g].add(cid)
        goal_n[g] += 1
        r = (missing if not (reason or "").strip() else known.get(reason.strip().casefold(), other), N)
        reason_who[r].add(cid)
        reason_n[r] += 1
    unrecorded = cases.closed_total - len(closings)
    if unrecorded > 0:
        goal_n[(labels[None], N)] += unrecorded
        reason_n[(missing, N)] += unrecorded
        goal_who[(labels[None], N)] |= {("erased", i) for i in range(unrecorded)}
        reason_who[(missing, N)] |= {("erased", i) for i in range(unrecorded)}
    goal_rows = list(labels.values())
    reason_rows = list(known.values()) + [other, missing]
    closed = translate("Report", "Abschlüsse")
    pub = disclosure.Publication(threshold)
    over_time = cases.over_time.table
    if "closed" in over_time.cols and over_time.value(TOTAL, "closed") is None and cases.closed_total:
        pub.add("table 1", lambda keys: (over_time, {(TOTAL, "closed"): ("closings", "*")}))
    pub.add("goals", lambda keys: _keyed(goal_rows, goal_n, goal_who, "goals", keys, threshold))
    pub.add("reasons", lambda keys: _keyed(reason_rows, reason_n, reason_who, "reasons", keys, threshold))
    tables = pub.run()
    goals_table = FigureTable("abschluesse_nach_zielen", translate("Report", "Abgeschlossene Fälle nach Zielerreichung"),
                              translate("Report", "Ziele"), tables["goals"], row_totals=False,
                              col_labels={N: closed})
    reasons_table = FigureTable("abschluesse_nach_grund", translate("Report", "Abgeschlossene Fälle nach Grund"),
                                translate("Report", "Grund des Abschlusses"), tables["reasons"], row_totals=False,
                                col_labels={N: closed})
    return goals_table, reasons_table


def _keyed(rows, counts, who, name, keys, threshold):
    people = people_per_cell(who, rows, [N], {})
    hide = [(r, N) for r in rows if ("closings", name, r) in keys] + (
        [(TOTAL, N)] if ("closings", "*") in keys else [])
    table = disclosure.protect_columns(rows, [N], counts, threshold=threshold, people=people, hide=hide)
    return table, {(r, N): ("closings", "*") if r == TOTAL else ("closings", name, r) for r in rows + [TOTAL]}


MODULE3 = ("cases", "conferences", "releases")


def module3_labels() -> dict[str, str]:
    return {"cases": translate("Report", "Fälle mit Beteiligung der Ausländerbehörde"),
            "conferences": translate("Report", "Fallkonferenzen mit der Ausländerbehörde"),
            "releases": translate("Report", "Schweigepflichtentbindungen gegenüber der Ausländerbehörde")}


def _module3(conn: Connection, params: dict, threshold: int,
             meeting_figures: meetings.MeetingFigures | None = None) -> tuple[StatTable, dict[str, dict]]:
    """Module 3, protected together with the conferences table (rule 7): when the conferences with the
    immigration office are exactly a row of that table (or all of it), both print one figure, so
    one cannot show what the other hides. Returns the table and the figure behind each cell."""
    offices = [aid for (aid,) in conn.execute(text(OFFICES))]
    cases: set[str] = set()
    if offices:
        marks = {f"office{i}": aid for i, aid in enumerate(offices)}
        sql = IMMIGRATION_CASES.replace("{ids}", ", ".join(":" + k for k in marks))
        cases = {cid for (cid,) in conn.execute(text(sql), params | marks)}
    conferences: set[str] = set()
    conference_people: set[str] = set()
    for conf_id, client_id in conn.execute(text(IMMIGRATION_CONFERENCES), params):
        conf_id = id_text(conf_id)  # 16 bytes (models.types): text, as the meeting figures hold them
        conferences.add(conf_id)
        conference_people.add(client_id or "conference:" + conf_id)
    releases: set[str] = set()
    release_people: set[str] = set()
    for consent_id, client_id in conn.execute(text(IMMIGRATION_RELEASES), params):
        releases.add(consent_id)
        release_people.add(client_id)
    counts = {(N, "cases"): len(cases), (N, "conferences"): len(conferences), (N, "releases"): len(releases)}
    people = {(N, "cases"): len(cases), (N, "conferences"): len(conference_people),
              (N, "releases"): len(release_people)}
    people |= {(TOTAL, c): n for (_r, c), n in people.items()}
    held = meeting_figures.held if meeting_figures is not None else None
    keys = {(N, "cases"): ("module3", "cases"), (N, "releases"): ("module3", "releases"),
            (N, "conferences"): (held.key_of(conferences) if held else None) or ("module3", "conferences")}

    def module3(hidden: set) -> tuple:
        # three counts side by side, each a column of its own: nothing adds them up
        hide = [cell for cell, key in keys.items() if key in hidden]
        return disclosure.protect_columns([N], list(MODULE3), counts, threshold=threshold, people=people,
                                          hide=hide), keys

    pub = disclosure.Publication(threshold)
    pub.add("module3", module3)
    if meeting_figures is not None:
        rows = list(meetings.conference_labels().values())
        pub.add("conferences", lambda hidden: (meetings.protect_conferences(held, threshold, hidden),
                                               meetings.conference_keys(rows)))
    tables = pub.run()
    if meeting_figures is not None:
        meeting_figures.conferences.table = tables["conferences"]
    labels = module3_labels()
    table = StatTable("modul_3_auslaenderbehoerde",
                      translate("Report", "Zusammenarbeit mit der Ausländerbehörde (Modul 3)"),
                      [translate("Report", "im Zeitraum"), translate("Report", "Anzahl")],
                      [[labels[c], _printed(tables["module3"], N, c)] for c in MODULE3])
    return table, pub.keys


def _printed(table: disclosure.ProtectedTable, row: str, col: str) -> str:
    """As every table prints a count: with the thousands separator (2.193), or its mark when hidden."""
    value = table.value(row, col)
    return table.display(row, col) if value is None else number(value)
