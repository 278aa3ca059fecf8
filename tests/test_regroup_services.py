"""The prepared regrouping of kimdesk/services (tools/regroup_services.py): complete, and safe to rerun."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import regroup_services  # noqa: E402
import rewrite_moved_imports  # noqa: E402


def top_level() -> set[str]:
    services = ROOT / "kimdesk" / "services"
    present = {f"kimdesk.services.{p.stem}" for p in services.glob("*.py") if p.name != "__init__.py"}
    return present | {f"kimdesk.services.{p.name}" for p in services.iterdir() if (p / "__init__.py").exists()}


def test_every_services_module_has_a_feature_package():
    """Before the regrouping: every module is mapped; after it: only the feature packages are left."""
    mapping = regroup_services.load_mapping()
    packages = {f"kimdesk.services.{p}" for p in regroup_services.PACKAGES}
    assert {new.rsplit(".", 1)[0] for new in mapping.values()} == packages
    assert sorted(top_level() - set(mapping) - packages) == [], "add to tools/services_regroup.txt"


def test_no_package_is_named_like_a_module_it_replaces():
    """Otherwise ``kimdesk.services.tasks_deadlines.tasks`` would name both, and a second rewrite would nest it again."""
    mapping = regroup_services.load_mapping()
    assert {f"kimdesk.services.{p}" for p in regroup_services.PACKAGES}.isdisjoint(mapping)


def test_rewriting_twice_changes_nothing_more():
    moves = regroup_services.load_mapping()
    text = ("from kimdesk.services import clients, tasks\n"
            "from kimdesk.services.reports.committee import cases\n"
            'monkeypatch.setattr("kimdesk.services.admin.backup.make", f)\n')
    once = rewrite_moved_imports.rewrite(text, moves)
    assert "from kimdesk.services.clients_intake import clients" in once
    assert "from kimdesk.services.tasks_deadlines import tasks" in once
    assert "from kimdesk.services.reports.committee import cases" in once
    assert '"kimdesk.services.admin.backup.make"' in once
    assert rewrite_moved_imports.rewrite(once, moves) == once
    paths = regroup_services.slash_moves({"kimdesk.services.tasks_deadlines.tasks": "kimdesk.services.tasks_deadlines.tasks"})
    assert regroup_services.rewrite_paths("see kimdesk/services/tasks_deadlines/tasks.py and services/tasks_deadlines/tasks.py", paths) == (
        "see kimdesk/services/tasks_deadlines/tasks.py and services/tasks_deadlines/tasks.py")


def test_dry_run_moves_nothing(capsys):
    before = top_level()
    assert regroup_services.main(["--dry-run"]) == 0
    assert f"{len(before & set(regroup_services.load_mapping()))} moved" in capsys.readouterr().out
    assert top_level() == before
