"""Law is data with citations: every rule in resources/ names its legal basis (paragraph and statute)."""

from __future__ import annotations

import json
import re

import pytest

from kimdesk.paths import resource_path

# the statutes the rules may cite; a basis must name at least one, after a paragraph
STATUTES = ("AsylbLG", "AsylG", "AufenthG", "SGB II", "SGB III", "SGB V", "SGB VIII", "SGB X", "SGB XII",
            "SchulG NRW", "APO-BK", "BQFG", "BQFG NRW", "FlüAG NRW", "WFNG NRW", "WoGG", "EStG", "StAG",
            "TIntG NRW", "DSGVO")
PARAGRAPH = re.compile(r"(§§?|Art\.)\s*\d+[a-z]?")


def cites(basis: object) -> bool:
    if not isinstance(basis, str) or not PARAGRAPH.search(basis):
        return False
    return any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", basis) for s in STATUTES)


def test_the_check_itself_can_fail():
    assert cites("§ 1 Abs. 1 Nr. 3 c AsylbLG") and cites("§§ 74, 36 AsylG") and cites("Art. 5 Abs. 1 lit. e DSGVO")
    assert not cites("") and not cites(None) and not cites("AsylbLG") and not cites("§ 7")
    assert not cites("§ 7 SGB IIX") and not cites("Kommunale Praxis")


def _responsibility_rules() -> list[tuple[str, object]]:
    data = json.loads(resource_path("catalogue", "responsibility_rules.json").read_text(encoding="utf-8"))
    return [(f"{i}:{r['need']}", r.get("basis")) for i, r in enumerate(data["rules"])]


def _deadline_rules() -> list[tuple[str, object]]:
    data = json.loads(resource_path("rules", "deadlines.json").read_text(encoding="utf-8"))
    return [(name, r.get("basis")) for name, r in data["rules"].items()]


def _retention_rules() -> list[tuple[str, object]]:
    data = json.loads(resource_path("rules", "retention.json").read_text(encoding="utf-8"))
    return [("retention", data.get("basis"))]


def _school_intake_rules() -> list[tuple[str, object]]:
    """Every school form's intake and the compulsory-schooling split name their basis (SchulG NRW / APO-BK)."""
    data = json.loads(resource_path("rules", "school_intake.json").read_text(encoding="utf-8"))
    bases = data.get("intake_basis", {})
    out: list[tuple[str, object]] = [(f"school_intake:{form}", bases.get(form)) for form in data["intake"]]
    out += [(f"school_intake:{k}", v.get("basis")) for k, v in data.items()
            if isinstance(v, dict) and k not in ("intake", "intake_basis")]
    return out


def test_school_intake_rules_are_all_checked():
    names = {name for name, _ in _school_intake_rules()}
    assert {"school_intake:ifk", "school_intake:ffm", "school_intake:primary", "school_intake:secondary",
            "school_intake:compulsory_full_time"} <= names


@pytest.mark.parametrize("name,basis", _responsibility_rules() + _deadline_rules() + _retention_rules()
                         + _school_intake_rules())
def test_every_rule_names_its_legal_basis(name, basis):
    assert cites(basis), f"rule {name} names no legal basis (paragraph and statute): {basis!r}"


def test_every_deadline_rule_in_the_file_is_implemented():
    from kimdesk.services.tasks_deadlines.deadline_rules import RULES

    assert {name for name, _ in _deadline_rules()} <= set(RULES)
