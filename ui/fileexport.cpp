#include "fileexport.h"

#include "uisettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStringList>

namespace {

void showFailure(QWidget *parent, const QString &path, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                QCoreApplication::translate("FileExport", "Export failed"),
                                QCoreApplication::translate("FileExport", "Could not write %1: %2")
                                    .arg(QDir::toNativeSeparators(path), error),
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

namespace FileExport {

bool save(const QString &path, const std::function<bool(QIODevice *device, QString *error)> &write,
          QString *error)
{
    QSaveFile file(path);
    QString writeError;
    const bool isWritten = file.open(QIODevice::WriteOnly) && write(&file, &writeError);
    if (isWritten && file.commit())
        return true;
    if (error)
        *error = writeError.isEmpty() ? file.errorString() : writeError;
    return false; // QSaveFile removes its temporary file when it goes without a commit
}

QString fileNameOf(const QString &text)
{
    QString name;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            name.append(c);
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name.append(u'-');
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return name;
}

qsizetype filterOfPath(const QString &path, const QList<Filter> &filters)
{
    const QString suffix = QFileInfo(path).suffix();
    for (qsizetype i = 0; i < filters.size(); ++i) {
        if (suffix.compare(filters[i].suffix, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString completedPath(const QString &path, const QList<Filter> &filters, qsizetype filter)
{
    if (filterOfPath(path, filters) >= 0 || filter < 0 || filter >= filters.size())
        return path;
    return path + u'.' + filters[filter].suffix;
}

void chooseAndSave(QWidget *parent, const QString &title, const QString &suggestedName,
                   const QList<Filter> &filters, qsizetype selected, const Write &write)
{
    Q_ASSERT(selected >= 0 && selected < filters.size());
    QStringList filterTexts;
    for (const Filter &filter : filters)
        filterTexts.append(filter.text);
    const QString folder = UiSettings::exportFolder();
    const QDir start = !folder.isEmpty() && QFileInfo(folder).isDir() ? QDir(folder) : QDir::home();

    auto *dialog = new QFileDialog(parent, title, start.filePath(suggestedName),
                                   filterTexts.join(QStringLiteral(";;")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectNameFilter(filters[selected].text);
    // Qt's own dialog adds the suffix before it asks about replacing a file.
    dialog->setDefaultSuffix(filters[selected].suffix);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog,
                     [dialog, filters, filterTexts](const QString &text) {
                         const qsizetype index = filterTexts.indexOf(text);
                         if (index >= 0)
                             dialog->setDefaultSuffix(filters[index].suffix);
                     });
    QObject::connect(dialog, &QFileDialog::accepted, dialog,
                     [dialog, parent, filters, filterTexts, selected, write] {
                         if (dialog->selectedFiles().isEmpty())
                             return;
                         // A native dialog may not add the suffix: the name's own decides, else
                         // the chosen filter's.
                         const qsizetype chosen = filterTexts.indexOf(dialog->selectedNameFilter());
                         const QString path
                             = completedPath(dialog->selectedFiles().constFirst(), filters,
                                             chosen >= 0 ? chosen : selected);
                         QString error;
                         if (write(path, filterOfPath(path, filters), &error))
                             UiSettings::setExportFolder(QFileInfo(path).absolutePath());
                         else
                             showFailure(parent, path, error);
                     });
    dialog->open();
}

} // namespace FileExport
