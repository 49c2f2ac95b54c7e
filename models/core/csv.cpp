#include "csv.h"

namespace Csv {

Result<QList<Record>> parse(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Record> records;
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;

    auto endRecord = [&]() {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records.append(current);
        current = Record {};
        current.line = line;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == u',') {
            current.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            // part of \r\n; a lone \r is treated the same way
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            ++line;
            endRecord();
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (inQuotes)
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("line %1: quoted field is never closed").arg(quoteLine)};
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QString escape(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString joinRecord(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field));
    return escaped.join(u',');
}

} // namespace Csv
