"""Case conferences held in the period and what became of the action items agreed in them.

*Held*: conferences dated within the period up to the reference day, drafts included
(the minutes may still be open; the meeting took place). *Action items*: those due within
the period, by what had become of them on the reference day: done by the due date, done
later, cancelled, done without a recorded date, or still not done. People behind a cell are
the different persons the conferences or items concern; a network meeting or an item
without a person counts as its own unit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, text

from kimdesk.i18n import translate
from kimdesk.models.types import id_text
from kimdesk.figures.report_tables import FigureTable, people_per_cell
from kimdesk.figures.disclosure import TOTAL, Key, ProtectedTable, protect_columns

CONFERENCES = """SELECT f.id, f.kind, cc.client_id, cc.case_number FROM conference f
                 LEFT JOIN conference_client cc ON cc.conference_id = f.id AND cc.deleted = 0
                 WHERE f.deleted = 0 AND f.date BETWEEN :lo AND :hi"""
ACTIONS = """SELECT a.id, a.client_id, a.status, a.due, a.done_on FROM action_item a
             JOIN agenda_item i ON i.id = a.agenda_item_id JOIN conference f ON f.id = i.conference_id
             WHERE a.deleted = 0 AND i.deleted = 0 AND f.deleted = 0 AND a.due BETWEEN :lo AND :hi"""
ON_TIME, LATE, UNDATED, NOT_DONE, CANCELLED = "on_time", "late", "undated", "not_done", "cancelled"
OUTCOMES = (ON_TIME, LATE, UNDATED, NOT_DONE, CANCELLED)


def outcome_labels() -> dict[str, str]:
    return {ON_TIME: translate("Report", "fristgerecht erledigt"), LATE: translate("Report", "verspätet erledigt"),
            UNDATED: translate("Report", "erledigt, Datum nicht erfasst"),
            NOT_DONE: translate("Report", "am Stichtag nicht erledigt"), CANCELLED: translate("Report", "entfallen")}


def conference_labels() -> dict[str, str]:
    return {"case": translate("Report", "Fallkonferenzen"), "network": translate("Report", "Netzwerktreffen")}


def outcome(status: str, due: str, done_on: str | None, day: str) -> str:
    """What had become of an action item by ``day`` (ISO strings)."""
    if status == "cancelled" and (done_on is None or done_on <= day):
        return CANCELLED
    if status == "done":
        if done_on is None:
            return UNDATED
        if done_on <= due:
            return ON_TIME
        if done_on <= day:
            return LATE
    return NOT_DONE


@dataclass
class Held:
    """The conferences of the period per printed kind: their ids, and who stands behind each row."""

    ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    persons: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def key_of(self, conferences: set[str]) -> Key | None:
        """The figure of the conferences table that counts exactly ``conferences`` (a row, or the total), if any:
        another table printing that count prints the same figure and is protected together with it."""
        if not conferences:
            return None
        for label, ids in self.ids.items():
            if ids == conferences:
                return ("conferences", label)
        if set().union(*self.ids.values()) == conferences:
            return ("conferences", "*")
        return None


def conference_keys(rows: Iterable[str]) -> dict[tuple[str, str], Key]:
    """The figure behind each printed cell of the conferences table (rows by kind, and the total)."""
    return {(r, "n"): ("conferences", r) for r in rows} | {(TOTAL, "n"): ("conferences", "*")}


def protect_conferences(held: Held, threshold: int, hidden: set[Key] | frozenset = frozenset()) -> ProtectedTable:
    """The conferences by kind, protected; a figure hidden elsewhere in the publication (``hidden``) is hidden here."""
    rows = list(conference_labels().values())
    hide = [cell for cell, key in conference_keys(rows).items() if key in hidden]
    return protect_columns(rows, ["n"], {(r, "n"): len(held.ids[r]) for r in rows}, threshold=threshold,
                           people=people_per_cell(held.persons, rows, ["n"], {}), hide=hide)


@dataclass
class MeetingFigures:
    conferences: FigureTable
    actions: FigureTable
    held: Held = field(default_factory=Held)  # to protect the conferences table together with module 3

    def on_time_share(self) -> str | None:
        """Share of items done by their due date among those not cancelled, when all its parts are shown."""
        labels = outcome_labels()
        on_time = self.actions.value(labels[ON_TIME], "n")
        cancelled = self.actions.value(labels[CANCELLED], "n")
        total = self.actions.value(TOTAL, "n")
        if on_time is None or cancelled is None or total is None or total - cancelled <= 0:
            return None
        return f"{round(100 * on_time / (total - cancelled))} %"


def figures(conn: Connection, date_from: date, until: date, threshold: int) -> MeetingFigures:
    params = {"lo": date_from.isoformat(), "hi": until.isoformat()}
    kinds = conference_labels()
    held = Held()
    for conf_id, kind, client_id, case_number in conn.execute(text(CONFERENCES), params):
        conf_id = id_text(conf_id)  # 16 bytes (models.types): text, as module 3 names them (sachstand)
        label = kinds.get(kind, kinds["case"])
        held.ids[label].add(conf_id)
        who = client_id or case_number
        held.persons[(label, "n")].add(who if who else "conference:" + conf_id)
    conferences = FigureTable(
        "konferenzen", translate("Report", "Fallkonferenzen und Netzwerktreffen im Zeitraum"),
        translate("Report", "Art"), protect_conferences(held, threshold),
        row_totals=False, col_labels={"n": translate("Report", "Anzahl")})
    labels = outcome_labels()
    counts: dict[tuple[str, str], int] = defaultdict(int)
    who: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item_id, client_id, status, due, done_on in conn.execute(text(ACTIONS), params):
        key = (labels[outcome(status, due, done_on, params["hi"])], "n")
        counts[key] += 1
        who[key].add(client_id or "item:" + id_text(item_id))
    action_rows = [labels[o] for o in OUTCOMES]
    actions = FigureTable(
        "aufgaben", translate("Report", "Vereinbarte Aufgaben mit Frist im Zeitraum"),
        translate("Report", "Stand am Stichtag"),
        protect_columns(action_rows, ["n"], counts, threshold=threshold, people=people_per_cell(who, action_rows, ["n"], {})),
        row_totals=False, col_labels={"n": translate("Report", "Aufgaben")})
    return MeetingFigures(conferences, actions, held)
