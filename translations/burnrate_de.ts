<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgentLogsPanel</name>
    <message>
        <source>Agent logs</source>
        <translation>Agent-Logs</translation>
    </message>
    <message>
        <source>Usage that coding agents on this computer record in their own logs, counted for you.</source>
        <translation>Nutzung, die Coding-Agents auf diesem Computer in ihren eigenen Logs festhalten, für Sie gezählt.</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Noch nicht importiert</translation>
    </message>
    <message>
        <source>%1 import progress</source>
        <translation>Importfortschritt für %1</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Jetzt importieren</translation>
    </message>
    <message>
        <source>Import %1 logs now</source>
        <translation>Logs von %1 jetzt importieren</translation>
    </message>
    <message>
        <source>Watch for new usage</source>
        <translation>Logs auf neue Nutzung überwachen</translation>
    </message>
    <message>
        <source>Import new usage as soon as an agent writes it to its logs.</source>
        <translation>Neue Nutzung importieren, sobald ein Agent sie in seine Logs schreibt.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Codex</source>
        <translation>Codex</translation>
    </message>
    <message>
        <source>Gemini CLI</source>
        <translation>Gemini CLI</translation>
    </message>
    <message>
        <source>OpenCode</source>
        <translation>OpenCode</translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <source>No logs found in the default locations</source>
        <translation>Keine Logs an den Standardorten gefunden</translation>
    </message>
    <message>
        <source>Read %1 files, %2 new messages, %3 malformed lines skipped</source>
        <translation>%1 Dateien gelesen, %2 neue Nachrichten, %3 fehlerhafte Zeilen übersprungen</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Budget alert</source>
        <translation>Budgetalarm</translation>
    </message>
    <message>
        <source>The newest budget alert addressed to you</source>
        <translation>Der neueste an Sie gerichtete Budgetalarm</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Acknowledge this alert</source>
        <translation>Diesen Alarm bestätigen</translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation>Zu&amp;rückstellen</translation>
    </message>
    <message>
        <source>Snooze this alert</source>
        <translation>Diesen Alarm zurückstellen</translation>
    </message>
    <message>
        <source>Show a&amp;lerts</source>
        <translation>A&amp;larme anzeigen</translation>
    </message>
    <message>
        <source>Show all alerts</source>
        <translation>Alle Alarme anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 % of the budget %2 used: %3 of %4</source>
        <translation>%1 % des Budgets %2 ausgeschöpft: %3 von %4</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out on %2: %3 of %4 used so far</source>
        <translation>Bei diesem Tempo ist das Budget %1 am %2 aufgebraucht: bisher %3 von %4 verbraucht</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out before its period ends: %2 of %3 used so far</source>
        <translation>Bei diesem Tempo ist das Budget %1 vor Ende seines Zeitraums aufgebraucht: bisher %2 von %3 verbraucht</translation>
    </message>
    <message>
        <source>%1 % used: %2 of %3</source>
        <translation>%1 % ausgeschöpft: %2 von %3</translation>
    </message>
    <message>
        <source>Runs out %1: %2 of %3 used</source>
        <translation>Aufgebraucht am %1: %2 von %3 verbraucht</translation>
    </message>
    <message>
        <source>Runs out before the period ends: %1 of %2 used</source>
        <translation>Aufgebraucht vor Ende des Zeitraums: %1 von %2 verbraucht</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Bestätigt am %1</translation>
    </message>
    <message>
        <source>Period over</source>
        <translation>Zeitraum abgelaufen</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Zeitraum %1 – %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Ausgewählten Alarm bestätigen</translation>
    </message>
    <message>
        <source>Mark the alert as seen: it leaves the banner and the tray.</source>
        <translation>Den Alarm als gesehen markieren: Er verschwindet aus dem Banner und dem Infobereich.</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Zurück&amp;stellen</translation>
    </message>
    <message>
        <source>Snooze the selected alert</source>
        <translation>Ausgewählten Alarm zurückstellen</translation>
    </message>
    <message>
        <source>Hide the alert from the banner and the tray for a while.</source>
        <translation>Den Alarm eine Zeit lang im Banner und im Infobereich ausblenden.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the alert history as CSV</source>
        <translation>Alarmverlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Noch keine Alarme</translation>
    </message>
    <message>
        <source>Budgets warn here when their spend reaches a threshold or is projected to run out before the period ends.</source>
        <translation>Budgets warnen hier, wenn ihre Ausgaben einen Schwellenwert erreichen oder sie laut Prognose vor Ende des Zeitraums aufgebraucht sind.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation>Zurückgestellt.</translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>Alarmverlauf exportieren</translation>
    </message>
    <message>
        <source>alerts-%1.csv</source>
        <translation>alerts-%1.csv</translation>
    </message>
    <message>
        <source>No alerts for %1</source>
        <translation>Keine Warnungen für %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n alert(s) is about this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>Die einzige Warnung betrifft weder dieses Team noch diese Person. Wählen Sie in der Werkzeugleiste etwas anderes oder heben Sie den Filter auf.</numerusform>
            <numerusform>Keine der %n Warnungen betrifft dieses Team oder diese Person. Wählen Sie in der Werkzeugleiste etwas anderes oder heben Sie den Filter auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Where your organisation&apos;s LLM tokens and money go, person by person.</source>
        <translation>Wohin die LLM-Tokens und das Geld Ihrer Organisation fließen, Person für Person.</translation>
    </message>
    <message>
        <source>The ledger file (default: BURNRATE_DB, else %1).</source>
        <translation>Die Journaldatei (Standard: BURNRATE_DB, sonst %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Show a generated demo organisation (in its own ledger).</source>
        <translation>Eine generierte Demo-Organisation anzeigen (in einem eigenen Journal).</translation>
    </message>
    <message>
        <source>Seed of the demo organisation.</source>
        <translation>Startwert (Seed) der Demo-Organisation.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Save a picture of each page to the directory, then quit.</source>
        <translation>Ein Bild jeder Seite im Verzeichnis speichern und dann beenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Period to show first: this-month, last-month, last-30-days, last-90-days.</source>
        <translation>Zuerst angezeigter Zeitraum: this-month, last-month, last-30-days, last-90-days.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>Hell oder dunkel für diesen Start: system, light oder dark (Standard: wie in den Einstellungen gewählt, sonst wie im System).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed erwartet eine Zahl</translation>
    </message>
    <message>
        <source>Unknown period: %1</source>
        <translation>Unbekannter Zeitraum: %1</translation>
    </message>
    <message>
        <source>Unknown theme: %1 (system, light or dark)</source>
        <translation>Unbekanntes Design: %1 (system, light oder dark)</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1:
%2</source>
        <translation>Das Journal %1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>Screenshots gespeichert in %1</translation>
    </message>
    <message>
        <source>Not available in the demo: its provider usage is generated, and nothing is polled. Start Burnrate without --demo to connect provider accounts and model servers.</source>
        <translation>In der Demo nicht verfügbar: Die Nutzung der Anbieter ist generiert, und es wird nichts abgefragt. Starten Sie Burnrate ohne --demo, um Anbieterkonten und Modellserver zu verbinden.</translation>
    </message>
    <message>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <source>Connected sources are not available: %1</source>
        <translation>Verbundene Quellen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>the price table cannot be read (%1)</source>
        <translation>die Preistabelle kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Building the demo organisation…</source>
        <translation>Demo-Organisation wird erstellt…</translation>
    </message>
    <message>
        <source>Cannot build the demo organisation in %1:
%2</source>
        <translation>Die Demo-Organisation kann nicht in %1 erstellt werden:
%2</translation>
    </message>
    <message>
        <source>Language for this run: system, en, de, fr, es or ja (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>Sprache für diesen Start: system, en, de, fr, es oder ja (Standard: wie in den Einstellungen gewählt, sonst wie im System).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Unknown language: %1 (system, en, de, fr, es or ja)</source>
        <translation>Unbekannte Sprache: %1 (system, en, de, fr, es oder ja)</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1: spend over time by model</source>
        <translation>%1: Ausgaben im Zeitverlauf nach Modell</translation>
    </message>
    <message>
        <source>Spend broken down</source>
        <translation>Ausgaben aufgeschlüsselt</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>Nach &amp;Modell</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>Nach &amp;Quelle</translation>
    </message>
    <message>
        <source>Spend by source</source>
        <translation>Ausgaben nach Quelle</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>Nach &amp;Projekt</translation>
    </message>
    <message>
        <source>Spend by project</source>
        <translation>Ausgaben nach Projekt</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>Angezeigte Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>%1: %2 (%3) · %4 tokens · %5 requests</source>
        <translation>%1: %2 (%3) · %4 Tokens · %5 Anfragen</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>Für %1 wurde im Zeitraum %2 nichts erfasst.</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>sonstige Modelle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Add a budget</source>
        <translation>Budget hinzufügen</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>Budget hinzufügen</translation>
    </message>
    <message>
        <source>Edit the budget %1</source>
        <translation>Budget %1 bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Die gesamte Organisation</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Include its nested teams</source>
        <translation>&amp;Unterteams einbeziehen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day of the custom period</source>
        <translation>Erster Tag des benutzerdefinierten Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the custom period</source>
        <translation>Letzter Tag des benutzerdefinierten Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>T&amp;age:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitzo&amp;ne:</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochen beginnen am:</translation>
    </message>
    <message>
        <source>Day of the month the period starts on</source>
        <translation>Tag des Monats, an dem der Zeitraum beginnt</translation>
    </message>
    <message>
        <source>A month shorter than this starts on its last day (a period from the 31st starts on 30 April).</source>
        <translation>Ein kürzerer Monat beginnt an seinem letzten Tag (ein Zeitraum ab dem 31. beginnt am 30. April).</translation>
    </message>
    <message>
        <source>&amp;Months start on day:</source>
        <translation>&amp;Monate beginnen am Tag:</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Limit unit</source>
        <translation>Einheit des Limits</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>Thresholds in percent</source>
        <translation>Schwellenwerte in Prozent</translation>
    </message>
    <message>
        <source>Percentages of the limit at which Burnrate warns, separated by commas.</source>
        <translation>Prozentsätze des Limits, bei denen Burnrate warnt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Warn at (%):</source>
        <translation>Warnen &amp;bei (%):</translation>
    </message>
    <message>
        <source>Soft: warn only</source>
        <translation>Weich: nur warnen</translation>
    </message>
    <message>
        <source>Hard: the limit must not be passed</source>
        <translation>Hart: Das Limit darf nicht überschritten werden</translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation>&amp;Durchsetzung:</translation>
    </message>
    <message>
        <source>Only these models</source>
        <translation>Nur diese Modelle</translation>
    </message>
    <message>
        <source>All models, or e.g. claude-opus-4-1, gpt-5</source>
        <translation>Alle Modelle, oder z. B. claude-opus-4-1, gpt-5</translation>
    </message>
    <message>
        <source>Only m&amp;odels:</source>
        <translation>Nur M&amp;odelle:</translation>
    </message>
    <message>
        <source>Only these sources</source>
        <translation>Nur diese Quellen</translation>
    </message>
    <message>
        <source>All sources, or e.g. claude-code, openai</source>
        <translation>Alle Quellen, oder z. B. claude-code, openai</translation>
    </message>
    <message>
        <source>Only so&amp;urces:</source>
        <translation>Nur &amp;Quellen:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>e.g. 50000000</source>
        <translation>z. B. 50000000</translation>
    </message>
    <message>
        <source>e.g. 2500</source>
        <translation>z. B. 2500</translation>
    </message>
    <message>
        <source>Choose a team. The directory has none yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>Wählen Sie ein Team. Das Personenverzeichnis enthält noch keine Teams: Importieren Sie es mit „burnrate-cli people import FILE.csv“.</translation>
    </message>
    <message>
        <source>Choose a person. The directory has nobody yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>Wählen Sie eine Person. Das Personenverzeichnis enthält noch niemanden: Importieren Sie es mit „burnrate-cli people import FILE.csv“.</translation>
    </message>
    <message>
        <source>Enter a limit.</source>
        <translation>Geben Sie ein Limit ein.</translation>
    </message>
    <message>
        <source>“%1” is not a number of tokens.</source>
        <translation>„%1“ ist keine gültige Anzahl von Tokens.</translation>
    </message>
    <message>
        <source>“%1” is not a whole percentage.</source>
        <translation>„%1“ ist kein ganzzahliger Prozentwert.</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>US-Dollar (USD)</translation>
    </message>
    <message>
        <source>In US dollars (USD), although amounts are shown in %1: budgets stay in US dollars.</source>
        <translation>In US-Dollar (USD), obwohl Beträge in %1 angezeigt werden: Budgets bleiben in US-Dollar.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in US dollars.</source>
        <translation>„%1“ ist kein gültiger Betrag in US-Dollar.</translation>
    </message>
</context>
<context>
    <name>BudgetGauge</name>
    <message>
        <source>My budget</source>
        <translation>Mein Budget</translation>
    </message>
    <message>
        <source>Share of my budget spent</source>
        <translation>Verbrauchter Anteil meines Budgets</translation>
    </message>
    <message>
        <source>No budget applies to you. A manager or admin sets one on the Budgets page.</source>
        <translation>Für Sie gilt kein Budget. Eine Führungskraft oder ein Admin legt eines auf der Seite „Budgets“ an.</translation>
    </message>
    <message>
        <source>My budget: %1 (%2), %3</source>
        <translation>Mein Budget: %1 (%2), %3</translation>
    </message>
    <message>
        <source>my own</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %) · %4</source>
        <translation>%1 von %2 (%3 %) · %4</translation>
    </message>
    <message>
        <source>
Forecast for the period&apos;s end: %1 (%2; dashed line)</source>
        <translation>
Prognose zum Zeitraumende: %1 (%2; gestrichelte Linie)</translation>
    </message>
</context>
<context>
    <name>BudgetsModel</name>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Ausgeschöpft</translation>
    </message>
    <message>
        <source>Forecast at period end</source>
        <translation>Prognose zum Zeitraumende</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Aufgebraucht am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation>keine Zuverlässigkeit</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>geringe Zuverlässigkeit</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>mittlere Zuverlässigkeit</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>hohe Zuverlässigkeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>Zeitzone %1</translation>
    </message>
    <message>
        <source>Weeks start on %1</source>
        <translation>Wochen beginnen am %1</translation>
    </message>
    <message>
        <source>Months start on day %1</source>
        <translation>Monate beginnen am Tag %1</translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation>Nicht auswertbar: %1</translation>
    </message>
    <message>
        <source>The limit is reached</source>
        <translation>Das Limit ist erreicht</translation>
    </message>
    <message>
        <source>%1 % of the limit is used</source>
        <translation>%1 % des Limits sind ausgeschöpft</translation>
    </message>
    <message>
        <source>At this pace the limit is reached before the period ends</source>
        <translation>Bei diesem Tempo wird das Limit vor Ende des Zeitraums erreicht</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Innerhalb des Limits</translation>
    </message>
    <message>
        <source>Nested teams included</source>
        <translation>Unterteams einbezogen</translation>
    </message>
    <message>
        <source>Nested teams not included</source>
        <translation>Unterteams nicht einbezogen</translation>
    </message>
    <message>
        <source>Only the models %1</source>
        <translation>Nur die Modelle %1</translation>
    </message>
    <message>
        <source>Only the sources %1</source>
        <translation>Nur die Quellen %1</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Hartes Limit</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Weiches Limit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Compared with the estimated and billed cost of the usage</source>
        <translation>Verglichen mit den geschätzten und abgerechneten Kosten der Nutzung</translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation>%1 über dem Limit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not enough usage history for a forecast yet</source>
        <translation>Noch nicht genug Nutzungsverlauf für eine Prognose</translation>
    </message>
    <message>
        <source>At the recent pace of %1 a day; %2</source>
        <translation>Beim jüngsten Tempo von %1 pro Tag; %2</translation>
    </message>
    <message>
        <source>At this pace the limit is reached on %1 (%2)</source>
        <translation>Bei diesem Tempo wird das Limit am %1 erreicht (%2)</translation>
    </message>
    <message>
        <source>The limit is already reached</source>
        <translation>Das Limit ist bereits erreicht</translation>
    </message>
    <message>
        <source>Not expected to run out before the period ends</source>
        <translation>Voraussichtlich nicht vor Ende des Zeitraums aufgebraucht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a budget</source>
        <translation>Budget hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected budget</source>
        <translation>Ausgewähltes Budget bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected budget</source>
        <translation>Ausgewähltes Budget entfernen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Budgets in their current period</source>
        <translation>Budgets in ihrem aktuellen Zeitraum</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Each budget counts its own period in its own time zone, whatever period the window shows. The forecast follows the recent daily pace, with quieter weekends.</source>
        <translation>Jedes Budget zählt seinen eigenen Zeitraum in seiner eigenen Zeitzone, unabhängig vom Zeitraum, den das Fenster anzeigt. Die Prognose folgt dem jüngsten Tagestempo, mit ruhigeren Wochenenden.</translation>
    </message>
    <message>
        <source>No budgets yet</source>
        <translation>Noch keine Budgets</translation>
    </message>
    <message>
        <source>Add one above, or with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>Fügen Sie oben eines hinzu oder verwenden Sie „burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500“.</translation>
    </message>
    <message>
        <source>Set one with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>Legen Sie eines mit „burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500“ an.</translation>
    </message>
    <message>
        <source>Budgets cannot be changed in this window.</source>
        <translation>Budgets können in diesem Fenster nicht geändert werden.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <source>Remove the budget %1? Its alert history stays.</source>
        <translation>Budget %1 entfernen? Sein Alarmverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed the budget %1.</source>
        <translation>Budget %1 entfernt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>No budget for %1</source>
        <translation>Kein Budget für %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n budget(s) is for this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>Das einzige Budget gilt nicht für dieses Team oder diese Person. Wählen Sie in der Werkzeugleiste etwas anderes oder heben Sie den Filter auf.</numerusform>
            <numerusform>Keines der %n Budgets gilt für dieses Team oder diese Person. Wählen Sie in der Werkzeugleiste etwas anderes oder heben Sie den Filter auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <source>Even pace</source>
        <translation>Gleichmäßiges Tempo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Could not start the PDF document.</source>
        <translation>Das PDF-Dokument konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DashboardToolBar</name>
    <message>
        <source>Period and filters</source>
        <translation>Zeitraum und Filter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Teamfilter</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Personenfilter</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Modellfilter</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>The %1 page is not narrowed by this filter.</source>
        <translation>Die Seite „%1“ wird durch diesen Filter nicht eingeschränkt.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Keine Nutzung</translation>
    </message>
    <message>
        <source>Billed: the cost the provider reported</source>
        <translation>Abgerechnet: die vom Anbieter gemeldeten Kosten</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with the price table</source>
        <translation>Geschätzt: Token-Anzahlen, mit der Preistabelle bepreist</translation>
    </message>
    <message>
        <source>Unpriced: no price is known for this usage, so it has no cost figure</source>
        <translation>Ohne Preis: Für diese Nutzung ist kein Preis bekannt, daher gibt es keinen Kostenwert</translation>
    </message>
    <message>
        <source>Mixed: %1 billed, %2 estimated</source>
        <translation>Gemischt: %1 abgerechnet, %2 geschätzt</translation>
    </message>
    <message>
        <source>1 record unpriced, not included in the sum</source>
        <translation>1 Datensatz ohne Preis, nicht in der Summe enthalten</translation>
    </message>
    <message>
        <source>%1 records unpriced, not included in the sum</source>
        <translation>%1 Datensätze ohne Preis, nicht in der Summe enthalten</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Input %1, cache write %2, cache read %3, output %4 (reasoning %5)</source>
        <translation>Input %1, Cache-Schreiben %2, Cache-Lesen %3, Output %4 (Reasoning %5)</translation>
    </message>
</context>
<context>
    <name>EfficiencyPanel</name>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Efficiency (estimated)</source>
        <translation>Effizienz (geschätzt)</translation>
    </message>
    <message>
        <source>Cache reads</source>
        <translation>Cache-Lesezugriffe</translation>
    </message>
    <message>
        <source>Cache reads over every prompt token (uncached input, cache writes and cache reads). The saving prices the cache reads at the full input price instead, with the price table in force.</source>
        <translation>Cache-Lesezugriffe im Verhältnis zu allen Prompt-Tokens (nicht gecachter Input, Cache-Schreib- und Cache-Lesezugriffe). Für die Ersparnis werden die Cache-Lesezugriffe stattdessen zum vollen Input-Preis der geltenden Preistabelle bewertet.</translation>
    </message>
    <message>
        <source>Spend on expensive models</source>
        <translation>Ausgaben für teure Modelle</translation>
    </message>
    <message>
        <source>Expensive models</source>
        <translation>Teure Modelle</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Verla&amp;gern</translation>
    </message>
    <message>
        <source>Share of the expensive models&apos; work to move</source>
        <translation>Anteil der Arbeit teurer Modelle, der verlagert wird</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>What moving work would save</source>
        <translation>Was eine Verlagerung der Arbeit einsparen würde</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>No input tokens in this period.</source>
        <translation>Keine Input-Tokens in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 % of input tokens were read from the cache, which saved %2 (estimated) against paying the full input price.</source>
        <translation>%1 % der Input-Tokens wurden aus dem Cache gelesen; das hat gegenüber dem vollen Input-Preis %2 gespart (geschätzt).</translation>
    </message>
    <message>
        <source>None: the models you used that have a price cost about the same per output token.</source>
        <translation>Keine: Die von Ihnen genutzten Modelle mit Preis kosten pro Output-Token etwa gleich viel.</translation>
    </message>
    <message>
        <source>%1 % of your spend (%2, estimated) went to %3, the dearest third of your models by output price.</source>
        <translation>%1 % Ihrer Ausgaben (%2, geschätzt) entfielen auf %3, das teuerste Drittel Ihrer Modelle nach Output-Preis.</translation>
    </message>
    <message>
        <source>Expensive: among the models you used that have a price, those whose output price is in the top third of their range, from the cheapest plus two thirds of the way to the dearest (%1 per million output tokens in this period).</source>
        <translation>Teuer: Unter den von Ihnen genutzten Modellen mit Preis diejenigen, deren Output-Preis im obersten Drittel ihrer Spanne liegt, also ab dem günstigsten plus zwei Drittel des Abstands zum teuersten (%1 pro Million Output-Tokens in diesem Zeitraum).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No cheaper model of yours to move work to.</source>
        <translation>Sie nutzen kein günstigeres Modell, auf das sich Arbeit verlagern ließe.</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved %3 in this period (estimated).</source>
        <translation>Eine Verlagerung von %1 % dieser Arbeit auf %2 hätte in diesem Zeitraum %3 gespart (geschätzt).</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have cost %3 more in this period (estimated): it reads input at a higher price.</source>
        <translation>Eine Verlagerung von %1 % dieser Arbeit auf %2 hätte in diesem Zeitraum %3 mehr gekostet (geschätzt): Das Modell berechnet für Input einen höheren Preis.</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved nothing (estimated).</source>
        <translation>Eine Verlagerung von %1 % dieser Arbeit auf %2 hätte nichts gespart (geschätzt).</translation>
    </message>
    <message>
        <source>Without a price, so in no cost figure here: %1.</source>
        <translation>Ohne Preis und daher in keinem Kostenbetrag hier enthalten: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation>Die Datendatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The data file is not a Burnrate ledger or is damaged.</source>
        <translation>Die Datendatei ist kein Burnrate-Journal oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The data file was written by a newer Burnrate.</source>
        <translation>Die Datendatei wurde von einer neueren Burnrate-Version geschrieben.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>My usage</source>
        <translation>Meine Nutzung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Burnrate</source>
        <translation>Ü&amp;ber Burnrate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>This takes a moment.</source>
        <translation>Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>About Burnrate</source>
        <translation>Über Burnrate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Where an organisation&apos;s LLM tokens and money go, person by person and team by team.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;&lt;p&gt;Data file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Wohin die LLM-Tokens und das Geld einer Organisation fließen, Person für Person und Team für Team.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;/p&gt;&lt;p&gt;Datendatei: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not start Burnrate again; please start it yourself.</source>
        <translation>Burnrate konnte nicht neu gestartet werden; bitte starten Sie es selbst.</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
    <message>
        <source>%1 in the period before, %2 in this one</source>
        <translation>%1 im vorherigen Zeitraum, %2 in diesem</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>MyUsagePage</name>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>Top-Modell</translation>
    </message>
    <message>
        <source>Spend over time by model</source>
        <translation>Ausgaben im Zeitverlauf nach Modell</translation>
    </message>
    <message>
        <source>My spend broken down</source>
        <translation>Meine Ausgaben aufgeschlüsselt</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>Nach &amp;Modell</translation>
    </message>
    <message>
        <source>My spend by model</source>
        <translation>Meine Ausgaben nach Modell</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>Nach &amp;Projekt</translation>
    </message>
    <message>
        <source>My spend by project</source>
        <translation>Meine Ausgaben nach Projekt</translation>
    </message>
    <message>
        <source>By s&amp;ession</source>
        <translation>Nach &amp;Sitzung</translation>
    </message>
    <message>
        <source>My spend by session: which tasks cost most</source>
        <translation>Meine Ausgaben nach Sitzung: welche Aufgaben am meisten kosten</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>Angezeigte Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>Noch keine Nutzung</translation>
    </message>
    <message>
        <source>Import usage with “burnrate-cli import claude-code” and the people directory with “burnrate-cli people import FILE.csv”, or look around with “burnrate --demo”.</source>
        <translation>Importieren Sie die Nutzung mit „burnrate-cli import claude-code“ und das Personenverzeichnis mit „burnrate-cli people import FILE.csv“, oder sehen Sie sich mit „burnrate --demo“ um.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Choose yourself under Settings to see your own usage.</source>
        <translation>Wählen Sie sich unter „Einstellungen“ aus, um Ihre eigene Nutzung zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot compare with your peers: %1</source>
        <translation>Gruppenvergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot work out the efficiency figures: %1</source>
        <translation>Effizienzwerte können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>Für %1 wurde im Zeitraum %2 nichts erfasst.</translation>
    </message>
    <message>
        <source>%1 in · %2 cached · %3 out</source>
        <translation>%1 Input · %2 gecacht · %3 Output</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>durchschnittlich %1 pro Tag</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 % of spend</source>
        <translation>%1 (%2) · %3 % der Ausgaben</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>sonstige Modelle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>Wo. %1</translation>
    </message>
    <message>
        <source>my-usage-by-model-%1.csv</source>
        <translation>my-usage-by-model-%1.csv</translation>
    </message>
    <message>
        <source>my-usage-by-project-%1.csv</source>
        <translation>my-usage-by-project-%1.csv</translation>
    </message>
    <message>
        <source>my-usage-by-session-%1.csv</source>
        <translation>my-usage-by-session-%1.csv</translation>
    </message>
    <message>
        <source>Export my usage</source>
        <translation>Meine Nutzung exportieren</translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation>Ausgaben im Zeitverlauf</translation>
    </message>
    <message>
        <source>S&amp;tacked by:</source>
        <translation>Gestapelt &amp;nach:</translation>
    </message>
    <message>
        <source>Stack the bars by</source>
        <translation>Balken stapeln nach</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>By so&amp;urce</source>
        <translation>Nach Q&amp;uelle</translation>
    </message>
    <message>
        <source>My spend by source</source>
        <translation>Meine Ausgaben nach Quelle</translation>
    </message>
    <message>
        <source>other sources</source>
        <translation>sonstige Quellen</translation>
    </message>
    <message>
        <source>Spend over time by source</source>
        <translation>Ausgaben im Zeitverlauf nach Quelle</translation>
    </message>
    <message>
        <source>my-usage-by-source-%1.csv</source>
        <translation>my-usage-by-source-%1.csv</translation>
    </message>
</context>
<context>
    <name>NetworkSourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>LiteLLM proxy</source>
        <translation>LiteLLM-Proxy</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <source>vLLM server</source>
        <translation>vLLM-Server</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation>Wartet auf die erste Abfrage</translation>
    </message>
    <message>
        <source>Failing, retrying</source>
        <translation>Fehlgeschlagen, neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Key refused or missing</source>
        <translation>Schlüssel abgelehnt oder fehlt</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>The API key is read from %1.</source>
        <translation>Der API-Schlüssel wird gelesen aus: %1.</translation>
    </message>
    <message>
        <source>The last poll failed: %1
Burnrate tries again after a pause that grows with each failure.</source>
        <translation>Die letzte Abfrage ist fehlgeschlagen: %1
Burnrate versucht es nach einer Pause erneut, die mit jedem Fehlschlag länger wird.</translation>
    </message>
    <message>
        <source>%1
Not polled until its key or settings change: edit the source, or press Test once the key is in place. %2</source>
        <translation>%1
Keine Abfrage, bis sich Schlüssel oder Einstellungen ändern: Bearbeiten Sie die Quelle oder klicken Sie auf „Testen“, sobald der Schlüssel vorhanden ist. %2</translation>
    </message>
    <message>
        <source>Stopped until edited</source>
        <translation>Angehalten bis zur Bearbeitung</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
</context>
<context>
    <name>NetworkSourcesPanel</name>
    <message>
        <source>Connected sources</source>
        <translation>Verbundene Quellen</translation>
    </message>
    <message>
        <source>Provider accounts and model servers that Burnrate asks for usage on a schedule.</source>
        <translation>Anbieterkonten und Modellserver, die Burnrate regelmäßig nach ihrer Nutzung abfragt.</translation>
    </message>
    <message>
        <source>Connected sources cannot be managed here.</source>
        <translation>Verbundene Quellen können hier nicht verwaltet werden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>Ausgewählte Quelle bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test the selected source now</source>
        <translation>Ausgewählte Quelle jetzt testen</translation>
    </message>
    <message>
        <source>Poll the selected source now and report what happened.</source>
        <translation>Die ausgewählte Quelle jetzt abfragen und das Ergebnis melden.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Ausgewählte Quelle entfernen</translation>
    </message>
    <message>
        <source>Stop polling it and delete its key; its usage stays.</source>
        <translation>Abfragen beenden und ihren Schlüssel löschen; ihre Nutzung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>„%1“ wird getestet…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? Burnrate stops polling it and deletes its stored key. The usage it brought in stays in the ledger.</source>
        <translation>„%1“ entfernen? Burnrate fragt die Quelle nicht mehr ab und löscht ihren gespeicherten Schlüssel. Die bereits erfasste Nutzung bleibt im Journal.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed “%1”; its usage stays in the ledger.</source>
        <translation>„%1“ entfernt; ihre Nutzung bleibt im Journal.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation total</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>Spend per team</source>
        <translation>Ausgaben pro Team</translation>
    </message>
    <message>
        <source>Each team&apos;s own spend, by model</source>
        <translation>Eigene Ausgaben jedes Teams, nach Modell</translation>
    </message>
    <message>
        <source>Spend per team by model</source>
        <translation>Ausgaben pro Team nach Modell</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 total: %2 (%3) · %4 tokens · %5 requests · %6</source>
        <translation>%1 gesamt: %2 (%3) · %4 Tokens · %5 Anfragen · %6</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>sonstige Modelle</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>Teams, nested teams included (double-click for a breakdown)</source>
        <translation>Teams, einschließlich Unterteams (Doppelklick für eine Aufschlüsselung)</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Größte Veränderungen</translation>
    </message>
    <message>
        <source>Top movers by team</source>
        <translation>Größte Veränderungen nach Team</translation>
    </message>
    <message>
        <source>Team budgets</source>
        <translation>Teambudgets</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>Größte Veränderungen gegenüber %1</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>Im Zeitraum %2 hat niemand in %1 ein Modell genutzt.</translation>
    </message>
</context>
<context>
    <name>PeerComparisonPanel</name>
    <message>
        <source>Compared with your peers</source>
        <translation>Im Gruppenvergleich</translation>
    </message>
    <message>
        <source>Peer comparison</source>
        <translation>Gruppenvergleich</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Middle half (25th–75th)</source>
        <translation>Mittlere Hälfte (25.–75.)</translation>
    </message>
    <message>
        <source>Percentile: the share of the group spending less than you, with half of those spending the same. Nobody is named, and groups of fewer than 5 people are not shown.</source>
        <translation>Perzentil: der Anteil der Gruppe, der weniger ausgibt als Sie, plus die Hälfte derer, die gleich viel ausgeben. Niemand wird namentlich genannt, und Gruppen mit weniger als 5 Personen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Distribution of:</source>
        <translation>&amp;Verteilung für:</translation>
    </message>
    <message>
        <source>Group whose spend distribution is shown</source>
        <translation>Gruppe, deren Ausgabenverteilung angezeigt wird</translation>
    </message>
    <message>
        <source>Spend distribution of your peers</source>
        <translation>Ausgabenverteilung Ihrer Vergleichsgruppe</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Peer comparison is turned off for this organisation: an administrator can turn it on (ledger setting peer_comparison).</source>
        <translation>Der Gruppenvergleich ist für diese Organisation ausgeschaltet: Ein Admin kann ihn einschalten (Journal-Einstellung peer_comparison).</translation>
    </message>
    <message>
        <source>There is nobody to compare you with.</source>
        <translation>Es gibt niemanden, mit dem Sie verglichen werden können.</translation>
    </message>
    <message>
        <source>%1 (only you)</source>
        <translation>%1 (nur Sie)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n Person)</numerusform>
            <numerusform>%1 (%n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has only you: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>%1 besteht nur aus Ihnen: Gruppen mit weniger als 5 Personen werden nicht angezeigt, damit sich die Ausgaben Einzelner nicht aus den Zahlen ableiten lassen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n people: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>
            <numerusform>%1 hat nur %n Person: Gruppen mit weniger als 5 Personen werden nicht angezeigt, damit sich die Ausgaben Einzelner nicht aus den Zahlen ableiten lassen.</numerusform>
            <numerusform>%1 hat nur %n Personen: Gruppen mit weniger als 5 Personen werden nicht angezeigt, damit sich die Ausgaben Einzelner nicht aus den Zahlen ableiten lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: groups of fewer than 5 people stay private.</source>
        <translation>Nicht angezeigt: Gruppen mit weniger als 5 Personen bleiben privat.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n people: percentile %2, median %3, middle half %4 to %5</source>
        <translation>
            <numerusform>%1, %n Person: Perzentil %2, Median %3, mittlere Hälfte %4 bis %5</numerusform>
            <numerusform>%1, %n Personen: Perzentil %2, Median %3, mittlere Hälfte %4 bis %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Spend distribution of %1</source>
        <translation>Ausgabenverteilung für %1</translation>
    </message>
</context>
<context>
    <name>PeerDistributionChart</name>
    <message>
        <source>%1: you alone</source>
        <translation>%1: nur Sie</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people, you among them</source>
        <translation>
            <numerusform>%1: %n Person, Sie eingeschlossen</numerusform>
            <numerusform>%1: %n Personen, Sie eingeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 person</source>
        <translation>%1: 1 Person</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n Person</numerusform>
            <numerusform>%1: %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <source>Filter by name, email, team…</source>
        <translation>Nach Name, E-Mail, Team filtern…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>Nicht zugeordnete Identitäten</translation>
    </message>
    <message>
        <source>Usage under these identities belongs to nobody yet. Map them to people in the directory file&apos;s identities column.</source>
        <translation>Die Nutzung unter diesen Identitäten gehört noch niemandem. Ordnen Sie sie in der Spalte identities der Verzeichnisdatei Personen zu.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>Import the directory with “burnrate-cli people import FILE.csv” (email,name,team,manager,role,identities).</source>
        <translation>Importieren Sie das Personenverzeichnis mit „burnrate-cli people import FILE.csv“ (email,name,team,manager,role,identities).</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>PersonSpendModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>Top-Modell</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 % of %2 · %3</source>
        <translation>%1 % von %2 · %3</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Input /1 Mio.</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Output /1 Mio.</translation>
    </message>
    <message>
        <source>Cache write 5m /1M</source>
        <translation>Cache-Schreiben 5 min /1 Mio.</translation>
    </message>
    <message>
        <source>Cache write 1h /1M</source>
        <translation>Cache-Schreiben 1 h /1 Mio.</translation>
    </message>
    <message>
        <source>Cache read /1M</source>
        <translation>Cache-Lesen /1 Mio.</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>&gt; %1: %2 in, %3 out</source>
        <translation>&gt; %1: %2 Input, %3 Output</translation>
    </message>
    <message>
        <source>Once a request&apos;s prompt exceeds %1 tokens, the whole request is billed at the long-context rates.</source>
        <translation>Sobald der Prompt einer Anfrage %1 Tokens überschreitet, wird die gesamte Anfrage zu den Tarifen für langen Kontext abgerechnet.</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>Price table version</source>
        <translation>Version der Preistabelle</translation>
    </message>
    <message>
        <source>Filter by model or provider…</source>
        <translation>Nach Modell oder Anbieter filtern…</translation>
    </message>
    <message>
        <source>Filter prices</source>
        <translation>Preise filtern</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <source>Rates in US dollars per million tokens. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>Tarife in US-Dollar pro Million Tokens. Geschätzte Kosten beruhen auf diesen Tarifen; abgerechnete Kosten stammen von den Anbietern.</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <source>In force: the table shipped with Burnrate (%1)</source>
        <translation>Gültig: die mit Burnrate ausgelieferte Tabelle (%1)</translation>
    </message>
    <message>
        <source>In force: version %1, imported %2 from “%3” (%4)</source>
        <translation>Gültig: Version %1, importiert am %2 aus „%3“ (%4)</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>Keine Preise</translation>
    </message>
    <message>
        <source>The price table has no models.</source>
        <translation>Die Preistabelle enthält keine Modelle.</translation>
    </message>
    <message>
        <source>Rates per million tokens in %1, converted from the price table&apos;s US dollars at the rate in Settings. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>Tarife pro Million Tokens in %1, aus den US-Dollar der Preistabelle zum Kurs aus den Einstellungen umgerechnet. Geschätzte Kosten beruhen auf diesen Tarifen; abgerechnete Kosten stammen von den Anbietern.</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>no billed data</source>
        <translation>keine Abrechnungsdaten</translation>
    </message>
    <message>
        <source>Billed: what the provider charged, from its cost report for the whole account, plus usage the provider priced itself</source>
        <translation>Abgerechnet: was der Anbieter laut seinem Kostenbericht für das gesamte Konto berechnet hat, zuzüglich der Nutzung, die der Anbieter selbst bepreist hat</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with Burnrate&apos;s price table</source>
        <translation>Geschätzt: Token-Anzahlen, mit der Preistabelle von Burnrate bepreist</translation>
    </message>
    <message>
        <source>This source bills per request and has no account-level cost report to compare estimates with</source>
        <translation>Diese Quelle rechnet pro Anfrage ab und hat keinen Kostenbericht auf Kontoebene, mit dem sich Schätzungen vergleichen ließen</translation>
    </message>
    <message>
        <source>This source reports no billed costs for these days: there is nothing to compare the estimate with</source>
        <translation>Diese Quelle meldet für diese Tage keine abgerechneten Kosten: Es gibt nichts, womit sich die Schätzung vergleichen ließe</translation>
    </message>
    <message>
        <source>Billed minus estimated, on the days the provider&apos;s cost report covers (%1 billed, %2 estimated)</source>
        <translation>Abgerechnet minus geschätzt, an den Tagen, die der Kostenbericht des Anbieters abdeckt (%1 abgerechnet, %2 geschätzt)</translation>
    </message>
    <message>
        <source>Billed minus estimated: positive when the provider charged more than the estimate</source>
        <translation>Abgerechnet minus geschätzt: positiv, wenn der Anbieter mehr berechnet hat als geschätzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&amp;Show by:</source>
        <translation>Anzeigen &amp;nach:</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Anzeigen nach</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Reconciliation totals</source>
        <translation>Summen des Abgleichs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Billed and estimated spend</source>
        <translation>Abgerechnete und geschätzte Ausgaben</translation>
    </message>
    <message>
        <source>Billed is what providers charged: their cost reports for the whole account (OpenAI, Anthropic) and usage they priced themselves (OpenRouter, LiteLLM). Estimated is usage priced with the price table. The difference counts only the days a provider&apos;s cost report covers; billed costs fall on the day their bucket starts.</source>
        <translation>Abgerechnet ist, was die Anbieter berechnet haben: ihre Kostenberichte für das gesamte Konto (OpenAI, Anthropic) und die Nutzung, die sie selbst bepreist haben (OpenRouter, LiteLLM). Geschätzt ist die mit der Preistabelle bepreiste Nutzung. Die Differenz berücksichtigt nur die Tage, die der Kostenbericht eines Anbieters abdeckt; abgerechnete Kosten fallen auf den Tag, an dem ihr Abrechnungsintervall beginnt.</translation>
    </message>
    <message>
        <source>No billed or estimated spend in this period</source>
        <translation>Keine abgerechneten oder geschätzten Ausgaben in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Nothing was billed or estimated between %1. Provider sources with a cost report (OpenAI, Anthropic admin keys) add billed figures when polled.</source>
        <translation>Im Zeitraum %1 wurde nichts abgerechnet oder geschätzt. Anbieterquellen mit Kostenbericht (Admin-Schlüssel von OpenAI, Anthropic) liefern abgerechnete Werte, sobald sie abgefragt werden.</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · where providers report costs: %3 billed, %4 estimated, difference %5 · %6</source>
        <translation>Abgerechnet %1 · geschätzt %2 · wo Anbieter Kosten melden: %3 abgerechnet, %4 geschätzt, Differenz %5 · %6</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · difference %3 · %4</source>
        <translation>Abgerechnet %1 · geschätzt %2 · Differenz %3 · %4</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>Abgleich exportieren</translation>
    </message>
    <message>
        <source>reconciliation-%1.csv</source>
        <translation>reconciliation-%1.csv</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(kein Projekt)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(keine Sitzung)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost kind</source>
        <translation>Kostenart</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Who I am</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <source>Use the ledger&apos;s choice</source>
        <translation>Auswahl des Journals verwenden</translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Berichtszeitzone</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Datendatei:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>(nobody in the directory)</source>
        <translation>(niemand im Personenverzeichnis)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>The ledger names nobody as its user.</source>
        <translation>Das Journal nennt niemanden als Benutzer.</translation>
    </message>
    <message>
        <source>The ledger&apos;s choice: %1</source>
        <translation>Auswahl des Journals: %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Shown when Burnrate starts again.</source>
        <translation>Gilt ab dem nächsten Start von Burnrate.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Only when this computer&apos;s sources write, or on F5</source>
        <translation>Nur wenn die Quellen dieses Computers schreiben, oder mit F5</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>&amp;Read the ledger again:</source>
        <translation>&amp;Journal neu einlesen:</translation>
    </message>
    <message>
        <source>Tell me about my budget alerts with a desktop notification</source>
        <translation>Mich per Desktop-Benachrichtigung über meine Budgetalarme informieren</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Alerts also reach chat channels and other systems through webhooks, which an admin sets up with “burnrate-cli webhooks add --url URL”.</source>
        <translation>Alarme erreichen über Webhooks auch Chat-Kanäle und andere Systeme; ein Admin richtet sie mit „burnrate-cli webhooks add --url URL“ ein.</translation>
    </message>
    <message>
        <source>Show each employee how their spend compares with their peers (groups of 5 or more, nobody named)</source>
        <translation>Allen Mitarbeitenden zeigen, wie ihre Ausgaben im Vergleich zu ihrer Vergleichsgruppe liegen (Gruppen ab 5 Personen, niemand namentlich genannt)</translation>
    </message>
    <message>
        <source>Peer comparison:</source>
        <translation>Gruppenvergleich:</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch, for everyone.</source>
        <translation>Der Datenschutzschalter der Organisation, für alle.</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch (ledger setting “peer_comparison”), for everyone.</source>
        <translation>Der Datenschutzschalter der Organisation (Journal-Einstellung „peer_comparison“), für alle.</translation>
    </message>
    <message>
        <source>Who you are, the appearance, the language and the currency are kept in your own settings. The reporting time zone, which days are counted in, and the peer comparison switch are the ledger&apos;s, for everyone.</source>
        <translation>Wer Sie sind, Darstellung, Sprache und Währung werden in Ihren eigenen Einstellungen gespeichert. Die Berichtszeitzone, in der Tage gezählt werden, und der Schalter für den Gruppenvergleich gehören zum Journal und gelten für alle.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <source>Rate per US dollar</source>
        <translation>Kurs pro US-Dollar</translation>
    </message>
    <message>
        <source>How many units of the currency one US dollar buys.</source>
        <translation>Wie viele Einheiten der Währung ein US-Dollar kostet.</translation>
    </message>
    <message>
        <source>Rate per US &amp;dollar:</source>
        <translation>Kurs pro US-&amp;Dollar:</translation>
    </message>
    <message>
        <source>Amounts are converted from US dollars at this rate; budgets and the ledger stay in US dollars.</source>
        <translation>Beträge werden zu diesem Kurs aus US-Dollar umgerechnet; Budgets und das Journal bleiben in US-Dollar.</translation>
    </message>
    <message>
        <source>Enter how many %1 one US dollar buys.</source>
        <translation>Geben Sie ein, wie viele %1 ein US-Dollar kostet.</translation>
    </message>
    <message>
        <source>“%1” is not a rate: type a number such as %2.</source>
        <translation>„%1“ ist kein Kurs: Geben Sie eine Zahl wie %2 ein.</translation>
    </message>
    <message>
        <source>The rate must be above zero.</source>
        <translation>Der Kurs muss größer als null sein.</translation>
    </message>
    <message>
        <source>The rate can be at most %1 per US dollar.</source>
        <translation>Der Kurs darf höchstens %1 pro US-Dollar betragen.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>Recomputing days</source>
        <translation>Tage werden neu berechnet</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>Berichts&amp;zeitzone:</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days, reports and budgets count in, for everyone.</source>
        <translation>Der Kalender, in dem das Journal Tage, Berichte und Budgets zählt – für alle.</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days are counted in, for everyone (ledger setting “reporting_timezone”).</source>
        <translation>Der Kalender, in dem das Journal Tage zählt – für alle (Journal-Einstellung „reporting_timezone“).</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Burnrate knows: choose one from the list.</source>
        <translation>„%1“ ist keine Zeitzone, die Burnrate kennt: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Days are counted in %1 already.</source>
        <translation>Tage werden bereits in %1 gezählt.</translation>
    </message>
    <message>
        <source>Change the reporting time zone</source>
        <translation>Berichtszeitzone ändern</translation>
    </message>
    <message>
        <source>Count the days in %1 instead of %2?</source>
        <translation>Tage in %1 statt in %2 zählen?</translation>
    </message>
    <message>
        <source>Burnrate recomputes the day of every record in the ledger and rebuilds its daily totals. This may take a while on a large ledger. Reports, budgets and alerts count days in the new zone, for everyone.</source>
        <translation>Burnrate berechnet den Tag jedes Eintrags im Journal neu und baut seine Tagessummen neu auf. Bei einem großen Journal kann das eine Weile dauern. Berichte, Budgets und Alarme zählen die Tage danach für alle in der neuen Zeitzone.</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>A change of time zone is under way already.</source>
        <translation>Eine Änderung der Zeitzone läuft bereits.</translation>
    </message>
    <message>
        <source>Recomputing the day of every record in %1…</source>
        <translation>Der Tag jedes Eintrags wird in %1 neu berechnet…</translation>
    </message>
    <message>
        <source>Days are now counted in %1.</source>
        <translation>Tage werden jetzt in %1 gezählt.</translation>
    </message>
    <message>
        <source>The reporting time zone stays %1: %2</source>
        <translation>Die Berichtszeitzone bleibt %1: %2</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>Snooze for</source>
        <translation>Zurückstellen für</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>For &amp;4 hours</source>
        <translation>Für &amp;4 Stunden</translation>
    </message>
    <message>
        <source>For 1 &amp;day</source>
        <translation>Für 1 &amp;Tag</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>Für 1 &amp;Woche</translation>
    </message>
</context>
<context>
    <name>SourceAdministration</name>
    <message>
        <source>No source named “%1” is configured.</source>
        <translation>Es ist keine Quelle namens „%1“ konfiguriert.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of source Burnrate can poll.</source>
        <translation>„%1“ ist keine Quellenart, die Burnrate abfragen kann.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or control characters.</source>
        <translation>Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: use http://host:port or https://host/path.</source>
        <translation>„%1“ ist keine Webadresse: Verwenden Sie http://host:port oder https://host/path.</translation>
    </message>
    <message>
        <source>Enter the address of the proxy, e.g. http://litellm:4000.</source>
        <translation>Geben Sie die Adresse des Proxys ein, z. B. http://litellm:4000.</translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. http://gpu-box:8080.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. http://gpu-box:8080.</translation>
    </message>
    <message>
        <source>Poll every %1 seconds at the least and once a year at the most.</source>
        <translation>Das Abfrageintervall muss mindestens %1 Sekunden und höchstens ein Jahr betragen.</translation>
    </message>
    <message>
        <source>Read between 1 and %1 days of history.</source>
        <translation>Der einzulesende Verlauf muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not the name of an environment variable (letters, digits and _, not starting with a digit).</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <source>A model server takes no API key.</source>
        <translation>Ein Modellserver benötigt keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Enter either the API key or the environment variable that holds it, not both.</source>
        <translation>Geben Sie entweder den API-Schlüssel oder die Umgebungsvariable ein, die ihn enthält, nicht beides.</translation>
    </message>
    <message>
        <source>There is no keychain here to keep the key: put it in an environment variable and enter the variable&apos;s name instead.</source>
        <translation>Hier gibt es keinen Schlüsselbund zum Speichern des Schlüssels: Legen Sie ihn in einer Umgebungsvariable ab und geben Sie stattdessen deren Namen ein.</translation>
    </message>
    <message>
        <source>Enter the API key, or the name of an environment variable that holds it.</source>
        <translation>Geben Sie den API-Schlüssel ein oder den Namen einer Umgebungsvariable, die ihn enthält.</translation>
    </message>
    <message>
        <source>A source named “%1” exists already: choose another name.</source>
        <translation>Eine Quelle namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This source is no longer configured.</source>
        <translation>Diese Quelle ist nicht mehr konfiguriert.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1. Keep the key in an environment variable instead: enter the variable&apos;s name and leave the key empty.</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1. Legen Sie den Schlüssel stattdessen in einer Umgebungsvariable ab: Geben Sie den Namen der Variable ein und lassen Sie das Schlüsselfeld leer.</translation>
    </message>
    <message>
        <source>The source is removed, but its key could not be deleted from the system keychain (%1).</source>
        <translation>Die Quelle ist entfernt, aber ihr Schlüssel konnte nicht aus dem System-Schlüsselbund gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>Sources are not polled here.</source>
        <translation>Quellen werden hier nicht abgefragt.</translation>
    </message>
    <message>
        <source>“%1” is not polled: it is not configured.</source>
        <translation>„%1“ wird nicht abgefragt: Die Quelle ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Connected. New or changed records: %1.</source>
        <translation>Verbunden. Neue oder geänderte Datensätze: %1.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>e.g. OpenAI production, GPU box 1</source>
        <translation>z. B. OpenAI Produktion, GPU-Box 1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Environment variable holding the API key</source>
        <translation>Umgebungsvariable mit dem API-Schlüssel</translation>
    </message>
    <message>
        <source>Or environment &amp;variable:</source>
        <translation>Oder &amp;Umgebungsvariable:</translation>
    </message>
    <message>
        <source>An admin key of the organisation. Burnrate keeps it in the system keychain, never in its ledger. On a machine without a keychain, put it in an environment variable and enter the variable&apos;s name.</source>
        <translation>Ein Admin-Schlüssel der Organisation. Burnrate speichert ihn im System-Schlüsselbund, niemals im Journal. Legen Sie ihn auf einem Rechner ohne Schlüsselbund in einer Umgebungsvariable ab und geben Sie deren Namen ein.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Default (%1 days)</source>
        <translation>Standard (%1 Tage)</translation>
    </message>
    <message>
        <source>How much history the first poll reads.</source>
        <translation>Wie viel Verlauf die erste Abfrage einliest.</translation>
    </message>
    <message>
        <source>Days of history to read first</source>
        <translation>Anzahl der Tage Verlauf für die erste Abfrage</translation>
    </message>
    <message>
        <source>&amp;History to read:</source>
        <translation>Einzulesender &amp;Verlauf:</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini (optional)</source>
        <translation>z. B. gpt-4o-mini (optional)</translation>
    </message>
    <message>
        <source>A cloud model of the price table: Burnrate shows what this server&apos;s tokens would have cost there.</source>
        <translation>Ein Cloud-Modell aus der Preistabelle: Burnrate zeigt, was die Tokens dieses Servers dort gekostet hätten.</translation>
    </message>
    <message>
        <source>&amp;Reference model:</source>
        <translation>&amp;Referenzmodell:</translation>
    </message>
    <message>
        <source>As the server reports it (optional)</source>
        <translation>Wie vom Server gemeldet (optional)</translation>
    </message>
    <message>
        <source>&amp;Served model:</source>
        <translation>&amp;Bereitgestelltes Modell:</translation>
    </message>
    <message>
        <source>Whose usage it is, e.g. ana@example.com (optional)</source>
        <translation>Wessen Nutzung es ist, z. B. ana@example.com (optional)</translation>
    </message>
    <message>
        <source>P&amp;erson&apos;s email:</source>
        <translation>&amp;E-Mail der Person:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A source keeps its name: its key in the keychain is filed under it.</source>
        <translation>Eine Quelle behält ihren Namen: Ihr Schlüssel ist unter diesem Namen im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s own address.</source>
        <translation>Leer lassen für die Standardadresse des Anbieters.</translation>
    </message>
    <message>
        <source>The proxy&apos;s address, e.g. http://litellm:4000</source>
        <translation>Adresse des Proxys, z. B. http://litellm:4000</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. http://gpu-box:8080</source>
        <translation>Adresse des Servers, z. B. http://gpu-box:8080</translation>
    </message>
    <message>
        <source>The server, or its /metrics address.</source>
        <translation>Der Server oder seine /metrics-Adresse.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>No keychain here: use an environment variable</source>
        <translation>Kein Schlüsselbund vorhanden: Verwenden Sie eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Wird im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Last usage</source>
        <translation>Letzte Nutzung</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Usage sources</source>
        <translation>Nutzungsquellen</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Noch keine Quellen</translation>
    </message>
    <message>
        <source>Import local agent logs (above, or with “burnrate-cli import claude-code”) or connect a provider account above.</source>
        <translation>Importieren Sie lokale Agent-Logs (oben oder mit „burnrate-cli import claude-code“) oder verbinden Sie oben ein Anbieterkonto.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>StateStack</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the ledger</source>
        <translation>Das Journal konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Spend per person, by model</source>
        <translation>Ausgaben pro Person, nach Modell</translation>
    </message>
    <message>
        <source>Spend per person by model</source>
        <translation>Ausgaben pro Person nach Modell</translation>
    </message>
    <message>
        <source>Spend per person</source>
        <translation>Ausgaben pro Person</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Noch keine Teams</translation>
    </message>
    <message>
        <source>Import the people directory with “burnrate-cli people import FILE.csv” to see teams.</source>
        <translation>Importieren Sie das Personenverzeichnis mit „burnrate-cli people import FILE.csv“, um Teams zu sehen.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>Im Zeitraum %2 hat niemand in %1 ein Modell genutzt.</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>sonstige Modelle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Gesamtes Team</translation>
    </message>
    <message>
        <source>Team budget</source>
        <translation>Teambudget</translation>
    </message>
    <message>
        <source>Team budget burn-down</source>
        <translation>Restbudget des Teams im Zeitverlauf</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Größte Veränderungen</translation>
    </message>
    <message>
        <source>People (double-click for a person&apos;s breakdown)</source>
        <translation>Personen (Doppelklick für die Aufschlüsselung einer Person)</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>Größte Veränderungen gegenüber %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4) · %5 tokens · %6</source>
        <translation>%1 · %2 · %3 (%4) · %5 Tokens · %6</translation>
    </message>
    <message>
        <source>%1 has no budget of its own. Add one on the Budgets page.</source>
        <translation>%1 hat kein eigenes Budget. Fügen Sie auf der Seite „Budgets“ eines hinzu.</translation>
    </message>
    <message>
        <source>Team budget: %1, %2</source>
        <translation>Teambudget: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3 %) · %4</source>
        <translation>%1 von %2 verbraucht (%3 %) · %4</translation>
    </message>
    <message>
        <source> · forecast %1 by the period&apos;s end (%2)</source>
        <translation> · Prognose zum Zeitraumende: %1 (%2)</translation>
    </message>
    <message>
        <source> · the whole team&apos;s budget: the filters don&apos;t narrow it</source>
        <translation> · Budget des gesamten Teams: Die Filter schränken es nicht ein</translation>
    </message>
</context>
<context>
    <name>TeamSpendTreeModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Includes the teams nested below it</source>
        <translation>Einschließlich der darunterliegenden Unterteams</translation>
    </message>
</context>
<context>
    <name>ThemedChartView</name>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart as P&amp;DF…</source>
        <translation>Diagramm als P&amp;DF exportieren…</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <source>&amp;Open Burnrate</source>
        <translation>Burnrate ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>my spend this month %1 (%2)</source>
        <translation>meine Ausgaben in diesem Monat %1 (%2)</translation>
    </message>
    <message>
        <source>Burnrate: %1</source>
        <translation>Burnrate: %1</translation>
    </message>
    <message>
        <source>My budgets: %1 (%2, %3 % used)</source>
        <translation>Meine Budgets: %1 (%2, %3 % ausgeschöpft)</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation>Budgetalarm</translation>
    </message>
</context>
<context>
    <name>UnmatchedIdentityModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Provider says</source>
        <translation>Hinweis des Anbieters</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
</TS>
