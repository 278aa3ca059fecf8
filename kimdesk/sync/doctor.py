"""``kimdesk doctor``: is a team key there, and is the configured sync target reachable?"""

from __future__ import annotations

from kimdesk.i18n import translate
from kimdesk.services.doctor import EXTRA_CHECKS


def check_sync(store, report) -> None:
    from kimdesk.errors import KimdeskError
    from kimdesk.sync import service, team

    name = translate("Doctor", "Sync")
    if team.current(store) is None:
        report.add(name, "warn", translate("Doctor", "kein Team eingerichtet (kimdesk team create / join)"))
        return
    status = service.status(store)
    if not status.target:
        report.add(name, "warn", translate("Doctor", "kein Sync-Ziel gespeichert (kimdesk sync --target … --save); "
                                                     "{n} Änderungen warten").format(n=status.waiting))
        return
    try:
        ok = status.reachable
    except KimdeskError:
        ok = False
    if ok:
        report.add(name, "ok", translate("Doctor", "{target} erreichbar; {n} Änderungen warten").format(
            target=status.target, n=status.waiting))
        _check_junk(store, status.target, report)
    else:
        report.add(name, "warn", translate("Doctor", "{target} nicht erreichbar; {n} Änderungen warten").format(
            target=status.target, n=status.waiting))


def _check_junk(store, spec: str, report) -> None:
    """Fake device folders and junk on the share: listed, with the command that clears them."""
    from kimdesk.errors import KimdeskError
    from kimdesk.sync import junk
    from kimdesk.sync.targets import open_target

    name = translate("Doctor", "Sync-Ziel")
    target = open_target(spec)
    try:
        found = junk.survey(store, target)
    except (OSError, KimdeskError) as exc:
        report.add(name, "warn", translate("Doctor", "Inhalt nicht geprüft: {err}").format(err=exc))
        return
    finally:
        target.close()
    if not found:
        report.add(name, "ok", translate("Doctor", "keine fremden oder beschädigten Dateien"))
        return
    shown = "; ".join(junk.describe(j) for j in found[:5]) + (" …" if len(found) > 5 else "")
    report.add(name, "warn", translate("Doctor", "{n} fremde oder beschädigte Einträge: {items} – ein Teammitglied "
                                                 "entfernt sie mit „kimdesk sync --clean-share“ (erst "
                                                 "--dry-run)").format(n=len(found), items=shown))


if check_sync not in EXTRA_CHECKS:
    EXTRA_CHECKS.append(check_sync)
