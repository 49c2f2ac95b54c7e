#include "alertbanner.h"
#include "analytics/queryservice.h"
#include "mainwindow.h"
#include "messagelabel.h"
#include "peerdistributionchart.h"
#include "settingspage.h"
#include "stackedbarchart.h"
#include "support/fakeclock.h"
#include "support/templedger.h"
#include "theme.h"
#include "themedchartview.h"
#include "uisettings.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QProxyStyle>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOption>
#include <QtTest>

#include <cmath>

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

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

QList<QColor> barColours(const StackedBarChart &chart)
{
    QList<QColor> colours;
    const QList<QAbstractSeries *> series = chart.chart()->series();
    if (series.isEmpty())
        return colours;
    for (QBarSet *set : static_cast<QAbstractBarSeries *>(series.first())->barSets())
        colours.append(set->color());
    return colours;
}

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void choiceKeys_data();
    void choiceKeys();
    void darkIsAppliedWhenAsked();
    void darkOutlinesAreVisible_data();
    void darkOutlinesAreVisible();
    void lightKeepsALightPlatformLook();
    void systemFollowsTheDesktop();
    void endingGivesThePlatformLookBack();
    void chartsTakeTheTheme();
    void chartsFollowASwitch();
    void peerChartFollowsASwitch();
    void stateColoursAreReadable_data();
    void stateColoursAreReadable();
    void problemMessagesFollowASwitch();
    void bannerFollowsASwitch();
    void settingsPageSwitchesAndRemembers();

private:
    QPalette m_platformPalette;
    QString m_platformStyle;
};

void tst_Theme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BurnrateTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_theme"));
    m_platformPalette = QApplication::palette();
    m_platformStyle = QApplication::style()->name();
    // The offscreen platform is light; the tests below start from there.
    QCOMPARE(Theme::colorSchemeOf(m_platformPalette), ColorScheme::Light);
}

void tst_Theme::choiceKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("isKnown");
    QTest::addColumn<Theme::Choice>("choice");
    QTest::newRow("system") << "system" << true << Theme::Choice::System;
    QTest::newRow("light") << "light" << true << Theme::Choice::Light;
    QTest::newRow("dark") << "dark" << true << Theme::Choice::Dark;
    QTest::newRow("capitals") << "Dark" << false << Theme::Choice::System;
    QTest::newRow("empty") << "" << false << Theme::Choice::System;
}

void tst_Theme::choiceKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, isKnown);
    QFETCH(Theme::Choice, choice);
    const std::optional<Theme::Choice> parsed = Theme::choiceFromKey(key);
    QCOMPARE(parsed.has_value(), isKnown);
    if (isKnown) {
        QCOMPARE(*parsed, choice);
        QCOMPARE(Theme::choiceKey(choice), key);
    }
}

void tst_Theme::darkIsAppliedWhenAsked()
{
    Theme theme(Theme::Choice::Dark, ColorScheme::Light);
    QCOMPARE(theme.colorScheme(), ColorScheme::Dark);
    const auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    const QPalette palette = QApplication::palette();
    QCOMPARE(palette.color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
    QCOMPARE(palette.color(QPalette::Base), Theme::darkPalette().color(QPalette::Base));
    QCOMPARE(Theme::colorSchemeOf(palette), ColorScheme::Dark);
    // Widgets made now inherit it.
    QWidget widget;
    QCOMPARE(widget.palette().color(QPalette::Window),
             Theme::darkPalette().color(QPalette::Window));
    // Text on the dark palette is readable.
    QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
    QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base))
            >= 4.5);
}

void tst_Theme::darkOutlinesAreVisible_data()
{
    QTest::addColumn<QString>("control");
    QTest::newRow("check box") << "check box";
    QTest::newRow("radio button") << "radio button";
    QTest::newRow("text field") << "text field";
    QTest::newRow("progress bar (Budgets' used)") << "progress bar";
}

// A check box, radio button, text field or progress bar on the dark window has an edge one can
// see (3:1).
void tst_Theme::darkOutlinesAreVisible()
{
    QFETCH(QString, control);
    Theme theme(Theme::Choice::Dark, ColorScheme::Light);
    const QPalette palette = QApplication::palette();
    const QRect rect(0, 0, 40, 40);
    QImage image(rect.size(), QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    QStyle *style = QApplication::style();
    if (control == "progress bar") {
        QStyleOptionProgressBar option;
        option.rect = rect;
        option.palette = palette;
        option.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        option.maximum = 100;
        style->drawControl(QStyle::CE_ProgressBarGroove, &option, &painter);
    } else if (control == "text field") {
        QStyleOptionFrame option;
        option.rect = rect;
        option.palette = palette;
        option.state = QStyle::State_Enabled;
        option.lineWidth = 1;
        style->drawPrimitive(QStyle::PE_FrameLineEdit, &option, &painter);
    } else {
        QStyleOptionButton option;
        option.rect = rect;
        option.palette = palette;
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        style->drawPrimitive(control == "check box" ? QStyle::PE_IndicatorCheckBox
                                                    : QStyle::PE_IndicatorRadioButton,
                             &option, &painter);
    }
    painter.end();
    double best = 1;
    for (int x = 0; x < rect.width(); ++x)
        best = std::max(best, contrast(image.pixelColor(x, 20), palette.color(QPalette::Window)));
    QVERIFY2(best >= 3, qPrintable(QString::number(best)));
}

void tst_Theme::lightKeepsALightPlatformLook()
{
    Theme theme(Theme::Choice::Light, ColorScheme::Dark);
    QCOMPARE(theme.colorScheme(), ColorScheme::Light);
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             m_platformPalette.color(QPalette::Window));
}

void tst_Theme::systemFollowsTheDesktop()
{
    Theme theme(Theme::Choice::System, ColorScheme::Light);
    QSignalSpy changed(&theme, &Theme::colorSchemeChanged);
    QCOMPARE(theme.colorScheme(), ColorScheme::Light);

    theme.setSystemColorScheme(ColorScheme::Dark);
    QCOMPARE(theme.colorScheme(), ColorScheme::Dark);
    QCOMPARE(Theme::colorSchemeOf(QApplication::palette()), ColorScheme::Dark);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<ColorScheme>(), ColorScheme::Dark);

    // A fixed choice ignores the desktop.
    theme.setChoice(Theme::Choice::Light);
    QCOMPARE(theme.colorScheme(), ColorScheme::Light);
    theme.setSystemColorScheme(ColorScheme::Light);
    theme.setSystemColorScheme(ColorScheme::Dark);
    QCOMPARE(theme.colorScheme(), ColorScheme::Light);
    QCOMPARE(changed.size(), 2);
}

void tst_Theme::endingGivesThePlatformLookBack()
{
    {
        Theme theme(Theme::Choice::Dark, ColorScheme::Light);
        QCOMPARE(Theme::colorSchemeOf(QApplication::palette()), ColorScheme::Dark);
    }
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             m_platformPalette.color(QPalette::Window));
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
}

void tst_Theme::chartsTakeTheTheme()
{
    {
        StackedBarChart light(StackedBarChart::Orientation::Vertical);
        QCOMPARE(light.chart()->theme(), QChart::ChartThemeLight);
    }
    Theme theme(Theme::Choice::Dark, ColorScheme::Light);
    StackedBarChart chart(StackedBarChart::Orientation::Vertical);
    chart.setBreakdown(twoModels());
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    const QPalette dark = Theme::darkPalette();
    // On the page's table background, labels in its text colour.
    QCOMPARE(chart.chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(chart.chart()->legend()->labelColor(), dark.color(QPalette::Text));
    for (QAbstractAxis *axis : chart.chart()->axes())
        QCOMPARE(axis->labelsColor(), dark.color(QPalette::Text));
    // The series keep their own colours: the dark theme's would differ per theme.
    QCOMPARE(barColours(chart), (QList<QColor> {QColor(0x4e79a7), QColor(0xf28e2b)}));
}

void tst_Theme::chartsFollowASwitch()
{
    Theme theme(Theme::Choice::Light, ColorScheme::Light);
    StackedBarChart chart(StackedBarChart::Orientation::Horizontal);
    chart.setBreakdown(twoModels());
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);

    // Qt posts the palette change to the widgets.
    theme.setChoice(Theme::Choice::Dark);
    QTRY_COMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), Theme::darkPalette().color(QPalette::Base));
    QCOMPARE(barColours(chart), (QList<QColor> {QColor(0x4e79a7), QColor(0xf28e2b)}));
    QCOMPARE(chart.barCount(), 2);

    theme.setChoice(Theme::Choice::Light);
    QTRY_COMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(chart.chart()->backgroundBrush().color(), m_platformPalette.color(QPalette::Base));
}

void tst_Theme::peerChartFollowsASwitch()
{
    Theme theme(Theme::Choice::Light, ColorScheme::Light);
    PeerGroup group;
    group.size = 6;
    group.isShown = true;
    group.histogram = {{0, 1'000'000, 2}, {1'000'000, 2'000'000, 3}, {2'000'000, 3'000'000, 1}};
    PeerDistributionChart chart;
    chart.setGroup(group, 1);
    const auto colours = [&chart] {
        QList<QColor> result;
        const auto *series = static_cast<QAbstractBarSeries *>(chart.chart()->series().value(0));
        for (QBarSet *set : series->barSets())
            result.append(set->color());
        return result;
    };
    const QList<QColor> light = colours();
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);

    theme.setChoice(Theme::Choice::Dark);
    QTRY_COMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(colours(), light); // the crowd and "you" keep their colours
    QCOMPARE(chart.personBin(), 1);
    QCOMPARE(chart.peopleCounts(), (QList<int> {2, 3, 1}));
    for (QAbstractAxis *axis : chart.chart()->axes())
        QCOMPARE(axis->labelsColor(), Theme::darkPalette().color(QPalette::Text));
}

void tst_Theme::stateColoursAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<Theme::Tone>("tone");
    const QList<std::pair<const char *, QPalette>> palettes = {
        {"light", Theme::lightPalette()},
        {"dark", Theme::darkPalette()},
    };
    for (const auto &[name, palette] : palettes) {
        for (const Theme::Tone tone :
             {Theme::Tone::Ok, Theme::Tone::Warning, Theme::Tone::Problem}) {
            QTest::addRow("%s %s", name, QMetaEnum::fromType<Theme::Tone>().valueToKey(int(tone)))
                << palette << tone;
        }
    }
}

void tst_Theme::stateColoursAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(Theme::Tone, tone);
    const Theme::ToneColours colours = Theme::colours(tone, palette);
    // WCAG AA: 4.5:1 for text, 3:1 for shapes that carry meaning.
    for (const QPalette::ColorRole role :
         {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
        const double ratio = contrast(colours.text, palette.color(role));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("text on role %1: %2").arg(role).arg(ratio)));
    }
    QVERIFY2(contrast(colours.fill, palette.color(QPalette::Base)) >= 3,
             qPrintable(QString::number(contrast(colours.fill, palette.color(QPalette::Base)))));
    QVERIFY(contrast(colours.onFill, colours.fill) >= 4.5);
    QVERIFY(contrast(colours.onBackground, colours.background) >= 4.5);
    // A banner stands apart from the window it sits in.
    QVERIFY(colours.background != palette.color(QPalette::Window));
}

void tst_Theme::problemMessagesFollowASwitch()
{
    Theme theme(Theme::Choice::Light, ColorScheme::Light);
    QWidget page;
    auto *message = new MessageLabel(&page);
    message->showMessage(QStringLiteral("The keychain refused the key."),
                         MessageLabel::Kind::Problem);
    const QColor lightProblem = Theme::colours(Theme::Tone::Problem, Theme::lightPalette()).text;
    const QColor darkProblem = Theme::colours(Theme::Tone::Problem, Theme::darkPalette()).text;
    QCOMPARE(message->palette().color(QPalette::WindowText), lightProblem);

    theme.setChoice(Theme::Choice::Dark);
    QTRY_COMPARE(message->palette().color(QPalette::WindowText), darkProblem);
    QCOMPARE(message->palette().color(QPalette::Window),
             Theme::darkPalette().color(QPalette::Window));

    // Plain information takes the window's text colour, whichever it is.
    message->showMessage(QStringLiteral("Saved."));
    QCOMPARE(message->palette().color(QPalette::WindowText),
             Theme::darkPalette().color(QPalette::WindowText));
    theme.setChoice(Theme::Choice::Light);
    QTRY_COMPARE(message->palette().color(QPalette::WindowText),
                 m_platformPalette.color(QPalette::WindowText));
}

void tst_Theme::bannerFollowsASwitch()
{
    Theme theme(Theme::Choice::Light, ColorScheme::Light);
    AlertBanner banner;
    BudgetAlert alert;
    alert.id = 1;
    alert.budgetLabel = QStringLiteral("team:Platform · month");
    alert.kind = AlertKind::Threshold;
    alert.threshold = 100;
    alert.recipients = {{QStringLiteral("bob@example.com"), QString(), RecipientRole::Owner}};
    banner.setAlerts({alert}, QStringLiteral("bob@example.com"));
    QCOMPARE(banner.tone(), Theme::Tone::Problem);
    QCOMPARE(banner.textLabel()->palette().color(QPalette::WindowText),
             Theme::colours(Theme::Tone::Problem, Theme::lightPalette()).onBackground);

    theme.setChoice(Theme::Choice::Dark);
    QTRY_COMPARE(banner.textLabel()->palette().color(QPalette::WindowText),
                 Theme::colours(Theme::Tone::Problem, Theme::darkPalette()).onBackground);
    // The buttons are the theme's own.
    QCOMPARE(banner.acknowledgeButton()->palette().color(QPalette::Button),
             Theme::darkPalette().color(QPalette::Button));
}

void tst_Theme::settingsPageSwitchesAndRemembers()
{
    UiSettings::setThemeChoice(Theme::Choice::System);
    TempLedger ledger;
    QVERIFY(ledger.isValid());
    FakeClock clock(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
    QueryService queries(ledger.path());
    Theme theme(UiSettings::themeChoice(), ColorScheme::Light);
    MainWindow window(&queries, &clock);
    window.setTheme(&theme);
    auto *settings = static_cast<SettingsPage *>(window.page(MainWindow::Page::Settings));
    QComboBox *selector = settings->themeSelector();
    QCOMPARE(selector->currentData().toInt(), int(Theme::Choice::System));
    // My usage's spend and peer charts, Team's and Organisation's.
    const QList<ThemedChartView *> charts = window.findChildren<ThemedChartView *>();
    QVERIFY2(charts.size() >= 4, qPrintable(QString::number(charts.size())));
    for (const ThemedChartView *chart : charts)
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);

    // Down twice: Light, then Dark, as a keyboard user picks it.
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(theme.choice(), Theme::Choice::Light);
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(theme.choice(), Theme::Choice::Dark);
    QCOMPARE(UiSettings::themeChoice(), Theme::Choice::Dark);
    QTRY_COMPARE(Theme::colorSchemeOf(window.palette()), ColorScheme::Dark);
    // Every chart of every page, My usage's too.
    for (const ThemedChartView *chart : charts)
        QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
    UiSettings::setThemeChoice(Theme::Choice::System);
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
