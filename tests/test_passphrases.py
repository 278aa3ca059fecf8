"""Passphrases that hold (issue 13): zxcvbn refuses guessable ones with a German reason, in every
place one is chosen; KDF parameters of key and enrolment files are bounded before deriving."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kimdesk.store.keyfile import KDF_DEFAULTS, KeyFile
from kimdesk.store.strength import estimate
from tests.support.cli import run

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS}
TEAM_ENV = ENV | {"KIMDESK_TEAM_PASSPHRASE": "Teamschlüssel für Aachen und Düren"}

WEAK = [  # passphrase → the reason named
    ("kimdesk-demo", "naheliegendes Wort"),  # the published demo passphrase
    ("password", "häufiges Passwort"),
    ("12345678", "häufiges Passwort"),
    ("aaaaaaaa", "Wiederholungen"),
    ("abcdefghijk", "Folge"),
    ("Passwort2024", "naheliegendes Wort"),
    ("kurz", "mindestens 8 Zeichen"),
]


@pytest.mark.parametrize(("weak", "why"), WEAK)
def test_init_refuses_a_weak_passphrase_with_its_reason(data_dir: Path, weak: str, why: str):
    res = run("--data-dir", data_dir, "init", env={"KIMDESK_PASSPHRASE": weak})
    assert res.code == 2, res
    assert len(res.err.strip().splitlines()) == 1 and why in res.err
    assert not (data_dir / "default").exists()


def test_strong_sentences_pass():
    for good in ("Im Kreishaus gibt es dienstags Linsensuppe", PASS, "test passphrase one",
                 "Im Kreishaus gibt es dienstags Linsensuppe und donnerstags Reibekuchen mit Apfelmus, sagt Frau B."):
        assert estimate(good).ok, good
    assert not estimate("a" * 200).ok  # beyond zxcvbn's 72 characters the start decides


def test_passphrase_change_and_enrolment_refuse_weak_ones(data_dir: Path, tmp_path: Path):
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    key_before = (data_dir / "default" / "kimdesk.key").read_bytes()
    res = run("--data-dir", data_dir, "passphrase", "change", env=ENV | {"KIMDESK_NEW_PASSPHRASE": "kimdesk-demo"})
    assert res.code == 2 and "zu schwach" in res.err
    assert (data_dir / "default" / "kimdesk.key").read_bytes() == key_before
    assert run("--data-dir", data_dir, "team", "create", env=ENV).code == 0
    res = run("--data-dir", data_dir, "team", "export-enrolment", tmp_path / "e.kimteam",
              env=ENV | {"KIMDESK_TEAM_PASSPHRASE": "12345678"})
    assert res.code == 2 and "zu schwach" in res.err
    assert not (tmp_path / "e.kimteam").exists()


def test_enrolment_kdf_is_at_least_the_key_files(data_dir: Path, tmp_path: Path):
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    key_path = data_dir / "default" / "kimdesk.key"
    # a profile whose key file was made stronger than the defaults
    stronger = json.loads(key_path.read_bytes())
    own = KeyFile.load(key_path)
    db_key = own.unwrap(PASS)
    KeyFile.wrap(db_key, PASS, own.profile_id, memory_kib=KDF_DEFAULTS["memory_kib"] * 2,
                 iterations=KDF_DEFAULTS["iterations"] + 1).save(key_path)
    assert run("--data-dir", data_dir, "team", "create", env=ENV).code == 0
    assert run("--data-dir", data_dir, "team", "export-enrolment", tmp_path / "e.kimteam", env=TEAM_ENV).code == 0
    doc = json.loads((tmp_path / "e.kimteam").read_bytes())
    assert doc["memory_kib"] >= KDF_DEFAULTS["memory_kib"] * 2 > stronger["memory_kib"]
    assert doc["iterations"] >= KDF_DEFAULTS["iterations"] + 1
    assert doc["lanes"] >= own.lanes


CRAFTED = [("iterations", 1e9), ("iterations", 10**9), ("memory_kib", 2**40), ("lanes", 10**6),
           ("memory_kib", "65536"), ("iterations", True), ("memory_kib", 4)]


@pytest.mark.parametrize(("field", "value"), CRAFTED)
def test_crafted_kdf_in_the_key_file_is_refused_before_deriving(data_dir: Path, field: str, value):
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    key_path = data_dir / "default" / "kimdesk.key"
    doc = json.loads(key_path.read_bytes()) | {field: value}
    key_path.write_text(json.dumps(doc))
    start = time.monotonic()
    res = run("--data-dir", data_dir, "search", "x", env=ENV)
    assert time.monotonic() - start < 5
    assert res.code == 2, res
    assert res.err.strip().splitlines() == [
        f"kimdesk: Die Schlüsseldatei {key_path} verlangt unzulässige Parameter für die Schlüsselableitung; sie ist "
        "beschädigt oder manipuliert."]


@pytest.mark.parametrize(("field", "value"), CRAFTED)
def test_crafted_kdf_in_an_enrolment_file_is_refused_before_deriving(data_dir: Path, tmp_path: Path, field: str,
                                                                     value):
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    assert run("--data-dir", data_dir, "team", "create", env=ENV).code == 0
    enrolment = tmp_path / "e.kimteam"
    assert run("--data-dir", data_dir, "team", "export-enrolment", enrolment, env=TEAM_ENV).code == 0
    enrolment.write_text(json.dumps(json.loads(enrolment.read_bytes()) | {field: value}))
    other = tmp_path / "other"
    assert run("--data-dir", other, "init", env=ENV).code == 0
    start = time.monotonic()
    res = run("--data-dir", other, "team", "join", enrolment, env=TEAM_ENV)
    assert time.monotonic() - start < 5
    assert res.code == 2, res
    assert res.err.strip().splitlines() == [
        f"kimdesk: {enrolment} verlangt unzulässige Parameter für die Schlüsselableitung; die Datei ist beschädigt "
        "oder manipuliert."]


def test_demo_profile_keeps_its_published_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from kimdesk.ui.app import DEMO_PASSPHRASE, open_demo

    store, profile, folder = open_demo(3)
    try:
        assert KeyFile.load(profile.key_path).unwrap(DEMO_PASSPHRASE)
    finally:
        store.close()
