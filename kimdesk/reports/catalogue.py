"""The texts of the documents for the person, one catalogue per language (``resources/documents``).

The consent form, the withdrawal slip and the Art. 13 information sheet print German and,
when chosen, the person's language. Each catalogue is a JSON file with the same keys as the
German one (``de.json``, the authoritative text); a value is a string with ``{placeholders}``
or, where a number is counted, an object of plural forms (CLDR categories: zero, one, two,
few, many, other). ``_meta`` says the language's name in itself, its direction, the names the
record uses for it (``record_languages``, to pick the default from the person's first
language) and whether a qualified translator has reviewed it; an unreviewed catalogue prints
"Arbeitsübersetzung – maßgeblich ist der deutsche Text". A team adds or corrects a language by
adding or editing a file, without code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.paths import resource_path

GERMAN = "de"
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")


def plural_category(language: str, n: int) -> str:
    """The CLDR plural category of a whole number ``n`` in ``language``."""
    n = abs(int(n))
    if language in ("ru", "uk", "be"):
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if language == "ar":
        if n == 0:
            return "zero"
        if n in (1, 2):
            return ("one", "two")[n - 1]
        if 3 <= n % 100 <= 10:
            return "few"
        return "many" if 11 <= n % 100 <= 99 else "other"
    if language in ("fa", "hi"):
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


@dataclass(frozen=True)
class Catalogue:
    code: str
    name: str
    direction: str  # "ltr" or "rtl"
    reviewed: bool
    record_languages: tuple[str, ...]
    texts: dict[str, Any]

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def text(self, key: str, **values: Any) -> str:
        value = self.texts[key]
        if isinstance(value, dict):
            value = value.get("other") or next(iter(value.values()))
        return value.format(**values) if values else value

    def plural(self, key: str, n: int, **values: Any) -> str:
        forms = self.texts[key]
        if not isinstance(forms, dict):
            return self.text(key, n=n, **values)
        form = forms.get(plural_category(self.code, n)) or forms["other"]
        return form.format(n=n, **values)


def available() -> list[str]:
    """Codes of the shipped catalogues, German first."""
    folder = resource_path("documents")
    codes = sorted(p.stem for p in folder.glob("*.json"))
    return [GERMAN] + [c for c in codes if c != GERMAN]


@lru_cache(maxsize=None)
def load(code: str) -> Catalogue:
    """The catalogue for ``code``; an unknown code is a ValidationError a user understands."""
    if code not in available():
        raise ValidationError(translate("Print", "Für die Sprache „{code}“ gibt es keine Übersetzung der Dokumente. "
                                                 "Vorhanden: {codes}.").format(code=code[:20],
                                                                               codes=", ".join(available())),
                              "language")
    raw = json.loads(resource_path("documents", f"{code}.json").read_text(encoding="utf-8"))
    meta = raw.pop("_meta")
    return Catalogue(code, meta["name"], meta.get("direction", "ltr"), bool(meta.get("reviewed")),
                     tuple(meta.get("record_languages", ())), raw)


def for_record(languages: list[str] | None) -> str | None:
    """The catalogue for the first language on the record that has one (None: German only)."""
    for language in languages or []:
        for code in available():
            if language.strip().casefold() in (n.casefold() for n in load(code).record_languages):
                return None if code == GERMAN else code
    return None
