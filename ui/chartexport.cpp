#include "chartexport.h"

#include "fileexport.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QIODevice>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace {

constexpr qreal pngPixelRatio = 2;
constexpr qreal pdfMargin = 16; // around the page, in the view's pixels
constexpr qreal pdfTitleGap = 8; // between the title line and the chart
constexpr qreal pointsPerInch = 72;

QString chartWord()
{
    return QCoreApplication::translate("ChartExport", "Chart");
}

QString titleOf(const QChartView *view)
{
    if (!view->accessibleName().isEmpty())
        return view->accessibleName();
    if (!view->chart()->title().isEmpty())
        return view->chart()->title();
    return chartWord();
}

// What the chart is drawn on in the theme in use (Theme gives every chart the palette's base).
QColor backgroundOf(const QChartView *view)
{
    const QBrush brush = view->chart()->backgroundBrush();
    return brush.style() == Qt::NoBrush ? view->palette().color(QPalette::Base) : brush.color();
}

QColor textColourOf(const QChartView *view)
{
    const QBrush brush = view->chart()->titleBrush();
    return brush.style() == Qt::NoBrush ? view->palette().color(QPalette::Text) : brush.color();
}

void renderChart(QChartView *view, QPainter *painter, const QRectF &target)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                            | QPainter::SmoothPixmapTransform);
    // A change just made (the theme, new data) is laid out when the event loop gets to it.
    if (QGraphicsLayout *layout = view->chart()->layout())
        layout->activate();
    // The scene as the view shows it, as vectors: the painter's device decides the resolution.
    view->render(painter, target, view->viewport()->rect());
}

// The PDF's title line: the chart's name, then the period at the right; the period goes on a line
// of its own when both do not fit the chart's width, and long texts wrap.
constexpr int titleTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

struct TitleLayout
{
    QFont titleFont;
    QFont periodFont;
    QRectF titleRect;
    QRectF periodRect;
    qreal height = 0;
};

TitleLayout layOutTitle(const QChartView *view, const QString &title, const QString &periodText,
                        QPaintDevice *device)
{
    TitleLayout layout;
    layout.titleFont = view->font();
    layout.titleFont.setBold(true);
    layout.titleFont.setPointSizeF(layout.titleFont.pointSizeF() * 1.2);
    layout.periodFont = view->font();
    const QFontMetricsF titleMetrics(layout.titleFont, device);
    const QFontMetricsF periodMetrics(layout.periodFont, device);
    const qreal width = view->width();
    const auto heightOf = [width](const QFontMetricsF &metrics, const QString &text) {
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), titleTextFlags, text).height();
    };
    layout.titleRect = QRectF(0, 0, width, heightOf(titleMetrics, title));
    layout.height = layout.titleRect.height();
    if (periodText.isEmpty())
        return layout;
    const qreal periodWidth = periodMetrics.horizontalAdvance(periodText);
    const qreal gap = titleMetrics.averageCharWidth() * 2;
    if (titleMetrics.horizontalAdvance(title) + gap + periodWidth <= width) {
        // On the title's baseline.
        layout.periodRect
            = QRectF(width - periodWidth - 1, titleMetrics.ascent() - periodMetrics.ascent(),
                     periodWidth + 1, periodMetrics.height());
    } else {
        layout.periodRect = QRectF(0, layout.height, width, heightOf(periodMetrics, periodText));
        layout.height += layout.periodRect.height();
    }
    return layout;
}

} // namespace

namespace ChartExport {

bool savePng(QChartView *view, const QString &path, QString *error)
{
    const QSize size = view->size();
    QImage image(size * pngPixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(pngPixelRatio);
    // Twice the screen's usual 96 dpi, so viewers that read it show the chart at its size.
    const int dotsPerMeter = qRound(pngPixelRatio * 96 / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(backgroundOf(view));
    {
        QPainter painter(&image);
        renderChart(view, &painter, QRectF(QPointF(0, 0), size));
    }
    return FileExport::save(
        path,
        [&image](QIODevice *device, QString *error) {
            QImageWriter writer(device, "png");
            if (writer.write(image))
                return true;
            *error = writer.errorString();
            return false;
        },
        error);
}

bool savePdf(QChartView *view, const QString &path, const QString &periodText, QString *error)
{
    const QString title = titleOf(view);
    return FileExport::save(
        path,
        [view, &title, &periodText](QIODevice *device, QString *error) {
            QPdfWriter writer(device);
            writer.setCreator(QCoreApplication::applicationName());
            writer.setTitle(title);
            // One unit is one of the view's pixels, so text keeps its size against the chart.
            const int dpi = view->logicalDpiY();
            writer.setResolution(dpi);
            const TitleLayout titleLayout = layOutTitle(view, title, periodText, &writer);
            const QSizeF chartSize = view->size();
            const QSizeF pageSize(chartSize.width() + 2 * pdfMargin,
                                  chartSize.height() + titleLayout.height + pdfTitleGap
                                      + 2 * pdfMargin);
            writer.setPageLayout(
                QPageLayout(QPageSize(pageSize * pointsPerInch / dpi, QPageSize::Point, QString(),
                                      QPageSize::ExactMatch),
                            QPageLayout::Portrait, QMarginsF()));

            QPainter painter;
            if (!painter.begin(&writer)) {
                *error = QCoreApplication::translate("ChartExport",
                                                     "Could not start the PDF document.");
                return false;
            }
            painter.fillRect(QRectF(QPointF(0, 0), pageSize), backgroundOf(view));
            painter.setPen(textColourOf(view));
            const QPointF origin(pdfMargin, pdfMargin);
            painter.setFont(titleLayout.titleFont);
            painter.drawText(titleLayout.titleRect.translated(origin), titleTextFlags, title);
            if (!periodText.isEmpty()) {
                painter.setFont(titleLayout.periodFont);
                painter.drawText(titleLayout.periodRect.translated(origin), titleTextFlags,
                                 periodText);
            }
            renderChart(view, &painter,
                        QRectF(QPointF(pdfMargin, pdfMargin + titleLayout.height + pdfTitleGap),
                               chartSize));
            return painter.end();
        },
        error);
}

QString suggestedFileName(const QChartView *view, Format format)
{
    QString name = FileExport::fileNameOf(titleOf(view));
    if (name.isEmpty())
        name = FileExport::fileNameOf(chartWord());
    return name + (format == Format::Png ? QStringLiteral(".png") : QStringLiteral(".pdf"));
}

void chooseAndSave(QChartView *view, Format format, const QString &periodText)
{
    // In the order of Format, so a filter's index is its format.
    const QList<FileExport::Filter> filters = {
        {QCoreApplication::translate("ChartExport", "PNG image (*.png)"), QStringLiteral("png")},
        {QCoreApplication::translate("ChartExport", "PDF document (*.pdf)"), QStringLiteral("pdf")},
    };
    FileExport::chooseAndSave(
        view, QCoreApplication::translate("ChartExport", "Export chart"),
        suggestedFileName(view, format), filters, qsizetype(format),
        [view, periodText](const QString &path, qsizetype filter, QString *error) {
            return Format(filter) == Format::Pdf ? savePdf(view, path, periodText, error)
                                                 : savePng(view, path, error);
        });
}

} // namespace ChartExport
