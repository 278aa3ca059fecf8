"""The command line contract of DESIGN.md: exit codes, bad input, import/export, search."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kimdesk import __version__
from tests.support.cli import run, run_subprocess

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS}


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "logs" not in p.parts}


@pytest.fixture
def initialised(data_dir: Path) -> Path:
    res = run("--data-dir", data_dir, "init", env=ENV)
    assert res.code == 0, res.err
    return data_dir


def kd(data_dir: Path, *args: str, env: dict | None = None):
    return run("--data-dir", data_dir, *args, env=ENV if env is None else env)


def test_module_and_entry_point_are_the_same_program():
    res = run_subprocess("--version")
    assert res.code == 0 and res.out.strip() == f"KIMdesk {__version__}"


def test_init_creates_nested_data_dir(tmp_path: Path):
    target = tmp_path / "a" / "b" / "c"
    assert kd(target, "init").code == 0
    assert (target / "default" / "kimdesk.db").exists()
    assert oct(target.stat().st_mode & 0o777) == "0o700"
    assert kd(target, "init").code == 2  # twice is bad input


def test_uninitialised_data_dir_is_bad_input(tmp_path: Path):
    for args in (["search", "x"], ["export", str(tmp_path / "e.json")], ["audit", "verify"], ["doctor"]):
        res = kd(tmp_path / "nothing-here", *args)
        assert res.code == 2, (args, res)
    assert not (tmp_path / "nothing-here").exists()


def test_wrong_passphrase_is_one_line_exit_2_nothing_changed(initialised: Path):
    before = digest(initialised)
    res = run_subprocess("--data-dir", initialised, "search", "x", env={"KIMDESK_PASSPHRASE": "wrong one!"})
    assert res.code == 2
    assert len(res.err.strip().splitlines()) == 1 and "Passphrase" in res.err
    assert digest(initialised) == before


def test_keyring_opens_without_passphrase(initialised: Path):
    res = kd(initialised, "search", "x", env={})
    assert res.code == 0, res.err


def test_demo_search_export_import_roundtrip(initialised: Path, tmp_path: Path):
    assert kd(initialised, "demo-data", "--clients", "60", "--seed", "4").code == 0
    first = tmp_path / "first.json"
    assert kd(initialised, "export", first).code == 0
    fresh = tmp_path / "fresh"
    assert kd(fresh, "init").code == 0
    res = kd(fresh, "import", first)
    assert res.code == 0, res.err
    second = tmp_path / "second.json"
    assert kd(fresh, "export", second).code == 0
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert a == b
    assert len(a["clients"]) == 60 and a["agencies"] and a["responsibilities"]
    # importing again changes nothing and duplicates nothing
    assert kd(fresh, "import", first).code == 0
    third = tmp_path / "third.json"
    kd(fresh, "export", third)
    assert json.loads(third.read_text()) == a


def test_export_has_documented_fields(initialised: Path, tmp_path: Path):
    kd(initialised, "demo-data", "--clients", "80", "--seed", "9")
    out = tmp_path / "e.json"
    kd(initialised, "export", out)
    doc = json.loads(out.read_text())
    assert doc["format"] == "kimdesk-export" and doc["version"] == 1
    client = doc["clients"][0]
    for key in ("id", "given_name", "family_name", "birth_date", "municipality", "phone", "languages",
                "residence_status", "needs"):
        assert key in client
    need = next(c["needs"][0] for c in doc["clients"] if c["needs"])
    assert set(need) >= {"id", "category", "description", "status"}
    assert set(doc["agencies"][0]) >= {"id", "name", "legal_domain", "municipalities"}
    assert set(doc["responsibilities"][0]) >= {"id", "need_id", "agency_id", "status", "contact"}
    assert set(doc["consents"][0]) >= {"id", "client_id", "agency_id", "given_on", "expires_on", "revoked_on"}
    conf = doc["conferences"][0]
    assert set(conf) >= {"id", "client_ids", "date", "place", "moderator", "minute_taker", "participants", "agenda"}
    assert set(conf["participants"][0]) >= {"agency_id", "name", "presence"}
    item = conf["agenda"][0]
    assert set(item) >= {"title", "notes", "decisions", "actions"}
    assert set(item["actions"][0]) >= {"who", "what", "due", "status"}
    for c in doc["clients"]:
        assert "deleted" not in c and "stamp" not in c


GOOD_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


@pytest.mark.parametrize("content, fragment", [
    (b"this is not json", "JSON"),
    (b"\xff\xfe\x00", "UTF-8"),
    (json.dumps({"format": "other", "version": 1}).encode(), "format"),
    (json.dumps({"format": "kimdesk-export", "version": 2}).encode(), "version"),
    (json.dumps({"format": "kimdesk-export", "version": 1, "clients": [{"id": "42"}]}).encode(), "UUID"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "clients": [{"id": GOOD_ID, "given_name": 7}]}).encode(), "given_name"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "clients": [{"id": GOOD_ID, "languages": "ar"}]}).encode(), "languages"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "clients": [{"id": GOOD_ID, "birth_date": "31.02.1990"}]}).encode(), "birth_date"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "clients": [{"id": GOOD_ID, "birth_date": "1990-02-30"}]}).encode(), "birth_date"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "clients": [{"id": GOOD_ID, "family_name": "x" * 5000}]}).encode(), "zu lang"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "responsibilities": [{"id": GOOD_ID, "need_id": "7c9e6679-7425-40de-944b-e07fc1f90ae8",
                                       "status": "requested"}]}).encode(), "verweist"),
    (json.dumps({"format": "kimdesk-export", "version": 1, "clients": [
        {"id": GOOD_ID, "family_name": "A"}, {"id": GOOD_ID, "family_name": "B"}]}).encode(), "doppelt"),
    (json.dumps({"format": "kimdesk-export", "version": 1, "conferences": [
        {"id": GOOD_ID, "date": "2026-01-01", "participants": [{"name": "X", "presence": "maybe"}]}]}).encode(),
     "presence"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "clients": [{"id": GOOD_ID, "bamf_decision": "granted"}]}).encode(), "keine BAMF-Entscheidung"),
    (json.dumps({"format": "kimdesk-export", "version": 1,
                 "clients": [{"id": GOOD_ID, "bamf_decision_on": "09.03.2026"}]}).encode(), "bamf_decision_on"),
    (json.dumps([1, 2]).encode(), "Objekt"),
])
def test_malformed_import_is_exit_2_and_writes_nothing(initialised: Path, tmp_path: Path, content: bytes,
                                                       fragment: str):
    kd(initialised, "demo-data", "--clients", "5")
    valid = {"format": "kimdesk-export", "version": 1,
             "clients": [{"id": "1c9e6679-7425-40de-944b-e07fc1f90ae7", "family_name": "Neu"}]}
    # a file whose first part is fine and whose later part is bad must write nothing at all
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = tmp_path / "before.json"
    kd(initialised, "export", before)
    res = kd(initialised, "import", path)
    assert res.code == 2, res
    assert fragment in res.err
    assert len(res.err.strip().splitlines()) == 1
    after = tmp_path / "after.json"
    kd(initialised, "export", after)
    assert before.read_text() == after.read_text()
    assert valid  # (documented valid shape, see test below)


def test_partly_valid_file_writes_nothing(initialised: Path, tmp_path: Path):
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": "1c9e6679-7425-40de-944b-e07fc1f90ae7", "family_name": "Gültig"},
        {"id": "2c9e6679-7425-40de-944b-e07fc1f90ae7", "family_name": "Kaputt", "birth_date": "gestern"}]}
    path = tmp_path / "half.json"
    path.write_text(json.dumps(doc))
    assert kd(initialised, "import", path).code == 2
    assert kd(initialised, "search", "Gültig").out == ""


def test_import_keeps_free_text_exactly_and_ignores_unknown_fields(initialised: Path, tmp_path: Path):
    doc = {"format": "kimdesk-export", "version": 1, "x-extra": {"anything": True},
           "agencies": [{"id": "3c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "Amt", "legal_domain": " SGB II (alt) ",
                         "municipalities": ["Aachen"], "unknown": 1}],
           "clients": [{"id": "1c9e6679-7425-40de-944b-e07fc1f90ae7", "given_name": "Şahin", "family_name": "Öztürk",
                        "birth_date": "1990-05", "residence_status": "  irgendein Status ", "languages": ["Kurmancî"],
                        "shoe_size": 44,
                        "needs": [{"id": "4c9e6679-7425-40de-944b-e07fc1f90ae7", "category": "Sonstiges!",
                                   "description": None, "status": "wartet"}]}]}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    res = kd(initialised, "import", path)
    assert res.code == 0, res.err
    out = tmp_path / "out.json"
    kd(initialised, "export", out)
    exported = json.loads(out.read_text())
    client = next(c for c in exported["clients"] if c["id"] == "1c9e6679-7425-40de-944b-e07fc1f90ae7")
    assert client["residence_status"] == "  irgendein Status "
    assert client["birth_date"] == "1990-05"
    assert client["languages"] == ["Kurmancî"]
    assert client["needs"][0]["status"] == "wartet" and client["needs"][0]["category"] == "Sonstiges!"
    agency = next(a for a in exported["agencies"] if a["id"] == "3c9e6679-7425-40de-944b-e07fc1f90ae7")
    assert agency["legal_domain"] == " SGB II (alt) "


def test_import_never_deletes_or_clears(initialised: Path, tmp_path: Path):
    cid = "1c9e6679-7425-40de-944b-e07fc1f90ae7"
    full = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": cid, "given_name": "Olena", "family_name": "Kovalenko", "phone": "0176 1234567"}]}
    partial = {"format": "kimdesk-export", "version": 1, "clients": [{"id": cid, "municipality": "Stolberg"}]}
    for i, doc in enumerate((full, partial)):
        p = tmp_path / f"{i}.json"
        p.write_text(json.dumps(doc))
        assert kd(initialised, "import", p).code == 0
    res = kd(initialised, "search", "Kovalenko", "--json")
    client = json.loads(res.out)[0]
    assert client["phone"] == "0176 1234567" and client["municipality"] == "Stolberg"


def test_search_lines_and_no_match(initialised: Path, tmp_path: Path):
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": "1c9e6679-7425-40de-944b-e07fc1f90ae7", "given_name": "Mohammed", "family_name": "Müller",
         "birth_date": "1985", "municipality": "Aachen"},
        {"id": "2c9e6679-7425-40de-944b-e07fc1f90ae7", "given_name": "Muhammad", "family_name": "Al-Hassan",
         "native_name": "محمد الحسن", "birth_date": "1991-03-02", "municipality": "Eschweiler"}]}
    p = tmp_path / "in.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    kd(initialised, "import", p)
    res = kd(initialised, "search", "Mueller")
    assert res.code == 0
    assert res.out.splitlines() == ["1c9e6679-7425-40de-944b-e07fc1f90ae7\tMohammed\tMüller\t1985\tAachen"]
    ids = {line.split("\t")[0] for line in kd(initialised, "search", "Mohamed").out.splitlines()}
    assert ids == {"1c9e6679-7425-40de-944b-e07fc1f90ae7", "2c9e6679-7425-40de-944b-e07fc1f90ae7"}
    arabic = kd(initialised, "search", "محمد").out.splitlines()
    assert {line.split("\t")[0] for line in arabic} == ids
    res = kd(initialised, "search", "Zyxwv")
    assert res.code == 0 and res.out == ""
    js = json.loads(kd(initialised, "search", "al hassan", "--json").out)
    assert [c["id"] for c in js] == ["2c9e6679-7425-40de-944b-e07fc1f90ae7"]
    assert js[0]["native_name"] == "محمد الحسن" and "needs" in js[0]
    assert json.loads(kd(initialised, "search", "nobody-at-all", "--json").out) == []


def test_audit_verify_detects_tampering(initialised: Path):
    kd(initialised, "demo-data", "--clients", "10")
    res = kd(initialised, "audit", "verify")
    assert res.code == 0 and "intakt" in res.out
    from kimdesk.store.profile import Profile, open_profile

    store = open_profile(Profile(initialised), passphrase=PASS)
    with store.connection(write=True) as conn:
        seq = conn.exec_driver_sql("SELECT max(seq) FROM audit WHERE first_change IS NOT NULL").scalar()
        conn.exec_driver_sql("UPDATE audit SET fields = 'given_name' WHERE seq = ?", (seq,))
    store.close()
    res = kd(initialised, "audit", "verify")
    assert res.code == 1 and f"bei Eintrag {seq}." in res.out


def test_doctor_reports_each_part(initialised: Path):
    res = kd(initialised, "doctor")
    assert res.code == 0, res.out
    for word in ("Schlüsselbund", "Schlüsseldatei", "Datenbank", "Schema", "Audit"):
        assert word in res.out
