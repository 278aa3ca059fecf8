"""Regenerate docs/screenshots/ for the person's documents: bilingual consent form, hand-out, plan, Art. 15.

Run ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_documents.py``. Uses a
throw-away profile with invented people; needs ``pdftoppm`` (poppler-utils). Pages at 70 dpi.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PRINTED = datetime(2026, 3, 10, 9, 30)


def pages(pdf: bytes, stem: str, work: Path, only: tuple[int, ...] | None = None) -> list[Path]:
    for old in OUT.glob(f"{stem}-page*.png"):
        old.unlink()
    src = work / f"{stem}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(src), str(work / stem)], check=True)
    made = []
    for page in sorted(work.glob(f"{stem}-*.png")):
        n = int(page.stem.rsplit("-", 1)[1])
        if only is None or n in only:
            target = OUT / f"{stem}-page{n}.png"
            shutil.copyfile(page, target)
            made.append(target)
    return made


def main() -> None:
    from kimdesk.services.clients_intake import agencies, appointments, client_print, clients
    from kimdesk.services.casework import assessment, plan_print
    from kimdesk.services.releases import consents
    from kimdesk.services.casework import plans
    from kimdesk.services.admin import settings
    from kimdesk.services.releases import subject_access
    from kimdesk.services.clients_intake import responsibilities as rs
    from kimdesk.store.profile import Profile, init_profile

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = init_profile(Profile(work / "data", "shots"), "screenshot passphrase", remember=False)
        settings.save(store, {"privacy.controller": "Stadt Aachen, Der Oberbürgermeister, Markt 39, 52062 Aachen",
                              "privacy.dpo": "Behördliche Datenschutzbeauftragte der Stadt Aachen, Telefon 0241 432-0",
                              "user.phone": "0241 432-56789", "user.email": "anna.weber@kim.example"})
        jc = agencies.save(store, None, {"name": "Jobcenter StädteRegion Aachen", "kind": "Jobcenter",
                                         "legal_domain": "SGB II", "address": "Talstraße 2, 52068 Aachen", "phone": "0241 123456",
                                  "email": "jobcenter-aachen@example.org", "opening_hours": "Mo–Fr 8–12 Uhr, Do 14–17 Uhr"}).result
        arab = clients.create_client(store, {"given_name": "محمد", "family_name": "حسين", "birth_date": "1988-03",
                                             "address": "Kastanienweg 4, 52062 Aachen", "case_manager": "Anna Weber",
                                             "languages": ["Arabisch"]})
        rs.add_need(store, arab, {"category": "Arbeit"}, agency_id=jc)
        consents.add_consent(store, arab, {"agency_id": jc, "given_on": "2026-01-05", "covers_health": False,
                                           "data_kinds": ["benefits", "work"]})
        made = pages(client_print.consent_form(store, arab, printed_at=PRINTED).pdf, "consent-form-ar", work)
        made += pages(subject_access.export(store, arab, printed_at=PRINTED)[0].pdf, "art15-arabic-name", work,
                      only=(1, 2))
        ukr = clients.create_client(store, {"given_name": "Олена", "family_name": "Коваленко", "birth_date": "1979",
                                            "case_manager": "Anna Weber", "languages": ["Ukrainisch"]})
        rs.add_need(store, ukr, {"category": "Arbeit"}, agency_id=jc)
        made += pages(client_print.consent_form(store, ukr, printed_at=PRINTED).pdf, "consent-form-uk", work)
        made += pages(client_print.consent_form(store, ukr, language="de", printed_at=PRINTED).pdf,
                      "consent-form-with-art13", work)
        fa = clients.create_client(store, {"given_name": "زهرا", "family_name": "رضایی", "case_manager": "Anna Weber",
                                           "languages": ["Dari"]})
        rs.add_need(store, fa, {"category": "Existenzsicherung"}, agency_id=jc)
        rs.add_need(store, fa, {"category": "Gesundheitsversorgung"})
        appointments.add_appointment(store, fa, {"on": date(2026, 3, 17), "at": "10:30", "place": "Raum 3.12",
                                                 "with_whom": "Frau Öztürk (Leistungsabteilung)", "agency_id": jc})
        made += pages(client_print.handout(store, fa, on=date(2026, 3, 10), printed_at=PRINTED).pdf,
                      "handout-fa", work)
        minor = clients.create_client(store, {"given_name": "Yonas", "family_name": "Habtemariam",
                                              "birth_date": f"{date.today().year - 16}-04", "case_manager": "Anna Weber"})
        assessment.save_assessment(store, minor, "2026-01-20", {
            "household": "lebt mit der Mutter und zwei Geschwistern", "school": "Klasse 8 in Eritrea, seit 10/2025 in Aachen",
            "housing": "Gemeinschaftsunterkunft Aachen-Nord", "resources": "motiviert, spricht gut Englisch, spielt im Verein",
            "offices_involved": [jc]})
        plan = plans.create_plan(store, minor, review_on=date.today() + timedelta(days=90))
        goal = plans.add_goal(store, plan, "Schulplatz in einer Internationalen Förderklasse")
        plans.add_measure(store, goal, "Anmeldung beim Schulamt begleiten", who="Case Management",
                          due=date.today() + timedelta(days=14))
        made += pages(plan_print.render(store, minor, printed_at=PRINTED).pdf, "plan-guardian", work)
        store.close()
    for path in made:
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
