<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgentLogsPanel</name>
    <message>
        <source>Agent logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage that coding agents on this computer record in their own logs, counted for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 logs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for new usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import new usage as soon as an agent writes it to its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logs found in the default locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 files, %2 new messages, %3 malformed lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Budget alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest budget alert addressed to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;lerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the budget %2 used: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out on %2: %3 of %4 used so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out before its period ends: %2 of %3 used so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % used: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out %1: %2 of %3 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out before the period ends: %1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the alert as seen: it leaves the banner and the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the alert from the banner and the tray for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the alert history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets warn here when their spend reaches a threshold or is projected to run out before the period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Where your organisation&apos;s LLM tokens and money go, person by person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file (default: BURNRATE_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a generated demo organisation (in its own ledger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of each page to the directory, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to show first: this-month, last-month, last-30-days, last-90-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark (default: as chosen in Settings, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme: %1 (system, light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ledger %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in the demo: its provider usage is generated, and nothing is polled. Start Burnrate without --demo to connect provider accounts and model servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected sources are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price table cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the demo organisation in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Add a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include its nested teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month the period starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month shorter than this starts on its last day (a period from the 31st starts on 30 April).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months start on day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages of the limit at which Burnrate warns, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn at (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft: warn only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: the limit must not be passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models, or e.g. claude-opus-4-1, gpt-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only m&amp;odels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources, or e.g. claude-code, openai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only so&amp;urces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team. The directory has none yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person. The directory has nobody yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole percentage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetsModel</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months start on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the limit is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the limit is reached before the period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested teams included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested teams not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the models %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sources %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the estimated and billed cost of the usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough usage history for a forecast yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the recent pace of %1 a day; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the limit is reached on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is already reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected to run out before the period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets in their current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each budget counts its own period in its own time zone, whatever period the window shows. The forecast follows the recent daily pace, with quieter weekends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budgets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one above, or with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets cannot be changed in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the budget %1? Its alert history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the budget %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed: the cost the provider reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated: token counts priced with the price table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpriced: no price is known for this usage, so it has no cost figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: %1 billed, %2 estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record unpriced, not included in the sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records unpriced, not included in the sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1$%2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1$%2k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1$%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1, cache write %2, cache read %3, output %4 (reasoning %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EfficiencyPanel</name>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache reads over every prompt token (uncached input, cache writes and cache reads). The saving prices the cache reads at the full input price instead, with the price table in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend on expensive models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expensive models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the expensive models&apos; work to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moving work would save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input tokens in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of input tokens were read from the cache, which saved %2 (estimated) against paying the full input price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the models you used that have a price cost about the same per output token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of your spend (%2, estimated) went to %3, the dearest third of your models by output price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expensive: among the models you used that have a price, those whose output price is in the top third of their range, from the cheapest plus two thirds of the way to the dearest (%1 per million output tokens in this period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a price, so in no dollar figure here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cheaper model of yours to move work to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved %3 in this period (estimated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have cost %3 more in this period (estimated): it reads input at a higher price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved nothing (estimated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is not a Burnrate ledger or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file was written by a newer Burnrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Burnrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Burnrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Burnrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Where an organisation&apos;s LLM tokens and money go, person by person and team by team.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;&lt;p&gt;Data file: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyUsagePage</name>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend over time, by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend over time by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My spend broken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My spend by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By s&amp;ession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My spend by session: which tasks cost most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage with “burnrate-cli import claude-code” and the people directory with “burnrate-cli people import FILE.csv”, or look around with “burnrate --demo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself under Settings to see your own usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with your peers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot work out the efficiency figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in · %2 cached · %3 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 % of spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-usage-by-model-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-usage-by-project-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-usage-by-session-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSourcesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key refused or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last poll failed: %1
Burnrate tries again after a pause that grows with each failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not polled until its key or settings change: edit the source, or press Test once the key is in place. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped until edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSourcesPanel</name>
    <message>
        <source>Connected sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider accounts and model servers that Burnrate asks for usage on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected sources cannot be managed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected source now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the selected source now and report what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop polling it and delete its key; its usage stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? Burnrate stops polling it and deletes its stored key. The usage it brought in stays in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”; its usage stays in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams (nested teams included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each team&apos;s own spend, by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per team by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total: %2 (%3) · %4 tokens · %5 requests · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the organisation used a model between %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerComparisonPanel</name>
    <message>
        <source>Compared with your peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle half (25th–75th)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile: the share of the group spending less than you, with half of those spending the same. Nobody is named, and groups of fewer than 5 people are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group whose spend distribution is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend distribution of your peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer comparison is turned off for this organisation: an administrator can turn it on (ledger setting peer_comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to compare you with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (only you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has only you: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n people: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: groups of fewer than 5 people stay private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n people: percentile %2, median %3, middle half %4 to %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerDistributionChart</name>
    <message>
        <source>%1: you alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people, you among them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>under $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, email, team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage under these identities belongs to nobody yet. Map them to people in the directory file&apos;s identities column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the directory with “burnrate-cli people import FILE.csv” (email,name,team,manager,role,identities).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSpendModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write 5m /1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write 1h /1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read /1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1: %2 in, %3 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a request&apos;s prompt exceeds %1 tokens, the whole request is billed at the long-context rates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>Price table version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by model or provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates in US dollars per million tokens. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the table shipped with Burnrate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: version %1, imported %2 from “%3” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price table has no models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no billed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed: what the provider charged, from its cost report for the whole account, plus usage the provider priced itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated: token counts priced with Burnrate&apos;s price table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source bills per request and has no account-level cost report to compare estimates with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source reports no billed costs for these days: there is nothing to compare the estimate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed minus estimated, on the days the provider&apos;s cost report covers (%1 billed, %2 estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed minus estimated: positive when the provider charged more than the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&amp;Show by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed and estimated spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed is what providers charged: their cost reports for the whole account (OpenAI, Anthropic) and usage they priced themselves (OpenRouter, LiteLLM). Estimated is usage priced with the price table. The difference counts only the days a provider&apos;s cost report covers; billed costs fall on the day their bucket starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No billed or estimated spend in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was billed or estimated between %1. Provider sources with a cost report (OpenAI, Anthropic admin keys) add billed figures when polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · where providers report costs: %3 billed, %4 estimated, difference %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · difference %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Who I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the ledger&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnrate opens the ledger read-only. Your choice of who you are is kept in your own settings; days are counted in the reporting time zone, which “burnrate-cli” sets for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger names nobody as its user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceAdministration</name>
    <message>
        <source>No source named “%1” is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of source Burnrate can poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: use http://host:port or https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the proxy, e.g. http://litellm:4000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. http://gpu-box:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every %1 seconds at the least and once a year at the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read between 1 and %1 days of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the name of an environment variable (letters, digits and _, not starting with a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model server takes no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter either the API key or the environment variable that holds it, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain here to keep the key: put it in an environment variable and enter the variable&apos;s name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key, or the name of an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named “%1” exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is no longer configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored: %1. Keep the key in an environment variable instead: enter the variable&apos;s name and leave the key empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is removed, but its key could not be deleted from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources are not polled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not polled: it is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. New or changed records: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OpenAI production, GPU box 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or environment &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin key of the organisation. Burnrate keeps it in the system keychain, never in its ledger. On a machine without a keychain, put it in an environment variable and enter the variable&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much history the first poll reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history to read first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History to read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud model of the price table: Burnrate shows what this server&apos;s tokens would have cost there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the server reports it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Served model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose usage it is, e.g. ana@example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson&apos;s email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source keeps its name: its key in the keychain is filed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s address, e.g. http://litellm:4000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. http://gpu-box:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, or its /metrics address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain here: use an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Usage sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import local agent logs (above, or with “burnrate-cli import claude-code”) or connect a provider account above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateStack</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per person, by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per person by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the people directory with “burnrate-cli people import FILE.csv” to see teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · %4 tokens · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSpendTreeModel</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes the teams nested below it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Burnrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Burnrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my spend this month %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnrate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My budgets: %1 (%2, %3 % used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmatchedIdentityModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
