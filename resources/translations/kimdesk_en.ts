<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="de">
<context>
    <name>Agencies</name>
    <message>
        <location filename="../../kimdesk/services/agencies.py" line="+73"/>
        <source>Bitte den Namen der Stelle angeben.</source>
        <translation>Please enter the name of the agency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle anlegen</source>
        <translation>Add agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle ändern</source>
        <translation>Change agency</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Stelle gibt es nicht (mehr).</source>
        <translation>This agency does not exist (any more).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stelle entfernen</source>
        <translation>Remove agency</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../kimdesk/ui/agencies_page.py" line="+34"/>
        <source>&lt;b&gt;Stellen&lt;/b&gt; – wer ist wofür zuständig</source>
        <translation>&lt;b&gt;Agencies&lt;/b&gt; – who is responsible for what</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stelle, Art, Rechtskreis oder Kommune suchen</source>
        <translation>Search agency, kind, legal domain or municipality</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>durch Komma getrennt, z. B. Aachen, Alsdorf</source>
        <translation>separated by commas, e.g. Aachen, Alsdorf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>öffentliche Stelle (Mitteilungspflicht § 87 AufenthG)</source>
        <translation>public body (duty to report, § 87 AufenthG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausländerbehörde (erhält nichts, was nicht für sie bestimmt ist)</source>
        <translation>immigration office (receives nothing not meant for it)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neue Stelle</source>
        <translation>New agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kimdesk/ui/app.py" line="+109"/>
        <source>Demo-Profil (Beispieldaten)</source>
        <translation>Demo profile (sample data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo-Profil: die Passphrase lautet „{passphrase}“.</source>
        <translation>Demo profile: the passphrase is “{passphrase}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profil: {name}</source>
        <translation>Profile: {name}</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+61"/>
        <source>Stelle zuweisen</source>
        <translation>Assign agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarf:</source>
        <translation>Need:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stelle:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorschlag: {agency} – {why}</source>
        <translation>Suggestion: {agency} – {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>optional, sonst die Ansprechperson der Stelle</source>
        <translation>optional, otherwise the agency&apos;s contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte eine Stelle aus der Liste wählen.</source>
        <translation>Please choose an agency from the list.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../kimdesk/services/audit.py" line="+72"/>
        <source>Audit-Protokoll intakt: {n} Einträge geprüft.</source>
        <translation>Audit log intact: {n} entries checked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit-Protokoll manipuliert oder beschädigt: Kette bricht bei Eintrag {seq}.</source>
        <translation>Audit log tampered with or damaged: the chain breaks at entry {seq}.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../kimdesk/cli.py" line="+55"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>KIMdesk – Kommunales Integrationsmanagement</source>
        <translation>KIMdesk – Municipal Integration Management</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenordner (Vorgabe: Benutzerdatenordner)</source>
        <translation>data folder (default: the user&apos;s data folder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profilname (Vorgabe: default)</source>
        <translation>profile name (default: default)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>kimdesk: abgebrochen</source>
        <translation>kimdesk: interrupted</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kimdesk: interner Fehler ({kind}); Details im Protokoll.</source>
        <translation>kimdesk: internal error ({kind}); details in the log.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/data.py" line="+13"/>
        <source>realistische synthetische Daten erzeugen</source>
        <translation>generate realistic synthetic data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Austauschformat (JSON) importieren</source>
        <translation>import the exchange format (JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alles im Austauschformat (JSON) exportieren</source>
        <translation>export everything in the exchange format (JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personen suchen (tolerant bei Schreibweisen)</source>
        <translation>search people (tolerant of spellings)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--clients muss zwischen 1 und 1.000.000 liegen.</source>
        <translation>--clients must be between 1 and 1,000,000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} Personen erzeugt.</source>
        <translation>{n} people generated.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} Datensätze geschrieben ({detail}).</source>
        <translation>{n} records written ({detail}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exportiert nach {path}: {detail}</source>
        <translation>Exported to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/gui.py" line="+11"/>
        <source>die Desktop-Anwendung starten</source>
        <translation>start the desktop application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wegwerf-Profil mit Beispieldaten</source>
        <translation>throw-away profile with sample data</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/profile.py" line="+13"/>
        <source>verschlüsselte Datenbank anlegen</source>
        <translation>create the encrypted database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüssel nicht im Schlüsselbund ablegen</source>
        <translation>do not put the key into the keyring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase ändern</source>
        <translation>change the passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenbank mit neuem Schlüssel neu verschlüsseln</source>
        <translation>re-encrypt the database with a new key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schlüssel im Schlüsselbund ablegen oder entfernen</source>
        <translation>put the key into the keyring or remove it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit-Protokoll</source>
        <translation>audit log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schlüsselbund, Datenbank, Schlüsseldatei und Sync-Ziel prüfen</source>
        <translation>check keyring, database, key file and sync target</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neue Passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase fehlt: {env} setzen oder interaktiv eingeben.</source>
        <translation>Passphrase missing: set {env} or enter it interactively.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Passphrase wiederholen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrasen stimmen nicht überein.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profil „{name}“ angelegt in {dir}</source>
        <translation>Profile “{name}” created in {dir}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kein sicherer Schlüsselbund gefunden: Öffnen nur mit der Passphrase.</source>
        <translation>No secure keyring found: opening only with the passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Schlüssel im Schlüsselbund abgelegt ({name}).</source>
        <translation>Key put into the keyring ({name}).</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Aktuelle Passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation>Passphrase missing: set KIMDESK_PASSPHRASE or enter it interactively.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase geändert; die Datenbank blieb unverändert.</source>
        <translation>Passphrase changed; the database was left unchanged.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datenbank mit neuem Schlüssel verschlüsselt.</source>
        <translation>Database encrypted with a new key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schlüssel aus dem Schlüsselbund entfernt.</source>
        <translation>Key removed from the keyring.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kein sicherer Schlüsselbund verfügbar.</source>
        <translation>No secure keyring available.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.</source>
        <translation>No KIMdesk profile “{name}” in {dir}; run “kimdesk init” first.</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../kimdesk/ui/client_list.py" line="+43"/>
        <source>Person suchen: Name in beliebiger Schreibweise oder Aktenzeichen</source>
        <translation>Find a person: name in any spelling, or case number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neue Person aufnehmen …</source>
        <translation>New intake …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kurznotiz …</source>
        <translation>Quick note …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alle Fälle</source>
        <translation>all cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offene Fälle</source>
        <translation>open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossene Fälle</source>
        <translation>closed cases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nur mit offenen Bedarfen</source>
        <translation>only with open needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>alle Case Manager:innen</source>
        <translation>all case managers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>wird geladen …</source>
        <translation>loading …</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln Person(en)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../kimdesk/ui/record/view.py" line="+68"/>
        <source>Kurznotiz …</source>
        <translation>Quick note …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Persönliche Daten</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe und Zuständigkeiten</source>
        <translation>Needs and responsibilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beratungskontakte</source>
        <translation>Counselling contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen</source>
        <translation>Case conferences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Az. {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geb. {date} ({age} J.)</source>
        <translation>born {date} (age {age})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fall abgeschlossen</source>
        <translation>case closed</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n Lücke(n)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n× Pingpong</source>
        <translation>
            <numerusform>%n× Pingpong</numerusform>
            <numerusform>%n× Pingpong</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Rückgängig: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../kimdesk/ui/client_table.py" line="+41"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../../kimdesk/services/clients.py" line="+119"/>
        <location filename="../../kimdesk/services/responsibilities.py" line="+180"/>
        <source>Keine Person mit der Kennung {id}.</source>
        <translation>No person with the id {id}.</translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <location filename="../../kimdesk/services/conferences.py" line="+58"/>
        <location line="+7"/>
        <source>Das Protokoll ist abgeschlossen und kann nicht mehr geändert werden; Korrekturen bitte als Nachtrag erfassen.</source>
        <translation>The minutes are final and cannot be changed any more; please record corrections as an addendum.</translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/lists.py" line="+20"/>
        <source>Entwurf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fallkonferenz</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fallkonferenzen werden im Bereich „Fallkonferenzen“ vorbereitet und protokolliert.</source>
        <translation>Case conferences are prepared and minuted in the “Case conferences” section.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konferenz öffnen</source>
        <translation>Open conference</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../../kimdesk/services/consents.py" line="+37"/>
        <source>schriftlich</source>
        <translation>written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>elektronisch</source>
        <translation>electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mündlich (dokumentiert)</source>
        <translation>oral (recorded)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Widerruf erfassen</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Einwilligung gibt es nicht (mehr).</source>
        <translation>This consent does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/consents.py" line="+35"/>
        <source>Stelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person/Funktion</source>
        <translation>Person/function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesundheitsdaten</source>
        <translation>Health data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>widerrufen am</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heute gültig</source>
        <translation>valid today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stelle:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, z. B. Frau N. (Leistungsabteilung)</source>
        <translation>optional, e.g. Ms N. (benefits department)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person oder Funktion:</source>
        <translation>Person or function:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstimmung im Rahmen des Case Managements</source>
        <translation>Coordination within case management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zweck:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unbefristet</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form, erteilt am, gültig bis:</source>
        <translation>Form, given on, valid until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>umfasst Gesundheitsdaten (Art. 9 DSGVO)</source>
        <translation>covers health data (Art. 9 GDPR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Einwilligung speichern</source>
        <translation>Save consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Widerruf der gewählten erfassen</source>
        <translation>Record withdrawal of the selected one</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../kimdesk/services/contacts.py" line="+35"/>
        <source>Büro</source>
        <translation>office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aufsuchend</source>
        <translation>outreach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hausbesuch</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte kurz festhalten, worum es ging.</source>
        <translation>Please note briefly what it was about.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kontakt erfassen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kontakt entfernen</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kurznotiz</source>
        <translation>Quick note</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/contacts.py" line="+34"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Dolmetschung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Datum, Art, Ort, Dolmetschung:</source>
        <translation>Date, kind, place, interpreting:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worum ging es? Was ist vereinbart?</source>
        <translation>What was it about? What was agreed?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zusammenfassung:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enthält Angaben von Ärzt:innen oder Therapeut:innen (nicht für die Ausländerbehörde)</source>
        <translation>contains information from doctors or therapists (not for the immigration office)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kontakt speichern</source>
        <translation>Save contact</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../kimdesk/models/partial_date.py" line="+35"/>
        <source>„{value}“ ist kein Datum. Erlaubt: JJJJ, JJJJ-MM, JJJJ-MM-TT oder TT.MM.JJJJ.</source>
        <translation>“{value}” is not a date. Allowed: YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das Jahr {year} ist nicht plausibel.</source>
        <translation>The year {year} is not plausible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den Monat {month} gibt es nicht.</source>
        <translation>There is no month {month}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den Tag {value} gibt es nicht.</source>
        <translation>There is no day {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Datum {value} liegt in der Zukunft.</source>
        <translation>The date {value} lies in the future.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+8"/>
        <source>Ablehnung erfassen</source>
        <translation>Record a decline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarf:</source>
        <translation>Need:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. nicht zuständig, da Leistungen nach AsylbLG</source>
        <translation>e.g. not responsible, benefits under AsylbLG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte den Grund der Ablehnung angeben.</source>
        <translation>Please give the reason for the decline.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../kimdesk/services/doctor.py" line="+42"/>
        <location line="+2"/>
        <source>Schlüsselbund</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kein sicherer Schlüsselbund; Öffnen nur mit der Passphrase</source>
        <translation>no secure keyring; opening only with the passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Schlüsseldatei</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{path} (Argon2id, {mib} MiB, {it} Durchläufe)</source>
        <translation>{path} (Argon2id, {mib} MiB, {it} iterations)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{path}: Integritätsprüfung bestanden</source>
        <translation>{path}: integrity check passed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit-Protokoll</source>
        <translation>audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../kimdesk/ui/fields.py" line="+79"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JJJJ, MM.JJJJ oder TT.MM.JJJJ</source>
        <translation>YYYY, MM.YYYY or DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/validation.py" line="+115"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnort (Kommune)</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschsprache</source>
        <translation>Interpreting language</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fällig am</source>
        <translation>due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../kimdesk/services/finder.py" line="+73"/>
        <source>Aufenthaltsgestattung oder Duldung</source>
        <translation>asylum-seeker permit (Aufenthaltsgestattung) or Duldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltserlaubnis oder gesicherter Aufenthalt</source>
        <translation>residence permit or secure residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-Freizügigkeit</source>
        <translation>EU freedom of movement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alter {lo} bis {hi}</source>
        <translation>age {lo} to {hi}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab {lo} Jahren</source>
        <translation>aged {lo} or over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis {hi} Jahre</source>
        <translation>aged up to {hi}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ohne Rechtsanspruch (freie Träger)</source>
        <translation>no legal entitlement (welfare organisations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{need} → {domain}</source>
        <translation>{need} → {domain}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, weil: {conditions}</source>
        <translation>, because: {conditions}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kimdesk/ui/start.py" line="+41"/>
        <source>KIMdesk einrichten</source>
        <translation>Set up KIMdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Willkommen bei KIMdesk&lt;/h3&gt;&lt;p&gt;Alle Daten werden verschlüsselt auf diesem Gerät gespeichert. Zum Öffnen braucht es eine Passphrase. Wählen Sie eine lange, gut merkbare Passphrase (mindestens {n} Zeichen, besser ein ganzer Satz). &lt;b&gt;Ohne sie lassen sich die Daten nicht wiederherstellen.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to KIMdesk&lt;/h3&gt;&lt;p&gt;All data are stored encrypted on this device. Opening them takes a passphrase. Choose a long passphrase you can remember (at least {n} characters, better a whole sentence). &lt;b&gt;Without it the data cannot be recovered.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profil:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase wiederholen:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schlüssel im Schlüsselbund des Systems merken (Start ohne Passphrase)</source>
        <translation>Remember the key in the system&apos;s keyring (start without passphrase)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auf diesem System gibt es keinen sicheren Schlüsselbund; KIMdesk fragt bei jedem Start nach der Passphrase.</source>
        <translation>This system has no secure keyring; KIMdesk asks for the passphrase at every start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profil anlegen</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte eine Passphrase eingeben.</source>
        <translation>Please enter a passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Passphrase zur Kontrolle wiederholen.</source>
        <translation>Please repeat the passphrase to confirm it.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+8"/>
        <source>Weiterleitung erfassen</source>
        <translation>Record a forwarding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarf:</source>
        <translation>Need:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Von:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begründung:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Stelle wählen, an die weitergeleitet wurde.</source>
        <translation>Please choose the agency it was forwarded to.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <location filename="../../kimdesk/ui/record/household.py" line="+16"/>
        <source>Kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner:in</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elternteil</source>
        <translation>parent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geschwister</source>
        <translation>sibling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beziehung</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eigene Akte</source>
        <translation>own record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Geburtsdatum (auch nur Jahr)</source>
        <translation>Date of birth (year alone is fine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neues Haushaltsmitglied:</source>
        <translation>New household member:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akte dieser Person öffnen</source>
        <translation>Open this person&apos;s record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aus dem Haushalt entfernen</source>
        <translation>Remove from the household</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../kimdesk/services/exchange.py" line="+61"/>
        <source>die Kennung {id} kommt doppelt vor</source>
        <translation>the id {id} occurs twice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Datei nicht lesbar: {err}</source>
        <translation>File not readable: {err}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei ist nicht UTF-8-kodiert.</source>
        <translation>The file is not UTF-8 encoded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kein gültiges JSON (Zeile {line}, Spalte {col}): {msg}</source>
        <translation>Not valid JSON (line {line}, column {col}): {msg}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Datei muss ein JSON-Objekt enthalten.</source>
        <translation>The file must contain a JSON object.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format: „{value}“ ist nicht „{expected}“.</source>
        <translation>format: “{value}” is not “{expected}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version: {value} wird nicht unterstützt (erwartet {expected}).</source>
        <translation>version: {value} is not supported (expected {expected}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <location filename="../../kimdesk/services/exchange_format.py" line="+256"/>
        <source>muss ein Objekt sein</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Pflichtfeld „{field}“ fehlt</source>
        <translation>required field “{field}” is missing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verweist auf {id}, das weder in der Datei noch in der Datenbank steht</source>
        <translation>refers to {id}, which is neither in the file nor in the database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aktenzeichen {n} kommt doppelt vor.</source>
        <translation>Case number {n} occurs twice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aktenzeichen {n} gehört schon einer anderen Person.</source>
        <translation>Case number {n} already belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/exchange_format.py" line="-62"/>
        <source>darf nicht leer sein</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fehlt oder ist leer</source>
        <translation>is missing or empty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss Text sein, nicht {type}</source>
        <translation>must be text, not {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ist zu lang ({n} Zeichen, höchstens {max})</source>
        <translation>is too long ({n} characters, at most {max})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enthält ein Nullzeichen</source>
        <translation>contains a null character</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>muss eine UUID als Text sein</source>
        <translation>must be a UUID as text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist keine UUID</source>
        <translation>“{value}” is not a UUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss true oder false sein</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>muss eine Liste von Texten sein</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enthält einen zu langen Eintrag</source>
        <translation>contains an entry that is too long</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>muss ein Datum als Text sein (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</source>
        <translation>must be a date as text (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{value}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT</source>
        <translation>“{value}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>muss ein Datum JJJJ-MM-TT sein</source>
        <translation>must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist kein gültiges Datum</source>
        <translation>“{value}” is not a valid date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss eine Uhrzeit HH:MM sein</source>
        <translation>must be a time HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist keine gültige Uhrzeit</source>
        <translation>“{value}” is not a valid time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss present, excused oder absent sein</source>
        <translation>must be present, excused or absent</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fehlt</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>muss eine Liste sein</source>
        <translation>must be a list</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../kimdesk/services/consents.py" line="-21"/>
        <location filename="../../kimdesk/services/intake.py" line="+172"/>
        <source>Bitte die Stelle wählen, die die Einwilligung erhält.</source>
        <translation>Please choose the agency the consent is given to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kimdesk/services/intake.py" line="+7"/>
        <source>Das Ende liegt vor dem Datum der Einwilligung.</source>
        <translation>The end lies before the date of the consent.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/intake.py" line="-144"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schon bekannt?</source>
        <translation>Known already?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthalt und Wohnort</source>
        <translation>Residence and municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Für welche Sprache wird gedolmetscht?</source>
        <translation>Which language is interpreting needed for?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Bitte eine der angebotenen Angaben wählen.</source>
        <translation>Please choose one of the options offered.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bitte angeben, worum es geht.</source>
        <translation>Please say what it is about.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Das ist der letzte Schritt.</source>
        <translation>This is the last step.</translation>
    </message>
</context>
<context>
    <name>IntakePages</name>
    <message>
        <location filename="../../kimdesk/ui/intake/pages.py" line="+87"/>
        <source>Wer ist die Person?</source>
        <translation>Who is the person?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namen so schreiben, wie sie in Dokumenten stehen; die Suche findet auch andere Schreibweisen. Vom Geburtsdatum genügt, was bekannt ist – auch nur das Jahr.</source>
        <translation>Write names as they appear in documents; the search also finds other spellings. Of the date of birth, whatever is known is enough – even the year alone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Name in eigener Schrift (optional)</source>
        <translation>Name in own script (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+192"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ist die Person schon bekannt?</source>
        <translation>Is the person known already?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Akten sehen ähnlich aus (Name in anderer Schreibweise, gleiches Geburtsjahr oder gleicher Haushalt). Bitte prüfen, bevor eine zweite Akte entsteht.</source>
        <translation>These records look similar (name in another spelling, same year of birth or same household). Please check before a second record is created.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vorhandene Akte öffnen (statt neu anlegen)</source>
        <translation>Open the existing record (instead of creating one)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ist es eine andere Person, einfach mit „Weiter“ fortfahren.</source>
        <translation>If it is a different person, simply go on with “Next”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ähnlicher Name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gleiches Geburtsjahr</source>
        <translation>same year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gleicher Haushalt</source>
        <translation>same household</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wer lebt mit im Haushalt?</source>
        <translation>Who lives in the household?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder, Partner:in und andere Angehörige. Wer selbst eine Akte braucht, wird danach eigens aufgenommen.</source>
        <translation>Children, partner and other relatives. Anyone who needs a record of their own is taken in separately afterwards.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>auch nur Jahr</source>
        <translation>year alone is fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beziehung</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haushaltsmitglied hinzufügen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch niemand eingetragen – die Person lebt allein, oder es ist nicht bekannt.</source>
        <translation>Nobody entered yet – the person lives alone, or it is not known.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sprachen und Dolmetschung</source>
        <translation>Languages and interpreting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welche Sprachen spricht die Person?</source>
        <translation>Which languages does the person speak?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>braucht Dolmetschung</source>
        <translation>needs an interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprache der Dolmetschung</source>
        <translation>Language for interpreting</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Aufenthalt und Wohnort</source>
        <translation>Residence and municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Aufenthaltsstatus und der Wohnort bestimmen, welche Stellen zuständig sind.</source>
        <translation>Residence status and municipality decide which agencies are responsible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+130"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Rechtsgrundlage (optional)</source>
        <translation>Legal basis (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Wohnort (Kommune)</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+120"/>
        <source>Bedarfe</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Worum geht es? Für jeden Bedarf schlägt KIMdesk die zuständige Stelle vor (nach Aufenthaltsstatus, Alter und Wohnort); der Vorschlag lässt sich ändern.</source>
        <translation>What is it about? For each need KIMdesk suggests the responsible agency (by residence status, age and municipality); the suggestion can be changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle anfragen</source>
        <translation>Ask agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch keine Stelle</source>
        <translation>no agency yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarf hinzufügen</source>
        <translation>Add need</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch kein Bedarf eingetragen.</source>
        <translation>No need entered yet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vorschlag: {agency} – {why}</source>
        <translation>Suggestion: {agency} – {why}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Einwilligungen (Schweigepflichtentbindung)</source>
        <translation>Consents (release from confidentiality)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welche Stellen dürfen Auskunft erhalten und geben? Nur was die Person schriftlich, elektronisch oder mündlich (dokumentiert) erteilt hat.</source>
        <translation>Which agencies may receive and give information? Only what the person has granted in writing, electronically or orally (recorded).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schriftlich</source>
        <translation>written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elektronisch</source>
        <translation>electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mündlich</source>
        <translation>oral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bitte wählen</source>
        <translation>please choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person/Funktion</source>
        <translation>Person/function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unbefristet</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mit Gesundheitsdaten</source>
        <translation>with health data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung hinzufügen</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Einwilligung eingetragen.</source>
        <translation>No consent entered yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte prüfen. „Person anlegen“ speichert alles auf einmal.</source>
        <translation>Please check. “Create person” saves everything at once.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht nötig</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../kimdesk/ui/intake/view.py" line="+84"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person anlegen</source>
        <translation>Create person</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../kimdesk/store/keyfile.py" line="+51"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Falsche Passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schlüsseldatei fehlt: {path}. Stellen Sie sie aus der Sicherung wieder her.</source>
        <translation>Key file missing: {path}. Restore it from the backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Schlüsseldatei hat ein neueres Format ({v}); bitte KIMdesk aktualisieren.</source>
        <translation>The key file has a newer format ({v}); please update KIMdesk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>Die Schlüsseldatei {path} ist beschädigt oder keine KIMdesk-Datei.</source>
        <translation>The key file {path} is damaged or not a KIMdesk file.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../kimdesk/ui/lock.py" line="+170"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entsperren fehlgeschlagen: {error}</source>
        <translation>Unlocking failed: {error}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location line="-106"/>
        <source>&lt;h2&gt;KIMdesk ist gesperrt&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;KIMdesk is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten sind verschlüsselt und der Schlüssel ist vergessen. Zum Weiterarbeiten die Passphrase des Profils eingeben.</source>
        <translation>The data are encrypted and the key is forgotten. To go on working, enter the profile&apos;s passphrase.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mit dem Schlüsselbund des Systems entsperren</source>
        <translation>Unlock with the system&apos;s keyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../kimdesk/ui/long_work.py" line="+20"/>
        <source>Austauschdatei importieren</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIMdesk-Austauschformat (*.json)</source>
        <translation>KIMdesk exchange format (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} Datensätze importiert.</source>
        <translation>{n} records imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datei wird geprüft und importiert …</source>
        <translation>Checking and importing the file …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wie viele Beispielpersonen erzeugen?</source>
        <translation>How many sample people should be generated?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beispieldaten werden erzeugt …</source>
        <translation>Generating sample data …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kimdesk/ui/main_window.py" line="+56"/>
        <source>KIMdesk – Kommunales Integrationsmanagement</source>
        <translation>KIMdesk – Municipal Integration Management</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Klient:innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fallkonferenzen</source>
        <translation>Case conferences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aufgaben/Wiedervorlagen</source>
        <translation>Tasks/follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stellen</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>gesperrt</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>entsperrt</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation: nicht eingerichtet</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Person aufnehmen …</source>
        <translation>New intake …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurznotiz …</source>
        <translation>Quick note …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importieren …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weitere Beispieldaten erzeugen …</source>
        <translation>Generate more sample data …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzte Änderung rückgängig machen</source>
        <translation>Undo the last edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person suchen</source>
        <translation>Find person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einstellungen …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synchronisation: {state}</source>
        <translation>Sync: {state}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln Person(en) in der Liste</source>
        <translation>
            <numerusform>%Ln person in the list</numerusform>
            <numerusform>%Ln people in the list</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Es gibt ungespeicherte Änderungen. Trotzdem beenden? Ungespeichertes geht verloren.</source>
        <translation>There are unsaved changes. Quit anyway? Unsaved input will be lost.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../kimdesk/ui/map/panel.py" line="+37"/>
        <source>Lücke</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/ui/map/scene.py" line="+204"/>
        <source>Pingpong</source>
        <translation>Pingpong</translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/map/scene.py" line="-88"/>
        <source>Noch keine Bedarfe erfasst.</source>
        <translation>No needs recorded yet.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>keine Stelle zuständig</source>
        <translation>no agency responsible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doppelklick auf den Bedarf: Stelle zuweisen</source>
        <translation>Double-click the need: assign an agency</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lücke: keine Stelle zuständig</source>
        <translation>Gap: no agency responsible</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Pingpong: {why}</source>
        <translation>Pingpong: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verlauf:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Stelle zuweisen …</source>
        <translation>Assign agency …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zusage erfassen</source>
        <translation>Record acceptance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ablehnung erfassen …</source>
        <translation>Record decline …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weiterleitung erfassen …</source>
        <translation>Record forwarding …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as done</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../kimdesk/ui/map/style.py" line="+84"/>
        <source>Lücke: keine Stelle zuständig</source>
        <translation>Gap: no agency responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingpong: 3× abgelehnt oder weitergeleitet, oder zurück an eine Stelle, die schon abgelehnt hat</source>
        <translation>Pingpong: declined or forwarded 3 times, or back to an agency that has already declined</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kimdesk/ui/messages.py" line="+19"/>
        <source>Interner Fehler ({kind}). Es wurde nichts gespeichert; Details stehen im Protokoll.</source>
        <translation>Internal error ({kind}). Nothing was saved; details are in the log.</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+9"/>
        <source>Bedarf hinzufügen</source>
        <translation>Add need</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedarf:</source>
        <translation>Need:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschreibung:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zuständig wäre:</source>
        <translation>Responsible would be:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noch keine Stelle anfragen</source>
        <translation>do not ask an agency yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die vorgeschlagene Stelle gleich anfragen</source>
        <translation>ask the suggested agency right away</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kein Vorschlag – bitte selbst eine Stelle zuweisen</source>
        <translation>no suggestion – please assign an agency yourself</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bitte angeben, worum es geht.</source>
        <translation>Please say what it is about.</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../kimdesk/ui/map/panel.py" line="+21"/>
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bedarf hinzufügen …</source>
        <translation>Add need …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle zuweisen …</source>
        <translation>Assign agency …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusage erfassen</source>
        <translation>Record acceptance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ablehnung erfassen …</source>
        <translation>Record decline …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weiterleitung erfassen …</source>
        <translation>Record forwarding …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verlauf:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Pingpong: {why}</source>
        <translation>Pingpong: {why}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../kimdesk/ui/pages.py" line="+37"/>
        <source>Fallkonferenzen</source>
        <translation>Case conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier entstehen Fallkonferenzen und ihre Protokolle: Teilnehmende mit Schweigepflichtentbindung, Tagesordnung (TOP), Beschlüsse, Vereinbarungen (wer, was, bis wann) und das gedruckte Protokoll. Die Vereinbarungen erscheinen schon jetzt unter „Aufgaben/Wiedervorlagen“ und in der Akte.</source>
        <translation>Case conferences and their minutes will be made here: participants released from confidentiality, agenda items (TOP), decisions, action items (who, what, by when) and the printed minutes. The action items already appear under “Tasks/follow-ups” and in the record.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier entstehen die anonymen Berichte: der Sachstandsbericht für den Ausschuss und die Übersicht Seiteneinsteiger und Internationale Förderklassen. Bis dahin: „kimdesk report …“ auf der Kommandozeile.</source>
        <translation>The anonymous reports will be made here: the status report (Sachstandsbericht) for the committee and the overview of lateral entrants and international support classes. Until then: “kimdesk report …” on the command line.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier wird der Abgleich mit dem Team über den gemeinsamen Dateiserver eingerichtet und gestartet: Ziel, letzter Abgleich, gesendete und empfangene Änderungen, Konflikte zum Prüfen.</source>
        <translation>Syncing with the team through the shared file server will be set up and started here: target, last sync, changes sent and received, conflicts to review.</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/personal.py" line="+22"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in eigener Schrift</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. Arabisch, Deutsch</source>
        <translation>e.g. Arabic, German</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>braucht Dolmetschung</source>
        <translation>needs an interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschsprache</source>
        <translation>Interpreting language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnort (Kommune)</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fall eröffnet am</source>
        <translation>Case opened on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen am</source>
        <translation>closed on</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Änderungen verwerfen</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Bitte zuerst die markierten Angaben korrigieren.</source>
        <translation>Please correct the marked entries first.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../kimdesk/ui/progress.py" line="+22"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../kimdesk/ui/quick_note.py" line="+52"/>
        <source>Kurznotiz</source>
        <translation>Quick note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name in beliebiger Schreibweise oder Aktenzeichen</source>
        <translation>Name in any spelling, or case number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>z. B. Unterkunft Eschweiler, Sprechstunde Rathaus</source>
        <translation>e.g. shelter Eschweiler, town hall consultation hour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worum ging es? Was ist vereinbart?</source>
        <translation>What was it about? What was agreed?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschung:</source>
        <translation>Interpreting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speichern (Strg+Eingabe)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Kontakt wird in der vorhandenen Akte vermerkt.</source>
        <translation>The contact is noted in the existing record.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noch keine Akte gewählt: es wird eine neue angelegt (Vorname „{given}“, Familienname „{family}“).</source>
        <translation>No record chosen yet: a new one will be created (given name “{given}”, family name “{family}”).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte eine Person wählen oder einen Namen eingeben.</source>
        <translation>Please choose a person or enter a name.</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../kimdesk/services/record.py" line="+142"/>
        <source>Personendaten ändern</source>
        <translation>Change personal data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Haushaltsmitglied hinzufügen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Haushaltsmitglied ändern</source>
        <translation>Change household member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Haushaltsmitglied gibt es nicht (mehr).</source>
        <translation>This household member does not exist (any more).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Haushaltsmitglied entfernen</source>
        <translation>Remove household member</translation>
    </message>
</context>
<context>
    <name>Responsibilities</name>
    <message>
        <location filename="../../kimdesk/services/consents.py" line="+5"/>
        <location filename="../../kimdesk/services/responsibilities.py" line="+65"/>
        <source>Bitte eine Stelle aus dem Verzeichnis wählen.</source>
        <translation>Please choose an agency from the catalogue.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/responsibilities.py" line="-209"/>
        <source>angefragt</source>
        <translation>requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angenommen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt</source>
        <translation>declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weitergeleitet</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keine Stelle</source>
        <translation>no agency</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Arbeit</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gedeckt</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{day}: {agency} hat weitergeleitet an {target}</source>
        <translation>{day}: {agency} forwarded to {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {agency} hat abgelehnt</source>
        <translation>{day}: {agency} declined</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {agency} – {status}</source>
        <translation>{day}: {agency} – {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (Grund: {reason})</source>
        <translation> (reason: {reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n}-mal abgelehnt oder weitergeleitet</source>
        <translation>declined or forwarded {n} times</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zurück an eine Stelle, die schon abgelehnt hatte ({agency})</source>
        <translation>back to an agency that had already declined ({agency})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Noch keine Anfrage.</source>
        <translation>No request yet.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Den Bedarf gibt es nicht (mehr).</source>
        <translation>This need does not exist (any more).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Diesem Bedarf ist noch keine Stelle zugeordnet; bitte zuerst eine Stelle zuweisen.</source>
        <translation>No agency is assigned to this need yet; please assign an agency first.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stelle zuweisen</source>
        <translation>Assign agency</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zusage erfassen</source>
        <translation>Record acceptance</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitte den Grund der Ablehnung angeben.</source>
        <translation>Please give the reason for the decline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablehnung erfassen</source>
        <translation>Record a decline</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weiterleitung erfassen</source>
        <translation>Record a forwarding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weiterleiten geht nur an eine andere Stelle.</source>
        <translation>A need can only be forwarded to another agency.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>als erledigt markieren</source>
        <translation>mark as done</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bitte angeben, worum es geht (Bedarf).</source>
        <translation>Please say what it is about (need).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarf hinzufügen</source>
        <translation>Add need</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bedarf ändern</source>
        <translation>Change need</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedarf entfernen</source>
        <translation>Remove need</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../kimdesk/ui/intake/rows.py" line="+110"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../kimdesk/services/settings.py" line="+38"/>
        <source>„{title}“ muss eine ganze Zahl sein.</source>
        <translation>“{title}” must be a whole number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{title}“ muss zwischen {min} und {max} liegen.</source>
        <translation>“{title}” must be between {min} and {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{value}“ ist für „{title}“ nicht vorgesehen.</source>
        <translation>“{value}” is not an option for “{title}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Automatisch sperren nach (Minuten ohne Eingabe)</source>
        <translation>Lock automatically after (minutes without input)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das BSI empfiehlt 5 bis 15 Minuten.</source>
        <translation>The BSI recommends 5 to 15 minutes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sprache der Oberfläche</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihr Name (Vorgabe für Case Manager:in und Protokolle)</source>
        <translation>Your name (default for case manager and minutes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatisch synchronisieren alle (Minuten, 0 = nur von Hand)</source>
        <translation>Sync automatically every (minutes, 0 = by hand only)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/settings_dialog.py" line="+22"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../kimdesk/store/engine.py" line="+100"/>
        <source>Die Datei ist keine KIMdesk-Datenbank oder passt nicht zum Schlüssel.</source>
        <translation>The file is not a KIMdesk database or does not match the key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank ist von einem anderen KIMdesk-Prozess belegt.</source>
        <translation>The database is in use by another KIMdesk process.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Datenträger ist voll; es wurde nichts gespeichert.</source>
        <translation>The disk is full; nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ein-/Ausgabefehler beim Zugriff auf die Datenbank.</source>
        <translation>Input/output error while accessing the database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank ist beschädigt; stellen Sie eine Sicherung wieder her.</source>
        <translation>The database is damaged; restore a backup.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/migrate.py" line="+55"/>
        <source>Die Datenbank stammt aus einer neueren KIMdesk-Version ({rev}); bitte KIMdesk aktualisieren.</source>
        <translation>The database comes from a newer KIMdesk version ({rev}); please update KIMdesk.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/profile.py" line="+66"/>
        <source>Die Datenbankdatei {path} ist leer; stellen Sie sie aus der Sicherung wieder her.</source>
        <translation>The database file {path} is empty; restore it from the backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} ist eine unverschlüsselte SQLite-Datei, keine KIMdesk-Datenbank.</source>
        <translation>{path} is an unencrypted SQLite file, not a KIMdesk database.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Das Profil „{name}“ in {dir} ist bereits eingerichtet.</source>
        <translation>The profile “{name}” in {dir} is already set up.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.</source>
        <translation>No KIMdesk profile “{name}” in {dir}; run “kimdesk init” first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datenbank {path} fehlt; stellen Sie sie aus der Sicherung wieder her.</source>
        <translation>The database {path} is missing; restore it from the backup.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation>Passphrase missing: set KIMDESK_PASSPHRASE or enter it interactively.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Datenbank ist keine vollständige KIMdesk-Datenbank.</source>
        <translation>The database is not a complete KIMdesk database.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/store.py" line="+97"/>
        <source>Das Profil ist gesperrt.</source>
        <translation>The profile is locked.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/unlock.py" line="+30"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das ist nicht das Profil, das gesperrt wurde.</source>
        <translation>This is not the profile that was locked.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../kimdesk/services/tasks.py" line="+29"/>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung (Fallkonferenz)</source>
        <translation>Action item (case conference)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Fallkonferenz vom {day}</source>
        <translation>Case conference of {day}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wiedervorlage anlegen</source>
        <translation>Create follow-up</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>als erledigt markieren</source>
        <translation>mark as done</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Den Eintrag gibt es nicht (mehr).</source>
        <translation>This entry does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/tasks_page.py" line="+20"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Aufgaben und Wiedervorlagen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tasks and follow-ups&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fällig in den nächsten 14 Tagen</source>
        <translation>due in the next 14 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig in den nächsten 60 Tagen</source>
        <translation>due in the next 60 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle offenen</source>
        <translation>all open ones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Akte öffnen</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} offen, davon {late} überfällig</source>
        <translation>{n} open, {late} of them overdue</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/lists.py" line="+39"/>
        <source>Was ist zu tun? z. B. Bescheid des Jobcenters nachfragen</source>
        <translation>What needs doing? e.g. chase the Jobcenter&apos;s decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as done</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kimdesk/ui/start.py" line="+22"/>
        <source>KIMdesk entsperren</source>
        <translation>Unlock KIMdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Passphrase des Profils „{name}“ eingeben.</source>
        <translation>Please enter the passphrase of the profile “{name}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schlüssel im Schlüsselbund des Systems merken</source>
        <translation>Remember the key in the system&apos;s keyring</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../kimdesk/services/clients.py" line="-56"/>
        <source>„Sprachen“ muss eine Liste von Texten sein.</source>
        <translation>“Languages” must be a list of texts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unbekanntes Feld „{field}“.</source>
        <translation>Unknown field “{field}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kimdesk/services/intake.py" line="-85"/>
        <location line="+20"/>
        <source>Bitte mindestens Vor- oder Familiennamen angeben.</source>
        <translation>Please give at least a given or a family name.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/tasks.py" line="-24"/>
        <location filename="../../kimdesk/services/validation.py" line="-104"/>
        <location line="+46"/>
        <source>Bitte „{field}“ ausfüllen.</source>
        <translation>Please fill in “{field}”.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/validation.py" line="-43"/>
        <source>„{field}“ muss Text sein.</source>
        <translation>“{field}” must be text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{field}“ ist zu lang ({n} Zeichen, höchstens {max}).</source>
        <translation>“{field}” is too long ({n} characters, at most {max}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{field}“ enthält ungültige Zeichen.</source>
        <translation>“{field}” contains invalid characters.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Telefonnummer „{value}“ darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.</source>
        <translation>The phone number “{value}” may only contain digits, spaces and + ( ) / -.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>„{value}“ ist keine E-Mail-Adresse.</source>
        <translation>“{value}” is not an email address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>„{field}“ muss ein Datum als Text sein.</source>
        <translation>“{field}” must be a date as text.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>„{value}“ in „{field}“ ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>“{value}” in “{field}” is not a valid date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>„{field}“ muss eine UUID sein.</source>
        <translation>“{field}” must be a UUID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{value}“ in „{field}“ ist keine UUID.</source>
        <translation>“{value}” in “{field}” is not a UUID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{value}“ ist für „{field}“ nicht erlaubt (erlaubt: {allowed}).</source>
        <translation>“{value}” is not allowed for “{field}” (allowed: {allowed}).</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../kimdesk/ui/widgets.py" line="+76"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
</TS>
