"""The information sheet under Art. 13 GDPR (and § 82 SGB X) that goes with the consent form.

It names the controller and the data protection officer (team settings), the purposes, the
legal bases, the recipients, the storage period (the retention rule), the rights including
withdrawal, and the complaint to the Landesbeauftragte für Datenschutz und
Informationsfreiheit NRW. Printed on its own or after the consent form; bilingual like it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph

from kimdesk.reports import catalogue
from kimdesk.reports.bilingual import Texts
from kimdesk.reports.template import DEFAULT_ORGANISATION, PageSetup, Rendered, Styles, frame_width, render
from kimdesk.reports.text_guard import TextGuard


@dataclass
class PrivacyNoticeDoc:
    organisation: str = DEFAULT_ORGANISATION
    controller: str = ""  # name and address of the controller (settings); empty: a line to fill in
    dpo: str = ""  # data protection officer: name and how to reach them (settings)
    retention_years: int = 10
    case_number: str = ""
    language: str | None = None  # catalogue code of the person's language, None: German only


def render_privacy_notice(doc: PrivacyNoticeDoc, *, printed_at: datetime | None = None) -> Rendered:
    de = catalogue.load(catalogue.GERMAN)
    setup = PageSetup(title=de.text("privacy.title"), organisation=doc.organisation,
                      reference=f"Az. {doc.case_number}" if doc.case_number else "", printed_at=printed_at)
    return render(lambda s, g: notice_story(doc, s, g, frame_width(setup)), setup, styles=Styles(size=9))


def notice_story(doc: PrivacyNoticeDoc, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    """The sheet's flowables (also appended to the consent form)."""
    t = Texts(catalogue.load(doc.language) if doc.language else None, s, g, width)
    story: list[Flowable] = [*t.both("privacy.title", s.title), *t.both("privacy.subtitle", s.subtitle), *t.note()]

    def section(head: str, body: list[Flowable]) -> None:
        story.extend(t.both(head, s.h3))
        story.extend(body)

    unset = t.german("privacy.unset") + " " + "_" * 50
    controller = g.markup(doc.controller or doc.organisation, "Verantwortlich")
    if not doc.controller:
        controller += "<br/>" + unset
    section("privacy.controller_h", [Paragraph(controller, s.body)])
    section("privacy.dpo_h", [Paragraph(g.markup(doc.dpo, "Datenschutzbeauftragte:r") if doc.dpo else unset,
                                        s.body)])
    for key in ("purpose", "basis", "recipients"):
        section(f"privacy.{key}_h", t.both(f"privacy.{key}", s.body))
    section("privacy.storage_h", t.both("privacy.storage", s.body, n=doc.retention_years))
    section("privacy.rights_h", t.both("privacy.rights", s.body))
    section("privacy.complaint_h", t.both("privacy.complaint", s.body))
    story.extend(t.both("privacy.automated", s.body))
    return story
