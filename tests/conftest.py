"""Shared fixtures: an isolated environment per test, fast stores, the CLI, long-run option."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, settings

from kimdesk.store import policy
from tests.support.file_keyring import FileKeyring
from tests.support.stores import PASSPHRASE, copy_profile, open_with_key

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis's ``too_slow`` health check times how fast this machine generated a property's inputs,
# not anything KIMdesk does: with two test workers on two loaded cores one stall of a second failed a
# property that held ("only generated 1 valid inputs after 1.10 seconds"). The suite's profile leaves
# that one check out; every example, every other health check and every assertion still run.
settings.register_profile("kimdesk", suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kimdesk")
ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """KIMDESK_GC_STRESS=N: the collector runs every N allocations (hunting crashes where an object is
    freed by a collection on the wrong thread); never set by default."""
    stress = os.environ.get("KIMDESK_GC_STRESS")
    if stress:
        import gc

        gc.set_threshold(int(stress), 1, 1)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", default=False,
                     help="run the fault-injection and property loops at full size (slow)")


@pytest.fixture
def long_run(request: pytest.FixtureRequest) -> bool:
    """True with --long: loops that are bounded by default run at full size."""
    return bool(request.config.getoption("--long"))


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each test gets its own keyring file, home, XDG dirs and temp dir (all grep-able)."""
    home = tmp_path / "home"
    for sub in ("data", "cache", "state", "config", "tmp"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # no machine-wide policy (a /etc/kimdesk/policy.json on a developer's machine must not leak in)
    monkeypatch.setenv("KIMDESK_POLICY_FILE", str(home / "config" / "machine-policy.json"))
    policy.reload()
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    monkeypatch.setenv("KIMDESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.delenv("KIMDESK_PASSPHRASE", raising=False)
    monkeypatch.setenv("KIMDESK_LANG", "de")
    keyring.set_keyring(FileKeyring())
    from kimdesk.store import secrets

    secrets.forget_problem()  # a keyring failure of one test is not the next test's
    yield home
    # in-process CLI runs attach a log file in their data dir; the next test starts without it
    import logging

    root = logging.getLogger("kimdesk")
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def isolated_hooks():
    """In-process CLI runs install the composition hooks; each test starts without them."""
    from kimdesk import wiring
    from kimdesk.sync import hooks

    saved, installed = list(hooks.AFTER_APPLY), wiring._installed
    yield
    hooks.AFTER_APPLY[:] = saved
    wiring._installed = installed


@pytest.fixture(scope="session")
def template_profile(tmp_path_factory: pytest.TempPathFactory):
    """One initialised profile (schema, catalogue) per session, and its database key."""
    from kimdesk.services.clients_intake import catalogue
    from kimdesk.store.keyfile import KeyFile
    from kimdesk.store.profile import Profile, init_profile

    profile = Profile(tmp_path_factory.mktemp("template"), "default")
    store = init_profile(profile, PASSPHRASE, remember=False)
    catalogue.seed_agencies(store)
    store.close()
    return profile, KeyFile.load(profile.key_path).unwrap(PASSPHRASE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "kimdesk-data"


@pytest.fixture
def profile(template_profile, data_dir: Path):
    template, key = template_profile
    return copy_profile(template, key, data_dir)


@pytest.fixture
def store(profile, template_profile):
    s = open_with_key(profile, template_profile[1])
    yield s
    s.close()


@pytest.fixture
def make_store(template_profile, tmp_path: Path):
    """Factory for further stores (other laptops), each with its own device id."""
    opened = []

    def make(name: str):
        prof = copy_profile(template_profile[0], template_profile[1], tmp_path / f"laptop-{name}")
        s = open_with_key(prof, template_profile[1])
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE
