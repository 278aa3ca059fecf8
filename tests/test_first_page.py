"""The lean first-paint read: no ORM imported, and the same first page as the ORM-backed list."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kimdesk.models import partial_date
from kimdesk.models.list_indexes import NULLABLE_SORT
from kimdesk.services.admin import demo, settings
from kimdesk.services.clients_intake import catalogue, clients
from kimdesk.services.clients_intake.client_list import COLUMNS, ListFilter, Query, Row
from kimdesk.store import first_page
from kimdesk.store.profile import keyring_name, remember_key
from tests.conftest import ROOT


def test_the_lean_path_imports_neither_sqlalchemy_nor_the_models():
    code = ("import sys, kimdesk.store.first_page, kimdesk.store.keyfile, kimdesk.store.secrets\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.startswith('kimdesk.models')"
            " or m.startswith('kimdesk.sync') or m == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_the_lean_path_makes_no_dataclass():
    """A dataclass is compiled from source as its module is imported (about half a millisecond each, and the
    ``dataclasses`` module itself before): the command line and the records read on the way to the first
    paint are plain classes and named tuples."""
    code = ("import sys, kimdesk.cli, kimdesk.ui.app\n"
            "from kimdesk.store import first_page\n"
            "first_page.preload()\n"
            "print('dataclasses' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_the_first_paints_record_never_shows_its_key(profile, template_profile):
    got = first_page.read(profile.dir, template_profile[1])
    assert got is not None
    got.release()
    assert got.key == template_profile[1]
    assert got.key.hex() not in repr(got) and repr(got.key) not in repr(got) and "hold" not in repr(got)


def test_its_spelling_matches_the_orm_list():
    assert first_page.LIST_COLUMNS == COLUMNS
    assert list(first_page.ListRow._fields) == list(Row.__dataclass_fields__)
    assert first_page.NULLABLE_SORT == NULLABLE_SORT
    assert first_page.keyring_name("abc") == keyring_name("abc")
    for value in (None, "", "1990", "1990-03", "1990-03-14"):
        assert first_page.display_date(value) == partial_date.display(value)


@pytest.mark.parametrize("language", ["de", "en"])
def test_catalogue_names_as_the_catalogue_shows_them(language, monkeypatch):
    import kimdesk.i18n

    monkeypatch.setattr(kimdesk.i18n, "language", lambda: language)
    for value in ("Aufenthaltserlaubnis", "Duldung", "Aufenthaltsgestattung", "nicht in der Liste", None):
        assert first_page.shown(value, language) == catalogue.shown(value)


def _orm_first_page(store, sort: str, descending: bool) -> list[tuple]:
    flt = ListFilter(sort=sort, descending=descending)
    with store.connection() as conn:
        return [tuple(vars(r).values()) for r in Query(conn, flt).page(conn, 0, first_page.PAGE)]


def test_first_pages_equal_the_orm_pages_in_every_sort_order(store, profile, template_profile):
    demo.generate(store, 260, seed=19)
    clients.create_client(store, {"given_name": "Ohne", "family_name": "Wohnort"})  # NULLs in sort columns
    key = template_profile[1]
    conn = first_page.connect(profile.db_path, key)
    try:
        for sort in COLUMNS:
            for descending in (False, True):
                lean = [tuple(r) for r in first_page.first_rows(conn, sort, descending)]
                assert lean == _orm_first_page(store, sort, descending), (sort, descending)
                assert len(lean) == first_page.PAGE
    finally:
        conn.close()


def test_read_gives_settings_and_the_default_page(store, profile, template_profile):
    demo.generate(store, 30, seed=3)
    settings.LANGUAGE.set(store, "en")
    settings.USER_NAME.set(store, "Julia Hansen")
    settings.WINDOW_GEOMETRY.set(store, "AdnQywADAAA=")
    got = first_page.read(profile.dir, template_profile[1])
    assert got is not None
    got.release()
    assert (got.language, got.user_name, got.geometry) == ("en", "Julia Hansen", "AdnQywADAAA=")
    assert [tuple(r) for r in got.rows] == _orm_first_page(store, "family_name", False)


def test_keys_from_keyring_and_passphrase(store, profile, template_profile, passphrase):
    key = template_profile[1]
    assert first_page.key_from_keyring(profile.dir) is None
    remember_key(profile, passphrase)
    assert first_page.key_from_keyring(profile.dir) == key
    assert first_page.key_from_passphrase(profile.dir, passphrase) == key
    assert first_page.key_from_passphrase(profile.dir, "wrong passphrase") is None


def test_anything_uncertain_falls_back_to_the_full_path(store, profile, template_profile, tmp_path):
    key = template_profile[1]
    assert first_page.read(profile.dir, bytes(32)) is None  # a wrong (stale keyring) key
    assert first_page.read(tmp_path / "nowhere", key) is None
    pending = profile.pending_key_path
    pending.write_bytes(profile.key_path.read_bytes())  # a rekey cut off: the full path finishes it
    assert first_page.read(profile.dir, key) is None
    pending.unlink()
    painted = first_page.read(profile.dir, key)
    assert painted is not None
    painted.release()
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0022'")  # an upgrade is due
    assert first_page.read(profile.dir, key) is None
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / profile.db_path.name).write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert first_page.read(plain, key) is None


def test_the_lean_read_knows_the_newest_migration(store, profile, template_profile):
    """The head is spelled out (``migrations.HEAD``: no migration script read at a start); it must be
    Alembic's head, and a database at it is read."""
    from kimdesk.store import migrate, migrations

    assert migrate.heads() == {migrations.HEAD}
    painted = first_page.read(profile.dir, template_profile[1])
    assert painted is not None
    painted.release()


def test_a_preset_of_the_machine_policy_wins(store, profile, template_profile, monkeypatch, tmp_path):
    from kimdesk.store import options, policy

    path = tmp_path / "policy.json"
    preset = {"format": "kimdesk-policy", "version": 1, "settings": {"ui.autolock_minutes": 7}}
    path.write_text(json.dumps(preset), encoding="utf-8")
    monkeypatch.setenv("KIMDESK_POLICY_FILE", str(path))
    policy.reload()
    conn = first_page.connect(profile.db_path, template_profile[1])
    try:
        assert first_page.read_option(conn, options.AUTOLOCK_MINUTES) == 7 == settings.AUTOLOCK_MINUTES.get(store)
    finally:
        conn.close()
    policy.reload()


def test_preload_never_raises(monkeypatch):
    """A module of the lean read that cannot be imported (a damaged installation): the desktop start goes on
    and the reading thread meets the failure again, so the full path explains it."""
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # importing it raises ImportError
    assert first_page.preload() is None
    with pytest.raises(ImportError):
        import sqlcipher3  # noqa: F401
