<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AgentLogsPanel</name>
    <message>
        <source>Agent logs</source>
        <translation>エージェントのログ</translation>
    </message>
    <message>
        <source>Usage that coding agents on this computer record in their own logs, counted for you.</source>
        <translation>このコンピューター上のコーディングエージェントが自身のログに記録した使用量を集計します。</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>まだインポートしていません</translation>
    </message>
    <message>
        <source>%1 import progress</source>
        <translation>%1 のインポートの進行状況</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>今すぐインポート</translation>
    </message>
    <message>
        <source>Import %1 logs now</source>
        <translation>%1 のログを今すぐインポート</translation>
    </message>
    <message>
        <source>Watch for new usage</source>
        <translation>新しい使用量を監視</translation>
    </message>
    <message>
        <source>Import new usage as soon as an agent writes it to its logs.</source>
        <translation>エージェントがログに書き込んだ新しい使用量を、すぐにインポートします。</translation>
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
        <translation>既定の場所にログが見つかりません</translation>
    </message>
    <message>
        <source>Read %1 files, %2 new messages, %3 malformed lines skipped</source>
        <translation>%1 個のファイルを読み込みました（新しいメッセージ %2 件、スキップした不正な形式の行 %3 行）</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Budget alert</source>
        <translation>予算アラート</translation>
    </message>
    <message>
        <source>The newest budget alert addressed to you</source>
        <translation>あなた宛ての最新の予算アラート</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>確認済みにする(&amp;K)</translation>
    </message>
    <message>
        <source>Acknowledge this alert</source>
        <translation>このアラートを確認済みにする</translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation>スヌーズ(&amp;O)</translation>
    </message>
    <message>
        <source>Snooze this alert</source>
        <translation>このアラートをスヌーズ</translation>
    </message>
    <message>
        <source>Show a&amp;lerts</source>
        <translation>アラートを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Show all alerts</source>
        <translation>すべてのアラートを表示</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（ほか %n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Fired</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>通知先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>%1 % of the budget %2 used: %3 of %4</source>
        <translation>予算 %2 の %1% を使用しました：%4 のうち %3</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out on %2: %3 of %4 used so far</source>
        <translation>このペースでは予算 %1 を %2 に使い切る見込みです：これまでに %4 のうち %3 を使用</translation>
    </message>
    <message>
        <source>At this pace the budget %1 runs out before its period ends: %2 of %3 used so far</source>
        <translation>このペースでは予算 %1 を期間の終了前に使い切る見込みです：これまでに %3 のうち %2 を使用</translation>
    </message>
    <message>
        <source>%1 % used: %2 of %3</source>
        <translation>%1% を使用：%3 のうち %2</translation>
    </message>
    <message>
        <source>Runs out %1: %2 of %3 used</source>
        <translation>%1 に使い切る見込み：%3 のうち %2 を使用</translation>
    </message>
    <message>
        <source>Runs out before the period ends: %1 of %2 used</source>
        <translation>期間の終了前に使い切る見込み：%2 のうち %1 を使用</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 までスヌーズ中</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>%1 に確認済み</translation>
    </message>
    <message>
        <source>Period over</source>
        <translation>期間終了</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>期間 %1～%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 ほか %2 名</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認済みにする(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>選択したアラートを確認済みにする</translation>
    </message>
    <message>
        <source>Mark the alert as seen: it leaves the banner and the tray.</source>
        <translation>アラートを確認済みにします。バナーとトレイには表示されなくなります。</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>スヌーズ(&amp;S)</translation>
    </message>
    <message>
        <source>Snooze the selected alert</source>
        <translation>選択したアラートをスヌーズ</translation>
    </message>
    <message>
        <source>Hide the alert from the banner and the tray for a while.</source>
        <translation>しばらくの間、アラートをバナーとトレイに表示しないようにします。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the alert history as CSV</source>
        <translation>アラート履歴を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>アラート履歴</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>アラートはまだありません</translation>
    </message>
    <message>
        <source>Budgets warn here when their spend reaches a threshold or is projected to run out before the period ends.</source>
        <translation>予算の支出がしきい値に達したとき、または期間の終了前に使い切ると予測されたときに、ここに警告が表示されます。</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>確認済みにしました。</translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation>スヌーズしました。</translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>アラート履歴のエクスポート</translation>
    </message>
    <message>
        <source>alerts-%1.csv</source>
        <translation>alerts-%1.csv</translation>
    </message>
    <message>
        <source>No alerts for %1</source>
        <translation>%1 のアラートはありません</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n alert(s) is about this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>%n 件のアラートのうち、このチームまたはユーザーに関するものはありません。ツールバーで別の対象を選ぶか、フィルターを解除してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Where your organisation&apos;s LLM tokens and money go, person by person.</source>
        <translation>組織の LLM トークンとお金の使い道を、メンバーごとに示します。</translation>
    </message>
    <message>
        <source>The ledger file (default: BURNRATE_DB, else %1).</source>
        <translation>台帳ファイル（既定値：BURNRATE_DB、未設定の場合は %1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Show a generated demo organisation (in its own ledger).</source>
        <translation>生成したデモ組織を表示します（専用の台帳を使用）。</translation>
    </message>
    <message>
        <source>Seed of the demo organisation.</source>
        <translation>デモ組織のシード値。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Save a picture of each page to the directory, then quit.</source>
        <translation>各ページの画像をディレクトリに保存して終了します。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Period to show first: this-month, last-month, last-30-days, last-90-days.</source>
        <translation>最初に表示する期間：this-month、last-month、last-30-days、last-90-days。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>今回の実行で使うテーマ：system、light、dark のいずれか（既定値：「設定」で選んだもの、未選択の場合はシステムに従う）。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数です：%1</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed には数値を指定してください</translation>
    </message>
    <message>
        <source>Unknown period: %1</source>
        <translation>不明な期間です：%1</translation>
    </message>
    <message>
        <source>Unknown theme: %1 (system, light or dark)</source>
        <translation>不明なテーマです：%1（system、light、dark のいずれか）</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1:
%2</source>
        <translation>台帳 %1 を開けません：
%2</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>スクリーンショットを %1 に保存しました</translation>
    </message>
    <message>
        <source>Not available in the demo: its provider usage is generated, and nothing is polled. Start Burnrate without --demo to connect provider accounts and model servers.</source>
        <translation>デモでは使用できません：プロバイダーの使用量は生成されたもので、ポーリングは行いません。プロバイダーアカウントやモデルサーバーに接続するには、--demo を付けずに Burnrate を起動してください。</translation>
    </message>
    <message>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <source>Connected sources are not available: %1</source>
        <translation>接続ソースを使用できません：%1</translation>
    </message>
    <message>
        <source>the price table cannot be read (%1)</source>
        <translation>価格表を読み込めません（%1）</translation>
    </message>
    <message>
        <source>Building the demo organisation…</source>
        <translation>デモ組織を作成しています…</translation>
    </message>
    <message>
        <source>Cannot build the demo organisation in %1:
%2</source>
        <translation>%1 にデモ組織を作成できません：
%2</translation>
    </message>
    <message>
        <source>Language for this run: system, en, de, fr, es or ja (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>今回の実行で使う言語：system、en、de、fr、es、ja のいずれか（既定値：「設定」で選んだもの、未選択の場合はシステムに従う）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Unknown language: %1 (system, en, de, fr, es or ja)</source>
        <translation>不明な言語です：%1（system、en、de、fr、es、ja のいずれか）</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <source>%1: spend over time by model</source>
        <translation>%1：モデル別の支出の推移</translation>
    </message>
    <message>
        <source>Spend broken down</source>
        <translation>支出の内訳</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>モデル別(&amp;L)</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>モデル別の支出</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>ソース別(&amp;S)</translation>
    </message>
    <message>
        <source>Spend by source</source>
        <translation>ソース別の支出</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>プロジェクト別(&amp;P)</translation>
    </message>
    <message>
        <source>Spend by project</source>
        <translation>プロジェクト別の支出</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>表示中の表を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>%1: %2 (%3) · %4 tokens · %5 requests</source>
        <translation>%1：%2（%3）· %4 トークン · %5 リクエスト</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>この期間の使用量はありません</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>%2 の期間に %1 の使用量は記録されていません。</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>その他のモデル</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Add a budget</source>
        <translation>予算の追加</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>予算を追加</translation>
    </message>
    <message>
        <source>Edit the budget %1</source>
        <translation>予算 %1 の編集</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>対象(&amp;A):</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>チーム(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Include its nested teams</source>
        <translation>配下のチームを含める(&amp;I)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>メンバー(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>First day of the custom period</source>
        <translation>カスタム期間の初日</translation>
    </message>
    <message>
        <source>Last day of the custom period</source>
        <translation>カスタム期間の最終日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>週の初日</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>週の開始日(&amp;W):</translation>
    </message>
    <message>
        <source>Day of the month the period starts on</source>
        <translation>期間が始まる日（毎月）</translation>
    </message>
    <message>
        <source>A month shorter than this starts on its last day (a period from the 31st starts on 30 April).</source>
        <translation>これより日数の少ない月は、その月の最終日に始まります（31 日開始の期間は 4 月 30 日に始まります）。</translation>
    </message>
    <message>
        <source>&amp;Months start on day:</source>
        <translation>月の開始日(&amp;M):</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Limit unit</source>
        <translation>上限の単位</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>上限(&amp;L):</translation>
    </message>
    <message>
        <source>Thresholds in percent</source>
        <translation>しきい値（パーセント）</translation>
    </message>
    <message>
        <source>Percentages of the limit at which Burnrate warns, separated by commas.</source>
        <translation>Burnrate が警告する、上限に対する割合（パーセント）をカンマ区切りで指定します。</translation>
    </message>
    <message>
        <source>&amp;Warn at (%):</source>
        <translation>警告のしきい値 (%)(&amp;W):</translation>
    </message>
    <message>
        <source>Soft: warn only</source>
        <translation>ソフト：警告のみ</translation>
    </message>
    <message>
        <source>Hard: the limit must not be passed</source>
        <translation>ハード：上限を超えてはならない</translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation>制限の方式(&amp;E):</translation>
    </message>
    <message>
        <source>Only these models</source>
        <translation>対象のモデルのみ</translation>
    </message>
    <message>
        <source>All models, or e.g. claude-opus-4-1, gpt-5</source>
        <translation>すべてのモデル、または claude-opus-4-1, gpt-5 など</translation>
    </message>
    <message>
        <source>Only m&amp;odels:</source>
        <translation>対象のモデル(&amp;O):</translation>
    </message>
    <message>
        <source>Only these sources</source>
        <translation>対象のソースのみ</translation>
    </message>
    <message>
        <source>All sources, or e.g. claude-code, openai</source>
        <translation>すべてのソース、または claude-code, openai など</translation>
    </message>
    <message>
        <source>Only so&amp;urces:</source>
        <translation>対象のソース(&amp;U):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>e.g. 50000000</source>
        <translation>例：50000000</translation>
    </message>
    <message>
        <source>e.g. 2500</source>
        <translation>例：2500</translation>
    </message>
    <message>
        <source>Choose a team. The directory has none yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>チームを選択してください。名簿にはまだチームがありません：「burnrate-cli people import FILE.csv」で名簿をインポートしてください。</translation>
    </message>
    <message>
        <source>Choose a person. The directory has nobody yet: import it with “burnrate-cli people import FILE.csv”.</source>
        <translation>メンバーを選択してください。名簿にはまだ誰もいません：「burnrate-cli people import FILE.csv」で名簿をインポートしてください。</translation>
    </message>
    <message>
        <source>Enter a limit.</source>
        <translation>上限を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a number of tokens.</source>
        <translation>「%1」はトークン数ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a whole percentage.</source>
        <translation>「%1」は整数のパーセント値ではありません。</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>米ドル (USD)</translation>
    </message>
    <message>
        <source>In US dollars (USD), although amounts are shown in %1: budgets stay in US dollars.</source>
        <translation>金額は %1 で表示していますが、予算は米ドル (USD) のままです。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in US dollars.</source>
        <translation>「%1」は米ドルの金額ではありません。</translation>
    </message>
</context>
<context>
    <name>BudgetGauge</name>
    <message>
        <source>My budget</source>
        <translation>自分の予算</translation>
    </message>
    <message>
        <source>Share of my budget spent</source>
        <translation>自分の予算の使用率</translation>
    </message>
    <message>
        <source>No budget applies to you. A manager or admin sets one on the Budgets page.</source>
        <translation>あなたに適用される予算はありません。予算はマネージャーまたは管理者が「予算」ページで設定します。</translation>
    </message>
    <message>
        <source>My budget: %1 (%2), %3</source>
        <translation>自分の予算：%1（%2）、%3</translation>
    </message>
    <message>
        <source>my own</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %) · %4</source>
        <translation>%2 のうち %1（%3%）· %4</translation>
    </message>
    <message>
        <source>
Forecast for the period&apos;s end: %1 (%2; dashed line)</source>
        <translation>
期間末の予測：%1（%2、破線）</translation>
    </message>
</context>
<context>
    <name>BudgetsModel</name>
    <message>
        <source>Scope</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出額</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Forecast at period end</source>
        <translation>期間末の予測</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>使い切る日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>メンバー %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation>信頼度なし</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>信頼度：低</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>信頼度：中</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>信頼度：高</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>タイムゾーン：%1</translation>
    </message>
    <message>
        <source>Weeks start on %1</source>
        <translation>週の開始日：%1</translation>
    </message>
    <message>
        <source>Months start on day %1</source>
        <translation>月の開始日：%1 日</translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation>評価できません：%1</translation>
    </message>
    <message>
        <source>The limit is reached</source>
        <translation>上限に達しました</translation>
    </message>
    <message>
        <source>%1 % of the limit is used</source>
        <translation>上限の %1% を使用しています</translation>
    </message>
    <message>
        <source>At this pace the limit is reached before the period ends</source>
        <translation>このペースでは期間の終了前に上限に達します</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>上限内です</translation>
    </message>
    <message>
        <source>Nested teams included</source>
        <translation>配下のチームを含む</translation>
    </message>
    <message>
        <source>Nested teams not included</source>
        <translation>配下のチームを含まない</translation>
    </message>
    <message>
        <source>Only the models %1</source>
        <translation>対象のモデル：%1</translation>
    </message>
    <message>
        <source>Only the sources %1</source>
        <translation>対象のソース：%1</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>ハード上限</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>ソフト上限</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1、%2～%3</translation>
    </message>
    <message>
        <source>Compared with the estimated and billed cost of the usage</source>
        <translation>使用量の推定額と請求額の合計と比較されます</translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation>上限を %1 超過</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not enough usage history for a forecast yet</source>
        <translation>予測に必要な使用履歴がまだ足りません</translation>
    </message>
    <message>
        <source>At the recent pace of %1 a day; %2</source>
        <translation>最近のペース（1 日あたり %1）に基づく予測。%2</translation>
    </message>
    <message>
        <source>At this pace the limit is reached on %1 (%2)</source>
        <translation>このペースでは %1（%2）に上限に達します</translation>
    </message>
    <message>
        <source>The limit is already reached</source>
        <translation>すでに上限に達しています</translation>
    </message>
    <message>
        <source>Not expected to run out before the period ends</source>
        <translation>期間の終了前に使い切る見込みはありません</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a budget</source>
        <translation>予算を追加</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected budget</source>
        <translation>選択した予算を編集</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected budget</source>
        <translation>選択した予算を削除</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Budgets in their current period</source>
        <translation>現在の期間の予算</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Each budget counts its own period in its own time zone, whatever period the window shows. The forecast follows the recent daily pace, with quieter weekends.</source>
        <translation>各予算は、ウィンドウに表示中の期間にかかわらず、それぞれのタイムゾーンでそれぞれの期間を集計します。予測は最近の 1 日あたりのペースに基づき、週末は少なめに見込みます。</translation>
    </message>
    <message>
        <source>No budgets yet</source>
        <translation>予算はまだありません</translation>
    </message>
    <message>
        <source>Add one above, or with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>上のボタンから追加するか、「burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500」で設定してください。</translation>
    </message>
    <message>
        <source>Set one with “burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500”.</source>
        <translation>「burnrate-cli budgets set --scope team:NAME --period month --limit-usd 500」で設定してください。</translation>
    </message>
    <message>
        <source>Budgets cannot be changed in this window.</source>
        <translation>このウィンドウでは予算を変更できません。</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>予算の削除</translation>
    </message>
    <message>
        <source>Remove the budget %1? Its alert history stays.</source>
        <translation>予算 %1 を削除しますか？アラート履歴は残ります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed the budget %1.</source>
        <translation>予算 %1 を削除しました。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>No budget for %1</source>
        <translation>%1 の予算はありません</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n budget(s) is for this team or person. Choose another in the tool bar, or clear the filter.</source>
        <translation>
            <numerusform>%n 件の予算のうち、このチームまたはユーザーに適用されるものはありません。ツールバーで別の対象を選ぶか、フィルターを解除してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <source>Even pace</source>
        <translation>均等なペース</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>予測</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Could not start the PDF document.</source>
        <translation>PDF ドキュメントを作成できませんでした。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>DashboardToolBar</name>
    <message>
        <source>Period and filters</source>
        <translation>期間とフィルター</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>チーム(&amp;T):</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>チームのフィルター</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>メンバー(&amp;R):</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>メンバーのフィルター</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>モデルのフィルター</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ソース(&amp;S):</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>ソースのフィルター</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>すべてのチーム</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべてのソース</translation>
    </message>
    <message>
        <source>The %1 page is not narrowed by this filter.</source>
        <translation>「%1」ページはこのフィルターでは絞り込まれません。</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unpriced</source>
        <translation>価格不明</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>使用量なし</translation>
    </message>
    <message>
        <source>Billed: the cost the provider reported</source>
        <translation>請求：プロバイダーが報告したコスト</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with the price table</source>
        <translation>推定：トークン数を価格表で計算したコスト</translation>
    </message>
    <message>
        <source>Unpriced: no price is known for this usage, so it has no cost figure</source>
        <translation>価格不明：この使用量の価格がわからないため、コストを算出できません</translation>
    </message>
    <message>
        <source>Mixed: %1 billed, %2 estimated</source>
        <translation>混在：請求 %1、推定 %2</translation>
    </message>
    <message>
        <source>1 record unpriced, not included in the sum</source>
        <translation>価格不明のレコード 1 件（合計に含まれません）</translation>
    </message>
    <message>
        <source>%1 records unpriced, not included in the sum</source>
        <translation>価格不明のレコード %1 件（合計に含まれません）</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Input %1, cache write %2, cache read %3, output %4 (reasoning %5)</source>
        <translation>入力 %1、キャッシュ書き込み %2、キャッシュ読み取り %3、出力 %4（うち推論 %5）</translation>
    </message>
</context>
<context>
    <name>EfficiencyPanel</name>
    <message>
        <source>Efficiency</source>
        <translation>効率</translation>
    </message>
    <message>
        <source>Efficiency (estimated)</source>
        <translation>効率（推定）</translation>
    </message>
    <message>
        <source>Cache reads</source>
        <translation>キャッシュ読み取り</translation>
    </message>
    <message>
        <source>Cache reads over every prompt token (uncached input, cache writes and cache reads). The saving prices the cache reads at the full input price instead, with the price table in force.</source>
        <translation>すべてのプロンプトトークン（キャッシュなしの入力、キャッシュ書き込み、キャッシュ読み取り）に占めるキャッシュ読み取りの割合です。節約額は、現在適用中の価格表で、キャッシュ読み取りを通常の入力価格で計算した場合との差です。</translation>
    </message>
    <message>
        <source>Spend on expensive models</source>
        <translation>高価なモデルへの支出</translation>
    </message>
    <message>
        <source>Expensive models</source>
        <translation>高価なモデル</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移行(&amp;M)</translation>
    </message>
    <message>
        <source>Share of the expensive models&apos; work to move</source>
        <translation>移行する、高価なモデルの作業の割合</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>What moving work would save</source>
        <translation>作業の移行による節約額</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>試算</translation>
    </message>
    <message>
        <source>No input tokens in this period.</source>
        <translation>この期間の入力トークンはありません。</translation>
    </message>
    <message>
        <source>%1 % of input tokens were read from the cache, which saved %2 (estimated) against paying the full input price.</source>
        <translation>入力トークンの %1% がキャッシュから読み取られ、通常の入力価格と比べて %2（推定）節約しました。</translation>
    </message>
    <message>
        <source>None: the models you used that have a price cost about the same per output token.</source>
        <translation>なし：使用した、価格のわかっているモデルは、出力トークンあたりのコストがほぼ同じです。</translation>
    </message>
    <message>
        <source>%1 % of your spend (%2, estimated) went to %3, the dearest third of your models by output price.</source>
        <translation>あなたの支出の %1%（%2、推定）は、出力価格で見て最も高い 3 分の 1 のモデルである %3 に使われました。</translation>
    </message>
    <message>
        <source>Expensive: among the models you used that have a price, those whose output price is in the top third of their range, from the cheapest plus two thirds of the way to the dearest (%1 per million output tokens in this period).</source>
        <translation>高価なモデル：使用した、価格のわかっているモデルのうち、出力価格がその幅の上位 3 分の 1、つまり最安値から最高値までの 3 分の 2 を超えた範囲にあるモデル（この期間では出力 100 万トークンあたり %1 から）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No cheaper model of yours to move work to.</source>
        <translation>作業の移行先となる、あなたが使った安価なモデルがありません。</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved %3 in this period (estimated).</source>
        <translation>その作業の %1% を %2 に移行していれば、この期間に %3 節約できました（推定）。</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have cost %3 more in this period (estimated): it reads input at a higher price.</source>
        <translation>その作業の %1% を %2 に移行していれば、この期間のコストは %3 多くなっていました（推定）：入力の価格がより高いためです。</translation>
    </message>
    <message>
        <source>Moving %1 % of that work to %2 would have saved nothing (estimated).</source>
        <translation>その作業の %1% を %2 に移行しても、節約にはなりませんでした（推定）。</translation>
    </message>
    <message>
        <source>Without a price, so in no cost figure here: %1.</source>
        <translation>価格がわからないため、ここの金額には含まれていません：%1。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation>データファイルを読み込めません。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>データベースでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The data file is not a Burnrate ledger or is damaged.</source>
        <translation>データファイルが Burnrate の台帳ではないか、破損しています。</translation>
    </message>
    <message>
        <source>The data file was written by a newer Burnrate.</source>
        <translation>データファイルは、より新しいバージョンの Burnrate で書き込まれています。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
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
        <translation>ページ一覧</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>My usage</source>
        <translation>自分の使用量</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>People</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Burnrate</source>
        <translation>Burnrate について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>This takes a moment.</source>
        <translation>しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>データ：%1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>About Burnrate</source>
        <translation>Burnrate について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Where an organisation&apos;s LLM tokens and money go, person by person and team by team.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;&lt;p&gt;Data file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;組織の LLM トークンとお金の使い道を、メンバーごと、チームごとに示します。&lt;/p&gt;&lt;p&gt;Qt %2（ビルド時 %3）&lt;/p&gt;&lt;p&gt;データファイル：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not start Burnrate again; please start it yourself.</source>
        <translation>Burnrate を再起動できませんでした。手動で起動してください。</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>この期間</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>増減率 (%)</translation>
    </message>
    <message>
        <source>%1 in the period before, %2 in this one</source>
        <translation>前の期間は %1、この期間は %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
</context>
<context>
    <name>MyUsagePage</name>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>支出最多のモデル</translation>
    </message>
    <message>
        <source>Spend over time by model</source>
        <translation>モデル別の支出の推移</translation>
    </message>
    <message>
        <source>My spend broken down</source>
        <translation>自分の支出の内訳</translation>
    </message>
    <message>
        <source>By mode&amp;l</source>
        <translation>モデル別(&amp;L)</translation>
    </message>
    <message>
        <source>My spend by model</source>
        <translation>モデル別の自分の支出</translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation>プロジェクト別(&amp;P)</translation>
    </message>
    <message>
        <source>My spend by project</source>
        <translation>プロジェクト別の自分の支出</translation>
    </message>
    <message>
        <source>By s&amp;ession</source>
        <translation>セッション別(&amp;E)</translation>
    </message>
    <message>
        <source>My spend by session: which tasks cost most</source>
        <translation>セッション別の自分の支出：コストの高いタスク</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the table shown as CSV</source>
        <translation>表示中の表を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>使用量はまだありません</translation>
    </message>
    <message>
        <source>Import usage with “burnrate-cli import claude-code” and the people directory with “burnrate-cli people import FILE.csv”, or look around with “burnrate --demo”.</source>
        <translation>「burnrate-cli import claude-code」で使用量を、「burnrate-cli people import FILE.csv」でメンバー名簿をインポートするか、「burnrate --demo」でデモをご覧ください。</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>あなたはどなたですか？</translation>
    </message>
    <message>
        <source>Choose yourself under Settings to see your own usage.</source>
        <translation>自分の使用量を表示するには、「設定」で自分を選択してください。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot compare with your peers: %1</source>
        <translation>同僚と比較できません：%1</translation>
    </message>
    <message>
        <source>Cannot work out the efficiency figures: %1</source>
        <translation>効率の数値を算出できません：%1</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>この期間の使用量はありません</translation>
    </message>
    <message>
        <source>Nothing was recorded for %1 between %2.</source>
        <translation>%2 の期間に %1 の使用量は記録されていません。</translation>
    </message>
    <message>
        <source>%1 in · %2 cached · %3 out</source>
        <translation>入力 %1 · キャッシュ %2 · 出力 %3</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>1 日平均 %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 % of spend</source>
        <translation>%1（%2）· 支出の %3%</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>その他のモデル</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>%1 の週</translation>
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
        <translation>自分の使用量のエクスポート</translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation>支出の推移</translation>
    </message>
    <message>
        <source>S&amp;tacked by:</source>
        <translation>積み上げ単位(&amp;B):</translation>
    </message>
    <message>
        <source>Stack the bars by</source>
        <translation>棒グラフの積み上げ単位</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>By so&amp;urce</source>
        <translation>ソース別(&amp;U)</translation>
    </message>
    <message>
        <source>My spend by source</source>
        <translation>ソース別の自分の支出</translation>
    </message>
    <message>
        <source>other sources</source>
        <translation>その他のソース</translation>
    </message>
    <message>
        <source>Spend over time by source</source>
        <translation>ソース別の支出の推移</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最終成功</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>次回のポーリング</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
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
        <translation>LiteLLM プロキシ</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp サーバー</translation>
    </message>
    <message>
        <source>vLLM server</source>
        <translation>vLLM サーバー</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation>初回のポーリング待ち</translation>
    </message>
    <message>
        <source>Failing, retrying</source>
        <translation>失敗、再試行中</translation>
    </message>
    <message>
        <source>Key refused or missing</source>
        <translation>キーが拒否されたか未設定</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>The API key is read from %1.</source>
        <translation>API キーは %1 から読み込みます。</translation>
    </message>
    <message>
        <source>The last poll failed: %1
Burnrate tries again after a pause that grows with each failure.</source>
        <translation>前回のポーリングに失敗しました：%1
Burnrate は、失敗するたびに長くなる間隔を置いて再試行します。</translation>
    </message>
    <message>
        <source>%1
Not polled until its key or settings change: edit the source, or press Test once the key is in place. %2</source>
        <translation>%1
キーまたは設定が変わるまでポーリングしません：ソースを編集するか、キーを用意してから「テスト」を押してください。%2</translation>
    </message>
    <message>
        <source>Stopped until edited</source>
        <translation>編集されるまで停止</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>今すぐ</translation>
    </message>
</context>
<context>
    <name>NetworkSourcesPanel</name>
    <message>
        <source>Connected sources</source>
        <translation>接続ソース</translation>
    </message>
    <message>
        <source>Provider accounts and model servers that Burnrate asks for usage on a schedule.</source>
        <translation>Burnrate が定期的に使用量を問い合わせる、プロバイダーアカウントとモデルサーバーです。</translation>
    </message>
    <message>
        <source>Connected sources cannot be managed here.</source>
        <translation>ここでは接続ソースを管理できません。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>ソースを追加</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>選択したソースを編集</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test the selected source now</source>
        <translation>選択したソースを今すぐテスト</translation>
    </message>
    <message>
        <source>Poll the selected source now and report what happened.</source>
        <translation>選択したソースを今すぐポーリングし、結果を表示します。</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>選択したソースを削除</translation>
    </message>
    <message>
        <source>Stop polling it and delete its key; its usage stays.</source>
        <translation>ポーリングを停止してキーを削除します。使用量は残ります。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>「%1」をテストしています…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>ソースの削除</translation>
    </message>
    <message>
        <source>Remove “%1”? Burnrate stops polling it and deletes its stored key. The usage it brought in stays in the ledger.</source>
        <translation>「%1」を削除しますか？Burnrate はポーリングを停止し、保存されているキーを削除します。取り込んだ使用量は台帳に残ります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed “%1”; its usage stays in the ledger.</source>
        <translation>「%1」を削除しました。使用量は台帳に残ります。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>「%1」が失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation total</source>
        <translation>組織の合計</translation>
    </message>
    <message>
        <source>Spend per team</source>
        <translation>チーム別の支出</translation>
    </message>
    <message>
        <source>Each team&apos;s own spend, by model</source>
        <translation>各チーム自体の支出（モデル別）</translation>
    </message>
    <message>
        <source>Spend per team by model</source>
        <translation>チーム別・モデル別の支出</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>%1 total: %2 (%3) · %4 tokens · %5 requests · %6</source>
        <translation>%1 の合計：%2（%3）· %4 トークン · %5 リクエスト · %6</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>この期間の使用量はありません</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>その他のモデル</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（チームなし）</translation>
    </message>
    <message>
        <source>Teams, nested teams included (double-click for a breakdown)</source>
        <translation>チーム（配下のチームを含む。ダブルクリックで内訳を表示）</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>支出の変動上位</translation>
    </message>
    <message>
        <source>Top movers by team</source>
        <translation>チーム別の支出の変動上位</translation>
    </message>
    <message>
        <source>Team budgets</source>
        <translation>チームの予算</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>%1 と比べた支出の変動上位</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>%2 の期間に、%1 でモデルを使用したメンバーはいません。</translation>
    </message>
</context>
<context>
    <name>PeerComparisonPanel</name>
    <message>
        <source>Compared with your peers</source>
        <translation>同僚との比較</translation>
    </message>
    <message>
        <source>Peer comparison</source>
        <translation>同僚との比較</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>パーセンタイル</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Middle half (25th–75th)</source>
        <translation>中央 50%（25～75 パーセンタイル）</translation>
    </message>
    <message>
        <source>Percentile: the share of the group spending less than you, with half of those spending the same. Nobody is named, and groups of fewer than 5 people are not shown.</source>
        <translation>パーセンタイル：グループ内で、あなたより支出の少ない人の割合です（同額の人は半数を数えます）。個人名は表示されず、5 人未満のグループは表示されません。</translation>
    </message>
    <message>
        <source>&amp;Distribution of:</source>
        <translation>分布の対象(&amp;D):</translation>
    </message>
    <message>
        <source>Group whose spend distribution is shown</source>
        <translation>支出の分布を表示するグループ</translation>
    </message>
    <message>
        <source>Spend distribution of your peers</source>
        <translation>同僚の支出の分布</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Peer comparison is turned off for this organisation: an administrator can turn it on (ledger setting peer_comparison).</source>
        <translation>この組織では同僚との比較がオフになっています：管理者がオンにできます（台帳の設定 peer_comparison）。</translation>
    </message>
    <message>
        <source>There is nobody to compare you with.</source>
        <translation>比較する相手がいません。</translation>
    </message>
    <message>
        <source>%1 (only you)</source>
        <translation>%1（あなたのみ）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has only you: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>%1 にはあなたしかいません：数値から個人の支出がわからないよう、5 人未満のグループは表示されません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n people: groups of fewer than 5 are not shown, so nobody&apos;s spend can be told from the figures.</source>
        <translation>
            <numerusform>%1 には %n 人しかいません：数値から個人の支出がわからないよう、5 人未満のグループは表示されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: groups of fewer than 5 people stay private.</source>
        <translation>非表示：5 人未満のグループは公開されません。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n people: percentile %2, median %3, middle half %4 to %5</source>
        <translation>
            <numerusform>%1、%n 人：パーセンタイル %2、中央値 %3、中央 50% は %4～%5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Spend distribution of %1</source>
        <translation>%1 の支出の分布</translation>
    </message>
</context>
<context>
    <name>PeerDistributionChart</name>
    <message>
        <source>%1: you alone</source>
        <translation>%1：あなたのみ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people, you among them</source>
        <translation>
            <numerusform>%1：%n 人（あなたを含む）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 person</source>
        <translation>%1：1 人</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1 未満</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>従業員</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Directory</source>
        <translation>名簿</translation>
    </message>
    <message>
        <source>Filter by name, email, team…</source>
        <translation>名前、メール、チームなどで絞り込み…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>メンバーを絞り込み</translation>
    </message>
    <message>
        <source>People</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>未割り当ての ID</translation>
    </message>
    <message>
        <source>Usage under these identities belongs to nobody yet. Map them to people in the directory file&apos;s identities column.</source>
        <translation>これらの ID の使用量は、まだどのメンバーにも割り当てられていません。名簿ファイルの identities 列でメンバーに対応付けてください。</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>メンバーはまだいません</translation>
    </message>
    <message>
        <source>Import the directory with “burnrate-cli people import FILE.csv” (email,name,team,manager,role,identities).</source>
        <translation>「burnrate-cli people import FILE.csv」で名簿をインポートしてください（email,name,team,manager,role,identities）。</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>モデル %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>ソース %1</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Top model</source>
        <translation>支出最多のモデル</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 % of %2 · %3</source>
        <translation>%2 の %1% · %3</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Input /1M</source>
        <translation>入力 /100万</translation>
    </message>
    <message>
        <source>Output /1M</source>
        <translation>出力 /100万</translation>
    </message>
    <message>
        <source>Cache write 5m /1M</source>
        <translation>キャッシュ書き込み 5 分 /100万</translation>
    </message>
    <message>
        <source>Cache write 1h /1M</source>
        <translation>キャッシュ書き込み 1 時間 /100万</translation>
    </message>
    <message>
        <source>Cache read /1M</source>
        <translation>キャッシュ読み取り /100万</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>ロングコンテキスト</translation>
    </message>
    <message>
        <source>&gt; %1: %2 in, %3 out</source>
        <translation>&gt; %1：入力 %2、出力 %3</translation>
    </message>
    <message>
        <source>Once a request&apos;s prompt exceeds %1 tokens, the whole request is billed at the long-context rates.</source>
        <translation>リクエストのプロンプトが %1 トークンを超えると、そのリクエスト全体にロングコンテキストの料金が適用されます。</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>Price table version</source>
        <translation>価格表のバージョン</translation>
    </message>
    <message>
        <source>Filter by model or provider…</source>
        <translation>モデルまたはプロバイダーで絞り込み…</translation>
    </message>
    <message>
        <source>Filter prices</source>
        <translation>価格を絞り込み</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>モデルの価格</translation>
    </message>
    <message>
        <source>Rates in US dollars per million tokens. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>料金は 100 万トークンあたりの米ドルです。推定額はこの料金で計算し、請求額はプロバイダーから取得します。</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 モデル</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 モデル</translation>
    </message>
    <message>
        <source>In force: the table shipped with Burnrate (%1)</source>
        <translation>適用中：Burnrate に同梱の価格表（%1）</translation>
    </message>
    <message>
        <source>In force: version %1, imported %2 from “%3” (%4)</source>
        <translation>適用中：バージョン %1、%2 に「%3」からインポート（%4）</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>価格がありません</translation>
    </message>
    <message>
        <source>The price table has no models.</source>
        <translation>価格表にモデルがありません。</translation>
    </message>
    <message>
        <source>Rates per million tokens in %1, converted from the price table&apos;s US dollars at the rate in Settings. Estimated costs use these rates; billed costs come from the providers.</source>
        <translation>料金は 100 万トークンあたりの %1 で、価格表の米ドルから設定のレートで換算しています。推定額はこの料金で計算し、請求額はプロバイダーから取得します。</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>推定額</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
    <message>
        <source>no billed data</source>
        <translation>請求データなし</translation>
    </message>
    <message>
        <source>Billed: what the provider charged, from its cost report for the whole account, plus usage the provider priced itself</source>
        <translation>請求額：プロバイダーが請求した金額。アカウント全体のコストレポートの金額に、プロバイダー自身が価格を付けた使用量を加えたもの</translation>
    </message>
    <message>
        <source>Estimated: token counts priced with Burnrate&apos;s price table</source>
        <translation>推定額：トークン数を Burnrate の価格表で計算した金額</translation>
    </message>
    <message>
        <source>This source bills per request and has no account-level cost report to compare estimates with</source>
        <translation>このソースはリクエストごとに請求するため、推定額と比較できるアカウント単位のコストレポートがありません</translation>
    </message>
    <message>
        <source>This source reports no billed costs for these days: there is nothing to compare the estimate with</source>
        <translation>このソースはこれらの日の請求額を報告していません：推定額と比較できるものがありません</translation>
    </message>
    <message>
        <source>Billed minus estimated, on the days the provider&apos;s cost report covers (%1 billed, %2 estimated)</source>
        <translation>プロバイダーのコストレポートの対象日における、請求額から推定額を引いた値（請求額 %1、推定額 %2）</translation>
    </message>
    <message>
        <source>Billed minus estimated: positive when the provider charged more than the estimate</source>
        <translation>請求額から推定額を引いた値：プロバイダーの請求が推定額より多い場合はプラスになります</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&amp;Show by:</source>
        <translation>集計単位(&amp;S):</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>集計単位</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Reconciliation totals</source>
        <translation>照合の合計</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Billed and estimated spend</source>
        <translation>支出の請求額と推定額</translation>
    </message>
    <message>
        <source>Billed is what providers charged: their cost reports for the whole account (OpenAI, Anthropic) and usage they priced themselves (OpenRouter, LiteLLM). Estimated is usage priced with the price table. The difference counts only the days a provider&apos;s cost report covers; billed costs fall on the day their bucket starts.</source>
        <translation>請求額は、プロバイダーが請求した金額です：アカウント全体のコストレポート（OpenAI、Anthropic）と、プロバイダー自身が価格を付けた使用量（OpenRouter、LiteLLM）。推定額は、使用量を価格表で計算した金額です。差額は、プロバイダーのコストレポートの対象日だけを集計します。請求額は、その集計区間が始まる日に計上されます。</translation>
    </message>
    <message>
        <source>No billed or estimated spend in this period</source>
        <translation>この期間の請求額・推定額はありません</translation>
    </message>
    <message>
        <source>Nothing was billed or estimated between %1. Provider sources with a cost report (OpenAI, Anthropic admin keys) add billed figures when polled.</source>
        <translation>%1 の期間には、請求額も推定額もありません。コストレポートのあるプロバイダーのソース（OpenAI、Anthropic の管理者キー）は、ポーリング時に請求額を追加します。</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · where providers report costs: %3 billed, %4 estimated, difference %5 · %6</source>
        <translation>請求額 %1 · 推定額 %2 · プロバイダーがコストを報告している範囲：請求額 %3、推定額 %4、差額 %5 · %6</translation>
    </message>
    <message>
        <source>Billed %1 · estimated %2 · difference %3 · %4</source>
        <translation>請求額 %1 · 推定額 %2 · 差額 %3 · %4</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>照合結果のエクスポート</translation>
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
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>（割り当てなし）</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（チームなし）</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>（プロジェクトなし）</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>（セッションなし）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Cost kind</source>
        <translation>コストの種類</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Who I am</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Use the ledger&apos;s choice</source>
        <translation>台帳の指定を使用</translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation>自分(&amp;W):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>集計のタイムゾーン</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>データファイル</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>データファイル:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>(nobody in the directory)</source>
        <translation>（名簿に誰もいません）</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <source>The ledger names nobody as its user.</source>
        <translation>台帳にはユーザーが指定されていません。</translation>
    </message>
    <message>
        <source>The ledger&apos;s choice: %1</source>
        <translation>台帳の指定：%1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Shown when Burnrate starts again.</source>
        <translation>Burnrate の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>今すぐ再起動(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Only when this computer&apos;s sources write, or on F5</source>
        <translation>このコンピューターのソースが書き込んだとき、または F5 を押したときのみ</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>%1 分ごと</translation>
    </message>
    <message>
        <source>&amp;Read the ledger again:</source>
        <translation>台帳の再読み込み(&amp;E):</translation>
    </message>
    <message>
        <source>Tell me about my budget alerts with a desktop notification</source>
        <translation>自分の予算アラートをデスクトップ通知で知らせる</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知:</translation>
    </message>
    <message>
        <source>Alerts also reach chat channels and other systems through webhooks, which an admin sets up with “burnrate-cli webhooks add --url URL”.</source>
        <translation>アラートは Webhook を通じてチャットのチャンネルや他のシステムにも届きます。Webhook は管理者が「burnrate-cli webhooks add --url URL」で設定します。</translation>
    </message>
    <message>
        <source>Show each employee how their spend compares with their peers (groups of 5 or more, nobody named)</source>
        <translation>各従業員に、自分の支出を同僚と比較して表示する（5 人以上のグループ、個人名は非表示）</translation>
    </message>
    <message>
        <source>Peer comparison:</source>
        <translation>同僚との比較:</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch, for everyone.</source>
        <translation>組織のプライバシー設定です（全員に適用されます）。</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy switch (ledger setting “peer_comparison”), for everyone.</source>
        <translation>組織のプライバシー設定です（台帳の設定「peer_comparison」、全員に適用されます）。</translation>
    </message>
    <message>
        <source>Who you are, the appearance, the language and the currency are kept in your own settings. The reporting time zone, which days are counted in, and the peer comparison switch are the ledger&apos;s, for everyone.</source>
        <translation>自分として選んだメンバー、外観、言語、通貨はあなた自身の設定に保存されます。日付を数える集計のタイムゾーンと同僚との比較のスイッチは台帳の設定で、全員共通です。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Rate per US dollar</source>
        <translation>1 米ドルあたりのレート</translation>
    </message>
    <message>
        <source>How many units of the currency one US dollar buys.</source>
        <translation>1 米ドルで買えるその通貨の額です。</translation>
    </message>
    <message>
        <source>Rate per US &amp;dollar:</source>
        <translation>1 米ドルあたりのレート(&amp;D):</translation>
    </message>
    <message>
        <source>Amounts are converted from US dollars at this rate; budgets and the ledger stay in US dollars.</source>
        <translation>金額は米ドルからこのレートで換算して表示します。予算と台帳は米ドルのままです。</translation>
    </message>
    <message>
        <source>Enter how many %1 one US dollar buys.</source>
        <translation>1 米ドルが何 %1 になるかを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a rate: type a number such as %2.</source>
        <translation>「%1」はレートではありません。%2 のような数値を入力してください。</translation>
    </message>
    <message>
        <source>The rate must be above zero.</source>
        <translation>レートは 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>The rate can be at most %1 per US dollar.</source>
        <translation>レートは 1 米ドルあたり最大 %1 です。</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>適用…</translation>
    </message>
    <message>
        <source>Recomputing days</source>
        <translation>日付を再計算中</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>集計のタイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days, reports and budgets count in, for everyone.</source>
        <translation>台帳の日付・レポート・予算を数える暦です（全員共通）。</translation>
    </message>
    <message>
        <source>The calendar the ledger&apos;s days are counted in, for everyone (ledger setting “reporting_timezone”).</source>
        <translation>台帳の日付を数える暦です（全員共通、台帳の設定「reporting_timezone」）。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Burnrate knows: choose one from the list.</source>
        <translation>「%1」は Burnrate が知らないタイムゾーンです。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Days are counted in %1 already.</source>
        <translation>日付はすでに %1 で数えています。</translation>
    </message>
    <message>
        <source>Change the reporting time zone</source>
        <translation>集計のタイムゾーンを変更</translation>
    </message>
    <message>
        <source>Count the days in %1 instead of %2?</source>
        <translation>日付を %2 ではなく %1 で数えますか？</translation>
    </message>
    <message>
        <source>Burnrate recomputes the day of every record in the ledger and rebuilds its daily totals. This may take a while on a large ledger. Reports, budgets and alerts count days in the new zone, for everyone.</source>
        <translation>Burnrate は台帳のすべての記録の日付を計算し直し、日別の合計を作り直します。大きな台帳では時間がかかることがあります。レポート・予算・アラートは全員、新しいタイムゾーンで日付を数えるようになります。</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>タイムゾーンを変更</translation>
    </message>
    <message>
        <source>A change of time zone is under way already.</source>
        <translation>タイムゾーンの変更はすでに実行中です。</translation>
    </message>
    <message>
        <source>Recomputing the day of every record in %1…</source>
        <translation>すべての記録の日付を %1 で計算し直しています…</translation>
    </message>
    <message>
        <source>Days are now counted in %1.</source>
        <translation>日付は %1 で数えるようになりました。</translation>
    </message>
    <message>
        <source>The reporting time zone stays %1: %2</source>
        <translation>集計のタイムゾーンは %1 のままです: %2</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>Snooze for</source>
        <translation>スヌーズする期間</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>For &amp;4 hours</source>
        <translation>4 時間(&amp;4)</translation>
    </message>
    <message>
        <source>For 1 &amp;day</source>
        <translation>1 日(&amp;D)</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>1 週間(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SourceAdministration</name>
    <message>
        <source>No source named “%1” is configured.</source>
        <translation>「%1」という名前のソースは設定されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of source Burnrate can poll.</source>
        <translation>「%1」は、Burnrate がポーリングできる種類のソースではありません。</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>ソースに名前を付けてください。</translation>
    </message>
    <message>
        <source>Keep the name to %1 characters or fewer.</source>
        <translation>名前は %1 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or control characters.</source>
        <translation>名前に改行や制御文字は使用できません。</translation>
    </message>
    <message>
        <source>“%1” is not a web address: use http://host:port or https://host/path.</source>
        <translation>「%1」は Web アドレスではありません：http://host:port または https://host/path の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the address of the proxy, e.g. http://litellm:4000.</source>
        <translation>プロキシのアドレスを入力してください（例：http://litellm:4000）。</translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. http://gpu-box:8080.</source>
        <translation>サーバーのアドレスを入力してください（例：http://gpu-box:8080）。</translation>
    </message>
    <message>
        <source>Poll every %1 seconds at the least and once a year at the most.</source>
        <translation>ポーリング間隔は %1 秒以上、1 年以下にしてください。</translation>
    </message>
    <message>
        <source>Read between 1 and %1 days of history.</source>
        <translation>読み込む履歴は 1～%1 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>“%1” is not the name of an environment variable (letters, digits and _, not starting with a digit).</source>
        <translation>「%1」は環境変数の名前ではありません（英字、数字、_ を使い、数字で始めないでください）。</translation>
    </message>
    <message>
        <source>A model server takes no API key.</source>
        <translation>モデルサーバーに API キーは不要です。</translation>
    </message>
    <message>
        <source>Enter either the API key or the environment variable that holds it, not both.</source>
        <translation>API キーか、それを格納した環境変数のどちらか一方だけを入力してください。</translation>
    </message>
    <message>
        <source>There is no keychain here to keep the key: put it in an environment variable and enter the variable&apos;s name instead.</source>
        <translation>この環境にはキーを保存するキーチェーンがありません：キーを環境変数に入れ、代わりにその変数名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the API key, or the name of an environment variable that holds it.</source>
        <translation>API キー、またはそれを格納した環境変数の名前を入力してください。</translation>
    </message>
    <message>
        <source>A source named “%1” exists already: choose another name.</source>
        <translation>「%1」という名前のソースはすでに存在します：別の名前を選んでください。</translation>
    </message>
    <message>
        <source>This source is no longer configured.</source>
        <translation>このソースはもう設定されていません。</translation>
    </message>
    <message>
        <source>The key could not be stored: %1. Keep the key in an environment variable instead: enter the variable&apos;s name and leave the key empty.</source>
        <translation>キーを保存できませんでした：%1。代わりにキーを環境変数に入れてください：変数名を入力し、キーは空欄のままにします。</translation>
    </message>
    <message>
        <source>The source is removed, but its key could not be deleted from the system keychain (%1).</source>
        <translation>ソースは削除しましたが、キーをシステムのキーチェーンから削除できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Sources are not polled here.</source>
        <translation>ここではソースをポーリングしません。</translation>
    </message>
    <message>
        <source>“%1” is not polled: it is not configured.</source>
        <translation>「%1」はポーリングされません：設定されていません。</translation>
    </message>
    <message>
        <source>Connected. New or changed records: %1.</source>
        <translation>接続しました。新規または変更されたレコード：%1 件。</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>every %1 s</source>
        <translation>%1 秒ごと</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>%1 分ごと</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>ソースの追加</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>ソースを追加</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>「%1」の編集</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>e.g. OpenAI production, GPU box 1</source>
        <translation>例：OpenAI 本番、GPU マシン 1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Environment variable holding the API key</source>
        <translation>API キーを格納した環境変数</translation>
    </message>
    <message>
        <source>Or environment &amp;variable:</source>
        <translation>または環境変数(&amp;V):</translation>
    </message>
    <message>
        <source>An admin key of the organisation. Burnrate keeps it in the system keychain, never in its ledger. On a machine without a keychain, put it in an environment variable and enter the variable&apos;s name.</source>
        <translation>組織の管理者キーです。Burnrate はキーをシステムのキーチェーンに保存し、台帳には保存しません。キーチェーンのないマシンでは、キーを環境変数に入れ、その変数名を入力してください。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>ポーリング間隔（秒）</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>ポーリング間隔(&amp;P):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Default (%1 days)</source>
        <translation>既定（%1 日）</translation>
    </message>
    <message>
        <source>How much history the first poll reads.</source>
        <translation>初回のポーリングで読み込む履歴の日数です。</translation>
    </message>
    <message>
        <source>Days of history to read first</source>
        <translation>最初に読み込む履歴の日数</translation>
    </message>
    <message>
        <source>&amp;History to read:</source>
        <translation>読み込む履歴(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini (optional)</source>
        <translation>例：gpt-4o-mini（省略可）</translation>
    </message>
    <message>
        <source>A cloud model of the price table: Burnrate shows what this server&apos;s tokens would have cost there.</source>
        <translation>価格表にあるクラウドモデル：このサーバーのトークンをそのモデルで処理した場合のコストを、Burnrate が表示します。</translation>
    </message>
    <message>
        <source>&amp;Reference model:</source>
        <translation>参照モデル(&amp;R):</translation>
    </message>
    <message>
        <source>As the server reports it (optional)</source>
        <translation>サーバーが報告するモデル名（省略可）</translation>
    </message>
    <message>
        <source>&amp;Served model:</source>
        <translation>提供モデル(&amp;S):</translation>
    </message>
    <message>
        <source>Whose usage it is, e.g. ana@example.com (optional)</source>
        <translation>誰の使用量か（例：ana@example.com、省略可）</translation>
    </message>
    <message>
        <source>P&amp;erson&apos;s email:</source>
        <translation>メンバーのメール(&amp;E):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>A source keeps its name: its key in the keychain is filed under it.</source>
        <translation>ソースの名前は変更できません：キーチェーン内のキーはこの名前で保存されています。</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s own address.</source>
        <translation>プロバイダー標準のアドレスを使う場合は空欄にします。</translation>
    </message>
    <message>
        <source>The proxy&apos;s address, e.g. http://litellm:4000</source>
        <translation>プロキシのアドレス（例：http://litellm:4000）</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. http://gpu-box:8080</source>
        <translation>サーバーのアドレス（例：http://gpu-box:8080）</translation>
    </message>
    <message>
        <source>The server, or its /metrics address.</source>
        <translation>サーバー、またはその /metrics のアドレスです。</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>既定（%1）</translation>
    </message>
    <message>
        <source>No keychain here: use an environment variable</source>
        <translation>キーチェーンがありません：環境変数を使用してください</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>保存済みのキーをそのまま使う場合は空欄</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Last usage</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最終成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Usage sources</source>
        <translation>使用量のソース</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>ソースはまだありません</translation>
    </message>
    <message>
        <source>Import local agent logs (above, or with “burnrate-cli import claude-code”) or connect a provider account above.</source>
        <translation>ローカルのエージェントのログをインポートするか（上のパネル、または「burnrate-cli import claude-code」で）、上でプロバイダーアカウントを接続してください。</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>StateStack</name>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not read the ledger</source>
        <translation>台帳を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Spend per person, by model</source>
        <translation>メンバー別の支出（モデル別）</translation>
    </message>
    <message>
        <source>Spend per person by model</source>
        <translation>メンバー別・モデル別の支出</translation>
    </message>
    <message>
        <source>Spend per person</source>
        <translation>メンバー別の支出</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>チームはまだありません</translation>
    </message>
    <message>
        <source>Import the people directory with “burnrate-cli people import FILE.csv” to see teams.</source>
        <translation>チームを表示するには、「burnrate-cli people import FILE.csv」でメンバー名簿をインポートしてください。</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>この期間の使用量はありません</translation>
    </message>
    <message>
        <source>Nobody in %1 used a model between %2.</source>
        <translation>%2 の期間に、%1 でモデルを使用したメンバーはいません。</translation>
    </message>
    <message>
        <source>other models</source>
        <translation>その他のモデル</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>チームの合計</translation>
    </message>
    <message>
        <source>Team budget</source>
        <translation>チームの予算</translation>
    </message>
    <message>
        <source>Team budget burn-down</source>
        <translation>チームの予算のバーンダウン</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>支出の変動上位</translation>
    </message>
    <message>
        <source>People (double-click for a person&apos;s breakdown)</source>
        <translation>メンバー（ダブルクリックでメンバーの内訳を表示）</translation>
    </message>
    <message>
        <source>Top movers versus %1</source>
        <translation>%1 と比べた支出の変動上位</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4) · %5 tokens · %6</source>
        <translation>%1 · %2 · %3（%4）· %5 トークン · %6</translation>
    </message>
    <message>
        <source>%1 has no budget of its own. Add one on the Budgets page.</source>
        <translation>%1 には専用の予算がありません。「予算」ページで追加してください。</translation>
    </message>
    <message>
        <source>Team budget: %1, %2</source>
        <translation>チームの予算：%1、%2</translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3 %) · %4</source>
        <translation>%2 のうち %1 を支出（%3%）· %4</translation>
    </message>
    <message>
        <source> · forecast %1 by the period&apos;s end (%2)</source>
        <translation> · 期間末の予測 %1（%2）</translation>
    </message>
    <message>
        <source> · the whole team&apos;s budget: the filters don&apos;t narrow it</source>
        <translation> · チーム全体の予算：フィルターでは絞り込まれません</translation>
    </message>
</context>
<context>
    <name>TeamSpendTreeModel</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Includes the teams nested below it</source>
        <translation>配下のチームを含みます</translation>
    </message>
</context>
<context>
    <name>ThemedChartView</name>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>グラフを PNG としてエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export chart as P&amp;DF…</source>
        <translation>グラフを PDF としてエクスポート(&amp;D)…</translation>
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
        <translation>Burnrate を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>my spend this month %1 (%2)</source>
        <translation>今月の自分の支出 %1（%2）</translation>
    </message>
    <message>
        <source>Burnrate: %1</source>
        <translation>Burnrate：%1</translation>
    </message>
    <message>
        <source>My budgets: %1 (%2, %3 % used)</source>
        <translation>自分の予算：%1（%2、%3% 使用）</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation>予算アラート</translation>
    </message>
</context>
<context>
    <name>UnmatchedIdentityModel</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider says</source>
        <translation>プロバイダー側の名前</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
</context>
</TS>
