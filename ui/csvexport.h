#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

// Saving a table as CSV, the same way on every page (FileExport: written beside the target and
// renamed into place, so a failed export leaves no half file).
namespace CsvExport {

bool save(const QByteArray &csv, const QString &path, QString *error = nullptr);

// Asks where to save (in the last export's folder, under `suggestedName`), writes the file with
// `write` and tells the user when that fails. Returns at once; `write` is kept until the user
// chose.
void chooseAndSave(QWidget *parent, const QString &title, const QString &suggestedName,
                   const std::function<bool(const QString &path, QString *error)> &write);

} // namespace CsvExport
