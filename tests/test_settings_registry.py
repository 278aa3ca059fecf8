"""One settings registry (``kimdesk.store.options``): no key is spelled outside it, policy and sync read it."""

from __future__ import annotations

import ast
from pathlib import Path

from kimdesk.services.admin import settings
from kimdesk.store import options, policy
from kimdesk.sync import settings as sync_settings

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "kimdesk" / "store" / "options.py"
ACCESSORS = {"get_setting", "set_setting"}


def raw_keys(source: str) -> list[str]:
    """Setting keys written out as literals: a declared dotted key anywhere (``"ui.language"``; the
    undotted ones like ``"device_id"`` also name fields elsewhere), any literal key given to the store."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value
                and node.value in options.BY_KEY):
            found.append(f"line {node.lineno}: {node.value!r}")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ACCESSORS
                and len(node.args) >= 2 and isinstance(node.args[1], (ast.Constant, ast.JoinedStr))):
            found.append(f"line {node.lineno}: {node.func.attr}({ast.unparse(node.args[1])})")
    return found


def test_no_setting_key_is_spelled_outside_the_registry():
    offenders = []
    for path in sorted((ROOT / "kimdesk").rglob("*.py")):
        if path != REGISTRY:
            offenders += [f"{path.relative_to(ROOT)} {hit}" for hit in raw_keys(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_check_finds_a_raw_key():
    assert raw_keys('x = "ui.language"\n') == ["line 1: 'ui.language'"]
    assert raw_keys('store.get_setting(conn, "team.colour")\n') == ["line 1: get_setting('team.colour')"]
    assert raw_keys('store.set_setting(conn, f"rules.{name}", 1)\n') == ["line 1: set_setting(f'rules.{name}')"]
    assert raw_keys("store.get_setting(conn, options.LANGUAGE.key)\n") == []


def test_keys_are_declared_once_and_defaults_fit():
    assert len({o.key for o in options.ALL}) == len(options.ALL)
    for option in options.ALL:
        assert option.clean(option.default) == option.default or option.default is None, option.key
        assert option.title() or option.doc, f"{option.key}: neither shown nor explained"


def test_the_policy_locks_exactly_the_lockable_options():
    assert set(policy.LOCKABLE) == {o.key for o in options.ALL if o.lockable}
    assert policy.LOCKABLE["backup.keep"] == policy.Lockable(int, 1, 90)
    assert policy.LOCKABLE["sync.target"] == policy.Lockable(str)


def test_dialog_and_sync_read_the_same_declarations():
    assert settings.OPTIONS == options.SHOWN
    assert sync_settings.INTERVAL_MINUTES is settings.SYNC_INTERVAL_MINUTES
    assert {o.key for o in sync_settings.OPTIONS} <= set(options.BY_KEY)


def test_a_rule_override_is_one_key_per_rule_set(store):
    option = options.rule_override("deadlines")
    assert option.key == "rules.deadlines"
    with store.connection(write=True) as conn:
        option.write(store, conn, {"x": 1})
    assert option.get(store) == {"x": 1}
