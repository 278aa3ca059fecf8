"""Deadlines that matter: evaluate the rules and turn what fires into follow-ups.

The rules (``deadline_rules``) are set-based queries with thresholds from
``resources/rules/deadlines.json``. Every occasion that fires becomes one follow-up
(*Wiedervorlage*: a ``Task`` with ``kind="follow_up"``, the ``rule`` that fired and the
occasion's ``source_key``) on the person, assigned to their case manager.

Never twice: a follow-up is created only when no task with its source key exists — open,
done, dismissed or deleted alike, so dismissing a follow-up does not bring it back — and
its id is derived from the source key (UUID 5). Two laptops that evaluate offline therefore
create the *same* row, which sync merges instead of duplicating.

Evaluation runs after every import (``exchange.import_document``) and, once the integrator
registers ``evaluate_after_sync`` in the sync hooks, after every sync round that applied changes.

A sync round runs only the rules that read a column changed since the last evaluation (each rule
declares its columns by table, ``deadline_rules.COLUMNS``): the columns the round wrote (``materialise``
knows which of a row's columns differ; a row it inserted changes every column), and the fields of the
change journal's changes after the seq the last evaluation read (this laptop's own edits between rounds;
a row with no change up to that seq was created since: every column). A deletion changes ``deleted``,
which every rule reads. A rule whose columns did not change gives the hits it gave then, and
those all have their follow-ups (known keys only grow: follow-ups are never removed outside an
erasure, which evaluates everything). Every rule runs when the day differs from the last full
evaluation's (rules compare with today), when the rules' settings or the program's or schema's
version differ, when a follow-up whose id is not derived from its key changed (an imported one: a
key it lost would fire again), or when nothing is known; all other callers (import, demo data,
``kimdesk deadlines run``) evaluate every rule.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select, text

from kimdesk import __version__
from kimdesk.i18n import QT_TRANSLATE_NOOP, translate
from kimdesk.models import Agency, Client, Task
from kimdesk.models.types import id_text_sql, stored_id_sql
from kimdesk.services.clients_intake import bamf_decisions
from kimdesk.services.tasks_deadlines import rules as rules_data
from kimdesk.services.tasks_deadlines.deadline_rules import COLUMNS, RULES, Hit, complete
from kimdesk.store import options, page_cache
from kimdesk.store.journal_codes import NAMES, row_id_of
from kimdesk.store.journal_values import JournalDamaged, decode
from kimdesk.store.store import Store
from kimdesk.sync.report import EVERY_COLUMN

FOLLOW_UP = "follow_up"
# among a table's changed columns: every column (a created row, or what changed is not known)
ALL = EVERY_COLUMN
# the columns changed by table (``ALL`` among them: every column)
Changed = dict[str, set[str]]
TASK_NAMESPACE = uuid.UUID("0b7f3c55-2a4e-4f0e-9d61-5c1de0a7b9e4")


def task_id(source_key: str) -> str:
    """The follow-up's id: the same occasion gives the same row on every laptop."""
    return str(uuid.uuid5(TASK_NAMESPACE, source_key))


RULE_LABELS = {
    "turning_18": QT_TRANSLATE_NOOP("Deadlines", "18. Geburtstag"),
    "residence_expiry": QT_TRANSLATE_NOOP("Deadlines", "Aufenthaltspapier"),
    "benefit_change": QT_TRANSLATE_NOOP("Deadlines", "Rechtskreiswechsel"),
    "moved": QT_TRANSLATE_NOOP("Deadlines", "Umzug"),
    "school_place_missing": QT_TRANSLATE_NOOP("Deadlines", "Kein Schulplatz"),
    "compulsory_schooling": QT_TRANSLATE_NOOP("Deadlines", "Schulpflicht"),
    "bamf_decision": QT_TRANSLATE_NOOP("Deadlines", "BAMF-Bescheid"),
    "family_reunification": QT_TRANSLATE_NOOP("Deadlines", "Familiennachzug"),
    "asylblg_36_months": QT_TRANSLATE_NOOP("Deadlines", "36 Monate AsylbLG"),
    "residence_rule_move": QT_TRANSLATE_NOOP("Deadlines", "Wohnsitzregelung"),
    "consent_expiry": QT_TRANSLATE_NOOP("Deadlines", "Schweigepflichtentbindung"),
    "plan_review_overdue": QT_TRANSLATE_NOOP("Deadlines", "Überprüfung des Hilfeplans"),
    "action_overdue": QT_TRANSLATE_NOOP("Deadlines", "Vereinbarung überfällig"),
    "measure_overdue": QT_TRANSLATE_NOOP("Deadlines", "Maßnahme überfällig"),
}

# the German source of every text ``describe`` puts after "<rule>: " in a follow-up's title: a title
# is stored in the language of the day it was made, and ``localized_title`` shows it in today's
TITLE_TEMPLATES = (
    QT_TRANSLATE_NOOP("Deadlines", "wird {year} volljährig (nur das Geburtsjahr ist bekannt; gerechnet ab 1. Januar)"),
    QT_TRANSLATE_NOOP("Deadlines", "wird am {date} volljährig"),
    QT_TRANSLATE_NOOP("Deadlines", "ist am {date} abgelaufen"),
    QT_TRANSLATE_NOOP("Deadlines", "läuft am {date} ab"),
    QT_TRANSLATE_NOOP("Deadlines", "{old} → {new}: Bewilligung steht aus"),
    QT_TRANSLATE_NOOP("Deadlines", "{status}, aber noch {old}"),
    QT_TRANSLATE_NOOP("Deadlines", "wohnt jetzt in {municipality}"),
    QT_TRANSLATE_NOOP("Deadlines", "nicht mehr vollzeitschulpflichtig und ohne Schulplatz"),
    QT_TRANSLATE_NOOP("Deadlines", "schulpflichtig und ohne Schulplatz (Wartezeit unbekannt)"),
    QT_TRANSLATE_NOOP("Deadlines", "schulpflichtig und seit {days} Tagen ohne Schulplatz (seit {date})"),
    QT_TRANSLATE_NOOP("Deadlines", "Schutz zuerkannt ({kind}), zugestellt am {date}"),
    QT_TRANSLATE_NOOP("Deadlines", "Frist für den erleichterten Nachzug endet spätestens am {date}"),
    QT_TRANSLATE_NOOP("Deadlines", "36 Monate Leistungsbezug am {date}"),
    QT_TRANSLATE_NOOP("Deadlines", "wohnt in {municipality}, Wohnsitzregelung für {place}"),
    QT_TRANSLATE_NOOP("Deadlines", "für {recipient} endet am {date}"),
    QT_TRANSLATE_NOOP("Deadlines", "Ziel: Überprüfung war am {date} fällig"),
    QT_TRANSLATE_NOOP("Deadlines", "war am {date} fällig"),
    QT_TRANSLATE_NOOP("Deadlines", "seit {date} – {what}"),
)


def rule_label(rule: str) -> str:
    return translate("Deadlines", RULE_LABELS[rule]) if rule in RULE_LABELS else rule


def _title_pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile("(?P<_lead>.*?)" + body)


def localized_title(title: str, rule: str | None) -> str:
    """A follow-up's title written in German, shown in the current language (as it is otherwise)."""
    source_prefix = f"{RULE_LABELS[rule]}: " if rule in RULE_LABELS else None
    if source_prefix is None or not title.startswith(source_prefix):
        return title
    rest = title[len(source_prefix):]
    for template in TITLE_TEMPLATES:
        match = _title_pattern(template).fullmatch(rest)
        if match:
            values = {k: v for k, v in match.groupdict().items() if k != "_lead"}
            rest = match.group("_lead") + translate("Deadlines", template).format(**values)
            break
    return f"{rule_label(rule)}: {rest}"


def _day(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "?"


def _clip(value: str, n: int = 80) -> str:
    value = " ".join(value.split())
    return value if len(value) <= n else value[: n - 1] + "…"


def describe(hit: Hit) -> tuple[str, str]:
    """(title, details) of the follow-up, in the current language; the title names the rule."""
    p = hit.params
    r = hit.rule
    if r == "turning_18":
        if p.get("year_only"):
            what = translate("Deadlines", "wird {year} volljährig (nur das Geburtsjahr ist bekannt; gerechnet ab 1. Januar)"
                             ).format(year=p["date"].year)
        else:
            what = translate("Deadlines", "wird am {date} volljährig").format(date=_day(p["date"]))
        details = translate("Deadlines", "Die Jugendhilfe endet nicht automatisch: Hilfe für junge Volljährige "
                                         "prüfen (§ 41 SGB VIII, in der Regel bis 21) und den Übergang rechtzeitig "
                                         "mit den künftig zuständigen Stellen planen (§ 36b SGB VIII). Eine "
                                         "Vormundschaft endet mit der Volljährigkeit.")
    elif r == "residence_expiry":
        when = (translate("Deadlines", "ist am {date} abgelaufen") if p.get("expired")
               else translate("Deadlines", "läuft am {date} ab"))
        what = f"{p['status']} " + when.format(date=_day(p["date"]))
        details = translate("Deadlines", "Verlängerung bei der Ausländerbehörde rechtzeitig klären.")
    elif r == "benefit_change" and p.get("to"):
        what = translate("Deadlines", "{old} → {new}: Bewilligung steht aus").format(old=p["from"], new=p["to"])
        details = translate("Deadlines", "Prüfen, dass keine Zahlungslücke entsteht, bis die neue Stelle bewilligt hat.")
        if p.get("old_ends"):
            details += " " + translate("Deadlines", "Die bisherige Leistung endet am {date}.").format(
                date=_day(p["old_ends"]))
    elif r == "benefit_change":
        what = translate("Deadlines", "{status}, aber noch {old}").format(status=p["status"], old=p["from"])
        details = translate("Deadlines", "Nach der Anerkennung wechselt die Zuständigkeit (meist SGB II): Antrag "
                                         "anstoßen, Zahlungslücke vermeiden.")
    elif r == "moved":
        what = translate("Deadlines", "wohnt jetzt in {municipality}").format(municipality=p["municipality"])
        details = p.get("proposals_text") or ""
    elif r == "school_place_missing":
        what = translate("Deadlines", "nicht mehr vollzeitschulpflichtig und ohne Schulplatz")
        details = translate("Deadlines", "Internationale Förderklasse oder ein anderes Bildungsangebot klären.")
    elif r == "compulsory_schooling":
        if p.get("days") is None:
            what = translate("Deadlines", "schulpflichtig und ohne Schulplatz (Wartezeit unbekannt)")
        else:
            what = translate("Deadlines", "schulpflichtig und seit {days} Tagen ohne Schulplatz (seit {date})").format(
                days=p["days"], date=_day(p["since"]))
        details = translate("Deadlines", "Vollzeitschulpflicht (§§ 35, 37 SchulG NRW; nach einem Asylantrag ab der "
                                         "Zuweisung an die Gemeinde, § 34 Abs. 6 SchulG NRW): Schulplatz sofort "
                                         "mit Schulamt und Kommunalem Integrationszentrum klären.")
    elif r == "bamf_decision" and p.get("protection"):
        what = translate("Deadlines", "Schutz zuerkannt ({kind}), zugestellt am {date}").format(
            kind=bamf_decisions.label(p["kind"]), date=_day(p["served"]))
        details = translate("Deadlines", "Die Leistungen nach dem AsylbLG enden (§ 1 Abs. 3 AsylbLG): Bürgergeld "
                                         "beim Jobcenter sofort beantragen, damit keine Lücke entsteht (§ 37 SGB II), "
                                         "und die Aufenthaltserlaubnis bei der Ausländerbehörde beantragen.")
    elif r == "bamf_decision":
        when = (translate("Deadlines", "Klagefrist ist am {date} abgelaufen") if p.get("expired")
                else translate("Deadlines", "Klagefrist endet am {date}"))
        what = translate("Deadlines", "{kind}, zugestellt am {served}").format(
            kind=bamf_decisions.label(p["kind"]), served=_day(p["served"])) + " – " + when.format(
            date=_day(p["deadline"]))
        if p.get("days") == 7:
            details = translate("Deadlines", "Eine Woche (§ 74 Abs. 1 Hs. 2, § 36 Abs. 3 AsylG): Klage und Eilantrag "
                                             "sofort mit Rechtsberatung oder Anwält:in klären.")
        else:
            details = translate("Deadlines", "Zwei Wochen (§ 74 Abs. 1 AsylG): Klage sofort mit Rechtsberatung oder "
                                             "Anwält:in klären.")
        details += " " + translate("Deadlines", "Maßgeblich ist die Rechtsbehelfsbelehrung des Bescheids.")
    elif r == "family_reunification":
        what = translate("Deadlines", "Frist für den erleichterten Nachzug endet spätestens am {date}").format(
            date=_day(p["ends"]))
        details = translate("Deadlines", "Antrag innerhalb von drei Monaten nach unanfechtbarer Anerkennung "
                                         "(§ 29 Abs. 2 S. 2 Nr. 1 AufenthG); die Frist wahrt auch der Antrag der "
                                         "Person hier (§ 29 Abs. 2 S. 3 AufenthG). Gerechnet ab Zustellung des "
                                         "Bescheids – also nie zu spät.")
    elif r == "asylblg_36_months":
        what = translate("Deadlines", "36 Monate Leistungsbezug am {date}").format(date=_day(p["date"]))
        details = translate("Deadlines", "Analogleistungen nach § 2 Abs. 1 AsylbLG prüfen (SGB XII entsprechend, "
                                         "nach 36 Monaten Aufenthalt ohne wesentliche Unterbrechung). Gerechnet ab "
                                         "dem ersten AsylbLG-Bezug am {date}.").format(date=_day(p["since"]))
    elif r == "residence_rule_move":
        what = translate("Deadlines", "wohnt in {municipality}, Wohnsitzregelung für {place}").format(
            municipality=p["municipality"], place=p["place"])
        details = translate("Deadlines", "Ein Umzug braucht die Aufhebung oder Änderung der Wohnsitzregelung durch "
                                         "die Ausländerbehörde (§ 12a Abs. 5 AufenthG); Leistungen und "
                                         "Zuständigkeiten klären.")
    elif r == "consent_expiry":
        what = translate("Deadlines", "für {recipient} endet am {date}").format(recipient=p["recipient"] or "?",
                                                                                  date=_day(p["date"]))
        details = translate("Deadlines", "Erneuern lassen – sonst darf die Stelle nicht mehr beteiligt werden.")
    elif r == "plan_review_overdue":
        when = (translate("Deadlines", "Ziel: Überprüfung war am {date} fällig") if p.get("goal")
               else translate("Deadlines", "war am {date} fällig"))
        what = when.format(date=_day(p["date"]))
        details = ""
    else:  # action_overdue, measure_overdue
        what = translate("Deadlines", "seit {date} – {what}").format(date=_day(p["date"]), what=_clip(p["what"]))
        details = translate("Deadlines", "Verantwortlich: {who}").format(who=p["who"]) if p.get("who") else ""
    return f"{rule_label(r)}: {what}", details


@dataclass
class Evaluation:
    today: date
    fired: int = 0
    created: list[dict[str, Any]] = field(default_factory=list)  # empty with ``keep_created=False``
    count: int = 0  # follow-ups created
    by_rule: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rules: list[str] = field(default_factory=list)  # the rules that ran
    full: bool = True  # every enabled rule ran

    def as_dict(self) -> dict[str, Any]:
        return {"today": self.today.isoformat(), "fired": self.fired, "created": self.created,
                "by_rule": self.by_rule, "seconds": round(self.seconds, 3)}


def enabled_rules(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for name, params in config.get("rules", {}).items():
        if name in RULES and params.get("enabled", True):
            out[name] = params
    return out


def find(conn: Connection, today: date, config: dict[str, Any]) -> list[Hit]:
    """Every occasion that fires today (before de-duplication), all held and complete: for tests and
    tools; ``evaluate`` takes the rules' hits a batch at a time and completes the new ones only."""
    hits: list[Hit] = []
    for name, params in enabled_rules(config).items():
        hits.extend(RULES[name](conn, today, params))
    complete(conn, hits)
    return hits


def existing_keys(conn: Connection) -> set[str]:
    """Source keys of every follow-up ever created here (open, done, dismissed, deleted)."""
    return set(conn.execute(text("SELECT source_key FROM task WHERE source_key IS NOT NULL")).scalars())


def _existing_keys(conn: Connection, keys: list[str]) -> set[str]:
    """Those of ``keys`` a task has already (by the index on ``source_key``). Plain SQL: asked once
    per batch of hits, a compiled ``in_()`` of 500 values cost more than the lookups themselves
    (about 0.1 s of a steady-state evaluation at 200,000 people)."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]  # distinct keys
        marks = ",".join("?" * len(part))
        # after a sync nearly every key is known: counted first (no key read back and held a second time,
        # some 70,000 at 200,000 people), read only when some are missing
        known = conn.exec_driver_sql(f"SELECT count(DISTINCT source_key) FROM task WHERE source_key IN ({marks})",
                                     tuple(part)).scalar()
        if known == len(part):
            found.update(part)
            continue
        sql = f"SELECT source_key FROM task WHERE source_key IN ({marks})"
        found.update(row[0] for row in conn.exec_driver_sql(sql, tuple(part)))
    return found


# hits checked and their follow-ups written per flush (memory stays flat: see ``evaluate``)
FLUSH_EVERY = 1000
# follow-ups per INSERT statement: SQLite holds the old content of the pages one statement changes
# in memory until it ends (as ``exchange.ROWS_PER_INSERT`` for the import's rows; SQLAlchemy would
# pack a whole flush of 1,000 into one statement)
ROWS_PER_INSERT = 100


def evaluate(store: Store, today: date | None = None, *, config: dict[str, Any] | None = None,
             keep_created: bool = True, touched: Mapping[str, Collection[str]] | None = None) -> Evaluation:
    """Run every enabled rule; create the follow-ups that do not exist yet (one transaction).

    ``touched``: the columns a sync round changed, by table (``ALL``: every column); then only the
    rules the changes since the last evaluation can affect run (``_rules_to_run``; all of them when
    that is not known). None: all.

    Rule by rule, a batch of ``FLUSH_EVERY`` hits at a time (the rules yield their hits, so no
    rule's hits are held all at once): which of them exist already is asked of the database (the
    batches before are flushed, so a key fired twice is written once), their follow-ups are
    written and let go. After a bulk import at 100,000 people tens of thousands
    fire; holding every hit, every source key ever used and every follow-up until the end grew
    the import's memory with the number of people. ``keep_created=False`` (the import) keeps only
    the count of the created follow-ups, not their descriptions, and the changes by table."""
    started = time.perf_counter()
    today = today or date.today()
    config = config if config is not None else rules_data.load("deadlines", store)
    result = Evaluation(today)
    # one unit of work: the follow-ups found missing are the ones written, nothing in between
    with store.session() as session:
        conn = session.connection().execution_options(insertmanyvalues_page_size=ROWS_PER_INSERT)  # in place
        read_up_to = _journal_top(conn)  # in this transaction: later changes are the next round's
        fingerprint = _fingerprint(conn, config)
        chosen = enabled_rules(config)
        wanted = None if touched is None else _rules_to_run(store, conn, today, fingerprint, touched)
        if wanted is not None and not set(chosen) <= wanted:
            chosen = {name: params for name, params in chosen.items() if name in wanted}
            result.full = False
        result.rules = list(chosen)
        with page_cache.roomy(conn):  # the rules' passes over the people decrypt each page once
            for name, params in chosen.items():
                hits = RULES[name](conn, today, params)  # a generator: its cursor reads on between batches
                while batch := list(islice(hits, FLUSH_EVERY)):
                    result.fired += len(batch)
                    _write_batch(session, batch, result, keep_created)
        _remember(store, conn, today, fingerprint, read_up_to, result.full)
    result.seconds = time.perf_counter() - started
    return result


def _fingerprint(conn: Connection, config: dict[str, Any]) -> str:
    """What the rules' results depend on besides the data and the day: the enabled rules with their
    settings, the tables they read, the program's version (a new version may change a rule) and the
    schema's (a migration may rewrite rows without a change in the journal)."""
    schema = sorted(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    shape = {"rules": enabled_rules(config),
             "reads": {name: {t: sorted(c) for t, c in cols.items()} for name, cols in COLUMNS.items()},
             "version": __version__, "schema": schema}
    return hashlib.sha256(json.dumps(shape, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def _journal_top(conn: Connection) -> int:
    """The change journal's last seq (its primary key: one step down the table's b-tree)."""
    return int(conn.exec_driver_sql("SELECT max(seq) FROM change").scalar() or 0)


def _remember(store: Store, conn: Connection, today: date, fingerprint: str, read_up_to: int, full: bool) -> None:
    """The state the next round compares with (a device-local setting, never synced): after a full
    evaluation its day and fingerprint; after any, the journal's seq it read up to."""
    old = options.DEADLINES_EVALUATED.read(store, conn)
    if full:
        new = {"day": today.isoformat(), "rules": fingerprint, "seq": read_up_to}
    elif isinstance(old, dict):
        new = old | {"seq": read_up_to}
    else:
        return
    if new != old:
        options.DEADLINES_EVALUATED.write(store, conn, new)


def _rules_to_run(store: Store, conn: Connection, today: date, fingerprint: str,
                  touched: Mapping[str, Collection[str]]) -> set[str] | None:
    """The rules a round's changes can affect, or None: all (another day, other settings or another
    version or schema than the last full evaluation's, or nothing known)."""
    state = options.DEADLINES_EVALUATED.read(store, conn)
    if (not isinstance(state, dict) or state.get("day") != today.isoformat() or state.get("rules") != fingerprint
            or not isinstance(state.get("seq"), int)):
        return None
    changed: Changed = {table: set(columns) for table, columns in touched.items()}
    if all(_runs(columns, changed) for columns in COLUMNS.values()):
        return set(COLUMNS)  # the round's columns alone run every rule: the journal need not be read
    since = _changed_since(conn, state["seq"])  # the round's changes are among them, and local edits
    if since is None:
        return None
    for table, columns in since.items():
        changed.setdefault(table, set()).update(columns)
    return {name for name, columns in COLUMNS.items() if _runs(columns, changed)}


def _runs(reads: Mapping[str, frozenset[str]], changed: Changed) -> bool:
    """Whether a rule that reads ``reads`` (columns by table) can give other hits after ``changed``."""
    for table, columns in reads.items():
        got = changed.get(table)
        if got and (ALL in got or not columns.isdisjoint(got)):
            return True
    return False


def _changed_since(conn: Connection, seq: int) -> Changed | None:
    """The columns the change journal's changes after ``seq`` (received and this laptop's own) carry,
    by table; every column of a table a row of which has no change up to ``seq`` (created since). The
    values are decoded only for the tables a rule reads. None when a follow-up among them has an id
    not derived from its key (its key may have changed: an import upserts tasks, and a key no
    follow-up holds any more fires again), or a change cannot be read."""
    names = dict(conn.exec_driver_sql(f"SELECT code, name FROM {NAMES}").all())
    wanted = {code for code, name in names.items() if any(name in reads for reads in COLUMNS.values())}
    changed: Changed = {}
    tasks: set[str] = set()
    try:
        for code, key, data in conn.exec_driver_sql("SELECT entity_code, row_key, data FROM change WHERE seq > ?",
                                                    (seq,)):
            name = names.get(code, "")
            columns = changed.setdefault(name, set())
            if name == "task":
                tasks.add(row_id_of(key))
            elif code in wanted:
                columns.update(decode(data))  # the field names
    except JournalDamaged:
        return None
    # the tables of rows created since ``seq``: their first change lies after it (one statement,
    # by the journal's index on the row)
    created = conn.exec_driver_sql(f"""
        SELECT DISTINCT w.entity_code FROM change w WHERE w.seq > ? AND w.entity_code IN ({",".join("?" * len(wanted))})
          AND NOT EXISTS (SELECT 1 FROM change o WHERE o.entity_code = w.entity_code AND o.row_key = w.row_key
                          AND o.seq <= ?)""", (seq, *sorted(wanted), seq)).scalars()
    for code in created:
        changed.setdefault(names[code], set()).add(ALL)
    t = Task.__table__
    ids = sorted(tasks)
    for start in range(0, len(ids), 500):
        rows = conn.execute(select(t.c.id, t.c.source_key).where(t.c.id.in_(ids[start:start + 500]),
                                                                  t.c.source_key.is_not(None)))
        if any(task_id(key) != tid for tid, key in rows):
            return None
    return changed


def _write_batch(session: Any, hits: list[Hit], result: Evaluation, keep_created: bool) -> None:
    """The follow-ups of those ``hits`` that have none yet (open, done, dismissed or deleted), flushed."""
    conn = session.connection()
    have = _existing_keys(conn, list({h.source_key for h in hits}))
    new: dict[str, Hit] = {}
    for hit in hits:
        if hit.source_key not in have and hit.source_key not in new:
            new[hit.source_key] = hit
    if not new:
        return
    complete(conn, list(new.values()))  # what only the follow-up's text needs (deadline_rules.DETAILS)
    managers = _case_managers(conn, {h.client_id for h in new.values()})
    proposals = _move_proposals(conn, [h for h in new.values() if h.rule == "moved"])
    taken = _existing_ids(conn, [task_id(k) for k in new])
    for key, hit in new.items():
        if hit.rule == "moved":
            hit.params["proposals_text"] = proposals.get(hit.source_key, "")
        title, details = describe(hit)
        tid = task_id(key)
        if tid in taken:
            continue
        session.add(Task(id=tid, client_id=hit.client_id, kind=FOLLOW_UP, title=title[:500],
                         details=details or None, due_on=hit.due_on, status="open",
                         assigned_to=managers.get(hit.client_id), rule=hit.rule, source_key=key))
        if keep_created:
            result.created.append({"id": tid, "client_id": hit.client_id, "rule": hit.rule,
                                   "due_on": hit.due_on.isoformat(), "title": title})
        result.count += 1
        result.by_rule[hit.rule] = result.by_rule.get(hit.rule, 0) + 1
    # written in batches in the same transaction (capture and the audit entry grow with each
    # flush): the session holds one batch of follow-ups at a time (about 4.5 KB each)
    session.flush()
    session.expunge_all()
    if not keep_created:  # the changes by table, not by row (as the import keeps its own)
        for ids in session.info.get("touched", {}).values():
            ids.clear()
        session.info.pop("owners", None)


def evaluate_after_sync(store: Store, changes: Any = None, today: date | None = None, *,
                        columns: Mapping[str, Collection[str]] | None = None) -> Evaluation:
    """Hook for the sync round: evaluate the rules the round's changes (and this laptop's own since
    the last evaluation) can affect, with the outcome of evaluating every rule.

    Call it after the round's transaction has committed (it opens its own units of work).

    ``columns``: the columns the round changed by table (``SyncReport.columns``; ``ALL`` or none:
    every column). Else ``changes``: a ``Changes`` value (``.touched``), a mapping or set of table
    names (every column of each), or None (unknown: every rule).
    """
    if columns is not None:
        touched = {table: set(names) or {ALL} for table, names in columns.items()}
    elif changes is None:
        return evaluate(store, today)
    else:
        touched = {table: {ALL} for table in getattr(changes, "touched", changes)}
    return evaluate(store, today, touched=touched)


def _existing_ids(conn: Connection, ids: list[str]) -> set[str]:
    t = Task.__table__
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(conn.execute(select(t.c.id).where(t.c.id.in_(ids[start:start + 500]))).scalars())
    return found


def _case_managers(conn: Connection, client_ids: set[str]) -> dict[str, str | None]:
    t = Client.__table__
    ids = list(client_ids)
    out: dict[str, str | None] = {}
    for start in range(0, len(ids), 500):
        out.update(dict(conn.execute(select(t.c.id, t.c.case_manager).where(t.c.id.in_(ids[start:start + 500]))).all()))
    return out


@dataclass(frozen=True)
class Proposal:
    """For one responsibility whose agency does not serve the new municipality: who does."""

    responsibility_id: str
    need_id: str
    category: str
    current_agency_id: str
    current_agency: str
    proposed: tuple[tuple[str, str], ...]  # (agency id, name) serving the municipality, same legal domain


def _proposals(conn: Connection, wanted: list[tuple[str, list[str]]]) -> list[list[Proposal]]:
    """For each (municipality, responsibility ids): the proposals — two queries in all."""
    agencies = conn.execute(select(Agency.__table__).where(Agency.__table__.c.deleted.is_(False))).all()
    by_id = {a.id: a for a in agencies}
    all_ids = sorted({rid for _m, ids in wanted for rid in ids})
    # ids as text (the task's parameters hold text; need, request and office ids are stored as 16 bytes)
    rows = {r.id: r for r in conn.execute(text(f"""
        SELECT {id_text_sql("r.id")} AS id, {id_text_sql("r.need_id")} AS need_id, n.category,
               {id_text_sql("r.agency_id")} AS agency_id
        FROM responsibility r JOIN need n ON n.id = r.need_id
        WHERE r.id IN (SELECT {stored_id_sql("value")} FROM json_each(:ids))"""), {"ids": json.dumps(all_ids)})}
    out = []
    for municipality, ids in wanted:
        proposals = []
        for r in sorted((rows[i] for i in ids if i in rows), key=lambda r: (r.category, r.id)):
            current = by_id.get(r.agency_id)
            if current is None:
                continue
            candidates = [a for a in agencies if a.id != current.id and a.legal_domain == current.legal_domain
                          and (not a.municipalities or municipality in a.municipalities)]
            chosen = [a for a in candidates if a.kind == current.kind] or candidates
            proposals.append(Proposal(r.id, r.need_id, r.category, current.id, current.name,
                                      tuple((a.id, a.name) for a in sorted(chosen, key=lambda a: a.name))))
        out.append(proposals)
    return out


def proposals_for(conn: Connection, municipality: str, responsibility_ids: list[str]) -> list[Proposal]:
    """Agencies of the catalogue that would be responsible after a move, per responsibility."""
    return _proposals(conn, [(municipality, responsibility_ids)])[0]


def _move_proposals(conn: Connection, hits: list[Hit]) -> dict[str, str]:
    if not hits:
        return {}
    texts = {}
    found = _proposals(conn, [(h.params["municipality"], h.params["responsibilities"]) for h in hits])
    for hit, proposals in zip(hits, found):
        lines = []
        for p in proposals:
            target = ", ".join(name for _id, name in p.proposed) or translate(
                "Deadlines", "keine zuständige Stelle im Katalog")
            lines.append(translate("Deadlines", "{category}: {old} → {new}").format(
                category=p.category, old=p.current_agency, new=target))
        texts[hit.source_key] = "\n".join(lines)
    return texts


def follow_ups(conn: Connection, client_id: str) -> list[dict[str, Any]]:
    """The follow-ups on one person (newest due first), for the record's view."""
    t = Task.__table__
    rows = conn.execute(select(t).where(t.c.client_id == client_id, t.c.kind == FOLLOW_UP, t.c.deleted.is_(False))
                        .order_by(t.c.due_on.desc(), t.c.id)).all()
    return [{"id": r.id, "rule": r.rule, "label": rule_label(r.rule) if r.rule else None, "title": r.title,
             "details": r.details, "due_on": r.due_on, "status": r.status} for r in rows]

