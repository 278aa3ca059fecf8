"""Issue 9's deletion, end to end as an admin would do it on two laptops of one team.

After ``kimdesk client delete`` and a sync round, neither laptop finds the person by search,
in an export, in conflict records or in history; ``audit verify`` passes on both; and a
plaintext copy of each database made with SQLCipher's ``sqlcipher_export`` contains none of
the person's names or phone number (while it does contain the other people, so the check
could fail). Retention runs the same erasure for cases past their period.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import sqlcipher3

from kimdesk.services.casework import plans
from kimdesk.services.schooling import school_entry
from kimdesk.store.keyfile import KeyFile
from kimdesk.store.profile import Profile, open_profile
from tests.support.cli import run

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS, "KIMDESK_TEAM_PASSPHRASE": "team enrolment phrase"}
SECRET = {"given_name": "Zinaida", "family_name": "Quastenflosserowa", "native_name": "Зинаида Квастенфлоссерова",
          "phone": "0176 4455667"}
KEEP = "Blumenkohlstraße"  # another person's name, which must survive


def kd(data_dir: Path, *args: str):
    res = run("--data-dir", data_dir, *args, env=ENV)
    assert res.code == 0, (args, res.err)
    return res


def plaintext_copy(profile: Profile, target: Path) -> bytes:
    key = KeyFile.load(profile.key_path).unwrap(PASS)
    conn = sqlcipher3.connect(str(profile.db_path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    return target.read_bytes()


def test_client_delete_reaches_every_laptop_and_leaves_nothing(tmp_path: Path):
    a, b, share = tmp_path / "laptop-a", tmp_path / "laptop-b", tmp_path / "share"
    share.mkdir()
    kd(a, "init", "--no-keyring")
    kd(b, "init", "--no-keyring")
    kd(a, "team", "create")
    kd(a, "team", "export-enrolment", str(tmp_path / "enrol.kimdesk"))
    kd(b, "team", "join", str(tmp_path / "enrol.kimdesk"))
    kd(a, "demo-data", "--clients", "15", "--seed", "3")

    store = open_profile(Profile(a), passphrase=PASS)
    from kimdesk.services.clients_intake import clients

    cid = clients.create_client(store, SECRET | {"birth_date": "2009"})
    clients.create_client(store, {"given_name": "Anna", "family_name": KEEP})
    clients.update_client(store, cid, {"municipality": "Stolberg"})  # history with a replaced value
    school_entry.save(store, cid, {"arrived_on": "2025-09-01", "assigned_on": "2025-09-20", "school_form": "ifk"})
    plan = plans.create_plan(store, cid, review_on=date(2026, 6, 1))
    plans.add_measure(store, plans.add_goal(store, plan, f"Ausbildung für {SECRET['given_name']}"), "Anmeldung", who="Jugendmigrationsdienst")
    store.close()

    kd(a, "sync", "--target", str(share), "--save")
    kd(b, "sync", "--target", str(share), "--save")
    assert SECRET["family_name"] in kd(b, "search", "Quastenflosserowa").out

    kd(a, "client", "delete", cid, "--reason", "Löschantrag nach Art. 17 DSGVO")
    for laptop in (a, b, a, b):
        kd(laptop, "sync")

    for laptop in (a, b):
        assert kd(laptop, "search", "Quastenflosserowa").out == ""
        assert kd(laptop, "search", "Зинаида").out == ""
        export = tmp_path / f"export-{laptop.name}.json"
        kd(laptop, "export", str(export))
        text = export.read_text(encoding="utf-8")
        assert KEEP in text
        for value in SECRET.values():
            assert value not in text
        assert json.loads(kd(laptop, "conflicts", "--json", "--all").out) == []
        assert "intakt" in kd(laptop, "audit", "verify").out
        blob = plaintext_copy(Profile(laptop), tmp_path / f"plain-{laptop.name}.db")
        assert KEEP.encode() in blob  # the copy really is readable
        for value in SECRET.values():
            assert value.encode() not in blob, (laptop.name, value)
        assert cid.encode() not in blob or _only_in_erasure_record(Profile(laptop), cid)


def _only_in_erasure_record(profile: Profile, cid: str) -> bool:
    """The erasure tombstone keeps the id (no personal data) so later edits can be dropped."""
    store = open_profile(profile, passphrase=PASS)
    try:
        with store.connection() as conn:
            tables = [r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
            holders = set()
            for table in tables:
                cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
                for col in cols:
                    n = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}" WHERE CAST("{col}" AS TEXT) LIKE ?',
                                             (f"%{cid}%",)).scalar()
                    if n:
                        holders.add(table)
        return holders <= {"sync_erasure", "sync_erased", "audit"}
    finally:
        store.close()


def test_deadline_rules_run_after_a_sync_round(tmp_path: Path):
    """The composition root hooks the rules into sync: a permit expiring soon that arrives by
    sync becomes a follow-up on the receiving laptop, without anyone running the rules."""
    from datetime import timedelta

    a, b, share = tmp_path / "a", tmp_path / "b", tmp_path / "share"
    share.mkdir()
    for laptop in (a, b):
        kd(laptop, "init", "--no-keyring")
    kd(a, "team", "create")
    kd(a, "team", "export-enrolment", str(tmp_path / "enrol.kimdesk"))
    kd(b, "team", "join", str(tmp_path / "enrol.kimdesk"))
    kd(b, "sync", "--target", str(share), "--save")
    store = open_profile(Profile(a), passphrase=PASS)
    from kimdesk.services.clients_intake import clients

    soon = (date.today() + timedelta(days=10)).isoformat()
    clients.create_client(store, {"given_name": "Dawit", "family_name": "Tekle", "residence_status": "Duldung",
                                  "residence_valid_until": soon})
    store.close()
    kd(a, "sync", "--target", str(share), "--save")
    kd(b, "sync")
    store = open_profile(Profile(b), passphrase=PASS)
    try:
        with store.connection() as conn:
            rules = [r[0] for r in conn.exec_driver_sql(
                "SELECT rule FROM task WHERE kind = 'follow_up' AND deleted = 0")]
    finally:
        store.close()
    assert "residence_expiry" in rules
