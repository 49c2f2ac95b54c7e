#include "clioutput.h"

#include "core/money.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace CliOutput {

QString groupedNumber(qint64 value)
{
    QString text = QString::number(value < 0 ? -value : value);
    for (qsizetype i = text.size() - 3; i > 0; i -= 3)
        text.insert(i, u',');
    return value < 0 ? u'-' + text : text;
}

// JSON number text for micro-dollars: exact decimal, no float on the way.
QString jsonUsd(qint64 micros)
{
    QString text = Money::toDecimalString(micros, 6);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

QString jsonString(const QString &text)
{
    if (text.isNull())
        return QStringLiteral("null");
    // QJsonDocument escapes exactly as JSON requires; strip the array brackets around it.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Left-aligned key columns, right-aligned numbers.
QString renderTable(const QStringList &header, const QList<QStringList> &rows, int keyColumns)
{
    QList<qsizetype> widths(header.size(), 0);
    for (int c = 0; c < header.size(); ++c)
        widths[c] = header[c].size();
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    // Explicit QString return: a deduced QStringBuilder would outlive its temporaries.
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c)
            padded.append(c < keyColumns ? cells[c].leftJustified(widths[c])
                                         : cells[c].rightJustified(widths[c]));
        return padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    };
    QString text = line(header);
    QStringList rule;
    for (const qsizetype width : widths)
        rule.append(QString(width, u'-'));
    text += rule.join(QStringLiteral("  ")) + u'\n';
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

// Opens the ledger; `mustExist` for commands that only read.
Result<std::unique_ptr<Ledger>> openLedger(const QString &path, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(path)) {
        return Error {
            ErrorCode::NotFound,
            QStringLiteral("no ledger at %1 (create one with 'burnrate-cli demo' or an import)")
                .arg(path)};
    }
    if (!mustExist) {
        const QDir parent = QFileInfo(path).absoluteDir();
        if (!parent.exists() && !QDir().mkpath(parent.path()))
            return Error {ErrorCode::Io,
                          QStringLiteral("cannot create directory %1").arg(parent.path())};
    }
    return Ledger::open(path, Ledger::Access::ReadWrite);
}

// "90", "90s", "15m", "2h", "1d" → seconds; nothing for anything else.
std::optional<qint64> parseDurationSeconds(const QString &text)
{
    static const QList<std::pair<QChar, qint64>> units
        = {{u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}};
    QString number = text.trimmed();
    qint64 unit = 1;
    for (const auto &[suffix, seconds] : units) {
        if (number.endsWith(suffix)) {
            number.chop(1);
            unit = seconds;
            break;
        }
    }
    bool isNumber = false;
    const qint64 value = number.toLongLong(&isNumber);
    if (!isNumber || value <= 0 || value > 366 * 86400 / unit)
        return std::nullopt;
    return value * unit;
}

} // namespace CliOutput
