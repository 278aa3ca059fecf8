"""keyring's unused imports are deferred: not loaded to read a key, complete once used, thread-safe."""

from __future__ import annotations

import json
import subprocess
import sys

from kimdesk.store import deferred_imports
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
    assert seen["waiting"] == sorted(["configparser", "importlib_metadata", "more_itertools", "subprocess",
                                      "urllib.request", deferred_imports._TARFILE])
    assert seen["backend"] == "FileKeyring"
    assert seen["threads"] == [[True, True]] * 4
    # not used by the threads: still waiting (the backend came from PYTHON_KEYRING_BACKEND, no config file read)
    assert seen["after"] == sorted(["configparser", "more_itertools", "subprocess", deferred_imports._TARFILE])
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
    assert seen == sorted(["configparser", "importlib_metadata", "more_itertools", "subprocess",
                           deferred_imports._TARFILE])


# two threads make the first use of one stand-in at once (a Barrier); the first one's import is held
# inside the module's body until the second has started its own first use (it has entered the stand-in's
# swap), so the second always meets an import in progress; the body counts its runs
RACE = """
import json, sys, threading, types
from pathlib import Path
from kimdesk.store import deferred_imports

folder = Path(sys.argv[1])
sys.path.insert(0, str(folder))
probe = types.ModuleType("_deferred_probe")
probe.runs = []
sys.modules["_deferred_probe"] = probe


class Watched:
    \"\"\"The stand-ins' lock, telling when the second thread has entered it (its first use has begun).\"\"\"

    def __init__(self, real):
        self.real = real

    def __enter__(self):
        self.real.acquire()
        if threads and threading.current_thread() is threads[1]:
            probe.second_asked.set()

    def __exit__(self, *exc):
        self.real.release()


threads = []
deferred_imports._lock = Watched(deferred_imports._lock)
outcomes = []
for round_ in range(20):
    name = f"_deferred_race_{round_}"
    (folder / f"{name}.py").write_text(
        "import _deferred_probe\\n_deferred_probe.runs.append(__name__)\\n_deferred_probe.in_body.set()\\n"
        "_deferred_probe.second_asked.wait(30)\\nVALUE = 42\\ndef twice(x):\\n    return 2 * x\\n",
        encoding="utf-8")
    threads.clear()
    deferred_imports.defer((name,))
    stand_in = sys.modules[name]
    gate = threading.Barrier(2, timeout=30)
    probe.in_body, probe.second_asked = threading.Event(), threading.Event()
    got = []

    def first_use():
        gate.wait()
        if threading.current_thread() is threads[1]:
            probe.in_body.wait(30)  # the other thread is importing: now this one's first use
        got.append((stand_in.VALUE, stand_in.twice(4), sys.modules[name] is not stand_in))

    threads[:] = [threading.Thread(target=first_use, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    outcomes.append({"alive": sum(t.is_alive() for t in threads), "got": got,
                     "runs": probe.runs.count(name), "waiting": name in deferred_imports.waiting(),
                     "real": type(sys.modules.get(name)).__name__})
print(json.dumps(outcomes))
"""


def test_two_threads_using_a_stand_in_at_once_get_the_module_imported_once(tmp_path):
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", RACE, str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    outcomes = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(outcomes) == 20
    for outcome in outcomes:
        assert outcome["alive"] == 0  # no deadlock: both threads ended within the bounded join
        assert outcome["got"] == [[42, 8, True], [42, 8, True]]  # both got the real module's values
        assert outcome["runs"] == 1  # its body ran once
        assert not outcome["waiting"] and outcome["real"] == "module"


def test_a_function_read_at_import_from_a_deferred_module_works_when_called():
    """jaraco.context composes the tar module's ``data_filter`` into its download helper's filter
    while it is imported: the module stays unloaded until that filter is used, which then behaves
    as the real one (a member leaving the extraction folder is refused, as ``data_filter`` does)."""
    seen = _run("""
import json, sys, tarfile as standard
import kimdesk.store.secrets
from kimdesk.store import deferred_imports
import jaraco.context
tar = deferred_imports._TARFILE
seen = {"waiting": tar in deferred_imports.waiting()}
good = standard.TarInfo("top/inner/file.txt")
seen["kept"] = jaraco.context._default_filter(good, "/tmp/x").name
try:
    jaraco.context._default_filter(standard.TarInfo("top/../../etc/passwd"), "/tmp/x")
    seen["refused"] = False
except Exception as exc:
    seen["refused"] = type(exc).__name__
seen["loaded"] = tar not in deferred_imports.waiting() and type(sys.modules[tar]).__name__ == "module"
print(json.dumps(seen))
""")
    assert seen == {"waiting": True, "kept": "inner/file.txt", "refused": "OutsideDestinationError", "loaded": True}
