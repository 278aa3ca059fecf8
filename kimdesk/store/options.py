"""Every device-local setting, declared once: key, type, default, title, limits, choices, lockability.

Following Electrum's ``ConfigVar`` and Picard's option declarations, a setting is data: the
settings dialog is built from the shown ones, the machine policy (``store.policy``) from the
lockable ones, sync and the services read their own through the same accessors, and nobody
spells a key twice (``tests/test_settings_registry.py`` fails on a key string outside this
module). Values live as JSON in the encrypted ``setting`` table (device-local, never synced);
the few options marked ``team`` (controller and data protection officer) are one synced
``team_setting`` row each instead, and the machine policy overrides both.
Titles are callables, so they are translated when shown, after the language has been chosen.

Types: ``int``, ``bool`` and ``str`` are checked and cleaned (limits, choices, length);
``object`` is bookkeeping the program writes itself (JSON of any shape), passed through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from kimdesk.store.store import Store


def _untitled() -> str:
    return ""


class Option(NamedTuple):
    """One setting, as data. A named tuple rather than a dataclass: this module is imported on the way to
    the first paint (``store.first_page``), where a dataclass costs about half a millisecond to make."""

    key: str
    type: type
    default: Any
    title: Callable[[], str] = _untitled
    help: Callable[[], str] | None = None
    minimum: int | None = None
    maximum: int | None = None
    # (value, label callable) pairs for a closed list
    choices: tuple[tuple[str, Callable[[], str]], ...] | None = None
    max_length: int | None = None  # for text options
    lockable: bool = False  # IT may preset it for the machine (store.policy)
    team: bool = False  # the whole team's value (a synced ``team_setting`` row), not this laptop's
    doc: str = ""  # what it means, for developers (options without a title are not shown)

    def clean(self, value: Any) -> Any:
        """The value in this option's type, or a ValidationError a user understands."""
        if self.type is int:
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise ValidationError(translate("Settings", "„{title}“ muss eine ganze Zahl sein.").format(
                    title=self.title()), self.key) from None
            if (self.minimum is not None and number < self.minimum) or (
                    self.maximum is not None and number > self.maximum):
                raise ValidationError(translate("Settings", "„{title}“ muss zwischen {min} und {max} liegen.").format(
                    title=self.title(), min=self.minimum, max=self.maximum), self.key)
            return number
        if self.type is bool:
            return bool(value)
        if self.type is not str:
            return value
        text = "" if value is None else str(value).strip()
        if self.max_length is not None and len(text) > self.max_length:
            raise ValidationError(translate("Settings", "„{title}“ darf höchstens {max} Zeichen lang sein.").format(
                title=self.title(), max=self.max_length), self.key)
        if self.choices is not None and text not in {c for c, _ in self.choices}:
            raise ValidationError(translate("Settings", "„{value}“ ist für „{title}“ nicht vorgesehen.").format(
                value=text[:30], title=self.title()), self.key)
        return text

    @property
    def locked(self) -> bool:
        """IT preset this option for the machine (``store.policy``): shown, not editable."""
        from kimdesk.store import policy  # policy builds its key list from this module
        return self.lockable and policy.locked(self.key)

    def read(self, store: Store, conn: Connection) -> Any:
        """The value in ``conn``'s unit of work: IT's, else the stored one (cleaned), else the default."""
        raw = store.get_setting(conn, self.key, None)  # the machine policy first, then this laptop's
        if self.team and not self.locked:
            raw = _team_value(conn, self.key, raw)
        if raw is None:
            return self.default
        try:
            return self.clean(raw)
        except ValidationError:
            return self.default  # a value from an older version that no longer fits

    def write(self, store: Store, conn: Connection, value: Any) -> Any:
        """Store ``value`` as is in ``conn``'s unit of work (the program's own bookkeeping)."""
        store.set_setting(conn, self.key, value)
        return value

    def get(self, store: Store) -> Any:
        with store.connection() as conn:
            return self.read(store, conn)

    def set(self, store: Store, value: Any) -> Any:
        """Clean ``value`` (a user's input) and store it in its own unit of work."""
        cleaned = self.clean(value)
        if self.team:
            save_team(store, {self.key: cleaned})
            return cleaned
        with store.connection(write=True) as conn:
            store.set_setting(conn, self.key, cleaned)
        return cleaned


def _team_value(conn: Connection, key: str, device: Any) -> Any:
    """The team's value for ``key``; a laptop's own value from before it was team data, until one is saved."""
    from sqlalchemy import select

    from kimdesk.models import TeamSetting

    t = TeamSetting.__table__
    row = conn.execute(select(t.c.value).where(t.c.key == key, t.c.deleted.is_(False))).first()
    return device if row is None else row.value


def save_team(store: Store, values: dict[str, Any]) -> None:
    """One synced row per key (captured like all team data); the id derives from the key."""
    from kimdesk.models import TeamSetting
    from kimdesk.models.team_setting import team_setting_id

    with store.session() as session:
        for key, value in values.items():
            row = session.get(TeamSetting, team_setting_id(key))
            if row is None:
                session.add(TeamSetting(id=team_setting_id(key), key=key, value=value))
            else:
                if row.value != value:
                    row.value = value
                if row.deleted:
                    row.deleted = False


# -- shown in the settings dialog ---------------------------------------------------------------
AUTOLOCK_MINUTES = Option(
    "ui.autolock_minutes", int, 5,
    title=lambda: translate("Settings", "Automatisch sperren nach (Minuten ohne Eingabe)"),
    help=lambda: translate("Settings", "Das BSI empfiehlt 5 bis 15 Minuten."),
    minimum=1, maximum=60, lockable=True)

LANGUAGE = Option(
    "ui.language", str, "de",
    title=lambda: translate("Settings", "Sprache der Oberfläche"),
    choices=(("de", lambda: translate("Settings", "Deutsch")), ("en", lambda: translate("Settings", "Englisch"))))

USER_NAME = Option(
    "user.name", str, "",
    title=lambda: translate("Settings", "Ihr Name (Vorgabe für Case Manager:in und Protokolle)"))

USER_PHONE = Option(
    "user.phone", str, "",
    title=lambda: translate("Settings", "Ihre Telefonnummer (für das Merkblatt der Person)"), max_length=100)

USER_EMAIL = Option(
    "user.email", str, "",
    title=lambda: translate("Settings", "Ihre E-Mail-Adresse (für das Merkblatt der Person)"), max_length=200)

SYNC_INTERVAL_MINUTES = Option(
    "sync.interval_minutes", int, 15,
    title=lambda: translate("Settings", "Automatisch synchronisieren alle (Minuten, 0 = nur von Hand)"),
    minimum=0, maximum=1440, lockable=True,
    doc="the desktop app syncs this often while reachable; 0 = only on demand")

BACKUP_KEEP = Option(
    "backup.keep", int, 7,
    title=lambda: translate("Settings", "Tägliche Sicherungen aufbewahren (Anzahl)"),
    help=lambda: translate("Settings", "Die ältesten Sicherungen darüber hinaus werden gelöscht."),
    minimum=1, maximum=90, lockable=True)

IMPORT_MAX_MB = Option(
    "import.max_mb", int, 200,
    title=lambda: translate("Settings", "Importdateien höchstens (MB)"),
    help=lambda: translate("Settings", "Größere Dateien werden abgelehnt, ohne sie ganz zu lesen."),
    minimum=1, maximum=4096)

PRIVACY_CONTROLLER = Option(
    "privacy.controller", str, "",
    title=lambda: translate("Settings", "Verantwortliche Stelle (Name, Anschrift) für die Datenschutzinformation"),
    help=lambda: translate("Settings", "Steht auf der Information nach Art. 13 DSGVO und in der Auskunft nach "
                                       "Art. 15 DSGVO, z. B. „Stadt Aachen, Der Oberbürgermeister, Markt 39, "
                                       "52062 Aachen“. Gilt für das ganze Team (wird synchronisiert)."),
    max_length=300, lockable=True, team=True)

PRIVACY_DPO = Option(
    "privacy.dpo", str, "",
    title=lambda: translate("Settings", "Datenschutzbeauftragte:r (Name, Erreichbarkeit)"),
    help=lambda: translate("Settings", "Steht auf der Information nach Art. 13 DSGVO und in der Auskunft nach "
                                       "Art. 15 DSGVO: Name oder Funktion, Anschrift, Telefon, E-Mail. Gilt für das "
                                       "ganze Team (wird synchronisiert)."),
    max_length=300, lockable=True, team=True)

EXPORT_FOLDER = Option(
    "export.folder", str, "",
    title=lambda: translate("Settings", "Ordner für Ausgaben (PDF, CSV)"),
    help=lambda: translate("Settings", "Hier beginnen die Dialoge „Speichern unter“. Ein lokaler Ordner, kein "
                                       "Cloud-Ordner: Ausgaben sind unverschlüsselt."),
    lockable=True)

# shown in the settings dialog, in this order
SHOWN: tuple[Option, ...] = (USER_NAME, USER_PHONE, USER_EMAIL, LANGUAGE, AUTOLOCK_MINUTES, SYNC_INTERVAL_MINUTES,
                             BACKUP_KEEP, IMPORT_MAX_MB, EXPORT_FOLDER, PRIVACY_CONTROLLER, PRIVACY_DPO)

# -- remembered by the desktop, not shown -----------------------------------------------------
QUICK_NOTE_PLACE = Option("ui.quick_note_place", str, "", doc="the place of the last quick note")
LAST_PRINTER = Option("print.last_printer", str, "", max_length=200, doc="the printer chosen last")
WINDOW_GEOMETRY = Option("ui.window_geometry", str, "", doc="Qt's saveGeometry, base64")
PRINT_ORGANISATION = Option("print.organisation", str, "", max_length=200,
                            doc="the organisation every printed header names; empty = the programme's name")

# -- sync ---------------------------------------------------------------------------------------
SYNC_TARGET = Option("sync.target", str, None, lockable=True,
                     doc="folder path or smb:// URL synced with when no --target is given")
FAILSAFE_FRACTION = Option("sync.failsafe_fraction", object, 0.10,
                           doc="deletions from other laptops of more than this share of the live people, needs or "
                               "conferences (each counted alone, over the window) wait for confirmation")
FAILSAFE_MINIMUM = Option("sync.failsafe_minimum", object, 10,
                          doc="… but only when they delete more than this many of them (tiny databases)")
FAILSAFE_ROUNDS = Option("sync.failsafe_rounds", object, 100,
                         doc="the window of the fail-safe: deletions of this many rounds add up (about a day at the "
                             "15-minute interval)")
FAILSAFE_WINDOW = Option("sync.failsafe_window", object, None, doc="deletions per entity of the last rounds")
SNAPSHOT_EVERY = Option("sync.snapshot_every", object, 50, doc="write a snapshot after this many own segments")
SNAPSHOT_GAIN = Option("sync.snapshot_gain", object, 20,
                       doc="a device behind by this many segments starts from a snapshot instead")
SYNCED_BEFORE = Option("sync.synced_before", object, False, doc="set by the first complete round")
LAST_REPORT = Option("sync.last_report", object, None, doc="the last round's report (counts and ids only)")
INFO_COPY = Option("sync.info_copy", object, None,
                   doc="the info file as last verified (base64), put back when someone damages the share's copy")
REPORTED_SKIPS = Option("sync.reported_skips", object, None,
                        doc="paths of bad files on the share already named in a round's report (named once; doctor "
                            "and the sync page keep listing them until cleaned)")
KNOWLEDGE_ID = Option("sync.knowledge_id", object, None, doc="knowledge vector new changes are stamped with")
SNAPSHOT = Option("sync.snapshot", object, None, doc="the last snapshot this laptop wrote")
PUBLISHED = Option("sync.published", object, None, doc="the cursors this laptop last published")
TEAM_ID = Option("sync.team_id", object, None, doc="the team's id")
TEAM_KEY = Option("sync.team_key", object, None, doc="the team key (hex)")
TEAM_GENERATION = Option("sync.team_generation", object, None, doc="the team key's generation")
TEAM_OLD_KEYS = Option("sync.team_old_keys", object, None, doc="{generation: hex} of earlier team keys")
TEAM_PENDING = Option("sync.team_pending", object, None,
                      doc="a rotation's new key until the share's info file names it")
RETIRED_SWEPT = Option("sync.retired_swept", object, None,
                       doc="{retired device: the last erasure id whose rows were swept from its folder}")

# -- the laptop's identity and counters ---------------------------------------------------------
DEVICE_ID = Option("device_id", object, None, doc="this laptop's device id")
PROFILE_ID = Option("profile_id", object, None, doc="this profile's id")
PREVIOUS_DEVICE_IDS = Option("previous_device_ids", object, None,
                             doc="device ids this laptop had before a restore gave it a new one")
CASE_COUNTER = Option("case_counter", object, 0, doc="the last case number given out on this laptop")
HLC = Option("hlc", object, 0, doc="the hybrid logical clock's last value")
JOURNAL_PACKED = Option("journal.packed_seq", object, 0,
                        doc="the last journal seq the idle packing looked at (store.journal_packing)")
BACKUP_LAST = Option("backup.last", object, None, doc="when the last daily backup was made (ISO time)")
DEADLINES_EVALUATED = Option("deadlines.evaluated", object, None,
                             doc="the deadline rules' last evaluation: the day and rules' settings of the last full "
                                 "one, the change journal's seq it read (services.tasks_deadlines.deadlines)")

# a team's override of a rule file in resources/rules: one key per rule set, "rules.<name>"
RULES_PREFIX = "rules."


def rule_override(name: str) -> Option:
    """The override of the rule set ``name`` (JSON as the rule file holds it), or None."""
    return Option(RULES_PREFIX + name, object, None, doc="a team's override of a rule file")


ALL: tuple[Option, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Option))
BY_KEY: dict[str, Option] = {o.key: o for o in ALL}
assert len(BY_KEY) == len(ALL), "a setting key is declared twice"
