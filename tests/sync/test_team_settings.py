"""Controller and data protection officer are the team's, synced; the counsellor's own contact stays per laptop."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.support import journal
from kimdesk.errors import SettingLocked
from kimdesk.models import TeamSetting
from kimdesk.services.clients_intake import client_print, clients
from kimdesk.services.admin import settings
from kimdesk.store import policy
from kimdesk.sync.targets import MemoryTarget
from tests.support.pdf import folded_text
from tests.sync.support import check_invariants, export, sync

CONTROLLER = "Stadt Aachen, Der Oberbürgermeister, Markt 39, 52062 Aachen"
DPO = "Datenschutzbeauftragte der Stadt Aachen, datenschutz@mail.aachen.de"


def test_set_on_one_laptop_the_controller_prints_on_the_art_13_sheet_of_another(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    settings.save(a, {"privacy.controller": CONTROLLER, "privacy.dpo": DPO, "user.phone": "0241 432-1"})
    with a.connection() as conn:
        captured = journal.rows(conn, "entity = 'team_setting'")
    assert len(captured) == 2  # team data: captured for sync like any other row
    sync(a, share)
    sync(b, share)
    assert settings.PRIVACY_CONTROLLER.get(b) == CONTROLLER and settings.PRIVACY_DPO.get(b) == DPO
    assert settings.USER_PHONE.get(b) == ""  # the counsellor's own phone stays on a's laptop
    for laptop in (a, b):
        check_invariants(laptop)  # every row's values are backed by captured changes
    assert export(a) == export(b)
    cid = clients.create_client(b, {"given_name": "Olena", "family_name": "Kovalenko"})
    text = folded_text(client_print.privacy_notice(b, cid, language="de").pdf)
    assert CONTROLLER in text and DPO in text


def test_both_laptops_meet_in_one_row_and_the_later_change_wins(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    settings.save(a, {"privacy.dpo": "alt"})
    sync(a, share)
    sync(b, share)
    settings.save(b, {"privacy.dpo": DPO})
    sync(b, share)
    sync(a, share)
    assert settings.PRIVACY_DPO.get(a) == DPO
    with a.connection() as conn:
        assert len(conn.execute(select(TeamSetting).where(TeamSetting.key == "privacy.dpo")).all()) == 1


def test_a_laptops_value_from_before_counts_until_the_team_saves_one(store):
    with store.connection(write=True) as conn:  # what a laptop kept as its own setting before
        store.set_setting(conn, "privacy.controller", "Kreis Düren, Bismarckstraße 16")
    assert settings.PRIVACY_CONTROLLER.get(store) == "Kreis Düren, Bismarckstraße 16"
    settings.save(store, {"privacy.controller": CONTROLLER})
    assert settings.PRIVACY_CONTROLLER.get(store) == CONTROLLER


def test_the_machine_policy_still_overrides_the_team_value(store, tmp_path, monkeypatch):
    settings.save(store, {"privacy.controller": CONTROLLER})
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"format": "kimdesk-policy", "version": 1,
                                "settings": {"privacy.controller": "Stadt Beispiel, Markt 1"}}), encoding="utf-8")
    monkeypatch.setenv("KIMDESK_POLICY_FILE", str(path))
    policy.reload()
    try:
        assert settings.PRIVACY_CONTROLLER.get(store) == "Stadt Beispiel, Markt 1"
        with pytest.raises(SettingLocked):
            settings.save(store, {"privacy.controller": "anders"})
        assert settings.PRIVACY_DPO.get(store) == ""  # what IT left open is the team's
    finally:
        monkeypatch.delenv("KIMDESK_POLICY_FILE")
        policy.reload()
