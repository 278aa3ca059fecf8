<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="de">
<context>
    <name>About</name>
    <message>
        <location filename="../../kimdesk/services/admin/about.py" line="+22"/>
        <source>Oberfläche, Drucken</source>
        <translation>User interface, printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbankzugriff</source>
        <translation>Database access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema-Migrationen</source>
        <translation>Schema migrations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verschlüsselte Datenbank</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-GCM, Argon2id</source>
        <translation>AES-GCM, Argon2id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüsselbund des Systems</source>
        <translation>System keyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namen in allen Schriften</source>
        <translation>Names in all scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ähnliche Namen</source>
        <translation>Similar names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phonetische Schlüssel</source>
        <translation>Phonetic keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-Dokumente</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von ReportLab benötigt</source>
        <translation>Needed by ReportLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMB-Freigaben</source>
        <translation>SMB shares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenordner</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrift in den PDFs</source>
        <translation>Font in the PDFs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Profil (Datenbank, Schlüsseldatei)</source>
        <translation>Profile (database, key file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tägliche Sicherungen</source>
        <translation>Daily backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokolldateien (nur Kennungen)</source>
        <translation>Log files (ids only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüsselbund-Einträge</source>
        <translation>Keyring entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienst „KIMdesk“</source>
        <translation>Service “KIMdesk”</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kimdesk/ui/about_dialog.py" line="+28"/>
        <source>Über KIMdesk</source>
        <translation>About KIMdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;KIMdesk {version}&lt;/h2&gt;&lt;p&gt;Fallmanagement für das Kommunale Integrationsmanagement (KIM) in NRW – offline, verschlüsselt, im Team abgeglichen.&lt;/p&gt;&lt;p&gt;Lizenz: {licence}. Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;KIMdesk {version}&lt;/h2&gt;&lt;p&gt;Case management for Municipal Integration Management (KIM) in North Rhine-Westphalia – offline, encrypted, synchronised within the team.&lt;/p&gt;&lt;p&gt;Licence: {licence}. Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Verwendete Bibliotheken&lt;/b&gt;</source>
        <translation>&lt;b&gt;Libraries used&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bibliothek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wofür</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wo die Daten liegen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Where the data are kept&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="+202"/>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– keine Stelle –</source>
        <translation>– no office –</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>– alle Personen der Konferenz –</source>
        <translation>– all persons of the conference –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wer: Stelle</source>
        <translation>Who: office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer: Person</source>
        <translation>Who: person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>betrifft</source>
        <translation>concerns</translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/addenda.py" line="+22"/>
        <source>Nachtrag hinzufügen …</source>
        <translation>Add addendum …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nachtrag vom {date}</source>
        <translation>Addendum of {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein abgeschlossenes Protokoll wird nicht mehr geändert. Korrekturen werden als datierte Nachträge erfasst und hinter dem Protokoll gedruckt.</source>
        <translation>A finalised protocol is not changed any more. Corrections are recorded as dated addenda and printed after the protocol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nachträge gibt es erst nach dem Abschließen; einen Entwurf bitte direkt ändern.</source>
        <translation>Addenda exist only after finalising; please change a draft directly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nachtrag zum Protokoll</source>
        <translation>Addendum to the protocol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Agencies</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/agencies.py" line="+80"/>
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
    <message>
        <location line="+26"/>
        <source>Stellenkatalog leeren</source>
        <translation>Empty the agency catalogue</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../kimdesk/ui/agencies_page.py" line="+40"/>
        <source>&lt;b&gt;Stellen&lt;/b&gt; – wer ist wofür zuständig</source>
        <translation>&lt;b&gt;Agencies&lt;/b&gt; – who is responsible for what</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stelle, Art, Rechtskreis oder Kommune suchen</source>
        <translation>Search agency, kind, legal domain or municipality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aus CSV importieren …</source>
        <translation>Import from CSV …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Katalog leeren …</source>
        <translation>Empty catalogue …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Stellen entfernen, die mit keiner Person verknüpft sind – um mit dem eigenen Katalog zu beginnen</source>
        <translation>Remove every agency no person is linked to – to start your own catalogue</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>durch Komma getrennt, z. B. Aachen, Alsdorf</source>
        <translation>separated by commas, e.g. Aachen, Alsdorf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>z. B. Mo–Fr 8–12 Uhr, Do 14–17 Uhr</source>
        <translation>e.g. Mon–Fri 8–12, Thu 14–17</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
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
    <message>
        <location line="+14"/>
        <source>Stellen aus CSV importieren</source>
        <translation>Import agencies from CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Katalog leeren</source>
        <translation>Empty catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Stellen entfernen, die mit keiner Person, Einwilligung oder Konferenz verknüpft sind? Das gilt für das ganze Team, sobald synchronisiert wird; rückgängig über die Statuszeile.</source>
        <translation>Remove every agency not linked to a person, consent or conference? This applies to the whole team once synchronised; undo from the status bar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{removed} Stellen entfernt, {kept} verknüpfte behalten</source>
        <translation>{removed} agencies removed, {kept} linked ones kept</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{added} Stellen neu, {changed} geändert</source>
        <translation>{added} agencies new, {changed} changed</translation>
    </message>
</context>
<context>
    <name>AgencyImport</name>
    <message>
        <location filename="../../kimdesk/services/admin/first_run.py" line="+71"/>
        <location filename="../../kimdesk/services/clients_intake/agency_import.py" line="+75"/>
        <source>Die Datei ist zu groß (höchstens 5 MB).</source>
        <translation>The file is too large (5 MB at most).</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/agency_import.py" line="+6"/>
        <source>Die Datei ist keine Textdatei (CSV).</source>
        <translation>The file is not a text (CSV) file.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Die Zeile enthält Steuerzeichen.</source>
        <translation>The line contains control characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>„{value}“ ist weder ja noch nein.</source>
        <translation>“{value}” is neither yes nor no.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Datei ist keine lesbare CSV-Datei ({reason}).</source>
        <translation>The file is not a readable CSV file ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei ist leer.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei hat mehr als {n} Zeilen.</source>
        <translation>The file has more than {n} lines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In der ersten Zeile fehlt die Spalte „Name“ (oder „Stelle“).</source>
        <translation>The first line lacks the column “Name” (or “Stelle”).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Der Name fehlt.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>„{name}“ steht mehrfach in der Datei.</source>
        <translation>“{name}” appears more than once in the file.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stellen importieren</source>
        <translation>Import agencies</translation>
    </message>
</context>
<context>
    <name>AgencyImportDialog</name>
    <message>
        <location filename="../../kimdesk/ui/agency_import_dialog.py" line="+41"/>
        <source>Stellen aus CSV importieren – Vorschau</source>
        <translation>Import agencies from CSV – preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} neu, {changed} geändert, {same} unverändert, {bad} mit Fehlern</source>
        <translation>{new} new, {changed} changed, {same} unchanged, {bad} with errors</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle / Feld</source>
        <translation>Agency / field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bisher</source>
        <translation>before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fehler (werden nicht übernommen)</source>
        <translation>Errors (not imported)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeile {line}: {message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nicht übernommene Spalten: {columns}</source>
        <translation>Columns not imported: {columns}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Übernehmen</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anschrift</source>
        <translation>Address</translation>
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
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>öffentliche Stelle</source>
        <translation>public body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ausländerbehörde</source>
        <translation>immigration office</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/agenda.py" line="+71"/>
        <source>TOP hinzufügen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <location line="+7"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>▲ nach oben</source>
        <translation>▲ up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▼ nach unten</source>
        <translation>▼ down</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf der Beratung</source>
        <translation>Course of the discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für die Ausländerbehörde</source>
        <translation>not for the immigration office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht zur Weitergabe an die Ausländerbehörde (z. B. ärztliche Angaben, § 203 StGB)</source>
        <translation>not to be passed on to the immigration office (e.g. medical information, § 203 StGB)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wer: Stelle</source>
        <translation>Who: office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer: Person</source>
        <translation>Who: person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis wann</source>
        <translation>By when</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlauf</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art der Daten</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschlüsse</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschluss hinzufügen …</source>
        <translation>Add decision …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Vereinbarte Aufgaben (Wer / Was / Bis wann)</source>
        <translation>Agreed tasks (who / what / by when)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufgabe hinzufügen …</source>
        <translation>Add task …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>TOP {n}</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Neuer Tagesordnungspunkt {n}</source>
        <translation>New agenda item {n}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kimdesk/ui/app.py" line="+285"/>
        <source>Demo-Profil (Beispieldaten)</source>
        <translation>Demo profile (sample data)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+167"/>
        <location line="+27"/>
        <source>Profil wird geöffnet …</source>
        <translation>Opening the profile …</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Demo-Profil wird erstellt …</source>
        <translation>Creating the demo profile …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo-Profil: die Passphrase lautet „{passphrase}“.</source>
        <translation>Demo profile: the passphrase is “{passphrase}”.</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+77"/>
        <source>Profil: {name}</source>
        <translation>Profile: {name}</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/appointments.py" line="+40"/>
        <source>Termin anlegen</source>
        <translation>Add appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Stelle gibt es nicht (mehr).</source>
        <translation>This agency does not exist (any more).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Termin entfernen</source>
        <translation>Remove appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den Termin gibt es nicht (mehr).</source>
        <translation>This appointment does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/appointments.py" line="+52"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bei wem</source>
        <translation>with whom</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datum, Uhrzeit:</source>
        <translation>Date, time:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stelle:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. Talstraße 2, Raum 3.12</source>
        <translation>e.g. Talstraße 2, room 3.12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Frau Öztürk (Leistungsabteilung)</source>
        <translation>e.g. Ms Öztürk (benefits department)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bei wem:</source>
        <translation>with whom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin entfernen</source>
        <translation>Remove appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin speichern</source>
        <translation>Save appointment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– keine Stelle –</source>
        <translation>– no office –</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bitte zuerst einen Termin in der Tabelle wählen.</source>
        <translation>Please choose an appointment in the table first.</translation>
    </message>
</context>
<context>
    <name>Art15</name>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+86"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Akte geöffnet</source>
        <translation>record opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gedruckt / ausgegeben</source>
        <translation>printed / handed out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>importiert</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synchronisiert</source>
        <translation>synchronised</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{family}, {given}</source>
        <translation>{family}, {given}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nicht hinterlegt – bitte beim Case Management erfragen</source>
        <translation>not recorded – please ask the case management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationen zur Verarbeitung</source>
        <translation>Information about the processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutzbeauftragte:r</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+192"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <source>Case Management im Kommunalen Integrationsmanagement: Klärung der Bedarfe, Abstimmung der zuständigen Stellen, Fallkonferenzen.</source>
        <translation>Case management in the municipal integration management: clarifying needs, coordinating the responsible offices, case conferences.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angaben zur Person und zum Haushalt, Aufenthalt, Leistungen, Schule und Sprache, Wohnen, Gesundheit (soweit erfasst), Beratungskontakte, Einwilligungen.</source>
        <translation>Personal and household details, residence, benefits, school and language, housing, health (where recorded), counselling contacts, consents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empfänger</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keine Stelle außerhalb des Kommunalen Integrationsmanagements</source>
        <translation>no office outside the municipal integration management</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speicherdauer</source>
        <translation>Storage period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bis zum Ende des {n}. Kalenderjahres nach Abschluss des Falls; danach wird alles gelöscht.</source>
        <translation>until the end of the {n}th calendar year after the case is closed; then everything is deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>von Ihnen selbst und, mit Ihrer Einwilligung, von den beteiligten Stellen.</source>
        <translation>from you and, with your consent, from the offices involved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihre Rechte</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auskunft (Art. 15 DSGVO, § 83 SGB X) – diese Aufstellung; Berichtigung (Art. 16 DSGVO); Löschung (Art. 17 DSGVO, § 84 SGB X); Einschränkung der Verarbeitung (Art. 18 DSGVO); Datenübertragbarkeit (Art. 20 DSGVO); Widerspruch (Art. 21 DSGVO); Widerruf einer Einwilligung jederzeit mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).</source>
        <translation>Access (Art. 15 GDPR, § 83 SGB X) – this statement; rectification (Art. 16 GDPR); erasure (Art. 17 GDPR, § 84 SGB X); restriction of processing (Art. 18 GDPR); data portability (Art. 20 GDPR); objection (Art. 21 GDPR); withdrawal of a consent at any time with effect for the future (Art. 7(3) GDPR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beschwerde</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bei der Aufsichtsbehörde (Art. 77 DSGVO): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf.</source>
        <translation>to the supervisory authority (Art. 77 GDPR): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sie sind außerdem im Haushalt von {n} anderen Person(en) erfasst.</source>
        <translation>You are also recorded in the household of {n} other person(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fallkonferenz am {date}</source>
        <translation>Case conference on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+267"/>
        <source>Thema</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-12"/>
        <location line="+27"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-36"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <location line="+45"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-106"/>
        <location line="+23"/>
        <location line="+51"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="-44"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-169"/>
        <location line="+2"/>
        <source>abgeschlossen</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-1"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächster Termin</source>
        <translation>next date</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+189"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+19"/>
        <location line="+19"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-113"/>
        <location line="+10"/>
        <location line="+46"/>
        <location line="+34"/>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheit</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahmegrund ohne Einwilligung</source>
        <translation>Reason for an exception without consent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{who}: {what} (bis {due}, {status})</source>
        <translation>{who}: {what} (by {due}, {status})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOP {n}: {title}</source>
        <translation>Item {n}: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagesordnung, Beschlüsse und Vereinbarungen</source>
        <translation>Agenda, decisions and agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verlauf</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschlüsse</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarte Aufgaben</source>
        <translation>Agreed tasks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nachträge</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-31"/>
        <location line="+27"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-82"/>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+25"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-34"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In Fallkonferenzen vereinbarte Aufgaben für Sie</source>
        <translation>Tasks agreed for you in case conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-9"/>
        <location line="+67"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+1"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-32"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-29"/>
        <location line="+31"/>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-66"/>
        <location line="+68"/>
        <source>erledigt am</source>
        <translation>done on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zugriffe auf Ihre Akte</source>
        <translation>Accesses to your record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer Ihre Akte geöffnet oder Unterlagen über Sie gedruckt hat (Benutzerkennung und Gerät, wie gespeichert).</source>
        <translation>Who opened your record or printed documents about you (user and device, as stored).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+26"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+13"/>
        <location line="+26"/>
        <source>Benutzer:in</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Vorgang</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>alle Angaben</source>
        <translation>all details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Änderungsprotokoll</source>
        <translation>Audit trail of changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jede Änderung an Ihren Datensätzen: wann, von wem, welche Angaben (die Werte stehen im nächsten Abschnitt).</source>
        <translation>Every change to your records: when, by whom, which details (the values are in the next section).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+20"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Angaben</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gespeicherte Werte und ihre Geschichte</source>
        <translation>Stored values and their history</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jeder Wert, den Ihre Datensätze hatten, auch frühere (bis zur Löschung aufbewahrt).</source>
        <translation>Every value your records had, including earlier ones (kept until erasure).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werte</source>
        <translation>Values</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Abweichende Werte aus der Synchronisation</source>
        <translation>Differing values from synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angabe</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gültiger Wert</source>
        <translation>valid value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abweichender Wert</source>
        <translation>differing value</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-224"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verworfen</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vereinbart</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teilweise erreicht</source>
        <translation>partly reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erreicht</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgegeben</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>teilweise</source>
        <translation>partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auskunft</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weitervermittelt</source>
        <translation>referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall eröffnet</source>
        <translation>case opened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entschuldigt</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>did not attend</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Angaben zur Person</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-71"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Name in eigener Schrift</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>braucht Dolmetschung</source>
        <translation>needs interpreting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dolmetschsprache</source>
        <translation>Interpreting language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+70"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aufenthaltspapier gültig bis</source>
        <translation>Residence document valid until</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wohnort (Kommune)</source>
        <translation>Place of residence (municipality)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fall eröffnet am</source>
        <translation>Case opened on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall abgeschlossen am</source>
        <translation>Case closed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallart</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-69"/>
        <location line="+85"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+9"/>
        <source>Beziehung</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-84"/>
        <source>Bedarfe</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+7"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+28"/>
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+50"/>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht für die Ausländerbehörde</source>
        <translation>not for the immigration office</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-61"/>
        <source>Zuständigkeiten</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>für Bedarf</source>
        <translation>for need</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angefragt am</source>
        <translation>requested on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entschieden am</source>
        <translation>decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Verlauf der Zuständigkeiten</source>
        <translation>History of the responsibilities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weitergeleitet an</source>
        <translation>forwarded to</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Beratungskontakte</source>
        <translation>Counselling contacts</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+84"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+38"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dolmetschung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+22"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+2"/>
        <source>Mitarbeiter:in</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-61"/>
        <source>Schweigepflichtentbindungen</source>
        <translation>Releases from confidentiality</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+8"/>
        <source>Person/Funktion</source>
        <translation>Person/function</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arten von Daten</source>
        <translation>Kinds of data</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+102"/>
        <location line="+10"/>
        <source>Gesundheitsdaten</source>
        <translation>Health data</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-160"/>
        <source>der Person selbst</source>
        <translation>the person themselves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der gesetzlichen Vertretung / Vormundschaft</source>
        <translation>the legal representative / guardian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-65"/>
        <source>Abschiebung ausgesetzt seit</source>
        <translation>Deportation suspended since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BAMF-Entscheidung</source>
        <translation>BAMF decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BAMF-Bescheid zugestellt am</source>
        <translation>BAMF decision served on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wohnsitzregelung (Ort)</source>
        <translation>Residence rule (place)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wohnsitzregelung bis</source>
        <translation>Residence rule until</translation>
    </message>
    <message>
        <location line="-42"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+138"/>
        <location line="+10"/>
        <source>Art der Daten</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt von</source>
        <translation>given by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-43"/>
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
        <source>besondere Umstände (mündlich)</source>
        <translation>special circumstances (oral)</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-67"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+6"/>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bei wem</source>
        <translation>with whom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+34"/>
        <source>Aufgaben und Wiedervorlagen</source>
        <translation>Tasks and follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig am</source>
        <translation>due on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einzelheiten</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fristregel</source>
        <translation>Deadline rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zuständig</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallverlauf (Phasen)</source>
        <translation>Case history (phases)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nach</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angezeigt</source>
        <translation>indicated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zugestimmt</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele erreicht</source>
        <translation>Goals reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Vermerk</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Erstkontakte</source>
        <translation>First contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vermittelt durch</source>
        <translation>referred by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anliegen</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufenthaltsstatus (Verlauf)</source>
        <translation>Residence status (history)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leistungsbezug (Verlauf)</source>
        <translation>Benefits (history)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beantragt am</source>
        <translation>applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bewilligt am</source>
        <translation>approved on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Sprachniveau</source>
        <translation>Language level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beteiligte Stellen</source>
        <translation>offices involved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hilfeplan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vereinbart am</source>
        <translation>agreed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Überprüfung am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ziele des Hilfeplans</source>
        <translation>Goals of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maßnahmen des Hilfeplans</source>
        <translation>Measures of the plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schulzugang</source>
        <translation>School entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ankunft in Deutschland</source>
        <translation>Arrival in Germany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung an die Kommune</source>
        <translation>Assignment to the municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung beim Schulamt</source>
        <translation>Registration with the school office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewünschte Schulform</source>
        <translation>School form wanted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag am</source>
        <translation>Application on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgenommen am</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zuordnung zu strukturellen Themen</source>
        <translation>Links to structural findings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entscheidungen über Synchronisationskonflikte</source>
        <translation>Decisions on sync conflicts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallkonferenz</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person der Fallkonferenz</source>
        <translation>Person of the case conference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagesordnungspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vereinbarte Aufgabe</source>
        <translation>Agreed task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachtrag</source>
        <translation>Addendum</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../kimdesk/services/casework/assessment.py" line="+41"/>
        <source>„Gültig bis“ liegt vor „gültig ab“.</source>
        <translation>“Valid until” is before “valid from”.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kein Leistungseintrag mit der Kennung {id}.</source>
        <translation>No benefit record with the id {id}.</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/assessment.py" line="+55"/>
        <source>Aufenthaltsstatus – Verlauf</source>
        <translation>Residence status – history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Vermerk</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neuen Status erfassen</source>
        <translation>Record new status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neuer Status, z. B. Aufenthaltserlaubnis</source>
        <translation>new status, e.g. residence permit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leistungen (Rechtskreis) – Verlauf</source>
        <translation>Benefits (legal domain) – history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beantragt</source>
        <translation>applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bewilligt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steht aus</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>zuständige Stelle, z. B. Jobcenter</source>
        <translation>responsible office, e.g. Jobcenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>beantragt am</source>
        <translation>applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuen Leistungsbezug erfassen</source>
        <translation>Record new benefit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Für den gewählten Eintrag:</source>
        <translation>For the selected entry:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewilligung eintragen</source>
        <translation>Enter approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ende eintragen</source>
        <translation>Enter end</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bitte zuerst einen Eintrag in der Tabelle wählen.</source>
        <translation>Please select an entry in the table first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lage der Person</source>
        <translation>Situation of the person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Haushalt:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schule und Bildung:</source>
        <translation>School and education:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesundheit:</source>
        <translation>Health:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wohnen:</source>
        <translation>Housing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ressourcen:</source>
        <translation>Resources:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vermerk:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gesundheitsangaben gehen nie an die Ausländerbehörde (§ 203 StGB).</source>
        <translation>Health information never goes to the immigration office (§ 203 StGB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deutschkenntnisse:</source>
        <translation>Knowledge of German:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beteiligte Stellen:</source>
        <translation>Offices involved:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment speichern</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stand vom:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lage der Person – Assessment vom {date}</source>
        <translation>Situation of the person – assessment of {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lage der Person – noch kein Assessment</source>
        <translation>Situation of the person – no assessment yet</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+65"/>
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
        <location filename="../../kimdesk/store/audit.py" line="+276"/>
        <source>Audit-Protokoll intakt: {n} Einträge geprüft, davon {m} mit Änderungen gelöschter Personen (über die Kette geprüft).</source>
        <translation>Audit log intact: {n} entries checked, {m} of them with changes of erased people (checked through the chain).</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>Backup</name>
    <message>
        <location filename="../../kimdesk/services/admin/backup.py" line="+82"/>
        <source>Die Sicherung konnte nicht geschrieben werden ({err}); es wurde nichts angelegt.</source>
        <translation>The backup could not be written ({err}); nothing was created.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Sicherung konnte nicht geschrieben werden: {err}</source>
        <translation>The backup could not be written: {err}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sicherung {path} nicht gefunden.</source>
        <translation>Backup {path} not found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sicherung passt nicht zu diesem Profil: {err}</source>
        <translation>The backup does not match this profile: {err}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sicherung ist beschädigt (Integritätsprüfung).</source>
        <translation>The backup is damaged (integrity check).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/backups_dialog.py" line="+125"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Angelegt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>KIMdesk legt beim Start täglich eine verschlüsselte Sicherung an und behält die letzten {n} (Extras → Einstellungen). Ordner: {folder}</source>
        <translation>KIMdesk creates an encrypted backup once a day at start-up and keeps the last {n} (Tools → Settings). Folder: {folder}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wiederhergestellt. Die vorherige Datenbank liegt unter {path}.</source>
        <translation>Restored. The previous database is at {path}.</translation>
    </message>
</context>
<context>
    <name>BamfDecision</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/bamf_decisions.py" line="+17"/>
        <source>Asylberechtigung (Art. 16a GG)</source>
        <translation>Entitled to asylum (Art. 16a GG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flüchtlingseigenschaft (§ 3 AsylG)</source>
        <translation>Refugee status (§ 3 AsylG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subsidiärer Schutz (§ 4 AsylG)</source>
        <translation>Subsidiary protection (§ 4 AsylG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschiebungsverbot (§ 60 Abs. 5/7 AufenthG)</source>
        <translation>Ban on deportation (§ 60 (5)/(7) AufenthG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt</source>
        <translation>declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt als offensichtlich unbegründet</source>
        <translation>refused as manifestly unfounded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt als unzulässig</source>
        <translation>refused as inadmissible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../kimdesk/ui/reports/chart.py" line="+118"/>
        <source>„&lt; 5“, „x“, „–“: nicht ausgewiesen (Schutz kleiner Zahlen)</source>
        <translation>“&lt; 5”, “x”, “–”: not shown (protection of small numbers)</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../kimdesk/cli.py" line="+61"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <location line="+65"/>
        <source>Der Datenträger ist voll ({path}); es wurde nichts gespeichert.</source>
        <translation>The disk is full ({path}); nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei wird für den Datenträger zu groß ({path}); es wurde nichts gespeichert.</source>
        <translation>The file is too large for the disk ({path}); nothing was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Berechtigung für {path}; es wurde nichts geändert.</source>
        <translation>No permission for {path}; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} gibt es nicht.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} liegt auf einem schreibgeschützten Datenträger.</source>
        <translation>{path} is on a read-only disk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateifehler bei {path}: {err}</source>
        <translation>File error at {path}: {err}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>kimdesk: abgebrochen</source>
        <translation>kimdesk: interrupted</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+13"/>
        <source>{n} Datensätze geschrieben ({detail}).</source>
        <translation>{n} records written ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} neue Wiedervorlagen aus den Fristregeln.</source>
        <translation>{n} new follow-ups from the deadline rules.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../kimdesk/commands/sync.py" line="+163"/>
        <source>Die Passphrasen stimmen nicht überein.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profil „{name}“ angelegt in {dir}</source>
        <translation>Profile “{name}” created in {dir}</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../kimdesk/commands/backup.py" line="+13"/>
        <source>verschlüsselte Sicherungen</source>
        <translation>encrypted backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungsdatei (für restore)</source>
        <translation>backup file (for restore)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welche Sicherung? kimdesk backup restore DATEI</source>
        <translation>Which backup? kimdesk backup restore FILE</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../kimdesk/commands/profile.py" line="+2"/>
        <source>Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation>Passphrase missing: set KIMDESK_PASSPHRASE or enter it interactively.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sicherung wiederhergestellt; die vorherige Datenbank liegt mit allen gespeicherten Änderungen unter {path}.</source>
        <translation>Backup restored; the previous database, with every saved change, is kept at {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keine Sicherung fällig.</source>
        <translation>No backup due.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherung angelegt: {path}</source>
        <translation>Backup created: {path}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/profile.py" line="+10"/>
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
        <location line="+23"/>
        <source>Die Datenbank ist beschädigt; das Audit-Protokoll lässt sich nicht prüfen.</source>
        <translation>The database is damaged; the audit log cannot be verified.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank ist beschädigt ({what}); das Audit-Protokoll lässt sich nicht prüfen.</source>
        <translation>The database is damaged ({what}); the audit log cannot be verified.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.</source>
        <translation>No KIMdesk profile “{name}” in {dir}; run “kimdesk init” first.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/clients.py" line="+13"/>
        <source>eine Person betreffende Befehle</source>
        <translation>commands concerning one person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eine Person endgültig löschen, auf allen Geräten</source>
        <translation>delete a person for good, on every device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund (z. B. Löschantrag, Aufbewahrungsfrist)</source>
        <translation>reason (e.g. request for erasure, retention period)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alles über eine Person als PDF (Auskunft nach Art. 15 DSGVO)</source>
        <translation>everything about one person as a PDF (access under Art. 15 GDPR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>den Hilfeplan als Vereinbarung zum Unterschreiben (PDF)</source>
        <translation>the plan as an agreement to sign (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ein bestimmter Plan; Vorgabe: der aktuelle</source>
        <translation>a particular plan; default: the current one</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/commands/minutes.py" line="+54"/>
        <location line="+12"/>
        <source>zweite Sprache neben Deutsch (de = nur Deutsch); Vorgabe: die erste Sprache der Akte</source>
        <translation>second language beside German (de = German only); default: the first language on the record</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person {id} gelöscht ({n} Datensätze); die Löschung wird mit der nächsten Sync-Runde an alle Geräte weitergegeben.</source>
        <translation>Person {id} deleted ({n} records); the deletion reaches every device with the next sync round.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access under Art. 15 GDPR</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hilfeplan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/cycle.py" line="+19"/>
        <source>„{value}“ ist kein Datum JJJJ-MM-TT</source>
        <translation>“{value}” is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fristen prüfen und Wiedervorlagen anlegen</source>
        <translation>check deadlines and create follow-ups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fälle nach Ablauf der Aufbewahrungsfrist löschen</source>
        <translation>delete cases past their retention period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nur auflisten, nichts löschen</source>
        <translation>only list, delete nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Rückfrage löschen</source>
        <translation>delete without asking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seiteneinsteiger: Warteliste und Kennzahlen</source>
        <translation>Lateral entrants: waiting list and figures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warteliste als CSV-Datei schreiben</source>
        <translation>write the waiting list as a CSV file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schulplätze je Aufnahmetermin und Schulträger</source>
        <translation>School places per intake date and school operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kennung (für remove)</source>
        <translation>ID (for remove)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune (leer: die ganze Region)</source>
        <translation>Municipality (empty: the whole region)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schulträger: Kommune oder StädteRegion/Kreis</source>
        <translation>School operator: municipality or StädteRegion/district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schule (nur für das Team)</source>
        <translation>School (for the team only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufnahmetermin JJJJ-MM-TT</source>
        <translation>Intake date YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zahl der Plätze</source>
        <translation>Number of places</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strukturelle Themen (generative Themen)</source>
        <translation>Structural findings (generative topics)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{fired} Fristen erkannt, {n} neue Wiedervorlagen.</source>
        <translation>{fired} deadlines found, {n} new follow-ups.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Löschen braucht eine Bestätigung: --yes angeben oder interaktiv bestätigen.</source>
        <translation>Deleting needs a confirmation: give --yes or confirm interactively.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Fälle endgültig löschen? [j/N] </source>
        <translation>Delete {n} cases for good? [y/N] </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} Fälle und {m} Erstkontakte sind zur Löschung fällig (nichts gelöscht).</source>
        <translation>{n} cases and {m} first contacts are due for deletion (nothing deleted).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} Fälle gelöscht; anonyme Zählungen bleiben für Berichte erhalten.</source>
        <translation>{n} cases deleted; anonymous counts stay for reports.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} Wartende nach {path} geschrieben.</source>
        <translation>{n} waiting people written to {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte --from und --to angeben (--from nicht nach --to).</source>
        <translation>Please give --from and --to (--from not after --to).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wartend am {day}</source>
        <translation>Waiting on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufnahmen im Zeitraum</source>
        <translation>Placements in the period</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte die Kennung der Plätze angeben (siehe school-places list).</source>
        <translation>Please give the ID of the places (see school-places list).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bitte die Zieldatei angeben (.csv oder .pdf).</source>
        <translation>Please give the target file (.csv or .pdf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} Themen nach {path} geschrieben.</source>
        <translation>{n} findings written to {path}.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/minutes.py" line="-46"/>
        <source>Fallkonferenzen: Protokoll, Schweigepflichtentbindung, Merkblatt</source>
        <translation>Case conferences: minutes, release from confidentiality, hand-out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protokoll einer Konferenz als PDF</source>
        <translation>minutes of a conference as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zieldatei (nicht mit --distribution)</source>
        <translation>output file (not with --distribution)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ausfertigung für eine Stelle: braucht deren Schweigepflichtentbindung; die Ausländerbehörde erhält keine so gekennzeichneten Inhalte</source>
        <translation>copy for one office: needs its release from confidentiality; the immigration office receives no content marked as not for it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verteiler: je beteiligte Stelle ein PDF in diesen Ordner</source>
        <translation>distribution: one PDF per participating office into this folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wie --recipient mit der Ausländerbehörde unter den Teilnehmenden</source>
        <translation>like --recipient, with the immigration office among the participants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schweigepflichtentbindung für eine Person, vorausgefüllt</source>
        <translation>release from confidentiality for a person, pre-filled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stelle (mehrfach möglich); Vorgabe: die beteiligten Stellen</source>
        <translation>office (may be repeated); default: the offices involved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zweite Sprache neben Deutsch (en, ar, fa, uk, ru, tr; de = nur Deutsch); Vorgabe: die erste Sprache der Akte</source>
        <translation>second language beside German (en, ar, fa, uk, ru, tr; de = German only); default: the first language on the record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ohne die Datenschutzinformation nach Art. 13 DSGVO</source>
        <translation>without the data protection information under Art. 13 GDPR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenschutzinformation nach Art. 13 DSGVO für eine Person</source>
        <translation>data protection information under Art. 13 GDPR for one person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merkblatt für die Person: Anliegen, Stellen, Kontakte, Termine</source>
        <translation>hand-out for the person: requests, offices, contacts, appointments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aufzuführendes Anliegen (mehrfach möglich); Vorgabe: alle offenen außer Gesundheit und Jugendhilfe</source>
        <translation>need to list (repeatable); default: all open ones except health and youth welfare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Konferenzen auflisten (neueste zuerst)</source>
        <translation>list conferences (newest first)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vereinbarte Aufgaben: fällige oder die einer Person</source>
        <translation>agreed tasks: those due, or those of one person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fällige Aufgaben: auch die der nächsten DAYS Tage</source>
        <translation>tasks due: include those of the next DAYS days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation im Briefkopf anzeigen oder setzen (nur dieses Gerät)</source>
        <translation>show or set the organisation in the letterhead (this device only)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>Der Ordner {dir} existiert nicht.</source>
        <translation>The folder {dir} does not exist.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/cli.py" line="-75"/>
        <location filename="../../kimdesk/commands/minutes.py" line="-60"/>
        <source>{path} ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation>{path} is a folder; please give a file name.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/minutes.py" line="+13"/>
        <location filename="../../kimdesk/commands/report.py" line="+71"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/commands/report.py" line="+1"/>
        <source>{n} Seiten</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/commands/report.py" line="+2"/>
        <source>{what} gespeichert: {path} ({pages})</source>
        <translation>{what} saved: {path} ({pages})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinweis: als Umschrift gedruckt (Schrift nicht darstellbar): {fields}</source>
        <translation>Note: printed as a transliteration (script cannot be shown): {fields}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte entweder -o oder --distribution angeben.</source>
        <translation>Please give either -o or --distribution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Zieldatei mit -o angeben.</source>
        <translation>Please give the target file with -o.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An dieser Konferenz hat keine Stelle teilgenommen; kein Verteiler.</source>
        <translation>No office took part in this conference; no distribution.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ausfertigung für {recipient}</source>
        <translation>Copy for {recipient}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schweigepflichtentbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datenschutzinformation</source>
        <translation>Data protection information</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merkblatt</source>
        <translation>Hand-out</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/sync.py" line="-147"/>
        <source>eine Sync-Runde mit dem gemeinsamen Ordner</source>
        <translation>one sync round with the shared folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordner oder smb://benutzer@server[:port]/freigabe/ordner</source>
        <translation>folder or smb://user@server[:port]/share/folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>das Ziel für künftige Runden merken</source>
        <translation>remember the target for future rounds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vom Schutz zurückgehaltene Massenlöschungen anwenden</source>
        <translation>apply mass deletions held back by the fail-safe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>einen leeren Ordner als neues Sync-Ziel einrichten, obwohl dieses Gerät schon synchronisiert hat</source>
        <translation>set up an empty folder as a new sync target although this device has synced before</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fremde, beschädigte und gefälschte Dateien vom Sync-Ziel entfernen (braucht den Teamschlüssel)</source>
        <translation>remove foreign, damaged and forged files from the sync target (needs the team key)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mit --clean-share: nur anzeigen, was entfernt würde</source>
        <translation>with --clean-share: only show what would be removed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offene Konflikte anzeigen oder entscheiden</source>
        <translation>show or decide open conflicts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auch entschiedene</source>
        <translation>also decided ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nummer des Konflikts</source>
        <translation>number of the conflict</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teamschlüssel anlegen, weitergeben, übernehmen</source>
        <translation>create, hand on, take over the team key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neuen Teamschlüssel anlegen</source>
        <translation>create a new team key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>womit der Stellenkatalog des Teams beginnt: nrw_kreis, nrw_kreisfreie_stadt, staedteregion_aachen (Vorgabe) oder empty</source>
        <translation>what the team&apos;s agency catalogue starts with: nrw_kreis, nrw_kreisfreie_stadt, staedteregion_aachen (default) or empty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>den Stellenkatalog des Teams aus dieser CSV-Datei anlegen (statt --catalogue)</source>
        <translation>create the team&apos;s agency catalogue from this CSV file (instead of --catalogue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anmeldedatei für ein weiteres Gerät schreiben</source>
        <translation>write an enrolment file for another device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mit einer Anmeldedatei dem Team beitreten</source>
        <translation>join the team with an enrolment file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neuen Teamschlüssel erzeugen (verlorenes Gerät), Geräte sperren, neue Anmeldedatei schreiben</source>
        <translation>create a new team key (lost device), revoke devices, write a new enrolment file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die neue Anmeldedatei für die anderen Geräte</source>
        <translation>the new enrolment file for the other devices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gerätekennung eines verlorenen Geräts (mehrfach möglich)</source>
        <translation>device id of a lost device (may be repeated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Sync-Ziel, wenn nicht das gespeicherte</source>
        <translation>sync target, if not the saved one</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>die Geräte mit einem Ordner auf dem Sync-Ziel</source>
        <translation>the devices that have a folder on the sync target</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--dry-run gehört zu --clean-share.</source>
        <translation>--dry-run belongs to --clean-share.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--save braucht --target.</source>
        <translation>--save needs --target.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sync-Ziel {target} nicht erreichbar ({err}).</source>
        <translation>Sync target {target} cannot be reached ({err}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nichts Fremdes auf {target}.</source>
        <translation>Nothing foreign on {target}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nicht entfernt (Ordner außerhalb von devices/, bitte selbst prüfen): {item}</source>
        <translation>Not removed (a folder outside devices/, please check it yourself): {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Würde entfernen: {item}</source>
        <translation>Would remove: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entfernt: {item}</source>
        <translation>Removed: {item}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Konflikt {n} entschieden ({choice}).</source>
        <translation>Conflict {n} decided ({choice}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entschieden</source>
        <translation>decided</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase der Anmeldedatei</source>
        <translation>passphrase of the enrolment file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase fehlt: KIMDESK_TEAM_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation>Passphrase missing: set KIMDESK_TEAM_PASSPHRASE or enter it interactively.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase wiederholen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--catalogue csv braucht --catalogue-csv DATEI.</source>
        <translation>--catalogue csv needs --catalogue-csv FILE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team {id} angelegt.</source>
        <translation>Team {id} created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stellenkatalog aus {file}: {n} Stellen übernommen.</source>
        <translation>Agency catalogue from {file}: {n} agencies taken over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeile {line} nicht übernommen: {problem}</source>
        <translation>Line {line} not taken over: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein sicherer Schlüsselbund: der Teamschlüssel liegt nur in der verschlüsselten Datenbank.</source>
        <translation>No secure keyring: the team key is kept only in the encrypted database.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anmeldedatei für Team {id} geschrieben: {path}</source>
        <translation>Enrolment file for team {id} written: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Diesem Gerät ist jetzt Team {id} bekannt.</source>
        <translation>This device now knows team {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync-Ziel übernommen: {target}</source>
        <translation>Sync target taken over: {target}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Neuer Teamschlüssel (Generation {n}); {carried} Dateien auf dem Sync-Ziel bleiben gültig.</source>
        <translation>New team key (generation {n}); {carried} files on the sync target remain valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesperrt: {device}</source>
        <translation>Revoked: {device}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Anmeldedatei: {path} – jedes andere Gerät muss sie mit „kimdesk team join“ übernehmen.</source>
        <translation>New enrolment file: {path} – every other device must take it over with “kimdesk team join”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dieses Gerät</source>
        <translation>this device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gesperrt</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Segmente, zuletzt {last}</source>
        <translation>{n} segments, last {last}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/report.py" line="-55"/>
        <source>Anonyme Berichte: Sachstandsbericht, Seiteneinsteiger</source>
        <translation>Anonymous reports: status report, lateral entrants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sachstandsbericht Kommunales Integrationsmanagement (PDF, CSV)</source>
        <translation>Status report on Municipal Integration Management (PDF, CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Übersicht Seiteneinsteiger und Internationale Förderklassen (PDF, CSV)</source>
        <translation>Overview of lateral entrants and international support classes (PDF, CSV)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Beginn des Zeitraums, JJJJ-MM-TT</source>
        <translation>start of the period, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Ende des Zeitraums, JJJJ-MM-TT</source>
        <translation>end of the period, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>den Bericht als PDF schreiben</source>
        <translation>write the report as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jede Tabelle als CSV-Datei in DIR schreiben</source>
        <translation>write each table as a CSV file into DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Tabellen als JSON ausgeben</source>
        <translation>print the tables as JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Textabschnitte des Sachstandsberichts zeigen oder speichern</source>
        <translation>Show or save the text sections of the status report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>der Abschnitt, der gespeichert wird</source>
        <translation>the section to save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den Text aus dieser Datei (UTF-8)</source>
        <translation>the text from this file (UTF-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>als zur Veröffentlichung geprüft markieren (sonst wird er nicht gedruckt)</source>
        <translation>mark as reviewed for publication (otherwise it is not printed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Abschnitte als JSON ausgeben</source>
        <translation>print the sections as JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <source>Bitte den Zeitraum mit --from JJJJ-MM-TT und --to JJJJ-MM-TT angeben.</source>
        <translation>Please give the period with --from YYYY-MM-DD and --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Bitte -o DATEI.pdf, --csv ORDNER oder --json angeben.</source>
        <translation>Please give -o FILE.pdf, --csv FOLDER or --json.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} CSV-Dateien gespeichert in {dir}</source>
        <translation>{n} CSV files saved in {dir}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sachstandsbericht</source>
        <translation>Status report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Übersicht Seiteneinsteiger</source>
        <translation>Lateral entrants overview</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bitte mit --section angeben, welcher Abschnitt gespeichert wird.</source>
        <translation>Please say with --section which section to save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei {path} lässt sich nicht lesen.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei {path} ist zu groß für einen Textabschnitt.</source>
        <translation>The file {path} is too large for a text section.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei {path} ist kein UTF-8-Text.</source>
        <translation>The file {path} is not UTF-8 text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abschnitt gespeichert ({state}).</source>
        <translation>Section saved ({state}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zur Veröffentlichung geprüft</source>
        <translation>reviewed for publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht geprüft, wird nicht gedruckt</source>
        <translation>not reviewed, will not be printed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>geprüft</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht geprüft</source>
        <translation>not reviewed</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/catalogue.py" line="+32"/>
        <source>Vorlage: Kreis in NRW (ohne Anschriften)</source>
        <translation>Template: district (Kreis) in NRW (no addresses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage: kreisfreie Stadt in NRW (ohne Anschriften)</source>
        <translation>Template: independent city in NRW (no addresses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beispiel: StädteRegion Aachen (mit Anschriften)</source>
        <translation>Example: StädteRegion Aachen (with addresses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leer – Stellen selbst anlegen</source>
        <translation>Empty – add the agencies yourself</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unbekannte Vorlage „{key}“.</source>
        <translation>Unknown template “{key}”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stellenkatalog aus Vorlage</source>
        <translation>Agency catalogue from template</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../kimdesk/ui/client_list.py" line="+57"/>
        <source>Person suchen: Name in beliebiger Schreibweise oder Aktenzeichen</source>
        <translation>Find a person: name in any spelling, or case number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neue Person aufnehmen …</source>
        <translation>New intake …</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+8"/>
        <source>nur mit offenen Bedarfen</source>
        <translation>only with open needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>alle Case Manager:innen</source>
        <translation>all case managers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meine Fälle</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>wird geladen …</source>
        <translation>loading …</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln Person(en)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="+34"/>
        <source>Person auswählen</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in beliebiger Schreibweise oder Aktenzeichen</source>
        <translation>Name in any spelling or case number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../kimdesk/ui/record/view.py" line="+83"/>
        <source>Kurznotiz …</source>
        <translation>Quick note …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+185"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Persönliche Daten</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fallverlauf</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+0"/>
        <source>Termine</source>
        <translation>Appointments</translation>
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
        <location line="+57"/>
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
    <message>
        <location line="+2"/>
        <source>Phase: {phase}</source>
        <translation>Phase: {phase}</translation>
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
        <location line="+77"/>
        <source>Rückgängig: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../kimdesk/ui/client_table.py" line="+158"/>
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
        <location line="-11"/>
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
        <location filename="../../kimdesk/services/clients_intake/clients.py" line="+96"/>
        <location filename="../../kimdesk/services/clients_intake/responsibilities.py" line="+182"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="-216"/>
        <location filename="../../kimdesk/sync/erasure.py" line="+212"/>
        <source>Keine Person mit der Kennung {id}.</source>
        <translation>No person with the id {id}.</translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/editor.py" line="+78"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachträge</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abschließen …</source>
        <translation>Finalise …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+195"/>
        <source>Entwurf verwerfen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Eine Ausfertigung für eine Stelle braucht deren Schweigepflichtentbindung; die Ausländerbehörde erhält nichts, was nicht für sie bestimmt ist.</source>
        <translation>A copy for an office needs that office&apos;s release from confidentiality; the immigration office receives nothing not meant for it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verteiler …</source>
        <translation>Distribution …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>je beteiligte Stelle ein PDF in einen Ordner</source>
        <translation>one PDF per participating office into a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Druckvorschau …</source>
        <translation>Print preview …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Keine Konferenz ausgewählt</source>
        <translation>No conference selected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallkonferenz</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netzwerktreffen</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} am {date}</source>
        <translation>{kind} on {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abgeschlossen {when} – schreibgeschützt</source>
        <translation>Finalised {when} – read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aktenexemplar (vollständig)</source>
        <translation>Full file copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ausfertigung für {office}</source>
        <translation>Copy for {office}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Protokoll abschließen</source>
        <translation>Finalise protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach dem Abschließen kann das Protokoll nicht mehr geändert werden; Korrekturen sind nur noch als datierte Nachträge möglich. Jetzt abschließen?</source>
        <translation>After finalising, the protocol cannot be changed any more; corrections are only possible as dated addenda. Finalise now?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Protokoll ist abgeschlossen.</source>
        <translation>The protocol is finalised.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diesen Entwurf verwerfen?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>PDF wird erstellt …</source>
        <translation>Creating PDF …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF konnte nicht erstellt werden: {error}</source>
        <translation>The PDF could not be created: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ordner für den Verteiler</source>
        <translation>Folder for the distribution</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An dieser Konferenz hat keine Stelle teilgenommen; kein Verteiler.</source>
        <translation>No office took part in this conference; no distribution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDFs werden erstellt …</source>
        <translation>Creating PDFs …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} Ausfertigung(en) gespeichert in {folder}.</source>
        <translation>{n} copy/copies saved in {folder}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Speichern nicht möglich: {error}</source>
        <translation>Saving not possible: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/conferences.py" line="+68"/>
        <location line="+7"/>
        <location filename="../../kimdesk/services/team_sync/conflicts.py" line="+170"/>
        <source>Das Protokoll ist abgeschlossen und kann nicht mehr geändert werden; Korrekturen bitte als Nachtrag erfassen.</source>
        <translation>The minutes are final and cannot be changed any more; please record corrections as an addendum.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/agenda_edit.py" line="+51"/>
        <source>Kein Tagesordnungspunkt mit der Kennung {id}.</source>
        <translation>No agenda item with the id {id}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bitte den Betreff des TOP angeben.</source>
        <translation>Please give the subject of the agenda item.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Kein Beschluss mit der Kennung {id}.</source>
        <translation>No decision with the id {id}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Die Aufgabe kann nur einer Person dieser Konferenz zugeordnet werden.</source>
        <translation>The task can only be assigned to a person of this conference.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte angeben, was zu tun ist.</source>
        <translation>Please say what is to be done.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Keine Aufgabe mit der Kennung {id}.</source>
        <translation>No task with the id {id}.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/conference_edit.py" line="+53"/>
        <source>„{value}“ ist keine Uhrzeit (HH:MM).</source>
        <translation>“{value}” is not a time of day (HH:MM).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keine Konferenz mit der Kennung {id}.</source>
        <translation>No conference with the id {id}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keine Stelle mit der Kennung {id}.</source>
        <translation>No office with the id {id}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte das Datum der Konferenz angeben.</source>
        <translation>Please give the date of the conference.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ein Netzwerktreffen hat keine Person: bitte zuerst die Personen entfernen.</source>
        <translation>A network meeting has no person: please remove the persons first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ein Netzwerktreffen wird ohne Person geführt; für eine Person bitte eine Fallkonferenz anlegen.</source>
        <translation>A network meeting is held without a person; for a person please create a case conference.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keine Person mit der Kennung {id}.</source>
        <translation>No person with the id {id}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Für „{agency}“ liegt zum {date} keine gültige Schweigepflichtentbindung vor ({detail}). Eine Teilnahme ist nur mit Begründung möglich.</source>
        <translation>For “{agency}” there is no valid release from confidentiality on {date} ({detail}). Taking part is only possible with a reason.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person, Vormund oder Dolmetschung nehmen ohne Stelle teil.</source>
        <translation>The person, a guardian or an interpreter take part without an office.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kein Tagesordnungspunkt dieser Konferenz mit der Kennung {id}.</source>
        <translation>No agenda item of this conference with the id {id}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Bitte Stelle oder Namen angeben.</source>
        <translation>Please give an office or a name.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+32"/>
        <source>Keine Teilnahme mit der Kennung {id}.</source>
        <translation>No participation with the id {id}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Moderation und Protokollführung müssen angegeben sein.</source>
        <translation>Moderation and minute taker must be given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Fallkonferenz braucht mindestens eine Person.</source>
        <translation>A case conference needs at least one person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Protokoll hat noch keinen Tagesordnungspunkt.</source>
        <translation>The protocol has no agenda item yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für {n} Teilnehmende fehlt eine gültige Schweigepflichtentbindung und eine Begründung.</source>
        <translation>For {n} participants a valid release from confidentiality and a reason are missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{agency}“ war bei {tops} anwesend, ohne dass ihre Schweigepflichtentbindung diese Inhalte umfasst; bitte die Begründung vermerken.</source>
        <translation>“{agency}” was present during {tops}, which its release from confidentiality does not cover; please record the reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOP {n}</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abschließen nicht möglich: {problems}</source>
        <translation>Finalising not possible: {problems}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nachträge gibt es erst nach dem Abschluss; einen Entwurf bitte direkt ändern.</source>
        <translation>Addenda exist only after finalising; please change a draft directly.</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/page.py" line="+46"/>
        <source>Alle Konferenzen</source>
        <translation>All conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwürfe</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgeschlossen</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Fallkonferenz</source>
        <translation>New case conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neues Netzwerktreffen</source>
        <translation>New network meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefkopf …</source>
        <translation>Letterhead …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation im Kopf der Ausdrucke (nur dieses Gerät)</source>
        <translation>Organisation in the header of printouts (this device only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fall / Thema</source>
        <translation>Case / topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Fallkonferenz</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Netzwerk: {title}</source>
        <translation>Network: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation im Kopf aller Ausdrucke (leer: „Kommunales Integrationsmanagement“):</source>
        <translation>Organisation in the header of all printouts (empty: “Kommunales Integrationsmanagement”):</translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/lists.py" line="+23"/>
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
    <name>Conflicts</name>
    <message>
        <location filename="../../kimdesk/services/team_sync/conflicts.py" line="-29"/>
        <source>Kein Konflikt {id}.</source>
        <translation>No conflict {id}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unbekannte Wahl „{choice}“.</source>
        <translation>Unknown choice “{choice}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Der Datensatz {id} existiert nicht mehr.</source>
        <translation>The record {id} no longer exists.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nachträge gibt es nur zu abgeschlossenen Protokollen.</source>
        <translation>Addenda exist only for finalised protocols.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nachtrag aus der Synchronisierung: {field} lautete auf einem anderen Gerät „{value}“ (geändert {at}).</source>
        <translation>Addendum from synchronisation: {field} read “{value}” on another device (changed {at}).</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../kimdesk/reports/formatting.py" line="+49"/>
        <location filename="../../kimdesk/services/releases/consents.py" line="+200"/>
        <source>keine erteilt</source>
        <translation>none given</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/consents.py" line="-142"/>
        <source>Die Schweigepflichtentbindung vom {date} umfasst {recipient}.</source>
        <translation>The release from confidentiality of {date} covers {recipient}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für {recipient} liegt keine Schweigepflichtentbindung vor.</source>
        <translation>There is no release from confidentiality for {recipient}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} wurde am {date} widerrufen.</source>
        <translation>The release from confidentiality for {recipient} was withdrawn on {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} ist am {date} abgelaufen.</source>
        <translation>The release from confidentiality for {recipient} expired on {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} gilt erst ab {date}.</source>
        <translation>The release from confidentiality for {recipient} is valid only from {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} umfasst keine Gesundheitsdaten.</source>
        <translation>The release from confidentiality for {recipient} does not cover health data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} umfasst diese Daten nicht.</source>
        <translation>The release from confidentiality for {recipient} does not cover these data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung gilt nur für eine bestimmte Person bei {recipient}.</source>
        <translation>The release from confidentiality applies only to a particular person at {recipient}.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bitte die Stelle angeben, für die die Entbindung gilt.</source>
        <translation>Please give the office the release applies to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte das Datum der Erteilung angeben.</source>
        <translation>Please give the date it was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Das Ende liegt vor der Erteilung.</source>
        <translation>The end is before the date it was given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eine mündliche Entbindung für Gesundheitsdaten braucht die vermerkten besonderen Umstände.</source>
        <translation>An oral release covering health data needs the special circumstances recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keine Stelle mit der Kennung {id}.</source>
        <translation>No office with the id {id}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keine Schweigepflichtentbindung mit der Kennung {id}.</source>
        <translation>No release from confidentiality with the id {id}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>widerrufen am {date}</source>
        <translation>withdrawn on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelaufen am {date}</source>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erst ab {date}</source>
        <translation>only from {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Gesundheitsdaten</source>
        <translation>without health data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für diese Daten</source>
        <translation>not for these data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur für eine bestimmte Person</source>
        <translation>only for a particular person</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Keine Fallkonferenz mit der Kennung {id}.</source>
        <translation>No case conference with the id {id}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Teilnahme nur wegen des vermerkten Ausnahmegrundes.</source>
        <translation>Taking part only because of the recorded exception.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location line="-193"/>
        <source>Angaben zur Person</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aufenthalt</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leistungen</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arbeit und Ausbildung</source>
        <translation>Work and training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schule und Sprache</source>
        <translation>School and language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familie und Haushalt</source>
        <translation>Family and household</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+16"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Widerruf erfassen</source>
        <translation>Record withdrawal</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/consents.py" line="+70"/>
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
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle außer Gesundheit</source>
        <translation>all but health</translation>
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
        <location line="-50"/>
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
        <location line="+8"/>
        <source>Arten von Daten (keine: alle außer Gesundheit):</source>
        <translation>Kinds of data (none: all but health):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>umfasst Gesundheitsdaten (Art. 9 DSGVO)</source>
        <translation>covers health data (Art. 9 GDPR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nur bei mündlicher Entbindung für Gesundheitsdaten: warum nicht schriftlich (§ 67b Abs. 2 SGB X)</source>
        <translation>only for an oral release covering health data: why not in writing (§ 67b (2) SGB X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besondere Umstände:</source>
        <translation>Special circumstances:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung speichern</source>
        <translation>Save consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widerruf der gewählten erfassen</source>
        <translation>Record withdrawal of the selected one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formular drucken (PDF) …</source>
        <translation>Print form (PDF) …</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/contacts.py" line="+38"/>
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
        <location filename="../../kimdesk/ui/record/contacts.py" line="+63"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für ABH</source>
        <translation>not for the immigration office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="-27"/>
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
        <location line="+4"/>
        <source>Art der Daten:</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art der Daten des gewählten Kontakts:</source>
        <translation>Kind of data of the chosen contact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt speichern</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markierung „nicht für die Ausländerbehörde“ umschalten</source>
        <translation>Toggle the mark “not for the immigration office”</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Bitte zuerst einen Kontakt in der Tabelle wählen.</source>
        <translation>Please select a contact in the table first.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../kimdesk/ui/crash.py" line="+43"/>
        <source>Ein unerwarteter Fehler ist aufgetreten ({kind}). Ihre Eingaben in offenen Fenstern sind noch da: bitte speichern und KIMdesk neu starten. Einzelheiten stehen im Protokoll (Hilfe → Über KIMdesk).</source>
        <translation>An unexpected error occurred ({kind}). Your input in open windows is still there: please save and restart KIMdesk. Details are in the log (Help → About KIMdesk).</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <location filename="../../kimdesk/services/casework/case_cycle.py" line="+48"/>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstkontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearing</source>
        <translation>Clearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hilfeplanung</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unbekannte Phase „{phase}“.</source>
        <translation>Unknown phase “{phase}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ein Phasenwechsel kann nicht in der Zukunft liegen.</source>
        <translation>A change of phase cannot lie in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Datum liegt vor dem letzten Phasenwechsel ({date}).</source>
        <translation>The date is before the last change of phase ({date}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Fall ist bereits in der Phase „{phase}“.</source>
        <translation>The case is already in the phase “{phase}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Von „{old}“ geht es nicht direkt zu „{new}“.</source>
        <translation>From “{old}” there is no direct way to “{new}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zum Abschließen bitte einen Grund angeben.</source>
        <translation>To close the case please give a reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case Management beginnt nur, wenn es angezeigt ist und die Person zustimmt; sonst den Fall mit Grund abschließen.</source>
        <translation>Case management starts only when it is indicated and the person agrees; otherwise close the case with a reason.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nur ein abgeschlossener Fall kann wieder geöffnet werden.</source>
        <translation>Only a closed case can be reopened.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bitte das Datum des Erstkontakts angeben.</source>
        <translation>Please give the date of the first contact.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kein Erstkontakt mit der Kennung {id}.</source>
        <translation>No first contact with the id {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aus diesem Erstkontakt wurde schon ein Fall eröffnet.</source>
        <translation>A case has already been opened from this first contact.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aus Erstkontakt vom {date}</source>
        <translation>From the first contact of {date}</translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/assessment.py" line="+14"/>
        <source>keine Leistung</source>
        <translation>no benefit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Muttersprache</source>
        <translation>native language</translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/common.py" line="+122"/>
        <source>Drucken nicht möglich: {error}</source>
        <translation>Cannot print: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An den Drucker gegeben.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Speichern nicht möglich: {error}</source>
        <translation>Saving not possible: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF wird erstellt …</source>
        <translation>Creating PDF …</translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/phases.py" line="+23"/>
        <source>alle erreicht</source>
        <translation>all reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>teilweise erreicht</source>
        <translation>partly reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erreicht</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/plan.py" line="+43"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vereinbart</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/tab.py" line="+35"/>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hilfeplan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schulzugang</source>
        <translation>School entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
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
    <name>Deadlines</name>
    <message>
        <location filename="../../kimdesk/services/tasks_deadlines/deadlines.py" line="+72"/>
        <source>18. Geburtstag</source>
        <translation>18th birthday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltspapier</source>
        <translation>Residence document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreiswechsel</source>
        <translation>Change of legal domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umzug</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Schulplatz</source>
        <translation>No school place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulpflicht</source>
        <translation>Compulsory schooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAMF-Bescheid</source>
        <translation>BAMF decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familiennachzug</source>
        <translation>Family reunification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>36 Monate AsylbLG</source>
        <translation>36 months AsylbLG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnsitzregelung</source>
        <translation>Residence rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Überprüfung des Hilfeplans</source>
        <translation>Review of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung überfällig</source>
        <translation>Agreement overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme überfällig</source>
        <translation>Measure overdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>wird {year} volljährig (nur das Geburtsjahr ist bekannt; gerechnet ab 1. Januar)</source>
        <translation>turns 18 in {year} (only the year of birth is known; counted from 1 January)</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+63"/>
        <source>wird am {date} volljährig</source>
        <translation>turns 18 on {date}</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+68"/>
        <source>ist am {date} abgelaufen</source>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>läuft am {date} ab</source>
        <translation>expires on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verlängerung bei der Ausländerbehörde rechtzeitig klären.</source>
        <translation>Clarify the extension with the immigration office in good time.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>{old} → {new}: Bewilligung steht aus</source>
        <translation>{old} → {new}: approval pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prüfen, dass keine Zahlungslücke entsteht, bis die neue Stelle bewilligt hat.</source>
        <translation>Check that no gap in payments opens until the new office has approved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die bisherige Leistung endet am {date}.</source>
        <translation>The previous benefit ends on {date}.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+76"/>
        <source>{status}, aber noch {old}</source>
        <translation>{status}, but still {old}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach der Anerkennung wechselt die Zuständigkeit (meist SGB II): Antrag anstoßen, Zahlungslücke vermeiden.</source>
        <translation>After recognition the responsibility changes (usually SGB II): get the application going, avoid a gap in payments.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+79"/>
        <source>wohnt jetzt in {municipality}</source>
        <translation>now lives in {municipality}</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+81"/>
        <source>nicht mehr vollzeitschulpflichtig und ohne Schulplatz</source>
        <translation>past full-time compulsory schooling and without a school place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationale Förderklasse oder ein anderes Bildungsangebot klären.</source>
        <translation>Clarify an international support class or another educational offer.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+123"/>
        <source>für {recipient} endet am {date}</source>
        <translation>for {recipient} ends on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erneuern lassen – sonst darf die Stelle nicht mehr beteiligt werden.</source>
        <translation>Have it renewed – otherwise the office may no longer be involved.</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+126"/>
        <source>Ziel: Überprüfung war am {date} fällig</source>
        <translation>Goal: review was due on {date}</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+84"/>
        <source>schulpflichtig und ohne Schulplatz (Wartezeit unbekannt)</source>
        <translation>of compulsory school age and without a school place (waiting time unknown)</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>schulpflichtig und seit {days} Tagen ohne Schulplatz (seit {date})</source>
        <translation>of compulsory school age and without a school place for {days} days (since {date})</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+90"/>
        <source>Schutz zuerkannt ({kind}), zugestellt am {date}</source>
        <translation>Protection granted ({kind}), served on {date}</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+108"/>
        <source>Frist für den erleichterten Nachzug endet spätestens am {date}</source>
        <translation>window for privileged family reunification ends on {date} at the latest</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+114"/>
        <source>36 Monate Leistungsbezug am {date}</source>
        <translation>36 months of benefits on {date}</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+118"/>
        <source>wohnt in {municipality}, Wohnsitzregelung für {place}</source>
        <translation>lives in {municipality}, residence rule for {place}</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+126"/>
        <source>war am {date} fällig</source>
        <translation>was due on {date}</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+129"/>
        <source>seit {date} – {what}</source>
        <translation>since {date} – {what}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Die Jugendhilfe endet nicht automatisch: Hilfe für junge Volljährige prüfen (§ 41 SGB VIII, in der Regel bis 21) und den Übergang rechtzeitig mit den künftig zuständigen Stellen planen (§ 36b SGB VIII). Eine Vormundschaft endet mit der Volljährigkeit.</source>
        <translation>Youth welfare does not end automatically: check help for young adults (§ 41 SGB VIII, as a rule up to 21) and plan the transition with the offices responsible in future in good time (§ 36b SGB VIII). A guardianship ends at majority.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Vollzeitschulpflicht (§§ 35, 37 SchulG NRW; nach einem Asylantrag ab der Zuweisung an die Gemeinde, § 34 Abs. 6 SchulG NRW): Schulplatz sofort mit Schulamt und Kommunalem Integrationszentrum klären.</source>
        <translation>Compulsory full-time schooling (§§ 35, 37 SchulG NRW; after an asylum application from the assignment to the municipality, § 34 (6) SchulG NRW): settle a school place at once with the school office and the municipal integration centre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Leistungen nach dem AsylbLG enden (§ 1 Abs. 3 AsylbLG): Bürgergeld beim Jobcenter sofort beantragen, damit keine Lücke entsteht (§ 37 SGB II), und die Aufenthaltserlaubnis bei der Ausländerbehörde beantragen.</source>
        <translation>Benefits under the AsylbLG end (§ 1 (3) AsylbLG): apply for Bürgergeld at the Jobcenter at once so that there is no gap (§ 37 SGB II), and apply for the residence permit at the immigration office.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klagefrist ist am {date} abgelaufen</source>
        <translation>deadline for an appeal expired on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klagefrist endet am {date}</source>
        <translation>deadline for an appeal ends on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}, zugestellt am {served}</source>
        <translation>{kind}, served on {served}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eine Woche (§ 74 Abs. 1 Hs. 2, § 36 Abs. 3 AsylG): Klage und Eilantrag sofort mit Rechtsberatung oder Anwält:in klären.</source>
        <translation>One week (§ 74 (1) second half-sentence, § 36 (3) AsylG): settle the action and the urgent application at once with legal advice or a lawyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zwei Wochen (§ 74 Abs. 1 AsylG): Klage sofort mit Rechtsberatung oder Anwält:in klären.</source>
        <translation>Two weeks (§ 74 (1) AsylG): settle the action at once with legal advice or a lawyer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maßgeblich ist die Rechtsbehelfsbelehrung des Bescheids.</source>
        <translation>The instructions on legal remedies in the decision are decisive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antrag innerhalb von drei Monaten nach unanfechtbarer Anerkennung (§ 29 Abs. 2 S. 2 Nr. 1 AufenthG); die Frist wahrt auch der Antrag der Person hier (§ 29 Abs. 2 S. 3 AufenthG). Gerechnet ab Zustellung des Bescheids – also nie zu spät.</source>
        <translation>Application within three months after final recognition (§ 29 (2) sentence 2 no. 1 AufenthG); an application by the person here also meets the deadline (§ 29 (2) sentence 3 AufenthG). Counted from service of the decision – so never too late.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analogleistungen nach § 2 Abs. 1 AsylbLG prüfen (SGB XII entsprechend, nach 36 Monaten Aufenthalt ohne wesentliche Unterbrechung). Gerechnet ab dem ersten AsylbLG-Bezug am {date}.</source>
        <translation>Check analogous benefits under § 2 (1) AsylbLG (SGB XII applied accordingly after 36 months of stay without substantial interruption). Counted from the first AsylbLG benefit on {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ein Umzug braucht die Aufhebung oder Änderung der Wohnsitzregelung durch die Ausländerbehörde (§ 12a Abs. 5 AufenthG); Leistungen und Zuständigkeiten klären.</source>
        <translation>A move needs the immigration office to lift or change the residence rule (§ 12a (5) AufenthG); settle benefits and responsibilities.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verantwortlich: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>keine zuständige Stelle im Katalog</source>
        <translation>no responsible office in the catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{category}: {old} → {new}</source>
        <translation>{category}: {old} → {new}</translation>
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
    <name>DeleteDialog</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/privacy.py" line="+45"/>
        <source>Person endgültig löschen</source>
        <translation>Delete person for good</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (Az. {number}) wird mit allen Angaben gelöscht – Bedarfe, Kontakte, Einwilligungen, Plan, Verlauf und frühere Werte –, auf diesem Gerät und mit der nächsten Synchronisation auf allen anderen. Protokolle behalten nur das Aktenzeichen. Das lässt sich nicht rückgängig machen.</source>
        <translation>{name} (case no. {number}) is deleted with everything recorded – needs, contacts, consents, plan, history and earlier values –, on this device and with the next synchronisation on every other. Minutes keep only the case number. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>z. B. Löschantrag der Person vom …</source>
        <translation>e.g. the person&apos;s request for erasure of …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grund:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zur Bestätigung das Aktenzeichen eingeben:</source>
        <translation>Type the case number to confirm:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endgültig löschen</source>
        <translation>Delete for good</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../kimdesk/figures/disclosure.py" line="+65"/>
        <source>Insgesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; {n}: weniger als {n} Personen, aus Datenschutzgründen nicht ausgewiesen; x: gesperrt, damit sich kleine Zahlen nicht aus den Summen errechnen lassen.</source>
        <translation>&lt; {n}: fewer than {n} people, not shown for data protection; x: withheld so that small numbers cannot be worked out from the totals.</translation>
    </message>
</context>
<context>
    <name>DisclosureFields</name>
    <message>
        <location filename="../../kimdesk/ui/disclosure_fields.py" line="+30"/>
        <source>– ohne bestimmte Art –</source>
        <translation>– no particular kind –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welche Art von Daten: nur Stellen, deren Schweigepflichtentbindung diese Art umfasst, erhalten den Inhalt (§ 67b SGB X). Ohne bestimmte Art nur Stellen mit einer Entbindung ohne Beschränkung auf Arten.</source>
        <translation>Which kind of data: only offices whose release covers this kind receive the content (§ 67b SGB X). Without a particular kind, only offices with a release not limited to kinds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesundheitsdaten</source>
        <translation>Health data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gesundheitsdaten (Art. 9 DSGVO) erhalten nur Stellen mit einer Entbindung für Gesundheitsdaten.</source>
        <translation>Health data (Art. 9 GDPR) go only to offices with a release covering health data.</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../kimdesk/ui/dismiss_dialog.py" line="+19"/>
        <source>Wiedervorlage verwerfen</source>
        <translation>Dismiss follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{what}“ wird nicht erledigt, sondern verworfen. Der Grund bleibt in der Akte stehen; die Fristregel legt sie nicht erneut an.</source>
        <translation>“{what}” is not done but dismissed. The reason stays in the record; the deadline rule does not create it again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grund angeben oder auswählen</source>
        <translation>Type or choose a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bereits erledigt (anderweitig)</source>
        <translation>already settled (otherwise)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trifft nicht zu</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person ist verzogen</source>
        <translation>person has moved away</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>andere Stelle ist zuständig</source>
        <translation>another office is responsible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../kimdesk/services/admin/doctor.py" line="+47"/>
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
        <location line="+12"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{path}: Integritätsprüfung bestanden</source>
        <translation>{path}: integrity check passed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beschädigt: die Integritätsprüfung meldet {n} Fehler (zuerst: {first}).</source>
        <translation>damaged: the integrity check reports {n} errors (first: {first}).</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <message>
        <location line="+13"/>
        <source>Bedarfsstände für Berichte</source>
        <translation>Need standings for reports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stimmen mit den Anfragen überein</source>
        <translation>agree with the requests</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} wichen von den Anfragen ab; neu berechnet</source>
        <translation>{n} differed from the requests; recomputed</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+2"/>
        <source>Zentrale Vorgaben</source>
        <translation>Central settings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Einstellungen von der IT festgelegt ({path}): {keys}</source>
        <translation>{n} settings preset by IT ({path}): {keys}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zugriffsrechte</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Der Datenordner {path} liegt außerhalb Ihres Benutzerprofils und erbt die Rechte des Ordners darüber; andere Benutzer dieses Rechners könnten ihn lesen. Bitte von der IT nur für Sie freigeben lassen: icacls &quot;{path}&quot; /inheritance:r /grant:r &quot;%USERNAME%:(OI)(CI)F&quot;</source>
        <translation>The data folder {path} lies outside your user profile and inherits the rights of the folder above it; other users of this computer might read it. Ask IT to give it to you alone: icacls &quot;{path}&quot; /inheritance:r /grant:r &quot;%USERNAME%:(OI)(CI)F&quot;</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Nächster Schritt: eine Sicherung wiederherstellen („kimdesk backup list“, dann „kimdesk backup restore DATEI“).</source>
        <translation>Next step: restore a backup (&quot;kimdesk backup list&quot;, then &quot;kimdesk backup restore FILE&quot;).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>kein Team eingerichtet (kimdesk team create / join)</source>
        <translation>no team set up (kimdesk team create / join)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kein Sync-Ziel gespeichert (kimdesk sync --target … --save); {n} Änderungen warten</source>
        <translation>no sync target saved (kimdesk sync --target … --save); {n} changes waiting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} erreichbar; {n} Änderungen warten</source>
        <translation>{target} reachable; {n} changes waiting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} nicht erreichbar; {n} Änderungen warten</source>
        <translation>{target} not reachable; {n} changes waiting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync-Ziel</source>
        <translation>Sync target</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inhalt nicht geprüft: {err}</source>
        <translation>Contents not checked: {err}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keine fremden oder beschädigten Dateien</source>
        <translation>no foreign or damaged files</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} fremde oder beschädigte Einträge: {items} – ein Teammitglied entfernt sie mit „kimdesk sync --clean-share“ (erst --dry-run)</source>
        <translation>{n} foreign or damaged entries: {items} – a team member removes them with “kimdesk sync --clean-share” (--dry-run first)</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <location filename="../../kimdesk/ui/record/documents.py" line="+39"/>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Druckvorschau</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zweite Sprache</source>
        <translation>Second language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatisch: erste Sprache der Akte</source>
        <translation>automatic: first language on the record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nur Deutsch</source>
        <translation>German only</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schweigepflichtentbindung mit Datenschutzinformation</source>
        <translation>Release from confidentiality with data protection information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutzinformation (Art. 13 DSGVO)</source>
        <translation>Data protection information (Art. 13 GDPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merkblatt für die Person</source>
        <translation>Hand-out for the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarung</source>
        <translation>Goal agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access under Art. 15 GDPR</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="+474"/>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profil angelegt: {dir}</source>
        <translation>Profile created: {dir}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüssel im Schlüsselbund gemerkt – KIMdesk startet ohne Passphrase.</source>
        <translation>Key remembered in the keyring – KIMdesk starts without a passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIMdesk fragt bei jedem Start nach der Passphrase.</source>
        <translation>KIMdesk asks for the passphrase at every start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neues Team gegründet. Die Anmeldedatei für weitere Geräte speichern Sie unter Extras → Anmeldedatei für ein weiteres Gerät.</source>
        <translation>New team founded. Save the enrolment file for further devices under Tools → Enrolment file for another device.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dem Team beigetreten.</source>
        <translation>Joined the team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch kein Team: das lässt sich jederzeit nachholen.</source>
        <translation>No team yet: you can join or found one at any time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemeinsamer Ordner: {target}. KIMdesk gleicht beim Start und danach regelmäßig ab.</source>
        <translation>Shared folder: {target}. KIMdesk synchronises at start-up and regularly after that.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den gemeinsamen Ordner tragen Sie auf der Seite „Synchronisation“ ein.</source>
        <translation>Enter the shared folder on the “Sync” page.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../kimdesk/sync/erasure.py" line="-6"/>
        <source>Bitte einen Grund für die Löschung angeben (--reason).</source>
        <translation>Please give a reason for the deletion (--reason).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Person {id} wurde bereits gelöscht.</source>
        <translation>The person {id} has already been deleted.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../kimdesk/ui/fields.py" line="+129"/>
        <location filename="../../kimdesk/ui/record/cycle/common.py" line="-115"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JJJJ, MM.JJJJ oder TT.MM.JJJJ</source>
        <translation>YYYY, MM.YYYY or DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-107"/>
        <location line="+54"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Name in eigener Schrift</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>braucht Dolmetschung</source>
        <translation>needs interpreting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wohnsitzregelung § 12a AufenthG (Ort)</source>
        <translation>Residence rule under § 12a AufenthG (place)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Beziehung</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Wohnort (Kommune)</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="+145"/>
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
        <location filename="../../kimdesk/models/fields.py" line="-2"/>
        <source>Dolmetschsprache</source>
        <translation>Interpreting language</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="+2"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abschiebung ausgesetzt seit</source>
        <translation>Deportation suspended since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BAMF-Entscheidung</source>
        <translation>BAMF decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BAMF-Bescheid zugestellt am</source>
        <translation>BAMF decision served on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wohnsitzregelung bis</source>
        <translation>Residence rule until</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="-1"/>
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
    <message>
        <location line="+1"/>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bei wem</source>
        <translation>with whom</translation>
    </message>
</context>
<context>
    <name>FigureBrowser</name>
    <message>
        <location filename="../../kimdesk/ui/reports/browser.py" line="+128"/>
        <source>Nicht ausgewiesen zum Schutz der gezählten Personen</source>
        <translation>Not shown, to protect the people counted</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/finder.py" line="+42"/>
        <source>prüfen: kein Anspruch in den ersten drei Monaten des Aufenthalts und bei einem Aufenthaltsrecht allein zur Arbeitsuche (§ 7 Abs. 1 S. 2 SGB II) – Status als Arbeitnehmer:in oder Selbständige:r, Daueraufenthalt oder Familienangehörigkeit klären</source>
        <translation>check: no entitlement in the first three months of stay and with a right of residence solely for seeking work (§ 7 (1) sentence 2 SGB II) – clarify status as employee or self-employed, permanent residence or family membership</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prüfen: seit wann ist die Abschiebung ausgesetzt? Unter 18 Monaten AsylbLG (§ 1 Abs. 1 Nr. 3 c AsylbLG), danach SGB II – Datum bei der Person eintragen</source>
        <translation>check: since when is deportation suspended? Under 18 months AsylbLG (§ 1 (1) no. 3 c AsylbLG), then SGB II – enter the date in the record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prüfen: nach dem 21. Geburtstag nur in begründeten Einzelfällen und für einen begrenzten Zeitraum als Fortsetzung einer laufenden Hilfe (§ 41 Abs. 1 S. 2 SGB VIII)</source>
        <translation>check: after the 21st birthday only in justified individual cases and for a limited period as a continuation of ongoing help (§ 41 (1) sentence 2 SGB VIII)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prüfen: Alter unbekannt – bis 17 Hilfe zur Erziehung (§ 27 SGB VIII), ab 18 Hilfe für junge Volljährige (§ 41 SGB VIII)</source>
        <translation>check: age unknown – up to 17 educational support (§ 27 SGB VIII), from 18 help for young adults (§ 41 SGB VIII)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hilfe für junge Volljährige, in der Regel bis zum 21. Geburtstag; den Übergang rechtzeitig mit dem Jugendamt planen (§ 36b SGB VIII)</source>
        <translation>help for young adults, as a rule up to the 21st birthday; plan the transition with the youth office in good time (§ 36b SGB VIII)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zuständig ist je nach Beruf die Kammer (IHK, Handwerkskammer) oder die Bezirksregierung; die Anerkennungsberatung klärt, welche Stelle</source>
        <translation>depending on the profession the chamber (IHK, Chamber of Crafts) or the district government is responsible; recognition counselling finds out which</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>die Unterbringung ist Pflichtaufgabe der Gemeinde, der die Person zugewiesen ist</source>
        <translation>accommodation is a mandatory task of the municipality the person is assigned to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wohnberechtigungsschein bei der Gemeinde; bei der Wohnungssuche helfen auch freie Träger</source>
        <translation>housing entitlement certificate from the municipality; voluntary welfare organisations also help with the search</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location line="+2"/>
        <source>Aufenthaltserlaubnis nach {paragraph}</source>
        <translation>residence permit under {paragraph}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abschiebung seit weniger als {months} Monaten ausgesetzt</source>
        <translation>deportation suspended for less than {months} months</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>Findings</name>
    <message>
        <location filename="../../kimdesk/services/casework/findings.py" line="+51"/>
        <source>„{field}“ muss ja oder nein sein.</source>
        <translation>“{field}” must be yes or no.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Kein Thema mit der Kennung {id}.</source>
        <translation>No finding with the id {id}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(Beschreibung nicht zur Veröffentlichung freigegeben)</source>
        <translation>(description not released for publication)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in der Lenkungsgruppe</source>
        <translation>with the steering group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thema</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erfasst am</source>
        <translation>noted on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in der Lenkungsgruppe am</source>
        <translation>raised with the steering group on</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kein Fall mit dem Aktenzeichen {number}.</source>
        <translation>No case with the case number {number}.</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/findings_dialog.py" line="+41"/>
        <source>Strukturelle Themen</source>
        <translation>Structural findings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probleme, die viele Fälle teilen (generative Themen), für die Lenkungsgruppe. Fälle werden hier verknüpft und in den Listen nur gezählt.</source>
        <translation>Problems many cases share (generative topics), for the steering group. Cases are linked here and only counted in the lists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thema</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erfasst</source>
        <translation>noted</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>z. B. Keine IFK-Plätze in Stolberg</source>
        <translation>e.g. No IFK places in Stolberg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschreibung:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung zur Veröffentlichung geprüft (nur dann in Listen und Berichten)</source>
        <translation>Description reviewed for publication (only then in lists and reports)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>z. B. SchulG NRW, SGB VIII</source>
        <translation>e.g. SchulG NRW, SGB VIII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreise:</source>
        <translation>Legal domains:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Stolberg, Eschweiler</source>
        <translation>e.g. Stolberg, Eschweiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunen:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in der Lenkungsgruppe am:</source>
        <translation>raised with the steering group on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neues Thema</source>
        <translation>New finding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verknüpfte Fälle:</source>
        <translation>Linked cases:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall verknüpfen</source>
        <translation>Link case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verknüpfung lösen</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liste als CSV …</source>
        <translation>List as CSV …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste als PDF …</source>
        <translation>List as PDF …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste speichern</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} Themen gespeichert: {path}</source>
        <translation>{n} findings saved: {path}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../kimdesk/services/admin/first_run.py" line="-18"/>
        <source>zu schwach – {why}</source>
        <translation>too weak – {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gut</source>
        <translation>good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sehr gut</source>
        <translation>very good</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte die CSV-Datei mit den Stellen wählen.</source>
        <translation>Please choose the CSV file with the agencies.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Datei {path} ist nicht lesbar ({reason}).</source>
        <translation>The file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eine CSV-Datei passt nur zum Stellenkatalog aus einer CSV-Datei, nicht zu „{key}“.</source>
        <translation>A CSV file goes only with the catalogue from a CSV file, not with “{key}”.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bitte die Anmeldedatei des Teams wählen.</source>
        <translation>Please choose the team&apos;s enrolment file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte die Passphrase der Anmeldedatei eingeben.</source>
        <translation>Please enter the passphrase of the enrolment file.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kimdesk/ui/start.py" line="+29"/>
        <source>KIMdesk einrichten</source>
        <translation>Set up KIMdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KIMdesk starten</source>
        <translation>Start KIMdesk</translation>
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
    <name>GeneralForm</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/general.py" line="+46"/>
        <source>Fallkonferenz (Person oder Haushalt)</source>
        <translation>Case conference (person or household)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netzwerktreffen (ohne Person)</source>
        <translation>Network meeting (without a person)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, z. B. „Übergang Schule – Beruf“</source>
        <translation>optional, e.g. “Transition school – work”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nächster Termin</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person hinzufügen …</source>
        <translation>Add person …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datum, Beginn</source>
        <translation>Date, start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person(en)</source>
        <translation>Person(s)</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../kimdesk/ui/reports/models.py" line="+70"/>
        <source>Nicht ausgewiesen zum Schutz der gezählten Personen: „&lt; 5“ weniger als 5 Personen, „x“ gesperrt gegen Nachrechnen, „–“ Kennzahl über weniger als 5 Personen.</source>
        <translation>Not shown, to protect the people counted: “&lt; 5” fewer than 5 people, “x” blocked against recalculation, “–” figure based on fewer than 5 people.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../kimdesk/ui/help.py" line="+120"/>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Benutzerhandbuch wurde nicht gefunden.</source>
        <translation>The user guide was not found.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/history.py" line="+66"/>
        <source>Unbekannte Tabelle „{name}“.</source>
        <translation>Unknown table “{name}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kein Datensatz {id}.</source>
        <translation>No record {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbekanntes Feld „{field}“.</source>
        <translation>Unknown field “{field}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Diese Version gibt es nicht (mehr).</source>
        <translation>This version no longer exists.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <location filename="../../kimdesk/ui/record/household.py" line="+20"/>
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
        <location line="+18"/>
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
        <location filename="../../kimdesk/services/clients_intake/exchange.py" line="+75"/>
        <location filename="../../kimdesk/services/clients_intake/import_stage.py" line="+131"/>
        <source>die Kennung {id} kommt doppelt vor</source>
        <translation>the id {id} occurs twice</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+11"/>
        <source>Datei nicht lesbar: {err}</source>
        <translation>File not readable: {err}</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Die Datei ist größer als {mb} MB (Einstellung „Importdateien höchstens“); es wurde nichts importiert.</source>
        <translation>The file is larger than {mb} MB (setting &quot;Import files at most&quot;); nothing was imported.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>„{key}“ kommt in der Datei doppelt vor.</source>
        <translation>“{key}” appears twice in the file.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Die Datei ist nicht UTF-8- oder UTF-16-kodiert.</source>
        <translation>The file is not UTF-8 or UTF-16 encoded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kein gültiges JSON (Zeile {line}, Spalte {col}): {msg}</source>
        <translation>Not valid JSON (line {line}, column {col}): {msg}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei ist zu tief verschachtelt; das ist kein KIMdesk-Export.</source>
        <translation>The file is nested too deeply; this is not a KIMdesk export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei enthält eine Zahl mit zu vielen Stellen.</source>
        <translation>The file contains a number with too many digits.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Die Datei muss ein JSON-Objekt enthalten.</source>
        <translation>The file must contain a JSON object.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>format: „{value}“ ist nicht „{expected}“.</source>
        <translation>format: “{value}” is not “{expected}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version: {value} wird nicht unterstützt (erwartet {expected}).</source>
        <translation>version: {value} is not supported (expected {expected}).</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+27"/>
        <location filename="../../kimdesk/services/clients_intake/exchange_format.py" line="+248"/>
        <source>muss ein Objekt sein</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../../kimdesk/services/clients_intake/exchange_format.py" line="-17"/>
        <source>muss {allowed} oder null sein</source>
        <translation>must be {allowed} or null</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/import_stage.py" line="+3"/>
        <source>Eine Kennung kommt doppelt vor.</source>
        <translation>An id appears twice.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pflichtfeld „{field}“ fehlt</source>
        <translation>required field “{field}” is missing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verweist auf {id}, das weder in der Datei noch in der Datenbank steht</source>
        <translation>refers to {id}, which is neither in the file nor in the database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aktenzeichen {n} kommt doppelt vor.</source>
        <translation>Case number {n} occurs twice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aktenzeichen {n} gehört schon einer anderen Person.</source>
        <translation>Case number {n} already belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/exchange_format.py" line="-64"/>
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
        <location line="+3"/>
        <source>enthält {what}</source>
        <translation>contains {what}</translation>
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
        <location line="+2"/>
        <source>enthält ein Steuerzeichen</source>
        <translation>contains a control character</translation>
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
        <source>muss eine Liste aus {allowed} sein</source>
        <translation>must be a list of {allowed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>muss present, excused oder absent sein</source>
        <translation>must be present, excused or absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist keine BAMF-Entscheidung (erlaubt: {allowed})</source>
        <translation>“{value}” is not a BAMF decision (allowed: {allowed})</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../kimdesk/services/clients_intake/intake.py" line="+183"/>
        <source>Bitte die Stelle wählen, die die Einwilligung erhält.</source>
        <translation>Please choose the agency the consent is given to.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das Ende liegt vor dem Datum der Einwilligung.</source>
        <translation>The end lies before the date of the consent.</translation>
    </message>
    <message>
        <location line="-144"/>
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
        <location filename="../../kimdesk/ui/intake/pages.py" line="+96"/>
        <source>Wer ist die Person?</source>
        <translation>Who is the person?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namen so schreiben, wie sie in Dokumenten stehen; die Suche findet auch andere Schreibweisen. Vom Geburtsdatum genügt, was bekannt ist – auch nur das Jahr.</source>
        <translation>Write names as they appear in documents; the search also finds other spellings. Of the date of birth, whatever is known is enough – even the year alone.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-261"/>
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
        <location line="+34"/>
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
        <location line="+2"/>
        <source>Haushaltsmitglied hinzufügen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch niemand eingetragen – die Person lebt allein, oder es ist nicht bekannt.</source>
        <translation>Nobody entered yet – the person lives alone, or it is not known.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sprachen und Dolmetschung</source>
        <translation>Languages and interpreting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Welche Sprachen spricht die Person?</source>
        <translation>Which languages does the person speak?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Aufenthalt und Wohnort</source>
        <translation>Residence and municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Aufenthaltsstatus und der Wohnort bestimmen, welche Stellen zuständig sind.</source>
        <translation>Residence status and municipality decide which agencies are responsible.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+135"/>
        <source>Bedarfe</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="-355"/>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location line="+221"/>
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
        <location line="+9"/>
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
        <location line="+43"/>
        <source>schriftlich</source>
        <translation>written</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>elektronisch</source>
        <translation>electronic</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>mündlich</source>
        <translation>oral</translation>
    </message>
    <message>
        <location line="-40"/>
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
        <location line="+48"/>
        <source>unbefristet</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>mit Gesund­heits­daten</source>
        <translation>with health data</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>mit Gesundheitsdaten</source>
        <translation>with health data</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Einwilligung hinzufügen</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Einwilligung eingetragen.</source>
        <translation>No consent entered yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte prüfen. „Person anlegen“ speichert alles auf einmal.</source>
        <translation>Please check. “Create person” saves everything at once.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>erteilt am {date}</source>
        <translation>given on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gültig bis {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in eigener Schrift</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+3"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../kimdesk/ui/intake/view.py" line="+100"/>
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
    <name>Journal</name>
    <message>
        <location filename="../../kimdesk/store/journal_codes.py" line="+44"/>
        <location line="+4"/>
        <source>Das Änderungsprotokoll enthält eine ungültige Datensatz-ID.</source>
        <translation>The change log holds an invalid record id.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Das Änderungsprotokoll nennt einen unbekannten Code ({code}); die Datenbank ist beschädigt. Bitte eine Sicherung zurückspielen.</source>
        <translation>The change log names an unknown code ({code}); the database is damaged. Please restore a backup.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/journal_values.py" line="+130"/>
        <source>Das Änderungsprotokoll enthält unlesbare Werte; die Datenbank ist beschädigt. Bitte eine Sicherung zurückspielen.</source>
        <translation>The change log holds unreadable values; the database is damaged. Please restore a backup.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../kimdesk/store/strength.py" line="+43"/>
        <source>sie enthält ein naheliegendes Wort wie „kimdesk“ oder „Passwort“ oder ist die veröffentlichte Demo-Passphrase</source>
        <translation>it contains an obvious word such as &quot;kimdesk&quot; or &quot;password&quot;, or is the published demo passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sie besteht aus Wiederholungen wie „aaaa“ oder „abcabc“</source>
        <translation>it consists of repeats such as &quot;aaaa&quot; or &quot;abcabc&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sie enthält eine Folge wie „1234“, „abcd“ oder „qwertz“</source>
        <translation>it contains a sequence such as &quot;1234&quot;, &quot;abcd&quot; or &quot;qwertz&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sie ist ein häufiges Passwort oder Wort</source>
        <translation>it is a common password or word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sie enthält ein Datum oder eine Jahreszahl</source>
        <translation>it contains a date or a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sie ist zu leicht zu erraten</source>
        <translation>it is too easy to guess</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zu kurz (mindestens {n} Zeichen)</source>
        <translation>too short (at least {n} characters)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Passphrase ist zu schwach: {why}. Besser ist ein Satz aus mehreren Wörtern.</source>
        <translation>The passphrase is too weak: {why}. A sentence of several words is better.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/keyfile.py" line="+123"/>
        <source>Falsche Passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schlüsseldatei fehlt: {path}. Stellen Sie sie aus der Sicherung wieder her.</source>
        <translation>Key file missing: {path}. Restore it from the backup.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Schlüsseldatei {path} ist nicht lesbar: {err}</source>
        <translation>The key file {path} cannot be read: {err}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Schlüsseldatei hat ein neueres Format ({v}); bitte KIMdesk aktualisieren.</source>
        <translation>The key file has a newer format ({v}); please update KIMdesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Schlüsseldatei {path} verlangt unzulässige Parameter für die Schlüsselableitung; sie ist beschädigt oder manipuliert.</source>
        <translation>The key file {path} asks for inadmissible key derivation parameters; it is damaged or tampered with.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Die Schlüsseldatei {path} ist beschädigt oder keine KIMdesk-Datei.</source>
        <translation>The key file {path} is damaged or not a KIMdesk file.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/secrets.py" line="+137"/>
        <source>Der Schlüsselbund ist in dieser Sitzung nicht verfügbar (Windows-Fehler 1312, z. B. in einer Remotesitzung oder geplanten Aufgabe); bitte mit der Passphrase öffnen.</source>
        <translation>The keyring is not available in this session (Windows error 1312, e.g. in a remote session or scheduled task); please open with the passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Schlüsselbund hat den Zugriff verweigert ({err}); bitte mit der Passphrase öffnen und den Schlüssel später mit „kimdesk keyring store“ erneut ablegen.</source>
        <translation>The keyring refused access ({err}); please open with the passphrase and store the key again later with &quot;kimdesk keyring store&quot;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Der Eintrag ist zu groß für den Schlüsselbund; er bleibt nur in der verschlüsselten Datenbank.</source>
        <translation>The entry is too large for the keyring; it stays in the encrypted database only.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../kimdesk/ui/lock.py" line="+205"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entsperren fehlgeschlagen: {error}</source>
        <translation>Unlocking failed: {error}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location line="-148"/>
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
    <message>
        <location line="+36"/>
        <source>Entsperren …</source>
        <translation>Unlocking …</translation>
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
        <location filename="../../kimdesk/ui/main_window.py" line="+97"/>
        <source>KIMdesk – Kommunales Integrationsmanagement</source>
        <translation>KIMdesk – Municipal Integration Management</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Klient:innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen</source>
        <translation>Case conferences</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Aufgaben/Wiedervorlagen</source>
        <translation>Tasks/follow-ups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seiteneinsteiger</source>
        <translation>Lateral entrants</translation>
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
        <location line="+1"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>gesperrt</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>entsperrt</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation: nicht eingerichtet</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Das Profil wird noch geöffnet – gleich geht es weiter.</source>
        <translation>The profile is still opening – it will go on in a moment.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+5"/>
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
        <location line="+3"/>
        <source>Reiter schließen</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strukturelle Themen …</source>
        <translation>Structural findings …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrungsfristen prüfen …</source>
        <translation>Check retention periods …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einstellungen …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherungen …</source>
        <translation>Backups …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedatei für ein weiteres Gerät …</source>
        <translation>Enrolment file for another device …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Über KIMdesk</source>
        <translation>About KIMdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <message numerus="yes">
        <location line="+33"/>
        <source>%n Änderung(en) warten auf die Synchronisation</source>
        <translation>
            <numerusform>%n change waiting to be synced</numerusform>
            <numerusform>%n changes waiting to be synced</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Die Person wurde gelöscht; die Löschung geht mit der nächsten Synchronisation an alle Geräte.</source>
        <translation>The person was deleted; the deletion reaches every device with the next synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{tab}“ enthält ungespeicherte Eingaben. Speichern, bevor der Reiter geschlossen wird?</source>
        <translation>“{tab}” has unsaved input. Save it before the tab is closed?</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>Es gibt ungespeicherte Eingaben in {n} Reiter(n). Vor dem Beenden speichern?</source>
        <translation>There is unsaved input in {n} tab(s). Save before quitting?</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../kimdesk/ui/map/panel.py" line="+41"/>
        <location filename="../../kimdesk/ui/map/scene.py" line="+148"/>
        <source>Lücke</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/ui/map/scene.py" line="+57"/>
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
    <name>Marks</name>
    <message>
        <location filename="../../kimdesk/services/releases/content_marks.py" line="+89"/>
        <source>die Person selbst</source>
        <translation>the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Management</source>
        <translation>case management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Stelle</source>
        <translation>an office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärztin/Arzt</source>
        <translation>doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapeut:in</source>
        <translation>therapist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere Quelle</source>
        <translation>other source</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>„{entity}“ kann nicht markiert werden.</source>
        <translation>“{entity}” cannot be marked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Den Eintrag gibt es nicht (mehr).</source>
        <translation>The entry no longer exists.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>als „nicht für die Ausländerbehörde“ markieren</source>
        <translation>mark as “not for the immigration office”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markierung „nicht für die Ausländerbehörde“ aufheben</source>
        <translation>remove the mark “not for the immigration office”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quelle erfassen</source>
        <translation>record the source</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bei „{entity}“ gibt es keine Art der Daten.</source>
        <translation>“{entity}” has no kind of data.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Art der Daten ändern</source>
        <translation>Change kind of data</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kimdesk/ui/messages.py" line="+28"/>
        <source>Die Datei „{name}“ ist in {programs} geöffnet. Bitte dort schließen und noch einmal speichern – oder einen anderen Namen wählen.</source>
        <translation>The file &quot;{name}&quot; is open in {programs}. Please close it there and save again – or choose another name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei „{name}“ ist in einem anderen Programm geöffnet (z. B. Excel oder ein PDF-Betrachter) oder schreibgeschützt. Bitte dort schließen und noch einmal speichern – oder einen anderen Namen wählen.</source>
        <translation>The file “{name}” is open in another program (e.g. Excel or a PDF viewer) or read-only. Please close it there and save again – or choose another name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auf dem Datenträger ist kein Platz mehr für „{name}“.</source>
        <translation>There is no space left on the drive for “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den Ordner für „{name}“ gibt es nicht (mehr).</source>
        <translation>The folder for “{name}” does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ konnte nicht geschrieben werden ({reason}).</source>
        <translation>“{name}” could not be written ({reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+4"/>
        <source>– nicht angegeben –</source>
        <translation>– not given –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angaben von:</source>
        <translation>Information from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für die Ausländerbehörde</source>
        <translation>not for the immigration office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art der Daten:</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>NeedsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/record/documents.py" line="+55"/>
        <source>Merkblatt: Anliegen auswählen</source>
        <translation>Hand-out: choose needs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welche Anliegen soll das Merkblatt zeigen? Gesundheit und Jugendhilfe sind nicht vorausgewählt – die Person trägt das Blatt mit sich.</source>
        <translation>Which needs should the hand-out show? Health and youth welfare are not preselected – the person carries the sheet around.</translation>
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
        <source>nicht für die Ausländerbehörde (z. B. ärztliche Angaben)</source>
        <translation>not for the immigration office (e.g. medical information)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopien für die Ausländerbehörde lassen diesen Bedarf weg (§ 203 StGB).</source>
        <translation>Copies for the immigration office leave this need out (§ 203 StGB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pingpong: {why}</source>
        <translation>Pingpong: {why}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="-108"/>
        <source>Teilnahme ohne Schweigepflichtentbindung</source>
        <translation>Taking part without a release from confidentiality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Begründung wird im Protokoll abgedruckt. Ohne Begründung wird die Stelle nicht eingetragen.</source>
        <translation>The reason is printed in the minutes. Without a reason the office is not listed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Begründung, z. B. „Eilfall: drohende Leistungslücke …“</source>
        <translation>Reason, e.g. “urgent: a gap in benefits is imminent …”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mit Begründung eintragen</source>
        <translation>List with reason</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location line="-112"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– keine Stelle (z. B. Dolmetschung, die Person selbst) –</source>
        <translation>– no office (e.g. interpreting, the person) –</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>– Stelle oder Team –</source>
        <translation>– office or team –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betroffene Person</source>
        <translation>person concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vormund / gesetzliche Vertretung</source>
        <translation>guardian / legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetscher:in</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>von Beginn an</source>
        <translation>from the start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bis zum Ende</source>
        <translation>until the end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab TOP {n} ({subject})</source>
        <translation>from item {n} ({subject})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verlässt nach TOP {n} ({subject})</source>
        <translation>leaves after item {n} ({subject})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nur nötig, wenn die Stelle bei einem TOP anwesend ist, den ihre Entbindung nicht umfasst</source>
        <translation>only needed when the office is present during an item its release does not cover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nimmt teil als</source>
        <translation>takes part as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheit</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflicht­entbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unbefristet</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liegt vor (bis {until})</source>
        <translation>given (until {until})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ keine gültige Entbindung ({detail}) – Teilnahme nur mit Begründung</source>
        <translation>⚠ no valid release ({detail}) – taking part only with a reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nicht erforderlich</source>
        <translation>not needed</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/participants.py" line="+38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anwesenheit</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hinzufügen …</source>
        <translation>Add …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme begründen …</source>
        <translation>Give a reason for the exception …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>liegt vor</source>
        <translation>given</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (bis {date})</source>
        <translation> (until {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nicht erforderlich</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} – Ausnahme: {reason}</source>
        <translation>{gap} – exception: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {gap} – Begründung fehlt</source>
        <translation>⚠ {gap} – reason missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>betroffene Person</source>
        <translation>person concerned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vormund / gesetzliche Vertretung</source>
        <translation>guardian / legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetscher:in</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ab TOP {n}</source>
        <translation>from item {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis TOP {n}</source>
        <translation>until item {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} Stelle(n) ohne gültige Schweigepflichtentbindung und ohne Begründung: vor dem Abschließen begründen oder entfernen.</source>
        <translation>{n} office(s) without a valid release from confidentiality and without a reason: give a reason or remove them before finalising.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{agency} war bei TOP {tops} anwesend, ohne dass ihre Entbindung diese Inhalte umfasst: Anwesenheit ändern oder unter „Bearbeiten …“ begründen.</source>
        <translation>{agency} was present during item {tops}, which its release does not cover: change the attendance or give the reason under “Edit …”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nicht eingetragen: ohne Begründung keine Teilnahme ohne Entbindung.</source>
        <translation>Not listed: without a reason no participation without a release.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Für „{agency}“ liegt keine gültige Schweigepflichtentbindung vor ({detail}).</source>
        <translation>For “{agency}” there is no valid release from confidentiality ({detail}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Teilnahme entfernt: {name}</source>
        <translation>Participant removed: {name}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="-334"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sie schützt die Daten auf diesem Gerät. Ohne sie lassen sich die Daten nicht wiederherstellen – bitte gut merken oder sicher verwahren.</source>
        <translation>It protects the data on this device. Without it the data cannot be recovered – please remember it well or keep it safe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profil anlegen</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stärke:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;small&gt;Mindestens {n} Zeichen. Gut merkbar und schwer zu erraten ist ein ganzer Satz aus vier oder mehr Wörtern, z. B. „Im Kreishaus gibt es dienstags Linsensuppe“.&lt;/small&gt;</source>
        <translation>&lt;small&gt;At least {n} characters. Easy to remember and hard to guess is a whole sentence of four or more words, e.g. “There is lentil soup in the county hall on Tuesdays”.&lt;/small&gt;</translation>
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
        <location line="+20"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profil wird angelegt …</source>
        <translation>Creating the profile …</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/personal.py" line="+21"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>z. B. Arabisch, Deutsch</source>
        <translation>e.g. Arabic, German</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+22"/>
        <source>Inzwischen anderswo geändert: {value}</source>
        <translation>Changed elsewhere in the meantime: {value}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Bitte zuerst die markierten Angaben korrigieren.</source>
        <translation>Please correct the marked entries first.</translation>
    </message>
</context>
<context>
    <name>PhasesPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/phases.py" line="+17"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nach</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund / Vermerk</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nächster Schritt:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vermerk (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Management angezeigt</source>
        <translation>Case management indicated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person stimmt zu</source>
        <translation>Person agrees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase wechseln</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fall abschließen …</source>
        <translation>Close case …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fall wieder öffnen …</source>
        <translation>Reopen case …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ziele: {goals}</source>
        <translation>Goals: {goals}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>angezeigt: {i}, Zustimmung: {a}</source>
        <translation>indicated: {i}, agreement: {a}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fall abgeschlossen am {date}</source>
        <translation>Case closed on {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase noch nicht erfasst</source>
        <translation>Phase not recorded yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source> · Fall eröffnet am {date}</source>
        <translation> · case opened on {date}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Aktuelle Phase: {phase}</source>
        <translation>Current phase: {phase}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum Abschließen bitte den Grund angeben und ob die Ziele erreicht wurden. Der Fall kann später wieder geöffnet werden; nach Ablauf der Aufbewahrungsfrist wird er gelöscht.</source>
        <translation>To close the case please give the reason and whether the goals were reached. The case can be reopened later; after the retention period it is deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Ziele erreicht:</source>
        <translation>Goals reached:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fall wieder öffnen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Fall beginnt wieder im Clearing oder im Assessment; der frühere Abschluss bleibt im Verlauf.</source>
        <translation>The case starts again in clearing or assessment; the earlier closure stays in the history.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>weiter mit:</source>
        <translation>continue with:</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/plan.py" line="+17"/>
        <source>Hilfeplan anlegen</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Überprüfung am:</source>
        <translation>Review on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als vereinbart markieren</source>
        <translation>Mark as agreed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vereinbarung als PDF …</source>
        <translation>Agreement as PDF …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ziel / Maßnahme</source>
        <translation>Goal / measure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis wann</source>
        <translation>By when</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neues Ziel, in den Worten der Person, z. B. „Ich habe eine eigene Wohnung“</source>
        <translation>New goal, in the person&apos;s own words, e.g. “I have a flat of my own”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stand des Ziels setzen</source>
        <translation>Set the goal&apos;s status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maßnahme zum gewählten Ziel: was ist zu tun?</source>
        <translation>Measure for the selected goal: what is to be done?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person / Funktion</source>
        <translation>Person / function</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis wann</source>
        <translation>by when</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art der Daten der neuen Maßnahme; ohne Wahl wie beim Ziel.</source>
        <translation>Kind of data of the new measure; without a choice, as its goal&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme hinzufügen</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Art der Daten der Auswahl:</source>
        <translation>Kind of data of the selection:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maßnahme erledigt</source>
        <translation>Measure done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maßnahme entfällt</source>
        <translation>Measure cancelled</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>– keine Stelle –</source>
        <translation>– no office –</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Noch kein Hilfeplan</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hilfeplan – vereinbart am {date}</source>
        <translation>Plan – agreed on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hilfeplan – {status}</source>
        <translation>Plan – {status}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../kimdesk/services/casework/plan_print.py" line="+22"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teilweise erreicht</source>
        <translation>partly reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht erreicht</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgegeben</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Für diese Person ist kein Hilfeplan angelegt.</source>
        <translation>No plan has been created for this person.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Familie und Haushalt</source>
        <translation>Family and household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schule, Ausbildung</source>
        <translation>School, training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deutschkenntnisse</source>
        <translation>German skills</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/casework/plans.py" line="+31"/>
        <source>Kein Eintrag mit der Kennung {id}.</source>
        <translation>No entry with the id {id}.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Bitte angeben, wer die Maßnahme übernimmt (Stelle oder Person).</source>
        <translation>Please say who takes on the measure (office or person).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../kimdesk/store/policy.py" line="+81"/>
        <source>{path}: nicht lesbar ({reason})</source>
        <translation>{path}: not readable ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: größer als {kib} KiB, nicht gelesen</source>
        <translation>{path}: larger than {kib} KiB, not read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: kein gültiges JSON, nicht gelesen</source>
        <translation>{path}: not valid JSON, not read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: nicht im Format {format} Version {version}, nicht gelesen</source>
        <translation>{path}: not in format {format} version {version}, not read</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: „settings“ fehlt oder ist kein Objekt</source>
        <translation>{path}: &quot;settings&quot; is missing or not an object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: „{key}“ kann nicht zentral festgelegt werden, ignoriert</source>
        <translation>{path}: &quot;{key}&quot; cannot be preset centrally, ignored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: Wert für „{key}“ ungültig, ignoriert</source>
        <translation>{path}: value for &quot;{key}&quot; invalid, ignored</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../kimdesk/reports/subject_access.py" line="+66"/>
        <source>Az. {number}</source>
        <translation>Case no. {number}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/minutes.py" line="+217"/>
        <location filename="../../kimdesk/reports/subject_access.py" line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Nr.</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/plan.py" line="+146"/>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/findings.py" line="+44"/>
        <source>Strukturelle Themen</source>
        <translation>Structural findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>für die Lenkungsgruppe</source>
        <translation>for the steering group</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strukturelle Themen (generative Themen)</source>
        <translation>Structural findings (generative topics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste für die Lenkungsgruppe – Stand {date}</source>
        <translation>List for the steering group – as of {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probleme, die viele Fälle teilen. Die Zahl der Fälle ist gezählt, nicht benannt; weniger als 5 Fälle werden als „&lt; 5“ ausgewiesen.</source>
        <translation>Problems that many cases share. The number of cases is counted, not named; fewer than 5 cases are shown as “&lt; 5”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thema {n}</source>
        <translation>Topic {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Es sind keine Themen erfasst.</source>
        <translation>No topics have been recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kimdesk/reports/minutes.py" line="-157"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erfasst</source>
        <translation>noted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in der Lenkungs­gruppe</source>
        <translation>with the steering group</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/formatting.py" line="-37"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kimdesk/reports/template.py" line="+289"/>
        <source>{time} Uhr</source>
        <translation>{time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entschuldigt</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>did not attend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nicht erteilt</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht gültig ({detail})</source>
        <translation>not valid ({detail})</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/minutes.py" line="-56"/>
        <source>Protokoll des Netzwerktreffens</source>
        <translation>Minutes of the network meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll der Fallkonferenz</source>
        <translation>Minutes of the case conference</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Az. {numbers}</source>
        <translation>Case no. {numbers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung vom {date}</source>
        <translation>Meeting of {date}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+179"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+179"/>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Entwurf – noch nicht abgeschlossen</source>
        <translation>Draft – not yet finalised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abgeschlossen am {date}</source>
        <translation>finalised on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>liegt vor</source>
        <translation>given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(bis {date})</source>
        <translation>(until {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nicht erforderlich</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} – Teilnahme begründet, s. u.</source>
        <translation>{gap} – participation justified, see below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gap} – ohne Begründung!</source>
        <translation>{gap} – no reason given!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Teilnehmenden erfasst.</source>
        <translation>No participants recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teilnehmende, Zeile {n}</source>
        <translation>Participants, row {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stelle / Funktion</source>
        <translation>Office / role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflicht­entbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teilnahme ohne gültige Schweigepflichtentbindung</source>
        <translation>Participation without a valid release from confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für die folgenden Stellen lag zum Konferenztermin keine gültige Schweigepflichtentbindung vor. Ihre Teilnahme wurde aus dem genannten Grund zugelassen:</source>
        <translation>For the following offices there was no valid release from confidentiality on the date of the conference. Their participation was allowed for the reason given:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anwesenheit bei nicht umfassten TOPs</source>
        <translation>Presence during items not covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die folgenden Stellen waren bei Tagesordnungspunkten anwesend, die ihre Schweigepflichtentbindung nicht umfasst. Begründung:</source>
        <translation>The following offices were present during agenda items their release from confidentiality does not cover. Reason:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>betroffene Person</source>
        <translation>person concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vormund / gesetzliche Vertretung</source>
        <translation>guardian / legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetscher:in</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verlässt die Sitzung nach TOP {n}</source>
        <translation>leaves the meeting after item {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nur bei TOP {n} anwesend</source>
        <translation>present only for item {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab TOP {n} wieder anwesend</source>
        <translation>present again from item {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ab TOP {n} anwesend</source>
        <translation>present from item {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Tagesordnungspunkte erfasst.</source>
        <translation>No agenda items recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>TOP {n}</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>In dieser Ausfertigung nicht enthalten: {tops} – {why}.</source>
        <translation>Not contained in this copy: {tops} – {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dieser Ausfertigung nicht enthalten: {tops}.</source>
        <translation>Not contained in this copy: {tops}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesundheitsdaten in dieser Ausfertigung beruhen auf einer mündlich erteilten Schweigepflichtentbindung; die besonderen Umstände sind in der Akte vermerkt (§ 67b Abs. 2 S. 2 SGB X).</source>
        <translation>Health data in this copy rest on an orally given release from confidentiality; the special circumstances are recorded in the file (§ 67b (2) sentence 2 SGB X).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nicht zur Weitergabe an die Ausländerbehörde.</source>
        <translation>Not to be passed on to the immigration office.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{top}, Verlauf</source>
        <translation>{top}, discussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschluss:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschlüsse:</source>
        <translation>Decisions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{top}, Beschluss</source>
        <translation>{top}, decision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vereinbarte Aufgaben: Nr. {numbers} (siehe Aufgabenübersicht)</source>
        <translation>Agreed tasks: no. {numbers} (see the task overview)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vereinbarte Aufgaben</source>
        <translation>Agreed tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Ausfertigung enthält keine Aufgaben für die empfangende Stelle; weitere Aufgaben sind nicht Teil dieser Ausfertigung.</source>
        <translation>This copy contains no tasks for the receiving office; other tasks are not part of this copy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Es wurden keine Aufgaben vereinbart.</source>
        <translation>No tasks were agreed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aufgabe {n}</source>
        <translation>Task {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis wann</source>
        <translation>By when</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nächstes Netzwerktreffen</source>
        <translation>Next network meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Fallkonferenz</source>
        <translation>Next case conference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der nächste Termin ist am {date} vorgesehen.</source>
        <translation>The next meeting is planned for {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ein weiterer Termin wurde nicht vereinbart.</source>
        <translation>No further meeting was agreed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nachträge zum Protokoll</source>
        <translation>Addenda to the minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nachtrag {n}</source>
        <translation>Addendum {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachtrag vom {date}</source>
        <translation>Addendum of {date}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/committee.py" line="+85"/>
        <location line="+1"/>
        <location filename="../../kimdesk/reports/minutes.py" line="-222"/>
        <location line="+3"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+84"/>
        <location line="+1"/>
        <location filename="../../kimdesk/reports/template.py" line="+95"/>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/minutes.py" line="+2"/>
        <source>Fassung</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/plan.py" line="-32"/>
        <source>Ziel {n}</source>
        <translation>Goal {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>überprüfen am {date}</source>
        <translation>review on {date}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/subject_access.py" line="-15"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access under Art. 15 GDPR</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auskunft über Ihre gespeicherten Daten</source>
        <translation>Information about your stored data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nach Art. 15 DSGVO für {name} – Stand {date}</source>
        <translation>under Art. 15 GDPR for {name} – as of {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dies sind alle Angaben, die {org} in KIMdesk über Sie gespeichert hat, mit ihrer Geschichte: wer sie wann erfasst, geändert oder Ihre Akte geöffnet hat.</source>
        <translation>This is all the information {org} has stored about you in KIMdesk, with its history: who recorded or changed it, or opened your file, and when.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keine Einträge.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/template.py" line="-319"/>
        <source>Anonymisiert – keine Angaben zu Personen</source>
        <translation>Anonymised – no data on individuals</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Hinweis zur Darstellung: Die folgenden Angaben enthalten Schrift, die in diesem Dokument nicht wiedergegeben werden kann. Sie sind in lateinischer Umschrift gedruckt und mit {open} {close} gekennzeichnet; maßgeblich ist die Eintragung in KIMdesk.</source>
        <translation>Note on the rendering: the following entries contain script this document cannot show. They are printed as a Latin transliteration and marked with {open} {close}; the entry in KIMdesk is authoritative.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vertraulich – Sozialdaten nach § 35 SGB I</source>
        <translation>Confidential – social data under § 35 SGB I</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Gedruckt am {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seite {page} von {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/subject_access.py" line="-21"/>
        <location filename="../../kimdesk/reports/template.py" line="+87"/>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/template.py" line="+3"/>
        <source>Bezug</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/text_guard.py" line="+38"/>
        <source>arabische Schrift</source>
        <translation>Arabic script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hebräische Schrift</source>
        <translation>Hebrew script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>äthiopische Schrift (Ge&apos;ez)</source>
        <translation>Ethiopic script (Ge&apos;ez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syrische Schrift</source>
        <translation>Syriac script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thaana</source>
        <translation>Thaana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;Ko</source>
        <translation>N&apos;Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bengalische Schrift</source>
        <translation>Bengali script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gurmukhi</source>
        <translation>Gurmukhi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tamilische Schrift</source>
        <translation>Tamil script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chinesische Schriftzeichen</source>
        <translation>Chinese characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>koreanische Schrift</source>
        <translation>Korean script</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>japanische Schrift</source>
        <translation>Japanese script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tibetische Schrift</source>
        <translation>Tibetan script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birmanische Schrift</source>
        <translation>Burmese script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mongolische Schrift</source>
        <translation>Mongolian script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thailändische Schrift</source>
        <translation>Thai script</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Symbole</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrift „{name}“</source>
        <translation>Font “{name}”</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/minutes_print.py" line="+174"/>
        <source>Ausfertigung für {recipient}</source>
        <translation>Copy for {recipient}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keine Stelle mit der Kennung {id}.</source>
        <translation>No office with the id {id}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nicht genau eine Ausländerbehörde unter den Teilnehmenden (gefunden: {n}); bitte die Stelle mit --recipient AGENCY_ID angeben.</source>
        <translation>Not exactly one immigration office among the participants (found: {n}); please give the office with --recipient AGENCY_ID.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/catalogue.py" line="+89"/>
        <source>Für die Sprache „{code}“ gibt es keine Übersetzung der Dokumente. Vorhanden: {codes}.</source>
        <translation>There is no translation of the documents for the language “{code}”. Available: {codes}.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/privacy.py" line="+24"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access under Art. 15 GDPR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alles, was über die Person gespeichert ist, auf Deutsch als PDF: Angaben, Verlauf, Konferenzen, Einwilligungen, Zugriffe und Änderungen.</source>
        <translation>Everything stored about the person, in German, as a PDF: details, history, conferences, consents, accesses and changes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auskunft (Art. 15) als PDF …</source>
        <translation>Access (Art. 15) as PDF …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zugriffe auf diese Akte</source>
        <translation>Accesses to this record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzer:in</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(nicht eingetragen)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf Antrag der Person (Art. 17 DSGVO) oder wenn nichts mehr aufbewahrt werden darf. Fälle nach Ablauf der Aufbewahrungsfrist löscht die Prüfliste unter Extras.</source>
        <translation>At the person&apos;s request (Art. 17 GDPR) or when nothing may be kept any longer. Cases past their retention period are deleted by the review list under Extras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person endgültig löschen …</source>
        <translation>Delete person for good …</translation>
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
        <location filename="../../kimdesk/ui/quick_note.py" line="+55"/>
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
        <location line="+9"/>
        <source>z. B. Unterkunft Eschweiler, Sprechstunde Rathaus</source>
        <translation>e.g. shelter Eschweiler, town hall consultation hour</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+93"/>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/common.py" line="+30"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grund:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grund (optional):</source>
        <translation>Reason (optional):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bitte einen Grund angeben.</source>
        <translation>Please give a reason.</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <location filename="../../kimdesk/services/releases/recipients.py" line="+107"/>
        <source>als „nicht für die Ausländerbehörde“ gekennzeichnet; an die Ausländerbehörde nur in den gesetzlich geregelten Fällen (§ 71 Abs. 2 SGB X, § 88 AufenthG)</source>
        <translation>marked “not for the immigration office”; to the immigration office only in the cases the law provides (§ 71 (2) SGB X, § 88 AufenthG)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gesundheitsdaten oder Angaben von Ärzt:innen/Therapeut:innen ohne Entbindung für Gesundheitsdaten (Art. 9 DSGVO, § 76 SGB X, § 88 Abs. 2 AufenthG)</source>
        <translation>health data or information from doctors/therapists without a release covering health data (Art. 9 GDPR, § 76 SGB X, § 88 (2) AufenthG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesundheitsdaten oder Angaben von Ärzt:innen/Therapeut:innen ohne Entbindung für Gesundheitsdaten (Art. 9 DSGVO, § 76 SGB X)</source>
        <translation>health data or information from doctors/therapists without a release covering health data (Art. 9 GDPR, § 76 SGB X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht von der Schweigepflichtentbindung umfasst (§ 67b SGB X)</source>
        <translation>not covered by the release from confidentiality (§ 67b SGB X)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Fall {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Person der Unterlage</source>
        <translation>a person of the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine Kopie für {recipient}: Für {who} fehlt eine gültige Schweigepflichtentbindung gegenüber dieser Stelle ({detail}).</source>
        <translation>No copy for {recipient}: for {who} a valid release from confidentiality towards this office is missing ({detail}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In der Ausfertigung für {recipient} fehlt ein Inhalt: {reasons}.</source>
        <translation>The copy for {recipient} leaves out one item: {reasons}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In der Ausfertigung für {recipient} fehlen {n} Inhalte: {reasons}.</source>
        <translation>The copy for {recipient} leaves out {n} items: {reasons}.</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/record.py" line="+174"/>
        <source>Einen Fall eröffnen, abschließen oder wieder öffnen bitte im Fallverlauf (mit Datum und Grund).</source>
        <translation>Please open, close or reopen a case in the case history (with date and reason).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personendaten ändern</source>
        <translation>Change personal data</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>Report</name>
    <message>
        <location filename="../../kimdesk/reports/charts.py" line="+80"/>
        <source>„&lt; 5“, „x“, „–“: nicht ausgewiesen (Schutz kleiner Zahlen)</source>
        <translation>“&lt; 5”, “x”, “–”: not shown (protection of small numbers)</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/committee.py" line="-34"/>
        <source>Sachstandsbericht Kommunales Integrationsmanagement</source>
        <translation>Status report on Municipal Integration Management</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berichtszeitraum {start} bis {end}</source>
        <translation>Reporting period {start} to {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand {day}</source>
        <translation>As of {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sachstandsbericht KIM</source>
        <translation>KIM status report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monat</source>
        <translation>month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quartal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Anonyme Zahlen aus der Fallarbeit des Kommunalen Integrationsmanagements für den Ausschuss. Zum Schutz der gezählten Personen sind kleine Zahlen nicht ausgewiesen; die Regeln und die Bedeutung jeder Zahl stehen im Anhang.</source>
        <translation>Anonymous figures from the casework of Municipal Integration Management (KIM) for the committee. To protect the people counted, small numbers are not shown; the rules and the meaning of each figure are given in the appendix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+11"/>
        <source>Auf einen Blick</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wer im Case Management ist</source>
        <translation>Who is in case management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Personen wie in Abschnitt 2, nach Alter am Stichtag und nach Aufenthaltsstatus (in Gruppen; nicht erfasste und gelöschte Akten unter „nicht erfasst“).</source>
        <translation>The same people as in section 2, by age on the reporting day and by residence status (in groups; unrecorded and erased files under “not recorded”).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ergebnisse: abgeschlossene Fälle</source>
        <translation>Outcomes: closed cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle, die im Zeitraum abgeschlossen wurden, nach der beim Abschluss vermerkten Zielerreichung und nach dem Grund des Abschlusses (nur die Gründe des Katalogs; jeder andere Text zählt als „anderer Grund“).</source>
        <translation>Cases closed in the period, by the goal attainment recorded at closing and by the reason for closing (only the catalogue&apos;s reasons; any other text counts as “other reason”).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="+286"/>
        <source>Zusammenarbeit mit der Ausländerbehörde (Modul 3)</source>
        <translation>Cooperation with the immigration office (module 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle mit einer Anfrage an eine als Ausländerbehörde gekennzeichnete Stelle im Zeitraum, Fallkonferenzen mit ihrer Teilnahme und Schweigepflichtentbindungen ihr gegenüber, erteilt im Zeitraum. Die Zahlen stehen für sich (keine Summe).</source>
        <translation>Cases with a request to an office marked as immigration office in the period, case conferences it took part in, and releases from confidentiality towards it given in the period. The figures stand alone (no sum).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strukturelle Themen</source>
        <translation>Structural issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register der strukturellen Themen (offen und in der Lenkungsgruppe): die Zahl der verknüpften Fälle, kein Fall benannt.</source>
        <translation>Register of structural issues (open and with the steering group): the number of linked cases, no case named.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wie viele Fälle je {unit} ins Case Management aufgenommen (auch wieder aufgenommen) und wie viele abgeschlossen wurden.</source>
        <translation>How many cases were taken into case management (including re-admissions) and how many were closed, per {unit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeilen „… gelöschte Akten“ zählen Fälle, deren Akten nach Ablauf der Aufbewahrungsfrist gelöscht wurden; von ihnen ist nur das Jahr bekannt.</source>
        <translation>Rows “… deleted files” count cases whose files were deleted after the retention period; only their year is known.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Fallentwicklung</source>
        <translation>1. Case development</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Personen nach Kommune</source>
        <translation>2. People by municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen, deren Fall im Zeitraum offen war, nach ihrer heutigen Wohnkommune.</source>
        <translation>People whose case was open during the period, by their current municipality of residence.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedarfe</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Bedarfe nach Kategorie</source>
        <translation>3. Needs by category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe, die im Zeitraum offen waren, und wie es am Stichtag um sie stand: von einer Stelle übernommen, angefragt, aber noch ohne Zusage, ohne zuständige Stelle (eine Versorgungslücke) oder ohne eine Stelle erledigt.</source>
        <translation>Needs that were open during the period, and where they stood on the reference date: taken on by an agency, requested but not yet accepted, without a responsible agency (a gap in provision) or done without an agency.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>4. Bedarfe nach Rechtskreis</source>
        <translation>4. Needs by legal domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Bedarfe nach dem Rechtskreis der Stelle, die sie übernommen hat oder bei der die Anfrage liegt (Bedarfe ohne Stelle haben keinen Rechtskreis).</source>
        <translation>The same needs by the legal domain of the agency that took them on or that has the request (needs without an agency have no legal domain).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>5. Wartezeit bis zur Übernahme</source>
        <translation>5. Waiting time until taken on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tage vom Öffnen eines Bedarfs bis zur Zusage einer Stelle, für Zusagen im Zeitraum: die Hälfte wartete höchstens so lange wie der Median, neun von zehn höchstens so lange wie das 90-%-Perzentil. Die letzte Zeile: Tage von der Anmeldung neu zugewanderter Schülerinnen und Schüler bis zur Aufnahme in eine Schule; ihre Anzahl sind alle Aufnahmen im Zeitraum, dieselbe Zahl wie in der Übersicht Seiteneinsteiger.</source>
        <translation>Days from opening a need to an office&apos;s acceptance, for acceptances in the period: half waited at most as long as the median, nine in ten at most as long as the 90th percentile. The last row: days from the registration of newly arrived pupils to their admission to a school; its count is every admission in the period, the same figure as in the school-entry overview.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ämter-Pingpong: Ein Bedarf wurde dreimal oder öfter abgelehnt oder weitergeleitet, oder er landete wieder bei einer Stelle, die ihn schon abgelehnt hatte. Bedarfe ohne zuständige Stelle am Stichtag: {gaps} (Abschnitt 3).</source>
        <translation>Agency pingpong: a need was declined or forwarded three times or more, or it came back to an agency that had already declined it. Needs without a responsible agency on the reference date: {gaps} (section 3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>6. Ämter-Pingpong und Versorgungslücken</source>
        <translation>6. Agency pingpong and gaps in provision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fallkonferenzen und Netzwerktreffen im Zeitraum, und was aus den dort vereinbarten Aufgaben mit Frist im Zeitraum bis zum Stichtag wurde („{on_time}“: erledigt bis zur Frist).</source>
        <translation>Case conferences and network meetings in the period, and what had become of the tasks agreed there with a deadline in the period by the reference date (“{on_time}”: done by the deadline).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>7. Fallkonferenzen und vereinbarte Aufgaben</source>
        <translation>7. Case conferences and agreed tasks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fall, Person</source>
        <translation>Case, person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eine Person im Case Management ist ein Fall. Ein Fall beginnt mit der Aufnahme und endet mit dem Abschluss; wird er wieder aufgenommen, zählt das als neue Aufnahme.</source>
        <translation>A person in case management is a case. A case begins with admission and ends with closure; if it is taken up again, that counts as a new admission.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Im Zeitraum</source>
        <translation>In the period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ein Fall oder Bedarf zählt, wenn er zu irgendeinem Zeitpunkt des Zeitraums offen war. Stichtag ist das Ende des Zeitraums (oder heute, wenn es noch nicht erreicht ist).</source>
        <translation>A case or need counts if it was open at any time during the period. The reference date is the end of the period (or today, if that has not yet been reached).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+78"/>
        <location filename="../../kimdesk/services/reports/committee/cases.py" line="+158"/>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="+167"/>
        <location line="+1"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Die heutige Wohnkommune der Person; Umzüge werden nicht nachgezeichnet.</source>
        <translation>The person&apos;s current municipality of residence; moves are not traced.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand der Zuständigkeit</source>
        <translation>State of responsibility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aus dem Verlauf der Anfragen an die Stellen bis zum Stichtag: übernommen (zugesagt oder erledigt), angefragt oder weitergeleitet ohne Antwort, keine zuständige Stelle (nie angefragt oder überall abgelehnt: Versorgungslücke), oder ohne Stelle erledigt.</source>
        <translation>From the history of the requests to the agencies up to the reference date: taken on (accepted or done), requested or forwarded without an answer, no responsible agency (never requested or declined everywhere: a gap in provision), or done without an agency.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ämter-Pingpong</source>
        <translation>Agency pingpong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis zum Stichtag dreimal oder öfter abgelehnt oder weitergeleitet, oder an eine Stelle zurückgegeben, die den Bedarf schon abgelehnt hatte.</source>
        <translation>Declined or forwarded three times or more by the reference date, or handed back to an agency that had already declined the need.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="-5"/>
        <source>Wartezeit</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vom Öffnen des Bedarfs (ohne Datum: von der ersten Anfrage) bis zur ersten Zusage einer Stelle, in Tagen.</source>
        <translation>From opening the need (without a date: from the first request) until the first acceptance by an agency, in days.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/meetings.py" line="+135"/>
        <location filename="../../kimdesk/reports/committee.py" line="+3"/>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/committee.py" line="+0"/>
        <source>In Fallkonferenzen vereinbarte Aufgaben, deren Frist im Zeitraum lag. Fristgerecht: bis zur Frist als erledigt vermerkt.</source>
        <translation>Tasks agreed in case conferences whose deadline fell in the period. On time: marked as done by the deadline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gelöschte Akten</source>
        <translation>Deleted files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nach Ablauf der Aufbewahrungsfrist gelöschte Fälle bleiben als anonyme Zählung mit Jahr und Kommune erhalten und werden mitgezählt, wo ihre Jahresangaben eindeutig sind.</source>
        <translation>Cases deleted after the retention period remain as an anonymous count with year and municipality, and are counted where their year is unambiguous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+17"/>
        <source>Anhang</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+1"/>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+3"/>
        <source>Regeln zum Schutz der gezählten Personen</source>
        <translation>Rules protecting the people counted</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/figure_layout.py" line="+110"/>
        <source>Kein Diagramm: Alle Werte sind zum Schutz kleiner Zahlen nicht ausgewiesen.</source>
        <translation>No chart: all values are withheld to protect small numbers.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>„&lt; 5“: weniger als 5 Personen · „x“: gesperrt, damit sich kleine Zahlen nicht aus den Summen errechnen lassen · „–“: Kennzahl nicht ausgewiesen (weniger als 5 Personen oder keine Daten)</source>
        <translation>“&lt; 5”: fewer than 5 people · “x”: blocked so that small numbers cannot be calculated from the totals · “–”: figure not shown (fewer than 5 people or no data)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Keine Zahl unter {n} Personen.&lt;/b&gt; Stehen hinter einer Zelle 1 bis {m} Personen, steht dort „&amp;lt; {n}“ – in Tabellenfeldern ebenso wie in Zeilen-, Spalten- und Gesamtsummen. Eine 0 wird gezeigt: Sie nennt niemanden.</source>
        <translation>&lt;b&gt;No number below {n} people.&lt;/b&gt; If 1 to {m} people stand behind a cell, it shows “&amp;lt; {n}” – in table cells as well as in row, column and grand totals. A 0 is shown: it names nobody.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Sperrung gegen Nachrechnen (sekundäre Sperrung).&lt;/b&gt; Ließe sich ein verborgener Wert aus den Summen und den übrigen Zahlen einer Tabelle errechnen, wird mindestens eine weitere Zelle gesperrt und als „x“ gezeigt (diese hat mindestens {n} Personen). Jede Tabelle wird vor dem Druck darauf geprüft, dass sich jeder verborgene Wert auch mit allen veröffentlichten Regeln nicht eindeutig bestimmen lässt; ist das nicht möglich, wird die ganze Tabelle gesperrt.</source>
        <translation>&lt;b&gt;Blocking against recalculation (secondary suppression).&lt;/b&gt; If a hidden value could be calculated from the totals and the other numbers of a table, at least one more cell is blocked and shown as “x” (that cell has at least {n} people). Before printing, every table is checked that no hidden value can be determined exactly even with all published rules; if that is not possible, the whole table is withheld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Spalten für sich.&lt;/b&gt; Wo Spalten zusammen keine sinnvolle Summe ergeben (etwa Aufnahmen und Abschlüsse je Monat), fehlt die Spalte „Insgesamt“, und jede Spalte wird mit ihrer Summe für sich geschützt.</source>
        <translation>&lt;b&gt;Columns on their own.&lt;/b&gt; Where columns do not add up to a meaningful total (such as admissions and closures per month), the “Total” column is left out, and each column is protected with its own total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Personen, nicht Einträge.&lt;/b&gt; Wo eine Person mehrfach zählen kann (mehrere Bedarfe, eine Wiederaufnahme), entscheidet die Zahl verschiedener Personen hinter einer Zelle.</source>
        <translation>&lt;b&gt;People, not entries.&lt;/b&gt; Where one person can count more than once (several needs, a re-admission), the number of different people behind a cell decides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Kennzahlen.&lt;/b&gt; Median und 90-%-Perzentil werden nur angegeben, wenn mindestens {n} Personen dahinterstehen; sonst steht „–“. Perzentile werden linear zwischen den nächsten Rängen interpoliert.</source>
        <translation>&lt;b&gt;Figures.&lt;/b&gt; Median and 90th percentile are given only if at least {n} people stand behind them; otherwise “–” is shown. Percentiles are interpolated linearly between the nearest ranks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Keine Personen.&lt;/b&gt; Der Bericht enthält keine Namen, Aktenzeichen, Geburtsdaten, Telefonnummern, Anschriften oder Freitexte – auch nicht die Namen von Mitarbeitenden oder Ansprechpersonen. Kategorien und Rechtskreise außerhalb des Katalogs erscheinen als „andere“.</source>
        <translation>&lt;b&gt;No people.&lt;/b&gt; The report contains no names, case numbers, dates of birth, phone numbers, addresses or free texts – not even the names of staff or contact persons. Categories and legal domains outside the catalogue appear as “other”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Diagramme&lt;/b&gt; zeigen nur, was die Tabellen zeigen: Für einen verborgenen Wert wird kein Balken gezeichnet, sondern sein Zeichen („&amp;lt; {n}“, „x“, „–“) am Fuß der Achse.</source>
        <translation>&lt;b&gt;Charts&lt;/b&gt; show only what the tables show: for a hidden value no bar is drawn; its sign (“&amp;lt; {n}”, “x”, “–”) is shown at the foot of the axis instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warum.&lt;/b&gt; Die Angaben sind Sozialdaten (§ 35 SGB I) und zum Teil besondere Kategorien personenbezogener Daten (Art. 9 DSGVO). In kleinen Kommunen und Gruppen könnten schon wenige Merkmale einzelne Menschen erkennbar machen.</source>
        <translation>&lt;b&gt;Why.&lt;/b&gt; The data are social data (§ 35 SGB I) and partly special categories of personal data (Art. 9 GDPR). In small municipalities and groups, even a few characteristics could make individuals identifiable.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/school_entry.py" line="-140"/>
        <source>Übersicht Seiteneinsteiger und Internationale Förderklassen</source>
        <translation>Overview of lateral entrants and international support classes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berichtszeitraum {start} bis {end} · Stichtag {day}</source>
        <translation>Reporting period {start} to {end} · reference date {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Übersicht Seiteneinsteiger</source>
        <translation>Lateral entrants overview</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kimdesk/services/reports/committee/cases.py" line="-3"/>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="-122"/>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="+1"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Neu zugewanderte Kinder und Jugendliche (Seiteneinsteiger), die auf einen Schulplatz warten oder im Zeitraum einen bekommen haben. Gezählt werden Personen mit erfasster Zuweisung an die Kommune oder Anmeldung beim Schulamt bzw. Kommunalen Integrationszentrum. Zum Schutz der gezählten Personen sind kleine Zahlen nicht ausgewiesen (Regeln im Anhang).</source>
        <translation>Newly arrived children and young people (lateral entrants) who are waiting for a school place or got one during the period. Counted are people with a recorded assignment to the municipality or registration with the school office or municipal integration centre. To protect the people counted, small numbers are not shown (rules in the appendix).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1. Wartend am Stichtag</source>
        <translation>1. Waiting on the reference date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zugewiesen oder angemeldet bis zum Stichtag {day} und noch ohne Schulplatz, nach Wohnkommune und gewünschter Schulform.</source>
        <translation>Assigned or registered by the reference date {day} and still without a school place, by municipality of residence and requested school form.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>2. Wartende und Plätze nach Schulträger</source>
        <translation>2. Waiting and places by school operator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3. Wartende nach Schulpflicht</source>
        <translation>3. Waiting by compulsory schooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulpflichtig: am Stichtag im Alter der Vollzeitschulpflicht (6 bis 15 Jahre, § 35 Abs. 1 und § 37 Abs. 1 SchulG NRW); ohne Schulplatz ist sofort nachzufassen.</source>
        <translation>Compulsory schooling: of full-time compulsory school age on the reporting day (6 to 15 years, § 35 (1) and § 37 (1) SchulG NRW); without a school place, follow up at once.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4. Aufnahmen im Zeitraum</source>
        <translation>4. Admissions in the period</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>5. Wartezeiten</source>
        <translation>5. Waiting times</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Die gewünschte Schulform: Primarstufe, Sekundarstufe, Internationale Förderklasse (ein Jahr am Berufskolleg, Aufnahme zum 1. August), Fit für Mehr (Aufnahme zum 1. November, 1. Februar und 1. Mai) oder eine andere Schulform.</source>
        <translation>The school form wanted: primary, secondary, international support class (one year at a vocational college, intake on 1 August), Fit für Mehr (intake on 1 November, 1 February and 1 May) or another school form.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schulträger und Plätze</source>
        <translation>School operators and places</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Von der Koordinierung je Schulform und Kommune (oder für die ganze Region) erfasst: der Träger und die Plätze je Aufnahmetermin.</source>
        <translation>Entered by the coordination per school form and municipality (or for the whole region): the operator and the places per intake date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gröbere Tabellen</source>
        <translation>Coarser tables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Würde eine Tabelle die meisten ihrer Felder verdecken, steht an ihrer Stelle die gröbere Aufteilung (nach Schulform, nach Kommune oder nur die Gesamtzahl), die alle Gezählten schützt; eine Gesamtzahl ab 5 wird immer ausgewiesen.</source>
        <translation>Where a table would withhold most of its cells, the coarser breakdown that protects everyone counted takes its place (by school form, by municipality or the total alone); a total of 5 or more is always shown.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>In eine Schule aufgenommen zwischen {start} und {end}, nach Wohnkommune und Schulform.</source>
        <translation>Placed in a school between {start} and {end}, by municipality of residence and school form.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Plätze für die nächsten Aufnahmen sind nicht erfasst.</source>
        <translation>Places for the next intakes are not recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartende am Stichtag nach dem Träger der gewünschten Schulform in ihrer Kommune (Kommune oder StädteRegion), darunter die von der Koordinierung erfassten Plätze der nächsten Aufnahme. Plätze sind Angebote, keine Personen, und werden nicht verdeckt.</source>
        <translation>Those waiting on the reporting day by the operator of the school form wanted in their municipality (municipality or StädteRegion), below them the places of the next intake entered by the coordination. Places are offers, not people, and are not withheld.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tage bis zur Aufnahme für die Aufnahmen im Zeitraum, gerechnet ab der Zuweisung an die Kommune und ab der Anmeldung: die Hälfte wartete höchstens so lange wie der Median, neun von zehn höchstens so lange wie der 90-%-Wert.</source>
        <translation>Days until placement for the placements in the period, counted from the assignment to the municipality and from the registration: half waited at most as long as the median, nine in ten at most as long as the 90% value.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wartend</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis zum Stichtag der Kommune zugewiesen oder beim Schulamt bzw. Kommunalen Integrationszentrum angemeldet und bis dahin nicht in eine Schule aufgenommen.</source>
        <translation>Assigned to the municipality or registered with the school office or municipal integration centre by the reference date, and not placed in a school by then.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Das Ende des Berichtszeitraums, oder heute, wenn es noch nicht erreicht ist.</source>
        <translation>The end of the reporting period, or today if that has not yet been reached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="-43"/>
        <location line="+29"/>
        <location line="+12"/>
        <location line="+32"/>
        <location line="+18"/>
        <source>Schulform</source>
        <translation>School form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tage von der Zuweisung bzw. der Anmeldung bis zur Aufnahme, für Wartende bis zum Stichtag. Fehlt ein Datum, zählt die Person in dieser Spalte nicht mit. Median: die Hälfte wartete höchstens so lange; 90 %: neun von zehn warteten höchstens so lange.</source>
        <translation>Days from the assignment or the registration until placement, for those waiting up to the reference date. If a date is missing, the person is not counted in that column. Median: half waited at most this long; 90%: nine in ten waited at most this long.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die heutige Wohnkommune.</source>
        <translation>The current municipality of residence.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/__init__.py" line="+62"/>
        <source>Personen im Case Management</source>
        <translation>People in case management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle aufgenommen</source>
        <translation>Cases admitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle abgeschlossen</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe im Zeitraum</source>
        <translation>Needs in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe ohne zuständige Stelle</source>
        <translation>Needs without a responsible agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe mit Ämter-Pingpong</source>
        <translation>Needs with agency pingpong</translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/meetings.py" line="-93"/>
        <location filename="../../kimdesk/services/reports/committee/__init__.py" line="+1"/>
        <source>Fallkonferenzen</source>
        <translation>Case conferences</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/__init__.py" line="+2"/>
        <source>Aufgaben fristgerecht erledigt</source>
        <translation>Tasks done on time</translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/meetings.py" line="-6"/>
        <source>fristgerecht erledigt</source>
        <translation>done on time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verspätet erledigt</source>
        <translation>done late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt, Datum nicht erfasst</source>
        <translation>done, date not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>am Stichtag nicht erledigt</source>
        <translation>not done by the reference date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfallen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Netzwerktreffen</source>
        <translation>Network meetings</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fallkonferenzen und Netzwerktreffen im Zeitraum</source>
        <translation>Case conferences and network meetings in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/reports/committee/needs.py" line="+210"/>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="+123"/>
        <source>Anzahl</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vereinbarte Aufgaben mit Frist im Zeitraum</source>
        <translation>Agreed tasks with a deadline in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand am Stichtag</source>
        <translation>Status on the reference date</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/needs.py" line="-164"/>
        <source>übernommen</source>
        <translation>taken on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angefragt</source>
        <translation>requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Stelle (Lücke)</source>
        <translation>no agency (gap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Stelle erledigt</source>
        <translation>done without an agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelöschte Akten</source>
        <translation>deleted files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schulplatz für Seiteneinsteiger (Aufnahmen; Tage ab Anmeldung)</source>
        <translation>School place for newly arrived pupils (admissions; days from registration)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechtskreis nicht angegeben</source>
        <translation>legal domain not given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ohne Rechtsanspruch (freie Träger)</source>
        <translation>no legal entitlement (welfare organisations)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>andere Kategorie</source>
        <translation>other category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>anderer Rechtskreis</source>
        <translation>other legal domain</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bedarfe nach Kategorie und Stand der Zuständigkeit</source>
        <translation>Needs by category and state of responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+29"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Bedarfe nach Rechtskreis der zuständigen Stelle</source>
        <translation>Needs by legal domain of the responsible agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bedarfe mit Ämter-Pingpong nach Kategorie</source>
        <translation>Needs with agency pingpong by category</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedarfe mit Pingpong</source>
        <translation>Needs with pingpong</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wartezeit bis zur Übernahme durch eine Stelle (Tage)</source>
        <translation>Waiting time until taken on by an agency (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>90-%-Perzentil</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/periods.py" line="+20"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mär</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dez</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{flag}: „{value}“ ist kein Datum im Format JJJJ-MM-TT.</source>
        <translation>{flag}: “{value}” is not a date in the format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kimdesk/services/reports/report_texts.py" line="+55"/>
        <source>Der Zeitraum beginnt nach seinem Ende ({start} &gt; {end}).</source>
        <translation>The period begins after its end ({start} &gt; {end}).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{q}. Quartal {year}</source>
        <translation>Q{q} {year}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/report_print.py" line="+79"/>
        <location line="+11"/>
        <source>Der Ordner {dir} existiert nicht.</source>
        <translation>The folder {dir} does not exist.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{path} ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation>{path} is a folder; please give a file name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} ist kein Ordner.</source>
        <translation>{path} is not a folder.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/report_tables.py" line="+159"/>
        <source>Diese Tabelle kann nicht ausgewiesen werden: Am Stichtag verteilen sich zu wenige Personen auf zu viele Felder, so dass sich aus jeder Zahl kleine Gruppen errechnen ließen.</source>
        <translation>This table cannot be shown: on the reporting day too few people are spread over too many cells, so small groups could be worked out from any figure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Tabelle kann nicht ausgewiesen werden: Zu wenige Personen verteilen sich auf zu viele Felder, so dass sich aus jeder Zahl kleine Gruppen errechnen ließen. Ein längerer Zeitraum hilft.</source>
        <translation>This table cannot be shown: too few people are spread over too many cells, so small groups could be calculated from any number. A longer period helps.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>„&lt; 5“: weniger als 5 Personen; „x“: gesperrt, damit sich kleine Zahlen nicht aus den Summen errechnen lassen; „–“: Kennzahl nicht ausgewiesen (weniger als 5 Personen oder keine Daten).</source>
        <translation>“&lt; 5”: fewer than 5 people; “x”: blocked so that small numbers cannot be calculated from the totals; “–”: figure not shown (fewer than 5 people or no data).</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="-193"/>
        <source>alle Schulformen</source>
        <translation>all school forms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>StädteRegion / Kreis</source>
        <translation>StädteRegion / district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schulträger nicht erfasst</source>
        <translation>school operator not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune {name}</source>
        <translation>Municipality {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schulpflichtig</source>
        <translation>of compulsory school age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht mehr schulpflichtig</source>
        <translation>past compulsory school age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter unbekannt</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nur nach Schulform</source>
        <translation>by school form only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur nach Kommune</source>
        <translation>by municipality only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur nach Schulpflicht</source>
        <translation>by compulsory schooling only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur als Gesamtzahl</source>
        <translation>as a total only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} sind zu wenige, um sie feiner aufzuteilen, ohne kleine Gruppen erkennbar zu machen; ausgewiesen {cut}.</source>
        <translation>{what} are too few to break down further without revealing small groups; shown {cut}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Am {day} warten {n} Kinder und Jugendliche auf einen Schulplatz</source>
        <translation>On {day}, {n} children and young people are waiting for a school place</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, die meisten ({n}) auf einen Platz in: {form}</source>
        <translation>, most of them ({n}) for a place in: {form}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; seit der Zuweisung warten sie im Median {median} Tage, die längsten 10 % mehr als {p90} Tage</source>
        <translation>; since their assignment they have waited {median} days (median), the longest 10 % more than {p90} days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; die nächsten Aufnahmen bieten {places} Plätze</source>
        <translation>; the next intakes offer {places} places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; Plätze für die nächsten Aufnahmen sind nicht erfasst</source>
        <translation>; places for the next intakes are not recorded</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wartend am Stichtag</source>
        <translation>Waiting on the reference date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>davon Internationale Förderklasse</source>
        <translation>of which international support class</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Aufnahmen im Zeitraum</source>
        <translation>Placements in the period</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Plätze der nächsten Aufnahmen</source>
        <translation>Places at the next intakes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tage ab Anmeldung bis Aufnahme (Median)</source>
        <translation>Days from registration to placement (median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… die längsten 10 % mehr als (Tage)</source>
        <translation>… the longest 10% waited more than (days)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Median ab Zuweisung</source>
        <translation>Median from assignment</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Median ab Anmeldung</source>
        <translation>Median from registration</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>90 % ab Zuweisung</source>
        <translation>90% from assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 % ab Anmeldung</source>
        <translation>90% from registration</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+79"/>
        <location line="+7"/>
        <source>Insgesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+63"/>
        <source>wartend</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>seit (Median, Tage)</source>
        <translation>since (median, days)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seit (90 %, Tage)</source>
        <translation>since (90 %, days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste Aufnahme</source>
        <translation>next intake</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plätze</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Wartende am Stichtag</source>
        <translation>Those waiting on the reporting day</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Wartend am Stichtag nach Schulform, Wartezeit seit der Zuweisung und Plätze der nächsten Aufnahme</source>
        <translation>Waiting on the reporting day by school form, waiting time since assignment and places at the next intake</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wartend am Stichtag nach Kommune und Schulform</source>
        <translation>Waiting on the reference date by municipality and school form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufnahmen in eine Schule im Zeitraum</source>
        <translation>Placements in a school in the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartezeit bis zur Aufnahme (Tage)</source>
        <translation>Waiting time until placement (days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bisherige Wartezeit der Wartenden am Stichtag (Tage)</source>
        <translation>Waiting time so far of those waiting on the reference date (days)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wartend am Stichtag nach Schulform und Schulpflicht</source>
        <translation>Waiting on the reporting day by school form and compulsory schooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulpflicht</source>
        <translation>Compulsory schooling</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Wartende am Stichtag nach Schulträger und Schulform</source>
        <translation>Waiting on the reporting day by school operator and school form</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+14"/>
        <source>Schulträger</source>
        <translation>School operator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plätze der nächsten Aufnahme nach Schulträger</source>
        <translation>Places at the next intake by school operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Aufnahme: {dates}.</source>
        <translation>Next intake: {dates}.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/cases.py" line="-26"/>
        <source>{year}: gelöschte Akten</source>
        <translation>{year}: deleted files</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fälle: Aufnahmen und Abschlüsse</source>
        <translation>Cases: admissions and closures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year} gel.</source>
        <translation>{year} del.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aufgenommen (auch wieder)</source>
        <translation>admitted (incl. re-admitted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personen im Case Management nach Kommune</source>
        <translation>People in case management by municipality</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="-205"/>
        <source>Alter nicht erfasst</source>
        <translation>age not recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lo} Jahre und älter</source>
        <translation>{lo} years and older</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lo} bis {hi} Jahre</source>
        <translation>{lo} to {hi} years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aufenthaltserlaubnis</source>
        <translation>residence permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niederlassung / Daueraufenthalt</source>
        <translation>settlement / permanent residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsgestattung (Asylverfahren)</source>
        <translation>permission to reside (asylum procedure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duldung</source>
        <translation>toleration (Duldung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vorübergehender Schutz (§ 24 AufenthG)</source>
        <translation>temporary protection (§ 24 AufenthG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU-Freizügigkeit</source>
        <translation>EU free movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deutsche Staatsangehörigkeit</source>
        <translation>German citizenship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Aufenthaltstitel</source>
        <translation>without residence title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ziele erreicht</source>
        <translation>goals reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ziele teilweise erreicht</source>
        <translation>goals partly reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele nicht erreicht</source>
        <translation>goals not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine Ziele vereinbart</source>
        <translation>no goals agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+52"/>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>andere Angabe</source>
        <translation>other entry</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Personen im Case Management nach Alter</source>
        <translation>People in case management by age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter am Stichtag</source>
        <translation>Age on the reporting day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personen im Case Management nach Aufenthaltsstatus</source>
        <translation>People in case management by residence status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>anderer Grund</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Abschlüsse</source>
        <translation>Closings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abgeschlossene Fälle nach Zielerreichung</source>
        <translation>Closed cases by goal attainment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgeschlossene Fälle nach Grund</source>
        <translation>Closed cases by reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund des Abschlusses</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fälle mit Beteiligung der Ausländerbehörde</source>
        <translation>Cases involving the immigration office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen mit der Ausländerbehörde</source>
        <translation>Case conferences with the immigration office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindungen gegenüber der Ausländerbehörde</source>
        <translation>Releases from confidentiality towards the immigration office</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>im Zeitraum</source>
        <translation>in the period</translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/sections.py" line="+13"/>
        <source>Einleitung</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwicklungen im Berichtszeitraum</source>
        <translation>Developments in the reporting period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strukturelle Erkenntnisse</source>
        <translation>Structural findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>ReportTextEditor</name>
    <message>
        <location filename="../../kimdesk/ui/reports/editors.py" line="+49"/>
        <source>Texte des Sachstandsberichts</source>
        <translation>Texts of the status report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Abschnitt:</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text für den Ausschuss – keine Namen oder Angaben zu Personen.</source>
        <translation>Text for the committee – no names or details about people.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zur Veröffentlichung geprüft (nur dann im PDF)</source>
        <translation>reviewed for publication (only then in the PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschnitt speichern</source>
        <translation>Save section</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kimdesk/ui/reports/page.py" line="+81"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letzte 12 Monate</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laufendes Jahr</source>
        <translation>Current year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letztes Kalenderjahr</source>
        <translation>Last calendar year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letztes Quartal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzte fünf Jahre</source>
        <translation>Last five years</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eigener Zeitraum</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tabellen als CSV …</source>
        <translation>Tables as CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Druckvorschau</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+166"/>
        <source>Sachstandsbericht</source>
        <translation>Status report</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Seiteneinsteiger und Internationale Förderklassen</source>
        <translation>Lateral entrants and international support classes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Texte und Schulplätze</source>
        <translation>Texts and school places</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Der Zeitraum beginnt nach seinem Ende.</source>
        <translation>The period begins after its end.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zahlen werden berechnet …</source>
        <translation>Calculating figures …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monat</source>
        <translation>month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quartal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jahr</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallentwicklung</source>
        <translation>Case development</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle, die je {unit} ins Case Management aufgenommen (auch wieder aufgenommen) oder abgeschlossen wurden.</source>
        <translation>Cases taken into case management (including re-admissions) or closed, per {unit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personen nach Kommune</source>
        <translation>People by municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen, deren Fall im Zeitraum offen war, nach ihrer heutigen Wohnkommune.</source>
        <translation>People whose case was open during the period, by their current municipality of residence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe nach Kategorie</source>
        <translation>Needs by category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe, die im Zeitraum offen waren, und ihr Stand am Stichtag: übernommen, angefragt, ohne zuständige Stelle (Versorgungslücke) oder ohne Stelle erledigt.</source>
        <translation>Needs that were open during the period and their state on the reference date: taken on, requested, without a responsible agency (gap in provision) or done without an agency.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarfe nach Rechtskreis</source>
        <translation>Needs by legal domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Bedarfe nach dem Rechtskreis der Stelle, die sie übernommen hat oder bei der die Anfrage liegt.</source>
        <translation>The same needs by the legal domain of the agency that took them on or that has the request.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wartezeit bis zur Übernahme</source>
        <translation>Waiting time until taken on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tage vom Öffnen eines Bedarfs bis zur ersten Zusage einer Stelle (Zusagen im Zeitraum); letzte Zeile: Anmeldung bis Aufnahme in eine Schule.</source>
        <translation>Days from opening a need until the first acceptance by an agency (acceptances in the period); last row: registration until placement in a school.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ämter-Pingpong</source>
        <translation>Agency pingpong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe, die dreimal oder öfter abgelehnt oder weitergeleitet wurden oder wieder bei einer Stelle landeten, die sie schon abgelehnt hatte.</source>
        <translation>Needs that were declined or forwarded three times or more, or came back to an agency that had already declined them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konferenzen</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen und Netzwerktreffen im Zeitraum.</source>
        <translation>Case conferences and network meetings in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarte Aufgaben</source>
        <translation>Agreed tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Konferenzen vereinbarte Aufgaben mit Frist im Zeitraum und ihr Stand am Stichtag.</source>
        <translation>Tasks agreed in conferences with a deadline in the period, and their state on the reference date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personen nach Alter</source>
        <translation>People by age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Personen wie nach Kommune, nach Alter am Stichtag.</source>
        <translation>The same people as by municipality, by age on the reporting day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen nach Aufenthaltsstatus</source>
        <translation>People by residence status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Personen, nach Aufenthaltsstatus in Gruppen.</source>
        <translation>The same people, by residence status in groups.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschlüsse nach Zielerreichung</source>
        <translation>Closings by goal attainment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Zeitraum abgeschlossene Fälle nach der vermerkten Zielerreichung.</source>
        <translation>Cases closed in the period by the goal attainment recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschlüsse nach Grund</source>
        <translation>Closings by reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Zeitraum abgeschlossene Fälle nach dem Grund (Gründe des Katalogs).</source>
        <translation>Cases closed in the period by reason (the catalogue&apos;s reasons).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausländerbehörde (Modul 3)</source>
        <translation>Immigration office (module 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle, Fallkonferenzen und Schweigepflichtentbindungen mit der Ausländerbehörde im Zeitraum.</source>
        <translation>Cases, case conferences and releases from confidentiality with the immigration office in the period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartend am Stichtag</source>
        <translation>Waiting on the reference date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zugewiesen oder angemeldet bis zum Stichtag und noch ohne Schulplatz, nach Kommune und gewünschter Schulform.</source>
        <translation>Assigned or registered by the reference date and still without a school place, by municipality and requested school form.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufnahmen im Zeitraum</source>
        <translation>Placements in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In eine Schule aufgenommen im Zeitraum, nach Kommune und Schulform.</source>
        <translation>Placed in a school during the period, by municipality and school form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartezeit bis zur Aufnahme</source>
        <translation>Waiting time until placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tage bis zur Aufnahme, ab Zuweisung und ab Anmeldung (Median und 90-%-Wert).</source>
        <translation>Days until placement, from assignment and from registration (median and 90% value).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bisherige Wartezeit</source>
        <translation>Waiting time so far</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie lange die am Stichtag Wartenden bisher warten.</source>
        <translation>How long those waiting on the reference date have been waiting so far.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Überblick nach Schulform</source>
        <translation>Overview by school form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende nach Schulträger</source>
        <translation>Waiting by school operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende am Stichtag nach dem Träger der gewünschten Schulform.</source>
        <translation>Those waiting on the reporting day by the operator of the school form wanted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plätze nach Schulträger</source>
        <translation>Places by school operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plätze der nächsten Aufnahme, wie von der Koordinierung erfasst.</source>
        <translation>Places at the next intake, as entered by the coordination.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende nach Schulpflicht</source>
        <translation>Waiting by compulsory schooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende am Stichtag, ob im Alter der Vollzeitschulpflicht (6 bis 15 Jahre).</source>
        <translation>Those waiting on the reporting day, whether of full-time compulsory school age (6 to 15 years).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stichtag {day} · berechnet in {seconds} s</source>
        <translation>Reference date {day} · calculated in {seconds} s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Zahlen konnten nicht berechnet werden: {message}</source>
        <translation>The figures could not be calculated: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Übersicht Seiteneinsteiger</source>
        <translation>Lateral entrants overview</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ordner für die CSV-Dateien</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} CSV-Dateien gespeichert in {dir}</source>
        <translation>{n} CSV files saved in {dir}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>PDF wird erstellt …</source>
        <translation>Creating PDF …</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{what} gespeichert: {path}</source>
        <translation>{what} saved: {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drucken nicht möglich: {message}</source>
        <translation>Cannot print: {message}</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+6"/>
        <location line="+27"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Das PDF konnte nicht erstellt werden: {message}</source>
        <translation>The PDF could not be created: {message}</translation>
    </message>
</context>
<context>
    <name>Responsibilities</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/responsibilities.py" line="+72"/>
        <source>Bitte eine Stelle aus dem Verzeichnis wählen.</source>
        <translation>Please choose an agency from the catalogue.</translation>
    </message>
    <message>
        <location line="-215"/>
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
        <location line="+47"/>
        <source>Noch keine Anfrage.</source>
        <translation>No request yet.</translation>
    </message>
    <message>
        <location line="+101"/>
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
        <location line="+34"/>
        <source>Bitte angeben, worum es geht (Bedarf).</source>
        <translation>Please say what it is about (need).</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kimdesk/ui/backups_dialog.py" line="-177"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Die Daten dieses Geräts werden auf den Stand vom &lt;b&gt;{when}&lt;/b&gt; zurückgesetzt. Was Sie seitdem auf diesem Gerät eingegeben und noch nicht synchronisiert haben, geht verloren; was schon im gemeinsamen Ordner liegt, kommt bei der nächsten Synchronisation zurück.&lt;/p&gt;&lt;p&gt;Die jetzige Datenbank wird beiseitegelegt, nicht gelöscht.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The data on this device will be reset to the state of &lt;b&gt;{when}&lt;/b&gt;. Whatever you have entered on this device since then and not yet synchronised will be lost; whatever is already in the shared folder comes back with the next synchronisation.&lt;/p&gt;&lt;p&gt;The current database is set aside, not deleted.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase zur Bestätigung:</source>
        <translation>Passphrase to confirm:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../kimdesk/services/casework/retention.py" line="+41"/>
        <source>Case Management</source>
        <translation>case management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurzberatung</source>
        <translation>short counselling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Fallkonferenz</source>
        <translation>conference only</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Löschen ist in dieser Installation nicht verfügbar (Löschfunktion der Synchronisation fehlt); nichts gelöscht.</source>
        <translation>Deleting is not available in this installation (the erasure of the sync layer is missing); nothing deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aufbewahrungsfrist abgelaufen</source>
        <translation>Retention period over</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bitte einen Grund für die Löschung angeben.</source>
        <translation>Please give a reason for the deletion.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../kimdesk/ui/retention_dialog.py" line="+23"/>
        <source>Aufbewahrungsfristen prüfen</source>
        <translation>Check retention periods</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abgeschlossene Fälle, deren Aufbewahrungsfrist abgelaufen ist (Voreinstellung: Ende des 5. Kalenderjahres nach Abschluss). Löschen entfernt die Personen mit allen Angaben auf allen Geräten; für Berichte bleiben nur anonyme Zahlen.</source>
        <translation>Closed cases whose retention period is over (default: end of the 5th calendar year after closure). Deleting removes the persons with everything recorded on every device; only anonymous figures stay for reports.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallart</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen am</source>
        <translation>closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>löschbar ab</source>
        <translation>may be deleted from</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fällige Fälle löschen …</source>
        <translation>Delete due cases …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} Fälle und {m} Erstkontakte sind zur Löschung fällig.</source>
        <translation>{n} cases and {m} first contacts are due for deletion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurzeit ist nichts zur Löschung fällig.</source>
        <translation>Nothing is due for deletion at the moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endgültig löschen</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Fälle und {m} Erstkontakte jetzt endgültig löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Delete {n} cases and {m} first contacts for good now? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Die Liste hat sich geändert; es wurde nichts gelöscht. Bitte prüfen und erneut löschen.</source>
        <translation>The list has changed; nothing was deleted. Please check and delete again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} Fälle gelöscht; anonyme Zahlen bleiben für Berichte erhalten.</source>
        <translation>{n} cases deleted; anonymous figures stay for reports.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../kimdesk/ui/intake/rows.py" line="+140"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Zeile entfernen</source>
        <translation>Remove this row</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../kimdesk/ui/save_dialog.py" line="+31"/>
        <source>Der Ordner „{folder}“ wird mit {cloud} abgeglichen. Die Datei enthält personenbezogene Daten und ist nicht verschlüsselt – sie würde in die Cloud kopiert. Trotzdem hier speichern?</source>
        <translation>The folder “{folder}” is synchronised with {cloud}. The file holds personal data and is not encrypted – it would be copied into the cloud. Save here anyway?</translation>
    </message>
</context>
<context>
    <name>SchoolEntry</name>
    <message>
        <location filename="../../kimdesk/services/schooling/school_entry.py" line="+39"/>
        <source>Primarstufe</source>
        <translation>primary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sekundarstufe</source>
        <translation>secondary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationale Förderklasse</source>
        <translation>International support class (IFK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit für Mehr</source>
        <translation>Fit für Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere Schulform</source>
        <translation>other school form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Angabe</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Aufnahme in die Schule liegt vor „{field}“.</source>
        <translation>The admission to school lies before “{field}”.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/schooling/school_places.py" line="+46"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schulform</source>
        <translation>School form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmeldung</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wartetage ab Zuweisung</source>
        <translation>Days waiting since assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartetage ab Anmeldung</source>
        <translation>Days waiting since registration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste Aufnahme</source>
        <translation>Next intake</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/schooling/school_places.py" line="+1"/>
        <source>StädteRegion / Kreis</source>
        <translation>StädteRegion / district</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{value}“ ist keine Kommune der Region.</source>
        <translation>“{value}” is not a municipality of the region.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein kommunaler Schulträger braucht die Kommune.</source>
        <translation>A municipal school operator needs the municipality.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{value}“ ist keine Zahl von Plätzen.</source>
        <translation>“{value}” is not a number of places.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Zahl der Plätze muss zwischen 0 und {max} liegen.</source>
        <translation>The number of places must be between 0 and {max}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Keine Plätze mit dieser Kennung.</source>
        <translation>No places with this ID.</translation>
    </message>
</context>
<context>
    <name>SchoolPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/school.py" line="+36"/>
        <source>Ankunft in Deutschland:</source>
        <translation>Arrival in Germany:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung an die Kommune:</source>
        <translation>Assignment to the municipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung Schulamt / Kommunales Integrationszentrum:</source>
        <translation>Registration with the school office / integration centre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag / Bewerbung am:</source>
        <translation>Application on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schulplatz seit:</source>
        <translation>School place since:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gewünschte Schulform:</source>
        <translation>School form wanted:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>z. B. Berufskolleg Nord</source>
        <translation>e.g. Berufskolleg Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schule:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schulzugang speichern</source>
        <translation>Save school entry</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Für neu zugewanderte junge Menschen (schulpflichtig oder 16–25 Jahre): der Weg zum Schulplatz. Wer zugewiesen oder angemeldet ist und noch keinen Platz hat, steht auf der Warteliste.</source>
        <translation>For newly arrived young people (of school age or 16–25 years): the way to a school place. Whoever is assigned or registered and has no place yet is on the waiting list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Person ist älter als 25 Jahre; ein Schulzugang wird in der Regel nicht erfasst.</source>
        <translation>The person is older than 25; a school entry is usually not recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schulplatz seit {date}</source>
        <translation>School place since {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wartet seit {n} Tagen auf einen Schulplatz</source>
        <translation>waiting for a school place for {n} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · nächste Aufnahme ({form}): {date}</source>
        <translation> · next intake ({form}): {date}</translation>
    </message>
</context>
<context>
    <name>SchoolPlacesEditor</name>
    <message>
        <location filename="../../kimdesk/ui/reports/editors.py" line="+12"/>
        <source>Schulplätze je Aufnahmetermin</source>
        <translation>School places per intake date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aufnahme</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Schulform</source>
        <translation>School form</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Schulträger</source>
        <translation>School operator</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Plätze</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+42"/>
        <source>ganze Region</source>
        <translation>whole region</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>optional, nur für das Team</source>
        <translation>optional, for the team only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufnahme am</source>
        <translation>Intake on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plätze hinzufügen</source>
        <translation>Add places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markierte entfernen</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../kimdesk/store/options.py" line="+58"/>
        <source>„{title}“ muss eine ganze Zahl sein.</source>
        <translation>“{title}” must be a whole number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{title}“ muss zwischen {min} und {max} liegen.</source>
        <translation>“{title}” must be between {min} and {max}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>„{title}“ darf höchstens {max} Zeichen lang sein.</source>
        <translation>“{title}” may be at most {max} characters long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{value}“ ist für „{title}“ nicht vorgesehen.</source>
        <translation>“{value}” is not an option for “{title}”.</translation>
    </message>
    <message>
        <location line="+73"/>
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
        <source>Ihre Telefonnummer (für das Merkblatt der Person)</source>
        <translation>Your phone number (for the person&apos;s hand-out)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre E-Mail-Adresse (für das Merkblatt der Person)</source>
        <translation>Your email address (for the person&apos;s hand-out)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatisch synchronisieren alle (Minuten, 0 = nur von Hand)</source>
        <translation>Sync automatically every (minutes, 0 = by hand only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tägliche Sicherungen aufbewahren (Anzahl)</source>
        <translation>Keep daily backups (number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die ältesten Sicherungen darüber hinaus werden gelöscht.</source>
        <translation>Older backups beyond that are deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importdateien höchstens (MB)</source>
        <translation>Import files at most (MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größere Dateien werden abgelehnt, ohne sie ganz zu lesen.</source>
        <translation>Larger files are refused without reading them in full.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verantwortliche Stelle (Name, Anschrift) für die Datenschutzinformation</source>
        <translation>Controller (name, address) for the data protection information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steht auf der Information nach Art. 13 DSGVO und in der Auskunft nach Art. 15 DSGVO, z. B. „Stadt Aachen, Der Oberbürgermeister, Markt 39, 52062 Aachen“. Gilt für das ganze Team (wird synchronisiert).</source>
        <translation>Printed on the information under Art. 13 GDPR and in the access statement under Art. 15 GDPR, e.g. “Stadt Aachen, Der Oberbürgermeister, Markt 39, 52062 Aachen”. Applies to the whole team (synchronised).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steht auf der Information nach Art. 13 DSGVO und in der Auskunft nach Art. 15 DSGVO: Name oder Funktion, Anschrift, Telefon, E-Mail. Gilt für das ganze Team (wird synchronisiert).</source>
        <translation>Printed on the information under Art. 13 GDPR and in the access statement under Art. 15 GDPR: name or function, address, phone, email. Applies to the whole team (synchronised).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Datenschutzbeauftragte:r (Name, Erreichbarkeit)</source>
        <translation>Data protection officer (name, how to reach them)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ordner für Ausgaben (PDF, CSV)</source>
        <translation>Folder for exports (PDF, CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier beginnen die Dialoge „Speichern unter“. Ein lokaler Ordner, kein Cloud-Ordner: Ausgaben sind unverschlüsselt.</source>
        <translation>The “Save as” dialogs start here. A local folder, not a cloud folder: exports are not encrypted.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/admin/settings.py" line="+34"/>
        <source>„{title}“ ist von der IT für diesen Rechner festgelegt.</source>
        <translation>&quot;{title}&quot; is preset by IT for this computer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/settings_dialog.py" line="+27"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Von der IT für diesen Rechner festgelegt ({path}).</source>
        <translation>Preset by IT for this computer ({path}).</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="+114"/>
        <source>Gemeinsamer Ordner</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Ordner auf dem Server, über den das Team abgleicht. Dort liegen nur verschlüsselte Dateien.</source>
        <translation>The folder on the server through which the team synchronises. It holds only encrypted files.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Ein eingebundenes Netzlaufwerk (z. B. &lt;tt&gt;/mnt/kim-sync&lt;/tt&gt; oder &lt;tt&gt;K:\KIM\sync&lt;/tt&gt;) oder eine SMB-Adresse (&lt;tt&gt;smb://benutzer@server/freigabe/ordner&lt;/tt&gt;). Die IT Ihres Kreises nennt Ihnen den Ordner. Leer lassen, um ihn später auf der Seite „Synchronisation“ einzutragen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A mounted network drive (e.g. &lt;tt&gt;/mnt/kim-sync&lt;/tt&gt; or &lt;tt&gt;K:\KIM\sync&lt;/tt&gt;) or an SMB address (&lt;tt&gt;smb://user@server/share/folder&lt;/tt&gt;). Your district&apos;s IT will tell you the folder. Leave empty to enter it later on the “Sync” page.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ordner oder smb://benutzer@server/freigabe/ordner</source>
        <translation>folder or smb://user@server/share/folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordner wählen …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passwort für die Freigabe:</source>
        <translation>Password for the share:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbindung prüfen</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Gemeinsamen Ordner wählen</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verbindung wird geprüft …</source>
        <translation>Checking the connection …</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+21"/>
        <source>Dieser Ordner geht so nicht. Bitte einen anderen wählen oder das Feld leeren und den Ordner später eintragen.</source>
        <translation>This folder will not work. Please choose another one, or clear the field and enter the folder later.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Keine Antwort nach {n} Sekunden. Ist die Adresse richtig, und ist das Gerät im Netz der Verwaltung (ggf. per VPN)?</source>
        <translation>No answer after {n} seconds. Is the address right, and is the device on the administration&apos;s network (VPN if need be)?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ordner wird eingetragen …</source>
        <translation>Saving the folder …</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kimdesk/ui/help.py" line="-101"/>
        <source>Neue Person aufnehmen (Erstaufnahme in einem neuen Reiter)</source>
        <translation>Take in a new person (intake in a new tab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurznotiz zu einer Person</source>
        <translation>Quick note on a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zur Personensuche (Bereich Klient:innen, Suchtext markiert)</source>
        <translation>Go to the person search (Clients, search text selected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Suchfeld: in die Trefferliste wechseln (erste bzw. letzte Zeile)</source>
        <translation>In the search box: move into the results (first or last row)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Im Suchfeld: den ersten Treffer öffnen; in einer Liste: die gewählte Zeile öffnen; im Assistenten: Weiter bzw. Person anlegen; in einer Auswahl: übernehmen</source>
        <translation>In the search box: open the first hit; in a list: open the selected row; in the wizard: Next or Create person; in a picker: accept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialog schließen, ohne etwas zu übernehmen</source>
        <translation>Close the dialog without taking anything over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reiter schließen; bei ungespeicherten Eingaben fragt KIMdesk: Speichern, Verwerfen oder Abbrechen</source>
        <translation>Close the tab; with unsaved input KIMdesk asks: Save, Discard or Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bereich wechseln: Klient:innen, Aufgaben/Wiedervorlagen, Seiteneinsteiger, Fallkonferenzen, Stellen, Berichte, Synchronisation</source>
        <translation>Switch section: Clients, Tasks/follow-ups, Lateral entrants, Case conferences, Agencies, Reports, Synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Im Textfeld: Tippen rückgängig machen; ist dort nichts mehr rückgängig zu machen: die letzte gespeicherte Änderung im geöffneten Datensatz</source>
        <translation>In a text field: undo typing; when there is nothing left to undo there: the last saved change in the open record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzerhandbuch beim Kapitel des aktuellen Bereichs öffnen</source>
        <translation>Open the user guide at the chapter of the current section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Übersicht der Tastenkürzel</source>
        <translation>This overview of the keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden (fragt bei ungespeicherten Eingaben)</source>
        <translation>Quit (asks when there is unsaved input)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Strg</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umschalt</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eingabe</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+86"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wirkung</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../kimdesk/ui/sync/page.py" line="+51"/>
        <source>Wert:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geändert von:</source>
        <translation>Changed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerät:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitpunkt:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vorhanden</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../kimdesk/store/engine.py" line="+196"/>
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
        <location filename="../../kimdesk/store/migrate.py" line="+85"/>
        <source>Die Datenbank stammt aus einer neueren KIMdesk-Version ({rev}); bitte KIMdesk aktualisieren.</source>
        <translation>The database comes from a newer KIMdesk version ({rev}); please update KIMdesk.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/profile_name.py" line="+27"/>
        <source>er muss 1 bis 64 Zeichen lang sein</source>
        <translation>it must be 1 to 64 characters long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>er darf keines der Zeichen &lt; &gt; : &quot; / \ | ? * und keine Steuerzeichen enthalten</source>
        <translation>it must not contain any of the characters &lt; &gt; : &quot; / \ | ? * or control characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>er darf nicht mit einem Punkt oder Leerzeichen enden</source>
        <translation>it must not end with a dot or a space</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>der Name ist unter Windows für Geräte reserviert</source>
        <translation>the name is reserved for devices on Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ungültiger Profilname „{name}“: {why}.</source>
        <translation>Invalid profile name &quot;{name}&quot;: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Es gibt schon das Profil „{other}“; Profilnamen, die sich nur in Groß-/Kleinschreibung unterscheiden, sind unter Windows dasselbe.</source>
        <translation>The profile &quot;{other}&quot; already exists; profile names that differ only in case are the same on Windows.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/profile.py" line="+74"/>
        <source>Die Datenbankdatei {path} ist leer; stellen Sie sie aus der Sicherung wieder her.</source>
        <translation>The database file {path} is empty; restore it from the backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} ist eine unverschlüsselte SQLite-Datei, keine KIMdesk-Datenbank.</source>
        <translation>{path} is an unencrypted SQLite file, not a KIMdesk database.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Das Profil „{name}“ in {dir} ist bereits eingerichtet.</source>
        <translation>The profile “{name}” in {dir} is already set up.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Das Profil konnte nicht angelegt werden ({err}); es wurde nichts zurückgelassen.</source>
        <translation>The profile could not be created ({err}); nothing was left behind.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.</source>
        <translation>No KIMdesk profile “{name}” in {dir}; run “kimdesk init” first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datenbank {path} fehlt; stellen Sie sie aus der Sicherung wieder her.</source>
        <translation>The database {path} is missing; restore it from the backup.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation>Passphrase missing: set KIMDESK_PASSPHRASE or enter it interactively.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Datenbank passt weder zu {key} noch zu {new}; stellen Sie eine Sicherung wieder her.</source>
        <translation>The database fits neither {key} nor {new}; restore a backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eine unterbrochene Neuverschlüsselung lässt sich nicht abschließen: {key} kann nicht ersetzt werden (von einem anderen Programm geöffnet?).</source>
        <translation>An interrupted re-encryption cannot be finished: {key} cannot be replaced (open in another program?).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine unterbrochene Neuverschlüsselung wurde abgeschlossen: {new} ist jetzt die Schlüsseldatei.</source>
        <translation>An interrupted re-encryption was finished: {new} is now the key file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Die Datenbank ist keine vollständige KIMdesk-Datenbank.</source>
        <translation>The database is not a complete KIMdesk database.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Die Datenbank ist neu verschlüsselt, aber {key} ließ sich nicht ersetzen ({err}); beim nächsten Öffnen übernimmt KIMdesk {new} automatisch.</source>
        <translation>The database is re-encrypted, but {key} could not be replaced ({err}); KIMdesk takes over {new} automatically at the next start.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/store.py" line="+186"/>
        <source>Das Profil ist gesperrt.</source>
        <translation>The profile is locked.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>„{key}“ ist von der IT für diesen Rechner festgelegt ({path}).</source>
        <translation>&quot;{key}&quot; is preset by IT for this computer ({path}).</translation>
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
    <message>
        <location filename="../../kimdesk/store/profile_lock.py" line="+36"/>
        <source>Das Profil wird von einem anderen KIMdesk-Prozess benutzt; beenden Sie ihn und versuchen Sie es erneut. Es wurde nichts geändert.</source>
        <translation>The profile is in use by another KIMdesk process; end it and try again. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Profil wird gerade wiederhergestellt; bitte gleich erneut versuchen.</source>
        <translation>The profile is being restored; please try again in a moment.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../kimdesk/sync/engine.py" line="+95"/>
        <source>Sync-Ziel {target} nicht erreichbar ({err}); die unvollständige Datei {path} blieb zurück und wird in der nächsten Runde entfernt.</source>
        <translation>Sync target {target} cannot be reached ({err}); the incomplete file {path} was left behind and will be removed in the next round.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/sync/rotation.py" line="+69"/>
        <source>Sync-Ziel {target} nicht erreichbar ({err}); nichts geändert.</source>
        <translation>Sync target {target} not reachable ({err}); nothing changed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verbindung zum Sync-Ziel verloren ({err}); Angewendetes bleibt gültig, der Rest folgt beim nächsten Mal.</source>
        <translation>Connection to the sync target lost ({err}); what was applied stays valid, the rest follows next time.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ordner fehlt oder ist kein Ordner</source>
        <translation>folder missing or not a folder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>die Infodatei fehlt – ist die Freigabe eingehängt? (neues Ziel: --init)</source>
        <translation>the info file is missing – is the share mounted? (new target: --init)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} ist nicht leer und kein KIMdesk-Sync-Ziel; nichts geschrieben.</source>
        <translation>{target} is not empty and not a KIMdesk sync target; nothing written.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>die Infodatei wird gerade von einem anderen Programm benutzt</source>
        <translation>the info file is in use by another program</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Infodatei in {target} ist älter als der Teamschlüssel dieses Geräts (zurückgesetzt oder manipuliert?); nichts geschrieben.</source>
        <translation>The info file in {target} is older than this device&apos;s team key (reset or tampered with?); nothing written.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{target} wurde von einer neueren KIMdesk-Version eingerichtet ({detail}); bitte KIMdesk aktualisieren.</source>
        <translation>{target} was set up by a newer KIMdesk version ({detail}); please update KIMdesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} gehört zu einem anderen Team; nichts geschrieben.</source>
        <translation>{target} belongs to another team; nothing written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Infodatei in {target} ist beschädigt oder manipuliert ({why}); nichts geschrieben.</source>
        <translation>The info file in {target} is damaged or tampered with ({why}); nothing written.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{why}; durch die zuletzt geprüfte Fassung ersetzt</source>
        <translation>{why}; replaced by the last verified copy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Der Teamschlüssel wurde erneuert (ein Gerät wurde gesperrt). Dieses Gerät braucht die neue Anmeldedatei: kimdesk team join DATEI. Nichts geschrieben.</source>
        <translation>The team key has been renewed (a device was revoked). This device needs the new enrolment file: kimdesk team join FILE. Nothing written.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Der Ordner dieses Geräts auf dem Sync-Ziel ist weiter als seine Datenbank (Sicherung eingespielt oder Profil kopiert?); es wird nichts gesendet.</source>
        <translation>This device&apos;s folder on the sync target is ahead of its database (backup restored or profile copied?); nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/receive.py" line="+100"/>
        <source>eine Momentaufnahme (ältere Segmente fehlen)</source>
        <translation>a snapshot (older segments missing)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verweise auf Datensätze, die in den vorliegenden Segmenten fehlen; nichts davon übernommen, die nächste Runde versucht es wieder</source>
        <translation>References to records missing from the segments at hand; none of it taken in, the next round tries again</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Personen</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bedarfen</source>
        <translation>needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen</source>
        <translation>case conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment {seq} von Gerät {device} würde (mit den letzten Runden) {n} von {total} {what} löschen</source>
        <translation>Segment {seq} from device {device} would delete (together with the last rounds) {n} of {total} {what}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>eine Momentaufnahme</source>
        <translation>a snapshot</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/service.py" line="+31"/>
        <source>Kein Sync-Ziel: --target ORDNER|smb://… angeben (mit --save merken).</source>
        <translation>No sync target: give --target FOLDER|smb://… (remember it with --save).</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/targets/__init__.py" line="+24"/>
        <source>Ungültige SMB-Adresse: {err}</source>
        <translation>Invalid SMB address: {err}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unbekanntes Sync-Ziel „{spec}“: erwartet wird ein Ordner oder smb://…</source>
        <translation>Unknown sync target “{spec}”: a folder or smb://… is expected</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/team.py" line="+108"/>
        <source>Dieses Gerät gehört noch zu keinem Team: zuerst „kimdesk team create“ oder „kimdesk team join DATEI“.</source>
        <translation>This device belongs to no team yet: first “kimdesk team create” or “kimdesk team join FILE”.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Dieses Gerät gehört bereits zum Team {id}.</source>
        <translation>This device already belongs to team {id}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} ist keine KIMdesk-Anmeldedatei oder beschädigt.</source>
        <translation>{path} is not a KIMdesk enrolment file or is damaged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datei nicht lesbar: {err}</source>
        <translation>File not readable: {err}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Anmeldedatei hat ein neueres Format ({v}); bitte KIMdesk aktualisieren.</source>
        <translation>The enrolment file has a newer format ({v}); please update KIMdesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} verlangt unzulässige Parameter für die Schlüsselableitung; die Datei ist beschädigt oder manipuliert.</source>
        <translation>{path} asks for inadmissible key derivation parameters; the file is damaged or tampered with.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Falsche Passphrase für die Anmeldedatei.</source>
        <translation>Wrong passphrase for the enrolment file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dieses Gerät gehört bereits zu einem anderen Team ({id}).</source>
        <translation>This device already belongs to another team ({id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Anmeldedatei enthält einen älteren Teamschlüssel (Generation {old}) als dieses Gerät (Generation {new}).</source>
        <translation>The enrolment file contains an older team key (generation {old}) than this device (generation {new}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Anmeldedatei passt nicht zum Teamschlüssel dieses Geräts.</source>
        <translation>The enrolment file does not match this device&apos;s team key.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/probe.py" line="+37"/>
        <source>Bitte einen Ordner oder eine smb://-Adresse angeben.</source>
        <translation>Please give a folder or an smb:// address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{target} ist nicht erreichbar oder kein Ordner.</source>
        <translation>{target} cannot be reached or is not a folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Infodatei in {target} ist zu groß, um von KIMdesk zu sein (beschädigt oder manipuliert).</source>
        <translation>The info file in {target} is too large to be KIMdesk&apos;s (damaged or tampered with).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} ist nicht leer und kein KIMdesk-Sync-Ziel. Bitte einen leeren Ordner wählen.</source>
        <translation>{target} is not empty and not a KIMdesk sync target. Please choose an empty folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target} ist leer – ist die Freigabe eingehängt?</source>
        <translation>{target} is empty – is the share mounted?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} ist erreichbar und leer; die erste Synchronisation richtet den Ordner ein.</source>
        <translation>{target} can be reached and is empty; the first synchronisation sets up the folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} ist nicht erreichbar ({err}).</source>
        <translation>{target} cannot be reached ({err}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{target} ist ein KIMdesk-Sync-Ziel.</source>
        <translation>{target} is a KIMdesk sync target.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} gehört zu einem anderen Team.</source>
        <translation>{target} belongs to another team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf {target} gilt ein neuerer Teamschlüssel; bitte die neue Anmeldedatei übernehmen.</source>
        <translation>A newer team key applies on {target}; please take over the new enrolment file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} wurde von einer neueren KIMdesk-Version eingerichtet; bitte KIMdesk aktualisieren.</source>
        <translation>{target} was set up by a newer KIMdesk version; please update KIMdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Infodatei in {target} passt nicht zum Teamschlüssel ({why}).</source>
        <translation>The info file in {target} does not match the team key ({why}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} ist erreichbar: der Sync-Ordner Ihres Teams.</source>
        <translation>{target} can be reached: your team&apos;s sync folder.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/rotation.py" line="-4"/>
        <source>keine Infodatei – zuerst synchronisieren</source>
        <translation>no info file – synchronise first</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>„{device}“ ist keine Gerätekennung.</source>
        <translation>“{device}” is not a device id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dieses Gerät kann sich nicht selbst sperren.</source>
        <translation>This device cannot revoke itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Sync-Ziel ging während der Runde verloren; nichts rotiert.</source>
        <translation>The sync target was lost during the round; nothing rotated.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/report.py" line="+144"/>
        <source>Ziel: {target}</source>
        <extracomment>skipped files an earlier round already named (still there): counted, not named again the columns the applied changes wrote, by table (&quot;*&quot;: a row inserted, or not known which): what the deadline rules after the round ask (``deadlines.evaluate_after_sync``)</extracomment>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesendet: {n} Änderungen in {s} Segment(en)</source>
        <translation>Sent: {n} changes in {s} segment(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empfangen: {n} Änderungen aus {s} Segment(en)</source>
        <translation>Received: {n} changes from {s} segment(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konflikte: {n} neu</source>
        <translation>Conflicts: {n} new</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verworfen: {n} Änderungen an gelöschten Personen</source>
        <translation>Discarded: {n} changes to deleted persons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gelöscht auf Anweisung eines anderen Geräts: {n} Person(en)</source>
        <translation>Deleted on instruction from another device: {n} person(s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgelehnt: {path} ({why}); übersprungen, nichts davon angewendet</source>
        <translation>Rejected: {path} ({why}); skipped, nothing of it applied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abgelehnt: Segment {seq} von Gerät {device} ({why}); wird beim nächsten Mal erneut versucht</source>
        <translation>Rejected: segment {seq} from device {device} ({why}); will be retried next time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weiter übersprungen: {n} bereits gemeldete Datei(en) auf dem Sync-Ziel („kimdesk doctor“ nennt sie, „kimdesk sync --clean-share“ entfernt sie)</source>
        <translation>Still skipped: {n} file(s) on the sync target reported before (“kimdesk doctor” lists them, “kimdesk sync --clean-share” removes them)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zurückgehalten: {detail} – zum Anwenden „kimdesk sync --confirm-deletions“</source>
        <translation>Held back: {detail} – to apply: “kimdesk sync --confirm-deletions”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartet: Segment {seq} von Gerät {device} braucht zuerst {detail}</source>
        <translation>Waiting: segment {seq} from device {device} first needs {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belegt: {path} wird gerade von einem anderen Programm benutzt (anderes Gerät, Virenscanner); beim nächsten Mal erneut versucht</source>
        <translation>In use: {path} is held by another program (another device, antivirus); will be retried next time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesperrtes Gerät {device}: {detail} später geschriebene Datei(en) nicht angewendet</source>
        <translation>Revoked device {device}: {detail} file(s) written later not applied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fehler: {detail}</source>
        <translation>Error: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgebrochen; Bereits Angewendetes bleibt gültig.</source>
        <translation>Cancelled; what has already been applied remains valid.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/junk.py" line="+48"/>
        <source>{target} ist nicht das Sync-Ziel dieses Teams (Infodatei fehlt oder passt nicht); nichts entfernt.</source>
        <translation>{target} is not this team&apos;s sync target (info file missing or not matching); nothing removed.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>keine KIMdesk-Datei</source>
        <translation>not a KIMdesk file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geräteordner ohne eine echte Datei des Teams</source>
        <translation>device folder without a single genuine file of the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beschädigt</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echtheitsprüfung fehlgeschlagen</source>
        <translation>authentication failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von einem anderen Team</source>
        <translation>from another team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liegt am falschen Ort</source>
        <translation>in the wrong place</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/retire.py" line="+39"/>
        <source>„{device}“ ist keine frühere Gerätekennung dieses Geräts.</source>
        <translation>“{device}” is not an earlier device id of this device.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/publish.py" line="+47"/>
        <source>nicht geschrieben: {size} MB, größer als jede Momentaufnahme, die ein Gerät annimmt ({limit} MB); die Segmente bleiben</source>
        <extracomment>snapshots are written as SQLCipher databases (False: the JSON snapshot of before, which every KIMdesk still reads; for tests of a team mid-upgrade)</extracomment>
        <translation>not written: {size} MB, larger than any snapshot a device accepts ({limit} MB); the segments stay</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../kimdesk/ui/sync/controller.py" line="+178"/>
        <source>Synchronisiere …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kein Sync-Ziel eingerichtet</source>
        <translation>No sync target set up</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dieses Gerät gehört noch zu keinem Team: auf der Seite „Synchronisation“ unter „Team einrichten …“ beitreten oder ein neues Team gründen.</source>
        <translation>This device does not belong to a team yet: on the “Synchronisation” page, under “Set up team …”, join a team or found a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Teamschlüssel wurde erneuert (ein Gerät wurde gesperrt). Die neue Anmeldedatei von der Koordination unter Extras → Anmeldedatei für ein weiteres Gerät → „Neue Anmeldedatei übernehmen“ einlesen. Nichts geschrieben.</source>
        <translation>The team key was renewed (a device was blocked). Read in the new enrolment file from your coordinator under Tools → Enrolment file for another device → “Take over new enrolment file”. Nothing written.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Interner Fehler beim Synchronisieren</source>
        <translation>Internal error while synchronising</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verbindung verloren</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgebrochen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Löschungen warten auf Bestätigung</source>
        <translation>Deletions waiting for confirmation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synchronisiert um %1</source>
        <translation>Synchronised at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisiert um %1, nicht alles übernommen – Einzelheiten unter „Synchronisation“</source>
        <translation>Synchronised at %1, not everything taken in – details under “Synchronisation”</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kimdesk/ui/sync/page.py" line="+26"/>
        <source>Synchronisieren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dieses Gerät gehört noch zu keinem Team. Zum Synchronisieren zuerst mit der Anmeldedatei der Koordination beitreten oder ein neues Team gründen.</source>
        <translation>This device does not belong to a team yet. To synchronise, first join with the enrolment file from your coordinator or found a new team.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team einrichten …</source>
        <translation>Set up team …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ordner oder smb://benutzer@server/freigabe/ordner</source>
        <translation>folder or smb://user@server/share/folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ziel speichern</source>
        <translation>Save target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync-Ziel:</source>
        <translation>Sync target:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erreichbarkeit wird geprüft …</source>
        <translation>Checking reachability …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jetzt synchronisieren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschungen bestätigen</source>
        <translation>Confirm deletions</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync-Ziel aufräumen …</source>
        <translation>Clean up sync target …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entfernt fremde Geräteordner und beschädigte Dateien vom Sync-Ziel (vorher wird angezeigt, was entfernt würde).</source>
        <translation>Removes foreign device folders and damaged files from the sync target (shows first what would be removed).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letzte Runde</source>
        <translation>Last round</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behalten (gilt jetzt)</source>
        <translation>Kept (valid now)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterlegen (gleichzeitig geändert)</source>
        <translation>Lost (changed at the same time)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linken Wert behalten</source>
        <translation>Keep the left value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechten Wert übernehmen</source>
        <translation>Take the right value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Nachtrag zum Protokoll</source>
        <translation>As an addendum to the minutes</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n Änderung(en) warten</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Sync-Ziel eingerichtet</source>
        <translation>No sync target set up</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sync-Ziel</source>
        <translation>Sync target</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sync-Ziel gespeichert</source>
        <translation>Sync target saved</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n Datei(en) auf dem Sync-Ziel übersprungen (fremd, beschädigt oder gefälscht): {files}. „Sync-Ziel aufräumen …“ entfernt sie.</source>
        <translation>
            <numerusform>%n file on the sync target skipped (foreign, damaged or forged): {files}. &quot;Clean up sync target …&quot; removes it.</numerusform>
            <numerusform>%n files on the sync target skipped (foreign, damaged or forged): {files}. &quot;Clean up sync target …&quot; removes them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Sync-Ziel aufräumen</source>
        <translation>Clean up sync target</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Nichts zu entfernen.</source>
        <translation>Nothing to remove.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Diese %n Einträge werden vom Sync-Ziel entfernt:</source>
        <translation>
            <numerusform>This %n entry will be removed from the sync target:</numerusform>
            <numerusform>These %n entries will be removed from the sync target:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n Einträge vom Sync-Ziel entfernt</source>
        <translation>
            <numerusform>%n entry removed from the sync target</numerusform>
            <numerusform>%n entries removed from the sync target</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ziel erreichbar</source>
        <translation>Target reachable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ziel nicht erreichbar</source>
        <translation>Target not reachable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnort</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Löschung</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empfangen</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschließen</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenz</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufgabe (Protokoll)</source>
        <translation>Task (minutes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuständigkeit</source>
        <translation>Responsibility</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../kimdesk/services/tasks_deadlines/tasks.py" line="+34"/>
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
        <location line="+1"/>
        <source>Maßnahme (Hilfeplan)</source>
        <translation>Measure (plan)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Frist: {rule}</source>
        <translation>Deadline: {rule}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Fristregel „{rule}“</source>
        <translation>Deadline rule “{rule}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fallkonferenz vom {day}</source>
        <translation>Case conference of {day}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hilfeplan: {goal}</source>
        <translation>Plan: {goal}</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+4"/>
        <location line="+6"/>
        <location line="+17"/>
        <source>Den Eintrag gibt es nicht (mehr).</source>
        <translation>This entry does not exist (any more).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Wiedervorlage verwerfen</source>
        <translation>Dismiss follow-up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nur eine offene Wiedervorlage lässt sich verwerfen.</source>
        <translation>Only an open follow-up can be dismissed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verworfen am {day}: {reason}</source>
        <translation>Dismissed on {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/tasks_page.py" line="+26"/>
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
        <location line="+17"/>
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
        <location line="+4"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiedervorlagen aus Fristen</source>
        <translation>Follow-ups from deadlines</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Akte öffnen</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwerfen …</source>
        <translation>Dismiss …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Wiedervorlage, die nicht zutrifft, mit Grund verwerfen</source>
        <translation>Dismiss a follow-up that does not apply, with a reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meine Aufgaben</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufgaben des Teams</source>
        <translation>The team&apos;s tasks</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} offen, davon {late} überfällig</source>
        <translation>{n} open, {late} of them overdue</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verworfen: {what}</source>
        <translation>Dismissed: {what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erledigt: {what}</source>
        <translation>Done: {what}</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/lists.py" line="+31"/>
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
        <source>Verwerfen …</source>
        <translation>Dismiss …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Wiedervorlage, die nicht zutrifft, mit Grund verwerfen</source>
        <translation>Dismiss a follow-up that does not apply, with a reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Erledigt: {what}</source>
        <translation>Done: {what}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verworfen: {what}</source>
        <translation>Dismissed: {what}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../kimdesk/ui/team_dialog.py" line="+54"/>
        <source>Team und Anmeldedatei</source>
        <translation>Team and enrolment file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Auswählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anmeldedatei:</source>
        <translation>Enrolment file:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase der Datei:</source>
        <translation>Passphrase of the file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aus einer CSV-Datei (mit Vorschau) …</source>
        <translation>From a CSV file (with preview) …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur beim Gründen: womit der Stellenkatalog des Teams beginnt. Die anderen Geräte übernehmen ihn beim Synchronisieren.</source>
        <translation>Only when founding: what the team&apos;s agency catalogue starts with. The other devices take it over when they synchronise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stellenkatalog:</source>
        <translation>Agency &amp;catalogue:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV-Datei mit den Stellen des Kreises</source>
        <translation>CSV file with the district&apos;s agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei …</source>
        <translation>File …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV-&amp;Datei:</source>
        <translation>CSV &amp;file:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anmeldedatei speichern</source>
        <translation>Save enrolment file</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Mit dieser Datei beitreten</source>
        <translation>Join with this file</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Neues Team gründen</source>
        <translation>Found a new team</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dieses Gerät gehört noch zu keinem Team. Treten Sie mit der Anmeldedatei Ihrer Koordination bei, oder gründen Sie ein neues Team (erstes Gerät).</source>
        <translation>This device does not belong to a team yet. Join with the enrolment file from your coordinator, or found a new team (first device).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team {id} (Schlüssel-Generation {gen}). Für ein weiteres Gerät: eine Anmeldedatei mit einer Passphrase speichern, Datei und Passphrase getrennt weitergeben (z. B. USB-Stick und Telefon).</source>
        <translation>Team {id} (key generation {gen}). For another device: save an enrolment file with a passphrase, and pass on the file and the passphrase separately (e.g. USB stick and telephone).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neue Anmeldedatei übernehmen</source>
        <translation>Take over new enrolment file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stellenkatalog (CSV) wählen</source>
        <translation>Choose the agency catalogue (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anmeldedatei wählen</source>
        <translation>Choose enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedateien (*.kimdesk *.json);;Alle Dateien (*)</source>
        <translation>Enrolment files (*.kimdesk *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anmeldedatei</source>
        <translation>Enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedateien (*.kimdesk *.json)</source>
        <translation>Enrolment files (*.kimdesk *.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte die Anmeldedatei angeben.</source>
        <translation>Please give the enrolment file.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Der Schlüsselbund des Systems hat den Teamschlüssel nicht aufgenommen; er liegt sicher in der verschlüsselten Datenbank, Synchronisieren geht weiter. Grund: {why}</source>
        <translation>The system keyring did not take the team key; it is kept safely in the encrypted database and sync goes on. Reason: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anmeldedatei gespeichert: {path}</source>
        <translation>Enrolment file saved: {path}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="-226"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Geräte eines Teams gleichen ihre Daten verschlüsselt mit einem gemeinsamen Teamschlüssel ab.</source>
        <translation>The devices of a team synchronise their data, encrypted with a shared team key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einem Team beitreten – ich habe eine Anmeldedatei</source>
        <translation>Join a team – I have an enrolment file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ein neues Team gründen – dies ist das erste Gerät</source>
        <translation>Found a new team – this is the first device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Später – vorerst nur auf diesem Gerät arbeiten</source>
        <translation>Later – work only on this device for now</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auswählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anmeldedatei:</source>
        <translation>Enrolment file:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase der Datei:</source>
        <translation>Passphrase of the file:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aus einer CSV-Datei (mit Vorschau) …</source>
        <translation>From a CSV file (with preview) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Womit der Stellenkatalog des Teams beginnt. Stellen lassen sich danach unter „Stellen“ anlegen, ändern oder aus einer CSV-Datei importieren. Die anderen Geräte des Teams übernehmen das beim Synchronisieren.</source>
        <translation>What the team&apos;s agency catalogue starts with. Agencies can then be added, changed or imported from a CSV file under “Agencies”. The team&apos;s other devices take this over when they synchronise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stellenkatalog:</source>
        <translation>Agency &amp;catalogue:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV-Datei mit den Stellen des Kreises</source>
        <translation>CSV file with the district&apos;s agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei …</source>
        <translation>File …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV-&amp;Datei:</source>
        <translation>CSV &amp;file:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anmeldedatei wählen</source>
        <translation>Choose enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedateien (*.kimdesk *.json);;Alle Dateien (*)</source>
        <translation>Enrolment files (*.kimdesk *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stellenkatalog (CSV) wählen</source>
        <translation>Choose agency catalogue (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team wird eingerichtet …</source>
        <translation>Setting up the team …</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="+105"/>
        <source>Verfasst von</source>
        <translation>Written by</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/edits.py" line="+111"/>
        <source>{field} wurde inzwischen auf einem anderen Gerät geändert</source>
        <translation>{field} has since been changed on another device</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../kimdesk/ui/undo_bar.py" line="+37"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kimdesk/ui/unlock_dialog.py" line="+90"/>
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
        <location line="+14"/>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Entsperren …</source>
        <translation>Unlocking …</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="+16"/>
        <source>„Sprachen“ muss eine Liste von Texten sein.</source>
        <translation>“Languages” must be a list of texts.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/casework/assessment.py" line="-5"/>
        <location filename="../../kimdesk/services/casework/plans.py" line="-66"/>
        <location line="+38"/>
        <location line="+9"/>
        <location filename="../../kimdesk/services/clients_intake/clients.py" line="-54"/>
        <source>Unbekanntes Feld „{field}“.</source>
        <translation>Unknown field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/clients.py" line="+8"/>
        <location filename="../../kimdesk/services/clients_intake/intake.py" line="-85"/>
        <location line="+20"/>
        <source>Bitte mindestens Vor- oder Familiennamen angeben.</source>
        <translation>Please give at least a given or a family name.</translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="-118"/>
        <location line="+50"/>
        <location filename="../../kimdesk/services/tasks_deadlines/tasks.py" line="-48"/>
        <source>Bitte „{field}“ ausfüllen.</source>
        <translation>Please fill in “{field}”.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>ein ungültiges Zeichen</source>
        <translation>an invalid character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Steuerzeichen</source>
        <translation>a control character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Schreibrichtungs-Steuerung</source>
        <translation>a text direction control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>einen Tabulator oder Zeilenumbruch</source>
        <translation>a tab or line break</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+3"/>
        <source>„{field}“ enthält {what}; bitte entfernen.</source>
        <translation>&quot;{field}&quot; contains {what}; please remove it.</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>WaitingListPage</name>
    <message>
        <location filename="../../kimdesk/ui/waiting_list_page.py" line="+40"/>
        <source>&lt;b&gt;Seiteneinsteiger: Warteliste Schulplatz&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lateral entrants: waiting list for a school place&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alle Schulformen</source>
        <translation>all school forms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wartet seit (Tagen)</source>
        <translation>waiting (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulform</source>
        <translation>School form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste Aufnahme</source>
        <translation>next intake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wartet länger als {n} Tage</source>
        <translation>waiting longer than {n} days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Akte öffnen</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als CSV speichern …</source>
        <translation>Save as CSV …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nächste Aufnahmetermine: {dates}</source>
        <translation>Next intake dates: {dates}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keine eingetragen</source>
        <translation>none entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} warten auf einen Schulplatz, davon {long} länger als {days} Tage</source>
        <translation>{n} waiting for a school place, {long} of them longer than {days} days</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warteliste speichern</source>
        <translation>Save waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} Zeilen gespeichert: {path}</source>
        <translation>{n} rows saved: {path}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="-209"/>
        <source>Willkommen bei KIMdesk</source>
        <translation>Welcome to KIMdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;KIMdesk speichert alle Daten verschlüsselt auf diesem Gerät und gleicht sie über einen gemeinsamen Ordner mit Ihrem Team ab, wann immer er erreichbar ist. Die Einrichtung dauert zwei Minuten:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;eine Passphrase für Ihr Profil,&lt;/li&gt;&lt;li&gt;dem Team beitreten (mit der Anmeldedatei von Ihrer Koordination) oder ein Team gründen,&lt;/li&gt;&lt;li&gt;den gemeinsamen Ordner wählen.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;KIMdesk stores all data encrypted on this device and synchronises them with your team through a shared folder whenever it can be reached. Setting up takes two minutes:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;a passphrase for your profile,&lt;/li&gt;&lt;li&gt;join the team (with the enrolment file from your coordinator) or found a team,&lt;/li&gt;&lt;li&gt;choose the shared folder.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profil: {name} in {dir}</source>
        <translation>Profile: {name} in {dir}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Nur einmal ansehen? Das Demo-Profil enthält erfundene Personen und wird beim Beenden gelöscht.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Just having a look? The demo profile contains made-up people and is deleted when you quit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo-Profil ausprobieren</source>
        <translation>Try the demo profile</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../kimdesk/ui/widgets.py" line="+77"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/printing.py" line="+159"/>
        <source>Druckvorschau</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hinweis zur Darstellung</source>
        <translation>Note on the rendering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einige Angaben enthalten Schrift, die im PDF nicht dargestellt werden kann. Sie sind in lateinischer Umschrift gedruckt und mit ⟨ ⟩ gekennzeichnet:

{fields}</source>
        <translation>Some entries contain script that cannot be shown in the PDF. They are printed as a Latin transliteration and marked with ⟨ ⟩:

{fields}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="-228"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entschuldigt</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>did not attend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfallen</source>
        <translation>cancelled</translation>
    </message>
</context>
</TS>
