"""keyring's unused imports are deferred: not loaded to read a key, complete once used, thread-safe."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import json, sys, threading
import kimdesk.store.secrets as secrets
from kimdesk.store import deferred_imports
seen = {"waiting": sorted(deferred_imports.waiting()),
        "backend": type(secrets.backend()).__name__}
# two threads use the deferred modules at once: both see them whole
results = []
def use():
    import urllib.request
    import importlib_metadata
    results.append((callable(urllib.request.urlopen), callable(importlib_metadata.entry_points)))
threads = [threading.Thread(target=use) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
seen["threads"] = results
seen["after"] = deferred_imports.waiting()
from urllib.request import Request
seen["request"] = Request("https://example.invalid/").host
import keyring.backend
keyring.backend._load_plugins()  # the entry-point scan of backend discovery still works
seen["plugins"] = sorted(c.__module__ for c in keyring.backend.KeyringBackend._classes)[:1]
# a module that kept the stand-in reaches the real module through it
import jaraco.context
seen["held"] = [keyring.backend.metadata.__dict__ is sys.modules["importlib_metadata"].__dict__,
                jaraco.context.subprocess.DEVNULL == sys.modules["subprocess"].DEVNULL,
                jaraco.context.urllib.request is sys.modules["urllib.request"]]
print(json.dumps(seen))
"""


def _run(script: str, env_extra: dict[str, str] | None = None) -> dict:
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_reading_a_key_loads_neither_http_nor_entry_point_metadata():
    seen = _run(SCRIPT)
    assert seen["waiting"] == ["importlib_metadata", "more_itertools", "subprocess", "urllib.request"]
    assert seen["backend"] == "FileKeyring"
    assert seen["threads"] == [[True, True]] * 4
    assert seen["after"] == ["more_itertools", "subprocess"]  # not used by the threads: still waiting
    assert seen["request"] == "example.invalid"
    assert seen["plugins"]
    assert seen["held"] == [True, True, True]


def test_realize_loads_what_is_still_waiting():
    seen = _run("import json, sys\nimport kimdesk.store.secrets\nfrom kimdesk.store import deferred_imports\n"
                "deferred_imports.realize()\n"
                "print(json.dumps({'waiting': deferred_imports.waiting(),"
                " 'types': sorted({type(sys.modules[n]).__name__ for n in ('urllib.request', 'importlib_metadata')})}))")
    assert seen == {"waiting": [], "types": ["module"]}


def test_a_module_already_imported_is_left_alone():
    seen = _run("import json, urllib.request\nfrom kimdesk.store import deferred_imports\n"
                "deferred_imports.defer()\nprint(json.dumps(sorted(deferred_imports.waiting())))")
    assert seen == ["importlib_metadata", "more_itertools", "subprocess"]
