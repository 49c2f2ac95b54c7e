#pragma once

#include <QString>

class QChartView;

// A chart as it is shown, into a file, on the background of the theme in use: a PNG at twice the
// view's size in pixels (sharp on a 2x screen and in print), or a PDF of vectors on a page the
// chart's size under a title line (the view's accessible name, and the period when given).
namespace ChartExport {

enum class Format { Png, Pdf };

bool savePng(QChartView *view, const QString &path, QString *error = nullptr);
bool savePdf(QChartView *view, const QString &path, const QString &periodText = QString(),
             QString *error = nullptr);

// The view's accessible name as a file name: "spend-per-team-by-model.png".
QString suggestedFileName(const QChartView *view, Format format);

// Asks where to save, offering PNG and PDF with `format` first (the name's suffix decides, else
// the chosen filter, whose suffix is then added), and tells the user when writing fails. Returns
// at once (FileExport::chooseAndSave).
void chooseAndSave(QChartView *view, Format format, const QString &periodText = QString());

} // namespace ChartExport
