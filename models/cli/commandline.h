#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <optional>

class Clock;

// burnrate-cli: the command-line contract of DESIGN.md §7. Output goes to `out`, one-line errors
// to `err`; the return value is the process exit status (0 ok, 1 failure, 2 usage error; budgets
// check uses 0–3 as monitoring plugins do).
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err, const Clock &clock,
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    int run(QStringList arguments); // arguments[0] is the program name

    static QString defaultLedgerPath();

private:
    int report(const QStringList &arguments);
    int importCommand(const QStringList &arguments);
    int importAgentLogs(const QString &kind, const QStringList &arguments);
    int peopleCommand(const QStringList &arguments);
    int exportCommand(const QStringList &arguments);
    int demoCommand(const QStringList &arguments);
    int pricingCommand(const QStringList &arguments);
    int sourcesCommand(const QStringList &arguments);
    int sourcesAdd(const QStringList &arguments, bool isUpdate); // add, or update NAME
    int pollCommand(const QStringList &arguments);
    int watchCommand(const QStringList &arguments);
    void runUntilStopped(std::optional<qint64> forSeconds); // SIGINT, SIGTERM or the time is up
    int budgetsCommand(const QStringList &arguments);
    int budgetsSet(const QStringList &arguments);
    int budgetsCheck(const QStringList &arguments);
    int alertsCommand(const QStringList &arguments);
    int webhooksCommand(const QStringList &arguments); // webhookcommands.cpp
    int peersCommand(const QStringList &arguments); // peercommands.cpp

    int usageError(const QString &message);
    int failure(const QString &message);
    QString ledgerPath() const;

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    QProcessEnvironment m_environment;
    QString m_dbOption;
    bool m_json = false;
};
