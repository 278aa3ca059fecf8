"""The consent form, the Art. 13 information sheet and the Art. 15 export read right for the person.

German first and authoritative, the person's language after it (from the catalogues), what
refusing means, a sentence that reads with any organisation name, the controller and the data
protection officer from the settings, the complete list of rights with the LDI NRW.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from kimdesk.reports import catalogue
from kimdesk.services.clients_intake import client_print, clients
from kimdesk.services.releases import consents, subject_access
from kimdesk.services.admin import settings
from tests.reports.test_client_documents import own_cli_log  # noqa: F401  (fixture)
from tests.support.cli import run
from tests.support.cycle import agency
from tests.support.pdf import folded_text, has_text

PRINTED = datetime(2026, 3, 2, 10, 0)
CONTROLLER = "Stadt Aachen, Der Oberbürgermeister, Markt 39, 52062 Aachen"
DPO = "Behördliche Datenschutzbeauftragte, Telefon 0241 4320"


def _person(store, **fields) -> str:
    data = {"given_name": "Mina", "family_name": "Rezaei", "case_manager": "Anna Weber", **fields}
    return clients.create_client(store, data)


def test_consent_form_states_refusal_and_reads_with_any_organisation_name(store):
    from kimdesk.services.admin import print_settings

    print_settings.set_organisation(store, "Kommunales Integrationsmanagement")
    cid = _person(store)
    text = folded_text(client_print.consent_form(store, cid, language="de", printed_at=PRINTED).pdf)
    assert "Ich entbinde Kommunales" not in text and "bei Kommunales" not in text and "gibt Kommunales" not in text
    assert "Ich entbinde das oben genannte Case Management" in text
    assert "Case Management Kommunales Integrationsmanagement" in text  # named once, in the head
    assert "Wenn Sie nicht einwilligen:" in text and "keine Nachteile bei Leistungen" in text
    assert "nur eingeschränkt" in text
    assert "gehen nie an die Ausländerbehörde" not in text and "§ 88 Abs. 2 AufenthG" in text


def test_consent_form_comes_with_the_art_13_sheet_from_the_settings(store):
    settings.save(store, {"privacy.controller": CONTROLLER, "privacy.dpo": DPO})
    cid = _person(store)
    rendered = client_print.consent_form(store, cid, language="de", printed_at=PRINTED)
    text = folded_text(rendered.pdf)
    assert rendered.pages == 3  # the form, the withdrawal slip, the information sheet
    for expected in ("Informationen zum Datenschutz", "Art. 13 DSGVO", CONTROLLER, DPO, "Rechtsgrundlagen",
                     "Art. 6 Abs. 1 Buchst. a DSGVO", "Wer Ihre Daten bekommt", "Kalenderjahres",
                     "Art. 15 DSGVO", "Art. 16", "Art. 17", "Art. 18", "Art. 20", "Art. 21 DSGVO",
                     "Art. 7 Abs. 3 DSGVO", "Art. 77 DSGVO", "Landesbeauftragte für Datenschutz und "
                     "Informationsfreiheit Nordrhein-Westfalen", "§ 83 SGB X"):
        assert expected in text, expected
    alone = client_print.privacy_notice(store, cid, language="de", printed_at=PRINTED)
    assert alone.pages == 1 and CONTROLLER in folded_text(alone.pdf)
    assert "Ich entbinde" not in folded_text(alone.pdf)  # the sheet alone, without the form


def test_unset_controller_leaves_a_line_to_fill_in(store):
    cid = _person(store)
    text = folded_text(client_print.privacy_notice(store, cid, language="de", printed_at=PRINTED).pdf)
    assert "(bitte eintragen)" in text


@pytest.mark.parametrize("code, name, sample", [
    ("ar", "محمد حسين", "الإعفاء من واجب السرية"),
    ("uk", "Олена Коваленко", "Звільнення від обов'язку збереження таємниці"),
    ("fa", "زهرا رضایی", "رفع تعهد رازداری"),
])
def test_bilingual_consent_form_prints_german_and_the_persons_language(store, code, name, sample):
    given, family = name.split()
    cid = _person(store, given_name=given, family_name=family)
    text = folded_text(client_print.consent_form(store, cid, language=code, printed_at=PRINTED).pdf)
    assert "Schweigepflichtentbindung" in text and "Ich entbinde das oben genannte Case Management" in text
    assert has_text(text, sample), sample
    assert has_text(text, f"{family}, {given}") or has_text(text, name)
    assert "Arbeitsübersetzung – maßgeblich ist der deutsche Text." in text  # shipped unreviewed


def test_the_language_defaults_to_the_first_on_the_record_and_a_bad_code_is_refused(store):
    from kimdesk.errors import ValidationError

    cid = _person(store, languages=["Dari", "Deutsch"])
    text = folded_text(client_print.consent_form(store, cid, printed_at=PRINTED).pdf)
    assert has_text(text, "رفع تعهد رازداری")
    german = folded_text(client_print.consent_form(store, cid, language="de", printed_at=PRINTED).pdf)
    assert "رفع" not in german and "Arbeitsübersetzung" not in german
    with pytest.raises(ValidationError, match="keine Übersetzung"):
        client_print.consent_form(store, cid, language="xx")


def test_minor_gets_a_guardian_signature_line_without_ggf(store):
    cid = _person(store, birth_date=f"{datetime.now().year - 15}-01")
    text = folded_text(client_print.consent_form(store, cid, language="de", printed_at=PRINTED).pdf)
    assert "gesetzliche Vertretung / Vormundschaft" in text
    assert "ggf. gesetzliche Vertretung" not in text


def test_every_catalogue_has_every_key_with_matching_placeholders_and_plural_forms():
    de = catalogue.load("de")
    shipped = catalogue.available()
    assert {"de", "en", "ar", "fa", "uk", "ru", "tr"} <= set(shipped)

    def forms(value):
        return value if isinstance(value, dict) else {"other": value}

    def fields(text):
        return set(re.findall(r"{(\w+)}", text)) - {"n"}

    for code in shipped:
        cat = catalogue.load(code)
        assert set(cat.texts) == set(de.texts), (code, set(de.texts) ^ set(cat.texts))
        assert isinstance(cat.reviewed, bool) and cat.direction in ("ltr", "rtl") and cat.record_languages
        for key, value in cat.texts.items():
            german = set().union(*(fields(t) for t in forms(de.texts[key]).values()))
            for form, text in forms(value).items():
                assert form in catalogue.PLURAL_FORMS, (code, key, form)
                assert fields(text) == german, (code, key, form)
            if isinstance(value, dict):
                assert "other" in value, (code, key)


@pytest.mark.parametrize("code, n, form", [
    ("de", 1, "one"), ("de", 3, "other"), ("ru", 1, "one"), ("ru", 3, "few"), ("ru", 5, "many"),
    ("ru", 11, "many"), ("ru", 21, "one"), ("uk", 22, "few"), ("ar", 0, "zero"), ("ar", 2, "two"),
    ("ar", 5, "few"), ("ar", 11, "many"), ("ar", 100, "other"), ("fa", 1, "one"), ("tr", 2, "other"),
])
def test_plural_categories(code, n, form):
    assert catalogue.plural_category(code, n) == form


def test_art_15_export_names_controller_rights_and_german_values_only(store):
    settings.save(store, {"privacy.controller": CONTROLLER, "privacy.dpo": DPO})
    cid = _person(store, given_name="محمد", family_name="حسين")
    jc = agency(store, "Jobcenter StädteRegion Aachen")
    consents.add_consent(store, cid, {"agency_id": jc, "given_on": "2026-01-05", "covers_health": True,
                                      "given_by": "guardian"})
    rendered, _doc = subject_access.export(store, cid, printed_at=PRINTED)
    text = folded_text(rendered.pdf)
    assert has_text(text, "حسين, محمد") or has_text(text, "محمد") and has_text(text, "حسين")
    assert "guardian" not in text and "der gesetzlichen Vertretung / Vormundschaft" in text
    assert "außer Gesundheitsdaten" not in text
    for expected in (CONTROLLER, DPO, "Art. 15 DSGVO, § 83 SGB X", "Art. 16", "Art. 17", "Art. 18", "Art. 20",
                     "Art. 21", "Art. 7 Abs. 3", "Art. 77", "Landesbeauftragte für Datenschutz und "
                     "Informationsfreiheit Nordrhein-Westfalen"):
        assert expected in text, expected
    assert rendered.notices == []


def test_cli_prints_the_sheet_and_refuses_an_unknown_language(store, profile, tmp_path, passphrase,
                                                              own_cli_log):  # noqa: F811
    cid = _person(store, languages=["Arabisch"])
    store.close()
    env = {"KIMDESK_PASSPHRASE": passphrase}
    base = ("--data-dir", profile.data_dir)
    sheet = tmp_path / "info.pdf"
    res = run(*base, "minutes", "privacy-notice", cid, "-o", sheet, env=env)
    assert res.code == 0, res.err
    assert has_text(folded_text(sheet.read_bytes()), "معلومات حول حماية البيانات")  # the record's language
    form = tmp_path / "form.pdf"
    res = run(*base, "minutes", "consent-form", cid, "-o", form, "--language", "uk", "--without-privacy-notice",
              env=env)
    assert res.code == 0, res.err
    text = folded_text(form.read_bytes())
    assert "Звільнення від обов'язку збереження таємниці" in text and "Art. 77 DSGVO" not in text
    bad = tmp_path / "bad.pdf"
    res = run(*base, "minutes", "consent-form", cid, "-o", bad, "--language", "klingon", env=env)
    assert res.code == 2 and not bad.exists()
    assert "keine Übersetzung" in res.err and len(res.err.strip().splitlines()) == 1, res.err
