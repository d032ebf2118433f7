#include "core/import/reader/values.h"

#include <QTest>

#include <vector>

using namespace iroi::import;

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

std::vector<std::string_view> views(const std::vector<std::string> &texts)
{
    return {texts.begin(), texts.end()};
}

std::vector<std::string> strings(const QStringList &texts)
{
    std::vector<std::string> out;
    for (const QString &text : texts)
        out.push_back(utf8(text));
    return out;
}

} // namespace

class TestValues : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("percent");

        const int number = int(ParsedNumber::Kind::Number);
        const int missing = int(ParsedNumber::Kind::Missing);
        const int censored = int(ParsedNumber::Kind::Censored);
        const int invalid = int(ParsedNumber::Kind::Invalid);
        // Expected values worked out by hand.
        QTest::newRow("plain") << "1234.5" << false << number << 1234.5 << false;
        QTest::newRow("thousands comma") << "1,234,567.89" << false << number << 1234567.89 << false;
        QTest::newRow("thousands dot, decimal comma") << "1.234.567,89" << true << number << 1234567.89 << false;
        QTest::newRow("thousands space") << "1 234 567" << false << number << 1234567.0 << false;
        QTest::newRow("thousands nbsp, comma") << "1\u00A0234,5" << true << number << 1234.5 << false;
        QTest::newRow("thousands narrow nbsp") << "12\u202F345" << false << number << 12345.0 << false;
        QTest::newRow("apostrophe") << "1'234'567.5" << false << number << 1234567.5 << false;
        QTest::newRow("google quoted thousands") << "795,836" << false << number << 795836.0 << false;
        QTest::newRow("bad grouping") << "1,23,456" << false << invalid << 0.0 << false;
        QTest::newRow("comma in point style") << "3,14" << false << invalid << 0.0 << false;
        QTest::newRow("decimal comma") << "3,14" << true << number << 3.14 << false;
        QTest::newRow("leading dot") << ".5" << false << number << 0.5 << false;
        QTest::newRow("dollar") << "$1,234.50" << false << number << 1234.5 << false;
        QTest::newRow("euro after, comma") << "1.234,50 €" << true << number << 1234.5 << false;
        QTest::newRow("euro before") << "€12" << false << number << 12.0 << false;
        QTest::newRow("pound") << "£0.99" << false << number << 0.99 << false;
        QTest::newRow("EUR code before") << "EUR 12,5" << true << number << 12.5 << false;
        QTest::newRow("USD code after") << "12.5 USD" << false << number << 12.5 << false;
        QTest::newRow("minus before currency") << "-$5" << false << number << -5.0 << false;
        QTest::newRow("minus after currency") << "$-5" << false << number << -5.0 << false;
        QTest::newRow("plus") << "+7" << false << number << 7.0 << false;
        QTest::newRow("unicode minus") << "\u22127.5" << false << number << -7.5 << false;
        QTest::newRow("parentheses") << "(1,234.50)" << false << number << -1234.5 << false;
        QTest::newRow("parentheses currency") << "($12)" << false << number << -12.0 << false;
        QTest::newRow("percent") << "1.39%" << false << number << 0.0139 << true;
        QTest::newRow("percent comma") << "12,5 %" << true << number << 0.125 << true;
        QTest::newRow("k") << "3.3k" << false << number << 3300.0 << false;
        QTest::newRow("m is million") << "475.8m" << false << number << 475800000.0 << false;
        QTest::newRow("b") << "29.0b" << false << number << 29000000000.0 << false;
        QTest::newRow("K decimal comma") << "1,2K" << true << number << 1200.0 << false;
        QTest::newRow("M with currency") << "$1.5M" << false << number << 1500000.0 << false;
        QTest::newRow("exponent") << "1E-3" << false << number << 0.001 << false;
        QTest::newRow("spaces around") << "  42  " << false << number << 42.0 << false;
        QTest::newRow("empty") << "" << false << missing << 0.0 << false;
        QTest::newRow("blank") << "   " << false << missing << 0.0 << false;
        QTest::newRow("dash") << "-" << false << missing << 0.0 << false;
        QTest::newRow("google double dash") << " --" << false << missing << 0.0 << false;
        QTest::newRow("N/A") << "N/A" << false << missing << 0.0 << false;
        QTest::newRow("n/a") << "n/a" << false << missing << 0.0 << false;
        QTest::newRow("NaN") << "NaN" << false << missing << 0.0 << false;
        QTest::newRow("null") << "null" << false << missing << 0.0 << false;
        QTest::newRow("em dash") << "\u2014" << false << missing << 0.0 << false;
        QTest::newRow("below threshold") << "< 10%" << false << censored << 0.0 << true;
        QTest::newRow("above threshold") << "> 90%" << false << censored << 0.0 << true;
        QTest::newRow("less or equal") << "<=5" << false << censored << 0.0 << false;
        QTest::newRow("text") << "Paused" << false << invalid << 0.0 << false;
        QTest::newRow("two numbers") << "12 34 5" << false << invalid << 0.0 << false;
        QTest::newRow("only currency") << "$" << false << invalid << 0.0 << false;
        QTest::newRow("suffix alone") << "k" << false << invalid << 0.0 << false;
        QTest::newRow("date is not a number") << "2025-01-14" << false << invalid << 0.0 << false;
        QTest::newRow("infinity") << "1e999" << false << invalid << 0.0 << false;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, decimalComma);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(bool, percent);
        const std::string bytes = utf8(text);
        const NumberStyle style = decimalComma ? NumberStyle::DecimalComma : NumberStyle::DecimalPoint;
        const ParsedNumber parsed = parseNumberDetailed(bytes, style);
        QCOMPARE(int(parsed.kind), kind);
        QCOMPARE(parsed.percent, percent);
        if (kind == int(ParsedNumber::Kind::Number)) {
            QCOMPARE(parsed.value, value);
            QCOMPARE(parseNumber(bytes, style), std::optional<double>(value));
        } else {
            QVERIFY(!parseNumber(bytes, style).has_value());
        }
        if (kind == int(ParsedNumber::Kind::Censored) || kind == int(ParsedNumber::Kind::Invalid))
            QVERIFY(!parsed.reason.empty());
    }

    void censoredBound()
    {
        const ParsedNumber below = parseNumberDetailed("< 10%", NumberStyle::DecimalPoint);
        QCOMPARE(below.bound, 0.1);
        QVERIFY(below.reason.find("upper bound") != std::string_view::npos);
        const ParsedNumber above = parseNumberDetailed("> 90%", NumberStyle::DecimalPoint);
        QCOMPARE(above.bound, 0.9);
    }

    void numberStyle_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<bool>("decided");
        QTest::newRow("us") << QStringList{QStringLiteral("1,234.56"), QStringLiteral("12.5"), QStringLiteral("--")} << false << true;
        QTest::newRow("eu") << QStringList{QStringLiteral("1.234,56"), QStringLiteral("12,5")} << true << true;
        QTest::newRow("eu thousands only") << QStringList{QStringLiteral("1.234.567"), QStringLiteral("12")} << true << true;
        QTest::newRow("us thousands only") << QStringList{QStringLiteral("1,234,567")} << false << true;
        QTest::newRow("ambiguous") << QStringList{QStringLiteral("1,234"), QStringLiteral("5,678")} << false << false;
        QTest::newRow("suffixes with comma") << QStringList{QStringLiteral("3,3k"), QStringLiteral("1,2K")} << true << true;
        QTest::newRow("integers") << QStringList{QStringLiteral("1"), QStringLiteral("22")} << false << false;
        QTest::newRow("percent") << QStringList{QStringLiteral("1.39%"), QStringLiteral("0.30%")} << false << true;
    }

    void numberStyle()
    {
        QFETCH(QStringList, samples);
        QFETCH(bool, decimalComma);
        QFETCH(bool, decided);
        const auto texts = strings(samples);
        const auto sampleViews = views(texts);
        const NumberStyleGuess guess = guessNumberStyle(sampleViews);
        QCOMPARE(guess.style == NumberStyle::DecimalComma, decimalComma);
        QCOMPARE(guess.decided(), decided);
        QCOMPARE(detectNumberStyle(sampleViews), guess.style);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("day");          // epoch day, or -1 for "not a date"
        QTest::addColumn<int>("second");       // second of day, or -1 for none
        QTest::addColumn<int>("offset");       // UTC offset in minutes, or -9999 for none

        const int iso = int(DateOrder::Iso);
        const int dmy = int(DateOrder::DMY);
        const int mdy = int(DateOrder::MDY);
        const int compact = int(DateOrder::Compact);
        // Epoch days from python3: (date(y, m, d) - date(1970, 1, 1)).days
        // 2025-01-14 = 20102, 2025-03-05 = 20152, 2024-02-29 = 19782, 1999-12-31 = 10956,
        // 2069-01-01 = 36160, 2025-10-03 = 20364, 2025-05-01 = 20209.
        QTest::newRow("iso") << "2025-01-14" << iso << 20102 << -1 << -9999;
        QTest::newRow("iso under dmy") << "2025-01-14" << dmy << 20102 << -1 << -9999;
        QTest::newRow("iso slashes") << "2025/01/14" << mdy << 20102 << -1 << -9999;
        QTest::newRow("iso Z") << "2025-01-14T19:30:00Z" << iso << 20102 << 70200 << 0;
        QTest::newRow("iso offset") << "2025-01-14T19:30:00+01:00" << iso << 20102 << 70200 << 60;
        QTest::newRow("iso negative offset") << "2025-01-14T19:30:00.250-0530" << iso << 20102 << 70200 << -330;
        QTest::newRow("iso space time") << "2025-01-14 19:30" << iso << 20102 << 70200 << -9999;
        QTest::newRow("leap day") << "2024-02-29" << iso << 19782 << -1 << -9999;
        QTest::newRow("not leap") << "2025-02-29" << iso << -1 << -1 << -9999;
        QTest::newRow("dmy slash") << "14/01/2025" << dmy << 20102 << -1 << -9999;
        QTest::newRow("dmy dash") << "14-01-2025" << dmy << 20102 << -1 << -9999;
        QTest::newRow("dmy dot") << "14.01.2025" << dmy << 20102 << -1 << -9999;
        QTest::newRow("dmy short year") << "31/12/99" << dmy << 10956 << -1 << -9999;
        QTest::newRow("dmy year 69") << "1/1/69" << dmy << 36160 << -1 << -9999;
        QTest::newRow("dmy wrong order") << "01/14/2025" << dmy << -1 << -1 << -9999;
        QTest::newRow("mdy") << "01/14/2025" << mdy << 20102 << -1 << -9999;
        QTest::newRow("mdy pm") << "1/14/2025 7:30 PM" << mdy << 20102 << 70200 << -9999;
        QTest::newRow("mdy seconds") << "1/14/2025 07:30:05" << mdy << 20102 << 27005 << -9999;
        QTest::newRow("compact") << "20250114" << compact << 20102 << -1 << -9999;
        QTest::newRow("compact needs its order") << "20250114" << iso << -1 << -1 << -9999;
        QTest::newRow("month name dmy") << "14 Jan 2025" << iso << 20102 << -1 << -9999;
        QTest::newRow("month name dot") << "5 jan. 2025" << dmy << 20089 + 4 << -1 << -9999;
        QTest::newRow("month name us") << "Jan 14, 2025" << mdy << 20102 << -1 << -9999;
        QTest::newRow("full month") << "January 14 2025" << dmy << 20102 << -1 << -9999;
        QTest::newRow("dutch mrt") << "5-mrt-2025" << dmy << 20152 << -1 << -9999;
        QTest::newRow("dutch okt") << "3 okt 2025" << dmy << 20364 << -1 << -9999;
        QTest::newRow("dutch mei") << "1 mei 2025" << dmy << 20209 << -1 << -9999;
        QTest::newRow("month name with time") << "14 Jan 2025 19:30" << dmy << 20102 << 70200 << -9999;
        QTest::newRow("garbage") << "soon" << dmy << -1 << -1 << -9999;
        QTest::newRow("number") << "12345" << dmy << -1 << -1 << -9999;
        QTest::newRow("bad time") << "2025-01-14 25:00" << iso << -1 << -1 << -9999;
        QTest::newRow("empty") << "" << iso << -1 << -1 << -9999;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(int, day);
        QFETCH(int, second);
        QFETCH(int, offset);
        const std::string bytes = utf8(text);
        const auto parsed = parseDate(bytes, DateOrder(order));
        QCOMPARE(parsed.has_value(), day != -1);
        if (!parsed)
            return;
        QCOMPARE(parsed->day, day);
        QCOMPARE(parsed->secondOfDay.value_or(-1), second);
        QCOMPARE(parsed->utcOffsetMinutes.value_or(-9999), offset);
    }

    void dateOrder_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<int>("matched");
        QTest::newRow("iso") << QStringList{QStringLiteral("2025-01-14"), QStringLiteral("2025-01-15"), QString()}
                             << int(DateOrder::Iso) << false << 2;
        QTest::newRow("dmy") << QStringList{QStringLiteral("01/02/2025"), QStringLiteral("25/02/2025")}
                             << int(DateOrder::DMY) << false << 2;
        QTest::newRow("mdy") << QStringList{QStringLiteral("01/02/2025"), QStringLiteral("02/25/2025")}
                             << int(DateOrder::MDY) << false << 2;
        QTest::newRow("ambiguous") << QStringList{QStringLiteral("01/02/2025"), QStringLiteral("03.04.2025")}
                                   << int(DateOrder::DMY) << true << 2;
        QTest::newRow("compact") << QStringList{QStringLiteral("19970101"), QStringLiteral("19970112")}
                                 << int(DateOrder::Compact) << false << 2;
        QTest::newRow("month names") << QStringList{QStringLiteral("14 Jan 2025"), QStringLiteral("Feb 3, 2025")}
                                     << int(DateOrder::Iso) << false << 2;
        QTest::newRow("one bad") << QStringList{QStringLiteral("13/01/2025"), QStringLiteral("x")}
                                 << int(DateOrder::DMY) << false << 1;
    }

    void dateOrder()
    {
        QFETCH(QStringList, samples);
        QFETCH(int, order);
        QFETCH(bool, ambiguous);
        QFETCH(int, matched);
        const auto texts = strings(samples);
        const auto sampleViews = views(texts);
        const DateOrderGuess guess = detectDateOrder(sampleViews);
        QCOMPARE(int(guess.order), order);
        QCOMPARE(guess.ambiguous, ambiguous);
        QCOMPARE(guess.matched, matched);
    }

    void excelSerial_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<int>("day"); // -1: none
        QTest::addColumn<int>("second");
        // 1900-01-01 = -25567, 1900-02-28 = -25509, 1900-03-01 = -25508, 2025-01-01 = 20089,
        // 1904-01-01 = -24107, 9999-12-31 = 2932896 (python3 date arithmetic).
        QTest::newRow("1") << 1.0 << false << -25567 << -1;
        QTest::newRow("59") << 59.0 << false << -25509 << -1;
        QTest::newRow("60 does not exist") << 60.0 << false << -1 << -1;
        QTest::newRow("61") << 61.0 << false << -25508 << -1;
        QTest::newRow("45658") << 45658.0 << false << 20089 << -1;
        QTest::newRow("with time") << 45658.8125 << false << 20089 << 70200;
        QTest::newRow("rounds to next day") << 45658.999999999 << false << 20090 << -1;
        QTest::newRow("0") << 0.0 << false << -1 << -1;
        QTest::newRow("negative") << -1.0 << false << -1 << -1;
        QTest::newRow("last day") << 2958465.0 << false << 2932896 << -1;
        QTest::newRow("too far") << 2958466.0 << false << -1 << -1;
        QTest::newRow("1904 zero") << 0.0 << true << -24107 << -1;
    }

    void excelSerial()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(int, day);
        QFETCH(int, second);
        const auto parsed = parseExcelSerial(serial, date1904);
        QCOMPARE(parsed.has_value(), day != -1);
        if (!parsed)
            return;
        QCOMPARE(parsed->day, day);
        QCOMPARE(parsed->secondOfDay.value_or(-1), second);
    }
};

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
