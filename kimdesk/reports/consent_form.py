"""The consent form (*Schweigepflichtentbindung*), pre-filled for one person and the agencies.

It follows what a release must name to be provable (§ 67b SGB X): the person, each
recipient office (optionally a person or function there), the purpose, the kinds of data
with health data (Art. 9 GDPR) asked separately, the form in which it is given, the date,
an optional end, that it is voluntary and can be withdrawn, what refusing means (no effect on
benefits; limits what the case management can coordinate), how it was explained, and a page
for a later withdrawal. The organisation is named once as "Case Management" in the head, so
the sentences read the same for any name. The texts come from the catalogues and print in
German and, when chosen, the person's language (``bilingual``); the Art. 13 information sheet
can follow (``privacy``). The person signs on paper; the case manager records it afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from kimdesk.reports import catalogue
from kimdesk.reports import formatting as fmt
from kimdesk.reports.bilingual import Markup, Texts
from kimdesk.reports.privacy_notice import PrivacyNoticeDoc, notice_story
from kimdesk.reports.template import (
    DEFAULT_ORGANISATION,
    PageSetup,
    Rendered,
    Styles,
    data_table,
    field_table,
    frame_width,
    render,
    signature_block,
)
from kimdesk.reports.text_guard import TextGuard

BOX = "☐"


@dataclass
class Recipient:
    agency: str
    contact: str = ""
    is_immigration_office: bool = False


@dataclass
class ConsentFormDoc:
    person_name: str
    case_number: str
    birth_date: str = ""  # as displayed: 1990, 03.1990 or 14.03.1990
    address: str = ""
    recipients: list[Recipient] = field(default_factory=list)
    case_manager: str = ""
    organisation: str = DEFAULT_ORGANISATION
    purpose: str = ""
    interpreter_language: str = ""
    on: date | None = None
    data_kinds: list[str] = field(default_factory=list)  # keys of the kinds of data one may tick (DATA_KINDS)
    language: str | None = None  # catalogue code of the person's language; None: German only
    guardian: bool = False  # a minor or a person with a legal representative: their line is not optional
    privacy: PrivacyNoticeDoc | None = None  # the Art. 13 sheet printed after the form


def render_consent_form(doc: ConsentFormDoc, *, printed_at: datetime | None = None) -> Rendered:
    de = catalogue.load(catalogue.GERMAN)
    setup = PageSetup(title=de.text("consent.title"), organisation=doc.organisation,
                      reference=f"Az. {doc.case_number}", printed_at=printed_at)
    return render(lambda s, g: _story(doc, setup, s, g), setup, styles=Styles(size=9))


def _story(doc: ConsentFormDoc, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    t = Texts(catalogue.load(doc.language) if doc.language else None, s, g, width)
    org = g.markup(doc.organisation, "Briefkopf")
    story: list[Flowable] = [*t.both("consent.title", s.title), *t.both("consent.subtitle", s.subtitle), *t.note()]
    story += [
        field_table([
            (t.short("consent.label.name"), g.markup(doc.person_name, "Name")),
            (t.short("consent.label.birth_date"), g.markup(doc.birth_date, "Geburtsdatum") or "________________"),
            (t.short("consent.label.address"), g.markup(doc.address, "Anschrift") or "_" * 60),
            (t.short("consent.label.case_number"), g.markup(doc.case_number, "Aktenzeichen")),
            (t.short("consent.label.case_management"), org),
        ], s, width, label_width=40 * mm),
        Spacer(1, 3 * mm),
        *t.both("consent.release", s.body),
    ]
    if doc.purpose:
        story.append(Paragraph(f"<b>{t.german('consent.purpose_label')}</b> " + g.markup(doc.purpose, "Zweck"),
                               s.body))
    else:
        story += t.both("consent.purpose_default", s.body, prefix=f"<b>{t.german('consent.purpose_label')}</b> ")
    yes_no = f"{BOX} " + t.inline("consent.yes") + ("<br/>" if t.other else "   ") + f"{BOX} " + t.inline("consent.no")
    rows = []
    for i, r in enumerate(doc.recipients, 1):
        where = f"Stelle {i}"
        name = g.markup(r.agency, where)
        if r.is_immigration_office:
            name += "<br/><font size='7.5'>" + t.short("consent.immigration_only_if_ticked") + "</font>"
        rows.append([str(i), name, g.markup(r.contact, where) or "", yes_no, yes_no])
    for i in range(len(doc.recipients) + 1, len(doc.recipients) + 3):
        rows.append([str(i), "", "", yes_no, yes_no])
    widths = [8 * mm, 0.0, 32 * mm, 25 * mm, 34 * mm]
    widths[1] = width - sum(widths)
    story.append(data_table([t.short("consent.table.no"), t.short("consent.table.office"),
                             t.short("consent.table.contact"), t.short("consent.table.consent"),
                             t.short("consent.table.health")], rows, widths, s))
    story += [Spacer(1, 1.2 * mm), *t.both("consent.health_note", s.small), Spacer(1, 2 * mm)]
    kinds = "   ".join(f"{BOX}\u00a0" + (t.inline(f"kind.{k}") if f"kind.{k}" in t.de.texts else g.markup(k, "Art"))
                       for k in doc.data_kinds)
    story.append(Paragraph(f"<b>{t.inline('consent.kinds_label')}</b> " + kinds + "   "
                           + t.short("consent.kinds_health_hint"), s.body))
    story.append(Paragraph(
        f"<b>{t.inline('consent.form_label')}</b> {BOX} " + t.inline("consent.form_written") + f"   {BOX} "
        + t.inline("consent.form_electronic") + f"   {BOX} " + t.inline("consent.form_oral")
        + " ____________________", s.body))
    story.append(Paragraph(
        f"<b>{t.inline('consent.given_on_label')}</b> ____________   <b>{t.inline('consent.validity_label')}</b> "
        f"{BOX} " + t.inline("consent.until_withdrawn") + f"   {BOX} " + t.inline("consent.until") + " ____________",
        s.body))
    story += t.both("consent.voluntary", s.body, prefix=f"<b>{t.german('consent.voluntary_label')}</b> ")
    story += t.both("consent.refusal", s.body, prefix=f"<b>{t.german('consent.refusal_label')}</b> ")
    story.append(Paragraph(
        f"<b>{t.inline('consent.explained_label')}</b> {BOX} " + t.inline("consent.explained") + f"   {BOX} "
        + t.inline("consent.interpreted") + " "
        + (g.markup(doc.interpreter_language, "Sprache") or "______________"), s.body))
    if doc.privacy is not None:
        story.append(Paragraph(f"{BOX} " + t.short("consent.privacy_hint"), s.body))
    story.append(Spacer(1, 1 * mm))
    place_date = t.short("sign.place_date") + (f" ({fmt.day(doc.on)})" if doc.on else "")
    gap = 10 * mm
    story.append(KeepTogether([
        signature_block([(place_date, ""), (t.short("sign.person"), "")], s, width, gap=gap),
        signature_block([(t.short("sign.guardian" if doc.guardian else "sign.guardian_optional"), ""),
                         (t.short("sign.interpreter"), ""),
                         (t.short("sign.case_manager"), g.markup(doc.case_manager, "Case Manager:in"))],
                        s, width, gap=gap),
    ]))
    story += _withdrawal(doc, s, g, t, width)
    if doc.privacy is not None:
        story.append(PageBreak())
        story += notice_story(PrivacyNoticeDoc(**{**doc.privacy.__dict__, "language": doc.language}), s, g, width)
    return story


def _withdrawal(doc: ConsentFormDoc, s: Styles, g: TextGuard, t: Texts, width: float) -> list[Flowable]:
    """The part to fill in when the person withdraws the release (Art. 7 Abs. 3 DSGVO)."""
    n = len(doc.recipients)
    return [
        PageBreak(),
        *t.both("withdrawal.title", s.title),
        *t.both("withdrawal.intro", s.body),
        field_table([
            (t.short("consent.label.name"), g.markup(doc.person_name, "Name")),
            (t.short("consent.label.case_number"), g.markup(doc.case_number, "Aktenzeichen")),
            (t.short("consent.table.office"),
             "<br/>".join(f"{i}. " + g.markup(r.agency, f"Stelle {i}") for i, r in enumerate(doc.recipients, 1))
             or "–"),
        ], s, width, label_width=40 * mm),
        *([Paragraph(t.german_plural("withdrawal.offices", n), s.small), *t.translated("withdrawal.offices", n=n)]
          if n else []),
        Spacer(1, 3 * mm),
        *t.both("withdrawal.statement", s.body, box=Markup(BOX, BOX)),
        *t.both("withdrawal.effect", s.small),
        signature_block([(t.short("sign.place_date"), ""), (t.short("sign.person"), ""),
                         (t.short("withdrawal.received"), "")], s, width, gap=10 * mm),
    ]
