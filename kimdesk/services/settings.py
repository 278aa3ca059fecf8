"""Settings, each declared once: key, type, default and a translatable title.

Following Electrum's ``ConfigVar`` and Picard's option declarations, an option is data, so
the settings dialog is built from this list and nobody spells a key twice. Values live as
JSON in the encrypted ``setting`` table (device-local, never synced); the few options marked
``team`` (controller and data protection officer) are one synced ``team_setting`` row each
instead. A machine policy (``store.policy``) overrides both. Titles are callables, so they are
translated when shown, after the language has been chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kimdesk.errors import SettingLocked, ValidationError
from kimdesk.i18n import translate
from kimdesk.store import policy
from kimdesk.store.store import Store


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    title: Callable[[], str]
    help: Callable[[], str] | None = None
    minimum: int | None = None
    maximum: int | None = None
    # (value, label callable) pairs for a closed list
    choices: tuple[tuple[str, Callable[[], str]], ...] | None = None
    max_length: int | None = None  # for text options
    team: bool = False  # the whole team's value (synced ``team_setting`` row), not this laptop's

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
        return policy.locked(self.key)

    def get(self, store: Store) -> Any:
        with store.connection() as conn:
            raw = store.get_setting(conn, self.key, None)  # the machine policy first, then this laptop's
            if self.team and not self.locked:
                raw = _team_value(conn, self.key, raw)
        if raw is None:
            return self.default
        try:
            return self.clean(raw)
        except ValidationError:
            return self.default  # a value from an older version that no longer fits

    def set(self, store: Store, value: Any) -> Any:
        return save(store, {self.key: value})[self.key] if self.key in BY_KEY else self._set_device(store, value)

    def _set_device(self, store: Store, value: Any) -> Any:
        cleaned = self.clean(value)
        with store.connection(write=True) as conn:
            store.set_setting(conn, self.key, cleaned)
        return cleaned


def _team_value(conn, key: str, device: Any) -> Any:  # noqa: ANN001 - a Connection
    """The team's value for ``key``; a laptop's own value from before it was team data, until one is saved."""
    from sqlalchemy import select

    from kimdesk.models import TeamSetting

    t = TeamSetting.__table__
    row = conn.execute(select(t.c.value).where(t.c.key == key, t.c.deleted.is_(False))).first()
    return device if row is None else row.value


def _save_team(store: Store, values: dict[str, Any]) -> None:
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


AUTOLOCK_MINUTES = Option(
    "ui.autolock_minutes", int, 5,
    title=lambda: translate("Settings", "Automatisch sperren nach (Minuten ohne Eingabe)"),
    help=lambda: translate("Settings", "Das BSI empfiehlt 5 bis 15 Minuten."),
    minimum=1, maximum=60)

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
    minimum=0, maximum=1440)

BACKUP_KEEP = Option(
    "backup.keep", int, 7,
    title=lambda: translate("Settings", "Tägliche Sicherungen aufbewahren (Anzahl)"),
    help=lambda: translate("Settings", "Die ältesten Sicherungen darüber hinaus werden gelöscht."),
    minimum=1, maximum=90)

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
    max_length=300, team=True)

PRIVACY_DPO = Option(
    "privacy.dpo", str, "",
    title=lambda: translate("Settings", "Datenschutzbeauftragte:r (Name, Erreichbarkeit)"),
    help=lambda: translate("Settings", "Steht auf der Information nach Art. 13 DSGVO und in der Auskunft nach "
                                       "Art. 15 DSGVO: Name oder Funktion, Anschrift, Telefon, E-Mail. Gilt für das "
                                       "ganze Team (wird synchronisiert)."),
    max_length=300, team=True)

EXPORT_FOLDER = Option(
    "export.folder", str, "",
    title=lambda: translate("Settings", "Ordner für Ausgaben (PDF, CSV)"),
    help=lambda: translate("Settings", "Hier beginnen die Dialoge „Speichern unter“. Ein lokaler Ordner, kein "
                                       "Cloud-Ordner: Ausgaben sind unverschlüsselt."))

# shown in the settings dialog, in this order
OPTIONS: tuple[Option, ...] = (USER_NAME, USER_PHONE, USER_EMAIL, LANGUAGE, AUTOLOCK_MINUTES, SYNC_INTERVAL_MINUTES,
                               BACKUP_KEEP, IMPORT_MAX_MB, EXPORT_FOLDER, PRIVACY_CONTROLLER, PRIVACY_DPO)
BY_KEY = {o.key: o for o in OPTIONS}

# remembered state that is not shown as a setting
QUICK_NOTE_PLACE = Option("ui.quick_note_place", str, "", title=lambda: "")
LAST_PRINTER = Option("print.last_printer", str, "", title=lambda: "", max_length=200)
WINDOW_GEOMETRY = Option("ui.window_geometry", str, "", title=lambda: "")  # Qt's saveGeometry, base64


def values(store: Store) -> dict[str, Any]:
    return {o.key: o.get(store) for o in OPTIONS}


def save(store: Store, changed: dict[str, Any]) -> dict[str, Any]:
    """Validate every value first, then write them all (nothing is written on a bad value)."""
    for key in changed:
        if BY_KEY[key].locked:
            raise SettingLocked(translate("Settings", "„{title}“ ist von der IT für diesen Rechner festgelegt.").format(
                title=BY_KEY[key].title()), key)
    cleaned = {key: BY_KEY[key].clean(value) for key, value in changed.items()}
    device = {k: v for k, v in cleaned.items() if not BY_KEY[k].team}
    team = {k: v for k, v in cleaned.items() if BY_KEY[k].team}
    if device:
        with store.connection(write=True) as conn:
            for key, value in device.items():
                store.set_setting(conn, key, value)
    if team:
        _save_team(store, team)
    return cleaned
