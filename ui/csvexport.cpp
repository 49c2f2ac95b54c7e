#include "csvexport.h"

#include "fileexport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace CsvExport {

bool save(const QByteArray &csv, const QString &path, QString *error)
{
    return FileExport::save(
        path, [&csv](QIODevice *device, QString *) { return device->write(csv) == csv.size(); },
        error);
}

void chooseAndSave(QWidget *parent, const QString &title, const QString &suggestedName,
                   const std::function<bool(const QString &path, QString *error)> &write)
{
    const FileExport::Filter csv {QCoreApplication::translate("CsvExport", "CSV files (*.csv)"),
                                  QStringLiteral("csv")};
    FileExport::chooseAndSave(
        parent, title, suggestedName, {csv}, 0,
        [write](const QString &path, qsizetype, QString *error) { return write(path, error); });
}

} // namespace CsvExport
