#include "core/common/dates.h"
#include "core/common/error.h"
#include "core/common/logging.h"
#include "core/common/money.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

using namespace iroi;

class TestCommon : public QObject
{
    Q_OBJECT

private slots:
    void epochDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("epochDay");
        QTest::addColumn<int>("weekday"); // 0 = Monday
        // Epoch days computed by hand: 2024-01-01 is 54 years after 1970 with 13 leap days
        // (1972..2020): 54*365 + 13 = 19723; it was a Monday.
        QTest::newRow("epoch") << QDate(1970, 1, 1) << 0 << 3;
        QTest::newRow("2024-01-01") << QDate(2024, 1, 1) << 19723 << 0;
        QTest::newRow("leap day 2024") << QDate(2024, 2, 29) << 19723 + 31 + 28 << 3;
        QTest::newRow("before epoch") << QDate(1969, 12, 31) << -1 << 2;
    }

    void epochDays()
    {
        QFETCH(QDate, date);
        QFETCH(int, epochDay);
        QFETCH(int, weekday);
        QCOMPARE(toEpochDay(date), epochDay);
        QCOMPARE(fromEpochDay(epochDay), date);
        QCOMPARE(dayOfWeek(epochDay), weekday);
        QCOMPARE(epochDayFromIso(date.toString(Qt::ISODate)), epochDay);
    }

    void invalidDates()
    {
        QCOMPARE(toEpochDay(QDate()), kNoDay);
        QCOMPARE(epochDayFromIso(QStringLiteral("2025-02-30")), kNoDay);
        QVERIFY(epochDayToIso(kNoDay).isEmpty());
    }

    void money_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("plain") << 1234.56 << qint64(123456) << QStringLiteral("€1,234.56");
        QTest::newRow("float noise") << 0.1 + 0.2 << qint64(30) << QStringLiteral("€0.30");
        QTest::newRow("half up") << 2.675 << qint64(268) << QStringLiteral("€2.68"); // 2.675 * 100 evaluates to exactly 267.5 in doubles, and halves round away from zero
        QTest::newRow("negative") << -5.5 << qint64(-550) << QStringLiteral("-€5.50");
    }

    void money()
    {
        QFETCH(double, amount);
        QFETCH(qint64, cents);
        QFETCH(QString, formatted);
        QCOMPARE(centsFromDouble(amount), cents);
        QCOMPARE(formatMoney(cents, QStringLiteral("EUR")), formatted);
    }

    void errorMessageNamesEverything()
    {
        Error error = Error::badInput(QStringLiteral("not a number"));
        error.file = QStringLiteral("orders.csv");
        error.row = 12;
        error.column = QStringLiteral("Revenue");
        error.value = QStringLiteral("abc");
        error.expected = QStringLiteral("a number such as 1,234.56");
        QCOMPARE(error.toString(), QStringLiteral("orders.csv, row 12, column Revenue: value \"abc\": not a number "
                                                  "(expected a number such as 1,234.56)"));
        QCOMPARE(Error::usage(QStringLiteral("x")).toString(), QStringLiteral("x"));
    }

    void qtMessagesReachTheLogFile()
    {
        QTemporaryDir dir;
        installLogging({dir.path(), false, false});
        QVERIFY(logFilePath().startsWith(dir.path()));
        qCWarning(lcStore) << "disk nearly full";
        spdlog::default_logger()->flush();
        QFile file(logFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("[iroi.store] disk nearly full"), text.constData());
        qInstallMessageHandler(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
