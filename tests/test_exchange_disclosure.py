"""The exchange format carries what the disclosure rule reads (issue 12), both directions.

Export writes ``data_kind``, ``health`` and ``source`` of needs, contacts and agenda items, a
consent's ``data_kinds``, ``covers_health`` and ``oral_reason``, a participant's role and
attendance; a file from before (without them) imports with the proposed defaults; a bad value is
one German line naming the field, exit 2, nothing written.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from kimdesk.errors import ValidationError
from kimdesk.models import AgendaItem, Need, Participant
from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.releases import consents
from kimdesk.services.clients_intake import contacts, exchange
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.services.clients_intake import exchange_format as fmt
from kimdesk.services.clients_intake import responsibilities as rs
from tests.reports.test_client_documents import own_cli_log  # noqa: F401  (fixture)
from tests.support.cli import run
from tests.support.conferences import agency, make_case

NEED_ID = "4b1c7a3e-1111-4a3e-9d55-0000000000a1"
AGENDA_ID = "4b1c7a3e-1111-4a3e-9d55-0000000000b1"


def test_the_format_knows_the_consent_vocabulary():
    from kimdesk.models.conference import ROLES

    assert fmt.DATA_KINDS == consents.DATA_KINDS and fmt.ROLES == ROLES


def test_export_writes_kind_health_source_and_attendance(store):
    case = make_case(store)
    need = rs.add_need(store, case.client_id, {"category": "Gesundheitsversorgung", "source": "therapist"}).result
    contact = contacts.add_contact(store, case.client_id, {"summary": "Gespräch über den Schulweg",
                                                           "data_kind": "family"}).result
    top1 = agenda_edit.add_agenda_item(store, case.conference_id, {"title": "Schulplatz"})
    top2 = agenda_edit.add_agenda_item(store, case.conference_id, {"title": "Sonstiges", "data_kind": "housing",
                                                                   "health": True})
    part = edit.add_participant(store, case.conference_id, {"agency_id": case.jobcenter, "name": "Herr Jansen",
                                                            "left_after_item_id": top1, "back_from_item_id": top2,
                                                            "disclosure_reason": "auf Wunsch der Person"})
    edit.add_participant(store, case.conference_id, {"role": "guardian", "name": "Frau Amiri"})
    consents.add_consent(store, case.client_id, {"agency_id": case.caritas, "form": "oral", "covers_health": True,
                                                 "data_kinds": ["family"], "oral_reason": "im Krankenhaus"})
    doc = exchange.export_document(store)
    [client] = [c for c in doc["clients"] if c["id"] == case.client_id]
    [n] = [x for x in client["needs"] if x["id"] == need]
    assert (n["data_kind"], n["health"], n["source"], n["not_for_immigration_office"]) == (None, True, "therapist",
                                                                                            True)
    [c] = [x for x in client["contacts"] if x["id"] == contact]
    assert (c["data_kind"], c["health"]) == ("family", False)
    [conf] = doc["conferences"]
    kinds = {a["id"]: (a["data_kind"], a["health"]) for a in conf["agenda"]}
    assert kinds == {top1: ("school", False), top2: ("housing", True)}
    parts = {p["id"]: p for p in conf["participants"]}
    assert (parts[part]["left_after_item_id"], parts[part]["back_from_item_id"], parts[part]["role"],
            parts[part]["disclosure_reason"]) == (top1, top2, None, "auf Wunsch der Person")
    assert [p["role"] for p in conf["participants"] if p["name"] == "Frau Amiri"] == ["guardian"]
    [oral] = [x for x in doc["consents"] if x["agency_id"] == case.caritas]
    assert (oral["data_kinds"], oral["covers_health"], oral["oral_reason"]) == (["family"], True, "im Krankenhaus")
    # and back: the exported document imports into itself without a change
    again = exchange.import_document(store, json.loads(json.dumps(doc)))
    assert sum(again.written.values()) == 0, again.written


def _old_file(case, **agenda_extra) -> dict:
    """A file from before issue 12: no data_kind, health, role or attendance."""
    return {"format": "kimdesk-export", "version": 1,
            "clients": [{"id": case.client_id, "needs": [
                {"id": NEED_ID, "category": "Gesundheitsversorgung", "status": "open"}]}],
            "conferences": [{"id": "4b1c7a3e-1111-4a3e-9d55-0000000000c1", "date": "2025-06-01", "kind": "case",
                             "status": "draft", "client_ids": [case.client_id],
                             "participants": [{"agency_id": case.jobcenter, "presence": "present"}],
                             "agenda": [{"id": AGENDA_ID, "title": "Schulplatz für die Tochter"} | agenda_extra]}]}


def test_an_old_file_imports_with_the_proposed_defaults(store):
    case = make_case(store)
    exchange.import_document(store, _old_file(case))
    with store.session(write=False) as s:
        need, item = s.get(Need, NEED_ID), s.get(AgendaItem, AGENDA_ID)
        assert (need.data_kind, need.health) == (None, True)
        assert (item.data_kind, item.health) == ("school", False)
        [p] = [p for p in s.query(Participant).filter_by(conference_id="4b1c7a3e-1111-4a3e-9d55-0000000000c1")]
        assert (p.role, p.left_after_item_id, p.disclosure_reason) == (None, None, None)
    # an existing object keeps what the person set: a re-import of the old file changes nothing
    agenda_edit.update_agenda_item(store, AGENDA_ID, {"data_kind": "family"})
    exchange.import_document(store, _old_file(case))
    with store.session(write=False) as s:
        assert s.get(AgendaItem, AGENDA_ID).data_kind == "family"


@pytest.mark.parametrize("extra, path", [
    ({"data_kind": "gesundheit"}, "conferences[0].agenda[0].data_kind"),
    ({"health": "ja"}, "conferences[0].agenda[0].health"),
])
def test_a_bad_value_is_refused_naming_the_field(store, extra, path):
    case = make_case(store)
    with pytest.raises(ValidationError) as err:
        exchange.import_document(store, _old_file(case, **extra))
    assert str(err.value).startswith(path)
    with store.session(write=False) as s:
        assert s.get(AgendaItem, AGENDA_ID) is None


def test_a_bad_role_through_the_cli_is_one_line_exit_2(store, profile, tmp_path, passphrase,
                                                        own_cli_log):  # noqa: F811
    case = make_case(store)
    doc = _old_file(case)
    doc["conferences"][0]["participants"][0] |= {"agency_id": None, "role": "aunt"}
    store.close()
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    res = run("--data-dir", profile.data_dir, "import", path, env={"KIMDESK_PASSPHRASE": passphrase})
    assert res.code == 2 and len(res.err.strip().splitlines()) == 1
    assert "conferences[0].participants[0].role" in res.err and "interner Fehler" not in res.err


def test_health_is_asked_separately_not_as_a_kind_of_data(store):
    case = make_case(store)
    with pytest.raises(ValidationError):
        consents.add_consent(store, case.client_id, {"agency_id": agency(store, "X"), "data_kinds": ["health"],
                                                     "given_on": date(2025, 1, 1)})


def test_a_release_naming_a_kind_outside_the_vocabulary_is_refused(store):
    case = make_case(store)
    doc = {"format": "kimdesk-export", "version": 1, "consents": [
        {"id": "4b1c7a3e-1111-4a3e-9d55-0000000000d1", "client_id": case.client_id, "agency_id": case.jobcenter,
         "form": "written", "data_kinds": ["benefits", "health"]}]}
    with pytest.raises(ValidationError) as err:
        exchange.import_document(store, doc)
    assert str(err.value).startswith("consents[0].data_kinds")
