#include "errortext.h"

#include <QCoreApplication>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

} // namespace

QString errorText(const Error &error)
{
    QString summary;
    switch (error.code) {
    case ErrorCode::NotFound:
        summary = Text::tr("Not found.");
        break;
    case ErrorCode::Io:
        summary = Text::tr("The data file cannot be read.");
        break;
    case ErrorCode::Database:
        summary = Text::tr("The database reported an error.");
        break;
    case ErrorCode::DatabaseCorrupt:
        summary = Text::tr("The data file is not a Burnrate ledger or is damaged.");
        break;
    case ErrorCode::SchemaTooNew:
        summary = Text::tr("The data file was written by a newer Burnrate.");
        break;
    default:
        summary = Text::tr("Something went wrong.");
        break;
    }
    return error.detail.isEmpty() ? summary : Text::tr("%1 (%2)").arg(summary, error.detail);
}
