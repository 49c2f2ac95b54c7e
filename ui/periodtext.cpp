#include "periodtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PeriodText)
};

} // namespace

namespace PeriodText {

QString name(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::ThisMonth:
        return Text::tr("This month");
    case ReportPeriod::ThisWeek:
        return Text::tr("This week");
    case ReportPeriod::LastMonth:
        return Text::tr("Last month");
    case ReportPeriod::ThisQuarter:
        return Text::tr("This quarter");
    case ReportPeriod::Custom:
        return Text::tr("Custom…");
    case ReportPeriod::Last30Days:
        return Text::tr("Last 30 days");
    case ReportPeriod::Last90Days:
        return Text::tr("Last 90 days");
    }
    return {};
}

QString span(const DateSpan &span)
{
    const QLocale locale;
    if (!span.isValid())
        return {};
    return Text::tr("%1 – %2").arg(locale.toString(span.first, QLocale::ShortFormat),
                                   locale.toString(span.last, QLocale::ShortFormat));
}

QString dayLabel(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

} // namespace PeriodText

QString PeriodText::filterText(const DashboardFilter &filter)
{
    QStringList parts;
    if (!filter.teamName.isEmpty())
        parts.append(Text::tr("team %1").arg(filter.teamName));
    if (!filter.personEmail.isEmpty())
        parts.append(filter.personEmail);
    if (!filter.model.isEmpty())
        parts.append(Text::tr("model %1").arg(filter.model));
    if (!filter.source.isEmpty())
        parts.append(Text::tr("source %1").arg(filter.source));
    return parts.join(Text::tr(" · "));
}

QString PeriodText::filterSuffix(const DashboardFilter &filter)
{
    const QString text = filterText(filter);
    return text.isEmpty() ? QString() : Text::tr(" · ") + text;
}
