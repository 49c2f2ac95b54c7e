<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgentLogsPanel</name>
    <message>
        <source>Agent logs</source>
        <translation>Journaux des agents</translation>
    </message>
    <message>
        <source>Usage that coding agents on this computer record in their own logs, counted for you.</source>
        <translation>La consommation que les agents de code de cet ordinateur enregistrent dans leurs propres journaux, comptabilisée pour vous.</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Pas encore importé</translation>
    </message>
    <message>
        <source>%1 import progress</source>
        <translation>Progression de l’importation de %1</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Importer maintenant</translation>
    </message>
    <message>
        <source>Import %1 logs now</source>
        <translation>Importer maintenant les journaux de %1</translation>
    </message>
    <message>
        <source>Watch for new usage</source>
        <translation>Surveiller la nouvelle consommation</translation>
    </message>
    <message>
        <source>Import new usage as soon as an agent writes it to its logs.</source>
        <translation>Importer la nouvelle consommation dès qu’un agent l’écrit dans ses journaux.</translation>
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
        <translation>Aucun journal trouvé aux emplacements par défaut</translation>
    </message>
    <message>
        <source>Read %1 files, %2 new messages, %3 malformed lines skipped</source>
        <translation>%1 fichiers lus, %2 nouveaux messages, %3 lignes mal formées ignorées</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’importation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Budget alert</source>
        <translation>Alerte de budget</translation>
    </message>
    <message>
        <source>The newest budget alert addressed to you</source>
        <translation>La dernière alerte de budget qui vous est adressée</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>A&amp;cquitter</translation>
    </message>
    <message>
        <source>Acknowledge this alert</source>
        <translation>Acquitter cette alerte</translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation>Rep&amp;orter</translation>
    </message>
    <message>
        <source>Snooze this alert</source>
        <translation>Reporter cette alerte</translation>
    </message>
    <message>
        <source>Show a&amp;lerts</source>
        <translation>Afficher les a&amp;lertes</translation>
    </message>
    <message>
        <source>Show all alerts</source>
        <translation>Afficher toutes les alertes</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 % of the budget %2 used: %3 of %4</source>
        <translation>%1&#xa0;% du budget %2 utilisés&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out on %2: %3 of %4 used so far</source>
        <translation>À ce rythme, le budget %1 sera épuisé le %2&#xa0;: %3 sur %4 utilisés jusqu’ici</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out before its period ends: %2 of %3 used so far</source>
        <translation>À ce rythme, le budget %1 sera épuisé avant la fin de sa période&#xa0;: %2 sur %3 utilisés jusqu’ici</translation>
    </message>
    <message>
        <source>%1 % used: %2 of %3</source>
        <translation>%1&#xa0;% utilisés&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Runs out %1: %2 of %3 used</source>
        <translation>Épuisé le %1&#xa0;: %2 sur %3 utilisés</translation>
    </message>
    <message>
        <source>Runs out before the period ends: %1 of %2 used</source>
        <translation>Épuisé avant la fin de la période&#xa0;: %1 sur %2 utilisés</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reportée jusqu’au %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Acquittée le %1</translation>
    </message>
    <message>
        <source>Period over</source>
        <translation>Période terminée</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
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
        <translation>Acq&amp;uitter</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Acquitter l’alerte sélectionnée</translation>
    </message>
    <message>
        <source>Mark the alert as seen: it leaves the banner and the tray.</source>
        <translation>Marquer l’alerte comme vue&#xa0;: elle disparaît du bandeau et de la zone de notification.</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Snooze the selected alert</source>
        <translation>Reporter l’alerte sélectionnée</translation>
    </message>
    <message>
        <source>Hide the alert from the banner and the tray for a while.</source>
        <translation>Masquer l’alerte du bandeau et de la zone de notification pendant un moment.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the alert history as CSV</source>
        <translation>Exporter l’historique des alertes en CSV</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Historique des alertes</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Aucune alerte pour l’instant</translation>
    </message>
    <message>
        <source>Budgets warn here when their spend reaches a threshold or is projected to run out before the period ends.</source>
        <translation>Les budgets émettent ici un avertissement lorsque leurs dépenses atteignent un seuil ou lorsque la prévision indique qu’ils seront épuisés avant la fin de la période.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Acquittée.</translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation>Reportée.</translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>Exporter l’historique des alertes</translation>
    </message>
    <message>
        <source>alerts-%1.csv</source>
        <translation>alerts-%1.csv</translation>
    </message>
    <message>
        <source>No alerts for %1</source>
        <translation>Aucune alerte pour %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n alert(s) is about this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>La seule alerte ne concerne pas cette équipe ou cette personne. Choisissez-en une autre dans la barre d’outils, ou retirez le filtre.</numerusform>
            <numerusform>Aucune des %n alertes ne concerne cette équipe ou cette personne. Choisissez-en une autre dans la barre d’outils, ou retirez le filtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Where your organisation&apos;s LLM tokens and money go, person by person.</source>
        <translation>Où vont les tokens LLM et l’argent de votre organisation, personne par personne.</translation>
    </message>
    <message>
        <source>The ledger file (default: BURNRATE_DB, else %1).</source>
        <translation>Le fichier du registre (par défaut&#xa0;: BURNRATE_DB, sinon %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Show a generated demo organisation (in its own ledger).</source>
        <translation>Afficher une organisation de démonstration générée (dans son propre registre).</translation>
    </message>
    <message>
        <source>Seed of the demo organisation.</source>
        <translation>Graine de l’organisation de démonstration.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Save a picture of each page to the directory, then quit.</source>
        <translation>Enregistrer une image de chaque page dans le dossier, puis quitter.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Period to show first: this-month, last-month, last-30-days, last-90-days.</source>
        <translation>Période affichée en premier&#xa0;: this-month, last-month, last-30-days, last-90-days.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>Clair ou sombre pour cette exécution&#xa0;: system, light ou dark (par défaut&#xa0;: le choix fait dans les Paramètres, sinon celui du système).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed attend un nombre</translation>
    </message>
    <message>
        <source>Unknown period: %1</source>
        <translation>Période inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown theme: %1 (system, light or dark)</source>
        <translation>Thème inconnu&#xa0;: %1 (system, light ou dark)</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1:
%2</source>
        <translation>Impossible d’ouvrir le registre %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>Captures d’écran enregistrées dans %1</translation>
    </message>
    <message>
        <source>Not available in the demo: its provider usage is generated, and nothing is polled. Start Burnrate without --demo to connect provider accounts and model servers.</source>
        <translation>Non disponible dans la démo&#xa0;: la consommation des fournisseurs y est générée et rien n’est interrogé. Lancez Burnrate sans --demo pour connecter des comptes de fournisseurs et des serveurs de modèles.</translation>
    </message>
    <message>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <source>Connected sources are not available: %1</source>
        <translation>Les sources connectées ne sont pas disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>the price table cannot be read (%1)</source>
        <translation>la grille tarifaire ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>Building the demo organisation…</source>
        <translation>Construction de l’organisation de démonstration…</translation>
    </message>
    <message>
        <source>Cannot build the demo organisation in %1:
%2</source>
        <translation>Impossible de construire l’organisation de démonstration dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Language for this run: system, en, de, fr, es or ja (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>Langue pour cette exécution&#xa0;: system, en, de, fr, es ou ja (par défaut&#xa0;: le choix fait dans les Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unknown language: %1 (system, en, de, fr, es or ja)</source>
        <translation>Langue inconnue&#xa0;: %1 (system, en, de, fr, es ou ja)</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: spend over time by model</source>
        <translation>%1&#xa0;: dépenses dans le temps par modèle</translation>
    </message>
    <message>
        <source>Spend broken down</source>
        <translation>Détail des dépenses</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>Par &amp;modèle</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Dépenses par modèle</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>Par &amp;source</translation>
    </message>
    <message>
        <source>Spend by source</source>
        <translation>Dépenses par source</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>Par pro&amp;jet</translation>
    </message>
    <message>
        <source>Spend by project</source>
        <translation>Dépenses par projet</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>Exporter le tableau affiché en CSV</translation>
    </message>
    <message>
        <source>%1: %2 (%3) · %4 tokens · %5 requests</source>
        <translation>%1&#xa0;: %2 (%3) · %4 tokens · %5 requêtes</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Aucune consommation sur cette période</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>Rien n’a été enregistré pour %1 sur la période %2.</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>autres modèles</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Add a budget</source>
        <translation>Ajouter un budget</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>Ajouter le budget</translation>
    </message>
    <message>
        <source>Edit the budget %1</source>
        <translation>Modifier le budget %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Une équipe</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>S’&amp;applique à&#xa0;:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Include its nested teams</source>
        <translation>&amp;Inclure ses sous-équipes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>Pe&amp;rsonne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the custom period</source>
        <translation>Premier jour de la période personnalisée</translation>
    </message>
    <message>
        <source>Last day of the custom period</source>
        <translation>Dernier jour de la période personnalisée</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>Début des &amp;semaines&#xa0;:</translation>
    </message>
    <message>
        <source>Day of the month the period starts on</source>
        <translation>Jour du mois où commence la période</translation>
    </message>
    <message>
        <source>A month shorter than this starts on its last day (a period from the 31st starts on 30 April).</source>
        <translation>Un mois plus court commence à son dernier jour (une période partant du 31 commence le 30 avril).</translation>
    </message>
    <message>
        <source>&amp;Months start on day:</source>
        <translation>Début des &amp;mois le jour&#xa0;:</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Limit unit</source>
        <translation>Unité de la limite</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <source>Thresholds in percent</source>
        <translation>Seuils en pourcentage</translation>
    </message>
    <message>
        <source>Percentages of the limit at which Burnrate warns, separated by commas.</source>
        <translation>Pourcentages de la limite auxquels Burnrate avertit, séparés par des virgules.</translation>
    </message>
    <message>
        <source>&amp;Warn at (%):</source>
        <translation>A&amp;vertir à (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Soft: warn only</source>
        <translation>Souple&#xa0;: avertir seulement</translation>
    </message>
    <message>
        <source>Hard: the limit must not be passed</source>
        <translation>Stricte&#xa0;: la limite ne doit pas être dépassée</translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation>&amp;Type de limite&#xa0;:</translation>
    </message>
    <message>
        <source>Only these models</source>
        <translation>Uniquement ces modèles</translation>
    </message>
    <message>
        <source>All models, or e.g. claude-opus-4-1, gpt-5</source>
        <translation>Tous les modèles, ou p. ex. claude-opus-4-1, gpt-5</translation>
    </message>
    <message>
        <source>Only m&amp;odels:</source>
        <translation>Uniquement les m&amp;odèles&#xa0;:</translation>
    </message>
    <message>
        <source>Only these sources</source>
        <translation>Uniquement ces sources</translation>
    </message>
    <message>
        <source>All sources, or e.g. claude-code, openai</source>
        <translation>Toutes les sources, ou p. ex. claude-code, openai</translation>
    </message>
    <message>
        <source>Only so&amp;urces:</source>
        <translation>Uniquement les so&amp;urces&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>e.g. 50000000</source>
        <translation>p. ex. 50000000</translation>
    </message>
    <message>
        <source>e.g. 2500</source>
        <translation>p. ex. 2500</translation>
    </message>
    <message>
        <source>Choose a team. The directory has none yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>Choisissez une équipe. L’annuaire n’en contient encore aucune&#xa0;: importez-le avec «&#xa0;burnrate-cli people import FILE.csv&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a person. The directory has nobody yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>Choisissez une personne. L’annuaire ne contient encore personne&#xa0;: importez-le avec «&#xa0;burnrate-cli people import FILE.csv&#xa0;».</translation>
    </message>
    <message>
        <source>Enter a limit.</source>
        <translation>Saisissez une limite.</translation>
    </message>
    <message>
        <source>“%1” is not a number of tokens.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de tokens.</translation>
    </message>
    <message>
        <source>“%1” is not a whole percentage.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage entier.</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>Dollars US (USD)</translation>
    </message>
    <message>
        <source>In US dollars (USD), although amounts are shown in %1: budgets stay in US dollars.</source>
        <translation>En dollars US (USD), bien que les montants soient affichés en %1&#xa0;: les budgets restent en dollars US.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in US dollars.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en dollars US.</translation>
    </message>
</context>
<context>
    <name>BudgetGauge</name>
    <message>
        <source>My budget</source>
        <translation>Mon budget</translation>
    </message>
    <message>
        <source>Share of my budget spent</source>
        <translation>Part de mon budget dépensée</translation>
    </message>
    <message>
        <source>No budget applies to you. A manager or admin sets one on the Budgets page.</source>
        <translation>Aucun budget ne s’applique à vous. Un responsable ou un administrateur en définit un sur la page Budgets.</translation>
    </message>
    <message>
        <source>My budget: %1 (%2), %3</source>
        <translation>Mon budget&#xa0;: %1 (%2), %3</translation>
    </message>
    <message>
        <source>my own</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %) · %4</source>
        <translation>%1 sur %2 (%3&#xa0;%) · %4</translation>
    </message>
    <message>
        <source>
Forecast for the period&apos;s end: %1 (%2; dashed line)</source>
        <translation>
Prévision en fin de période&#xa0;: %1 (%2&#xa0;; ligne en tirets)</translation>
    </message>
</context>
<context>
    <name>BudgetsModel</name>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Forecast at period end</source>
        <translation>Prévision en fin de période</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation>fiabilité nulle</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>fiabilité faible</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>fiabilité moyenne</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>fiabilité élevée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nulle</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>Fuseau horaire %1</translation>
    </message>
    <message>
        <source>Weeks start on %1</source>
        <translation>Les semaines commencent le %1</translation>
    </message>
    <message>
        <source>Months start on day %1</source>
        <translation>Les mois commencent le jour %1</translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation>Évaluation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The limit is reached</source>
        <translation>La limite est atteinte</translation>
    </message>
    <message>
        <source>%1 % of the limit is used</source>
        <translation>Limite utilisée à %1&#xa0;%</translation>
    </message>
    <message>
        <source>At this pace the limit is reached before the period ends</source>
        <translation>À ce rythme, la limite sera atteinte avant la fin de la période</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dans la limite</translation>
    </message>
    <message>
        <source>Nested teams included</source>
        <translation>Sous-équipes incluses</translation>
    </message>
    <message>
        <source>Nested teams not included</source>
        <translation>Sous-équipes non incluses</translation>
    </message>
    <message>
        <source>Only the models %1</source>
        <translation>Uniquement les modèles %1</translation>
    </message>
    <message>
        <source>Only the sources %1</source>
        <translation>Uniquement les sources %1</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Limite stricte</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Limite souple</translation>
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
        <translation>Comparée au coût estimé et facturé de la consommation</translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation>Limite dépassée de %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not enough usage history for a forecast yet</source>
        <translation>Pas encore assez d’historique de consommation pour une prévision</translation>
    </message>
    <message>
        <source>At the recent pace of %1 a day; %2</source>
        <translation>Au rythme récent de %1 par jour&#xa0;; %2</translation>
    </message>
    <message>
        <source>At this pace the limit is reached on %1 (%2)</source>
        <translation>À ce rythme, la limite sera atteinte le %1 (%2)</translation>
    </message>
    <message>
        <source>The limit is already reached</source>
        <translation>La limite est déjà atteinte</translation>
    </message>
    <message>
        <source>Not expected to run out before the period ends</source>
        <translation>Pas d’épuisement prévu avant la fin de la période</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a budget</source>
        <translation>Ajouter un budget</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected budget</source>
        <translation>Modifier le budget sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected budget</source>
        <translation>Supprimer le budget sélectionné</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Budgets in their current period</source>
        <translation>Budgets sur leur période en cours</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Each budget counts its own period in its own time zone, whatever period the window shows. The forecast follows the recent daily pace, with quieter weekends.</source>
        <translation>Chaque budget compte sa propre période dans son propre fuseau horaire, quelle que soit la période affichée par la fenêtre. La prévision suit le rythme quotidien récent, avec des week-ends plus calmes.</translation>
    </message>
    <message>
        <source>No budgets yet</source>
        <translation>Aucun budget pour l’instant</translation>
    </message>
    <message>
        <source>Add one above, or with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>Ajoutez-en un ci-dessus, ou avec «&#xa0;burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500&#xa0;».</translation>
    </message>
    <message>
        <source>Set one with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>Définissez-en un avec «&#xa0;burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500&#xa0;».</translation>
    </message>
    <message>
        <source>Budgets cannot be changed in this window.</source>
        <translation>Les budgets ne peuvent pas être modifiés dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Supprimer le budget</translation>
    </message>
    <message>
        <source>Remove the budget %1? Its alert history stays.</source>
        <translation>Supprimer le budget %1&#xa0;? Son historique d’alertes est conservé.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed the budget %1.</source>
        <translation>Budget %1 supprimé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>No budget for %1</source>
        <translation>Aucun budget pour %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n budget(s) is for this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>Le seul budget ne s’applique pas à cette équipe ou cette personne. Choisissez-en une autre dans la barre d’outils, ou retirez le filtre.</numerusform>
            <numerusform>Aucun des %n budgets ne s’applique à cette équipe ou cette personne. Choisissez-en une autre dans la barre d’outils, ou retirez le filtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <source>Even pace</source>
        <translation>Rythme régulier</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Could not start the PDF document.</source>
        <translation>Impossible de créer le document PDF.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>Période et filtres</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtre par équipe</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Perso&amp;nne&#xa0;:</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Filtre par personne</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Mo&amp;dèle&#xa0;:</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Filtre par modèle</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>So&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre par source</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>The %1 page is not narrowed by this filter.</source>
        <translation>Ce filtre ne s’applique pas à la page %1.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unpriced</source>
        <translation>non tarifé</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>facturé</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Aucune consommation</translation>
    </message>
    <message>
        <source>Billed: the cost the provider reported</source>
        <translation>Facturé&#xa0;: le coût indiqué par le fournisseur</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with the price table</source>
        <translation>Estimé&#xa0;: nombres de tokens valorisés avec la grille tarifaire</translation>
    </message>
    <message>
        <source>Unpriced: no price is known for this usage, so it has no cost figure</source>
        <translation>Non tarifé&#xa0;: aucun prix n’est connu pour cette consommation, elle n’a donc pas de coût chiffré</translation>
    </message>
    <message>
        <source>Mixed: %1 billed, %2 estimated</source>
        <translation>Mixte&#xa0;: %1 facturé, %2 estimé</translation>
    </message>
    <message>
        <source>1 record unpriced, not included in the sum</source>
        <translation>1 enregistrement non tarifé, non inclus dans la somme</translation>
    </message>
    <message>
        <source>%1 records unpriced, not included in the sum</source>
        <translation>%1 enregistrements non tarifés, non inclus dans la somme</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1&#xa0;Md</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1&#xa0;M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1&#xa0;k</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Input %1, cache write %2, cache read %3, output %4 (reasoning %5)</source>
        <translation>Entrée %1, écriture en cache %2, lecture du cache %3, sortie %4 (raisonnement %5)</translation>
    </message>
</context>
<context>
    <name>EfficiencyPanel</name>
    <message>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Efficiency (estimated)</source>
        <translation>Efficacité (estimée)</translation>
    </message>
    <message>
        <source>Cache reads</source>
        <translation>Lectures du cache</translation>
    </message>
    <message>
        <source>Cache reads over every prompt token (uncached input, cache writes and cache reads). The saving prices the cache reads at the full input price instead, with the price table in force.</source>
        <translation>Les lectures du cache rapportées à l’ensemble des tokens de prompt (entrée hors cache, écritures en cache et lectures du cache). L’économie valorise ces lectures au plein prix d’entrée, selon la grille tarifaire en vigueur.</translation>
    </message>
    <message>
        <source>Spend on expensive models</source>
        <translation>Dépenses en modèles coûteux</translation>
    </message>
    <message>
        <source>Expensive models</source>
        <translation>Modèles coûteux</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Share of the expensive models&apos; work to move</source>
        <translation>Part du travail des modèles coûteux à transférer</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>What moving work would save</source>
        <translation>Ce que le transfert de travail permettrait d’économiser</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>No input tokens in this period.</source>
        <translation>Aucun token d’entrée sur cette période.</translation>
    </message>
    <message>
        <source>%1 % of input tokens were read from the cache, which saved %2 (estimated) against paying the full input price.</source>
        <translation>%1&#xa0;% des tokens d’entrée ont été lus depuis le cache, ce qui a économisé %2 (estimé) par rapport au plein prix d’entrée.</translation>
    </message>
    <message>
        <source>None: the models you used that have a price cost about the same per output token.</source>
        <translation>Aucun&#xa0;: les modèles tarifés que vous avez utilisés coûtent à peu près la même chose par token de sortie.</translation>
    </message>
    <message>
        <source>%1 % of your spend (%2, estimated) went to %3, the dearest third of your models by output price.</source>
        <translation>%1&#xa0;% de vos dépenses (%2, estimé) sont allées à %3, le tiers le plus cher de vos modèles selon le prix de sortie.</translation>
    </message>
    <message>
        <source>Expensive: among the models you used that have a price, those whose output price is in the top third of their range, from the cheapest plus two thirds of the way to the dearest (%1 per million output tokens in this period).</source>
        <translation>Coûteux&#xa0;: parmi les modèles tarifés que vous avez utilisés, ceux dont le prix de sortie se situe dans le tiers supérieur de leur fourchette, c’est-à-dire à partir du moins cher plus les deux tiers de l’écart jusqu’au plus cher (%1 par million de tokens de sortie sur cette période).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No cheaper model of yours to move work to.</source>
        <translation>Aucun de vos modèles n’est moins cher pour y transférer du travail.</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved %3 in this period (estimated).</source>
        <translation>Transférer %1&#xa0;% de ce travail vers %2 aurait permis d’économiser %3 sur cette période (estimé).</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have cost %3 more in this period (estimated): it reads input at a higher price.</source>
        <translation>Transférer %1&#xa0;% de ce travail vers %2 aurait coûté %3 de plus sur cette période (estimé)&#xa0;: ce modèle facture l’entrée plus cher.</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved nothing (estimated).</source>
        <translation>Transférer %1&#xa0;% de ce travail vers %2 n’aurait rien fait économiser (estimé).</translation>
    </message>
    <message>
        <source>Without a price, so in no cost figure here: %1.</source>
        <translation>Sans prix, donc absents de tout montant ici&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation>Le fichier de données est illisible.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>La base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>The data file is not a Burnrate ledger or is damaged.</source>
        <translation>Le fichier de données n’est pas un registre Burnrate ou il est endommagé.</translation>
    </message>
    <message>
        <source>The data file was written by a newer Burnrate.</source>
        <translation>Le fichier de données a été écrit par une version plus récente de Burnrate.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
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
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>My usage</source>
        <translation>Ma consommation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
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
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Burnrate</source>
        <translation>À &amp;propos de Burnrate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>This takes a moment.</source>
        <translation>Cela prend un instant.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>About Burnrate</source>
        <translation>À propos de Burnrate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Where an organisation&apos;s LLM tokens and money go, person by person and team by team.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;&lt;p&gt;Data file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Où vont les tokens LLM et l’argent d’une organisation, personne par personne et équipe par équipe.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;/p&gt;&lt;p&gt;Fichier de données&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not start Burnrate again; please start it yourself.</source>
        <translation>Impossible de relancer Burnrate&#xa0;; veuillez le lancer vous-même.</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variation (%)</translation>
    </message>
    <message>
        <source>%1 in the period before, %2 in this one</source>
        <translation>%1 sur la période précédente, %2 sur celle-ci</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>MyUsagePage</name>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>Modèle principal</translation>
    </message>
    <message>
        <source>Spend over time by model</source>
        <translation>Dépenses dans le temps par modèle</translation>
    </message>
    <message>
        <source>My spend broken down</source>
        <translation>Détail de mes dépenses</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>Par &amp;modèle</translation>
    </message>
    <message>
        <source>My spend by model</source>
        <translation>Mes dépenses par modèle</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>Par pro&amp;jet</translation>
    </message>
    <message>
        <source>My spend by project</source>
        <translation>Mes dépenses par projet</translation>
    </message>
    <message>
        <source>By s&amp;ession</source>
        <translation>Par &amp;session</translation>
    </message>
    <message>
        <source>My spend by session: which tasks cost most</source>
        <translation>Mes dépenses par session&#xa0;: quelles tâches coûtent le plus</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>Exporter le tableau affiché en CSV</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>Aucune consommation pour l’instant</translation>
    </message>
    <message>
        <source>Import usage with “burnrate-cli import claude-code” and the people directory with “burnrate-cli people import FILE.csv”, or look around with “burnrate --demo”.</source>
        <translation>Importez la consommation avec «&#xa0;burnrate-cli import claude-code&#xa0;» et l’annuaire des personnes avec «&#xa0;burnrate-cli people import FILE.csv&#xa0;», ou faites un tour avec «&#xa0;burnrate --demo&#xa0;».</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Choose yourself under Settings to see your own usage.</source>
        <translation>Choisissez-vous dans les Paramètres pour voir votre propre consommation.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot compare with your peers: %1</source>
        <translation>Impossible de vous comparer à vos pairs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot work out the efficiency figures: %1</source>
        <translation>Impossible de calculer les indicateurs d’efficacité&#xa0;: %1</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Aucune consommation sur cette période</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>Rien n’a été enregistré pour %1 sur la période %2.</translation>
    </message>
    <message>
        <source>%1 in · %2 cached · %3 out</source>
        <translation>%1 en entrée · %2 en cache · %3 en sortie</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 par jour en moyenne</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 % of spend</source>
        <translation>%1 (%2) · %3&#xa0;% des dépenses</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>autres modèles</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>sem. %1</translation>
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
        <translation>Exporter ma consommation</translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation>Dépenses dans le temps</translation>
    </message>
    <message>
        <source>S&amp;tacked by:</source>
        <translation>Emp&amp;iler par&#xa0;:</translation>
    </message>
    <message>
        <source>Stack the bars by</source>
        <translation>Empiler les barres par</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>By so&amp;urce</source>
        <translation>Par s&amp;ource</translation>
    </message>
    <message>
        <source>My spend by source</source>
        <translation>Mes dépenses par source</translation>
    </message>
    <message>
        <source>other sources</source>
        <translation>autres sources</translation>
    </message>
    <message>
        <source>Spend over time by source</source>
        <translation>Dépenses dans le temps par source</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prochaine interrogation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
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
        <translation>Proxy LiteLLM</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>Serveur llama.cpp</translation>
    </message>
    <message>
        <source>vLLM server</source>
        <translation>Serveur vLLM</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation>En attente de la première interrogation</translation>
    </message>
    <message>
        <source>Failing, retrying</source>
        <translation>En échec, nouvelle tentative</translation>
    </message>
    <message>
        <source>Key refused or missing</source>
        <translation>Clé refusée ou manquante</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>The API key is read from %1.</source>
        <translation>La clé d’API est lue depuis %1.</translation>
    </message>
    <message>
        <source>The last poll failed: %1
Burnrate tries again after a pause that grows with each failure.</source>
        <translation>La dernière interrogation a échoué&#xa0;: %1
Burnrate réessaie après une pause qui s’allonge à chaque échec.</translation>
    </message>
    <message>
        <source>%1
Not polled until its key or settings change: edit the source, or press Test once the key is in place. %2</source>
        <translation>%1
Plus interrogée tant que sa clé ou ses paramètres ne changent pas&#xa0;: modifiez la source, ou appuyez sur Tester une fois la clé en place. %2</translation>
    </message>
    <message>
        <source>Stopped until edited</source>
        <translation>Arrêtée jusqu’à modification</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>NetworkSourcesPanel</name>
    <message>
        <source>Connected sources</source>
        <translation>Sources connectées</translation>
    </message>
    <message>
        <source>Provider accounts and model servers that Burnrate asks for usage on a schedule.</source>
        <translation>Comptes de fournisseurs et serveurs de modèles que Burnrate interroge régulièrement sur leur consommation.</translation>
    </message>
    <message>
        <source>Connected sources cannot be managed here.</source>
        <translation>Les sources connectées ne peuvent pas être gérées ici.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>Modifier la source sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test the selected source now</source>
        <translation>Tester maintenant la source sélectionnée</translation>
    </message>
    <message>
        <source>Poll the selected source now and report what happened.</source>
        <translation>Interroger maintenant la source sélectionnée et indiquer le résultat.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Supprimer la source sélectionnée</translation>
    </message>
    <message>
        <source>Stop polling it and delete its key; its usage stays.</source>
        <translation>Cesser de l’interroger et supprimer sa clé&#xa0;; sa consommation est conservée.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>Test de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Remove “%1”? Burnrate stops polling it and deletes its stored key. The usage it brought in stays in the ledger.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Burnrate cesse de l’interroger et supprime sa clé enregistrée. La consommation qu’elle a apportée reste dans le registre.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed “%1”; its usage stays in the ledger.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée&#xa0;; sa consommation reste dans le registre.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation total</source>
        <translation>Total de l’organisation</translation>
    </message>
    <message>
        <source>Spend per team</source>
        <translation>Dépenses par équipe</translation>
    </message>
    <message>
        <source>Each team&apos;s own spend, by model</source>
        <translation>Dépenses propres de chaque équipe, par modèle</translation>
    </message>
    <message>
        <source>Spend per team by model</source>
        <translation>Dépenses par équipe et par modèle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 total: %2 (%3) · %4 tokens · %5 requests · %6</source>
        <translation>%1 · total&#xa0;: %2 (%3) · %4 tokens · %5 requêtes · %6</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Aucune consommation sur cette période</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>autres modèles</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sans équipe)</translation>
    </message>
    <message>
        <source>Teams, nested teams included (double-click for a breakdown)</source>
        <translation>Équipes, sous-équipes incluses (double-cliquez pour le détail)</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Plus fortes variations</translation>
    </message>
    <message>
        <source>Top movers by team</source>
        <translation>Plus fortes variations par équipe</translation>
    </message>
    <message>
        <source>Team budgets</source>
        <translation>Budgets des équipes</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>Plus fortes variations par rapport à la période %1</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>Personne dans %1 n’a utilisé de modèle sur la période %2.</translation>
    </message>
</context>
<context>
    <name>PeerComparisonPanel</name>
    <message>
        <source>Compared with your peers</source>
        <translation>Comparaison avec vos pairs</translation>
    </message>
    <message>
        <source>Peer comparison</source>
        <translation>Comparaison entre pairs</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Centile</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Middle half (25th–75th)</source>
        <translation>Moitié centrale (25e–75e)</translation>
    </message>
    <message>
        <source>Percentile: the share of the group spending less than you, with half of those spending the same. Nobody is named, and groups of fewer than 5 people are not shown.</source>
        <translation>Centile&#xa0;: la part du groupe qui dépense moins que vous, plus la moitié de ceux qui dépensent autant. Personne n’est nommé, et les groupes de moins de 5 personnes ne sont pas affichés.</translation>
    </message>
    <message>
        <source>&amp;Distribution of:</source>
        <translation>&amp;Répartition de&#xa0;:</translation>
    </message>
    <message>
        <source>Group whose spend distribution is shown</source>
        <translation>Groupe dont la répartition des dépenses est affichée</translation>
    </message>
    <message>
        <source>Spend distribution of your peers</source>
        <translation>Répartition des dépenses de vos pairs</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Peer comparison is turned off for this organisation: an administrator can turn it on (ledger setting peer_comparison).</source>
        <translation>La comparaison entre pairs est désactivée pour cette organisation&#xa0;: un administrateur peut l’activer (paramètre du registre peer_comparison).</translation>
    </message>
    <message>
        <source>There is nobody to compare you with.</source>
        <translation>Il n’y a personne à qui vous comparer.</translation>
    </message>
    <message>
        <source>%1 (only you)</source>
        <translation>%1 (vous uniquement)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n personne)</numerusform>
            <numerusform>%1 (%n personnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has only you: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>%1 ne compte que vous&#xa0;: les groupes de moins de 5 personnes ne sont pas affichés, afin que les chiffres ne révèlent les dépenses de personne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n people: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>
            <numerusform>%1 ne compte que %n personne&#xa0;: les groupes de moins de 5 personnes ne sont pas affichés, afin que les chiffres ne révèlent les dépenses de personne.</numerusform>
            <numerusform>%1 ne compte que %n personnes&#xa0;: les groupes de moins de 5 personnes ne sont pas affichés, afin que les chiffres ne révèlent les dépenses de personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: groups of fewer than 5 people stay private.</source>
        <translation>Non affiché&#xa0;: les groupes de moins de 5 personnes restent confidentiels.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n people: percentile %2, median %3, middle half %4 to %5</source>
        <translation>
            <numerusform>%1, %n personne&#xa0;: centile %2, médiane %3, moitié centrale de %4 à %5</numerusform>
            <numerusform>%1, %n personnes&#xa0;: centile %2, médiane %3, moitié centrale de %4 à %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Spend distribution of %1</source>
        <translation>Répartition des dépenses&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PeerDistributionChart</name>
    <message>
        <source>%1: you alone</source>
        <translation>%1&#xa0;: vous uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people, you among them</source>
        <translation>
            <numerusform>%1&#xa0;: %n personne, dont vous</numerusform>
            <numerusform>%1&#xa0;: %n personnes, dont vous</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 person</source>
        <translation>%1&#xa0;: 1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1&#xa0;: %n personne</numerusform>
            <numerusform>%1&#xa0;: %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Filter by name, email, team…</source>
        <translation>Filtrer par nom, e-mail, équipe…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>Identités non associées</translation>
    </message>
    <message>
        <source>Usage under these identities belongs to nobody yet. Map them to people in the directory file&apos;s identities column.</source>
        <translation>La consommation enregistrée sous ces identités n’appartient encore à personne. Associez-les à des personnes dans la colonne identities du fichier d’annuaire.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Aucune personne pour l’instant</translation>
    </message>
    <message>
        <source>Import the directory with “burnrate-cli people import FILE.csv” (email,name,team,manager,role,identities).</source>
        <translation>Importez l’annuaire avec «&#xa0;burnrate-cli people import FILE.csv&#xa0;» (email,name,team,manager,role,identities).</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Les 90 derniers jours</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>équipe %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>Modèle principal</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 % of %2 · %3</source>
        <translation>%1&#xa0;% de %2 · %3</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Entrée /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Sortie /1M</translation>
    </message>
    <message>
        <source>Cache write 5m /1M</source>
        <translation>Écriture cache 5 min /1M</translation>
    </message>
    <message>
        <source>Cache write 1h /1M</source>
        <translation>Écriture cache 1 h /1M</translation>
    </message>
    <message>
        <source>Cache read /1M</source>
        <translation>Lecture cache /1M</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Contexte long</translation>
    </message>
    <message>
        <source>&gt; %1: %2 in, %3 out</source>
        <translation>&gt; %1&#xa0;: %2 en entrée, %3 en sortie</translation>
    </message>
    <message>
        <source>Once a request&apos;s prompt exceeds %1 tokens, the whole request is billed at the long-context rates.</source>
        <translation>Dès que le prompt d’une requête dépasse %1 tokens, toute la requête est facturée aux tarifs de contexte long.</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>Price table version</source>
        <translation>Version de la grille tarifaire</translation>
    </message>
    <message>
        <source>Filter by model or provider…</source>
        <translation>Filtrer par modèle ou fournisseur…</translation>
    </message>
    <message>
        <source>Filter prices</source>
        <translation>Filtrer les prix</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Prix des modèles</translation>
    </message>
    <message>
        <source>Rates in US dollars per million tokens. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>Tarifs en dollars US par million de tokens. Les coûts estimés utilisent ces tarifs&#xa0;; les coûts facturés proviennent des fournisseurs.</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modèle</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 modèles</translation>
    </message>
    <message>
        <source>In force: the table shipped with Burnrate (%1)</source>
        <translation>En vigueur&#xa0;: la grille fournie avec Burnrate (%1)</translation>
    </message>
    <message>
        <source>In force: version %1, imported %2 from “%3” (%4)</source>
        <translation>En vigueur&#xa0;: version %1, importée le %2 depuis «&#xa0;%3&#xa0;» (%4)</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>Aucun prix</translation>
    </message>
    <message>
        <source>The price table has no models.</source>
        <translation>La grille tarifaire ne contient aucun modèle.</translation>
    </message>
    <message>
        <source>Rates per million tokens in %1, converted from the price table&apos;s US dollars at the rate in Settings. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>Tarifs par million de tokens en %1, convertis depuis les dollars US de la table de prix au taux des paramètres. Les coûts estimés utilisent ces tarifs&#xa0;; les coûts facturés proviennent des fournisseurs.</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>no billed data</source>
        <translation>aucune donnée facturée</translation>
    </message>
    <message>
        <source>Billed: what the provider charged, from its cost report for the whole account, plus usage the provider priced itself</source>
        <translation>Facturé&#xa0;: ce que le fournisseur a facturé, d’après son rapport de coûts pour l’ensemble du compte, plus la consommation que le fournisseur a lui-même tarifée</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with Burnrate&apos;s price table</source>
        <translation>Estimé&#xa0;: nombres de tokens valorisés avec la grille tarifaire de Burnrate</translation>
    </message>
    <message>
        <source>This source bills per request and has no account-level cost report to compare estimates with</source>
        <translation>Cette source facture à la requête et n’a pas de rapport de coûts au niveau du compte auquel comparer les estimations</translation>
    </message>
    <message>
        <source>This source reports no billed costs for these days: there is nothing to compare the estimate with</source>
        <translation>Cette source n’indique aucun coût facturé pour ces jours&#xa0;: il n’y a rien à quoi comparer l’estimation</translation>
    </message>
    <message>
        <source>Billed minus estimated, on the days the provider&apos;s cost report covers (%1 billed, %2 estimated)</source>
        <translation>Facturé moins estimé, sur les jours couverts par le rapport de coûts du fournisseur (%1 facturé, %2 estimé)</translation>
    </message>
    <message>
        <source>Billed minus estimated: positive when the provider charged more than the estimate</source>
        <translation>Facturé moins estimé&#xa0;: positif quand le fournisseur a facturé plus que l’estimation</translation>
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
        <translation>&amp;Grouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Reconciliation totals</source>
        <translation>Totaux du rapprochement</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Billed and estimated spend</source>
        <translation>Dépenses facturées et estimées</translation>
    </message>
    <message>
        <source>Billed is what providers charged: their cost reports for the whole account (OpenAI, Anthropic) and usage they priced themselves (OpenRouter, LiteLLM). Estimated is usage priced with the price table. The difference counts only the days a provider&apos;s cost report covers; billed costs fall on the day their bucket starts.</source>
        <translation>Facturé&#xa0;: ce que les fournisseurs ont facturé, c’est-à-dire leurs rapports de coûts pour l’ensemble du compte (OpenAI, Anthropic) et la consommation qu’ils ont eux-mêmes tarifée (OpenRouter, LiteLLM). Estimé&#xa0;: la consommation valorisée avec la grille tarifaire. L’écart ne porte que sur les jours couverts par le rapport de coûts d’un fournisseur&#xa0;; les coûts facturés sont comptés le jour où commence leur tranche.</translation>
    </message>
    <message>
        <source>No billed or estimated spend in this period</source>
        <translation>Aucune dépense facturée ou estimée sur cette période</translation>
    </message>
    <message>
        <source>Nothing was billed or estimated between %1. Provider sources with a cost report (OpenAI, Anthropic admin keys) add billed figures when polled.</source>
        <translation>Rien n’a été facturé ni estimé sur la période %1. Les sources de fournisseurs dotées d’un rapport de coûts (clés d’administration OpenAI, Anthropic) ajoutent des montants facturés lorsqu’elles sont interrogées.</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · where providers report costs: %3 billed, %4 estimated, difference %5 · %6</source>
        <translation>Facturé %1 · estimé %2 · là où les fournisseurs indiquent leurs coûts&#xa0;: %3 facturé, %4 estimé, écart %5 · %6</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · difference %3 · %4</source>
        <translation>Facturé %1 · estimé %2 · écart %3 · %4</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>Exporter le rapprochement</translation>
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
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sans équipe)</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(sans projet)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(sans session)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cost kind</source>
        <translation>Type de coût</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>la variable d’environnement %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Who I am</source>
        <translation>Qui je suis</translation>
    </message>
    <message>
        <source>Use the ledger&apos;s choice</source>
        <translation>Utiliser le choix du registre</translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation>&amp;Qui je suis&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Appa&amp;rence&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Fuseau horaire des rapports</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Fichier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>(nobody in the directory)</source>
        <translation>(personne dans l’annuaire)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>The ledger names nobody as its user.</source>
        <translation>Le registre ne désigne personne comme son utilisateur.</translation>
    </message>
    <message>
        <source>The ledger&apos;s choice: %1</source>
        <translation>Choix du registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Shown when Burnrate starts again.</source>
        <translation>Prise en compte au prochain démarrage de Burnrate.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Redémarrer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Only when this computer&apos;s sources write, or on F5</source>
        <translation>Seulement quand les sources de cet ordinateur écrivent, ou avec F5</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
    <message>
        <source>&amp;Read the ledger again:</source>
        <translation>Rel&amp;ire le registre&#xa0;:</translation>
    </message>
    <message>
        <source>Tell me about my budget alerts with a desktop notification</source>
        <translation>M’avertir de mes alertes de budget par une notification sur le bureau</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications&#xa0;:</translation>
    </message>
    <message>
        <source>Alerts also reach chat channels and other systems through webhooks, which an admin sets up with “burnrate-cli webhooks add --url URL”.</source>
        <translation>Les alertes parviennent aussi aux canaux de discussion et à d’autres systèmes par des webhooks, qu’un administrateur configure avec «&#xa0;burnrate-cli webhooks add --url URL&#xa0;».</translation>
    </message>
    <message>
        <source>Show each employee how their spend compares with their peers (groups of 5 or more, nobody named)</source>
        <translation>Montrer à chaque employé comment ses dépenses se situent par rapport à celles de ses pairs (groupes de 5 personnes ou plus, personne n’est nommé)</translation>
    </message>
    <message>
        <source>Peer comparison:</source>
        <translation>Comparaison entre pairs&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch, for everyone.</source>
        <translation>Le réglage de confidentialité de l’organisation, pour tout le monde.</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch (ledger setting “peer_comparison”), for everyone.</source>
        <translation>Le réglage de confidentialité de l’organisation (paramètre du registre «&#xa0;peer_comparison&#xa0;»), pour tout le monde.</translation>
    </message>
    <message>
        <source>Who you are, the appearance, the language and the currency are kept in your own settings. The reporting time zone, which days are counted in, and the peer comparison switch are the ledger&apos;s, for everyone.</source>
        <translation>Votre identité, l’apparence, la langue et la devise sont conservées dans vos propres paramètres. Le fuseau horaire des rapports, dans lequel les jours sont comptés, et l’interrupteur de comparaison entre pairs appartiennent au registre, pour tout le monde.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Rate per US dollar</source>
        <translation>Taux pour un dollar US</translation>
    </message>
    <message>
        <source>How many units of the currency one US dollar buys.</source>
        <translation>Combien d’unités de la devise vaut un dollar US.</translation>
    </message>
    <message>
        <source>Rate per US &amp;dollar:</source>
        <translation>Taux pour un &amp;dollar US&#xa0;:</translation>
    </message>
    <message>
        <source>Amounts are converted from US dollars at this rate; budgets and the ledger stay in US dollars.</source>
        <translation>Les montants sont convertis depuis le dollar US à ce taux&#xa0;; les budgets et le registre restent en dollars US.</translation>
    </message>
    <message>
        <source>Enter how many %1 one US dollar buys.</source>
        <translation>Indiquez combien de %1 vaut un dollar US.</translation>
    </message>
    <message>
        <source>“%1” is not a rate: type a number such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux&#xa0;: saisissez un nombre comme %2.</translation>
    </message>
    <message>
        <source>The rate must be above zero.</source>
        <translation>Le taux doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The rate can be at most %1 per US dollar.</source>
        <translation>Le taux ne peut pas dépasser %1 pour un dollar US.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Recomputing days</source>
        <translation>Recalcul des jours</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>Fu&amp;seau horaire des rapports&#xa0;:</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days, reports and budgets count in, for everyone.</source>
        <translation>Le calendrier dans lequel le registre compte les jours, les rapports et les budgets, pour tout le monde.</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days are counted in, for everyone (ledger setting “reporting_timezone”).</source>
        <translation>Le calendrier dans lequel le registre compte les jours, pour tout le monde (paramètre du registre «&#xa0;reporting_timezone&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Burnrate knows: choose one from the list.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire que Burnrate connaît&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Days are counted in %1 already.</source>
        <translation>Les jours sont déjà comptés en %1.</translation>
    </message>
    <message>
        <source>Change the reporting time zone</source>
        <translation>Changer le fuseau horaire des rapports</translation>
    </message>
    <message>
        <source>Count the days in %1 instead of %2?</source>
        <translation>Compter les jours en %1 au lieu de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Burnrate recomputes the day of every record in the ledger and rebuilds its daily totals. This may take a while on a large ledger. Reports, budgets and alerts count days in the new zone, for everyone.</source>
        <translation>Burnrate recalcule le jour de chaque enregistrement du registre et reconstruit ses totaux quotidiens. Cela peut prendre un moment sur un grand registre. Les rapports, les budgets et les alertes comptent ensuite les jours dans le nouveau fuseau, pour tout le monde.</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Changer de fuseau</translation>
    </message>
    <message>
        <source>A change of time zone is under way already.</source>
        <translation>Un changement de fuseau horaire est déjà en cours.</translation>
    </message>
    <message>
        <source>Recomputing the day of every record in %1…</source>
        <translation>Recalcul du jour de chaque enregistrement en %1…</translation>
    </message>
    <message>
        <source>Days are now counted in %1.</source>
        <translation>Les jours sont désormais comptés en %1.</translation>
    </message>
    <message>
        <source>The reporting time zone stays %1: %2</source>
        <translation>Le fuseau horaire des rapports reste %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>Snooze for</source>
        <translation>Reporter pendant</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>For &amp;4 hours</source>
        <translation>Pendant &amp;4 heures</translation>
    </message>
    <message>
        <source>For 1 &amp;day</source>
        <translation>Pendant 1 &amp;jour</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>Pendant 1 &amp;semaine</translation>
    </message>
</context>
<context>
    <name>SourceAdministration</name>
    <message>
        <source>No source named “%1” is configured.</source>
        <translation>Aucune source nommée «&#xa0;%1&#xa0;» n’est configurée.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of source Burnrate can poll.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de source que Burnrate peut interroger.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>Limitez le nom à %1 caractères.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or control characters.</source>
        <translation>Le nom ne peut contenir ni saut de ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: use http://host:port or https://host/path.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: utilisez http://hôte:port ou https://hôte/chemin.</translation>
    </message>
    <message>
        <source>Enter the address of the proxy, e.g. http://litellm:4000.</source>
        <translation>Saisissez l’adresse du proxy, p. ex. http://litellm:4000.</translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. http://gpu-box:8080.</source>
        <translation>Saisissez l’adresse du serveur, p. ex. http://gpu-box:8080.</translation>
    </message>
    <message>
        <source>Poll every %1 seconds at the least and once a year at the most.</source>
        <translation>Interrogez au plus souvent toutes les %1 secondes et au moins une fois par an.</translation>
    </message>
    <message>
        <source>Read between 1 and %1 days of history.</source>
        <translation>Lisez entre 1 et %1 jours d’historique.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not the name of an environment variable (letters, digits and _, not starting with a digit).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable d’environnement (lettres, chiffres et _, sans commencer par un chiffre).</translation>
    </message>
    <message>
        <source>A model server takes no API key.</source>
        <translation>Un serveur de modèles ne prend pas de clé d’API.</translation>
    </message>
    <message>
        <source>Enter either the API key or the environment variable that holds it, not both.</source>
        <translation>Saisissez soit la clé d’API, soit la variable d’environnement qui la contient, pas les deux.</translation>
    </message>
    <message>
        <source>There is no keychain here to keep the key: put it in an environment variable and enter the variable&apos;s name instead.</source>
        <translation>Aucun trousseau n’est disponible ici pour conserver la clé&#xa0;: placez-la dans une variable d’environnement et saisissez plutôt le nom de la variable.</translation>
    </message>
    <message>
        <source>Enter the API key, or the name of an environment variable that holds it.</source>
        <translation>Saisissez la clé d’API, ou le nom d’une variable d’environnement qui la contient.</translation>
    </message>
    <message>
        <source>A source named “%1” exists already: choose another name.</source>
        <translation>Une source nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This source is no longer configured.</source>
        <translation>Cette source n’est plus configurée.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1. Keep the key in an environment variable instead: enter the variable&apos;s name and leave the key empty.</source>
        <translation>La clé n’a pas pu être enregistrée&#xa0;: %1. Conservez plutôt la clé dans une variable d’environnement&#xa0;: saisissez le nom de la variable et laissez la clé vide.</translation>
    </message>
    <message>
        <source>The source is removed, but its key could not be deleted from the system keychain (%1).</source>
        <translation>La source est supprimée, mais sa clé n’a pas pu être effacée du trousseau du système (%1).</translation>
    </message>
    <message>
        <source>Sources are not polled here.</source>
        <translation>Les sources ne sont pas interrogées ici.</translation>
    </message>
    <message>
        <source>“%1” is not polled: it is not configured.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas interrogée&#xa0;: elle n’est pas configurée.</translation>
    </message>
    <message>
        <source>Connected. New or changed records: %1.</source>
        <translation>Connectée. Enregistrements nouveaux ou modifiés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>every %1 s</source>
        <translation>toutes les %1&#xa0;s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>toutes les %1&#xa0;min</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter la source</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. OpenAI production, GPU box 1</source>
        <translation>p. ex. OpenAI production, serveur GPU 1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Environment variable holding the API key</source>
        <translation>Variable d’environnement contenant la clé d’API</translation>
    </message>
    <message>
        <source>Or environment &amp;variable:</source>
        <translation>Ou &amp;variable d’environnement&#xa0;:</translation>
    </message>
    <message>
        <source>An admin key of the organisation. Burnrate keeps it in the system keychain, never in its ledger. On a machine without a keychain, put it in an environment variable and enter the variable&apos;s name.</source>
        <translation>Une clé d’administration de l’organisation. Burnrate la conserve dans le trousseau du système, jamais dans son registre. Sur une machine sans trousseau, placez-la dans une variable d’environnement et saisissez le nom de la variable.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d’interrogation en secondes</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Interroger toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Default (%1 days)</source>
        <translation>Par défaut (%1 jours)</translation>
    </message>
    <message>
        <source>How much history the first poll reads.</source>
        <translation>Quantité d’historique lue par la première interrogation.</translation>
    </message>
    <message>
        <source>Days of history to read first</source>
        <translation>Jours d’historique à lire au départ</translation>
    </message>
    <message>
        <source>&amp;History to read:</source>
        <translation>&amp;Historique à lire&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini (optional)</source>
        <translation>p. ex. gpt-4o-mini (facultatif)</translation>
    </message>
    <message>
        <source>A cloud model of the price table: Burnrate shows what this server&apos;s tokens would have cost there.</source>
        <translation>Un modèle cloud de la grille tarifaire&#xa0;: Burnrate indique ce que les tokens de ce serveur y auraient coûté.</translation>
    </message>
    <message>
        <source>&amp;Reference model:</source>
        <translation>Modèle de &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <source>As the server reports it (optional)</source>
        <translation>Tel que le serveur l’indique (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Served model:</source>
        <translation>Modèle &amp;servi&#xa0;:</translation>
    </message>
    <message>
        <source>Whose usage it is, e.g. ana@example.com (optional)</source>
        <translation>À qui appartient la consommation, p. ex. ana@example.com (facultatif)</translation>
    </message>
    <message>
        <source>P&amp;erson&apos;s email:</source>
        <translation>&amp;E-mail de la personne&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>A source keeps its name: its key in the keychain is filed under it.</source>
        <translation>Une source garde son nom&#xa0;: sa clé est rangée sous ce nom dans le trousseau.</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s own address.</source>
        <translation>Laisser vide pour l’adresse du fournisseur.</translation>
    </message>
    <message>
        <source>The proxy&apos;s address, e.g. http://litellm:4000</source>
        <translation>L’adresse du proxy, p. ex. http://litellm:4000</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. http://gpu-box:8080</source>
        <translation>L’adresse du serveur, p. ex. http://gpu-box:8080</translation>
    </message>
    <message>
        <source>The server, or its /metrics address.</source>
        <translation>Le serveur, ou son adresse /metrics.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>No keychain here: use an environment variable</source>
        <translation>Pas de trousseau ici&#xa0;: utilisez une variable d’environnement</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Laisser vide pour conserver la clé enregistrée</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Last usage</source>
        <translation>Dernière consommation</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Usage sources</source>
        <translation>Sources de consommation</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Aucune source pour l’instant</translation>
    </message>
    <message>
        <source>Import local agent logs (above, or with “burnrate-cli import claude-code”) or connect a provider account above.</source>
        <translation>Importez les journaux des agents locaux (ci-dessus, ou avec «&#xa0;burnrate-cli import claude-code&#xa0;») ou connectez un compte de fournisseur ci-dessus.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not read the ledger</source>
        <translation>Impossible de lire le registre</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Spend per person, by model</source>
        <translation>Dépenses par personne, par modèle</translation>
    </message>
    <message>
        <source>Spend per person by model</source>
        <translation>Dépenses par personne et par modèle</translation>
    </message>
    <message>
        <source>Spend per person</source>
        <translation>Dépenses par personne</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Aucune équipe pour l’instant</translation>
    </message>
    <message>
        <source>Import the people directory with “burnrate-cli people import FILE.csv” to see teams.</source>
        <translation>Importez l’annuaire des personnes avec «&#xa0;burnrate-cli people import FILE.csv&#xa0;» pour voir les équipes.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Aucune consommation sur cette période</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>Personne dans %1 n’a utilisé de modèle sur la période %2.</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>autres modèles</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Total de l’équipe</translation>
    </message>
    <message>
        <source>Team budget</source>
        <translation>Budget de l’équipe</translation>
    </message>
    <message>
        <source>Team budget burn-down</source>
        <translation>Épuisement du budget de l’équipe</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Plus fortes variations</translation>
    </message>
    <message>
        <source>People (double-click for a person&apos;s breakdown)</source>
        <translation>Personnes (double-cliquez pour le détail d’une personne)</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>Plus fortes variations par rapport à la période %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4) · %5 tokens · %6</source>
        <translation>%1 · %2 · %3 (%4) · %5 tokens · %6</translation>
    </message>
    <message>
        <source>%1 has no budget of its own. Add one on the Budgets page.</source>
        <translation>L’équipe %1 n’a pas de budget propre. Ajoutez-en un sur la page Budgets.</translation>
    </message>
    <message>
        <source>Team budget: %1, %2</source>
        <translation>Budget de l’équipe&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3 %) · %4</source>
        <translation>%1 sur %2 dépensés (%3&#xa0;%) · %4</translation>
    </message>
    <message>
        <source> · forecast %1 by the period&apos;s end (%2)</source>
        <translation> · prévision de %1 en fin de période (%2)</translation>
    </message>
    <message>
        <source> · the whole team&apos;s budget: the filters don&apos;t narrow it</source>
        <translation> · budget de toute l’équipe&#xa0;: les filtres ne le restreignent pas</translation>
    </message>
</context>
<context>
    <name>TeamSpendTreeModel</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Includes the teams nested below it</source>
        <translation>Inclut ses sous-équipes</translation>
    </message>
</context>
<context>
    <name>ThemedChartView</name>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export chart as P&amp;DF…</source>
        <translation>Exporter le graphique en P&amp;DF…</translation>
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
        <translation>&amp;Ouvrir Burnrate</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>my spend this month %1 (%2)</source>
        <translation>mes dépenses ce mois-ci %1 (%2)</translation>
    </message>
    <message>
        <source>Burnrate: %1</source>
        <translation>Burnrate&#xa0;: %1</translation>
    </message>
    <message>
        <source>My budgets: %1 (%2, %3 % used)</source>
        <translation>Mes budgets&#xa0;: %1 (%2, %3&#xa0;% utilisés)</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation>Alerte de budget</translation>
    </message>
</context>
<context>
    <name>UnmatchedIdentityModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Provider says</source>
        <translation>Indication du fournisseur</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
</TS>
