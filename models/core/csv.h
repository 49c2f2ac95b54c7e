#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV: comma separated, fields optionally quoted with "" escaping, quoted fields may
// span lines. Each record remembers the line it started on, for error messages.
namespace Csv {

struct Record
{
    int line = 0;
    QStringList fields;
};

// Parses the whole text; an unterminated quote is an error naming its line. Blank lines are
// skipped. A UTF-8 byte-order mark is ignored.
Result<QList<Record>> parse(const QByteArray &utf8);

// Quotes a field when it holds a comma, quote, or line break.
QString escape(const QString &field);
QString joinRecord(const QStringList &fields);

} // namespace Csv
