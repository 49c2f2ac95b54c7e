#include "readertesting.h"

#include "sources/meters/usagededuplicator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

char *toString(const TokenCounts &tokens)
{
    return QTest::toString(QStringLiteral("input %1, cache write %2+%3, cache read %4, output %5 "
                                          "(reasoning %6)")
                               .arg(tokens.input)
                               .arg(tokens.cacheWrite5m)
                               .arg(tokens.cacheWrite1h)
                               .arg(tokens.cacheRead)
                               .arg(tokens.output)
                               .arg(tokens.reasoning));
}

namespace ReaderTesting {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QProcessEnvironment environmentFrom(const QStringList &variables)
{
    QProcessEnvironment environment;
    for (const QString &variable : variables) {
        const qsizetype equals = variable.indexOf(u'=');
        environment.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return environment;
}

QList<UsageRecord> deduplicated(QList<FileParseResult> results)
{
    UsageDeduplicator deduplicator;
    for (FileParseResult &result : results)
        deduplicator.addAll(result.usage);
    return deduplicator.records();
}

QStringList dailyRows(const QList<UsageRecord> &records)
{
    struct Sums
    {
        qint64 input = 0, cacheWrite = 0, cacheRead = 0, output = 0, reasoning = 0, calls = 0;
    };
    QMap<QString, Sums> sums;
    for (const UsageRecord &record : records) {
        const QString day
            = QDateTime::fromMSecsSinceEpoch(record.startMs, Qt::UTC).date().toString(Qt::ISODate);
        Sums &row = sums[day + u' ' + record.model];
        row.input += record.tokens.input;
        row.cacheWrite += record.tokens.cacheWrite();
        row.cacheRead += record.tokens.cacheRead;
        row.output += record.tokens.output;
        row.reasoning += record.tokens.reasoning;
        row.calls += record.requests;
    }
    QStringList rows;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        rows.append(u"%1 input %2 cache_write %3 cache_read %4 output %5 reasoning %6 calls %7"_s
                        .arg(it.key())
                        .arg(it->input)
                        .arg(it->cacheWrite)
                        .arg(it->cacheRead)
                        .arg(it->output)
                        .arg(it->reasoning)
                        .arg(it->calls));
    }
    return rows;
}

QStringList truthRows(const QString &truthPath, const QString &agent)
{
    QStringList rows;
    const QJsonArray truth
        = QJsonDocument::fromJson(readFile(truthPath)).object().value(u"rows"_s).toArray();
    for (const QJsonValue &value : truth) {
        const QJsonObject row = value.toObject();
        if (row.value(u"agent"_s).toString() != agent)
            continue;
        const auto number = [&](const QString &name) {
            return row.value(name).toInteger();
        };
        rows.append(u"%1 %2 input %3 cache_write %4 cache_read %5 output %6 reasoning %7 calls %8"_s
                        .arg(row.value(u"date"_s).toString(), row.value(u"model"_s).toString())
                        .arg(number(u"input"_s))
                        .arg(number(u"cache_write"_s))
                        .arg(number(u"cache_read"_s))
                        .arg(number(u"output"_s))
                        .arg(number(u"reasoning"_s))
                        .arg(number(u"calls"_s)));
    }
    rows.sort();
    return rows;
}

CorpusOutcome generateTrapCorpus(const QString &generator, const QString &directory, int seed)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return CorpusOutcome::NoPython;
    QProcess process;
    process.start(python,
                  {generator, QStringLiteral("--out"), directory, QStringLiteral("--mb"),
                   QStringLiteral("3"), QStringLiteral("--days"), QStringLiteral("4"),
                   QStringLiteral("--profile"), QStringLiteral("traps"), QStringLiteral("--seed"),
                   QString::number(seed)});
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return CorpusOutcome::Failed;
    return CorpusOutcome::Written;
}

} // namespace ReaderTesting
