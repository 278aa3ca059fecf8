"""The kinds of BAMF decision on an asylum application, with their German labels.

The deadline rules read the kind (``Client.bamf_decision``): protection granted ends the
AsylbLG and opens the family reunification window; a refusal starts the appeal deadline,
shorter where the application was rejected as manifestly unfounded or inadmissible.
"""

from __future__ import annotations

from kimdesk.i18n import translate
from kimdesk.models.client import BAMF_DECISIONS


def labels() -> dict[str, str]:
    """Each kind's German label in the current language (literal strings, for lupdate)."""
    return {
        "asylum": translate("BamfDecision", "Asylberechtigung (Art. 16a GG)"),
        "refugee": translate("BamfDecision", "Flüchtlingseigenschaft (§ 3 AsylG)"),
        "subsidiary": translate("BamfDecision", "subsidiärer Schutz (§ 4 AsylG)"),
        "deportation_ban": translate("BamfDecision", "Abschiebungsverbot (§ 60 Abs. 5/7 AufenthG)"),
        "refused": translate("BamfDecision", "abgelehnt"),
        "manifestly_unfounded": translate("BamfDecision", "abgelehnt als offensichtlich unbegründet"),
        "inadmissible": translate("BamfDecision", "abgelehnt als unzulässig"),
    }


def label(code: str | None) -> str:
    if not code:
        return "–"
    return labels().get(code, code)


def options() -> list[tuple[str, str]]:
    """(value, label) pairs for a closed choice, the empty choice first."""
    return [("", translate("BamfDecision", "keine Angabe"))] + [(code, label(code)) for code in BAMF_DECISIONS]
