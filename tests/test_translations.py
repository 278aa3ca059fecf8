"""Translations: placeholders survive, English is complete, core and shell read the same catalogue."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kimdesk import i18n
from kimdesk.paths import resource_path

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d")
LANGUAGES = ("de", "en")


def messages(lang: str):
    root = ET.parse(resource_path("translations", f"kimdesk_{lang}.ts")).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg


def translations(msg) -> list[str]:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return []
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return forms or ([tr.text] if tr.text else [])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_source(lang):
    broken = []
    for context, msg in messages(lang):
        source = msg.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations(msg):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                broken.append(f"{context}: {source!r} -> {text!r}")
    assert broken == []


def test_placeholder_check_can_fail():
    assert sorted(PLACEHOLDER.findall("{n} Personen")) != sorted(PLACEHOLDER.findall("{count} people"))


def test_english_translates_every_extracted_text():
    missing = [f"{c}: {m.findtext('source')}" for c, m in messages("en") if not translations(m)]
    assert missing == [], "run `make translations` and translate the new texts in kimdesk_en.ts"


def test_german_plural_forms():
    plural = {m.findtext("source"): translations(m) for _c, m in messages("de") if m.get("numerus") == "yes"}
    assert plural["%Ln Person(en)"] == ["%Ln Person", "%Ln Personen"]


def test_core_reads_the_same_catalogue_without_qt():
    try:
        assert i18n.set_language("en") == "en"
        assert i18n.translate("Validation", "Bitte mindestens Vor- oder Familiennamen angeben.") == \
            "Please give at least a given or a family name."
        assert i18n.translate("Responsibilities", "abgelehnt") == "declined"
    finally:
        i18n.set_language("de")
    assert i18n.translate("Responsibilities", "abgelehnt") == "abgelehnt"


def test_compiled_catalogue_is_current(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "kimdesk_en.qm")))
    for context, msg in messages("en"):
        if msg.get("numerus") == "yes":
            continue
        expected = translations(msg)[0]
        assert translator.translate(context, msg.findtext("source")) == expected, "run `make translations`"
