#include "chartexport.h"
#include "fileexport.h"
#include "stackedbarchart.h"
#include "theme.h"
#include "uisettings.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

StackedBreakdown twoModels()
{
    StackedBreakdown breakdown;
    breakdown.categories = {QStringLiteral("2026-11-20"), QStringLiteral("2026-11-21")};
    breakdown.categoryLabels = {QStringLiteral("20 Nov"), QStringLiteral("21 Nov")};
    breakdown.series = {QStringLiteral("opus"), QStringLiteral("haiku")};
    breakdown.micros = {{1'500'000, 0}, {250'000, 400'000}};
    breakdown.seriesTotals = {1'500'000, 650'000};
    breakdown.totalMicros = 2'150'000;
    return breakdown;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The page's size in points, from the PDF's /MediaBox.
QSizeF mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(
        QStringLiteral(R"(/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\])"));
    const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                            : QSizeF();
}

const QList<FileExport::Filter> chartFilters = {
    {QStringLiteral("PNG image (*.png)"), QStringLiteral("png")},
    {QStringLiteral("PDF document (*.pdf)"), QStringLiteral("pdf")},
};

} // namespace

class tst_ChartExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void png_data();
    void png();
    void pdf();
    void pdfTitleLineMakesRoomForAPeriod();
    void unwritablePath_data();
    void unwritablePath();
    void suggestedFileName();
    void suffixFromTheNameOrTheFilter_data();
    void suffixFromTheNameOrTheFilter();
    void contextMenu_data();
    void contextMenu();
    void exportFromTheMenuAsksWhereAndRemembersTheFolder();
    void failureIsShown();

private:
    void showChart(const QPalette &palette);

    std::unique_ptr<StackedBarChart> m_chart;
    QTemporaryDir m_dir;
};

void tst_ChartExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BurnrateTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chartexport"));
    QVERIFY(m_dir.isValid());
}

void tst_ChartExport::init()
{
    showChart(QApplication::palette());
}

void tst_ChartExport::showChart(const QPalette &palette)
{
    m_chart = std::make_unique<StackedBarChart>(StackedBarChart::Orientation::Vertical);
    m_chart->setPalette(palette);
    m_chart->setAccessibleName(QStringLiteral("Spend over time by model"));
    m_chart->setBreakdown(twoModels());
    m_chart->resize(480, 300);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void tst_ChartExport::cleanup()
{
    m_chart.reset();
}

void tst_ChartExport::png_data()
{
    QTest::addColumn<bool>("isDark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_ChartExport::png()
{
    QFETCH(bool, isDark);
    if (isDark)
        showChart(Theme::darkPalette());
    QCOMPARE(m_chart->chart()->theme(), isDark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(ChartExport::savePng(m_chart.get(), path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFileInfo::exists(path));

    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), m_chart->size() * 2);
    // On the chart's background as the theme shows it, white or dark.
    const QColor background = m_chart->palette().color(QPalette::Base);
    QCOMPARE(image.pixelColor(0, 0), background);
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), background);
    // Bars, axes and labels drawn on it: the series' own colours among many.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    QVERIFY(colours.contains(QColor(0x4e79a7).rgb()));
    QVERIFY(colours.contains(QColor(0xf28e2b).rgb()));
}

void tst_ChartExport::pdf()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(ChartExport::savePdf(m_chart.get(), path, QStringLiteral("This month"), &error),
             qPrintable(error));
    const QByteArray pdf = contents(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.size() > 2000, qPrintable(QString::number(pdf.size())));
    // Vectors, not a picture of the chart.
    QVERIFY(!pdf.contains("/Subtype /Image"));
    // The page is the chart's size (in points) and a title line more.
    const QSizeF page = mediaBox(pdf);
    const qreal pointsPerPixel = 72.0 / m_chart->logicalDpiY();
    QVERIFY2(page.isValid(), pdf.left(2000).constData());
    QVERIFY(page.width() > m_chart->width() * pointsPerPixel);
    QVERIFY(page.width() < (m_chart->width() + 100) * pointsPerPixel);
    QVERIFY(page.height() > m_chart->height() * pointsPerPixel);
    QVERIFY(page.height() < (m_chart->height() + 150) * pointsPerPixel);
}

void tst_ChartExport::pdfTitleLineMakesRoomForAPeriod()
{
    const QString without = m_dir.filePath(QStringLiteral("without.pdf"));
    const QString shortPeriod = m_dir.filePath(QStringLiteral("short.pdf"));
    const QString longPeriod = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(ChartExport::savePdf(m_chart.get(), without));
    QVERIFY(ChartExport::savePdf(m_chart.get(), shortPeriod, QStringLiteral("Today")));
    QVERIFY(ChartExport::savePdf(m_chart.get(), longPeriod,
                                 QStringLiteral("Last 30 days, 24 October – 22 November 2026, "
                                                "all teams, all sources, every model")));
    // A short period beside the name, a long one on a line of its own.
    QCOMPARE(mediaBox(contents(shortPeriod)), mediaBox(contents(without)));
    QVERIFY(mediaBox(contents(longPeriod)).height() > mediaBox(contents(without)).height());
}

void tst_ChartExport::unwritablePath_data()
{
    QTest::addColumn<ChartExport::Format>("format");
    QTest::newRow("png") << ChartExport::Format::Png;
    QTest::newRow("pdf") << ChartExport::Format::Pdf;
}

void tst_ChartExport::unwritablePath()
{
    QFETCH(ChartExport::Format, format);
    // A folder that is a file: refused even to root, which may write anywhere else.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/chart.")
        + (format == ChartExport::Format::Png ? u"png" : u"pdf");

    QString error;
    const bool isSaved = format == ChartExport::Format::Png
        ? ChartExport::savePng(m_chart.get(), path, &error)
        : ChartExport::savePdf(m_chart.get(), path, QString(), &error);
    QVERIFY(!isSaved);
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    // Nothing half written beside it either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList {QStringLiteral("blocker")});
}

void tst_ChartExport::suggestedFileName()
{
    QCOMPARE(ChartExport::suggestedFileName(m_chart.get(), ChartExport::Format::Png),
             QStringLiteral("spend-over-time-by-model.png"));
    m_chart->setAccessibleName(QStringLiteral("Spend distribution of Platform (12 people)"));
    QCOMPARE(ChartExport::suggestedFileName(m_chart.get(), ChartExport::Format::Pdf),
             QStringLiteral("spend-distribution-of-platform-12-people.pdf"));
    m_chart->setAccessibleName(QStringLiteral("モデル別の支出"));
    QCOMPARE(ChartExport::suggestedFileName(m_chart.get(), ChartExport::Format::Png),
             QStringLiteral("モデル別の支出.png"));
    m_chart->setAccessibleName(QStringLiteral("—"));
    QCOMPARE(ChartExport::suggestedFileName(m_chart.get(), ChartExport::Format::Png),
             QStringLiteral("chart.png"));
}

void tst_ChartExport::suffixFromTheNameOrTheFilter_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<qsizetype>("selectedFilter");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qsizetype>("filter");
    QTest::newRow("no suffix, PNG")
        << "/tmp/chart" << qsizetype(0) << "/tmp/chart.png" << qsizetype(0);
    QTest::newRow("no suffix, PDF")
        << "/tmp/chart" << qsizetype(1) << "/tmp/chart.pdf" << qsizetype(1);
    QTest::newRow("name says PDF")
        << "/tmp/chart.pdf" << qsizetype(0) << "/tmp/chart.pdf" << qsizetype(1);
    QTest::newRow("capitals") << "/tmp/chart.PNG" << qsizetype(1) << "/tmp/chart.PNG"
                              << qsizetype(0);
    QTest::newRow("other suffix") << "/tmp/chart.v2" << qsizetype(1) << "/tmp/chart.v2.pdf"
                                  << qsizetype(1);
}

void tst_ChartExport::suffixFromTheNameOrTheFilter()
{
    QFETCH(QString, chosen);
    QFETCH(qsizetype, selectedFilter);
    QFETCH(QString, path);
    QFETCH(qsizetype, filter);
    const QString completed = FileExport::completedPath(chosen, chartFilters, selectedFilter);
    QCOMPARE(completed, path);
    QCOMPARE(FileExport::filterOfPath(completed, chartFilters), filter);
}

void tst_ChartExport::contextMenu_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("right click") << "right click";
    QTest::newRow("Menu key") << "menu key";
    QTest::newRow("Shift+F10") << "shift+f10";
}

void tst_ChartExport::contextMenu()
{
    QFETCH(QString, how);
    // Keyboard users reach the chart with Tab.
    QVERIFY(m_chart->focusPolicy() & Qt::TabFocus);
    m_chart->activateWindow();
    m_chart->setFocus();
    QTRY_VERIFY(m_chart->hasFocus());
    // A click goes through the window, as the platform delivers it, so Qt makes the context menu
    // event of it.
    if (how == u"right click")
        QTest::mouseClick(m_chart->windowHandle(), Qt::RightButton, {}, QPoint(100, 100));
    else if (how == u"menu key")
        QTest::keyClick(m_chart.get(), Qt::Key_Menu);
    else
        QTest::keyClick(m_chart.get(), Qt::Key_F10, Qt::ShiftModifier);

    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QCOMPARE(menu->actions(),
             (QList<QAction *> {m_chart->exportPngAction(), m_chart->exportPdfAction()}));
    // What a screen reader says for each item.
    QAccessibleInterface *accessibleMenu = QAccessible::queryAccessibleInterface(menu);
    QVERIFY(accessibleMenu);
    QCOMPARE(accessibleMenu->childCount(), 2);
    QCOMPARE(accessibleMenu->child(0)->text(QAccessible::Name),
             QStringLiteral("Export chart as PNG…"));
    QCOMPARE(accessibleMenu->child(1)->text(QAccessible::Name),
             QStringLiteral("Export chart as PDF…"));
    // Opened from the keyboard, the menu is over the chart rather than at the mouse pointer.
    if (how != u"right click")
        QVERIFY(menu->geometry().contains(m_chart->mapToGlobal(m_chart->rect().center())));
    // Asking again while it is open does not stack a second menu.
    QTest::keyClick(m_chart.get(), Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(m_chart->findChildren<QMenu *>().size(), 1);
    menu->close();
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void tst_ChartExport::exportFromTheMenuAsksWhereAndRemembersTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UiSettings::setExportFolder(QString());
    m_chart->setPeriodText(QStringLiteral("This month"));

    m_chart->exportPdfAction()->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())));
    QCOMPARE(dialog->directory().absolutePath(), QDir::homePath());
    QCOMPARE(dialog->selectedNameFilter(), QStringLiteral("PDF document (*.pdf)"));
    // Typed without a suffix: the PDF filter that the PDF item offers first decides it.
    dialog->selectFile(QDir(dir.path()).filePath(QStringLiteral("exported")));
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), public in QDialog
    const QString path = QDir(dir.path()).filePath(QStringLiteral("exported.pdf"));
    QTRY_VERIFY(contents(path).startsWith("%PDF"));
    QCOMPARE(UiSettings::exportFolder(), dir.path());
    QTRY_VERIFY(!QApplication::activeModalWidget());

    // The next export starts there.
    m_chart->exportPngAction()->trigger();
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())));
    QCOMPARE(dialog->directory().absolutePath(), dir.path());
    QCOMPARE(dialog->selectedNameFilter(), QStringLiteral("PNG image (*.png)"));
    dialog->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    UiSettings::setExportFolder(QString());
}

void tst_ChartExport::failureIsShown()
{
    // An existing file that cannot be replaced: a folder's name with the suffix.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.png")));
    UiSettings::setExportFolder(dir.path());

    m_chart->exportPngAction()->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())));
    // Past the dialog's own checks (it would open the folder), as a native one may hand it over.
    dialog->selectFile(QDir(dir.path()).filePath(QStringLiteral("taken.png")));
    static_cast<QDialog *>(dialog)->done(QDialog::Accepted);

    QMessageBox *warning = nullptr;
    QTRY_VERIFY((warning = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QCOMPARE(warning->icon(), QMessageBox::Warning);
    QVERIFY2(warning->text().startsWith(QStringLiteral("Could not write ")),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QStringLiteral("taken.png")));
    warning->close();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList {QStringLiteral("taken.png")});
    UiSettings::setExportFolder(QString());
}

QTEST_MAIN(tst_ChartExport)
#include "tst_chartexport.moc"
