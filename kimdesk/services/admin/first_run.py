"""The first run on a laptop, as a Qt-free state machine the wizard pages only render.

Following Electrum's wizard: the steps and what each does live here and are tested without
Qt. The order is welcome → passphrase → team → share → done; "later" on the team step skips
the share. The profile is created when the passphrase step is left (the point of no return:
the wizard's back button stops there); joining or creating a team and choosing the share
then work on the open store, exactly as ``kimdesk team …`` and ``kimdesk sync --save`` do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.store import secrets
from kimdesk.store.keyfile import MIN_PASSPHRASE, check_passphrase_strength
from kimdesk.store.profile import Profile, init_profile
from kimdesk.store.store import Store


class Step(str, Enum):
    WELCOME = "welcome"
    PASSPHRASE = "passphrase"
    TEAM = "team"
    SHARE = "share"
    DONE = "done"


class TeamChoice(str, Enum):
    JOIN = "join"  # an enrolment file from the team
    CREATE = "create"  # the first laptop of a team
    LATER = "later"  # alone for now; the sync page sets it up later


@dataclass(frozen=True)
class Strength:
    level: int  # 0 too short … 4 very good
    text: str


def strength(passphrase: str) -> Strength:
    """The hint while typing: zxcvbn's estimate, the same check that creating the profile makes."""
    from kimdesk.store.strength import estimate

    verdict = estimate(passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        return Strength(0, verdict.why)
    if not verdict.ok:
        return Strength(min(verdict.score, 1), translate("FirstRun", "zu schwach – {why}").format(why=verdict.why))
    return Strength(verdict.score, translate("FirstRun", "gut") if verdict.score == 3
                    else translate("FirstRun", "sehr gut"))


CSV = "csv"  # the catalogue choice "from a CSV file"


def check_csv(path: Path | str | None) -> Path:
    """The CSV file for the team's catalogue, read and checked (size, encoding, columns) before use."""
    from kimdesk.errors import BadInput
    from kimdesk.services.clients_intake import agency_import

    if path is None or not str(path).strip():
        raise ValidationError(translate("FirstRun", "Bitte die CSV-Datei mit den Stellen wählen."), "catalogue_csv")
    chosen = Path(str(path).strip())
    try:
        if chosen.stat().st_size > agency_import.MAX_BYTES:
            raise BadInput(translate("AgencyImport", "Die Datei ist zu groß (höchstens 5 MB)."))
        data = chosen.read_bytes()
    except OSError as exc:
        raise BadInput(translate("FirstRun", "Die Datei {path} ist nicht lesbar ({reason}).").format(
            path=chosen.name, reason=exc.strerror or type(exc).__name__)) from exc
    agency_import.read(data)  # BadInput for a file that is no catalogue
    return chosen


def check_catalogue(catalogue: str | None, csv_file: Path | str | None = None) -> tuple[str, Path | None]:
    """The catalogue a founding laptop starts the team with, checked before anything changes: a key of
    ``catalogue.TEMPLATES`` (default: the shipped example) or ``CSV`` with its file (a file alone means CSV).
    Returns (key, the checked CSV file or None)."""
    from kimdesk.errors import BadInput
    from kimdesk.services.clients_intake import catalogue as shipped

    key = (catalogue or "").strip() or (CSV if csv_file is not None and str(csv_file).strip() else shipped.SEED)
    if key != CSV and csv_file is not None and str(csv_file).strip():
        raise BadInput(translate("FirstRun", "Eine CSV-Datei passt nur zum Stellenkatalog aus einer CSV-Datei, "
                                             "nicht zu „{key}“.").format(key=key[:60]))
    if key == CSV:
        return key, check_csv(csv_file)
    shipped.template_agencies(key)  # an unknown key: refused here
    return key, None


def found_team(store: Store, catalogue: str | None = None, csv_file: Path | str | None = None):
    """Found a team on this laptop (the first one) and start its catalogue, as the wizard, the team
    dialog and ``kimdesk team create`` do. The choice is checked first, so a bad one changes nothing.
    A CSV choice empties the catalogue; the file's rows then go through the import preview (window) or
    are taken as read (CLI). Returns (team, the CSV file or None)."""
    from kimdesk.services.clients_intake import catalogue as shipped
    from kimdesk.sync import team

    key, csv_path = check_catalogue(catalogue, csv_file)
    created = team.create(store)  # refuses when this laptop already has a team
    # the first laptop decides for the team: the seed's rows go as removals to the others
    shipped.apply_template(store, shipped.EMPTY if key == CSV else key)
    return created, csv_path


@dataclass
class Setup:
    """What the wizard has done so far."""

    profile: Profile
    store: Store | None = None
    remembered: bool = False
    choice: TeamChoice = TeamChoice.JOIN
    team_id: str | None = None
    suggested_target: str | None = None  # from the enrolment file
    target: str | None = None
    catalogue_csv: Path | None = None  # chosen when founding: the window opens its import preview

    @staticmethod
    def keyring_available() -> bool:
        return secrets.backend() is not None

    def next_step(self, step: Step) -> Step:
        if step is Step.WELCOME:
            return Step.PASSPHRASE
        if step is Step.PASSPHRASE:
            return Step.TEAM
        if step is Step.TEAM:
            return Step.DONE if self.choice is TeamChoice.LATER else Step.SHARE
        return Step.DONE

    # -- passphrase ----------------------------------------------------------------------
    def create_profile(self, passphrase: str, repeat: str, *, remember: bool) -> Store:
        from kimdesk.services.clients_intake import catalogue

        if self.store is not None:
            return self.store
        check_passphrase_strength(passphrase)
        if passphrase != repeat:
            raise ValidationError(translate("FirstRun", "Die beiden Eingaben stimmen nicht überein."), "repeat")
        remember = remember and self.keyring_available()
        self.store = init_profile(self.profile, passphrase, remember=remember)
        self.remembered = remember
        catalogue.seed_agencies(self.store)
        return self.store

    # -- team ------------------------------------------------------------------------------
    def set_up_team(self, choice: TeamChoice, enrolment: Path | None = None, passphrase: str = "", *,
                    catalogue: str | None = None, csv_file: Path | str | None = None) -> None:
        """``catalogue`` (founding only): a key of ``catalogue.TEMPLATES`` or ``CSV`` (then ``csv_file``,
        checked here before anything changes; its rows go through the import preview in the window)."""
        from kimdesk.sync import team

        assert self.store is not None
        self.choice = choice
        if choice is TeamChoice.LATER:
            return
        if choice is TeamChoice.CREATE:
            existing = team.current(self.store)
            if existing is not None:  # back and forward again in the wizard: the team stays as founded
                check_catalogue(catalogue, csv_file)
                self.team_id = existing.id
                return
            created, self.catalogue_csv = found_team(self.store, catalogue, csv_file)
            self.team_id = created.id
            return
        if enrolment is None or not str(enrolment).strip():
            raise ValidationError(translate("FirstRun", "Bitte die Anmeldedatei des Teams wählen."), "enrolment")
        if not passphrase:
            raise ValidationError(translate("FirstRun", "Bitte die Passphrase der Anmeldedatei eingeben."),
                                  "team_passphrase")
        joined, target = team.join(self.store, Path(enrolment), passphrase)
        self.team_id, self.suggested_target = joined.id, target

    # -- share -----------------------------------------------------------------------------
    def check_share(self, spec: str, smb_password: str = ""):
        """Probe the share (after handing an SMB password to the keyring, or this process)."""
        from kimdesk.sync.probe import probe

        spec = spec.strip()
        if spec.lower().startswith("smb://") and smb_password:
            from kimdesk.sync.targets.smb import SmbUrl

            try:
                name = SmbUrl.parse(spec).keyring_name
            except ValueError:
                name = None
            if name is not None and not secrets.put(name, smb_password):
                os.environ["KIMDESK_SMB_PASSWORD"] = smb_password  # no keyring: for this session only
        return probe(self.store, spec)

    def choose_checked(self, spec: str) -> None:
        """Save a target whose ``check_share`` just said it is usable (no second probe)."""
        from kimdesk.sync import service

        assert self.store is not None
        service.save_target(self.store, spec.strip())
        self.target = spec.strip()

    def choose_share(self, spec: str, smb_password: str = ""):
        """Save the target if it can be used now; the probe says why not otherwise."""
        from kimdesk.sync import service

        assert self.store is not None
        result = self.check_share(spec, smb_password)
        if result.usable:
            service.save_target(self.store, spec.strip())
            self.target = spec.strip()
        return result
