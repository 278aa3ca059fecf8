<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de">
<context>
    <name>About</name>
    <message>
        <location filename="../../kimdesk/services/admin/about.py" line="+22"/>
        <source>Oberfläche, Drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbankzugriff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema-Migrationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verschlüsselte Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-GCM, Argon2id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüsselbund des Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namen in allen Schriften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ähnliche Namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phonetische Schlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-Dokumente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von ReportLab benötigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMB-Freigaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrift in den PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Profil (Datenbank, Schlüsseldatei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tägliche Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokolldateien (nur Kennungen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüsselbund-Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienst „KIMdesk“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kimdesk/ui/about_dialog.py" line="+28"/>
        <source>Über KIMdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;KIMdesk {version}&lt;/h2&gt;&lt;p&gt;Fallmanagement für das Kommunale Integrationsmanagement (KIM) in NRW – offline, verschlüsselt, im Team abgeglichen.&lt;/p&gt;&lt;p&gt;Lizenz: {licence}. Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Verwendete Bibliotheken&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bibliothek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lizenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wofür</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wo die Daten liegen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="+202"/>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– keine Stelle –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>– alle Personen der Konferenz –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wer: Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer: Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>betrifft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/addenda.py" line="+22"/>
        <source>Nachtrag hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nachtrag vom {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein abgeschlossenes Protokoll wird nicht mehr geändert. Korrekturen werden als datierte Nachträge erfasst und hinter dem Protokoll gedruckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nachträge gibt es erst nach dem Abschließen; einen Entwurf bitte direkt ändern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nachtrag zum Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agencies</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/agencies.py" line="+80"/>
        <source>Bitte den Namen der Stelle angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Stelle gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stelle entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stellenkatalog leeren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../kimdesk/ui/agencies_page.py" line="+40"/>
        <source>&lt;b&gt;Stellen&lt;/b&gt; – wer ist wofür zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stelle, Art, Rechtskreis oder Kommune suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aus CSV importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Katalog leeren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Stellen entfernen, die mit keiner Person verknüpft sind – um mit dem eigenen Katalog zu beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>durch Komma getrennt, z. B. Aachen, Alsdorf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>z. B. Mo–Fr 8–12 Uhr, Do 14–17 Uhr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>öffentliche Stelle (Mitteilungspflicht § 87 AufenthG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausländerbehörde (erhält nichts, was nicht für sie bestimmt ist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öffnungszeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neue Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stellen aus CSV importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Katalog leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Stellen entfernen, die mit keiner Person, Einwilligung oder Konferenz verknüpft sind? Das gilt für das ganze Team, sobald synchronisiert wird; rückgängig über die Statuszeile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{removed} Stellen entfernt, {kept} verknüpfte behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{added} Stellen neu, {changed} geändert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyImport</name>
    <message>
        <location filename="../../kimdesk/services/admin/first_run.py" line="+71"/>
        <location filename="../../kimdesk/services/clients_intake/agency_import.py" line="+75"/>
        <source>Die Datei ist zu groß (höchstens 5 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/agency_import.py" line="+6"/>
        <source>Die Datei ist keine Textdatei (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Die Zeile enthält Steuerzeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>„{value}“ ist weder ja noch nein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Datei ist keine lesbare CSV-Datei ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei ist leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei hat mehr als {n} Zeilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In der ersten Zeile fehlt die Spalte „Name“ (oder „Stelle“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Der Name fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>„{name}“ steht mehrfach in der Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stellen importieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyImportDialog</name>
    <message>
        <location filename="../../kimdesk/ui/agency_import_dialog.py" line="+41"/>
        <source>Stellen aus CSV importieren – Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} neu, {changed} geändert, {same} unverändert, {bad} mit Fehlern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle / Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fehler (werden nicht übernommen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeile {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nicht übernommene Spalten: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>öffentliche Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/agenda.py" line="+71"/>
        <source>TOP hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <location line="+7"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>▲ nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▼ nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf der Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für die Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht zur Weitergabe an die Ausländerbehörde (z. B. ärztliche Angaben, § 203 StGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wer: Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer: Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Betreff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art der Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschluss hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Vereinbarte Aufgaben (Wer / Was / Bis wann)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufgabe hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>TOP {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Neuer Tagesordnungspunkt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kimdesk/ui/app.py" line="+285"/>
        <source>Demo-Profil (Beispieldaten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+167"/>
        <location line="+27"/>
        <source>Profil wird geöffnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Demo-Profil wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo-Profil: die Passphrase lautet „{passphrase}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+77"/>
        <source>Profil: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/appointments.py" line="+40"/>
        <source>Termin anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Stelle gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Termin entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den Termin gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/appointments.py" line="+52"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uhrzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bei wem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datum, Uhrzeit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. Talstraße 2, Raum 3.12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Frau Öztürk (Leistungsabteilung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bei wem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– keine Stelle –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bitte zuerst einen Termin in der Tabelle wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Art15</name>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+86"/>
        <source>angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Akte geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gedruckt / ausgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>importiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synchronisiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{family}, {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nicht hinterlegt – bitte beim Case Management erfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationen zur Verarbeitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutzbeauftragte:r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+192"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <source>Zweck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <source>Case Management im Kommunalen Integrationsmanagement: Klärung der Bedarfe, Abstimmung der zuständigen Stellen, Fallkonferenzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kategorien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angaben zur Person und zum Haushalt, Aufenthalt, Leistungen, Schule und Sprache, Wohnen, Gesundheit (soweit erfasst), Beratungskontakte, Einwilligungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keine Stelle außerhalb des Kommunalen Integrationsmanagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speicherdauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bis zum Ende des {n}. Kalenderjahres nach Abschluss des Falls; danach wird alles gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>von Ihnen selbst und, mit Ihrer Einwilligung, von den beteiligten Stellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihre Rechte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auskunft (Art. 15 DSGVO, § 83 SGB X) – diese Aufstellung; Berichtigung (Art. 16 DSGVO); Löschung (Art. 17 DSGVO, § 84 SGB X); Einschränkung der Verarbeitung (Art. 18 DSGVO); Datenübertragbarkeit (Art. 20 DSGVO); Widerspruch (Art. 21 DSGVO); Widerruf einer Einwilligung jederzeit mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beschwerde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bei der Aufsichtsbehörde (Art. 77 DSGVO): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sie sind außerdem im Haushalt von {n} anderen Person(en) erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fallkonferenz am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+267"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-12"/>
        <location line="+27"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="-44"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-169"/>
        <location line="+2"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-1"/>
        <source>Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächster Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+189"/>
        <source>Teilnehmende</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahmegrund ohne Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{who}: {what} (bis {due}, {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOP {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagesordnung, Beschlüsse und Vereinbarungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarte Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nachträge</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+1"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-34"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In Fallkonferenzen vereinbarte Aufgaben für Sie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-9"/>
        <location line="+67"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+1"/>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-32"/>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+0"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-29"/>
        <location line="+31"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access.py" line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-66"/>
        <location line="+68"/>
        <source>erledigt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zugriffe auf Ihre Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer Ihre Akte geöffnet oder Unterlagen über Sie gedruckt hat (Benutzerkennung und Gerät, wie gespeichert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+26"/>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+13"/>
        <location line="+26"/>
        <source>Benutzer:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Gerät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Vorgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>alle Angaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Änderungsprotokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jede Änderung an Ihren Datensätzen: wann, von wem, welche Angaben (die Werte stehen im nächsten Abschnitt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+20"/>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Angaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gespeicherte Werte und ihre Geschichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jeder Wert, den Ihre Datensätze hatten, auch frühere (bis zur Löschung aufbewahrt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Abweichende Werte aus der Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gültiger Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abweichender Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-224"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verworfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teilweise erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>teilweise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfällt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auskunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weitervermittelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall eröffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entschuldigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Angaben zur Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-71"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Familienname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Name in eigener Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Geburtsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Geschlecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staatsangehörigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>braucht Dolmetschung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dolmetschsprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+70"/>
        <source>Rechtsgrundlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aufenthaltspapier gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wohnort (Kommune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case Manager:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fall eröffnet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall abgeschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-69"/>
        <location line="+85"/>
        <source>Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+9"/>
        <source>Beziehung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-84"/>
        <source>Bedarfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+7"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+28"/>
        <source>Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+50"/>
        <source>seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Quelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht für die Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-61"/>
        <source>Zuständigkeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>für Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angefragt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entschieden am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Verlauf der Zuständigkeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weitergeleitet an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Beratungskontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+84"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+38"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dolmetschung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+22"/>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+2"/>
        <source>Mitarbeiter:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-61"/>
        <source>Schweigepflichtentbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+8"/>
        <source>Person/Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arten von Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+102"/>
        <location line="+10"/>
        <source>Gesundheitsdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-160"/>
        <source>der Person selbst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der gesetzlichen Vertretung / Vormundschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alle Arten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-65"/>
        <source>Abschiebung ausgesetzt seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BAMF-Entscheidung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BAMF-Bescheid zugestellt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wohnsitzregelung (Ort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wohnsitzregelung bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+138"/>
        <location line="+10"/>
        <source>Art der Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-43"/>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>widerrufen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>besondere Umstände (mündlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="-67"/>
        <source>Termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="+6"/>
        <source>Uhrzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bei wem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/subject_access_fields.py" line="+34"/>
        <source>Aufgaben und Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einzelheiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fristregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallverlauf (Phasen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angezeigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zugestimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Vermerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Erstkontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vermittelt durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufenthaltsstatus (Verlauf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gültig ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leistungsbezug (Verlauf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beantragt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bewilligt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Sprachniveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesundheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ressourcen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beteiligte Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hilfeplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vereinbart am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Überprüfung am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ziele des Hilfeplans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maßnahmen des Hilfeplans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schulzugang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ankunft in Deutschland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung an die Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung beim Schulamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewünschte Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgenommen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zuordnung zu strukturellen Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entscheidungen über Synchronisationskonflikte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person der Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagesordnungspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vereinbarte Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachtrag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../kimdesk/services/casework/assessment.py" line="+41"/>
        <source>„Gültig bis“ liegt vor „gültig ab“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kein Leistungseintrag mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/assessment.py" line="+55"/>
        <source>Aufenthaltsstatus – Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Rechtsgrundlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>gültig ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Vermerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neuen Status erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neuer Status, z. B. Aufenthaltserlaubnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leistungen (Rechtskreis) – Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beantragt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bewilligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steht aus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>zuständige Stelle, z. B. Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>beantragt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuen Leistungsbezug erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Für den gewählten Eintrag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewilligung eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ende eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bitte zuerst einen Eintrag in der Tabelle wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lage der Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Haushalt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schule und Bildung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesundheit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wohnen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ressourcen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vermerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gesundheitsangaben gehen nie an die Ausländerbehörde (§ 203 StGB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deutschkenntnisse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beteiligte Stellen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stand vom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lage der Person – Assessment vom {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lage der Person – noch kein Assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+65"/>
        <source>Stelle zuweisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorschlag: {agency} – {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>optional, sonst die Ansprechperson der Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte eine Stelle aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../kimdesk/store/audit.py" line="+276"/>
        <source>Audit-Protokoll intakt: {n} Einträge geprüft, davon {m} mit Änderungen gelöschter Personen (über die Kette geprüft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit-Protokoll intakt: {n} Einträge geprüft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit-Protokoll manipuliert oder beschädigt: Kette bricht bei Eintrag {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../kimdesk/services/admin/backup.py" line="+82"/>
        <source>Die Sicherung konnte nicht geschrieben werden ({err}); es wurde nichts angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Sicherung konnte nicht geschrieben werden: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sicherung {path} nicht gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sicherung passt nicht zu diesem Profil: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sicherung ist beschädigt (Integritätsprüfung).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/backups_dialog.py" line="+125"/>
        <source>Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jetzt sichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>KIMdesk legt beim Start täglich eine verschlüsselte Sicherung an und behält die letzten {n} (Extras → Einstellungen). Ordner: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wiederhergestellt. Die vorherige Datenbank liegt unter {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BamfDecision</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/bamf_decisions.py" line="+17"/>
        <source>Asylberechtigung (Art. 16a GG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flüchtlingseigenschaft (§ 3 AsylG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subsidiärer Schutz (§ 4 AsylG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschiebungsverbot (§ 60 Abs. 5/7 AufenthG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt als offensichtlich unbegründet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt als unzulässig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keine Angabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../kimdesk/ui/reports/chart.py" line="+118"/>
        <source>„&lt; 5“, „x“, „–“: nicht ausgewiesen (Schutz kleiner Zahlen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../kimdesk/cli.py" line="+61"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>KIMdesk – Kommunales Integrationsmanagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenordner (Vorgabe: Benutzerdatenordner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profilname (Vorgabe: default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Der Datenträger ist voll ({path}); es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei wird für den Datenträger zu groß ({path}); es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keine Berechtigung für {path}; es wurde nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} liegt auf einem schreibgeschützten Datenträger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateifehler bei {path}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>kimdesk: abgebrochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>kimdesk: interner Fehler ({kind}); Details im Protokoll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/data.py" line="+13"/>
        <source>realistische synthetische Daten erzeugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Austauschformat (JSON) importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alles im Austauschformat (JSON) exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personen suchen (tolerant bei Schreibweisen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--clients muss zwischen 1 und 1.000.000 liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} Personen erzeugt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} Datensätze geschrieben ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} neue Wiedervorlagen aus den Fristregeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exportiert nach {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/gui.py" line="+11"/>
        <source>die Desktop-Anwendung starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wegwerf-Profil mit Beispieldaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/profile.py" line="+13"/>
        <source>verschlüsselte Datenbank anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüssel nicht im Schlüsselbund ablegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenbank mit neuem Schlüssel neu verschlüsseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schlüssel im Schlüsselbund ablegen oder entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit-Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schlüsselbund, Datenbank, Schlüsseldatei und Sync-Ziel prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neue Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase fehlt: {env} setzen oder interaktiv eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Passphrase wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/commands/sync.py" line="+163"/>
        <source>Die Passphrasen stimmen nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profil „{name}“ angelegt in {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kein sicherer Schlüsselbund gefunden: Öffnen nur mit der Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Schlüssel im Schlüsselbund abgelegt ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Aktuelle Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/backup.py" line="+13"/>
        <source>verschlüsselte Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungsdatei (für restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welche Sicherung? kimdesk backup restore DATEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../kimdesk/commands/profile.py" line="+2"/>
        <source>Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sicherung wiederhergestellt; die vorherige Datenbank liegt mit allen gespeicherten Änderungen unter {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keine Sicherung fällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherung angelegt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/profile.py" line="+10"/>
        <source>Passphrase geändert; die Datenbank blieb unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datenbank mit neuem Schlüssel verschlüsselt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schlüssel aus dem Schlüsselbund entfernt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kein sicherer Schlüsselbund verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Die Datenbank ist beschädigt; das Audit-Protokoll lässt sich nicht prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank ist beschädigt ({what}); das Audit-Protokoll lässt sich nicht prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/clients.py" line="+13"/>
        <source>eine Person betreffende Befehle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eine Person endgültig löschen, auf allen Geräten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund (z. B. Löschantrag, Aufbewahrungsfrist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alles über eine Person als PDF (Auskunft nach Art. 15 DSGVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>den Hilfeplan als Vereinbarung zum Unterschreiben (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ein bestimmter Plan; Vorgabe: der aktuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/commands/minutes.py" line="+54"/>
        <location line="+12"/>
        <source>zweite Sprache neben Deutsch (de = nur Deutsch); Vorgabe: die erste Sprache der Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person {id} gelöscht ({n} Datensätze); die Löschung wird mit der nächsten Sync-Runde an alle Geräte weitergegeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hilfeplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/cycle.py" line="+19"/>
        <source>„{value}“ ist kein Datum JJJJ-MM-TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fristen prüfen und Wiedervorlagen anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fälle nach Ablauf der Aufbewahrungsfrist löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nur auflisten, nichts löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Rückfrage löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seiteneinsteiger: Warteliste und Kennzahlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warteliste als CSV-Datei schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schulplätze je Aufnahmetermin und Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kennung (für remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune (leer: die ganze Region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schulträger: Kommune oder StädteRegion/Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schule (nur für das Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufnahmetermin JJJJ-MM-TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zahl der Plätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strukturelle Themen (generative Themen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{fired} Fristen erkannt, {n} neue Wiedervorlagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Löschen braucht eine Bestätigung: --yes angeben oder interaktiv bestätigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Fälle endgültig löschen? [j/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} Fälle und {m} Erstkontakte sind zur Löschung fällig (nichts gelöscht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} Fälle gelöscht; anonyme Zählungen bleiben für Berichte erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} Wartende nach {path} geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte --from und --to angeben (--from nicht nach --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wartend am {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufnahmen im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte die Kennung der Plätze angeben (siehe school-places list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bitte die Zieldatei angeben (.csv oder .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} Themen nach {path} geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/minutes.py" line="-46"/>
        <source>Fallkonferenzen: Protokoll, Schweigepflichtentbindung, Merkblatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protokoll einer Konferenz als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zieldatei (nicht mit --distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ausfertigung für eine Stelle: braucht deren Schweigepflichtentbindung; die Ausländerbehörde erhält keine so gekennzeichneten Inhalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verteiler: je beteiligte Stelle ein PDF in diesen Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wie --recipient mit der Ausländerbehörde unter den Teilnehmenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schweigepflichtentbindung für eine Person, vorausgefüllt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stelle (mehrfach möglich); Vorgabe: die beteiligten Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zweite Sprache neben Deutsch (en, ar, fa, uk, ru, tr; de = nur Deutsch); Vorgabe: die erste Sprache der Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ohne die Datenschutzinformation nach Art. 13 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenschutzinformation nach Art. 13 DSGVO für eine Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merkblatt für die Person: Anliegen, Stellen, Kontakte, Termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aufzuführendes Anliegen (mehrfach möglich); Vorgabe: alle offenen außer Gesundheit und Jugendhilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Konferenzen auflisten (neueste zuerst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vereinbarte Aufgaben: fällige oder die einer Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fällige Aufgaben: auch die der nächsten DAYS Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation im Briefkopf anzeigen oder setzen (nur dieses Gerät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>Der Ordner {dir} existiert nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/cli.py" line="-75"/>
        <location filename="../../kimdesk/commands/minutes.py" line="-60"/>
        <source>{path} ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/minutes.py" line="+13"/>
        <location filename="../../kimdesk/commands/report.py" line="+71"/>
        <source>1 Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/commands/report.py" line="+1"/>
        <source>{n} Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/commands/report.py" line="+2"/>
        <source>{what} gespeichert: {path} ({pages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinweis: als Umschrift gedruckt (Schrift nicht darstellbar): {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte entweder -o oder --distribution angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Zieldatei mit -o angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An dieser Konferenz hat keine Stelle teilgenommen; kein Verteiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ausfertigung für {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schweigepflichtentbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datenschutzinformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merkblatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/sync.py" line="-147"/>
        <source>eine Sync-Runde mit dem gemeinsamen Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordner oder smb://benutzer@server[:port]/freigabe/ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>das Ziel für künftige Runden merken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vom Schutz zurückgehaltene Massenlöschungen anwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>einen leeren Ordner als neues Sync-Ziel einrichten, obwohl dieses Gerät schon synchronisiert hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fremde, beschädigte und gefälschte Dateien vom Sync-Ziel entfernen (braucht den Teamschlüssel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mit --clean-share: nur anzeigen, was entfernt würde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offene Konflikte anzeigen oder entscheiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auch entschiedene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nummer des Konflikts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teamschlüssel anlegen, weitergeben, übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neuen Teamschlüssel anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>womit der Stellenkatalog des Teams beginnt: nrw_kreis, nrw_kreisfreie_stadt, staedteregion_aachen (Vorgabe) oder empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>den Stellenkatalog des Teams aus dieser CSV-Datei anlegen (statt --catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anmeldedatei für ein weiteres Gerät schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mit einer Anmeldedatei dem Team beitreten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neuen Teamschlüssel erzeugen (verlorenes Gerät), Geräte sperren, neue Anmeldedatei schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>die neue Anmeldedatei für die anderen Geräte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gerätekennung eines verlorenen Geräts (mehrfach möglich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Sync-Ziel, wenn nicht das gespeicherte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>die Geräte mit einem Ordner auf dem Sync-Ziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--dry-run gehört zu --clean-share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--save braucht --target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sync-Ziel {target} nicht erreichbar ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nichts Fremdes auf {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nicht entfernt (Ordner außerhalb von devices/, bitte selbst prüfen): {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Würde entfernen: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entfernt: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Konflikt {n} entschieden ({choice}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entschieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase der Anmeldedatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase fehlt: KIMDESK_TEAM_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--catalogue csv braucht --catalogue-csv DATEI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team {id} angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stellenkatalog aus {file}: {n} Stellen übernommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeile {line} nicht übernommen: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein sicherer Schlüsselbund: der Teamschlüssel liegt nur in der verschlüsselten Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anmeldedatei für Team {id} geschrieben: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Diesem Gerät ist jetzt Team {id} bekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync-Ziel übernommen: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Neuer Teamschlüssel (Generation {n}); {carried} Dateien auf dem Sync-Ziel bleiben gültig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesperrt: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Anmeldedatei: {path} – jedes andere Gerät muss sie mit „kimdesk team join“ übernehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dieses Gerät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gesperrt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Segmente, zuletzt {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/commands/report.py" line="-55"/>
        <source>Anonyme Berichte: Sachstandsbericht, Seiteneinsteiger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sachstandsbericht Kommunales Integrationsmanagement (PDF, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Übersicht Seiteneinsteiger und Internationale Förderklassen (PDF, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Beginn des Zeitraums, JJJJ-MM-TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Ende des Zeitraums, JJJJ-MM-TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>den Bericht als PDF schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jede Tabelle als CSV-Datei in DIR schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Tabellen als JSON ausgeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Textabschnitte des Sachstandsberichts zeigen oder speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>der Abschnitt, der gespeichert wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den Text aus dieser Datei (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>als zur Veröffentlichung geprüft markieren (sonst wird er nicht gedruckt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Abschnitte als JSON ausgeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <source>Bitte den Zeitraum mit --from JJJJ-MM-TT und --to JJJJ-MM-TT angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Bitte -o DATEI.pdf, --csv ORDNER oder --json angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} CSV-Dateien gespeichert in {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sachstandsbericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Übersicht Seiteneinsteiger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bitte mit --section angeben, welcher Abschnitt gespeichert wird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei {path} lässt sich nicht lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei {path} ist zu groß für einen Textabschnitt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei {path} ist kein UTF-8-Text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abschnitt gespeichert ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zur Veröffentlichung geprüft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht geprüft, wird nicht gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>geprüft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht geprüft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/catalogue.py" line="+32"/>
        <source>Vorlage: Kreis in NRW (ohne Anschriften)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage: kreisfreie Stadt in NRW (ohne Anschriften)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beispiel: StädteRegion Aachen (mit Anschriften)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leer – Stellen selbst anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unbekannte Vorlage „{key}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stellenkatalog aus Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../kimdesk/ui/client_list.py" line="+57"/>
        <source>Person suchen: Name in beliebiger Schreibweise oder Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neue Person aufnehmen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kurznotiz …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alle Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offene Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossene Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nur mit offenen Bedarfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>alle Case Manager:innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meine Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln Person(en)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="+34"/>
        <source>Person auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in beliebiger Schreibweise oder Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../kimdesk/ui/record/view.py" line="+83"/>
        <source>Kurznotiz …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+185"/>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Persönliche Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fallverlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe und Zuständigkeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beratungskontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einwilligungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Az. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geb. {date} ({age} J.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fall abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n Lücke(n)</source>
        <translation>
            <numerusform>%n Lücke</numerusform>
            <numerusform>%n Lücken</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../kimdesk/ui/client_table.py" line="+158"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familienname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Manager:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/editor.py" line="+78"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnehmende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abschließen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+195"/>
        <source>Entwurf verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Eine Ausfertigung für eine Stelle braucht deren Schweigepflichtentbindung; die Ausländerbehörde erhält nichts, was nicht für sie bestimmt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verteiler …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>je beteiligte Stelle ein PDF in einen Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Druckvorschau …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Keine Konferenz ausgewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netzwerktreffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abgeschlossen {when} – schreibgeschützt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aktenexemplar (vollständig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ausfertigung für {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Protokoll abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach dem Abschließen kann das Protokoll nicht mehr geändert werden; Korrekturen sind nur noch als datierte Nachträge möglich. Jetzt abschließen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Protokoll ist abgeschlossen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diesen Entwurf verwerfen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>PDF wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF konnte nicht erstellt werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ordner für den Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An dieser Konferenz hat keine Stelle teilgenommen; kein Verteiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDFs werden erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} Ausfertigung(en) gespeichert in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Speichern nicht möglich: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/conferences.py" line="+68"/>
        <location line="+7"/>
        <location filename="../../kimdesk/services/team_sync/conflicts.py" line="+170"/>
        <source>Das Protokoll ist abgeschlossen und kann nicht mehr geändert werden; Korrekturen bitte als Nachtrag erfassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/agenda_edit.py" line="+51"/>
        <source>Kein Tagesordnungspunkt mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bitte den Betreff des TOP angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Kein Beschluss mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Die Aufgabe kann nur einer Person dieser Konferenz zugeordnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte angeben, was zu tun ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Keine Aufgabe mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/conference_edit.py" line="+53"/>
        <source>„{value}“ ist keine Uhrzeit (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keine Konferenz mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keine Stelle mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte das Datum der Konferenz angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ein Netzwerktreffen hat keine Person: bitte zuerst die Personen entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ein Netzwerktreffen wird ohne Person geführt; für eine Person bitte eine Fallkonferenz anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keine Person mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Für „{agency}“ liegt zum {date} keine gültige Schweigepflichtentbindung vor ({detail}). Eine Teilnahme ist nur mit Begründung möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person, Vormund oder Dolmetschung nehmen ohne Stelle teil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kein Tagesordnungspunkt dieser Konferenz mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Bitte Stelle oder Namen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+32"/>
        <source>Keine Teilnahme mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Moderation und Protokollführung müssen angegeben sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Fallkonferenz braucht mindestens eine Person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Protokoll hat noch keinen Tagesordnungspunkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für {n} Teilnehmende fehlt eine gültige Schweigepflichtentbindung und eine Begründung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{agency}“ war bei {tops} anwesend, ohne dass ihre Schweigepflichtentbindung diese Inhalte umfasst; bitte die Begründung vermerken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOP {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abschließen nicht möglich: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nachträge gibt es erst nach dem Abschluss; einen Entwurf bitte direkt ändern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/page.py" line="+46"/>
        <source>Alle Konferenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwürfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neues Netzwerktreffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefkopf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation im Kopf der Ausdrucke (nur dieses Gerät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fall / Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Netzwerk: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Briefkopf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation im Kopf aller Ausdrucke (leer: „Kommunales Integrationsmanagement“):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/lists.py" line="+23"/>
        <source>Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fallkonferenzen werden im Bereich „Fallkonferenzen“ vorbereitet und protokolliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konferenz öffnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../kimdesk/services/team_sync/conflicts.py" line="-29"/>
        <source>Kein Konflikt {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unbekannte Wahl „{choice}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Der Datensatz {id} existiert nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nachträge gibt es nur zu abgeschlossenen Protokollen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nachtrag aus der Synchronisierung: {field} lautete auf einem anderen Gerät „{value}“ (geändert {at}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../kimdesk/reports/formatting.py" line="+49"/>
        <location filename="../../kimdesk/services/releases/consents.py" line="+200"/>
        <source>keine erteilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/releases/consents.py" line="-142"/>
        <source>Die Schweigepflichtentbindung vom {date} umfasst {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für {recipient} liegt keine Schweigepflichtentbindung vor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} wurde am {date} widerrufen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} ist am {date} abgelaufen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} gilt erst ab {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} umfasst keine Gesundheitsdaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung für {recipient} umfasst diese Daten nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schweigepflichtentbindung gilt nur für eine bestimmte Person bei {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bitte die Stelle angeben, für die die Entbindung gilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte das Datum der Erteilung angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Das Ende liegt vor der Erteilung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eine mündliche Entbindung für Gesundheitsdaten braucht die vermerkten besonderen Umstände.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keine Stelle mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keine Schweigepflichtentbindung mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>widerrufen am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelaufen am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erst ab {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Gesundheitsdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für diese Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur für eine bestimmte Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Keine Fallkonferenz mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Teilnahme nur wegen des vermerkten Ausnahmegrundes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location line="-193"/>
        <source>Angaben zur Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leistungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arbeit und Ausbildung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schule und Sprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wohnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familie und Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schriftlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>elektronisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mündlich (dokumentiert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Einwilligung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Widerruf erfassen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/consents.py" line="+70"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person/Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle außer Gesundheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesundheitsdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>widerrufen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heute gültig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Stelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, z. B. Frau N. (Leistungsabteilung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person oder Funktion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstimmung im Rahmen des Case Managements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zweck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unbefristet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form, erteilt am, gültig bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arten von Daten (keine: alle außer Gesundheit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>umfasst Gesundheitsdaten (Art. 9 DSGVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nur bei mündlicher Entbindung für Gesundheitsdaten: warum nicht schriftlich (§ 67b Abs. 2 SGB X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besondere Umstände:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widerruf der gewählten erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formular drucken (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/contacts.py" line="+38"/>
        <source>Büro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aufsuchend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hausbesuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte kurz festhalten, worum es ging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kontakt erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kontakt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kurznotiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/contacts.py" line="+63"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für ABH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Datum, Art, Ort, Dolmetschung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worum ging es? Was ist vereinbart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zusammenfassung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enthält Angaben von Ärzt:innen oder Therapeut:innen (nicht für die Ausländerbehörde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art der Daten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art der Daten des gewählten Kontakts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markierung „nicht für die Ausländerbehörde“ umschalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Bitte zuerst einen Kontakt in der Tabelle wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../kimdesk/ui/crash.py" line="+43"/>
        <source>Ein unerwarteter Fehler ist aufgetreten ({kind}). Ihre Eingaben in offenen Fenstern sind noch da: bitte speichern und KIMdesk neu starten. Einzelheiten stehen im Protokoll (Hilfe → Über KIMdesk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <location filename="../../kimdesk/services/casework/case_cycle.py" line="+48"/>
        <source>nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstkontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hilfeplanung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unbekannte Phase „{phase}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ein Phasenwechsel kann nicht in der Zukunft liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Datum liegt vor dem letzten Phasenwechsel ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Fall ist bereits in der Phase „{phase}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Von „{old}“ geht es nicht direkt zu „{new}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zum Abschließen bitte einen Grund angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case Management beginnt nur, wenn es angezeigt ist und die Person zustimmt; sonst den Fall mit Grund abschließen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nur ein abgeschlossener Fall kann wieder geöffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bitte das Datum des Erstkontakts angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kein Erstkontakt mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aus diesem Erstkontakt wurde schon ein Fall eröffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aus Erstkontakt vom {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/assessment.py" line="+14"/>
        <source>keine Leistung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Muttersprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/common.py" line="+122"/>
        <source>Drucken nicht möglich: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An den Drucker gegeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Speichern nicht möglich: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/phases.py" line="+23"/>
        <source>alle erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>teilweise erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfällt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/plan.py" line="+43"/>
        <source>Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/tab.py" line="+35"/>
        <source>Phasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hilfeplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schulzugang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../kimdesk/models/partial_date.py" line="+35"/>
        <source>„{value}“ ist kein Datum. Erlaubt: JJJJ, JJJJ-MM, JJJJ-MM-TT oder TT.MM.JJJJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das Jahr {year} ist nicht plausibel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den Monat {month} gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den Tag {value} gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Datum {value} liegt in der Zukunft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../kimdesk/services/tasks_deadlines/deadlines.py" line="+72"/>
        <source>18. Geburtstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltspapier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreiswechsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umzug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Schulplatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulpflicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAMF-Bescheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familiennachzug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>36 Monate AsylbLG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnsitzregelung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Überprüfung des Hilfeplans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>wird {year} volljährig (nur das Geburtsjahr ist bekannt; gerechnet ab 1. Januar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+63"/>
        <source>wird am {date} volljährig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+68"/>
        <source>ist am {date} abgelaufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>läuft am {date} ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verlängerung bei der Ausländerbehörde rechtzeitig klären.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>{old} → {new}: Bewilligung steht aus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prüfen, dass keine Zahlungslücke entsteht, bis die neue Stelle bewilligt hat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die bisherige Leistung endet am {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+76"/>
        <source>{status}, aber noch {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach der Anerkennung wechselt die Zuständigkeit (meist SGB II): Antrag anstoßen, Zahlungslücke vermeiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+79"/>
        <source>wohnt jetzt in {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+81"/>
        <source>nicht mehr vollzeitschulpflichtig und ohne Schulplatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationale Förderklasse oder ein anderes Bildungsangebot klären.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+123"/>
        <source>für {recipient} endet am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erneuern lassen – sonst darf die Stelle nicht mehr beteiligt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+126"/>
        <source>Ziel: Überprüfung war am {date} fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+84"/>
        <source>schulpflichtig und ohne Schulplatz (Wartezeit unbekannt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>schulpflichtig und seit {days} Tagen ohne Schulplatz (seit {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+90"/>
        <source>Schutz zuerkannt ({kind}), zugestellt am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+108"/>
        <source>Frist für den erleichterten Nachzug endet spätestens am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+114"/>
        <source>36 Monate Leistungsbezug am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+118"/>
        <source>wohnt in {municipality}, Wohnsitzregelung für {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+126"/>
        <source>war am {date} fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+129"/>
        <source>seit {date} – {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Die Jugendhilfe endet nicht automatisch: Hilfe für junge Volljährige prüfen (§ 41 SGB VIII, in der Regel bis 21) und den Übergang rechtzeitig mit den künftig zuständigen Stellen planen (§ 36b SGB VIII). Eine Vormundschaft endet mit der Volljährigkeit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Vollzeitschulpflicht (§§ 35, 37 SchulG NRW; nach einem Asylantrag ab der Zuweisung an die Gemeinde, § 34 Abs. 6 SchulG NRW): Schulplatz sofort mit Schulamt und Kommunalem Integrationszentrum klären.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Leistungen nach dem AsylbLG enden (§ 1 Abs. 3 AsylbLG): Bürgergeld beim Jobcenter sofort beantragen, damit keine Lücke entsteht (§ 37 SGB II), und die Aufenthaltserlaubnis bei der Ausländerbehörde beantragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klagefrist ist am {date} abgelaufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klagefrist endet am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}, zugestellt am {served}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eine Woche (§ 74 Abs. 1 Hs. 2, § 36 Abs. 3 AsylG): Klage und Eilantrag sofort mit Rechtsberatung oder Anwält:in klären.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zwei Wochen (§ 74 Abs. 1 AsylG): Klage sofort mit Rechtsberatung oder Anwält:in klären.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maßgeblich ist die Rechtsbehelfsbelehrung des Bescheids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antrag innerhalb von drei Monaten nach unanfechtbarer Anerkennung (§ 29 Abs. 2 S. 2 Nr. 1 AufenthG); die Frist wahrt auch der Antrag der Person hier (§ 29 Abs. 2 S. 3 AufenthG). Gerechnet ab Zustellung des Bescheids – also nie zu spät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analogleistungen nach § 2 Abs. 1 AsylbLG prüfen (SGB XII entsprechend, nach 36 Monaten Aufenthalt ohne wesentliche Unterbrechung). Gerechnet ab dem ersten AsylbLG-Bezug am {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ein Umzug braucht die Aufhebung oder Änderung der Wohnsitzregelung durch die Ausländerbehörde (§ 12a Abs. 5 AufenthG); Leistungen und Zuständigkeiten klären.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verantwortlich: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+337"/>
        <source>keine zuständige Stelle im Katalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{category}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+8"/>
        <source>Ablehnung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. nicht zuständig, da Leistungen nach AsylbLG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte den Grund der Ablehnung angeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/privacy.py" line="+45"/>
        <source>Person endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (Az. {number}) wird mit allen Angaben gelöscht – Bedarfe, Kontakte, Einwilligungen, Plan, Verlauf und frühere Werte –, auf diesem Gerät und mit der nächsten Synchronisation auf allen anderen. Protokolle behalten nur das Aktenzeichen. Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>z. B. Löschantrag der Person vom …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zur Bestätigung das Aktenzeichen eingeben:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../kimdesk/figures/disclosure.py" line="+65"/>
        <source>Insgesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; {n}: weniger als {n} Personen, aus Datenschutzgründen nicht ausgewiesen; x: gesperrt, damit sich kleine Zahlen nicht aus den Summen errechnen lassen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureFields</name>
    <message>
        <location filename="../../kimdesk/ui/disclosure_fields.py" line="+30"/>
        <source>– ohne bestimmte Art –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welche Art von Daten: nur Stellen, deren Schweigepflichtentbindung diese Art umfasst, erhalten den Inhalt (§ 67b SGB X). Ohne bestimmte Art nur Stellen mit einer Entbindung ohne Beschränkung auf Arten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesundheitsdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gesundheitsdaten (Art. 9 DSGVO) erhalten nur Stellen mit einer Entbindung für Gesundheitsdaten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../kimdesk/ui/dismiss_dialog.py" line="+19"/>
        <source>Wiedervorlage verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{what}“ wird nicht erledigt, sondern verworfen. Der Grund bleibt in der Akte stehen; die Fristregel legt sie nicht erneut an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grund angeben oder auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bereits erledigt (anderweitig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trifft nicht zu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person ist verzogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>andere Stelle ist zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../kimdesk/services/admin/doctor.py" line="+47"/>
        <location line="+2"/>
        <source>Schlüsselbund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kein sicherer Schlüsselbund; Öffnen nur mit der Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Schlüsseldatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{path} (Argon2id, {mib} MiB, {it} Durchläufe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{path}: Integritätsprüfung bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beschädigt: die Integritätsprüfung meldet {n} Fehler (zuerst: {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit-Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bedarfsstände für Berichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stimmen mit den Anfragen überein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} wichen von den Anfragen ab; neu berechnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+2"/>
        <source>Zentrale Vorgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} Einstellungen von der IT festgelegt ({path}): {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zugriffsrechte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Der Datenordner {path} liegt außerhalb Ihres Benutzerprofils und erbt die Rechte des Ordners darüber; andere Benutzer dieses Rechners könnten ihn lesen. Bitte von der IT nur für Sie freigeben lassen: icacls &quot;{path}&quot; /inheritance:r /grant:r &quot;%USERNAME%:(OI)(CI)F&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Nächster Schritt: eine Sicherung wiederherstellen („kimdesk backup list“, dann „kimdesk backup restore DATEI“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>kein Team eingerichtet (kimdesk team create / join)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kein Sync-Ziel gespeichert (kimdesk sync --target … --save); {n} Änderungen warten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} erreichbar; {n} Änderungen warten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} nicht erreichbar; {n} Änderungen warten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync-Ziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inhalt nicht geprüft: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keine fremden oder beschädigten Dateien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} fremde oder beschädigte Einträge: {items} – ein Teammitglied entfernt sie mit „kimdesk sync --clean-share“ (erst --dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <location filename="../../kimdesk/ui/record/documents.py" line="+39"/>
        <source>Dokumente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Druckvorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zweite Sprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatisch: erste Sprache der Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nur Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schweigepflichtentbindung mit Datenschutzinformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutzinformation (Art. 13 DSGVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merkblatt für die Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielvereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="+474"/>
        <source>Fertig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profil angelegt: {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schlüssel im Schlüsselbund gemerkt – KIMdesk startet ohne Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIMdesk fragt bei jedem Start nach der Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neues Team gegründet. Die Anmeldedatei für weitere Geräte speichern Sie unter Extras → Anmeldedatei für ein weiteres Gerät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dem Team beigetreten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch kein Team: das lässt sich jederzeit nachholen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemeinsamer Ordner: {target}. KIMdesk gleicht beim Start und danach regelmäßig ab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den gemeinsamen Ordner tragen Sie auf der Seite „Synchronisation“ ein.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../kimdesk/sync/erasure.py" line="-6"/>
        <source>Bitte einen Grund für die Löschung angeben (--reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Person {id} wurde bereits gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../kimdesk/ui/fields.py" line="+129"/>
        <location filename="../../kimdesk/ui/record/cycle/common.py" line="-115"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JJJJ, MM.JJJJ oder TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-107"/>
        <location line="+54"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>Familienname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Name in eigener Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Geburtsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Geschlecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staatsangehörigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>braucht Dolmetschung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rechtsgrundlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wohnsitzregelung § 12a AufenthG (Ort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case Manager:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Beziehung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Wohnort (Kommune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="+145"/>
        <source>Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/models/fields.py" line="-2"/>
        <source>Dolmetschsprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="+2"/>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abschiebung ausgesetzt seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BAMF-Entscheidung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BAMF-Bescheid zugestellt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wohnsitzregelung bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="-1"/>
        <source>erteilt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uhrzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bei wem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureBrowser</name>
    <message>
        <location filename="../../kimdesk/ui/reports/browser.py" line="+128"/>
        <source>Nicht ausgewiesen zum Schutz der gezählten Personen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/finder.py" line="+42"/>
        <source>prüfen: kein Anspruch in den ersten drei Monaten des Aufenthalts und bei einem Aufenthaltsrecht allein zur Arbeitsuche (§ 7 Abs. 1 S. 2 SGB II) – Status als Arbeitnehmer:in oder Selbständige:r, Daueraufenthalt oder Familienangehörigkeit klären</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prüfen: seit wann ist die Abschiebung ausgesetzt? Unter 18 Monaten AsylbLG (§ 1 Abs. 1 Nr. 3 c AsylbLG), danach SGB II – Datum bei der Person eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prüfen: nach dem 21. Geburtstag nur in begründeten Einzelfällen und für einen begrenzten Zeitraum als Fortsetzung einer laufenden Hilfe (§ 41 Abs. 1 S. 2 SGB VIII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prüfen: Alter unbekannt – bis 17 Hilfe zur Erziehung (§ 27 SGB VIII), ab 18 Hilfe für junge Volljährige (§ 41 SGB VIII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hilfe für junge Volljährige, in der Regel bis zum 21. Geburtstag; den Übergang rechtzeitig mit dem Jugendamt planen (§ 36b SGB VIII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zuständig ist je nach Beruf die Kammer (IHK, Handwerkskammer) oder die Bezirksregierung; die Anerkennungsberatung klärt, welche Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>die Unterbringung ist Pflichtaufgabe der Gemeinde, der die Person zugewiesen ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wohnberechtigungsschein bei der Gemeinde; bei der Wohnungssuche helfen auch freie Träger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Aufenthaltsgestattung oder Duldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltserlaubnis oder gesicherter Aufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-Freizügigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alter {lo} bis {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab {lo} Jahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis {hi} Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufenthaltserlaubnis nach {paragraph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abschiebung seit weniger als {months} Monaten ausgesetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ohne Rechtsanspruch (freie Träger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{need} → {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, weil: {conditions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../kimdesk/services/casework/findings.py" line="+51"/>
        <source>„{field}“ muss ja oder nein sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Kein Thema mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(Beschreibung nicht zur Veröffentlichung freigegeben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in der Lenkungsgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erfasst am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in der Lenkungsgruppe am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kein Fall mit dem Aktenzeichen {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/findings_dialog.py" line="+41"/>
        <source>Strukturelle Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probleme, die viele Fälle teilen (generative Themen), für die Lenkungsgruppe. Fälle werden hier verknüpft und in den Listen nur gezählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>z. B. Keine IFK-Plätze in Stolberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung zur Veröffentlichung geprüft (nur dann in Listen und Berichten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>z. B. SchulG NRW, SGB VIII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. Stolberg, Eschweiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in der Lenkungsgruppe am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neues Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verknüpfte Fälle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verknüpfung lösen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liste als CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste als PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} Themen gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../kimdesk/services/admin/first_run.py" line="-18"/>
        <source>zu schwach – {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sehr gut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte die CSV-Datei mit den Stellen wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Datei {path} ist nicht lesbar ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eine CSV-Datei passt nur zum Stellenkatalog aus einer CSV-Datei, nicht zu „{key}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bitte die Anmeldedatei des Teams wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte die Passphrase der Anmeldedatei eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kimdesk/ui/start.py" line="+29"/>
        <source>KIMdesk einrichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KIMdesk starten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+8"/>
        <source>Weiterleitung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Stelle wählen, an die weitergeleitet wurde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/general.py" line="+46"/>
        <source>Fallkonferenz (Person oder Haushalt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netzwerktreffen (ohne Person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, z. B. „Übergang Schule – Beruf“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nächster Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datum, Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person(en)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../kimdesk/ui/reports/models.py" line="+70"/>
        <source>Nicht ausgewiesen zum Schutz der gezählten Personen: „&lt; 5“ weniger als 5 Personen, „x“ gesperrt gegen Nachrechnen, „–“ Kennzahl über weniger als 5 Personen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../kimdesk/ui/help.py" line="+120"/>
        <source>Benutzerhandbuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Benutzerhandbuch wurde nicht gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/history.py" line="+66"/>
        <source>Unbekannte Tabelle „{name}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kein Datensatz {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbekanntes Feld „{field}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Diese Version gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <location filename="../../kimdesk/ui/record/household.py" line="+20"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elternteil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geschwister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location line="+18"/>
        <source>eigene Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Geburtsdatum (auch nur Jahr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neues Haushaltsmitglied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akte dieser Person öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aus dem Haushalt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/exchange.py" line="+75"/>
        <location filename="../../kimdesk/services/clients_intake/import_stage.py" line="+131"/>
        <source>die Kennung {id} kommt doppelt vor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+11"/>
        <source>Datei nicht lesbar: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Die Datei ist größer als {mb} MB (Einstellung „Importdateien höchstens“); es wurde nichts importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>„{key}“ kommt in der Datei doppelt vor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Die Datei ist nicht UTF-8- oder UTF-16-kodiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kein gültiges JSON (Zeile {line}, Spalte {col}): {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei ist zu tief verschachtelt; das ist kein KIMdesk-Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei enthält eine Zahl mit zu vielen Stellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Die Datei muss ein JSON-Objekt enthalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>format: „{value}“ ist nicht „{expected}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version: {value} wird nicht unterstützt (erwartet {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+27"/>
        <location filename="../../kimdesk/services/clients_intake/exchange_format.py" line="+248"/>
        <source>muss ein Objekt sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../../kimdesk/services/clients_intake/exchange_format.py" line="-17"/>
        <source>muss {allowed} oder null sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/import_stage.py" line="+3"/>
        <source>Eine Kennung kommt doppelt vor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pflichtfeld „{field}“ fehlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verweist auf {id}, das weder in der Datei noch in der Datenbank steht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aktenzeichen {n} kommt doppelt vor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aktenzeichen {n} gehört schon einer anderen Person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/exchange_format.py" line="-64"/>
        <source>darf nicht leer sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fehlt oder ist leer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss Text sein, nicht {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ist zu lang ({n} Zeichen, höchstens {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enthält ein Nullzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enthält {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>muss eine UUID als Text sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist keine UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss true oder false sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>muss eine Liste von Texten sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enthält einen zu langen Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enthält ein Steuerzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>muss ein Datum als Text sein (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{value}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>muss ein Datum JJJJ-MM-TT sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist kein gültiges Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss eine Uhrzeit HH:MM sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist keine gültige Uhrzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>muss eine Liste aus {allowed} sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>muss present, excused oder absent sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{value}“ ist keine BAMF-Entscheidung (erlaubt: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fehlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>muss eine Liste sein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/intake.py" line="+183"/>
        <source>Bitte die Stelle wählen, die die Einwilligung erhält.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das Ende liegt vor dem Datum der Einwilligung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schon bekannt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthalt und Wohnort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Für welche Sprache wird gedolmetscht?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Bitte eine der angebotenen Angaben wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bitte angeben, worum es geht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Das ist der letzte Schritt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePages</name>
    <message>
        <location filename="../../kimdesk/ui/intake/pages.py" line="+96"/>
        <source>Wer ist die Person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namen so schreiben, wie sie in Dokumenten stehen; die Suche findet auch andere Schreibweisen. Vom Geburtsdatum genügt, was bekannt ist – auch nur das Jahr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+250"/>
        <source>weiblich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>männlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>divers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Geburtsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geschlecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staatsangehörigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Ist die Person schon bekannt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Akten sehen ähnlich aus (Name in anderer Schreibweise, gleiches Geburtsjahr oder gleicher Haushalt). Bitte prüfen, bevor eine zweite Akte entsteht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vorhandene Akte öffnen (statt neu anlegen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ist es eine andere Person, einfach mit „Weiter“ fortfahren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ähnlicher Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gleiches Geburtsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gleicher Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wer lebt mit im Haushalt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder, Partner:in und andere Angehörige. Wer selbst eine Akte braucht, wird danach eigens aufgenommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>auch nur Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Haushaltsmitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch niemand eingetragen – die Person lebt allein, oder es ist nicht bekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sprachen und Dolmetschung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Welche Sprachen spricht die Person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Aufenthalt und Wohnort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Aufenthaltsstatus und der Wohnort bestimmen, welche Stellen zuständig sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case Manager:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+135"/>
        <source>Bedarfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-355"/>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Worum geht es? Für jeden Bedarf schlägt KIMdesk die zuständige Stelle vor (nach Aufenthaltsstatus, Alter und Wohnort); der Vorschlag lässt sich ändern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch keine Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarf hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch kein Bedarf eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vorschlag: {agency} – {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Einwilligungen (Schweigepflichtentbindung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welche Stellen dürfen Auskunft erhalten und geben? Nur was die Person schriftlich, elektronisch oder mündlich (dokumentiert) erteilt hat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>schriftlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>elektronisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>mündlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bitte wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person/Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>unbefristet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>mit Gesund­heits­daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>mit Gesundheitsdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Einwilligung hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Einwilligung eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte prüfen. „Person anlegen“ speichert alles auf einmal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>erteilt am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gültig bis {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in eigener Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht nötig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wohnort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einwilligungen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../kimdesk/ui/intake/view.py" line="+100"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../kimdesk/store/journal_codes.py" line="+44"/>
        <location line="+4"/>
        <source>Das Änderungsprotokoll enthält eine ungültige Datensatz-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Das Änderungsprotokoll nennt einen unbekannten Code ({code}); die Datenbank ist beschädigt. Bitte eine Sicherung zurückspielen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/journal_values.py" line="+130"/>
        <source>Das Änderungsprotokoll enthält unlesbare Werte; die Datenbank ist beschädigt. Bitte eine Sicherung zurückspielen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../kimdesk/store/strength.py" line="+43"/>
        <source>sie enthält ein naheliegendes Wort wie „kimdesk“ oder „Passwort“ oder ist die veröffentlichte Demo-Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sie besteht aus Wiederholungen wie „aaaa“ oder „abcabc“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sie enthält eine Folge wie „1234“, „abcd“ oder „qwertz“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sie ist ein häufiges Passwort oder Wort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sie enthält ein Datum oder eine Jahreszahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sie ist zu leicht zu erraten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zu kurz (mindestens {n} Zeichen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Passphrase ist zu schwach: {why}. Besser ist ein Satz aus mehreren Wörtern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/keyfile.py" line="+123"/>
        <source>Falsche Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schlüsseldatei fehlt: {path}. Stellen Sie sie aus der Sicherung wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Schlüsseldatei {path} ist nicht lesbar: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Schlüsseldatei hat ein neueres Format ({v}); bitte KIMdesk aktualisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Schlüsseldatei {path} verlangt unzulässige Parameter für die Schlüsselableitung; sie ist beschädigt oder manipuliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Die Schlüsseldatei {path} ist beschädigt oder keine KIMdesk-Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/secrets.py" line="+137"/>
        <source>Der Schlüsselbund ist in dieser Sitzung nicht verfügbar (Windows-Fehler 1312, z. B. in einer Remotesitzung oder geplanten Aufgabe); bitte mit der Passphrase öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Schlüsselbund hat den Zugriff verweigert ({err}); bitte mit der Passphrase öffnen und den Schlüssel später mit „kimdesk keyring store“ erneut ablegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Der Eintrag ist zu groß für den Schlüsselbund; er bleibt nur in der verschlüsselten Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../kimdesk/ui/lock.py" line="+205"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entsperren fehlgeschlagen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location line="-148"/>
        <source>&lt;h2&gt;KIMdesk ist gesperrt&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Daten sind verschlüsselt und der Schlüssel ist vergessen. Zum Weiterarbeiten die Passphrase des Profils eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mit dem Schlüsselbund des Systems entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Entsperren …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../kimdesk/ui/long_work.py" line="+20"/>
        <source>Austauschdatei importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIMdesk-Austauschformat (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} Datensätze importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datei wird geprüft und importiert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wie viele Beispielpersonen erzeugen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beispieldaten werden erzeugt …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kimdesk/ui/main_window.py" line="+97"/>
        <source>KIMdesk – Kommunales Integrationsmanagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Klient:innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Aufgaben/Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seiteneinsteiger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>gesperrt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>entsperrt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation: nicht eingerichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Das Profil wird noch geöffnet – gleich geht es weiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Person aufnehmen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurznotiz …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weitere Beispieldaten erzeugen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzte Änderung rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reiter schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xtras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strukturelle Themen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrungsfristen prüfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einstellungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedatei für ein weiteres Gerät …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzerhandbuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Über KIMdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkzeuge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Synchronisation: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln Person(en) in der Liste</source>
        <translation>
            <numerusform>%Ln Person in der Liste</numerusform>
            <numerusform>%Ln Personen in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n Änderung(en) warten auf die Synchronisation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Die Person wurde gelöscht; die Löschung geht mit der nächsten Synchronisation an alle Geräte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neue Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>„{tab}“ enthält ungespeicherte Eingaben. Speichern, bevor der Reiter geschlossen wird?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+281"/>
        <source>Es gibt ungespeicherte Eingaben in {n} Reiter(n). Vor dem Beenden speichern?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../kimdesk/ui/map/panel.py" line="+41"/>
        <location filename="../../kimdesk/ui/map/scene.py" line="+148"/>
        <source>Lücke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/ui/map/scene.py" line="+57"/>
        <source>Pingpong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/map/scene.py" line="-88"/>
        <source>Noch keine Bedarfe erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>keine Stelle zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doppelklick auf den Bedarf: Stelle zuweisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lücke: keine Stelle zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Pingpong: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verlauf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Stelle zuweisen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zusage erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ablehnung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weiterleitung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als erledigt markieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../kimdesk/ui/map/style.py" line="+84"/>
        <source>Lücke: keine Stelle zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingpong: 3× abgelehnt oder weitergeleitet, oder zurück an eine Stelle, die schon abgelehnt hat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../kimdesk/services/releases/content_marks.py" line="+89"/>
        <source>die Person selbst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärztin/Arzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapeut:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere Quelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>„{entity}“ kann nicht markiert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Den Eintrag gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>als „nicht für die Ausländerbehörde“ markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markierung „nicht für die Ausländerbehörde“ aufheben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quelle erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bei „{entity}“ gibt es keine Art der Daten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Art der Daten ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kimdesk/ui/messages.py" line="+28"/>
        <source>Die Datei „{name}“ ist in {programs} geöffnet. Bitte dort schließen und noch einmal speichern – oder einen anderen Namen wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datei „{name}“ ist in einem anderen Programm geöffnet (z. B. Excel oder ein PDF-Betrachter) oder schreibgeschützt. Bitte dort schließen und noch einmal speichern – oder einen anderen Namen wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auf dem Datenträger ist kein Platz mehr für „{name}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den Ordner für „{name}“ gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ konnte nicht geschrieben werden ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interner Fehler ({kind}). Es wurde nichts gespeichert; Details stehen im Protokoll.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../kimdesk/ui/map/dialogs.py" line="+9"/>
        <source>Bedarf hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedarf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zuständig wäre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noch keine Stelle anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die vorgeschlagene Stelle gleich anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– nicht angegeben –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angaben von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht für die Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art der Daten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kein Vorschlag – bitte selbst eine Stelle zuweisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bitte angeben, worum es geht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/record/documents.py" line="+55"/>
        <source>Merkblatt: Anliegen auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welche Anliegen soll das Merkblatt zeigen? Gesundheit und Jugendhilfe sind nicht vorausgewählt – die Person trägt das Blatt mit sich.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../kimdesk/ui/map/panel.py" line="+21"/>
        <source>Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bedarf hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle zuweisen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusage erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ablehnung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weiterleitung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nicht für die Ausländerbehörde (z. B. ärztliche Angaben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopien für die Ausländerbehörde lassen diesen Bedarf weg (§ 203 StGB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verlauf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pingpong: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="-108"/>
        <source>Teilnahme ohne Schweigepflichtentbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Begründung wird im Protokoll abgedruckt. Ohne Begründung wird die Stelle nicht eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Begründung, z. B. „Eilfall: drohende Leistungslücke …“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mit Begründung eintragen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location line="-112"/>
        <source>Teilnehmende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– keine Stelle (z. B. Dolmetschung, die Person selbst) –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>– Stelle oder Team –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betroffene Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vormund / gesetzliche Vertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetscher:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>von Beginn an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bis zum Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab TOP {n} ({subject})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verlässt nach TOP {n} ({subject})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nur nötig, wenn die Stelle bei einem TOP anwesend ist, den ihre Entbindung nicht umfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nimmt teil als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflicht­entbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unbefristet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liegt vor (bis {until})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ keine gültige Entbindung ({detail}) – Teilnahme nur mit Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nicht erforderlich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/participants.py" line="+38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausnahme begründen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>liegt vor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (bis {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nicht erforderlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} – Ausnahme: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {gap} – Begründung fehlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>betroffene Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vormund / gesetzliche Vertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetscher:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ab TOP {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis TOP {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} Stelle(n) ohne gültige Schweigepflichtentbindung und ohne Begründung: vor dem Abschließen begründen oder entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{agency} war bei TOP {tops} anwesend, ohne dass ihre Entbindung diese Inhalte umfasst: Anwesenheit ändern oder unter „Bearbeiten …“ begründen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nicht eingetragen: ohne Begründung keine Teilnahme ohne Entbindung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Für „{agency}“ liegt keine gültige Schweigepflichtentbindung vor ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Teilnahme entfernt: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="-334"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sie schützt die Daten auf diesem Gerät. Ohne sie lassen sich die Daten nicht wiederherstellen – bitte gut merken oder sicher verwahren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profil anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederholen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stärke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;small&gt;Mindestens {n} Zeichen. Gut merkbar und schwer zu erraten ist ein ganzer Satz aus vier oder mehr Wörtern, z. B. „Im Kreishaus gibt es dienstags Linsensuppe“.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schlüssel im Schlüsselbund des Systems merken (Start ohne Passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auf diesem System gibt es keinen sicheren Schlüsselbund; KIMdesk fragt bei jedem Start nach der Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profil wird angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/personal.py" line="+21"/>
        <source>keine Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>weiblich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>männlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>divers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>z. B. Arabisch, Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ungespeicherte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Änderungen verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Inzwischen anderswo geändert: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Bitte zuerst die markierten Angaben korrigieren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasesPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/phases.py" line="+17"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund / Vermerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nächster Schritt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vermerk (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Management angezeigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person stimmt zu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase wechseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fall abschließen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fall wieder öffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ziele: {goals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>angezeigt: {i}, Zustimmung: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fall abgeschlossen am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase noch nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source> · Fall eröffnet am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Aktuelle Phase: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fall abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum Abschließen bitte den Grund angeben und ob die Ziele erreicht wurden. Der Fall kann später wieder geöffnet werden; nach Ablauf der Aufbewahrungsfrist wird er gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Ziele erreicht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fall wieder öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Fall beginnt wieder im Clearing oder im Assessment; der frühere Abschluss bleibt im Verlauf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>weiter mit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/plan.py" line="+17"/>
        <source>Hilfeplan anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Überprüfung am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als vereinbart markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vereinbarung als PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ziel / Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neues Ziel, in den Worten der Person, z. B. „Ich habe eine eigene Wohnung“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ziel hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stand des Ziels setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maßnahme zum gewählten Ziel: was ist zu tun?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person / Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art der Daten der neuen Maßnahme; ohne Wahl wie beim Ziel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Art der Daten der Auswahl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maßnahme erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maßnahme entfällt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>– keine Stelle –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Noch kein Hilfeplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hilfeplan – vereinbart am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hilfeplan – {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>überfällig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../kimdesk/services/casework/plan_print.py" line="+22"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teilweise erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aufgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Für diese Person ist kein Hilfeplan angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Familie und Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schule, Ausbildung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deutschkenntnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wohnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/casework/plans.py" line="+31"/>
        <source>Kein Eintrag mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Bitte angeben, wer die Maßnahme übernimmt (Stelle oder Person).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../kimdesk/store/policy.py" line="+81"/>
        <source>{path}: nicht lesbar ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: größer als {kib} KiB, nicht gelesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: kein gültiges JSON, nicht gelesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: nicht im Format {format} Version {version}, nicht gelesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: „settings“ fehlt oder ist kein Objekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: „{key}“ kann nicht zentral festgelegt werden, ignoriert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: Wert für „{key}“ ungültig, ignoriert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../kimdesk/reports/subject_access.py" line="+66"/>
        <source>Az. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/minutes.py" line="+217"/>
        <location filename="../../kimdesk/reports/subject_access.py" line="+14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/plan.py" line="+146"/>
        <source>Case Manager:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/findings.py" line="+44"/>
        <source>Strukturelle Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>für die Lenkungsgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strukturelle Themen (generative Themen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste für die Lenkungsgruppe – Stand {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probleme, die viele Fälle teilen. Die Zahl der Fälle ist gezählt, nicht benannt; weniger als 5 Fälle werden als „&lt; 5“ ausgewiesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thema {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Es sind keine Themen erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kimdesk/reports/minutes.py" line="-157"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in der Lenkungs­gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/formatting.py" line="-37"/>
        <source>Montag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kimdesk/reports/template.py" line="+289"/>
        <source>{time} Uhr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entschuldigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nicht erteilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht gültig ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/minutes.py" line="-56"/>
        <source>Protokoll des Netzwerktreffens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll der Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Az. {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitzung vom {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+179"/>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+179"/>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Entwurf – noch nicht abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abgeschlossen am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>liegt vor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(bis {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nicht erforderlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} – Teilnahme begründet, s. u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gap} – ohne Begründung!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teilnehmende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Teilnehmenden erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teilnehmende, Zeile {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stelle / Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflicht­entbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teilnahme ohne gültige Schweigepflichtentbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für die folgenden Stellen lag zum Konferenztermin keine gültige Schweigepflichtentbindung vor. Ihre Teilnahme wurde aus dem genannten Grund zugelassen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anwesenheit bei nicht umfassten TOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die folgenden Stellen waren bei Tagesordnungspunkten anwesend, die ihre Schweigepflichtentbindung nicht umfasst. Begründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>betroffene Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vormund / gesetzliche Vertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetscher:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verlässt die Sitzung nach TOP {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nur bei TOP {n} anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ab TOP {n} wieder anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ab TOP {n} anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Tagesordnungspunkte erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>TOP {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>In dieser Ausfertigung nicht enthalten: {tops} – {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dieser Ausfertigung nicht enthalten: {tops}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesundheitsdaten in dieser Ausfertigung beruhen auf einer mündlich erteilten Schweigepflichtentbindung; die besonderen Umstände sind in der Akte vermerkt (§ 67b Abs. 2 S. 2 SGB X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nicht zur Weitergabe an die Ausländerbehörde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{top}, Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschluss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschlüsse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{top}, Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vereinbarte Aufgaben: Nr. {numbers} (siehe Aufgabenübersicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vereinbarte Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Ausfertigung enthält keine Aufgaben für die empfangende Stelle; weitere Aufgaben sind nicht Teil dieser Ausfertigung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Es wurden keine Aufgaben vereinbart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aufgabe {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nächstes Netzwerktreffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der nächste Termin ist am {date} vorgesehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ein weiterer Termin wurde nicht vereinbart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nachträge zum Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nachtrag {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachtrag vom {date}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/minutes.py" line="+2"/>
        <source>Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/plan.py" line="-32"/>
        <source>Ziel {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>überprüfen am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/subject_access.py" line="-15"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auskunft über Ihre gespeicherten Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nach Art. 15 DSGVO für {name} – Stand {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dies sind alle Angaben, die {org} in KIMdesk über Sie gespeichert hat, mit ihrer Geschichte: wer sie wann erfasst, geändert oder Ihre Akte geöffnet hat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keine Einträge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/template.py" line="-164"/>
        <source>Hinweis zur Darstellung: Die folgenden Angaben enthalten Schrift, die in diesem Dokument nicht wiedergegeben werden kann. Sie sind in lateinischer Umschrift gedruckt und mit {open} {close} gekennzeichnet; maßgeblich ist die Eintragung in KIMdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vertraulich – Sozialdaten nach § 35 SGB I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Gedruckt am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Anonymisiert – keine Angaben zu Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Seite {page} von {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/subject_access.py" line="-21"/>
        <location filename="../../kimdesk/reports/template.py" line="+87"/>
        <source>Briefkopf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/template.py" line="+3"/>
        <source>Bezug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/text_guard.py" line="+38"/>
        <source>arabische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hebräische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>äthiopische Schrift (Ge&apos;ez)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syrische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thaana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devanagari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bengalische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gurmukhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tamilische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chinesische Schriftzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>koreanische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>japanische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tibetische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birmanische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mongolische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thailändische Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Symbole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrift „{name}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/conferences_minutes/minutes_print.py" line="+174"/>
        <source>Ausfertigung für {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keine Stelle mit der Kennung {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nicht genau eine Ausländerbehörde unter den Teilnehmenden (gefunden: {n}); bitte die Stelle mit --recipient AGENCY_ID angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/catalogue.py" line="+89"/>
        <source>Für die Sprache „{code}“ gibt es keine Übersetzung der Dokumente. Vorhanden: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/privacy.py" line="+24"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alles, was über die Person gespeichert ist, auf Deutsch als PDF: Angaben, Verlauf, Konferenzen, Einwilligungen, Zugriffe und Änderungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auskunft (Art. 15) als PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zugriffe auf diese Akte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzer:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(nicht eingetragen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf Antrag der Person (Art. 17 DSGVO) oder wenn nichts mehr aufbewahrt werden darf. Fälle nach Ablauf der Aufbewahrungsfrist löscht die Prüfliste unter Extras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person endgültig löschen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../kimdesk/ui/progress.py" line="+22"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../kimdesk/ui/quick_note.py" line="+55"/>
        <source>Kurznotiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name in beliebiger Schreibweise oder Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>z. B. Unterkunft Eschweiler, Sprechstunde Rathaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worum ging es? Was ist vereinbart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dolmetschung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zusammenfassung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speichern (Strg+Eingabe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Kontakt wird in der vorhandenen Akte vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noch keine Akte gewählt: es wird eine neue angelegt (Vorname „{given}“, Familienname „{family}“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte eine Person wählen oder einen Namen eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/common.py" line="+30"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grund (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bitte einen Grund angeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <location filename="../../kimdesk/services/releases/recipients.py" line="+107"/>
        <source>als „nicht für die Ausländerbehörde“ gekennzeichnet; an die Ausländerbehörde nur in den gesetzlich geregelten Fällen (§ 71 Abs. 2 SGB X, § 88 AufenthG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gesundheitsdaten oder Angaben von Ärzt:innen/Therapeut:innen ohne Entbindung für Gesundheitsdaten (Art. 9 DSGVO, § 76 SGB X, § 88 Abs. 2 AufenthG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesundheitsdaten oder Angaben von Ärzt:innen/Therapeut:innen ohne Entbindung für Gesundheitsdaten (Art. 9 DSGVO, § 76 SGB X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht von der Schweigepflichtentbindung umfasst (§ 67b SGB X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Fall {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Person der Unterlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine Kopie für {recipient}: Für {who} fehlt eine gültige Schweigepflichtentbindung gegenüber dieser Stelle ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In der Ausfertigung für {recipient} fehlt ein Inhalt: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In der Ausfertigung für {recipient} fehlen {n} Inhalte: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/record.py" line="+174"/>
        <source>Einen Fall eröffnen, abschließen oder wieder öffnen bitte im Fallverlauf (mit Datum und Grund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personendaten ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Haushaltsmitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Haushaltsmitglied ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Haushaltsmitglied gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Haushaltsmitglied entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../kimdesk/reports/charts.py" line="+80"/>
        <source>„&lt; 5“, „x“, „–“: nicht ausgewiesen (Schutz kleiner Zahlen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/committee.py" line="-34"/>
        <source>Sachstandsbericht Kommunales Integrationsmanagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berichtszeitraum {start} bis {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sachstandsbericht KIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Anonyme Zahlen aus der Fallarbeit des Kommunalen Integrationsmanagements für den Ausschuss. Zum Schutz der gezählten Personen sind kleine Zahlen nicht ausgewiesen; die Regeln und die Bedeutung jeder Zahl stehen im Anhang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+11"/>
        <source>Auf einen Blick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wer im Case Management ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Personen wie in Abschnitt 2, nach Alter am Stichtag und nach Aufenthaltsstatus (in Gruppen; nicht erfasste und gelöschte Akten unter „nicht erfasst“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ergebnisse: abgeschlossene Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle, die im Zeitraum abgeschlossen wurden, nach der beim Abschluss vermerkten Zielerreichung und nach dem Grund des Abschlusses (nur die Gründe des Katalogs; jeder andere Text zählt als „anderer Grund“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="+286"/>
        <source>Zusammenarbeit mit der Ausländerbehörde (Modul 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle mit einer Anfrage an eine als Ausländerbehörde gekennzeichnete Stelle im Zeitraum, Fallkonferenzen mit ihrer Teilnahme und Schweigepflichtentbindungen ihr gegenüber, erteilt im Zeitraum. Die Zahlen stehen für sich (keine Summe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strukturelle Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register der strukturellen Themen (offen und in der Lenkungsgruppe): die Zahl der verknüpften Fälle, kein Fall benannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wie viele Fälle je {unit} ins Case Management aufgenommen (auch wieder aufgenommen) und wie viele abgeschlossen wurden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeilen „… gelöschte Akten“ zählen Fälle, deren Akten nach Ablauf der Aufbewahrungsfrist gelöscht wurden; von ihnen ist nur das Jahr bekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Fallentwicklung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Personen nach Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen, deren Fall im Zeitraum offen war, nach ihrer heutigen Wohnkommune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedarfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Bedarfe nach Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe, die im Zeitraum offen waren, und wie es am Stichtag um sie stand: von einer Stelle übernommen, angefragt, aber noch ohne Zusage, ohne zuständige Stelle (eine Versorgungslücke) oder ohne eine Stelle erledigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>4. Bedarfe nach Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Bedarfe nach dem Rechtskreis der Stelle, die sie übernommen hat oder bei der die Anfrage liegt (Bedarfe ohne Stelle haben keinen Rechtskreis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>5. Wartezeit bis zur Übernahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tage vom Öffnen eines Bedarfs bis zur Zusage einer Stelle, für Zusagen im Zeitraum: die Hälfte wartete höchstens so lange wie der Median, neun von zehn höchstens so lange wie das 90-%-Perzentil. Die letzte Zeile: Tage von der Anmeldung neu zugewanderter Schülerinnen und Schüler bis zur Aufnahme in eine Schule; ihre Anzahl sind alle Aufnahmen im Zeitraum, dieselbe Zahl wie in der Übersicht Seiteneinsteiger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ämter-Pingpong: Ein Bedarf wurde dreimal oder öfter abgelehnt oder weitergeleitet, oder er landete wieder bei einer Stelle, die ihn schon abgelehnt hatte. Bedarfe ohne zuständige Stelle am Stichtag: {gaps} (Abschnitt 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>6. Ämter-Pingpong und Versorgungslücken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fallkonferenzen und Netzwerktreffen im Zeitraum, und was aus den dort vereinbarten Aufgaben mit Frist im Zeitraum bis zum Stichtag wurde („{on_time}“: erledigt bis zur Frist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>7. Fallkonferenzen und vereinbarte Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fall, Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eine Person im Case Management ist ein Fall. Ein Fall beginnt mit der Aufnahme und endet mit dem Abschluss; wird er wieder aufgenommen, zählt das als neue Aufnahme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ein Fall oder Bedarf zählt, wenn er zu irgendeinem Zeitpunkt des Zeitraums offen war. Stichtag ist das Ende des Zeitraums (oder heute, wenn es noch nicht erreicht ist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+78"/>
        <location filename="../../kimdesk/services/reports/committee/cases.py" line="+158"/>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="+167"/>
        <location line="+1"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Die heutige Wohnkommune der Person; Umzüge werden nicht nachgezeichnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand der Zuständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aus dem Verlauf der Anfragen an die Stellen bis zum Stichtag: übernommen (zugesagt oder erledigt), angefragt oder weitergeleitet ohne Antwort, keine zuständige Stelle (nie angefragt oder überall abgelehnt: Versorgungslücke), oder ohne Stelle erledigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ämter-Pingpong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis zum Stichtag dreimal oder öfter abgelehnt oder weitergeleitet, oder an eine Stelle zurückgegeben, die den Bedarf schon abgelehnt hatte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="-5"/>
        <source>Wartezeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vom Öffnen des Bedarfs (ohne Datum: von der ersten Anfrage) bis zur ersten Zusage einer Stelle, in Tagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/meetings.py" line="+135"/>
        <location filename="../../kimdesk/reports/committee.py" line="+3"/>
        <source>Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/committee.py" line="+0"/>
        <source>In Fallkonferenzen vereinbarte Aufgaben, deren Frist im Zeitraum lag. Fristgerecht: bis zur Frist als erledigt vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gelöschte Akten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nach Ablauf der Aufbewahrungsfrist gelöschte Fälle bleiben als anonyme Zählung mit Jahr und Kommune erhalten und werden mitgezählt, wo ihre Jahresangaben eindeutig sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+17"/>
        <source>Anhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+1"/>
        <source>Begriffe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kimdesk/reports/school_entry.py" line="+3"/>
        <source>Regeln zum Schutz der gezählten Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/figure_layout.py" line="+110"/>
        <source>Kein Diagramm: Alle Werte sind zum Schutz kleiner Zahlen nicht ausgewiesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>„&lt; 5“: weniger als 5 Personen · „x“: gesperrt, damit sich kleine Zahlen nicht aus den Summen errechnen lassen · „–“: Kennzahl nicht ausgewiesen (weniger als 5 Personen oder keine Daten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Keine Zahl unter {n} Personen.&lt;/b&gt; Stehen hinter einer Zelle 1 bis {m} Personen, steht dort „&amp;lt; {n}“ – in Tabellenfeldern ebenso wie in Zeilen-, Spalten- und Gesamtsummen. Eine 0 wird gezeigt: Sie nennt niemanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Sperrung gegen Nachrechnen (sekundäre Sperrung).&lt;/b&gt; Ließe sich ein verborgener Wert aus den Summen und den übrigen Zahlen einer Tabelle errechnen, wird mindestens eine weitere Zelle gesperrt und als „x“ gezeigt (diese hat mindestens {n} Personen). Jede Tabelle wird vor dem Druck darauf geprüft, dass sich jeder verborgene Wert auch mit allen veröffentlichten Regeln nicht eindeutig bestimmen lässt; ist das nicht möglich, wird die ganze Tabelle gesperrt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Spalten für sich.&lt;/b&gt; Wo Spalten zusammen keine sinnvolle Summe ergeben (etwa Aufnahmen und Abschlüsse je Monat), fehlt die Spalte „Insgesamt“, und jede Spalte wird mit ihrer Summe für sich geschützt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Personen, nicht Einträge.&lt;/b&gt; Wo eine Person mehrfach zählen kann (mehrere Bedarfe, eine Wiederaufnahme), entscheidet die Zahl verschiedener Personen hinter einer Zelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Kennzahlen.&lt;/b&gt; Median und 90-%-Perzentil werden nur angegeben, wenn mindestens {n} Personen dahinterstehen; sonst steht „–“. Perzentile werden linear zwischen den nächsten Rängen interpoliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Keine Personen.&lt;/b&gt; Der Bericht enthält keine Namen, Aktenzeichen, Geburtsdaten, Telefonnummern, Anschriften oder Freitexte – auch nicht die Namen von Mitarbeitenden oder Ansprechpersonen. Kategorien und Rechtskreise außerhalb des Katalogs erscheinen als „andere“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Diagramme&lt;/b&gt; zeigen nur, was die Tabellen zeigen: Für einen verborgenen Wert wird kein Balken gezeichnet, sondern sein Zeichen („&amp;lt; {n}“, „x“, „–“) am Fuß der Achse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warum.&lt;/b&gt; Die Angaben sind Sozialdaten (§ 35 SGB I) und zum Teil besondere Kategorien personenbezogener Daten (Art. 9 DSGVO). In kleinen Kommunen und Gruppen könnten schon wenige Merkmale einzelne Menschen erkennbar machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/reports/school_entry.py" line="-140"/>
        <source>Übersicht Seiteneinsteiger und Internationale Förderklassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berichtszeitraum {start} bis {end} · Stichtag {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Übersicht Seiteneinsteiger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kimdesk/services/reports/committee/cases.py" line="-3"/>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="-122"/>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="+1"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Neu zugewanderte Kinder und Jugendliche (Seiteneinsteiger), die auf einen Schulplatz warten oder im Zeitraum einen bekommen haben. Gezählt werden Personen mit erfasster Zuweisung an die Kommune oder Anmeldung beim Schulamt bzw. Kommunalen Integrationszentrum. Zum Schutz der gezählten Personen sind kleine Zahlen nicht ausgewiesen (Regeln im Anhang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1. Wartend am Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zugewiesen oder angemeldet bis zum Stichtag {day} und noch ohne Schulplatz, nach Wohnkommune und gewünschter Schulform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>2. Wartende und Plätze nach Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3. Wartende nach Schulpflicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulpflichtig: am Stichtag im Alter der Vollzeitschulpflicht (6 bis 15 Jahre, § 35 Abs. 1 und § 37 Abs. 1 SchulG NRW); ohne Schulplatz ist sofort nachzufassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4. Aufnahmen im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>5. Wartezeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Die gewünschte Schulform: Primarstufe, Sekundarstufe, Internationale Förderklasse (ein Jahr am Berufskolleg, Aufnahme zum 1. August), Fit für Mehr (Aufnahme zum 1. November, 1. Februar und 1. Mai) oder eine andere Schulform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schulträger und Plätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Von der Koordinierung je Schulform und Kommune (oder für die ganze Region) erfasst: der Träger und die Plätze je Aufnahmetermin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gröbere Tabellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Würde eine Tabelle die meisten ihrer Felder verdecken, steht an ihrer Stelle die gröbere Aufteilung (nach Schulform, nach Kommune oder nur die Gesamtzahl), die alle Gezählten schützt; eine Gesamtzahl ab 5 wird immer ausgewiesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>In eine Schule aufgenommen zwischen {start} und {end}, nach Wohnkommune und Schulform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Plätze für die nächsten Aufnahmen sind nicht erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartende am Stichtag nach dem Träger der gewünschten Schulform in ihrer Kommune (Kommune oder StädteRegion), darunter die von der Koordinierung erfassten Plätze der nächsten Aufnahme. Plätze sind Angebote, keine Personen, und werden nicht verdeckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tage bis zur Aufnahme für die Aufnahmen im Zeitraum, gerechnet ab der Zuweisung an die Kommune und ab der Anmeldung: die Hälfte wartete höchstens so lange wie der Median, neun von zehn höchstens so lange wie der 90-%-Wert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wartend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bis zum Stichtag der Kommune zugewiesen oder beim Schulamt bzw. Kommunalen Integrationszentrum angemeldet und bis dahin nicht in eine Schule aufgenommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Das Ende des Berichtszeitraums, oder heute, wenn es noch nicht erreicht ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="-43"/>
        <location line="+29"/>
        <location line="+12"/>
        <location line="+32"/>
        <location line="+18"/>
        <source>Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tage von der Zuweisung bzw. der Anmeldung bis zur Aufnahme, für Wartende bis zum Stichtag. Fehlt ein Datum, zählt die Person in dieser Spalte nicht mit. Median: die Hälfte wartete höchstens so lange; 90 %: neun von zehn warteten höchstens so lange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die heutige Wohnkommune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/__init__.py" line="+62"/>
        <source>Personen im Case Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle aufgenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe ohne zuständige Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe mit Ämter-Pingpong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/meetings.py" line="-93"/>
        <location filename="../../kimdesk/services/reports/committee/__init__.py" line="+1"/>
        <source>Fallkonferenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/__init__.py" line="+2"/>
        <source>Aufgaben fristgerecht erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/meetings.py" line="-6"/>
        <source>fristgerecht erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verspätet erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt, Datum nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>am Stichtag nicht erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Netzwerktreffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fallkonferenzen und Netzwerktreffen im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/reports/committee/needs.py" line="+210"/>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="+123"/>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vereinbarte Aufgaben mit Frist im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand am Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/needs.py" line="-164"/>
        <source>übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angefragt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Stelle (Lücke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Stelle erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelöschte Akten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schulplatz für Seiteneinsteiger (Aufnahmen; Tage ab Anmeldung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechtskreis nicht angegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ohne Rechtsanspruch (freie Träger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>andere Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>anderer Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bedarfe nach Kategorie und Stand der Zuständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+29"/>
        <source>Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Bedarfe nach Rechtskreis der zuständigen Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bedarfe mit Ämter-Pingpong nach Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedarfe mit Pingpong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wartezeit bis zur Übernahme durch eine Stelle (Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>90-%-Perzentil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/periods.py" line="+20"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mär</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{flag}: „{value}“ ist kein Datum im Format JJJJ-MM-TT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kimdesk/services/reports/report_texts.py" line="+55"/>
        <source>Der Zeitraum beginnt nach seinem Ende ({start} &gt; {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{q}. Quartal {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/report_print.py" line="+79"/>
        <location line="+11"/>
        <source>Der Ordner {dir} existiert nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{path} ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} ist kein Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/report_tables.py" line="+159"/>
        <source>Diese Tabelle kann nicht ausgewiesen werden: Am Stichtag verteilen sich zu wenige Personen auf zu viele Felder, so dass sich aus jeder Zahl kleine Gruppen errechnen ließen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Tabelle kann nicht ausgewiesen werden: Zu wenige Personen verteilen sich auf zu viele Felder, so dass sich aus jeder Zahl kleine Gruppen errechnen ließen. Ein längerer Zeitraum hilft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>„&lt; 5“: weniger als 5 Personen; „x“: gesperrt, damit sich kleine Zahlen nicht aus den Summen errechnen lassen; „–“: Kennzahl nicht ausgewiesen (weniger als 5 Personen oder keine Daten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/schooling/school_entry_tables.py" line="-193"/>
        <source>alle Schulformen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>StädteRegion / Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schulträger nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schulpflichtig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht mehr schulpflichtig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter unbekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nur nach Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur nach Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur nach Schulpflicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur als Gesamtzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} sind zu wenige, um sie feiner aufzuteilen, ohne kleine Gruppen erkennbar zu machen; ausgewiesen {cut}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Am {day} warten {n} Kinder und Jugendliche auf einen Schulplatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, die meisten ({n}) auf einen Platz in: {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; seit der Zuweisung warten sie im Median {median} Tage, die längsten 10 % mehr als {p90} Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; die nächsten Aufnahmen bieten {places} Plätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; Plätze für die nächsten Aufnahmen sind nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wartend am Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>davon Internationale Förderklasse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Aufnahmen im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Plätze der nächsten Aufnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tage ab Anmeldung bis Aufnahme (Median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… die längsten 10 % mehr als (Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Median ab Zuweisung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Median ab Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>90 % ab Zuweisung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 % ab Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+79"/>
        <location line="+7"/>
        <source>Insgesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+63"/>
        <source>wartend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>seit (Median, Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seit (90 %, Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Wartende am Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Wartend am Stichtag nach Schulform, Wartezeit seit der Zuweisung und Plätze der nächsten Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wartend am Stichtag nach Kommune und Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufnahmen in eine Schule im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartezeit bis zur Aufnahme (Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bisherige Wartezeit der Wartenden am Stichtag (Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wartend am Stichtag nach Schulform und Schulpflicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulpflicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Wartende am Stichtag nach Schulträger und Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+14"/>
        <source>Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plätze der nächsten Aufnahme nach Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Aufnahme: {dates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/cases.py" line="-26"/>
        <source>{year}: gelöschte Akten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fälle: Aufnahmen und Abschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year} gel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aufgenommen (auch wieder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personen im Case Management nach Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/reports/committee/sachstand.py" line="-205"/>
        <source>Alter nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lo} Jahre und älter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lo} bis {hi} Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aufenthaltserlaubnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niederlassung / Daueraufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsgestattung (Asylverfahren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vorübergehender Schutz (§ 24 AufenthG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU-Freizügigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deutsche Staatsangehörigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Aufenthaltstitel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ziele erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ziele teilweise erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele nicht erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine Ziele vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+52"/>
        <source>nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>andere Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Personen im Case Management nach Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter am Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personen im Case Management nach Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>anderer Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Abschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abgeschlossene Fälle nach Zielerreichung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgeschlossene Fälle nach Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund des Abschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fälle mit Beteiligung der Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen mit der Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindungen gegenüber der Ausländerbehörde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/figures/sections.py" line="+13"/>
        <source>Einleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwicklungen im Berichtszeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strukturelle Erkenntnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausblick</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTextEditor</name>
    <message>
        <location filename="../../kimdesk/ui/reports/editors.py" line="+49"/>
        <source>Texte des Sachstandsberichts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Abschnitt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text für den Ausschuss – keine Namen oder Angaben zu Personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zur Veröffentlichung geprüft (nur dann im PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschnitt speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kimdesk/ui/reports/page.py" line="+81"/>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letzte 12 Monate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laufendes Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letztes Kalenderjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letztes Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzte fünf Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eigener Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tabellen als CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Druckvorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+166"/>
        <source>Sachstandsbericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Seiteneinsteiger und Internationale Förderklassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Texte und Schulplätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Der Zeitraum beginnt nach seinem Ende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zahlen werden berechnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallentwicklung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle, die je {unit} ins Case Management aufgenommen (auch wieder aufgenommen) oder abgeschlossen wurden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personen nach Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen, deren Fall im Zeitraum offen war, nach ihrer heutigen Wohnkommune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe nach Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe, die im Zeitraum offen waren, und ihr Stand am Stichtag: übernommen, angefragt, ohne zuständige Stelle (Versorgungslücke) oder ohne Stelle erledigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarfe nach Rechtskreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Bedarfe nach dem Rechtskreis der Stelle, die sie übernommen hat oder bei der die Anfrage liegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wartezeit bis zur Übernahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tage vom Öffnen eines Bedarfs bis zur ersten Zusage einer Stelle (Zusagen im Zeitraum); letzte Zeile: Anmeldung bis Aufnahme in eine Schule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ämter-Pingpong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfe, die dreimal oder öfter abgelehnt oder weitergeleitet wurden oder wieder bei einer Stelle landeten, die sie schon abgelehnt hatte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konferenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen und Netzwerktreffen im Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarte Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Konferenzen vereinbarte Aufgaben mit Frist im Zeitraum und ihr Stand am Stichtag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personen nach Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Personen wie nach Kommune, nach Alter am Stichtag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen nach Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieselben Personen, nach Aufenthaltsstatus in Gruppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschlüsse nach Zielerreichung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Zeitraum abgeschlossene Fälle nach der vermerkten Zielerreichung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschlüsse nach Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Zeitraum abgeschlossene Fälle nach dem Grund (Gründe des Katalogs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausländerbehörde (Modul 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fälle, Fallkonferenzen und Schweigepflichtentbindungen mit der Ausländerbehörde im Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartend am Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zugewiesen oder angemeldet bis zum Stichtag und noch ohne Schulplatz, nach Kommune und gewünschter Schulform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aufnahmen im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In eine Schule aufgenommen im Zeitraum, nach Kommune und Schulform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartezeit bis zur Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tage bis zur Aufnahme, ab Zuweisung und ab Anmeldung (Median und 90-%-Wert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bisherige Wartezeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie lange die am Stichtag Wartenden bisher warten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Überblick nach Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende nach Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende am Stichtag nach dem Träger der gewünschten Schulform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plätze nach Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plätze der nächsten Aufnahme, wie von der Koordinierung erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende nach Schulpflicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartende am Stichtag, ob im Alter der Vollzeitschulpflicht (6 bis 15 Jahre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stichtag {day} · berechnet in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Zahlen konnten nicht berechnet werden: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Übersicht Seiteneinsteiger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ordner für die CSV-Dateien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} CSV-Dateien gespeichert in {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>PDF wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{what} gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drucken nicht möglich: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+6"/>
        <location line="+27"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Das PDF konnte nicht erstellt werden: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Responsibilities</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/responsibilities.py" line="+72"/>
        <source>Bitte eine Stelle aus dem Verzeichnis wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-215"/>
        <source>angefragt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weitergeleitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keine Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gedeckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{day}: {agency} hat weitergeleitet an {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {agency} hat abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {agency} – {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (Grund: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n}-mal abgelehnt oder weitergeleitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zurück an eine Stelle, die schon abgelehnt hatte ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Noch keine Anfrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Den Bedarf gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Diesem Bedarf ist noch keine Stelle zugeordnet; bitte zuerst eine Stelle zuweisen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stelle zuweisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zusage erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitte den Grund der Ablehnung angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablehnung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weiterleitung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weiterleiten geht nur an eine andere Stelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>als erledigt markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bitte angeben, worum es geht (Bedarf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedarf hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bedarf ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedarf entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kimdesk/ui/backups_dialog.py" line="-177"/>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Die Daten dieses Geräts werden auf den Stand vom &lt;b&gt;{when}&lt;/b&gt; zurückgesetzt. Was Sie seitdem auf diesem Gerät eingegeben und noch nicht synchronisiert haben, geht verloren; was schon im gemeinsamen Ordner liegt, kommt bei der nächsten Synchronisation zurück.&lt;/p&gt;&lt;p&gt;Die jetzige Datenbank wird beiseitegelegt, nicht gelöscht.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase zur Bestätigung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../kimdesk/services/casework/retention.py" line="+41"/>
        <source>Case Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurzberatung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Löschen ist in dieser Installation nicht verfügbar (Löschfunktion der Synchronisation fehlt); nichts gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aufbewahrungsfrist abgelaufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bitte einen Grund für die Löschung angeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../kimdesk/ui/retention_dialog.py" line="+23"/>
        <source>Aufbewahrungsfristen prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abgeschlossene Fälle, deren Aufbewahrungsfrist abgelaufen ist (Voreinstellung: Ende des 5. Kalenderjahres nach Abschluss). Löschen entfernt die Personen mit allen Angaben auf allen Geräten; für Berichte bleiben nur anonyme Zahlen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>löschbar ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fällige Fälle löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} Fälle und {m} Erstkontakte sind zur Löschung fällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurzeit ist nichts zur Löschung fällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Fälle und {m} Erstkontakte jetzt endgültig löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Die Liste hat sich geändert; es wurde nichts gelöscht. Bitte prüfen und erneut löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} Fälle gelöscht; anonyme Zahlen bleiben für Berichte erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../kimdesk/ui/intake/rows.py" line="+140"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Zeile entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../kimdesk/ui/save_dialog.py" line="+31"/>
        <source>Der Ordner „{folder}“ wird mit {cloud} abgeglichen. Die Datei enthält personenbezogene Daten und ist nicht verschlüsselt – sie würde in die Cloud kopiert. Trotzdem hier speichern?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolEntry</name>
    <message>
        <location filename="../../kimdesk/services/schooling/school_entry.py" line="+39"/>
        <source>Primarstufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sekundarstufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationale Förderklasse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit für Mehr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Aufnahme in die Schule liegt vor „{field}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familienname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kimdesk/services/schooling/school_places.py" line="+46"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wartetage ab Zuweisung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartetage ab Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/schooling/school_places.py" line="+1"/>
        <source>StädteRegion / Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{value}“ ist keine Kommune der Region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein kommunaler Schulträger braucht die Kommune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{value}“ ist keine Zahl von Plätzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Zahl der Plätze muss zwischen 0 und {max} liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Keine Plätze mit dieser Kennung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPanel</name>
    <message>
        <location filename="../../kimdesk/ui/record/cycle/school.py" line="+36"/>
        <source>Ankunft in Deutschland:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung an die Kommune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung Schulamt / Kommunales Integrationszentrum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag / Bewerbung am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schulplatz seit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gewünschte Schulform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>z. B. Berufskolleg Nord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schulzugang speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Für neu zugewanderte junge Menschen (schulpflichtig oder 16–25 Jahre): der Weg zum Schulplatz. Wer zugewiesen oder angemeldet ist und noch keinen Platz hat, steht auf der Warteliste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Person ist älter als 25 Jahre; ein Schulzugang wird in der Regel nicht erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schulplatz seit {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wartet seit {n} Tagen auf einen Schulplatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · nächste Aufnahme ({form}): {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPlacesEditor</name>
    <message>
        <location filename="../../kimdesk/ui/reports/editors.py" line="+12"/>
        <source>Schulplätze je Aufnahmetermin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Plätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+42"/>
        <source>ganze Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>optional, nur für das Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aufnahme am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plätze hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markierte entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../kimdesk/store/options.py" line="+58"/>
        <source>„{title}“ muss eine ganze Zahl sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{title}“ muss zwischen {min} und {max} liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>„{title}“ darf höchstens {max} Zeichen lang sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{value}“ ist für „{title}“ nicht vorgesehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Automatisch sperren nach (Minuten ohne Eingabe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das BSI empfiehlt 5 bis 15 Minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sprache der Oberfläche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Englisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihr Name (Vorgabe für Case Manager:in und Protokolle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Telefonnummer (für das Merkblatt der Person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre E-Mail-Adresse (für das Merkblatt der Person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatisch synchronisieren alle (Minuten, 0 = nur von Hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tägliche Sicherungen aufbewahren (Anzahl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die ältesten Sicherungen darüber hinaus werden gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importdateien höchstens (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größere Dateien werden abgelehnt, ohne sie ganz zu lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verantwortliche Stelle (Name, Anschrift) für die Datenschutzinformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steht auf der Information nach Art. 13 DSGVO und in der Auskunft nach Art. 15 DSGVO, z. B. „Stadt Aachen, Der Oberbürgermeister, Markt 39, 52062 Aachen“. Gilt für das ganze Team (wird synchronisiert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steht auf der Information nach Art. 13 DSGVO und in der Auskunft nach Art. 15 DSGVO: Name oder Funktion, Anschrift, Telefon, E-Mail. Gilt für das ganze Team (wird synchronisiert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Datenschutzbeauftragte:r (Name, Erreichbarkeit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ordner für Ausgaben (PDF, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier beginnen die Dialoge „Speichern unter“. Ein lokaler Ordner, kein Cloud-Ordner: Ausgaben sind unverschlüsselt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/admin/settings.py" line="+34"/>
        <source>„{title}“ ist von der IT für diesen Rechner festgelegt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kimdesk/ui/settings_dialog.py" line="+27"/>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Von der IT für diesen Rechner festgelegt ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="+114"/>
        <source>Gemeinsamer Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Ordner auf dem Server, über den das Team abgleicht. Dort liegen nur verschlüsselte Dateien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Ein eingebundenes Netzlaufwerk (z. B. &lt;tt&gt;/mnt/kim-sync&lt;/tt&gt; oder &lt;tt&gt;K:\KIM\sync&lt;/tt&gt;) oder eine SMB-Adresse (&lt;tt&gt;smb://benutzer@server/freigabe/ordner&lt;/tt&gt;). Die IT Ihres Kreises nennt Ihnen den Ordner. Leer lassen, um ihn später auf der Seite „Synchronisation“ einzutragen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ordner oder smb://benutzer@server/freigabe/ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordner wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passwort für die Freigabe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbindung prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Gemeinsamen Ordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verbindung wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+21"/>
        <source>Dieser Ordner geht so nicht. Bitte einen anderen wählen oder das Feld leeren und den Ordner später eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Keine Antwort nach {n} Sekunden. Ist die Adresse richtig, und ist das Gerät im Netz der Verwaltung (ggf. per VPN)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ordner wird eingetragen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kimdesk/ui/help.py" line="-101"/>
        <source>Neue Person aufnehmen (Erstaufnahme in einem neuen Reiter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurznotiz zu einer Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zur Personensuche (Bereich Klient:innen, Suchtext markiert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Suchfeld: in die Trefferliste wechseln (erste bzw. letzte Zeile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Im Suchfeld: den ersten Treffer öffnen; in einer Liste: die gewählte Zeile öffnen; im Assistenten: Weiter bzw. Person anlegen; in einer Auswahl: übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialog schließen, ohne etwas zu übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reiter schließen; bei ungespeicherten Eingaben fragt KIMdesk: Speichern, Verwerfen oder Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bereich wechseln: Klient:innen, Aufgaben/Wiedervorlagen, Seiteneinsteiger, Fallkonferenzen, Stellen, Berichte, Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Im Textfeld: Tippen rückgängig machen; ist dort nichts mehr rückgängig zu machen: die letzte gespeicherte Änderung im geöffneten Datensatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzerhandbuch beim Kapitel des aktuellen Bereichs öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Übersicht der Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden (fragt bei ungespeicherten Eingaben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Strg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umschalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+86"/>
        <source>Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wirkung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../kimdesk/ui/sync/page.py" line="+51"/>
        <source>Wert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geändert von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerät:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitpunkt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unbekannt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../kimdesk/store/engine.py" line="+196"/>
        <source>Die Datei ist keine KIMdesk-Datenbank oder passt nicht zum Schlüssel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Datenbank ist von einem anderen KIMdesk-Prozess belegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Datenträger ist voll; es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ein-/Ausgabefehler beim Zugriff auf die Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank ist beschädigt; stellen Sie eine Sicherung wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/migrate.py" line="+85"/>
        <source>Die Datenbank stammt aus einer neueren KIMdesk-Version ({rev}); bitte KIMdesk aktualisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/profile_name.py" line="+27"/>
        <source>er muss 1 bis 64 Zeichen lang sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>er darf keines der Zeichen &lt; &gt; : &quot; / \ | ? * und keine Steuerzeichen enthalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>er darf nicht mit einem Punkt oder Leerzeichen enden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>der Name ist unter Windows für Geräte reserviert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ungültiger Profilname „{name}“: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Es gibt schon das Profil „{other}“; Profilnamen, die sich nur in Groß-/Kleinschreibung unterscheiden, sind unter Windows dasselbe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/profile.py" line="+74"/>
        <source>Die Datenbankdatei {path} ist leer; stellen Sie sie aus der Sicherung wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} ist eine unverschlüsselte SQLite-Datei, keine KIMdesk-Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Das Profil „{name}“ in {dir} ist bereits eingerichtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Das Profil konnte nicht angelegt werden ({err}); es wurde nichts zurückgelassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datenbank {path} fehlt; stellen Sie sie aus der Sicherung wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Datenbank passt weder zu {key} noch zu {new}; stellen Sie eine Sicherung wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eine unterbrochene Neuverschlüsselung lässt sich nicht abschließen: {key} kann nicht ersetzt werden (von einem anderen Programm geöffnet?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine unterbrochene Neuverschlüsselung wurde abgeschlossen: {new} ist jetzt die Schlüsseldatei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Die Datenbank ist keine vollständige KIMdesk-Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Die Datenbank ist neu verschlüsselt, aber {key} ließ sich nicht ersetzen ({err}); beim nächsten Öffnen übernimmt KIMdesk {new} automatisch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/store.py" line="+186"/>
        <source>Das Profil ist gesperrt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>„{key}“ ist von der IT für diesen Rechner festgelegt ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/unlock.py" line="+30"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das ist nicht das Profil, das gesperrt wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/store/profile_lock.py" line="+36"/>
        <source>Das Profil wird von einem anderen KIMdesk-Prozess benutzt; beenden Sie ihn und versuchen Sie es erneut. Es wurde nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Profil wird gerade wiederhergestellt; bitte gleich erneut versuchen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../kimdesk/sync/engine.py" line="+95"/>
        <source>Sync-Ziel {target} nicht erreichbar ({err}); die unvollständige Datei {path} blieb zurück und wird in der nächsten Runde entfernt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kimdesk/sync/rotation.py" line="+69"/>
        <source>Sync-Ziel {target} nicht erreichbar ({err}); nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verbindung zum Sync-Ziel verloren ({err}); Angewendetes bleibt gültig, der Rest folgt beim nächsten Mal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ordner fehlt oder ist kein Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>die Infodatei fehlt – ist die Freigabe eingehängt? (neues Ziel: --init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} ist nicht leer und kein KIMdesk-Sync-Ziel; nichts geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>die Infodatei wird gerade von einem anderen Programm benutzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Infodatei in {target} ist älter als der Teamschlüssel dieses Geräts (zurückgesetzt oder manipuliert?); nichts geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{target} wurde von einer neueren KIMdesk-Version eingerichtet ({detail}); bitte KIMdesk aktualisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} gehört zu einem anderen Team; nichts geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Infodatei in {target} ist beschädigt oder manipuliert ({why}); nichts geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{why}; durch die zuletzt geprüfte Fassung ersetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Der Teamschlüssel wurde erneuert (ein Gerät wurde gesperrt). Dieses Gerät braucht die neue Anmeldedatei: kimdesk team join DATEI. Nichts geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Der Ordner dieses Geräts auf dem Sync-Ziel ist weiter als seine Datenbank (Sicherung eingespielt oder Profil kopiert?); es wird nichts gesendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/receive.py" line="+100"/>
        <source>eine Momentaufnahme (ältere Segmente fehlen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verweise auf Datensätze, die in den vorliegenden Segmenten fehlen; nichts davon übernommen, die nächste Runde versucht es wieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bedarfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment {seq} von Gerät {device} würde (mit den letzten Runden) {n} von {total} {what} löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>eine Momentaufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/service.py" line="+31"/>
        <source>Kein Sync-Ziel: --target ORDNER|smb://… angeben (mit --save merken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/targets/__init__.py" line="+24"/>
        <source>Ungültige SMB-Adresse: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unbekanntes Sync-Ziel „{spec}“: erwartet wird ein Ordner oder smb://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/team.py" line="+108"/>
        <source>Dieses Gerät gehört noch zu keinem Team: zuerst „kimdesk team create“ oder „kimdesk team join DATEI“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Dieses Gerät gehört bereits zum Team {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} ist keine KIMdesk-Anmeldedatei oder beschädigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datei nicht lesbar: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Anmeldedatei hat ein neueres Format ({v}); bitte KIMdesk aktualisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} verlangt unzulässige Parameter für die Schlüsselableitung; die Datei ist beschädigt oder manipuliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Falsche Passphrase für die Anmeldedatei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dieses Gerät gehört bereits zu einem anderen Team ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Anmeldedatei enthält einen älteren Teamschlüssel (Generation {old}) als dieses Gerät (Generation {new}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Anmeldedatei passt nicht zum Teamschlüssel dieses Geräts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/probe.py" line="+37"/>
        <source>Bitte einen Ordner oder eine smb://-Adresse angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{target} ist nicht erreichbar oder kein Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Infodatei in {target} ist zu groß, um von KIMdesk zu sein (beschädigt oder manipuliert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} ist nicht leer und kein KIMdesk-Sync-Ziel. Bitte einen leeren Ordner wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target} ist leer – ist die Freigabe eingehängt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} ist erreichbar und leer; die erste Synchronisation richtet den Ordner ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} ist nicht erreichbar ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{target} ist ein KIMdesk-Sync-Ziel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} gehört zu einem anderen Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf {target} gilt ein neuerer Teamschlüssel; bitte die neue Anmeldedatei übernehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} wurde von einer neueren KIMdesk-Version eingerichtet; bitte KIMdesk aktualisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Infodatei in {target} passt nicht zum Teamschlüssel ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} ist erreichbar: der Sync-Ordner Ihres Teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/rotation.py" line="-4"/>
        <source>keine Infodatei – zuerst synchronisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>„{device}“ ist keine Gerätekennung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dieses Gerät kann sich nicht selbst sperren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Sync-Ziel ging während der Runde verloren; nichts rotiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/report.py" line="+144"/>
        <source>Ziel: {target}</source>
        <extracomment>skipped files an earlier round already named (still there): counted, not named again the columns the applied changes wrote, by table (&quot;*&quot;: a row inserted, or not known which): what the deadline rules after the round ask (``deadlines.evaluate_after_sync``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesendet: {n} Änderungen in {s} Segment(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empfangen: {n} Änderungen aus {s} Segment(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konflikte: {n} neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verworfen: {n} Änderungen an gelöschten Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gelöscht auf Anweisung eines anderen Geräts: {n} Person(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgelehnt: {path} ({why}); übersprungen, nichts davon angewendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abgelehnt: Segment {seq} von Gerät {device} ({why}); wird beim nächsten Mal erneut versucht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weiter übersprungen: {n} bereits gemeldete Datei(en) auf dem Sync-Ziel („kimdesk doctor“ nennt sie, „kimdesk sync --clean-share“ entfernt sie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zurückgehalten: {detail} – zum Anwenden „kimdesk sync --confirm-deletions“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartet: Segment {seq} von Gerät {device} braucht zuerst {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belegt: {path} wird gerade von einem anderen Programm benutzt (anderes Gerät, Virenscanner); beim nächsten Mal erneut versucht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesperrtes Gerät {device}: {detail} später geschriebene Datei(en) nicht angewendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fehler: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgebrochen; Bereits Angewendetes bleibt gültig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/junk.py" line="+48"/>
        <source>{target} ist nicht das Sync-Ziel dieses Teams (Infodatei fehlt oder passt nicht); nichts entfernt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>keine KIMdesk-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geräteordner ohne eine echte Datei des Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beschädigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echtheitsprüfung fehlgeschlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von einem anderen Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liegt am falschen Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/retire.py" line="+39"/>
        <source>„{device}“ ist keine frühere Gerätekennung dieses Geräts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/sync/publish.py" line="+47"/>
        <source>nicht geschrieben: {size} MB, größer als jede Momentaufnahme, die ein Gerät annimmt ({limit} MB); die Segmente bleiben</source>
        <extracomment>snapshots are written as SQLCipher databases (False: the JSON snapshot of before, which every KIMdesk still reads; for tests of a team mid-upgrade)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../kimdesk/ui/sync/controller.py" line="+178"/>
        <source>Synchronisiere …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kein Sync-Ziel eingerichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dieses Gerät gehört noch zu keinem Team: auf der Seite „Synchronisation“ unter „Team einrichten …“ beitreten oder ein neues Team gründen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Teamschlüssel wurde erneuert (ein Gerät wurde gesperrt). Die neue Anmeldedatei von der Koordination unter Extras → Anmeldedatei für ein weiteres Gerät → „Neue Anmeldedatei übernehmen“ einlesen. Nichts geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Interner Fehler beim Synchronisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verbindung verloren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgebrochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Löschungen warten auf Bestätigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synchronisiert um %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisiert um %1, nicht alles übernommen – Einzelheiten unter „Synchronisation“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kimdesk/ui/sync/page.py" line="+26"/>
        <source>Synchronisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dieses Gerät gehört noch zu keinem Team. Zum Synchronisieren zuerst mit der Anmeldedatei der Koordination beitreten oder ein neues Team gründen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team einrichten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ordner oder smb://benutzer@server/freigabe/ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ziel speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync-Ziel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erreichbarkeit wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jetzt synchronisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschungen bestätigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync-Ziel aufräumen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entfernt fremde Geräteordner und beschädigte Dateien vom Sync-Ziel (vorher wird angezeigt, was entfernt würde).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letzte Runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Konflikte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behalten (gilt jetzt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterlegen (gleichzeitig geändert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linken Wert behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechten Wert übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Nachtrag zum Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n Änderung(en) warten</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bereit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Sync-Ziel eingerichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sync-Ziel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sync-Ziel gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Konflikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n Datei(en) auf dem Sync-Ziel übersprungen (fremd, beschädigt oder gefälscht): {files}. „Sync-Ziel aufräumen …“ entfernt sie.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Sync-Ziel aufräumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Nichts zu entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Diese %n Einträge werden vom Sync-Ziel entfernt:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n Einträge vom Sync-Ziel entfernt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ziel erreichbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ziel nicht erreichbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Familienname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wohnort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geburtsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufenthaltsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Löschung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empfangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallkonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufgabe (Protokoll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schweigepflichtentbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../kimdesk/services/tasks_deadlines/tasks.py" line="+34"/>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung (Fallkonferenz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme (Hilfeplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Frist: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Fristregel „{rule}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fallkonferenz vom {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hilfeplan: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wiedervorlage anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>als erledigt markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+17"/>
        <source>Den Eintrag gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Wiedervorlage verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nur eine offene Wiedervorlage lässt sich verwerfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verworfen am {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/ui/tasks_page.py" line="+26"/>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Aufgaben und Wiedervorlagen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fällig in den nächsten 14 Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fällig in den nächsten 60 Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle offenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alle Arten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiedervorlagen aus Fristen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Akte öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als erledigt markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwerfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Wiedervorlage, die nicht zutrifft, mit Grund verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meine Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufgaben des Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} offen, davon {late} überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verworfen: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erledigt: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../kimdesk/ui/record/lists.py" line="+31"/>
        <source>Was ist zu tun? z. B. Bescheid des Jobcenters nachfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verwerfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Wiedervorlage, die nicht zutrifft, mit Grund verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Als erledigt markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Erledigt: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verworfen: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../kimdesk/ui/team_dialog.py" line="+54"/>
        <source>Team und Anmeldedatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anmeldedatei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase der Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederholen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aus einer CSV-Datei (mit Vorschau) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur beim Gründen: womit der Stellenkatalog des Teams beginnt. Die anderen Geräte übernehmen ihn beim Synchronisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stellenkatalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV-Datei mit den Stellen des Kreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV-&amp;Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anmeldedatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Mit dieser Datei beitreten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Neues Team gründen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dieses Gerät gehört noch zu keinem Team. Treten Sie mit der Anmeldedatei Ihrer Koordination bei, oder gründen Sie ein neues Team (erstes Gerät).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team {id} (Schlüssel-Generation {gen}). Für ein weiteres Gerät: eine Anmeldedatei mit einer Passphrase speichern, Datei und Passphrase getrennt weitergeben (z. B. USB-Stick und Telefon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neue Anmeldedatei übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stellenkatalog (CSV) wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anmeldedatei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedateien (*.kimdesk *.json);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anmeldedatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedateien (*.kimdesk *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte die Anmeldedatei angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Der Schlüsselbund des Systems hat den Teamschlüssel nicht aufgenommen; er liegt sicher in der verschlüsselten Datenbank, Synchronisieren geht weiter. Grund: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anmeldedatei gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="-226"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Geräte eines Teams gleichen ihre Daten verschlüsselt mit einem gemeinsamen Teamschlüssel ab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einem Team beitreten – ich habe eine Anmeldedatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ein neues Team gründen – dies ist das erste Gerät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Später – vorerst nur auf diesem Gerät arbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anmeldedatei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase der Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aus einer CSV-Datei (mit Vorschau) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Womit der Stellenkatalog des Teams beginnt. Stellen lassen sich danach unter „Stellen“ anlegen, ändern oder aus einer CSV-Datei importieren. Die anderen Geräte des Teams übernehmen das beim Synchronisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stellenkatalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV-Datei mit den Stellen des Kreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV-&amp;Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anmeldedatei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldedateien (*.kimdesk *.json);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stellenkatalog (CSV) wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team wird eingerichtet …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="+105"/>
        <source>Verfasst von</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/edits.py" line="+111"/>
        <source>{field} wurde inzwischen auf einem anderen Gerät geändert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../kimdesk/ui/undo_bar.py" line="+37"/>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kimdesk/ui/unlock_dialog.py" line="+90"/>
        <source>KIMdesk entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Passphrase des Profils „{name}“ eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schlüssel im Schlüsselbund des Systems merken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Entsperren …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="+16"/>
        <source>„Sprachen“ muss eine Liste von Texten sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/casework/assessment.py" line="-5"/>
        <location filename="../../kimdesk/services/casework/plans.py" line="-66"/>
        <location line="+38"/>
        <location line="+9"/>
        <location filename="../../kimdesk/services/clients_intake/clients.py" line="-54"/>
        <source>Unbekanntes Feld „{field}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/clients.py" line="+8"/>
        <location filename="../../kimdesk/services/clients_intake/intake.py" line="-85"/>
        <location line="+20"/>
        <source>Bitte mindestens Vor- oder Familiennamen angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kimdesk/services/clients_intake/validation.py" line="-118"/>
        <location line="+50"/>
        <location filename="../../kimdesk/services/tasks_deadlines/tasks.py" line="-48"/>
        <source>Bitte „{field}“ ausfüllen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>ein ungültiges Zeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Steuerzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Schreibrichtungs-Steuerung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>einen Tabulator oder Zeilenumbruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>„{field}“ muss Text sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{field}“ ist zu lang ({n} Zeichen, höchstens {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{field}“ enthält ungültige Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{field}“ enthält {what}; bitte entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Die Telefonnummer „{value}“ darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>„{value}“ ist keine E-Mail-Adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>„{field}“ muss ein Datum als Text sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>„{value}“ in „{field}“ ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>„{field}“ muss eine UUID sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{value}“ in „{field}“ ist keine UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>„{value}“ ist für „{field}“ nicht erlaubt (erlaubt: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingListPage</name>
    <message>
        <location filename="../../kimdesk/ui/waiting_list_page.py" line="+40"/>
        <source>&lt;b&gt;Seiteneinsteiger: Warteliste Schulplatz&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alle Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alle Schulformen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wartet seit (Tagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuweisung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nächste Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wartet länger als {n} Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Akte öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als CSV speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nächste Aufnahmetermine: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keine eingetragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} warten auf einen Schulplatz, davon {long} länger als {days} Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warteliste speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} Zeilen gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kimdesk/ui/first_run_pages.py" line="-209"/>
        <source>Willkommen bei KIMdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;KIMdesk speichert alle Daten verschlüsselt auf diesem Gerät und gleicht sie über einen gemeinsamen Ordner mit Ihrem Team ab, wann immer er erreichbar ist. Die Einrichtung dauert zwei Minuten:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;eine Passphrase für Ihr Profil,&lt;/li&gt;&lt;li&gt;dem Team beitreten (mit der Anmeldedatei von Ihrer Koordination) oder ein Team gründen,&lt;/li&gt;&lt;li&gt;den gemeinsamen Ordner wählen.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profil: {name} in {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Nur einmal ansehen? Das Demo-Profil enthält erfundene Personen und wird beim Beenden gelöscht.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo-Profil ausprobieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../kimdesk/ui/widgets.py" line="+77"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/printing.py" line="+159"/>
        <source>Druckvorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hinweis zur Darstellung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einige Angaben enthalten Schrift, die im PDF nicht dargestellt werden kann. Sie sind in lateinischer Umschrift gedruckt und mit ⟨ ⟩ gekennzeichnet:

{fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../kimdesk/ui/conferences/dialogs.py" line="-228"/>
        <source>anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entschuldigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
