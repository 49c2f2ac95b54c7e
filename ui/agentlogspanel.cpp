#include "agentlogspanel.h"

#include "errortext.h"
#include "sources/meters/localmeterservice.h"
#include "sources/meters/logreaders.h"
#include "tableviews.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

AgentLogsPanel::AgentLogsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(TableViews::sectionTitle(tr("Agent logs"), this));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(frame);
    auto *grid = new QGridLayout(frame);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    auto *hint = new QLabel(
        tr("Usage that coding agents on this computer record in their own logs, counted for you."),
        frame);
    hint->setWordWrap(true);
    grid->addWidget(hint, 0, 0, 1, 4);

    int rowIndex = 1;
    const QStringList kinds = LogReaders::kinds();
    for (const QString &kind : kinds) {
        Row row;
        auto *name = new QLabel(agentName(kind), frame);
        row.result = new QLabel(tr("Not imported yet"), frame);
        row.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.result->setForegroundRole(QPalette::PlaceholderText);
        row.progress = new QProgressBar(frame);
        row.progress->setFixedWidth(160);
        row.progress->setAccessibleName(tr("%1 import progress").arg(agentName(kind)));
        // Rows keep their place while bars come and go.
        QSizePolicy policy = row.progress->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        row.progress->setSizePolicy(policy);
        row.progress->hide();
        row.button = new QPushButton(tr("Import now"), frame);
        row.button->setAccessibleName(tr("Import %1 logs now").arg(agentName(kind)));
        row.button->setEnabled(false);
        connect(row.button, &QPushButton::clicked, this, [this, kind] { requestImport(kind); });
        grid->addWidget(name, rowIndex, 0);
        grid->addWidget(row.result, rowIndex, 1);
        grid->addWidget(row.progress, rowIndex, 2);
        grid->addWidget(row.button, rowIndex, 3);
        m_rows.insert(kind, row);
        ++rowIndex;
    }

    m_watch = new QCheckBox(tr("Watch for new usage"), frame);
    m_watch->setToolTip(tr("Import new usage as soon as an agent writes it to its logs."));
    m_watch->setEnabled(false);
    grid->addWidget(m_watch, rowIndex, 0, 1, 4);
    connect(m_watch, &QCheckBox::toggled, this, [this](bool isWatching) {
        if (!m_meters)
            return;
        LocalMeterService *meters = m_meters;
        QMetaObject::invokeMethod(
            meters, [meters, isWatching] { meters->setWatching(isWatching); },
            Qt::QueuedConnection);
    });
}

void AgentLogsPanel::setLocalMeters(LocalMeterService *meters, bool isWatching)
{
    Q_ASSERT(!m_meters && meters);
    m_meters = meters;
    connect(meters, &LocalMeterService::importStarted, this, &AgentLogsPanel::onImportStarted);
    connect(meters, &LocalMeterService::importProgress, this, &AgentLogsPanel::onImportProgress);
    connect(meters, &LocalMeterService::importFinished, this, &AgentLogsPanel::onImportFinished);
    connect(meters, &LocalMeterService::errorOccurred, this, &AgentLogsPanel::onErrorOccurred);
    connect(meters, &LocalMeterService::watchingChanged, m_watch, [this](bool isWatching) {
        const QSignalBlocker blocker(m_watch);
        m_watch->setChecked(isWatching);
    });
    {
        const QSignalBlocker blocker(m_watch);
        m_watch->setChecked(isWatching);
    }
    m_watch->setEnabled(true);
    for (const Row &row : std::as_const(m_rows))
        row.button->setEnabled(true);
}

QPushButton *AgentLogsPanel::importButton(const QString &kind) const
{
    return m_rows.value(kind).button;
}

QProgressBar *AgentLogsPanel::progressBar(const QString &kind) const
{
    return m_rows.value(kind).progress;
}

QLabel *AgentLogsPanel::resultLabel(const QString &kind) const
{
    return m_rows.value(kind).result;
}

QString AgentLogsPanel::agentName(const QString &kind)
{
    if (kind == u"claude-code")
        return tr("Claude Code");
    if (kind == u"codex")
        return tr("Codex");
    if (kind == u"gemini")
        return tr("Gemini CLI");
    if (kind == u"opencode")
        return tr("OpenCode");
    if (kind == u"copilot")
        return tr("GitHub Copilot");
    return kind;
}

void AgentLogsPanel::requestImport(const QString &kind)
{
    auto it = m_rows.find(kind);
    if (it == m_rows.end() || !m_meters)
        return;
    it->isRequested = true;
    it->button->setEnabled(false);
    it->progress->setRange(0, 0); // busy until the first progress report
    it->progress->show();
    LocalMeterService *meters = m_meters;
    QMetaObject::invokeMethod(
        meters, [meters, kind] { meters->importNow(kind); }, Qt::QueuedConnection);
}

void AgentLogsPanel::onImportStarted(const QString &kind)
{
    auto it = m_rows.find(kind);
    if (it == m_rows.end() || !it->isRequested)
        return; // background imports show a bar only once they have bytes to read
    it->progress->setRange(0, 0);
    it->progress->show();
}

void AgentLogsPanel::onImportProgress(const QString &kind, qint64 bytesDone, qint64 bytesTotal)
{
    auto it = m_rows.find(kind);
    if (it == m_rows.end())
        return;
    if (bytesTotal <= 0) {
        it->progress->setRange(0, 0);
    } else {
        it->progress->setRange(0, 100);
        it->progress->setValue(int(std::min<qint64>(100, bytesDone * 100 / bytesTotal)));
    }
    it->progress->setVisible(it->isRequested || (bytesTotal > 0 && bytesDone < bytesTotal));
}

void AgentLogsPanel::onImportFinished(const QString &kind, const LocalImportSummary &summary)
{
    auto it = m_rows.find(kind);
    if (it == m_rows.end())
        return;
    it->progress->hide();
    it->button->setEnabled(true);
    // Background imports that found nothing new keep the last result.
    if (it->isRequested || !it->hasResult || summary.filesRead > 0) {
        if (summary.filesSeen == 0) {
            it->result->setText(tr("No logs found in the default locations"));
        } else {
            it->result->setText(tr("Read %1 files, %2 new messages, %3 malformed lines skipped")
                                    .arg(QLocale().toString(summary.filesRead),
                                         QLocale().toString(summary.messagesCounted),
                                         QLocale().toString(summary.malformedLines)));
        }
        it->result->setForegroundRole(QPalette::WindowText);
        it->hasResult = true;
    }
    it->isRequested = false;
}

void AgentLogsPanel::onErrorOccurred(const QString &kind, const Error &error)
{
    auto it = m_rows.find(kind);
    if (it == m_rows.end())
        return;
    it->progress->hide();
    it->button->setEnabled(true);
    it->isRequested = false;
    it->hasResult = true;
    it->result->setText(tr("Import failed: %1").arg(errorText(error)));
}
