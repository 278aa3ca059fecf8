"""The kinds of BAMF decision on an asylum application, with their German labels.

The deadline rules read the kind (``Client.bamf_decision``): protection granted ends the
AsylbLG and opens the family reunification window; a refusal starts the appeal deadline,
shorter where the application was rejected as manifestly unfounded or inadmissible.
"""

from __future__ import annotations

from kimdesk.i18n import QT_TRANSLATE_NOOP, translate
from kimdesk.models.client import BAMF_DECISIONS

LABELS = {
    "asylum": QT_TRANSLATE_NOOP("BamfDecision", "Asylberechtigung (Art. 16a GG)"),
    "refugee": QT_TRANSLATE_NOOP("BamfDecision", "Flüchtlingseigenschaft (§ 3 AsylG)"),
    "subsidiary": QT_TRANSLATE_NOOP("BamfDecision", "subsidiärer Schutz (§ 4 AsylG)"),
    "deportation_ban": QT_TRANSLATE_NOOP("BamfDecision", "Abschiebungsverbot (§ 60 Abs. 5/7 AufenthG)"),
    "refused": QT_TRANSLATE_NOOP("BamfDecision", "abgelehnt"),
    "manifestly_unfounded": QT_TRANSLATE_NOOP("BamfDecision", "abgelehnt als offensichtlich unbegründet"),
    "inadmissible": QT_TRANSLATE_NOOP("BamfDecision", "abgelehnt als unzulässig"),
}
assert tuple(LABELS) == BAMF_DECISIONS


def label(code: str | None) -> str:
    if not code:
        return "–"
    return translate("BamfDecision", LABELS[code]) if code in LABELS else code


def options() -> list[tuple[str, str]]:
    """(value, label) pairs for a closed choice, the empty choice first."""
    return [("", translate("BamfDecision", "keine Angabe"))] + [(code, label(code)) for code in BAMF_DECISIONS]
