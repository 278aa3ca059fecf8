"""The consent form (*Schweigepflichtentbindung*), pre-filled for one person and the agencies.

It follows what a release must name to be provable (§ 67b SGB X): the person, each
recipient office (optionally a person or function there), the purpose, the kinds of data
with health data (Art. 9 GDPR) asked separately, the form in which it is given, the date,
an optional end, that it is voluntary and can be withdrawn, how it was explained, and a
section for a later withdrawal (which offices, from when, received by whom). The person
signs on paper; the case manager records it in KIMdesk afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from kimdesk.i18n import translate
from kimdesk.reports import formatting as fmt
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
    data_kinds: list[str] = field(default_factory=list)  # labels of the kinds of data one may tick


def render_consent_form(doc: ConsentFormDoc, *, printed_at: datetime | None = None) -> Rendered:
    setup = PageSetup(title=translate("Print", "Schweigepflichtentbindung"), organisation=doc.organisation,
                      reference=translate("Print", "Az. {number}").format(number=doc.case_number), printed_at=printed_at)
    return render(lambda s, g: _story(doc, setup, s, g), setup, styles=Styles(size=9))


def _story(doc: ConsentFormDoc, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    org = g.markup(doc.organisation, translate("Print", "Briefkopf"))
    purpose = doc.purpose or translate("Print", "Abstimmung und Zusammenarbeit im Rahmen des Case Managements des "
                                                "Kommunalen Integrationsmanagements, insbesondere in gemeinsamen "
                                                "Fallkonferenzen, zur Klärung und Sicherung meiner Ansprüche und "
                                                "Hilfen.")
    story: list[Flowable] = [
        Paragraph(translate("Print", "Schweigepflichtentbindung"), s.title),
        Paragraph(translate("Print", "Einwilligung in die Übermittlung von Sozialdaten (§ 67b SGB X; Art. 6 Abs. 1 "
                                     "Buchst. a und Art. 9 Abs. 2 Buchst. a DSGVO)"), s.subtitle),
        field_table([
            (translate("Print", "Name, Vorname"), g.markup(doc.person_name, translate("Print", "Name"))),
            (translate("Print", "Geburtsdatum"),
             g.markup(doc.birth_date, translate("Print", "Geburtsdatum")) or "________________"),
            (translate("Print", "Anschrift"), g.markup(doc.address, translate("Print", "Anschrift")) or "_" * 60),
            (translate("Print", "Aktenzeichen"), g.markup(doc.case_number, translate("Print", "Aktenzeichen"))),
        ], s, width),
        Spacer(1, 3 * mm),
        Paragraph(translate("Print", "Ich entbinde {org} und die unten angekreuzten Stellen gegenseitig von der "
                                     "Schweigepflicht. Sie dürfen die Angaben über mich austauschen, die für den "
                                     "folgenden Zweck erforderlich sind:").format(org=org), s.body),
        Paragraph("<b>" + translate("Print", "Zweck:") + "</b> " + g.markup(purpose, translate("Print", "Zweck")),
                  s.body),
    ]
    yes_no = f"{BOX} " + translate("Print", "ja") + f"   {BOX} " + translate("Print", "nein")
    rows = []
    for i, r in enumerate(doc.recipients, 1):
        where = translate("Print", "Stelle {n}").format(n=i)
        name = g.markup(r.agency, where)
        if r.is_immigration_office:
            name += "<br/><font size='7.5'>" + translate("Print", "Ausländerbehörde: nur wenn angekreuzt") + "</font>"
        rows.append([str(i), name, g.markup(r.contact, where) or "", yes_no, yes_no])
    for i in range(len(doc.recipients) + 1, len(doc.recipients) + 3):
        rows.append([str(i), "", "", yes_no, yes_no])
    widths = [8 * mm, 0.0, 38 * mm, 26 * mm, 26 * mm]
    widths[1] = width - sum(widths)
    story.append(data_table([translate("Print", "Nr."), translate("Print", "Stelle"),
                             translate("Print", "Ansprechperson / Funktion"), translate("Print", "Einwilligung"),
                             translate("Print", "auch Gesundheits-<br/>daten¹")], rows, widths, s))
    story += [
        Spacer(1, 1.2 * mm),
        Paragraph(translate("Print", "¹ Gesundheitsdaten sind besonders geschützt (Art. 9 DSGVO). Sie werden nur an "
                                     "Stellen weitergegeben, bei denen Sie hier „ja“ angekreuzt haben. Angaben von "
                                     "Ärztinnen, Ärzten und Therapeut:innen gehen nie an die "
                                     "Ausländerbehörde."), s.small),
        Spacer(1, 2 * mm),
        Paragraph("<b>" + translate("Print", "Art der Daten:") + "</b> "
                  + "   ".join(f"{BOX}\u00a0" + g.markup(k, translate("Print", "Art der Daten"))
                             for k in doc.data_kinds)
                  + "   " + translate("Print", "(Gesundheitsdaten nur nach der Spalte oben)"), s.body),
        Paragraph("<b>" + translate("Print", "Form:") + f"</b> {BOX} " + translate("Print", "schriftlich")
                  + f"   {BOX} " + translate("Print", "elektronisch") + f"   {BOX} "
                  + translate("Print", "mündlich erteilt, vermerkt von") + " ____________________", s.body),
        Paragraph("<b>" + translate("Print", "Erteilt am:") + "</b> ____________   "
                  + "<b>" + translate("Print", "Gültigkeit:") + f"</b> {BOX} " + translate("Print", "bis auf Widerruf")
                  + f"   {BOX} " + translate("Print", "bis zum") + " ____________", s.body),
        Paragraph("<b>" + translate("Print", "Freiwilligkeit und Widerruf:") + "</b> " + translate(
            "Print", "Die Einwilligung ist freiwillig. Ich kann sie jederzeit ganz oder für einzelne Stellen ohne "
                     "Angabe von Gründen mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO), formlos bei "
                     "{org}. Der Widerruf berührt nicht die Rechtmäßigkeit der bis dahin erfolgten "
                     "Übermittlungen.").format(org=org), s.body),
        Paragraph("<b>" + translate("Print", "Erläuterung:") + f"</b> {BOX} "
                  + translate("Print", "Die Erklärung wurde mir erläutert") + f"   {BOX} "
                  + translate("Print", "mit Dolmetschung in die Sprache:") + " "
                  + (g.markup(doc.interpreter_language, translate("Print", "Sprache")) or "______________"), s.body),
        Spacer(1, 1 * mm),
    ]
    place_date = translate("Print", "Ort, Datum") + (f" ({fmt.day(doc.on)})" if doc.on else "")
    gap = 11 * mm
    story.append(KeepTogether([
        signature_block([(place_date, ""), (translate("Print", "Unterschrift der betroffenen Person"), "")], s, width,
                        gap=gap),
        signature_block([(translate("Print", "ggf. gesetzliche Vertretung / Vormundschaft"), ""),
                         (translate("Print", "ggf. Dolmetscher:in"), "")], s, width, gap=gap),
        signature_block([(translate("Print", "Case Manager:in"),
                          g.markup(doc.case_manager, translate("Print", "Case Manager:in")))],
                        s, width, columns=2, gap=gap),
    ]))
    story += _withdrawal(doc, s, g, width, org)
    return story


def _withdrawal(doc: ConsentFormDoc, s: Styles, g: TextGuard, width: float, org: str) -> list[Flowable]:
    """The part to fill in when the person withdraws the release (Art. 7 Abs. 3 DSGVO)."""
    numbers = ", ".join(str(i) for i in range(1, len(doc.recipients) + 1)) or "–"
    return [
        PageBreak(),
        Paragraph(translate("Print", "Widerruf der Schweigepflichtentbindung"), s.title),
        Paragraph(translate("Print", "Diese Seite behalten Sie. Wenn Sie Ihre Einwilligung widerrufen wollen, füllen "
                                     "Sie sie aus und geben sie {org}; ein formloser Widerruf genügt "
                                     "ebenso.").format(org=org), s.body),
        field_table([
            (translate("Print", "Name, Vorname"), g.markup(doc.person_name, translate("Print", "Name"))),
            (translate("Print", "Aktenzeichen"), g.markup(doc.case_number, translate("Print", "Aktenzeichen"))),
            (translate("Print", "Stellen"),
             "<br/>".join(f"{i}. " + g.markup(r.agency, translate("Print", "Stelle {n}").format(n=i))
                          for i, r in enumerate(doc.recipients, 1)) or "–"),
        ], s, width),
        Spacer(1, 3 * mm),
        Paragraph(translate("Print", "Ich widerrufe meine Einwilligung {box} ganz   {box} nur für die Stellen Nr. "
                                     "________ (Stellen oben: {numbers})   {box} nur für Gesundheitsdaten, mit Wirkung "
                                     "ab ____________.").format(box=BOX, numbers=numbers), s.body),
        Paragraph(translate("Print", "Bis zum Widerruf erfolgte Übermittlungen bleiben rechtmäßig. Ab dem Widerruf "
                                     "gibt {org} keine Angaben mehr an diese Stellen weiter und lädt sie nicht mehr zu "
                                     "Fallkonferenzen über mich ein.").format(org=org), s.small),
        signature_block([(translate("Print", "Ort, Datum"), ""),
                         (translate("Print", "Unterschrift der betroffenen Person"), ""),
                         (translate("Print", "Widerruf erhalten am, von (Case Management)"), "")],
                        s, width, gap=10 * mm),
    ]
