#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Ledger;

// Text and JSON formatting and ledger opening shared by the command groups of burnrate-cli.
namespace CliOutput {

QString groupedNumber(qint64 value); // 1234567 → "1,234,567"
QString jsonUsd(qint64 micros); // exact decimal JSON number, no float on the way
QString jsonString(const QString &text); // quoted and escaped; a null string gives null
// Left-aligned key columns, right-aligned numbers, a rule under the header.
QString renderTable(const QStringList &header, const QList<QStringList> &rows, int keyColumns);
// Opens the ledger; `mustExist` for commands that only read.
Result<std::unique_ptr<Ledger>> openLedger(const QString &path, bool mustExist);
// "90", "90s", "15m", "2h", "1d" → seconds; nothing for anything else.
std::optional<qint64> parseDurationSeconds(const QString &text);

} // namespace CliOutput
