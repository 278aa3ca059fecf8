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


# -- every text reaches pyside6-lupdate ------------------------------------------------------
# lupdate reads literal calls only: it does not follow an alias (``t = translate``), a variable
# text or a call inside an f-string. Variable texts are allowed where the texts are marked with
# QT_TRANSLATE_NOOP next to the table they come from.
NOOP_LOOKUPS = {"kimdesk/services/admin/about.py", "kimdesk/services/releases/subject_access_fields.py",
                "kimdesk/services/clients_intake/validation.py", "kimdesk/ui/i18n.py", "kimdesk/ui/help.py",
                "kimdesk/services/tasks_deadlines/deadlines.py",
                "kimdesk/services/clients_intake/catalogue.py",  # its template labels are marked with QT_TRANSLATE_NOOP
                "kimdesk/ui/fields.py"}  # form labels: marked with QT_TRANSLATE_NOOP in kimdesk/models/fields.py


def unextractable(source: str, path: str = "") -> list[str]:
    import ast

    def name(node) -> str | None:
        return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None

    def literal(node) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    found, tree = [], ast.parse(source)
    in_fstring = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and name(node.value) in ("translate", "tr"):
            found.append(f"{path}:{node.lineno}: alias of {name(node.value)}")
        if not isinstance(node, ast.Call) or name(node.func) not in ("translate", "tr", "QT_TRANSLATE_NOOP"):
            continue
        if isinstance(node.func, ast.Attribute) and name(node.func) == "translate" \
                and name(node.func.value) not in ("QCoreApplication", "i18n"):
            continue  # str.translate, canvas.translate
        texts = node.args[:1] if name(node.func) == "tr" else node.args[:2]
        if id(node) in in_fstring:
            found.append(f"{path}:{node.lineno}: inside an f-string")
        elif not texts or not all(literal(a) for a in texts):
            if path not in NOOP_LOOKUPS:
                found.append(f"{path}:{node.lineno}: text is not a literal")
    return found


def test_every_translated_text_is_a_literal_call_lupdate_can_extract():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    found = []
    for path in sorted((root / "kimdesk").rglob("*.py")):
        found += unextractable(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
    assert found == []


def test_extraction_check_can_fail():
    assert len(unextractable('t = translate\nt("Ctx", "Text")\n')) == 1
    assert len(unextractable('key = "a"\ntranslate("Ctx", key)\n')) == 1
    assert len(unextractable('x = f"{translate(\'Ctx\', \'Text\')}"\n')) == 1
    assert unextractable('translate("Ctx", "Text")\nself.tr("Text")\n"ab".translate({})\n') == []
