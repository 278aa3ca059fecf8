"""Looking at a would-be sync target before using it: what a person sees in the first-run
wizard and the sync page when they press "Verbindung prüfen". Reads, never writes."""

from __future__ import annotations

from dataclasses import dataclass

from kimdesk.errors import BadInput
from kimdesk.i18n import translate
from kimdesk.store.store import Store
from kimdesk.sync import envelope, layout, settings
from kimdesk.sync import team as teams
from kimdesk.sync.envelope import EnvelopeError
from kimdesk.sync.targets import open_target
from kimdesk.sync.targets.base import TooLarge

READY = "ready"  # this team's share (or, without a team yet, some KIMdesk share)
EMPTY = "empty"  # an empty folder: the first round sets it up
UNREACHABLE = "unreachable"
REFUSED = "refused"  # not ours: another team's, not empty, newer, wrong key


@dataclass(frozen=True)
class Probe:
    state: str
    message: str

    @property
    def usable(self) -> bool:
        return self.state in (READY, EMPTY)


def probe(store: Store | None, spec: str) -> Probe:
    """What a round would find at ``spec`` (a folder or smb:// URL), as one sentence."""
    spec = spec.strip()
    if not spec:
        return Probe(REFUSED, translate("Sync", "Bitte einen Ordner oder eine smb://-Adresse angeben."))
    try:
        target = open_target(spec)
    except BadInput as exc:
        return Probe(REFUSED, str(exc))
    try:
        if not target.root_is_dir():
            return Probe(UNREACHABLE, translate("Sync", "{target} ist nicht erreichbar oder kein Ordner.").format(
                target=target.url))
        try:
            blob = target.read_at_most(layout.INFO, layout.MAX_INFO)
        except FileNotFoundError:
            blob = None
        except TooLarge:
            return Probe(REFUSED, translate("Sync", "Die Infodatei in {target} ist zu groß, um von KIMdesk zu sein "
                                                    "(beschädigt oder manipuliert).").format(target=target.url))
        if blob is None:
            if [e for e in target.list("") if not layout.is_info_temp(e.name)]:
                return Probe(REFUSED, translate("Sync", "{target} ist nicht leer und kein KIMdesk-Sync-Ziel. Bitte "
                                                        "einen leeren Ordner wählen.").format(target=target.url))
            if store is not None and settings.get(store, settings.SYNCED_BEFORE):
                return Probe(UNREACHABLE, translate("Sync", "{target} ist leer – ist die Freigabe eingehängt?").format(
                    target=target.url))
            return Probe(EMPTY, translate("Sync", "{target} ist erreichbar und leer; die erste Synchronisation richtet "
                                                  "den Ordner ein.").format(target=target.url))
        return _known(store, target.url, blob)
    except OSError as exc:
        return Probe(UNREACHABLE, translate("Sync", "{target} ist nicht erreichbar ({err}).").format(
            target=target.url, err=exc.strerror or type(exc).__name__))
    finally:
        target.close()


def _known(store: Store | None, url: str, blob: bytes) -> Probe:
    team = teams.current(store) if store is not None else None
    try:
        header, _ = envelope.read_header(blob)
        if team is None:
            return Probe(READY, translate("Sync", "{target} ist ein KIMdesk-Sync-Ziel.").format(target=url))
        if header.team != team.id:
            return Probe(REFUSED, translate("Sync", "{target} gehört zu einem anderen Team.").format(target=url))
        if header.gen > team.generation:
            return Probe(REFUSED, translate("Sync", "Auf {target} gilt ein neuerer Teamschlüssel; bitte die neue "
                                                    "Anmeldedatei übernehmen.").format(target=url))
        key = team.key_for(header.gen)
        if key is None:
            raise EnvelopeError("stale")
        envelope.open_sealed(key, blob, team=team.id, kind="info")
    except EnvelopeError as exc:
        if exc.reason == "newer":
            return Probe(REFUSED, translate("Sync", "{target} wurde von einer neueren KIMdesk-Version eingerichtet; "
                                                    "bitte KIMdesk aktualisieren.").format(target=url))
        return Probe(REFUSED, translate("Sync", "Die Infodatei in {target} passt nicht zum Teamschlüssel ({why}).")
                     .format(target=url, why=exc.reason))
    return Probe(READY, translate("Sync", "{target} ist erreichbar: der Sync-Ordner Ihres Teams.").format(target=url))
