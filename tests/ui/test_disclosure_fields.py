"""Kind of data and health flag beside the immigration-office mark, in the agenda editor and the need dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kimdesk.services.conferences_minutes import conference_queries
from kimdesk.ui.conferences.page import ConferencesPage
from tests.support.conferences import make_case


def test_a_top_gets_a_proposed_kind_from_its_subject_and_keeps_a_chosen_one(qtbot, store):
    case = make_case(store)
    page = ConferencesPage(store)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.select(case.conference_id)
    agenda = page.editor.agenda
    qtbot.mouseClick(agenda.add_top, Qt.MouseButton.LeftButton)
    agenda.title.setText("Schulplatz für die Tochter")
    agenda.save()
    [top] = conference_queries.load(store, case.conference_id).agenda
    assert (top.data_kind, top.health) == ("school", False)
    assert agenda.disclosure.kind.currentData() == "school"
    # the user chooses: family, with health data (the combo and checkbox as a user works them)
    agenda.disclosure.kind.setCurrentIndex(agenda.disclosure.kind.findData("family"))
    agenda.disclosure.kind.activated.emit(agenda.disclosure.kind.currentIndex())
    qtbot.mouseClick(agenda.disclosure.health, Qt.MouseButton.LeftButton)
    [top] = conference_queries.load(store, case.conference_id).agenda
    assert (top.data_kind, top.health) == ("family", True)
    # a new subject no longer overwrites what was chosen by hand
    agenda.title.setText("Existenzsicherung")
    agenda.save()
    [top] = conference_queries.load(store, case.conference_id).agenda
    assert (top.title, top.data_kind, top.health) == ("Existenzsicherung", "family", True)


def test_the_need_dialog_proposes_health_for_health_care(qtbot):
    from kimdesk.ui.map.dialogs import NeedDialog

    dialog = NeedDialog(lambda _category: None)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentText("Gesundheitsversorgung")
    assert dialog.values()["health"] is True and dialog.values()["data_kind"] is None
    dialog.category.setCurrentText("Schulplatz")
    assert dialog.values()["data_kind"] == "school" and dialog.values()["health"] is False


def test_the_participant_dialog_records_role_attendance_and_reason(qtbot, store):
    from kimdesk.services.conferences_minutes import agenda_edit
    from kimdesk.services.conferences_minutes import conference_edit as edit
    from kimdesk.services.releases.consents import ConsentState
    from kimdesk.ui.conferences.dialogs import ParticipantDialog

    case = make_case(store)
    top1 = agenda_edit.add_agenda_item(store, case.conference_id, {"title": "Existenzsicherung"})
    top2 = agenda_edit.add_agenda_item(store, case.conference_id, {"title": "Schulplatz"})
    tops = [(top1, 1, "Existenzsicherung"), (top2, 2, "Schulplatz")]
    dialog = ParticipantDialog([], lambda _a: ConsentState("not_needed"), tops=tops)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("person"))
    dialog.function.setText("persönlich")
    dialog.left_after.setCurrentIndex(dialog.left_after.findData(top1))
    values = dialog.values()
    assert (values["role"], values["left_after_item_id"], values["back_from_item_id"]) == ("person", top1, None)
    edit.add_participant(store, case.conference_id, values)
    [p] = conference_queries.load(store, case.conference_id).participants
    assert (p.role, p.left_after, p.back_from) == ("person", 1, None)


def test_a_contact_takes_the_chosen_kind_or_the_proposal_from_its_summary(qtbot, window, store):
    from sqlalchemy import select

    from kimdesk.models import CounsellingContact
    from kimdesk.services.clients_intake import clients

    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    ct = window.open_client(cid).contacts
    qtbot.keyClicks(ct.summary, "Termin bei der Therapeutin vereinbart")
    qtbot.mouseClick(ct.add_button, Qt.MouseButton.LeftButton)
    ct.disclosure.kind.setCurrentIndex(ct.disclosure.kind.findData("housing"))
    ct.disclosure.kind.activated.emit(ct.disclosure.kind.currentIndex())
    qtbot.keyClicks(ct.summary, "Besichtigung einer Wohnung")
    qtbot.mouseClick(ct.add_button, Qt.MouseButton.LeftButton)
    with store.session(write=False) as s:
        rows = {c.summary: (c.data_kind, c.health) for c in s.scalars(select(CounsellingContact))}
    assert rows == {"Termin bei der Therapeutin vereinbart": (None, True),
                    "Besichtigung einer Wohnung": ("housing", False)}
    assert not ct.disclosure.touched and ct.disclosure.kind.currentData() is None  # cleared for the next one


def test_the_kind_of_an_existing_need_is_changed_beside_its_mark_and_can_be_undone(qtbot, window, store):
    from tests.ui.test_responsibility_map import _click_node, _open_map

    view, panel, need = _open_map(window, store)
    _click_node(qtbot, panel, need)
    assert panel.disclosure.kind.currentData() == "benefits" and panel.disclosure.isEnabled()
    panel.disclosure.kind.setCurrentIndex(panel.disclosure.kind.findData("housing"))
    panel.disclosure.kind.activated.emit(panel.disclosure.kind.currentIndex())
    assert panel.cmap.node(need).data_kind == "housing"
    window.undo()
    assert panel.cmap.node(need).data_kind == "benefits"


def test_the_participants_tab_marks_an_office_present_at_a_top_its_release_does_not_cover(qtbot, store):
    from kimdesk.services.conferences_minutes import conference_edit as edit
    from tests.reports.test_disclosure_per_office import _conference

    _cid, conf, _offices, _tops, part = _conference(store, abh_whole_meeting=True)
    page = ConferencesPage(store)
    qtbot.addWidget(page)
    page.show()
    page.select(conf)
    panel = page.editor.participants
    assert "Ausländerbehörde Test war bei TOP 1, 2, 3 anwesend, ohne dass" in panel.hint.text()
    assert len(panel.marked_rows()) == 1
    edit.update_participant(store, part, {"disclosure_reason": "auf ausdrücklichen Wunsch der Person"})
    page.editor.reload()
    assert panel.hint.text() == "" and panel.marked_rows() == []


def test_the_kind_of_an_existing_contact_is_changed_in_the_table_and_can_be_undone(qtbot, window, store):
    from sqlalchemy import select

    from kimdesk.models import CounsellingContact
    from kimdesk.services.clients_intake import clients, contacts

    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    contacts.add_contact(store, cid, {"on": "02.03.2026", "kind": "office", "summary": "Besichtigung einer Wohnung"})
    view = window.open_client(cid)
    ct = view.contacts
    qtbot.waitUntil(lambda: ct.model.rowCount() == 1)
    assert not ct.chosen.isEnabled()  # nothing chosen yet
    ct.table.selectRow(0)
    assert ct.chosen.isEnabled() and ct.chosen.kind.currentData() == "housing" and not ct.chosen.health.isChecked()

    def stored():
        with store.session(write=False) as s:
            c = s.scalars(select(CounsellingContact)).one()
            return c.data_kind, c.health

    # the user chooses family and health data, as a user works the combo and the checkbox
    ct.chosen.kind.setCurrentIndex(ct.chosen.kind.findData("family"))
    ct.chosen.kind.activated.emit(ct.chosen.kind.currentIndex())
    qtbot.waitUntil(lambda: stored() == ("family", False))
    qtbot.mouseClick(ct.chosen.health, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored() == ("family", True))
    qtbot.waitUntil(lambda: ct.chosen.health.isChecked() and ct.chosen.kind.currentData() == "family")
    window.undo()
    qtbot.waitUntil(lambda: stored() == ("family", False))


def _choose(fields, kind):
    """As a user works the combo: choose ``kind``."""
    fields.kind.setCurrentIndex(fields.kind.findData(kind))
    fields.kind.activated.emit(fields.kind.currentIndex())


def test_plan_goals_and_measures_get_a_kind_when_added_and_change_it_later_undoably(qtbot, window, store):
    from kimdesk.services.clients_intake import clients
    from kimdesk.services.casework import plans

    cid = clients.create_client(store, {"given_name": "Lina", "family_name": "Kaya"})
    view = window.open_client(cid)
    plan = view.cycle.plan
    view.tabs.setCurrentWidget(view.cycle)
    view.cycle.inner.setCurrentWidget(plan)
    qtbot.mouseClick(plan.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.goal_text.isEnabled())

    def tree():
        with store.connection() as conn:
            [p] = plans.plan_tree(conn, cid)
        return [((g["text"], g["data_kind"], g["health"]),
                 [(m["what"], m["data_kind"], m["health"]) for m in g["measures"]]) for g in p["goals"]]

    # proposed from the text: a psychotherapy goal is health data
    qtbot.keyClicks(plan.goal_text, "Psychotherapie beginnen")
    assert plan.goal_disclosure.health.isChecked()
    qtbot.mouseClick(plan.goal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.tree.topLevelItemCount() == 1)
    # chosen by hand: a housing goal recorded as family data
    qtbot.keyClicks(plan.goal_text, "Eigene Wohnung")
    assert plan.goal_disclosure.kind.currentData() == "housing"
    _choose(plan.goal_disclosure, "family")
    qtbot.mouseClick(plan.goal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.tree.topLevelItemCount() == 2)
    assert plan.selected()[0] == "goal" and plan.chosen.kind.currentData() == "family"
    # a measure: as its goal's unless chosen; here benefits
    qtbot.keyClicks(plan.what, "Wohngeld beantragen")
    qtbot.keyClicks(plan.who, "Lina")
    _choose(plan.measure_disclosure, "benefits")
    qtbot.mouseClick(plan.measure_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.tree.topLevelItem(1).childCount() == 1)
    assert tree() == [(("Psychotherapie beginnen", None, True), []),
                      (("Eigene Wohnung", "family", False), [("Wohngeld beantragen", "benefits", False)])]
    # the chosen measure's kind and health are changed in place, and undone
    plan.tree.setCurrentItem(plan.tree.topLevelItem(1).child(0))
    assert plan.chosen.isEnabled() and plan.chosen.kind.currentData() == "benefits"
    qtbot.mouseClick(plan.chosen.health, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tree()[1][1] == [("Wohngeld beantragen", "benefits", True)])
    window.undo()
    qtbot.waitUntil(lambda: tree()[1][1] == [("Wohngeld beantragen", "benefits", False)])
    # and a goal's
    plan.tree.setCurrentItem(plan.tree.topLevelItem(0))
    assert plan.chosen.health.isChecked()
    _choose(plan.chosen, "work")
    qtbot.waitUntil(lambda: tree()[0][0] == ("Psychotherapie beginnen", "work", True))
