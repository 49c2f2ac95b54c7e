#include "csvexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace CsvExport {

bool save(const QByteArray &csv, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void chooseAndSave(QWidget *parent, const QString &title, const QString &suggestedName,
                   const std::function<bool(const QString &path, QString *error)> &write)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir::home().filePath(suggestedName),
        QCoreApplication::translate("CsvExport", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!write(path, &error))
        QMessageBox::warning(parent, QCoreApplication::translate("CsvExport", "Export failed"),
                             QCoreApplication::translate("CsvExport", "Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
}

} // namespace CsvExport
