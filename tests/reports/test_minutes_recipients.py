"""Minutes per recipient (Verteiler): the Ausländerbehörde's copy lacks marked content, others have it."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kimdesk.errors import BadInput
from kimdesk.models import Agency
from kimdesk.services.conferences_minutes import agenda_edit, minutes_print
from kimdesk.services.releases import consents
from kimdesk.services.conferences_minutes import conference_edit as edit
from tests.reports.test_client_documents import own_cli_log  # noqa: F401  (fixture)
from tests.support.cli import run
from tests.support.conferences import fill_protocol, make_case
from tests.support.pdf import pages_text

ON = date(2025, 6, 20)  # the day the copies are sent


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pages_text(pdf)))


def _abh(store) -> str:
    with store.session() as s:
        office = Agency(name="Ausländerbehörde Test", legal_domain="AufenthG", is_immigration_office=True)
        s.add(office)
        s.flush()
        return office.id


def _protocol(store, *, abh_released: bool = True, health: bool = False):
    """The test protocol, the Ausländerbehörde taking part, and a doctor's report unmarked on purpose."""
    case = make_case(store)
    ids = fill_protocol(store, case)  # TOP 2 "Schulplatz für die Tochter" is marked
    abh = _abh(store)
    if abh_released:
        consents.add_consent(store, case.client_id, {"agency_id": abh, "given_on": date(2025, 5, 2),
                                                     "covers_health": health})
        edit.add_participant(store, case.conference_id, {"agency_id": abh, "name": "Herr Roth"})
    else:
        edit.add_participant(store, case.conference_id, {"agency_id": abh, "name": "Herr Roth",
                                                         "consent_override_reason": "Vorladung"})
    top3 = agenda_edit.add_agenda_item(store, case.conference_id, {
        "title": "Attest der Hausärztin", "notes": "Reiseunfähigkeit bescheinigt.", "source": "doctor",
        "not_for_immigration_office": False})
    return case, ids, abh, top3


def test_the_immigration_office_copy_lacks_marked_and_medical_content_other_offices_lack_the_medical(store):
    case, _ids, abh, _top3 = _protocol(store)
    copies = {c.agency_id: c for c in minutes_print.prepare_distribution(store, case.conference_id, on=ON)}
    assert set(copies) == {case.jobcenter, case.youth_office, abh}
    for_abh = _flat(minutes_print.render_copy(store, case.conference_id, copies[abh]).pdf)
    for_jc = _flat(minutes_print.render_copy(store, case.conference_id, copies[case.jobcenter]).pdf)
    assert "Ausfertigung für Ausländerbehörde Test" in for_abh
    for text in ("Schulplatz für die Tochter", "Anmeldung an der Schule begleiten"):
        assert text not in for_abh and text in for_jc, text
    for text in ("Reiseunfähigkeit", "Attest der Hausärztin"):  # no release covers health data (§ 76 SGB X)
        assert text not in for_abh and text not in for_jc, text
    assert ("In dieser Ausfertigung nicht enthalten: TOP 2 – als „nicht für die Ausländerbehörde“ gekennzeichnet"
            in for_abh)
    assert "In dieser Ausfertigung nicht enthalten: TOP 3 – Gesundheitsdaten" in for_abh
    assert "§ 88 Abs. 2 AufenthG" in for_abh and "§ 88 Abs. 2 AufenthG" not in for_jc
    assert "Existenzsicherung nach der Anerkennung" in for_abh and "Bescheid erlassen" in for_abh
    assert copies[abh].explanation and "§ 88 AufenthG" in copies[abh].explanation
    assert "Art. 9 DSGVO, § 76 SGB X" in copies[case.jobcenter].explanation
    # the Jugendamt took part on an override reason: no release, so no copy, with one sentence
    youth = copies[case.youth_office]
    assert not youth.allowed and youth.refusal == (
        f"Keine Kopie für Jugendamt Test: Für Fall {case.case_number} fehlt eine gültige Schweigepflichtentbindung "
        "gegenüber dieser Stelle (keine erteilt).")


def test_a_release_covering_health_data_lets_the_unmarked_medical_content_through(store):
    case, _ids, abh, _top3 = _protocol(store, health=True)
    text = _flat(minutes_print.render_conference(store, case.conference_id, recipient=abh, on=ON).pdf)
    assert "Reiseunfähigkeit" in text and "Schulplatz für die Tochter" not in text  # the mark still counts


def test_without_covering_consent_the_immigration_office_copy_is_refused(store):
    case, _ids, abh, _top3 = _protocol(store, abh_released=False)
    with pytest.raises(BadInput) as err:
        minutes_print.render_conference(store, case.conference_id, recipient=abh, on=ON)
    assert str(err.value) == (f"Keine Kopie für Ausländerbehörde Test: Für Fall {case.case_number} fehlt eine gültige "
                              "Schweigepflichtentbindung gegenüber dieser Stelle (keine erteilt).")
    # a withdrawal takes effect at once: the Jobcenter's release, withdrawn today, allows no copy
    [given] = [cid for cid, agency_id in consents_of(store, case.client_id) if agency_id == case.jobcenter]
    consents.revoke(store, given, ON)
    copy = minutes_print.prepare_copy(store, case.conference_id, case.jobcenter, on=ON)
    assert not copy.allowed and "widerrufen am 20.06.2025" in copy.refusal


def consents_of(store, client_id):
    from sqlalchemy import select

    from kimdesk.models import Consent

    with store.session(write=False) as s:
        return s.execute(select(Consent.id, Consent.agency_id).where(Consent.client_id == client_id)).all()


def test_copy_file_names_carry_no_personal_data():
    name = minutes_print.copy_filename(date(2025, 6, 18), 3, "Ausländeramt der StädteRegion Aachen")
    assert name == "Protokoll_2025-06-18_03_Auslanderamt-der-StadteRegion-Aachen.pdf"


def test_minutes_pdf_recipient_and_distribution_commands(store, profile, tmp_path, passphrase, own_cli_log):  # noqa: F811
    case, _ids, abh, _top3 = _protocol(store)
    for office in (case.jobcenter, abh):  # releases valid on the day the test runs
        consents.add_consent(store, case.client_id, {"agency_id": office, "given_on": date(2025, 1, 1)})
    store.close()
    env = {"KIMDESK_PASSPHRASE": passphrase}
    base = ("--data-dir", profile.data_dir)
    out = tmp_path / "abh.pdf"
    res = run(*base, "minutes", "pdf", case.conference_id, "--recipient", abh, "-o", out, env=env)
    assert res.code == 0, res.err
    assert "Schulplatz" not in _flat(out.read_bytes()) and "§ 88 AufenthG" in res.err
    alias = tmp_path / "alias.pdf"
    assert run(*base, "minutes", "pdf", case.conference_id, "--for-immigration-office", "-o", alias,
               env=env).code == 0
    assert "Ausfertigung für Ausländerbehörde Test" in _flat(alias.read_bytes())
    folder = tmp_path / "verteiler"
    folder.mkdir()
    res = run(*base, "minutes", "pdf", case.conference_id, "--distribution", folder, env=env)
    assert res.code == 0, res.err
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["Protokoll_2025-06-18_01_Jobcenter-Test.pdf",
                       "Protokoll_2025-06-18_03_Auslanderbehorde-Test.pdf"]
    assert "Keine Kopie für Jugendamt Test" in res.err  # no release: no copy, said why
    assert all(case.case_number not in n and "Haidari" not in n for n in written)
    assert "Schulplatz für die Tochter" in _flat((folder / written[0]).read_bytes())
    assert "Schulplatz für die Tochter" not in _flat((folder / written[1]).read_bytes())
    # the Jugendamt's copy alone is refused with the sentence, nothing written
    refused = tmp_path / "ja.pdf"
    res = run(*base, "minutes", "pdf", case.conference_id, "--recipient", case.youth_office, "-o", refused, env=env)
    assert res.code == 2 and not refused.exists() and "fehlt eine gültige Schweigepflichtentbindung" in res.err
