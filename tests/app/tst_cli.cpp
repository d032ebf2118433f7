#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

// Runs the real executable, as a user or a script would, and checks exit codes and output.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(IROI_BINARY), arguments);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    // Writes the frozen v1 workspace fixture to path, then runs extraSql on it.
    static bool writeV1Fixture(const QString &path, const char *extraSql = nullptr)
    {
        QFile fixture(QStringLiteral(IROI_TEST_DATA "/workspaces/workspace_v1.sql"));
        sqlite3 *db = nullptr;
        if (!fixture.open(QIODevice::ReadOnly))
            return false;
        bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
                  sqlite3_exec(db, fixture.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        if (ok && extraSql)
            ok = sqlite3_exec(db, extraSql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

private slots:
    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Commands:");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("influence-roi 0.");
        QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                                     << QStringLiteral("--check");
    }

    void helpAndVersion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = run(arguments);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void usageErrorsExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--nope"),
                                                       QStringLiteral("x.iroi")};
        QTest::newRow("missing file argument") << QStringList{QStringLiteral("info")};
    }

    void usageErrorsExitOne()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QLatin1String("influence-roi: ")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void badInputExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.iroi"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a workspace\n");
        file.close();
        const Run r = run({QStringLiteral("info"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("not an Influence ROI workspace")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void infoPrintsVersionAndCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.iroi"));
        QVERIFY(writeV1Fixture(path));
        const Run r = run({QStringLiteral("info"), path, QStringLiteral("--check")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("schema version  1")));
        QVERIFY(r.out.contains(QLatin1String("integrity       ok")));
        QRegularExpression metricRows(QStringLiteral("metric_daily\\s+3\\n"));
        QVERIFY2(metricRows.match(r.out).hasMatch(), qPrintable(r.out));
    }

    // A name from an imported file that a spreadsheet would run as a formula is written
    // with a leading apostrophe in CSV output; negative numbers stay numbers.
    void reportCsvNeutralisesFormulas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.iroi"));
        QVERIFY(writeV1Fixture(path, "UPDATE channel SET name = '=HYPERLINK(\"x\")' WHERE id = 1"));
        const Run r = run({QStringLiteral("report"), path, QStringLiteral("--view"), QStringLiteral("where"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String(",=")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
