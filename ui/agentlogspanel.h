#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class LocalMeterService;
struct Error;
struct LocalImportSummary;

// The coding agents whose local logs Burnrate reads: per agent an "Import now" button, the
// progress of a running import and the result of the last one, and whether to watch the logs.
// It only asks the LocalMeterService (on its own thread, through queued calls) and shows what
// the service reports.
class AgentLogsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgentLogsPanel(QWidget *parent = nullptr);

    void setLocalMeters(LocalMeterService *meters, bool isWatching);

    QPushButton *importButton(const QString &kind) const;
    QProgressBar *progressBar(const QString &kind) const;
    QLabel *resultLabel(const QString &kind) const;
    QCheckBox *watchCheckBox() const { return m_watch; }

    static QString agentName(const QString &kind);

private:
    struct Row
    {
        QPushButton *button = nullptr;
        QProgressBar *progress = nullptr;
        QLabel *result = nullptr;
        bool isRequested = false; // the user asked for this import: show it even if nothing new
        bool hasResult = false;
    };

    void onImportStarted(const QString &kind);
    void onImportProgress(const QString &kind, qint64 bytesDone, qint64 bytesTotal);
    void onImportFinished(const QString &kind, const LocalImportSummary &summary);
    void onErrorOccurred(const QString &kind, const Error &error);
    void requestImport(const QString &kind);

    LocalMeterService *m_meters = nullptr;
    QHash<QString, Row> m_rows;
    QCheckBox *m_watch = nullptr;
};
