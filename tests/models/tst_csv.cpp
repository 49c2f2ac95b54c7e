#include "core/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;
using Lines = QList<int>;

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void unterminatedQuoteNamesItsLine_data();
    void unterminatedQuoteNamesItsLine();
    void escape_data();
    void escape();
    void joinRecordRoundTrip_data();
    void joinRecordRoundTrip();
    void manyRecordsRoundTrip();
};

void tst_Csv::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("empty input") << QByteArray() << Rows {} << Lines {};
    QTest::newRow("simple") << "a,b,c\n1,2,3\n"_ba
                            << Rows {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                            << Lines {1, 2};
    QTest::newRow("no final newline")
        << "a,b\n1,2"_ba << Rows {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << Lines {1, 2};
    QTest::newRow("empty fields") << "a,,c\n,,\n"_ba
                                  << Rows {{u"a"_s, QString(), u"c"_s},
                                           {QString(), QString(), QString()}}
                                  << Lines {1, 2};
    QTest::newRow("trailing comma") << "a,\n"_ba << Rows {{u"a"_s, QString()}} << Lines {1};
    QTest::newRow("spaces kept") << " a , b \n"_ba << Rows {{u" a "_s, u" b "_s}} << Lines {1};
    QTest::newRow("quoted") << "\"a\",\"b c\"\n"_ba << Rows {{u"a"_s, u"b c"_s}} << Lines {1};
    QTest::newRow("quoted empty") << "\"\",x\n"_ba << Rows {{QString(), u"x"_s}} << Lines {1};
    QTest::newRow("escaped quotes")
        << "\"say \"\"hi\"\"\",x\n"_ba << Rows {{u"say \"hi\""_s, u"x"_s}} << Lines {1};
    QTest::newRow("only an escaped quote") << "\"\"\"\"\n"_ba << Rows {{u"\""_s}} << Lines {1};
    QTest::newRow("comma inside quotes")
        << "\"a,b\",c\n"_ba << Rows {{u"a,b"_s, u"c"_s}} << Lines {1};
    QTest::newRow("quote inside unquoted field")
        << "5\" disk,x\n"_ba << Rows {{u"5\" disk"_s, u"x"_s}} << Lines {1};
    QTest::newRow("newline inside quotes keeps the starting line")
        << "h1,h2\n\"multi\nline\",x\nnext,y\n"_ba
        << Rows {{u"h1"_s, u"h2"_s}, {u"multi\nline"_s, u"x"_s}, {u"next"_s, u"y"_s}}
        << Lines {1, 2, 4};
    QTest::newRow("several newlines inside quotes")
        << "a\n\"1\n2\n3\",\"x\ny\"\nb\n"_ba << Rows {{u"a"_s}, {u"1\n2\n3"_s, u"x\ny"_s}, {u"b"_s}}
        << Lines {1, 2, 6};
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n"_ba << Rows {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                          << Lines {1, 2};
    QTest::newRow("crlf inside quotes is kept")
        << "\"a\r\nb\",c\r\nd,e\r\n"_ba << Rows {{u"a\r\nb"_s, u"c"_s}, {u"d"_s, u"e"_s}}
        << Lines {1, 3};
    QTest::newRow("lone cr") << "a\rb\r"_ba << Rows {{u"a"_s}, {u"b"_s}} << Lines {1, 2};
    QTest::newRow("bom") << "\xEF\xBB\xBF"
                            "email,name\nx,y\n"_ba
                         << Rows {{u"email"_s, u"name"_s}, {u"x"_s, u"y"_s}} << Lines {1, 2};
    QTest::newRow("bom and crlf") << "\xEF\xBB\xBF"
                                     "\"q\",b\r\n"_ba
                                  << Rows {{u"q"_s, u"b"_s}} << Lines {1};
    QTest::newRow("blank lines skipped")
        << "a\n\n\nb\n\n"_ba << Rows {{u"a"_s}, {u"b"_s}} << Lines {1, 4};
    QTest::newRow("blank crlf lines skipped")
        << "a\r\n\r\nb\r\n"_ba << Rows {{u"a"_s}, {u"b"_s}} << Lines {1, 3};
    QTest::newRow("only blank lines") << "\n\r\n\n"_ba << Rows {} << Lines {};
    QTest::newRow("utf-8") << "caf\xC3\xA9,\xE2\x82\xAC"
                              "5\n"_ba
                           << Rows {{u"café"_s, u"€5"_s}} << Lines {1};
}

void tst_Csv::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    const Result<QList<Csv::Record>> parsed = Csv::parse(input);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().detail));
    Rows actualRows;
    Lines actualLines;
    for (const Csv::Record &record : *parsed) {
        actualRows.append(record.fields);
        actualLines.append(record.line);
    }
    QCOMPARE(actualRows, rows);
    QCOMPARE(actualLines, lines);
}

void tst_Csv::unterminatedQuoteNamesItsLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::newRow("first line") << "\"abc"_ba << 1;
    QTest::newRow("opened on line 2") << "a,b\nc,\"d\ne\n"_ba << 2;
    QTest::newRow("after a blank line") << "a\n\nb,\"x"_ba << 3;
    QTest::newRow("after a multi-line field") << "\"x\ny\",z\n\"open\n\n"_ba << 3;
    QTest::newRow("crlf, ends on an escaped quote") << "a\r\nb\r\n\"c\"\""_ba << 3;
}

void tst_Csv::unterminatedQuoteNamesItsLine()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    const Result<QList<Csv::Record>> parsed = Csv::parse(input);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    const QString prefix = u"line %1:"_s.arg(line);
    QVERIFY2(parsed.error().detail.startsWith(prefix), qPrintable(parsed.error().detail));
}

void tst_Csv::escape_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"plain"_s << u"plain"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces are not quoted") << u" a b "_s << u" a b "_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"cr\r"_s << u"\"cr\r\""_s;
    QTest::newRow("unicode") << u"Zoë ✓"_s << u"Zoë ✓"_s;
}

void tst_Csv::escape()
{
    QFETCH(QString, field);
    QTEST(Csv::escape(field), "escaped");
}

void tst_Csv::joinRecordRoundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList {u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("empty middle field") << QStringList {u"a"_s, QString(), u"c"_s};
    QTest::newRow("all empty") << QStringList {QString(), QString()};
    QTest::newRow("commas") << QStringList {u"a,b"_s, u",,"_s};
    QTest::newRow("quotes") << QStringList {u"\""_s, u"\"\""_s, u"5\" disk"_s, u"\"quoted\""_s};
    QTest::newRow("line breaks") << QStringList {u"one\ntwo"_s, u"crlf\r\nhere"_s, u"\n"_s};
    QTest::newRow("everything") << QStringList {u" ,\"\n\r "_s, u"x"_s};
    QTest::newRow("unicode") << QStringList {u"café"_s, u"日本"_s, u"😀"_s};
}

void tst_Csv::joinRecordRoundTrip()
{
    QFETCH(QStringList, fields);
    const QString line = Csv::joinRecord(fields);
    const Result<QList<Csv::Record>> parsed = Csv::parse((line + u"\r\n"_s).toUtf8());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().detail));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().fields, fields);
    QCOMPARE(parsed->first().line, 1);
}

void tst_Csv::manyRecordsRoundTrip()
{
    const Rows rows = {{u"id"_s, u"note"_s},
                       {u"1"_s, u"first\nsecond"_s},
                       {u"2"_s, u"a, \"b\""_s},
                       {u"3"_s, u"x\r\ny\r\nz"_s}};
    QString text;
    for (const QStringList &row : rows)
        text += Csv::joinRecord(row) + u'\n';
    const Result<QList<Csv::Record>> parsed = Csv::parse(text.toUtf8());
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), rows.size());
    const Lines expectedLines = {1, 2, 4, 5};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(parsed->at(i).fields, rows[i]);
        QCOMPARE(parsed->at(i).line, expectedLines[i]);
    }
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
