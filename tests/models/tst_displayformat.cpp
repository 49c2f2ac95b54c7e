#include "itemmodels/displayformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Figures as people type them, whatever the locale, become plain decimal text.
class tst_DisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void typedFigure_data();
    void typedFigure();
};

void tst_DisplayFormat::typedFigure_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("plain");
    QTest::newRow("English") << u"$1,250.50"_s << u"1250.50"_s;
    QTest::newRow("German") << u"1.250,50"_s << u"1250.50"_s;
    QTest::newRow("French spaces") << u"1\u202F250,5"_s << u"1250.5"_s;
    QTest::newRow("as the dialog shows a stored limit") << u"12.50"_s << u"12.50"_s;
    QTest::newRow("German decimal") << u"12,50"_s << u"12.50"_s;
    QTest::newRow("thousands only") << u"2,000"_s << u"2000"_s;
    QTest::newRow("German thousands") << u"2.000.000"_s << u"2000000"_s;
    QTest::newRow("whole") << u" 300 "_s << u"300"_s;
    QTest::newRow("not a number stays one") << u"lots"_s << u"lots"_s;
}

void tst_DisplayFormat::typedFigure()
{
    QFETCH(QString, typed);
    // The result must not depend on the locale the app runs in.
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::German)}) {
        QLocale::setDefault(locale);
        QTEST(DisplayFormat::typedFigure(typed), "plain");
    }
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
