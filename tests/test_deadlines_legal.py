"""The legal transition rules (issue 12, 17), each with a frozen clock: schooling duty, BAMF
decision (protection or appeal deadline), family reunification window, 36 months AsylbLG,
a move against a residence rule (§ 12a AufenthG)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import time_machine

from kimdesk.errors import ValidationError
from kimdesk.services.casework import assessment
from kimdesk.services.clients_intake import clients, exchange
from kimdesk.services.tasks_deadlines import deadlines
from kimdesk.services.schooling import school_entry
from kimdesk.services.tasks_deadlines.deadline_rules import appeal_deadline, duty_starts
from kimdesk.services.tasks_deadlines.holidays import easter_sunday, is_working_day, nrw_holidays
from tests.support.cycle import agency, need_with, person
from tests.test_deadlines import fired_for, follow_ups

DAY = datetime(2026, 3, 10, 9, 0)


@pytest.fixture
def clock():
    with time_machine.travel(DAY, tick=False) as traveller:
        yield traveller


def titles(store, rule: str) -> dict[str, str]:
    return {t.client_id: t.title for t in follow_ups(store, rule)}


# -- compulsory schooling (§§ 34 Abs. 6, 35, 37 SchulG NRW) ------------------------------------
def test_ten_year_old_assigned_30_days_ago_without_school_place_gets_a_follow_up_at_once(store, clock):
    child = person(store, birth_date="2015-06-01")  # 10
    assigned = DAY.date() - timedelta(days=30)
    school_entry.save(store, child, {"assigned_on": assigned.isoformat(), "school_form": "primary"})
    result = deadlines.evaluate(store)
    assert result.by_rule.get("compulsory_schooling") == 1
    [task] = follow_ups(store, "compulsory_schooling")
    assert task.client_id == child and task.due_on == DAY.date()
    assert task.title == f"Schulpflicht: schulpflichtig und seit 30 Tagen ohne Schulplatz (seit {assigned:%d.%m.%Y})"
    assert "§ 34 Abs. 6 SchulG NRW" in task.details
    assert deadlines.evaluate(store).created == []  # never twice


def test_schooling_duty_by_age_placement_and_age_limits(store, clock):
    placed = person(store, birth_date="2014-02-02")
    school_entry.save(store, placed, {"assigned_on": "2025-11-01", "placed_on": "2026-01-15", "school_form": "secondary"})
    too_young = person(store, birth_date="2020-11-01")  # six only in November 2026: duty from 1 August 2027
    school_entry.save(store, too_young, {"assigned_on": "2026-01-10", "school_form": "primary"})
    sixteen = person(store, birth_date="2010-01-01")  # 16: the rule for young people takes over
    school_entry.save(store, sixteen, {"assigned_on": "2026-01-10", "school_form": "ifk"})
    by_need = person(store, birth_date="2013-05-05")  # open need for a school place, no school entry
    need_with(store, by_need, "Schulplatz", agency(store, "Schulamt für die StädteRegion Aachen"), status="requested")
    deadlines.evaluate(store)
    assert fired_for(store, "compulsory_schooling") == {by_need}
    assert fired_for(store, "school_place_missing") == {sixteen}
    assert "Wartezeit unbekannt" in titles(store, "compulsory_schooling")[by_need]


def test_schooling_duty_starts_on_first_of_august_after_the_sixth_birthday_by_30_september():
    assert duty_starts(date(2019, 9, 30)) == date(2025, 8, 1)
    assert duty_starts(date(2019, 10, 1)) == date(2026, 8, 1)


def test_waiting_counts_from_the_start_of_the_duty_when_assigned_before(store, clock):
    clock.move_to(datetime(2025, 9, 1, 9, 0))
    child = person(store, birth_date="2019-03-03")  # duty from 1 August 2025
    school_entry.save(store, child, {"assigned_on": "2025-05-01", "school_form": "primary"})
    deadlines.evaluate(store)
    assert "seit 31 Tagen ohne Schulplatz (seit 01.08.2025)" in titles(store, "compulsory_schooling")[child]


# -- BAMF decision (§ 74 Abs. 1, § 36 Abs. 3 AsylG; § 1 Abs. 3 AsylbLG) ------------------------
def test_refusal_gives_the_two_week_appeal_deadline_the_same_day(store, clock):
    pid = person(store, residence_status="Aufenthaltsgestattung", bamf_decision="refused",
                 bamf_decision_on="2026-03-09")
    [created] = deadlines.evaluate(store).created
    assert created["rule"] == "bamf_decision" and created["due_on"] == "2026-03-10"
    [task] = follow_ups(store, "bamf_decision")
    assert task.client_id == pid and "Klagefrist endet am 23.03.2026" in task.title
    assert "Zwei Wochen (§ 74 Abs. 1 AsylG)" in task.details and "Rechtsbehelfsbelehrung" in task.details


@pytest.mark.parametrize("kind", ["manifestly_unfounded", "inadmissible"])
def test_rejection_as_manifestly_unfounded_or_inadmissible_gives_one_week(store, clock, kind):
    person(store, residence_status="Aufenthaltsgestattung", bamf_decision=kind, bamf_decision_on="2026-03-09")
    deadlines.evaluate(store)
    [task] = follow_ups(store, "bamf_decision")
    assert "Klagefrist endet am 16.03.2026" in task.title and "Eine Woche" in task.details


def test_appeal_deadline_moves_past_weekends_and_holidays():
    assert appeal_deadline(date(2026, 3, 9), 14) == date(2026, 3, 23)
    # served on Maundy Thursday 2026 (2 April): one week later is Thursday 9 April, a working day
    assert appeal_deadline(date(2026, 4, 2), 7) == date(2026, 4, 9)
    # served on Easter Sunday 2026 (5 April): one week later is Sunday 12 April → Monday 13 April
    assert appeal_deadline(date(2026, 4, 5), 7) == date(2026, 4, 13)
    # two weeks after 11 December 2025 is Christmas Day → 29 December (26th holiday, 27/28 weekend)
    assert appeal_deadline(date(2025, 12, 11), 14) == date(2025, 12, 29)


def test_nrw_holidays_are_computed_with_easter():
    assert easter_sunday(2026) == date(2026, 4, 5)
    h = nrw_holidays(2026)
    assert {date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25), date(2026, 6, 4),
            date(2026, 11, 1), date(2026, 12, 25), date(2026, 12, 26)} <= set(h)
    assert not is_working_day(date(2026, 6, 4)) and is_working_day(date(2026, 6, 5))


def test_recognition_ends_asylblg_at_once_and_opens_the_family_reunification_window(store, clock):
    pid = person(store, residence_status="Aufenthaltsgestattung", bamf_decision="refugee",
                 bamf_decision_on="2026-03-02")
    deadlines.evaluate(store)
    [task] = follow_ups(store, "bamf_decision")
    assert task.client_id == pid and task.due_on == DAY.date() and "Schutz zuerkannt" in task.title
    assert "§ 1 Abs. 3 AsylbLG" in task.details and "Jobcenter" in task.details
    [family] = follow_ups(store, "family_reunification")
    assert "endet spätestens am 02.06.2026" in family.title and "§ 29 Abs. 2 S. 2 Nr. 1 AufenthG" in family.details
    assert deadlines.evaluate(store).created == []


def test_subsidiary_protection_and_old_decisions_open_no_reunification_window(store, clock):
    person(store, bamf_decision="subsidiary", bamf_decision_on="2026-03-02")
    old = person(store, bamf_decision="refugee", bamf_decision_on="2025-11-01")  # window closed on 1 February
    deadlines.evaluate(store)
    assert fired_for(store, "family_reunification") == set()
    assert old not in fired_for(store, "bamf_decision")  # more than 90 days ago: history


def test_bamf_decision_kind_is_checked(store):
    with pytest.raises(ValidationError):
        clients.create_client(store, {"given_name": "A", "family_name": "B", "bamf_decision": "granted"})


# -- 36 months AsylbLG (§ 2 Abs. 1 AsylbLG) ----------------------------------------------------
def test_36_months_on_asylum_benefits_four_weeks_ahead(store, clock):
    soon = person(store, residence_status="Duldung")
    assessment.record_benefit(store, soon, "AsylbLG", "2023-04-01", approved_on="2023-04-01")  # 36 months: 1 April
    later = person(store, residence_status="Aufenthaltsgestattung")
    assessment.record_benefit(store, later, "AsylbLG", "2023-06-01", approved_on="2023-06-01")
    ended = person(store, residence_status="Aufenthaltserlaubnis")
    assessment.record_benefit(store, ended, "AsylbLG", "2022-01-01", until="2024-01-31", approved_on="2022-01-01")
    long_ago = person(store, residence_status="Duldung")  # 36 months in 2024: decided long since
    assessment.record_benefit(store, long_ago, "AsylbLG", "2021-05-01", approved_on="2021-05-01")
    deadlines.evaluate(store)
    assert fired_for(store, "asylblg_36_months") == {soon}
    assert "36 Monate Leistungsbezug am 01.04.2026" in titles(store, "asylblg_36_months")[soon]
    clock.move_to(datetime(2026, 5, 5, 9, 0))
    deadlines.evaluate(store)
    assert fired_for(store, "asylblg_36_months") == {soon, later}


# -- residence rule (§ 12a AufenthG) ------------------------------------------------------------
def test_move_while_a_residence_rule_applies(store, clock):
    pid = person(store, municipality="Stolberg", residence_status="Aufenthaltserlaubnis",
                 residence_rule_place="Stolberg", residence_rule_until="2027-12-31")
    expired = person(store, municipality="Aachen", residence_rule_place="Eschweiler", residence_rule_until="2026-01-01")
    assert deadlines.evaluate(store).created == []
    clients.update_client(store, pid, {"municipality": "Aachen"})
    [created] = deadlines.evaluate(store).created
    assert created["rule"] == "residence_rule_move" and created["client_id"] == pid
    assert "wohnt in Aachen, Wohnsitzregelung für Stolberg" in created["title"]
    assert expired not in fired_for(store, "residence_rule_move")


def test_the_new_fields_travel_in_the_exchange_format(store, make_store, clock):
    pid = person(store, residence_status="Aufenthaltserlaubnis", residence_paragraph="§ 25 Abs. 5 AufenthG",
                 suspended_since="2025-10-01", bamf_decision="deportation_ban", bamf_decision_on="2026-03-01",
                 residence_rule_place="Alsdorf", residence_rule_until="2028-03-01")
    doc = exchange.export_document(store)
    [row] = [c for c in doc["clients"] if c["id"] == pid]
    assert row["suspended_since"] == "2025-10-01" and row["bamf_decision"] == "deportation_ban"
    assert row["residence_rule_place"] == "Alsdorf" and row["residence_rule_until"] == "2028-03-01"
    other = make_store("other")
    exchange.import_document(other, doc)
    with other.session(write=False) as s:
        from kimdesk.models import Client

        c = s.get(Client, pid)
        assert (c.suspended_since, c.bamf_decision_on) == (date(2025, 10, 1), date(2026, 3, 1))


# -- turning 18 (§§ 41, 36b SGB VIII) -----------------------------------------------------------
def test_turning_18_says_help_can_continue_not_that_youth_welfare_ends(store, clock):
    pid = person(store, birth_date="2008-06-01")
    deadlines.evaluate(store)
    [task] = follow_ups(store, "turning_18")
    assert task.client_id == pid
    assert "endet mit 18" not in task.details and "endet nicht automatisch" in task.details
    assert "§ 41 SGB VIII" in task.details and "§ 36b SGB VIII" in task.details
