#pragma once

// Helpers shared by the agent log reader tests.

#include "core/tokencounts.h"
#include "sources/meters/logreader.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

Q_DECLARE_METATYPE(TokenCounts)

// For QCOMPARE messages.
char *toString(const TokenCounts &tokens);

namespace ReaderTesting {

// The whole file; a missing fixture stops the test.
QByteArray readFile(const QString &path);

// An environment from "NAME=value" entries.
QProcessEnvironment environmentFrom(const QStringList &variables);

// The records of all results after the global de-duplication.
QList<UsageRecord> deduplicated(QList<FileParseResult> results);

// Our records summed per UTC day and model, one text row each.
QStringList dailyRows(const QList<UsageRecord> &records);

// The rows of truth.json for one agent, in the form dailyRows() writes.
QStringList truthRows(const QString &truthPath, const QString &agent);

enum class CorpusOutcome { Written, NoPython, Failed };
// Runs the log generator (`generator`: path of gen-agent-logs) for a 3 MB, 4-day trap corpus with
// `seed` into `directory`: the pitfalls of real logs plus truth.json with the exact totals.
CorpusOutcome generateTrapCorpus(const QString &generator, const QString &directory, int seed);

} // namespace ReaderTesting
