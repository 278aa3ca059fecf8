"""A small fixed sample of the hostile campaign (tools/hostile_campaign.py): every case must hold.

The whole campaign (about 190 bad inputs and 130 faults; ``make campaign`` runs it with ``--long``)
takes minutes; this runs the first cases of each category against the real command line.
"""

from __future__ import annotations

import importlib.util
import os
import sys

from tests.support.cli import ROOT

LIMITS = {"import": 3, "keyfile": 2, "enrolment": 2, "share": 1, "policy": 1, "profile": 2, "passphrase": 1,
          "arguments": 2, "damaged": 1, "full-disk": 1, "kill": 1}


def _campaign():
    spec = importlib.util.spec_from_file_location("hostile_campaign", ROOT / "tools" / "hostile_campaign.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_sample_of_the_campaign_holds(tmp_path):
    from kimdesk.store import policy

    tool = _campaign()
    saved = dict(os.environ)
    try:
        outcomes = tool.Campaign(tmp_path, long=False, seed=13, limits=LIMITS).run()
    finally:
        os.environ.clear()
        os.environ.update(saved)
        policy.reload()
    assert {o.category for o in outcomes} == set(LIMITS)
    assert len(outcomes) == sum(LIMITS.values())
    failing = [o for o in outcomes if not o.held]
    assert not failing, "\n".join(f"{o.category}: {o.case}: {o.why}" for o in failing)
    result = tool.summary(outcomes)
    assert result["bad_inputs"]["tried"] == result["bad_inputs"]["held"] == 14
    assert "first failing case" in tool.table(result)
