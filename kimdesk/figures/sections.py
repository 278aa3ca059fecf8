"""The titles of the text sections of a *Sachstandsbericht* (stored by ``services.report_texts``).

Here, below both, because the report layout prints them and the service validates against
them, and the layout must not import a service.
"""

from __future__ import annotations

from kimdesk.i18n import translate


def section_labels() -> dict[str, str]:
    return {"introduction": translate("Report", "Einleitung"),
            "developments": translate("Report", "Entwicklungen im Berichtszeitraum"),
            "findings": translate("Report", "Strukturelle Erkenntnisse"),
            "outlook": translate("Report", "Ausblick")}
