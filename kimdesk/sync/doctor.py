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
    else:
        report.add(name, "warn", translate("Doctor", "{target} nicht erreichbar; {n} Änderungen warten").format(
            target=status.target, n=status.waiting))


if check_sync not in EXTRA_CHECKS:
    EXTRA_CHECKS.append(check_sync)
