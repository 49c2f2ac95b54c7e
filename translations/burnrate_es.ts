<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgentLogsPanel</name>
    <message>
        <source>Agent logs</source>
        <translation>Logs de agentes</translation>
    </message>
    <message>
        <source>Usage that coding agents on this computer record in their own logs, counted for you.</source>
        <translation>El uso que los agentes de programación de esta máquina anotan en sus propios logs, contabilizado para ti.</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Aún no importado</translation>
    </message>
    <message>
        <source>%1 import progress</source>
        <translation>Progreso de la importación de %1</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Importar ahora</translation>
    </message>
    <message>
        <source>Import %1 logs now</source>
        <translation>Importar ahora los logs de %1</translation>
    </message>
    <message>
        <source>Watch for new usage</source>
        <translation>Vigilar el uso nuevo</translation>
    </message>
    <message>
        <source>Import new usage as soon as an agent writes it to its logs.</source>
        <translation>Importa el uso nuevo en cuanto un agente lo escribe en sus logs.</translation>
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
        <translation>No se encontraron logs en las ubicaciones predeterminadas</translation>
    </message>
    <message>
        <source>Read %1 files, %2 new messages, %3 malformed lines skipped</source>
        <translation>Archivos leídos: %1; mensajes nuevos: %2; líneas mal formadas omitidas: %3</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Error al importar: %1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Budget alert</source>
        <translation>Alerta de presupuesto</translation>
    </message>
    <message>
        <source>The newest budget alert addressed to you</source>
        <translation>La alerta de presupuesto más reciente dirigida a ti</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Con&amp;firmar</translation>
    </message>
    <message>
        <source>Acknowledge this alert</source>
        <translation>Confirmar esta alerta</translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation>Pospo&amp;ner</translation>
    </message>
    <message>
        <source>Snooze this alert</source>
        <translation>Posponer esta alerta</translation>
    </message>
    <message>
        <source>Show a&amp;lerts</source>
        <translation>Ver aler&amp;tas</translation>
    </message>
    <message>
        <source>Show all alerts</source>
        <translation>Ver todas las alertas</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Fired</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 % of the budget %2 used: %3 of %4</source>
        <translation>Usado el %1 % del presupuesto %2: %3 de %4</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out on %2: %3 of %4 used so far</source>
        <translation>A este ritmo, el presupuesto %1 se agota el %2: usados hasta ahora %3 de %4</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out before its period ends: %2 of %3 used so far</source>
        <translation>A este ritmo, el presupuesto %1 se agota antes de que termine su periodo: usados hasta ahora %2 de %3</translation>
    </message>
    <message>
        <source>%1 % used: %2 of %3</source>
        <translation>%1 % usado: %2 de %3</translation>
    </message>
    <message>
        <source>Runs out %1: %2 of %3 used</source>
        <translation>Se agota el %1: usados %2 de %3</translation>
    </message>
    <message>
        <source>Runs out before the period ends: %1 of %2 used</source>
        <translation>Se agota antes de que termine el periodo: usados %1 de %2</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta el %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Confirmada el %1</translation>
    </message>
    <message>
        <source>Period over</source>
        <translation>Periodo terminado</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Periodo %1 – %2</translation>
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
        <translation>titular</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
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
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Confirmar la alerta seleccionada</translation>
    </message>
    <message>
        <source>Mark the alert as seen: it leaves the banner and the tray.</source>
        <translation>Marca la alerta como vista: deja de aparecer en la barra de aviso y en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Po&amp;sponer</translation>
    </message>
    <message>
        <source>Snooze the selected alert</source>
        <translation>Posponer la alerta seleccionada</translation>
    </message>
    <message>
        <source>Hide the alert from the banner and the tray for a while.</source>
        <translation>Oculta la alerta de la barra de aviso y de la bandeja del sistema durante un tiempo.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the alert history as CSV</source>
        <translation>Exportar el historial de alertas como CSV</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Historial de alertas</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Aún no hay alertas</translation>
    </message>
    <message>
        <source>Budgets warn here when their spend reaches a threshold or is projected to run out before the period ends.</source>
        <translation>Los presupuestos avisan aquí cuando su gasto alcanza un umbral o cuando se prevé que se agoten antes de que termine el periodo.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Confirmada.</translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation>Pospuesta.</translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>Exportar el historial de alertas</translation>
    </message>
    <message>
        <source>alerts-%1.csv</source>
        <translation>alerts-%1.csv</translation>
    </message>
    <message>
        <source>No alerts for %1</source>
        <translation>No hay alertas para %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n alert(s) is about this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>La única alerta no trata de este equipo ni de esta persona. Elija otro en la barra de herramientas o quite el filtro.</numerusform>
            <numerusform>Ninguna de las %n alertas trata de este equipo ni de esta persona. Elija otro en la barra de herramientas o quite el filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Where your organisation&apos;s LLM tokens and money go, person by person.</source>
        <translation>Adónde van los tokens de LLM y el dinero de tu organización, persona a persona.</translation>
    </message>
    <message>
        <source>The ledger file (default: BURNRATE_DB, else %1).</source>
        <translation>El archivo del libro mayor (predeterminado: BURNRATE_DB o, si no, %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Show a generated demo organisation (in its own ledger).</source>
        <translation>Muestra una organización de demostración generada (en su propio libro mayor).</translation>
    </message>
    <message>
        <source>Seed of the demo organisation.</source>
        <translation>Semilla de la organización de demostración.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Save a picture of each page to the directory, then quit.</source>
        <translation>Guarda una imagen de cada página en el directorio y después sale.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Period to show first: this-month, last-month, last-30-days, last-90-days.</source>
        <translation>Periodo que se muestra primero: this-month, last-month, last-30-days, last-90-days.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>Claro u oscuro para esta ejecución: system, light o dark (predeterminado: lo elegido en Configuración o, si no, lo que use el sistema).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed necesita un número</translation>
    </message>
    <message>
        <source>Unknown period: %1</source>
        <translation>Periodo desconocido: %1</translation>
    </message>
    <message>
        <source>Unknown theme: %1 (system, light or dark)</source>
        <translation>Tema desconocido: %1 (system, light o dark)</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1:
%2</source>
        <translation>No se puede abrir el libro mayor %1:
%2</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>Capturas de pantalla guardadas en %1</translation>
    </message>
    <message>
        <source>Not available in the demo: its provider usage is generated, and nothing is polled. Start Burnrate without --demo to connect provider accounts and model servers.</source>
        <translation>No disponible en la demostración: su uso de proveedores es generado y no se consulta nada. Inicia Burnrate sin --demo para conectar cuentas de proveedores y servidores de modelos.</translation>
    </message>
    <message>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <source>Connected sources are not available: %1</source>
        <translation>Las fuentes conectadas no están disponibles: %1</translation>
    </message>
    <message>
        <source>the price table cannot be read (%1)</source>
        <translation>no se puede leer la tabla de precios (%1)</translation>
    </message>
    <message>
        <source>Building the demo organisation…</source>
        <translation>Creando la organización de demostración…</translation>
    </message>
    <message>
        <source>Cannot build the demo organisation in %1:
%2</source>
        <translation>No se puede crear la organización de demostración en %1:
%2</translation>
    </message>
    <message>
        <source>Language for this run: system, en, de, fr, es or ja (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>Idioma para esta ejecución: system, en, de, fr, es o ja (predeterminado: lo elegido en Configuración o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unknown language: %1 (system, en, de, fr, es or ja)</source>
        <translation>Idioma desconocido: %1 (system, en, de, fr, es o ja)</translation>
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
        <translation>%1: gasto a lo largo del tiempo por modelo</translation>
    </message>
    <message>
        <source>Spend broken down</source>
        <translation>Desglose del gasto</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>Por &amp;modelo</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Gasto por modelo</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>Por &amp;fuente</translation>
    </message>
    <message>
        <source>Spend by source</source>
        <translation>Gasto por fuente</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>Por p&amp;royecto</translation>
    </message>
    <message>
        <source>Spend by project</source>
        <translation>Gasto por proyecto</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>Exportar la tabla mostrada como CSV</translation>
    </message>
    <message>
        <source>%1: %2 (%3) · %4 tokens · %5 requests</source>
        <translation>%1: %2 (%3) · %4 tokens · %5 solicitudes</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>No hay uso en este periodo</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>No se registró nada para %1 en el periodo %2.</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>otros modelos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Add a budget</source>
        <translation>Añadir un presupuesto</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>Añadir presupuesto</translation>
    </message>
    <message>
        <source>Edit the budget %1</source>
        <translation>Editar el presupuesto %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Un equipo</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>Se &amp;aplica a:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Include its nested teams</source>
        <translation>&amp;Incluir sus subequipos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>Pe&amp;rsona:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>First day of the custom period</source>
        <translation>Primer día del periodo personalizado</translation>
    </message>
    <message>
        <source>Last day of the custom period</source>
        <translation>Último día del periodo personalizado</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Primer día de la semana</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>Las &amp;semanas empiezan el:</translation>
    </message>
    <message>
        <source>Day of the month the period starts on</source>
        <translation>Día del mes en que empieza el periodo</translation>
    </message>
    <message>
        <source>A month shorter than this starts on its last day (a period from the 31st starts on 30 April).</source>
        <translation>Si un mes es más corto, empieza en su último día (un periodo desde el día 31 empieza el 30 de abril).</translation>
    </message>
    <message>
        <source>&amp;Months start on day:</source>
        <translation>Los &amp;meses empiezan el día:</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Limit unit</source>
        <translation>Unidad del límite</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>Thresholds in percent</source>
        <translation>Umbrales en porcentaje</translation>
    </message>
    <message>
        <source>Percentages of the limit at which Burnrate warns, separated by commas.</source>
        <translation>Porcentajes del límite en los que Burnrate avisa, separados por comas.</translation>
    </message>
    <message>
        <source>&amp;Warn at (%):</source>
        <translation>A&amp;visar al (%):</translation>
    </message>
    <message>
        <source>Soft: warn only</source>
        <translation>Flexible: solo avisar</translation>
    </message>
    <message>
        <source>Hard: the limit must not be passed</source>
        <translation>Estricto: no se debe superar el límite</translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation>&amp;Tipo de límite:</translation>
    </message>
    <message>
        <source>Only these models</source>
        <translation>Solo estos modelos</translation>
    </message>
    <message>
        <source>All models, or e.g. claude-opus-4-1, gpt-5</source>
        <translation>Todos los modelos, o p. ej. claude-opus-4-1, gpt-5</translation>
    </message>
    <message>
        <source>Only m&amp;odels:</source>
        <translation>Solo m&amp;odelos:</translation>
    </message>
    <message>
        <source>Only these sources</source>
        <translation>Solo estas fuentes</translation>
    </message>
    <message>
        <source>All sources, or e.g. claude-code, openai</source>
        <translation>Todas las fuentes, o p. ej. claude-code, openai</translation>
    </message>
    <message>
        <source>Only so&amp;urces:</source>
        <translation>Solo &amp;fuentes:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>e.g. 50000000</source>
        <translation>p. ej. 50000000</translation>
    </message>
    <message>
        <source>e.g. 2500</source>
        <translation>p. ej. 2500</translation>
    </message>
    <message>
        <source>Choose a team. The directory has none yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>Elige un equipo. El directorio aún no tiene ninguno: impórtalo con «burnrate-cli people import FILE.csv».</translation>
    </message>
    <message>
        <source>Choose a person. The directory has nobody yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>Elige una persona. El directorio aún no tiene a nadie: impórtalo con «burnrate-cli people import FILE.csv».</translation>
    </message>
    <message>
        <source>Enter a limit.</source>
        <translation>Introduce un límite.</translation>
    </message>
    <message>
        <source>“%1” is not a number of tokens.</source>
        <translation>«%1» no es un número de tokens.</translation>
    </message>
    <message>
        <source>“%1” is not a whole percentage.</source>
        <translation>«%1» no es un porcentaje entero.</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>dólares estadounidenses (USD)</translation>
    </message>
    <message>
        <source>In US dollars (USD), although amounts are shown in %1: budgets stay in US dollars.</source>
        <translation>En dólares estadounidenses (USD), aunque los importes se muestren en %1: los presupuestos siguen en dólares estadounidenses.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in US dollars.</source>
        <translation>«%1» no es un importe en dólares estadounidenses.</translation>
    </message>
</context>
<context>
    <name>BudgetGauge</name>
    <message>
        <source>My budget</source>
        <translation>Mi presupuesto</translation>
    </message>
    <message>
        <source>Share of my budget spent</source>
        <translation>Proporción gastada de mi presupuesto</translation>
    </message>
    <message>
        <source>No budget applies to you. A manager or admin sets one on the Budgets page.</source>
        <translation>No se te aplica ningún presupuesto. Un responsable o un administrador puede crear uno en la página Presupuestos.</translation>
    </message>
    <message>
        <source>My budget: %1 (%2), %3</source>
        <translation>Mi presupuesto: %1 (%2), %3</translation>
    </message>
    <message>
        <source>my own</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %) · %4</source>
        <translation>%1 de %2 (%3 %) · %4</translation>
    </message>
    <message>
        <source>
Forecast for the period&apos;s end: %1 (%2; dashed line)</source>
        <translation>
Previsión al final del periodo: %1 (%2; línea discontinua)</translation>
    </message>
</context>
<context>
    <name>BudgetsModel</name>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Forecast at period end</source>
        <translation>Previsión al final del periodo</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Se agota</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation>sin confianza</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>confianza baja</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>confianza media</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>confianza alta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>Zona horaria %1</translation>
    </message>
    <message>
        <source>Weeks start on %1</source>
        <translation>Las semanas empiezan el %1</translation>
    </message>
    <message>
        <source>Months start on day %1</source>
        <translation>Los meses empiezan el día %1</translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation>No se puede evaluar: %1</translation>
    </message>
    <message>
        <source>The limit is reached</source>
        <translation>Se ha alcanzado el límite</translation>
    </message>
    <message>
        <source>%1 % of the limit is used</source>
        <translation>Se ha usado el %1 % del límite</translation>
    </message>
    <message>
        <source>At this pace the limit is reached before the period ends</source>
        <translation>A este ritmo, el límite se alcanzará antes de que termine el periodo</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dentro del límite</translation>
    </message>
    <message>
        <source>Nested teams included</source>
        <translation>Subequipos incluidos</translation>
    </message>
    <message>
        <source>Nested teams not included</source>
        <translation>Subequipos no incluidos</translation>
    </message>
    <message>
        <source>Only the models %1</source>
        <translation>Solo los modelos %1</translation>
    </message>
    <message>
        <source>Only the sources %1</source>
        <translation>Solo las fuentes %1</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Límite estricto</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Límite flexible</translation>
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
        <translation>Se compara con el coste estimado y facturado del uso</translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation>%1 por encima del límite</translation>
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
        <translation>Aún no hay suficiente historial de uso para una previsión</translation>
    </message>
    <message>
        <source>At the recent pace of %1 a day; %2</source>
        <translation>Al ritmo reciente de %1 al día; %2</translation>
    </message>
    <message>
        <source>At this pace the limit is reached on %1 (%2)</source>
        <translation>A este ritmo, el límite se alcanzará el %1 (%2)</translation>
    </message>
    <message>
        <source>The limit is already reached</source>
        <translation>El límite ya se ha alcanzado</translation>
    </message>
    <message>
        <source>Not expected to run out before the period ends</source>
        <translation>No se prevé que se agote antes de que termine el periodo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Add a budget</source>
        <translation>Añadir un presupuesto</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected budget</source>
        <translation>Editar el presupuesto seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Remove the selected budget</source>
        <translation>Eliminar el presupuesto seleccionado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Budgets in their current period</source>
        <translation>Presupuestos en su periodo actual</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Each budget counts its own period in its own time zone, whatever period the window shows. The forecast follows the recent daily pace, with quieter weekends.</source>
        <translation>Cada presupuesto cuenta su propio periodo en su propia zona horaria, sea cual sea el periodo que muestre la ventana. La previsión sigue el ritmo diario reciente, con fines de semana más tranquilos.</translation>
    </message>
    <message>
        <source>No budgets yet</source>
        <translation>Aún no hay presupuestos</translation>
    </message>
    <message>
        <source>Add one above, or with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>Añade uno arriba o con «burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500».</translation>
    </message>
    <message>
        <source>Set one with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>Crea uno con «burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500».</translation>
    </message>
    <message>
        <source>Budgets cannot be changed in this window.</source>
        <translation>Los presupuestos no se pueden cambiar en esta ventana.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Eliminar presupuesto</translation>
    </message>
    <message>
        <source>Remove the budget %1? Its alert history stays.</source>
        <translation>¿Eliminar el presupuesto %1? Su historial de alertas se conserva.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed the budget %1.</source>
        <translation>Presupuesto %1 eliminado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>No budget for %1</source>
        <translation>No hay presupuesto para %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n budget(s) is for this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>El único presupuesto no es de este equipo ni de esta persona. Elija otro en la barra de herramientas o quite el filtro.</numerusform>
            <numerusform>Ninguno de los %n presupuestos es de este equipo ni de esta persona. Elija otro en la barra de herramientas o quite el filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <source>Even pace</source>
        <translation>Ritmo uniforme</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Could not start the PDF document.</source>
        <translation>No se pudo iniciar el documento PDF.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
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
        <translation>Periodo y filtros</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Equ&amp;ipo:</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtro de equipo</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pers&amp;ona:</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Filtro de persona</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Mode&amp;lo:</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Filtro de modelo</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de fuente</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>The %1 page is not narrowed by this filter.</source>
        <translation>Este filtro no acota la página %1.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unpriced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>facturado</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Sin uso</translation>
    </message>
    <message>
        <source>Billed: the cost the provider reported</source>
        <translation>Facturado: el coste que informó el proveedor</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with the price table</source>
        <translation>Estimado: recuentos de tokens valorados con la tabla de precios</translation>
    </message>
    <message>
        <source>Unpriced: no price is known for this usage, so it has no cost figure</source>
        <translation>Sin precio: no se conoce ningún precio para este uso, así que no tiene cifra de coste</translation>
    </message>
    <message>
        <source>Mixed: %1 billed, %2 estimated</source>
        <translation>Mixto: %1 facturado, %2 estimado</translation>
    </message>
    <message>
        <source>1 record unpriced, not included in the sum</source>
        <translation>1 registro sin precio, no incluido en la suma</translation>
    </message>
    <message>
        <source>%1 records unpriced, not included in the sum</source>
        <translation>%1 registros sin precio, no incluidos en la suma</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1 mil M</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 mil</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Input %1, cache write %2, cache read %3, output %4 (reasoning %5)</source>
        <translation>Entrada %1, escritura en caché %2, lectura de caché %3, salida %4 (razonamiento %5)</translation>
    </message>
</context>
<context>
    <name>EfficiencyPanel</name>
    <message>
        <source>Efficiency</source>
        <translation>Eficiencia</translation>
    </message>
    <message>
        <source>Efficiency (estimated)</source>
        <translation>Eficiencia (estimada)</translation>
    </message>
    <message>
        <source>Cache reads</source>
        <translation>Lecturas de caché</translation>
    </message>
    <message>
        <source>Cache reads over every prompt token (uncached input, cache writes and cache reads). The saving prices the cache reads at the full input price instead, with the price table in force.</source>
        <translation>Lecturas de caché sobre el total de tokens del prompt (entrada sin caché, escrituras en caché y lecturas de caché). El ahorro valora esas lecturas de caché al precio de entrada completo, con la tabla de precios vigente.</translation>
    </message>
    <message>
        <source>Spend on expensive models</source>
        <translation>Gasto en modelos caros</translation>
    </message>
    <message>
        <source>Expensive models</source>
        <translation>Modelos caros</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>M&amp;over</translation>
    </message>
    <message>
        <source>Share of the expensive models&apos; work to move</source>
        <translation>Proporción del trabajo de los modelos caros que se traslada</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>What moving work would save</source>
        <translation>Lo que ahorraría trasladar trabajo</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>No input tokens in this period.</source>
        <translation>No hay tokens de entrada en este periodo.</translation>
    </message>
    <message>
        <source>%1 % of input tokens were read from the cache, which saved %2 (estimated) against paying the full input price.</source>
        <translation>El %1 % de los tokens de entrada se leyó de la caché, lo que ahorró %2 (estimado) frente a pagar el precio de entrada completo.</translation>
    </message>
    <message>
        <source>None: the models you used that have a price cost about the same per output token.</source>
        <translation>Ninguno: los modelos con precio que usaste cuestan más o menos lo mismo por token de salida.</translation>
    </message>
    <message>
        <source>%1 % of your spend (%2, estimated) went to %3, the dearest third of your models by output price.</source>
        <translation>El %1 % de tu gasto (%2, estimado) fue a %3, el tercio más caro de tus modelos por precio de salida.</translation>
    </message>
    <message>
        <source>Expensive: among the models you used that have a price, those whose output price is in the top third of their range, from the cheapest plus two thirds of the way to the dearest (%1 per million output tokens in this period).</source>
        <translation>Caros: entre los modelos con precio que usaste, aquellos cuyo precio de salida está en el tercio superior de su rango, es decir, desde el más barato más dos tercios del camino hasta el más caro (%1 por millón de tokens de salida en este periodo).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No cheaper model of yours to move work to.</source>
        <translation>No tienes ningún modelo más barato al que trasladar trabajo.</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved %3 in this period (estimated).</source>
        <translation>Trasladar el %1 % de ese trabajo a %2 habría ahorrado %3 en este periodo (estimado).</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have cost %3 more in this period (estimated): it reads input at a higher price.</source>
        <translation>Trasladar el %1 % de ese trabajo a %2 habría costado %3 más en este periodo (estimado): lee la entrada a un precio más alto.</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved nothing (estimated).</source>
        <translation>Trasladar el %1 % de ese trabajo a %2 no habría ahorrado nada (estimado).</translation>
    </message>
    <message>
        <source>Without a price, so in no cost figure here: %1.</source>
        <translation>Sin precio, así que no entran en ninguna cifra de coste de aquí: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation>No se puede leer el archivo de datos.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>La base de datos informó de un error.</translation>
    </message>
    <message>
        <source>The data file is not a Burnrate ledger or is damaged.</source>
        <translation>El archivo de datos no es un libro mayor de Burnrate o está dañado.</translation>
    </message>
    <message>
        <source>The data file was written by a newer Burnrate.</source>
        <translation>El archivo de datos lo escribió una versión más reciente de Burnrate.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
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
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>My usage</source>
        <translation>Mi uso</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Burnrate</source>
        <translation>&amp;Acerca de Burnrate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>This takes a moment.</source>
        <translation>Esto tarda un momento.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>About Burnrate</source>
        <translation>Acerca de Burnrate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Where an organisation&apos;s LLM tokens and money go, person by person and team by team.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;&lt;p&gt;Data file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Adónde van los tokens de LLM y el dinero de una organización, persona a persona y equipo a equipo.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3)&lt;/p&gt;&lt;p&gt;Archivo de datos: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not start Burnrate again; please start it yourself.</source>
        <translation>No se pudo volver a iniciar Burnrate; inícialo tú mismo.</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variación %</translation>
    </message>
    <message>
        <source>%1 in the period before, %2 in this one</source>
        <translation>%1 en el periodo anterior, %2 en este</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>MyUsagePage</name>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>Modelo principal</translation>
    </message>
    <message>
        <source>Spend over time by model</source>
        <translation>Gasto a lo largo del tiempo por modelo</translation>
    </message>
    <message>
        <source>My spend broken down</source>
        <translation>Desglose de mi gasto</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>Por &amp;modelo</translation>
    </message>
    <message>
        <source>My spend by model</source>
        <translation>Mi gasto por modelo</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>Por p&amp;royecto</translation>
    </message>
    <message>
        <source>My spend by project</source>
        <translation>Mi gasto por proyecto</translation>
    </message>
    <message>
        <source>By s&amp;ession</source>
        <translation>Por &amp;sesión</translation>
    </message>
    <message>
        <source>My spend by session: which tasks cost most</source>
        <translation>Mi gasto por sesión: qué tareas cuestan más</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>Exportar la tabla mostrada como CSV</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>Aún no hay uso</translation>
    </message>
    <message>
        <source>Import usage with “burnrate-cli import claude-code” and the people directory with “burnrate-cli people import FILE.csv”, or look around with “burnrate --demo”.</source>
        <translation>Importa el uso con «burnrate-cli import claude-code» y el directorio de personas con «burnrate-cli people import FILE.csv», o echa un vistazo con «burnrate --demo».</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>¿Quién eres?</translation>
    </message>
    <message>
        <source>Choose yourself under Settings to see your own usage.</source>
        <translation>Indica quién eres en Configuración para ver tu propio uso.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot compare with your peers: %1</source>
        <translation>No se puede comparar con tus compañeros: %1</translation>
    </message>
    <message>
        <source>Cannot work out the efficiency figures: %1</source>
        <translation>No se pueden calcular las cifras de eficiencia: %1</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>No hay uso en este periodo</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>No se registró nada para %1 en el periodo %2.</translation>
    </message>
    <message>
        <source>%1 in · %2 cached · %3 out</source>
        <translation>%1 de entrada · %2 en caché · %3 de salida</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 al día de media</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 % of spend</source>
        <translation>%1 (%2) · %3 % del gasto</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>otros modelos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>Exportar mi uso</translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation>Gasto a lo largo del tiempo</translation>
    </message>
    <message>
        <source>S&amp;tacked by:</source>
        <translation>&amp;Barras apiladas por:</translation>
    </message>
    <message>
        <source>Stack the bars by</source>
        <translation>Apilar las barras por</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>By so&amp;urce</source>
        <translation>Por fu&amp;ente</translation>
    </message>
    <message>
        <source>My spend by source</source>
        <translation>Mi gasto por fuente</translation>
    </message>
    <message>
        <source>other sources</source>
        <translation>otras fuentes</translation>
    </message>
    <message>
        <source>Spend over time by source</source>
        <translation>Gasto a lo largo del tiempo por fuente</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Próxima consulta</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
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
        <translation>Proxy de LiteLLM</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>Servidor llama.cpp</translation>
    </message>
    <message>
        <source>vLLM server</source>
        <translation>Servidor vLLM</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation>Esperando la primera consulta</translation>
    </message>
    <message>
        <source>Failing, retrying</source>
        <translation>Con errores, reintentando</translation>
    </message>
    <message>
        <source>Key refused or missing</source>
        <translation>Clave rechazada o ausente</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>The API key is read from %1.</source>
        <translation>La clave de API se lee desde %1.</translation>
    </message>
    <message>
        <source>The last poll failed: %1
Burnrate tries again after a pause that grows with each failure.</source>
        <translation>La última consulta falló: %1
Burnrate vuelve a intentarlo tras una pausa que aumenta con cada fallo.</translation>
    </message>
    <message>
        <source>%1
Not polled until its key or settings change: edit the source, or press Test once the key is in place. %2</source>
        <translation>%1
No se consulta hasta que cambien su clave o su configuración: edita la fuente o pulsa Probar cuando la clave esté en su sitio. %2</translation>
    </message>
    <message>
        <source>Stopped until edited</source>
        <translation>Detenida hasta que se edite</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>NetworkSourcesPanel</name>
    <message>
        <source>Connected sources</source>
        <translation>Fuentes conectadas</translation>
    </message>
    <message>
        <source>Provider accounts and model servers that Burnrate asks for usage on a schedule.</source>
        <translation>Cuentas de proveedores y servidores de modelos a los que Burnrate consulta el uso periódicamente.</translation>
    </message>
    <message>
        <source>Connected sources cannot be managed here.</source>
        <translation>Las fuentes conectadas no se pueden gestionar aquí.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>Editar la fuente seleccionada</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>Test the selected source now</source>
        <translation>Probar ahora la fuente seleccionada</translation>
    </message>
    <message>
        <source>Poll the selected source now and report what happened.</source>
        <translation>Consulta ahora la fuente seleccionada e informa del resultado.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Eliminar la fuente seleccionada</translation>
    </message>
    <message>
        <source>Stop polling it and delete its key; its usage stays.</source>
        <translation>Deja de consultarla y borra su clave; su uso se conserva.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>Probando «%1»…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Eliminar fuente</translation>
    </message>
    <message>
        <source>Remove “%1”? Burnrate stops polling it and deletes its stored key. The usage it brought in stays in the ledger.</source>
        <translation>¿Eliminar «%1»? Burnrate deja de consultarla y borra su clave guardada. El uso que aportó se conserva en el libro mayor.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed “%1”; its usage stays in the ledger.</source>
        <translation>Se eliminó «%1»; su uso se conserva en el libro mayor.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>«%1» falló: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation total</source>
        <translation>Total de la organización</translation>
    </message>
    <message>
        <source>Spend per team</source>
        <translation>Gasto por equipo</translation>
    </message>
    <message>
        <source>Each team&apos;s own spend, by model</source>
        <translation>Gasto propio de cada equipo, por modelo</translation>
    </message>
    <message>
        <source>Spend per team by model</source>
        <translation>Gasto por equipo y modelo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>%1 total: %2 (%3) · %4 tokens · %5 requests · %6</source>
        <translation>Total de %1: %2 (%3) · %4 tokens · %5 solicitudes · %6</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>No hay uso en este periodo</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>otros modelos</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>Teams, nested teams included (double-click for a breakdown)</source>
        <translation>Equipos, subequipos incluidos (doble clic para ver un desglose)</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Mayores variaciones</translation>
    </message>
    <message>
        <source>Top movers by team</source>
        <translation>Mayores variaciones por equipo</translation>
    </message>
    <message>
        <source>Team budgets</source>
        <translation>Presupuestos de los equipos</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>Mayores variaciones frente a %1</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>Nadie de %1 usó un modelo en el periodo %2.</translation>
    </message>
</context>
<context>
    <name>PeerComparisonPanel</name>
    <message>
        <source>Compared with your peers</source>
        <translation>En comparación con tus compañeros</translation>
    </message>
    <message>
        <source>Peer comparison</source>
        <translation>Comparación con compañeros</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Percentil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Middle half (25th–75th)</source>
        <translation>Mitad central (P25–P75)</translation>
    </message>
    <message>
        <source>Percentile: the share of the group spending less than you, with half of those spending the same. Nobody is named, and groups of fewer than 5 people are not shown.</source>
        <translation>Percentil: la proporción del grupo que gasta menos que tú, contando la mitad de quienes gastan lo mismo. No se nombra a nadie y no se muestran los grupos de menos de 5 personas.</translation>
    </message>
    <message>
        <source>&amp;Distribution of:</source>
        <translation>&amp;Distribución de:</translation>
    </message>
    <message>
        <source>Group whose spend distribution is shown</source>
        <translation>Grupo cuya distribución del gasto se muestra</translation>
    </message>
    <message>
        <source>Spend distribution of your peers</source>
        <translation>Distribución del gasto de tus compañeros</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Peer comparison is turned off for this organisation: an administrator can turn it on (ledger setting peer_comparison).</source>
        <translation>La comparación con compañeros está desactivada en esta organización: un administrador puede activarla (ajuste peer_comparison del libro mayor).</translation>
    </message>
    <message>
        <source>There is nobody to compare you with.</source>
        <translation>No hay nadie con quien compararte.</translation>
    </message>
    <message>
        <source>%1 (only you)</source>
        <translation>%1 (solo tú)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n persona)</numerusform>
            <numerusform>%1 (%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has only you: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>%1 solo te tiene a ti: los grupos de menos de 5 no se muestran, para que no se pueda deducir el gasto de nadie a partir de las cifras.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n people: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>
            <numerusform>%1 solo tiene %n persona: los grupos de menos de 5 no se muestran, para que no se pueda deducir el gasto de nadie a partir de las cifras.</numerusform>
            <numerusform>%1 solo tiene %n personas: los grupos de menos de 5 no se muestran, para que no se pueda deducir el gasto de nadie a partir de las cifras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: groups of fewer than 5 people stay private.</source>
        <translation>No se muestra: los grupos de menos de 5 personas son privados.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n people: percentile %2, median %3, middle half %4 to %5</source>
        <translation>
            <numerusform>%1, %n persona: percentil %2, mediana %3, mitad central de %4 a %5</numerusform>
            <numerusform>%1, %n personas: percentil %2, mediana %3, mitad central de %4 a %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Spend distribution of %1</source>
        <translation>Distribución del gasto de %1</translation>
    </message>
</context>
<context>
    <name>PeerDistributionChart</name>
    <message>
        <source>%1: you alone</source>
        <translation>%1: solo tú</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people, you among them</source>
        <translation>
            <numerusform>%1: %n persona, tú entre ellas</numerusform>
            <numerusform>%1: %n personas, tú entre ellas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 person</source>
        <translation>%1: 1 persona</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n persona</numerusform>
            <numerusform>%1: %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>menos de %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Filter by name, email, team…</source>
        <translation>Filtrar por nombre, correo, equipo…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>Identidades sin asignar</translation>
    </message>
    <message>
        <source>Usage under these identities belongs to nobody yet. Map them to people in the directory file&apos;s identities column.</source>
        <translation>El uso de estas identidades aún no pertenece a nadie. Asígnalas a personas en la columna identities del archivo del directorio.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <source>Import the directory with “burnrate-cli people import FILE.csv” (email,name,team,manager,role,identities).</source>
        <translation>Importa el directorio con «burnrate-cli people import FILE.csv» (email,name,team,manager,role,identities).</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>equipo %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>fuente %1</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>Modelo principal</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 % of %2 · %3</source>
        <translation>%1 % de %2 · %3</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>Entrada /1M</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>Salida /1M</translation>
    </message>
    <message>
        <source>Cache write 5m /1M</source>
        <translation>Escritura en caché 5 min /1M</translation>
    </message>
    <message>
        <source>Cache write 1h /1M</source>
        <translation>Escritura en caché 1 h /1M</translation>
    </message>
    <message>
        <source>Cache read /1M</source>
        <translation>Lectura de caché /1M</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Contexto largo</translation>
    </message>
    <message>
        <source>&gt; %1: %2 in, %3 out</source>
        <translation>&gt; %1: %2 entrada, %3 salida</translation>
    </message>
    <message>
        <source>Once a request&apos;s prompt exceeds %1 tokens, the whole request is billed at the long-context rates.</source>
        <translation>Cuando el prompt de una solicitud supera los %1 tokens, toda la solicitud se factura con las tarifas de contexto largo.</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>Price table version</source>
        <translation>Versión de la tabla de precios</translation>
    </message>
    <message>
        <source>Filter by model or provider…</source>
        <translation>Filtrar por modelo o proveedor…</translation>
    </message>
    <message>
        <source>Filter prices</source>
        <translation>Filtrar precios</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Precios de los modelos</translation>
    </message>
    <message>
        <source>Rates in US dollars per million tokens. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>Tarifas en dólares estadounidenses por millón de tokens. Los costes estimados usan estas tarifas; los costes facturados vienen de los proveedores.</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modelo</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 modelos</translation>
    </message>
    <message>
        <source>In force: the table shipped with Burnrate (%1)</source>
        <translation>Vigente: la tabla incluida con Burnrate (%1)</translation>
    </message>
    <message>
        <source>In force: version %1, imported %2 from “%3” (%4)</source>
        <translation>Vigente: versión %1, importada el %2 desde «%3» (%4)</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>No hay precios</translation>
    </message>
    <message>
        <source>The price table has no models.</source>
        <translation>La tabla de precios no tiene modelos.</translation>
    </message>
    <message>
        <source>Rates per million tokens in %1, converted from the price table&apos;s US dollars at the rate in Settings. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>Tarifas por millón de tokens en %1, convertidas desde los dólares estadounidenses de la tabla de precios al tipo de la configuración. Los costes estimados usan estas tarifas; los costes facturados vienen de los proveedores.</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>no billed data</source>
        <translation>sin datos facturados</translation>
    </message>
    <message>
        <source>Billed: what the provider charged, from its cost report for the whole account, plus usage the provider priced itself</source>
        <translation>Facturado: lo que cobró el proveedor, según su informe de costes de toda la cuenta, más el uso al que el propio proveedor puso precio</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with Burnrate&apos;s price table</source>
        <translation>Estimado: recuentos de tokens valorados con la tabla de precios de Burnrate</translation>
    </message>
    <message>
        <source>This source bills per request and has no account-level cost report to compare estimates with</source>
        <translation>Esta fuente factura por solicitud y no tiene un informe de costes de la cuenta con el que comparar las estimaciones</translation>
    </message>
    <message>
        <source>This source reports no billed costs for these days: there is nothing to compare the estimate with</source>
        <translation>Esta fuente no informa de costes facturados para estos días: no hay nada con lo que comparar la estimación</translation>
    </message>
    <message>
        <source>Billed minus estimated, on the days the provider&apos;s cost report covers (%1 billed, %2 estimated)</source>
        <translation>Facturado menos estimado, en los días que cubre el informe de costes del proveedor (%1 facturado, %2 estimado)</translation>
    </message>
    <message>
        <source>Billed minus estimated: positive when the provider charged more than the estimate</source>
        <translation>Facturado menos estimado: positivo cuando el proveedor cobró más de lo estimado</translation>
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
        <translation>&amp;Mostrar por:</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Mostrar por</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Reconciliation totals</source>
        <translation>Totales de la conciliación</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Billed and estimated spend</source>
        <translation>Gasto facturado y estimado</translation>
    </message>
    <message>
        <source>Billed is what providers charged: their cost reports for the whole account (OpenAI, Anthropic) and usage they priced themselves (OpenRouter, LiteLLM). Estimated is usage priced with the price table. The difference counts only the days a provider&apos;s cost report covers; billed costs fall on the day their bucket starts.</source>
        <translation>Facturado es lo que cobraron los proveedores: sus informes de costes de toda la cuenta (OpenAI, Anthropic) y el uso al que ellos mismos pusieron precio (OpenRouter, LiteLLM). Estimado es el uso valorado con la tabla de precios. La diferencia solo cuenta los días que cubre el informe de costes de un proveedor; los costes facturados se asignan al día en que empieza su intervalo.</translation>
    </message>
    <message>
        <source>No billed or estimated spend in this period</source>
        <translation>No hay gasto facturado ni estimado en este periodo</translation>
    </message>
    <message>
        <source>Nothing was billed or estimated between %1. Provider sources with a cost report (OpenAI, Anthropic admin keys) add billed figures when polled.</source>
        <translation>No se facturó ni estimó nada en el periodo %1. Las fuentes de proveedores con informe de costes (claves de administrador de OpenAI y Anthropic) añaden cifras facturadas al consultarlas.</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · where providers report costs: %3 billed, %4 estimated, difference %5 · %6</source>
        <translation>Facturado %1 · estimado %2 · donde los proveedores informan de costes: %3 facturado, %4 estimado, diferencia %5 · %6</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · difference %3 · %4</source>
        <translation>Facturado %1 · estimado %2 · diferencia %3 · %4</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>Exportar la conciliación</translation>
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
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(sin atribuir)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(sin proyecto)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Cost kind</source>
        <translation>Tipo de coste</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>la variable de entorno %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Who I am</source>
        <translation>Quién soy</translation>
    </message>
    <message>
        <source>Use the ledger&apos;s choice</source>
        <translation>Usar la elección del libro mayor</translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation>&amp;Quién soy:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Apa&amp;riencia:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Zona horaria de los informes</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Archivo de datos:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>(nobody in the directory)</source>
        <translation>(nadie en el directorio)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>The ledger names nobody as its user.</source>
        <translation>El libro mayor no indica a nadie como su usuario.</translation>
    </message>
    <message>
        <source>The ledger&apos;s choice: %1</source>
        <translation>Elección del libro mayor: %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Shown when Burnrate starts again.</source>
        <translation>Se mostrará cuando Burnrate se reinicie.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Reiniciar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Only when this computer&apos;s sources write, or on F5</source>
        <translation>Solo cuando escriben las fuentes de esta máquina, o con F5</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Cada %1 minutos</translation>
    </message>
    <message>
        <source>&amp;Read the ledger again:</source>
        <translation>Volver a l&amp;eer el libro mayor:</translation>
    </message>
    <message>
        <source>Tell me about my budget alerts with a desktop notification</source>
        <translation>Avisarme de mis alertas de presupuesto con una notificación de escritorio</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source>Alerts also reach chat channels and other systems through webhooks, which an admin sets up with “burnrate-cli webhooks add --url URL”.</source>
        <translation>Las alertas también llegan a canales de chat y a otros sistemas mediante webhooks, que un administrador configura con «burnrate-cli webhooks add --url URL».</translation>
    </message>
    <message>
        <source>Show each employee how their spend compares with their peers (groups of 5 or more, nobody named)</source>
        <translation>Mostrar a cada empleado cómo se compara su gasto con el de sus compañeros (grupos de 5 o más, sin nombrar a nadie)</translation>
    </message>
    <message>
        <source>Peer comparison:</source>
        <translation>Comparación con compañeros:</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch, for everyone.</source>
        <translation>El interruptor de privacidad de la organización, para todos.</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch (ledger setting “peer_comparison”), for everyone.</source>
        <translation>El interruptor de privacidad de la organización (ajuste «peer_comparison» del libro mayor), para todos.</translation>
    </message>
    <message>
        <source>Who you are, the appearance, the language and the currency are kept in your own settings. The reporting time zone, which days are counted in, and the peer comparison switch are the ledger&apos;s, for everyone.</source>
        <translation>Quién eres, la apariencia, el idioma y la moneda se guardan en tu propia configuración. La zona horaria de los informes, en la que se cuentan los días, y el interruptor de comparación con compañeros son del libro mayor, para todos.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <source>Rate per US dollar</source>
        <translation>Tipo por dólar estadounidense</translation>
    </message>
    <message>
        <source>How many units of the currency one US dollar buys.</source>
        <translation>Cuántas unidades de la moneda se obtienen por un dólar estadounidense.</translation>
    </message>
    <message>
        <source>Rate per US &amp;dollar:</source>
        <translation>&amp;Tipo por dólar estadounidense:</translation>
    </message>
    <message>
        <source>Amounts are converted from US dollars at this rate; budgets and the ledger stay in US dollars.</source>
        <translation>Los importes se convierten desde dólares estadounidenses a este tipo; los presupuestos y el libro mayor siguen en dólares estadounidenses.</translation>
    </message>
    <message>
        <source>Enter how many %1 one US dollar buys.</source>
        <translation>Indica cuántos %1 se obtienen por un dólar estadounidense.</translation>
    </message>
    <message>
        <source>“%1” is not a rate: type a number such as %2.</source>
        <translation>«%1» no es un tipo: escribe un número como %2.</translation>
    </message>
    <message>
        <source>The rate must be above zero.</source>
        <translation>El tipo debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The rate can be at most %1 per US dollar.</source>
        <translation>El tipo puede ser como mucho %1 por dólar estadounidense.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Aplicar…</translation>
    </message>
    <message>
        <source>Recomputing days</source>
        <translation>Recalculando los días</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>&amp;Zona horaria de los informes:</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days, reports and budgets count in, for everyone.</source>
        <translation>El calendario en el que el libro mayor cuenta los días, los informes y los presupuestos, para todos.</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days are counted in, for everyone (ledger setting “reporting_timezone”).</source>
        <translation>El calendario en el que el libro mayor cuenta los días, para todos (ajuste del libro mayor «reporting_timezone»).</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Burnrate knows: choose one from the list.</source>
        <translation>«%1» no es una zona horaria que Burnrate conozca: elige una de la lista.</translation>
    </message>
    <message>
        <source>Days are counted in %1 already.</source>
        <translation>Los días ya se cuentan en %1.</translation>
    </message>
    <message>
        <source>Change the reporting time zone</source>
        <translation>Cambiar la zona horaria de los informes</translation>
    </message>
    <message>
        <source>Count the days in %1 instead of %2?</source>
        <translation>¿Contar los días en %1 en lugar de %2?</translation>
    </message>
    <message>
        <source>Burnrate recomputes the day of every record in the ledger and rebuilds its daily totals. This may take a while on a large ledger. Reports, budgets and alerts count days in the new zone, for everyone.</source>
        <translation>Burnrate recalcula el día de cada registro del libro mayor y reconstruye sus totales diarios. Puede tardar un rato en un libro mayor grande. Los informes, los presupuestos y las alertas cuentan los días en la nueva zona, para todos.</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Cambiar zona horaria</translation>
    </message>
    <message>
        <source>A change of time zone is under way already.</source>
        <translation>Ya hay un cambio de zona horaria en curso.</translation>
    </message>
    <message>
        <source>Recomputing the day of every record in %1…</source>
        <translation>Recalculando el día de cada registro en %1…</translation>
    </message>
    <message>
        <source>Days are now counted in %1.</source>
        <translation>Ahora los días se cuentan en %1.</translation>
    </message>
    <message>
        <source>The reporting time zone stays %1: %2</source>
        <translation>La zona horaria de los informes sigue siendo %1: %2</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Durante 1 &amp;hora</translation>
    </message>
    <message>
        <source>For &amp;4 hours</source>
        <translation>Durante &amp;4 horas</translation>
    </message>
    <message>
        <source>For 1 &amp;day</source>
        <translation>Durante 1 &amp;día</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>Durante 1 &amp;semana</translation>
    </message>
</context>
<context>
    <name>SourceAdministration</name>
    <message>
        <source>No source named “%1” is configured.</source>
        <translation>No hay ninguna fuente configurada con el nombre «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a kind of source Burnrate can poll.</source>
        <translation>«%1» no es un tipo de fuente que Burnrate pueda consultar.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Ponle un nombre a la fuente.</translation>
    </message>
    <message>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>El nombre no puede superar los %1 caracteres.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or control characters.</source>
        <translation>El nombre no puede contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: use http://host:port or https://host/path.</source>
        <translation>«%1» no es una dirección web: usa http://host:puerto o https://host/ruta.</translation>
    </message>
    <message>
        <source>Enter the address of the proxy, e.g. http://litellm:4000.</source>
        <translation>Introduce la dirección del proxy, p. ej. http://litellm:4000.</translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. http://gpu-box:8080.</source>
        <translation>Introduce la dirección del servidor, p. ej. http://gpu-box:8080.</translation>
    </message>
    <message>
        <source>Poll every %1 seconds at the least and once a year at the most.</source>
        <translation>El intervalo de consulta debe estar entre %1 segundos y un año.</translation>
    </message>
    <message>
        <source>Read between 1 and %1 days of history.</source>
        <translation>Lee entre 1 y %1 días de historial.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“%1” is not the name of an environment variable (letters, digits and _, not starting with a digit).</source>
        <translation>«%1» no es el nombre de una variable de entorno (letras, dígitos y _, sin empezar por un dígito).</translation>
    </message>
    <message>
        <source>A model server takes no API key.</source>
        <translation>Un servidor de modelos no admite clave de API.</translation>
    </message>
    <message>
        <source>Enter either the API key or the environment variable that holds it, not both.</source>
        <translation>Introduce la clave de API o la variable de entorno que la contiene, no ambas.</translation>
    </message>
    <message>
        <source>There is no keychain here to keep the key: put it in an environment variable and enter the variable&apos;s name instead.</source>
        <translation>Aquí no hay ningún llavero donde guardar la clave: ponla en una variable de entorno e introduce en su lugar el nombre de la variable.</translation>
    </message>
    <message>
        <source>Enter the API key, or the name of an environment variable that holds it.</source>
        <translation>Introduce la clave de API o el nombre de una variable de entorno que la contenga.</translation>
    </message>
    <message>
        <source>A source named “%1” exists already: choose another name.</source>
        <translation>Ya existe una fuente llamada «%1»: elige otro nombre.</translation>
    </message>
    <message>
        <source>This source is no longer configured.</source>
        <translation>Esta fuente ya no está configurada.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1. Keep the key in an environment variable instead: enter the variable&apos;s name and leave the key empty.</source>
        <translation>No se pudo guardar la clave: %1. Guárdala en una variable de entorno: introduce el nombre de la variable y deja la clave vacía.</translation>
    </message>
    <message>
        <source>The source is removed, but its key could not be deleted from the system keychain (%1).</source>
        <translation>La fuente se eliminó, pero su clave no se pudo borrar del llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>Sources are not polled here.</source>
        <translation>Aquí no se consultan las fuentes.</translation>
    </message>
    <message>
        <source>“%1” is not polled: it is not configured.</source>
        <translation>«%1» no se consulta: no está configurada.</translation>
    </message>
    <message>
        <source>Connected. New or changed records: %1.</source>
        <translation>Conectado. Registros nuevos o modificados: %1.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>every %1 s</source>
        <translation>cada %1 s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>cada %1 min</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>e.g. OpenAI production, GPU box 1</source>
        <translation>p. ej. OpenAI producción, máquina GPU 1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Environment variable holding the API key</source>
        <translation>Variable de entorno que contiene la clave de API</translation>
    </message>
    <message>
        <source>Or environment &amp;variable:</source>
        <translation>O &amp;variable de entorno:</translation>
    </message>
    <message>
        <source>An admin key of the organisation. Burnrate keeps it in the system keychain, never in its ledger. On a machine without a keychain, put it in an environment variable and enter the variable&apos;s name.</source>
        <translation>Una clave de administrador de la organización. Burnrate la guarda en el llavero del sistema, nunca en su libro mayor. En una máquina sin llavero, ponla en una variable de entorno e introduce el nombre de la variable.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>C&amp;onsultar cada:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Default (%1 days)</source>
        <translation>Predeterminado (%1 días)</translation>
    </message>
    <message>
        <source>How much history the first poll reads.</source>
        <translation>Cuánto historial lee la primera consulta.</translation>
    </message>
    <message>
        <source>Days of history to read first</source>
        <translation>Días de historial que leer al principio</translation>
    </message>
    <message>
        <source>&amp;History to read:</source>
        <translation>&amp;Historial que leer:</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini (optional)</source>
        <translation>p. ej. gpt-4o-mini (opcional)</translation>
    </message>
    <message>
        <source>A cloud model of the price table: Burnrate shows what this server&apos;s tokens would have cost there.</source>
        <translation>Un modelo en la nube de la tabla de precios: Burnrate muestra lo que habrían costado allí los tokens de este servidor.</translation>
    </message>
    <message>
        <source>&amp;Reference model:</source>
        <translation>Modelo de &amp;referencia:</translation>
    </message>
    <message>
        <source>As the server reports it (optional)</source>
        <translation>Tal como lo indica el servidor (opcional)</translation>
    </message>
    <message>
        <source>&amp;Served model:</source>
        <translation>Modelo &amp;servido:</translation>
    </message>
    <message>
        <source>Whose usage it is, e.g. ana@example.com (optional)</source>
        <translation>De quién es el uso, p. ej. ana@example.com (opcional)</translation>
    </message>
    <message>
        <source>P&amp;erson&apos;s email:</source>
        <translation>Corr&amp;eo de la persona:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>A source keeps its name: its key in the keychain is filed under it.</source>
        <translation>Una fuente conserva su nombre: su clave se guarda en el llavero con ese nombre.</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s own address.</source>
        <translation>Déjalo vacío para usar la dirección del propio proveedor.</translation>
    </message>
    <message>
        <source>The proxy&apos;s address, e.g. http://litellm:4000</source>
        <translation>Dirección del proxy, p. ej. http://litellm:4000</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. http://gpu-box:8080</source>
        <translation>Dirección del servidor, p. ej. http://gpu-box:8080</translation>
    </message>
    <message>
        <source>The server, or its /metrics address.</source>
        <translation>El servidor o su dirección /metrics.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>No keychain here: use an environment variable</source>
        <translation>No hay llavero aquí: usa una variable de entorno</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Déjalo vacío para conservar la clave guardada</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Last usage</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Usage sources</source>
        <translation>Fuentes de uso</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Aún no hay fuentes</translation>
    </message>
    <message>
        <source>Import local agent logs (above, or with “burnrate-cli import claude-code”) or connect a provider account above.</source>
        <translation>Importa los logs locales de los agentes (arriba o con «burnrate-cli import claude-code») o conecta arriba una cuenta de proveedor.</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not read the ledger</source>
        <translation>No se pudo leer el libro mayor</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Spend per person, by model</source>
        <translation>Gasto por persona, por modelo</translation>
    </message>
    <message>
        <source>Spend per person by model</source>
        <translation>Gasto por persona y modelo</translation>
    </message>
    <message>
        <source>Spend per person</source>
        <translation>Gasto por persona</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Aún no hay equipos</translation>
    </message>
    <message>
        <source>Import the people directory with “burnrate-cli people import FILE.csv” to see teams.</source>
        <translation>Importa el directorio de personas con «burnrate-cli people import FILE.csv» para ver los equipos.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>No hay uso en este periodo</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>Nadie de %1 usó un modelo en el periodo %2.</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>otros modelos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Total del equipo</translation>
    </message>
    <message>
        <source>Team budget</source>
        <translation>Presupuesto del equipo</translation>
    </message>
    <message>
        <source>Team budget burn-down</source>
        <translation>Consumo del presupuesto del equipo</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Mayores variaciones</translation>
    </message>
    <message>
        <source>People (double-click for a person&apos;s breakdown)</source>
        <translation>Personas (doble clic para ver el desglose de una persona)</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>Mayores variaciones frente a %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4) · %5 tokens · %6</source>
        <translation>%1 · %2 · %3 (%4) · %5 tokens · %6</translation>
    </message>
    <message>
        <source>%1 has no budget of its own. Add one on the Budgets page.</source>
        <translation>%1 no tiene presupuesto propio. Añade uno en la página Presupuestos.</translation>
    </message>
    <message>
        <source>Team budget: %1, %2</source>
        <translation>Presupuesto del equipo: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3 %) · %4</source>
        <translation>Gastado: %1 de %2 (%3 %) · %4</translation>
    </message>
    <message>
        <source> · forecast %1 by the period&apos;s end (%2)</source>
        <translation> · previsión al final del periodo: %1 (%2)</translation>
    </message>
    <message>
        <source> · the whole team&apos;s budget: the filters don&apos;t narrow it</source>
        <translation> · presupuesto de todo el equipo: los filtros no lo acotan</translation>
    </message>
</context>
<context>
    <name>TeamSpendTreeModel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Includes the teams nested below it</source>
        <translation>Incluye sus subequipos</translation>
    </message>
</context>
<context>
    <name>ThemedChartView</name>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Exportar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export chart as P&amp;DF…</source>
        <translation>Exportar gráfico como P&amp;DF…</translation>
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
        <translation>&amp;Abrir Burnrate</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>my spend this month %1 (%2)</source>
        <translation>mi gasto de este mes %1 (%2)</translation>
    </message>
    <message>
        <source>Burnrate: %1</source>
        <translation>Burnrate: %1</translation>
    </message>
    <message>
        <source>My budgets: %1 (%2, %3 % used)</source>
        <translation>Mis presupuestos: %1 (%2, %3 % usado)</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation>Alerta de presupuesto</translation>
    </message>
</context>
<context>
    <name>UnmatchedIdentityModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Provider says</source>
        <translation>Según el proveedor</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
</context>
</TS>
