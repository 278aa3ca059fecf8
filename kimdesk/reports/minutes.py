"""The printed minutes: *Protokoll der Fallkonferenz*, laid out like a German *Niederschrift*.

Head (organisation, date, time, place, case number, moderation, minute taker), participants
with presence and consent status, the agenda (*Tagesordnung*), each *TOP* with its
discussion and resolutions (*Beschluss*), the table of agreed tasks (Wer / Was / Bis wann /
Status), the next date, signature lines, then the dated addenda. The person's name appears
nowhere: the case number identifies the case. Input is a plain ``MinutesDoc`` (built by
``kimdesk.services.conferences_minutes.minutes_print``), so the layout can be tested and benchmarked without a
database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

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


@dataclass
class ConsentLine:
    """Consent of the person(s) for one participant's agency on the conference date.

    ``state``: ``valid``, ``missing`` (none, expired or revoked) or ``not_needed`` (no agency,
    or a network meeting without a person).
    """

    state: str
    until: date | None = None
    detail: str = ""
    override_reason: str | None = None


@dataclass
class ParticipantLine:
    name: str
    agency: str = ""
    function: str = ""
    presence: str = "present"
    consent: ConsentLine = field(default_factory=lambda: ConsentLine("not_needed"))
    role: str | None = None  # person / guardian / interpreter: takes part as such, not as an office
    left_after: int | None = None  # "verlässt die Sitzung nach TOP n"
    back_from: int | None = None  # "ab TOP n (wieder) anwesend"
    disclosure_reason: str | None = None  # present during a TOP the release does not cover: why


@dataclass
class ActionLine:
    what: str
    who: str = ""
    who_agency: str = ""
    due: date | None = None
    status: str = "open"
    top: int = 0


@dataclass
class TopLine:
    number: int
    title: str
    notes: str = ""
    decisions: list[str] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    not_for_immigration_office: bool = False
    withheld: bool = False  # content not in this copy; only the recipient's own tasks are listed


@dataclass
class AddendumLine:
    on: date
    text: str
    author: str = ""


@dataclass
class MinutesDoc:
    date: date
    kind: str = "case"  # case / network
    title: str = ""
    starts_at: time | None = None
    place: str = ""
    moderator: str = ""
    minute_taker: str = ""
    case_numbers: list[str] = field(default_factory=list)
    participants: list[ParticipantLine] = field(default_factory=list)
    agenda: list[TopLine] = field(default_factory=list)
    next_date: date | None = None
    draft: bool = True
    finalised_at: datetime | None = None
    addenda: list[AddendumLine] = field(default_factory=list)
    organisation: str = DEFAULT_ORGANISATION
    omitted_tops: list[int] = field(default_factory=list)  # left out of this edition
    edition: str = ""  # e.g. "Fassung für die Ausländerbehörde"
    omissions: list[tuple[list[int], str]] = field(default_factory=list)  # (TOP numbers, why with norms)
    oral_health: bool = False  # health data in this copy rest on an oral release
    actions_agreed: int | None = None  # tasks agreed in the whole conference (a copy may show fewer)


def doc_title(doc: MinutesDoc) -> str:
    if doc.kind == "network":
        return translate("Print", "Protokoll des Netzwerktreffens")
    return translate("Print", "Protokoll der Fallkonferenz")


def reference(doc: MinutesDoc) -> str:
    if doc.case_numbers:
        return translate("Print", "Az. {numbers}").format(numbers=", ".join(doc.case_numbers))
    return translate("Print", "Sitzung vom {date}").format(date=fmt.day(doc.date))


def render_minutes(doc: MinutesDoc, *, printed_at: datetime | None = None) -> Rendered:
    setup = PageSetup(title=doc_title(doc), organisation=doc.organisation, reference=reference(doc),
                      draft=doc.draft, printed_at=printed_at)
    return render(lambda styles, guard: _story(doc, setup, styles, guard), setup)


def _story(doc: MinutesDoc, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    story: list[Flowable] = [Paragraph(g.markup(doc_title(doc), translate("Print", "Titel")), s.title)]
    sub = []
    if doc.title:
        sub.append(g.markup(doc.title, translate("Print", "Titel")))
    if doc.edition:
        sub.append(g.markup(doc.edition, translate("Print", "Fassung")))
    if sub:
        story.append(Paragraph(" – ".join(sub), s.subtitle))
    else:
        story.append(Spacer(1, 3 * mm))
    story.append(field_table(_head(doc, g), s, width))
    story += _participants(doc, s, g, width)
    story += _agenda_overview(doc, s, g, width)
    numbers = {id(a): n for n, a in enumerate((a for top in doc.agenda for a in top.actions), 1)}
    for top in doc.agenda:
        if not top.withheld:
            story += _top(top, s, g, numbers)
    story += _actions(doc, s, g, width)
    story += _closing(doc, s, g, width)
    story += _addenda(doc, s, g)
    return story


def _head(doc: MinutesDoc, g: TextGuard) -> list[tuple[str, str]]:
    rows = [(translate("Print", "Datum"), fmt.weekday_day(doc.date))]
    if doc.starts_at:
        rows.append((translate("Print", "Beginn"), fmt.clock(doc.starts_at)))
    rows.append((translate("Print", "Ort"), g.markup(doc.place, translate("Print", "Ort")) or "–"))
    if doc.kind == "case":
        rows.append((translate("Print", "Aktenzeichen"), ", ".join(g.markup(n, translate("Print", "Aktenzeichen"))
                                                                     for n in doc.case_numbers) or "–"))
    rows.append((translate("Print", "Moderation"), g.markup(doc.moderator, translate("Print", "Moderation")) or "–"))
    rows.append((translate("Print", "Protokoll"), g.markup(doc.minute_taker, translate("Print", "Protokoll")) or "–"))
    if doc.draft:
        status = translate("Print", "Entwurf – noch nicht abgeschlossen")
    else:
        status = (translate("Print", "abgeschlossen am {date}").format(date=fmt.day(doc.finalised_at))
                  if doc.finalised_at else translate("Print", "abgeschlossen"))
    rows.append((translate("Print", "Stand"), status))
    return rows


def _consent_cell(c: ConsentLine, s: Styles) -> Paragraph:
    if c.state == "valid":
        text = translate("Print", "liegt vor") + (
            " " + translate("Print", "(bis {date})").format(date=fmt.day(c.until)) if c.until else "")
        return Paragraph(text, s.cell)
    if c.state == "not_needed":
        return Paragraph(translate("Print", "nicht erforderlich"), s.cell)
    gap = fmt.consent_gap(c.detail)
    if c.override_reason:
        return Paragraph(translate("Print", "{gap} – Teilnahme begründet, s. u.").format(gap=gap), s.cell_alert)
    return Paragraph(translate("Print", "{gap} – ohne Begründung!").format(gap=gap), s.cell_alert)


def _participants(doc: MinutesDoc, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(translate("Print", "Teilnehmende"), s.h2)]
    if not doc.participants:
        return out + [Paragraph(translate("Print", "Keine Teilnehmenden erfasst."), s.body)]
    rows = []
    overrides: list[str] = []
    stays: list[str] = []
    for i, p in enumerate(doc.participants, 1):
        where = translate("Print", "Teilnehmende, Zeile {n}").format(n=i)
        agency = g.markup(p.agency, where)
        function = g.markup(p.function, where)
        role = role_label(p.role) if not p.agency else ""
        rows.append([
            g.markup(p.name, where) or "–",
            "<br/>".join(x for x in (agency, role, function) if x) or "–",
            "<br/>".join(attendance(p) or [fmt.presence(p.presence)]),
            _consent_cell(p.consent, s),
        ])
        if p.disclosure_reason:
            stays.append(f"{agency or g.markup(p.name, where)}"
                         + (f" ({g.markup(p.name, where)})" if agency and p.name else "")
                         + ": " + g.markup(p.disclosure_reason, where))
        if p.consent.state == "missing" and p.consent.override_reason:
            overrides.append(f"{agency or g.markup(p.name, where)}"
                             + (f" ({g.markup(p.name, where)})" if agency and p.name else "")
                             + ": " + g.markup(p.consent.override_reason, where))
    widths = [40 * mm, 55 * mm, 27 * mm]
    out.append(data_table([translate("Print", "Name"), translate("Print", "Stelle / Funktion"),
                           translate("Print", "Anwesenheit"),
                           translate("Print", "Schweigepflicht­entbindung")], rows, widths + [width - sum(widths)], s))
    if overrides:
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(translate("Print", "Teilnahme ohne gültige Schweigepflichtentbindung"), s.run_in))
        out.append(Paragraph(translate("Print", "Für die folgenden Stellen lag zum Konferenztermin keine gültige "
                                                "Schweigepflichtentbindung vor. Ihre Teilnahme wurde aus dem genannten "
                                                "Grund zugelassen:"), s.body))
        out.append(Paragraph("<br/>".join(f"– {o}" for o in overrides), s.body))
    if stays:
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(translate("Print", "Anwesenheit bei nicht umfassten TOPs"), s.run_in))
        out.append(Paragraph(translate("Print", "Die folgenden Stellen waren bei Tagesordnungspunkten anwesend, die "
                                                "ihre Schweigepflichtentbindung nicht umfasst. Begründung:"), s.body))
        out.append(Paragraph("<br/>".join(f"– {o}" for o in stays), s.body))
    return out


def role_label(role: str | None) -> str:
    """How someone without an office takes part."""
    return {"person": translate("Print", "betroffene Person"),
            "guardian": translate("Print", "Vormund / gesetzliche Vertretung"),
            "interpreter": translate("Print", "Dolmetscher:in")}.get(role or "", "")


def attendance(p: ParticipantLine) -> list[str]:
    """Leaving and rejoining: "verlässt die Sitzung nach TOP 1", "ab TOP 3 anwesend"."""
    if p.presence != "present":
        return []
    left = (translate("Print", "verlässt die Sitzung nach TOP {n}").format(n=p.left_after)
            if p.left_after is not None else None)
    if p.back_from is None:
        return [left] if left else []
    if left and p.left_after == p.back_from:
        return [translate("Print", "nur bei TOP {n} anwesend").format(n=p.back_from)]
    if left and p.left_after < p.back_from:  # left, then came back
        return [left, translate("Print", "ab TOP {n} wieder anwesend").format(n=p.back_from)]
    return [translate("Print", "ab TOP {n} anwesend").format(n=p.back_from)] + ([left] if left else [])


def _agenda_overview(doc: MinutesDoc, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(translate("Print", "Tagesordnung"), s.h2)]
    if not doc.agenda and not doc.omitted_tops:
        return out + [Paragraph(translate("Print", "Keine Tagesordnungspunkte erfasst."), s.body)]
    lines = [f"<b>{_top_where(top)}</b>\u00a0\u00a0{g.markup(top.title, _top_where(top))}" for top in doc.agenda
             if not top.withheld]
    if lines:
        out.append(Paragraph("<br/>".join(lines), s.body))
    omissions = doc.omissions or ([(doc.omitted_tops, "")] if doc.omitted_tops else [])
    for numbers, why in omissions:
        tops = ", ".join(translate("Print", "TOP {n}").format(n=n) for n in numbers)
        text = (translate("Print", "In dieser Ausfertigung nicht enthalten: {tops} – {why}.").format(tops=tops, why=why)
                if why else translate("Print", "In dieser Ausfertigung nicht enthalten: {tops}.").format(tops=tops))
        out.append(Paragraph(text, s.small))
    if doc.oral_health:
        out.append(Paragraph(translate("Print", "Gesundheitsdaten in dieser Ausfertigung beruhen auf einer mündlich "
                                                "erteilten Schweigepflichtentbindung; die besonderen Umstände sind "
                                                "in der Akte vermerkt (§ 67b Abs. 2 S. 2 SGB X)."), s.small))
    return out


def _top_where(top: TopLine) -> str:
    return translate("Print", "TOP {n}").format(n=top.number)


def _top(top: TopLine, s: Styles, g: TextGuard, numbers: dict[int, int]) -> list[Flowable]:
    where = _top_where(top)
    out: list[Flowable] = [CondPageBreak(28 * mm),
                           Paragraph(f"{where}\u00a0\u00a0{g.markup(top.title, where)}", s.h3)]
    if top.not_for_immigration_office:
        out.append(Paragraph(translate("Print", "Nicht zur Weitergabe an die Ausländerbehörde."), s.small))
    notes = g.paragraphs(top.notes, translate("Print", "{top}, Verlauf").format(top=where))
    out += [Paragraph(p, s.body) for p in notes] or [Paragraph("–", s.body)]
    tail: list[Flowable] = []
    if top.decisions:
        label = translate("Print", "Beschluss:") if len(top.decisions) == 1 else translate("Print", "Beschlüsse:")
        where_d = translate("Print", "{top}, Beschluss").format(top=where)
        if len(top.decisions) == 1:
            body = g.markup(top.decisions[0], where_d)
        else:
            body = "<br/>".join(f"{i}. {g.markup(d, where_d)}" for i, d in enumerate(top.decisions, 1))
        tail += [Paragraph(label, s.run_in), Paragraph(body, s.body)]
    if top.actions:
        listed = ", ".join(str(numbers[id(a)]) for a in top.actions)
        tail.append(Paragraph(translate("Print", "Vereinbarte Aufgaben: Nr. {numbers} (siehe Aufgabenübersicht)")
                              .format(numbers=listed), s.small))
    # resolutions stay with their reference; very long ones may still break (KeepTogether splits if it must)
    if tail:
        out.append(KeepTogether(tail))
    return out


def _actions(doc: MinutesDoc, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    actions = [a for top in doc.agenda for a in top.actions]
    out: list[Flowable] = [CondPageBreak(30 * mm), Paragraph(translate("Print", "Vereinbarte Aufgaben"), s.h2)]
    if not actions and doc.actions_agreed:
        return out + [Paragraph(translate("Print", "Diese Ausfertigung enthält keine Aufgaben für die empfangende "
                                                   "Stelle; weitere Aufgaben sind nicht Teil dieser Ausfertigung."),
                                s.body)]
    if not actions:
        return out + [Paragraph(translate("Print", "Es wurden keine Aufgaben vereinbart."), s.body)]
    rows = []
    for n, a in enumerate(actions, 1):
        where = translate("Print", "Aufgabe {n}").format(n=n)
        person = a.who if a.who != a.who_agency else ""
        who = [x for x in (g.markup(a.who_agency, where),
                           f"<font color='#4a5560'>{g.markup(person, where)}</font>" if person and a.who_agency
                           else g.markup(person, where)) if x]
        rows.append([str(n), str(a.top), "<br/>".join(who) or "–", g.markup(a.what, where) or "–",
                     fmt.day(a.due) or "–", fmt.action_status(a.status)])
    widths = [9 * mm, 11 * mm, 44 * mm, 0.0, 22 * mm, 18 * mm]
    widths[3] = width - sum(widths)
    out.append(data_table([translate("Print", "Nr."), translate("Print", "TOP"), translate("Print", "Wer"),
                           translate("Print", "Was"), translate("Print", "Bis wann"), translate("Print", "Status")],
                          rows, widths, s))
    return out


def _closing(doc: MinutesDoc, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    label = (translate("Print", "Nächstes Netzwerktreffen") if doc.kind == "network"
             else translate("Print", "Nächste Fallkonferenz"))
    if doc.next_date:
        text = translate("Print", "Der nächste Termin ist am {date} vorgesehen.").format(
            date=fmt.weekday_day(doc.next_date))
    else:
        text = translate("Print", "Ein weiterer Termin wurde nicht vereinbart.")
    signatures = signature_block(
        [(translate("Print", "Moderation"), g.markup(doc.moderator, translate("Print", "Moderation"))),
         (translate("Print", "Protokoll"), g.markup(doc.minute_taker, translate("Print", "Protokoll")))], s, width)
    return [Paragraph(label, s.h2), Paragraph(text, s.body),
            KeepTogether([Spacer(1, 6 * mm), signatures])]


def _addenda(doc: MinutesDoc, s: Styles, g: TextGuard) -> list[Flowable]:
    if not doc.addenda:
        return []
    out: list[Flowable] = [Spacer(1, 6 * mm), Paragraph(translate("Print", "Nachträge zum Protokoll"), s.h2)]
    for i, a in enumerate(doc.addenda, 1):
        where = translate("Print", "Nachtrag {n}").format(n=i)
        head = translate("Print", "Nachtrag vom {date}").format(date=fmt.day(a.on))
        if a.author:
            head += f" ({g.markup(a.author, where)})"
        out.append(Paragraph(head, s.run_in))
        out += [Paragraph(p, s.body) for p in g.paragraphs(a.text, where)]
    return out
