#pragma once

#include <QList>
#include <QString>

#include <functional>

class QIODevice;
class QWidget;

// Saving an export (a table as CSV, a chart as PNG or PDF) the same way everywhere: the dialog
// opens in the folder of the last export, the file is written beside the target and renamed into
// place (a failed export leaves no half file), and a failure is told to the user.
namespace FileExport {

struct Filter
{
    QString text; // as QFileDialog shows it: "PNG image (*.png)"
    QString suffix; // "png"
};

// Writes the file with `write` into a QSaveFile; nothing reaches `path` unless all of it did.
bool save(const QString &path, const std::function<bool(QIODevice *device, QString *error)> &write,
          QString *error = nullptr);

// A file name made of the text: "Spend per team by model" → "spend-per-team-by-model" (letters
// and digits of any script, the rest one hyphen).
QString fileNameOf(const QString &text);

// The index of the filter whose suffix `path` ends with, or -1.
qsizetype filterOfPath(const QString &path, const QList<Filter> &filters);
// `path` with `filter`'s suffix added, unless it already ends with one of the filters' suffixes.
QString completedPath(const QString &path, const QList<Filter> &filters, qsizetype filter);

// Writes the file at `path` for the filter at index `filter`; on failure sets `error`.
using Write = std::function<bool(const QString &path, qsizetype filter, QString *error)>;

// Asks where to save, in the last export's folder (the home folder at first) under
// `suggestedName`, offering `filters` with `selected` first. Once the user chose, writes the file
// with `write`, given the path (the chosen filter's suffix added when the name has none of theirs)
// and the index of the filter it is for, and tells the user when that fails. Returns at once: the
// dialog is window-modal over `parent` and deletes itself.
void chooseAndSave(QWidget *parent, const QString &title, const QString &suggestedName,
                   const QList<Filter> &filters, qsizetype selected, const Write &write);

} // namespace FileExport
