#include "reporttablemodel.h"

#include "core/csv.h"
#include "core/money.h"
#include "displayformat.h"
#include "itemroles.h"

using DisplayFormat::TotalsColumn;

ReportTableModel::ReportTableModel(QObject *parent) : TableModelBase(parent)
{
    setReport({});
}

QString ReportTableModel::keyTitle(ReportKey key)
{
    switch (key) {
    case ReportKey::Day:
        return tr("Day");
    case ReportKey::Week:
        return tr("Week");
    case ReportKey::Month:
        return tr("Month");
    case ReportKey::Person:
        return tr("Email");
    case ReportKey::Team:
        return tr("Team");
    case ReportKey::Model:
        return tr("Model");
    case ReportKey::Source:
        return tr("Source");
    case ReportKey::Project:
        return tr("Project");
    case ReportKey::Session:
        return tr("Session");
    }
    return {};
}

QString ReportTableModel::keyText(ReportKey key, const QString &value)
{
    if (!value.isEmpty())
        return value;
    switch (key) {
    case ReportKey::Person:
        return tr("(unattributed)");
    case ReportKey::Team:
        return tr("(no team)");
    case ReportKey::Project:
        return tr("(no project)");
    case ReportKey::Session:
        return tr("(no session)");
    default:
        return tr("(unknown)");
    }
}

void ReportTableModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_columns.clear();
    QStringList headers;
    for (int k = 0; k < m_report.groupBy.size(); ++k) {
        if (m_report.groupBy[k] == ReportKey::Person) {
            m_columns.append({Field::PersonName, k});
            headers.append(tr("Name"));
        }
        m_columns.append({Field::Key, k});
        headers.append(keyTitle(m_report.groupBy[k]));
    }
    const QList<std::pair<Field, QString>> figures = {
        {Field::Cost, tr("Cost")},          {Field::Share, tr("Share")},
        {Field::Tokens, tr("Tokens")},      {Field::Requests, tr("Requests")},
        {Field::CostKind, tr("Cost kind")},
    };
    QList<int> numeric;
    for (const auto &[field, title] : figures) {
        if (field != Field::CostKind)
            numeric.append(int(m_columns.size()));
        m_columns.append({field, 0});
        headers.append(title);
    }
    setHeaders(headers);
    setNumericColumns(numeric);
    endResetModel();
}

int ReportTableModel::columnOf(Field field, int keyIndex) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].field == field
            && ((field != Field::Key && field != Field::PersonName)
                || m_columns[c].keyIndex == keyIndex))
            return c;
    }
    return -1;
}

QVariant ReportTableModel::cell(int rowIndex, int column, int role) const
{
    const ReportRow &row = m_report.rows.at(rowIndex);
    const Column &col = m_columns.at(column);
    const ReportTotals &totals = row.totals;
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    if (role == ItemRole::Key)
        return row.keys.value(0);
    if (role == ItemRole::CostKind)
        return int(totals.costKind());
    const auto figure = [&](TotalsColumn figureColumn) {
        return DisplayFormat::totalsCell(figureColumn, totals, m_report.totals, role,
                                         DisplayFormat::TotalsCellOption::TokensToolTip);
    };

    switch (col.field) {
    case Field::Key: {
        const QString value = row.keys.value(col.keyIndex);
        if (display)
            return keyText(m_report.groupBy[col.keyIndex], value);
        if (sort)
            return value;
        break;
    }
    case Field::PersonName: {
        const QString value = row.personName.isEmpty()
            ? keyText(ReportKey::Person, row.keys.value(col.keyIndex))
            : row.personName;
        if (display || sort)
            return value;
        break;
    }
    case Field::Cost:
        return figure(TotalsColumn::Cost);
    case Field::Share:
        return figure(TotalsColumn::Share);
    case Field::Tokens:
        return figure(TotalsColumn::Tokens);
    case Field::Requests:
        return figure(TotalsColumn::Requests);
    case Field::CostKind:
        return figure(TotalsColumn::CostKind);
    }
    return {};
}

QByteArray ReportTableModel::toCsv() const
{
    QStringList header;
    for (const ReportKey key : m_report.groupBy) {
        header.append(reportKeyName(key));
        if (key == ReportKey::Person)
            header.append(QStringLiteral("person_name"));
    }
    header << QStringLiteral("cost_usd") << QStringLiteral("cost_kind")
           << QStringLiteral("input_tokens") << QStringLiteral("cache_write_tokens")
           << QStringLiteral("cache_read_tokens") << QStringLiteral("output_tokens")
           << QStringLiteral("reasoning_tokens") << QStringLiteral("requests");
    QString text = Csv::joinRecord(header) + u'\n';
    for (const ReportRow &row : m_report.rows) {
        QStringList fields;
        for (qsizetype k = 0; k < m_report.groupBy.size(); ++k) {
            fields.append(row.keys.value(k));
            if (m_report.groupBy[k] == ReportKey::Person)
                fields.append(row.personName);
        }
        const ReportTotals &totals = row.totals;
        const TokenCounts &tokens = totals.tokens;
        const AggregateCostKind kind = totals.costKind();
        fields << (kind == AggregateCostKind::Unpriced ? QString()
                                                       : Money::toDecimalString(totals.costMicros))
               << aggregateCostKindName(kind) << QString::number(tokens.input)
               << QString::number(tokens.cacheWrite()) << QString::number(tokens.cacheRead)
               << QString::number(tokens.output) << QString::number(tokens.reasoning)
               << QString::number(totals.requests);
        text += Csv::joinRecord(fields) + u'\n';
    }
    return text.toUtf8();
}
