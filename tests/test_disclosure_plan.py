"""Plan goals and measures carry a kind of data and a health flag like every item that can leave the team."""

from __future__ import annotations

import pytest

from kimdesk.errors import ValidationError
from kimdesk.models import PlanGoal, PlanMeasure
from kimdesk.services.clients_intake import clients
from kimdesk.services.casework import plans


def test_goals_propose_kind_and_health_and_measures_take_their_goals(store):
    cid = clients.create_client(store, {"given_name": "Lina", "family_name": "Haddad"})
    plan = plans.create_plan(store, cid)
    school = plans.add_goal(store, plan, "Schulplatz in einer Internationalen Förderklasse")
    therapy = plans.add_goal(store, plan, "Traumatherapie beginnen")
    chosen = plans.add_goal(store, plan, "Alltag stabilisieren", data_kind="family", health=True)
    m1 = plans.add_measure(store, school, "Anmeldung beim Schulamt", who="Case Management")
    m2 = plans.add_measure(store, therapy, "Therapieplatz suchen", who="Case Management", data_kind="benefits")
    with store.session(write=False) as s:
        kinds = {g.text: (g.data_kind, g.health) for g in s.query(PlanGoal)}
        assert kinds == {"Schulplatz in einer Internationalen Förderklasse": ("school", False),
                         "Traumatherapie beginnen": (None, True), "Alltag stabilisieren": ("family", True)}
        assert (s.get(PlanMeasure, m1).data_kind, s.get(PlanMeasure, m1).health) == ("school", False)
        assert (s.get(PlanMeasure, m2).data_kind, s.get(PlanMeasure, m2).health) == ("benefits", True)
    plans.update_goal(store, chosen, data_kind=None, health=False)
    with store.session(write=False) as s:
        assert (s.get(PlanGoal, chosen).data_kind, s.get(PlanGoal, chosen).health) == (None, False)
    with pytest.raises(ValidationError):
        plans.add_goal(store, plan, "x", data_kind="health")
    with pytest.raises(ValidationError):
        plans.add_measure(store, school, "y", who="z", colour="red")
