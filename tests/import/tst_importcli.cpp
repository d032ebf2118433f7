#include "core/store/workspace.h"
#include "tests/support/rawsql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace iroi;

using iroi::test::rawInt;
using iroi::test::rawNumber;

namespace {

QString testData(const char *name)
{
    return QStringLiteral(IROI_TEST_DATA "/import/pipeline/") + QLatin1String(name);
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IROI_BINARY), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

// The `import` command as a script uses it, and what a killed import leaves behind.
class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void jsonShape()
    {
        const QString ws = m_dir.filePath(QStringLiteral("json.iroi"));
        const Run r = runCli({QStringLiteral("import"), ws, testData("posts_v1.csv"), testData("posts_bad.csv"),
                              QStringLiteral("--json")});
        // posts_bad.csv is rejected as a whole (all-or-nothing): exit 2.
        QCOMPARE(r.code, 2);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isArray(), qPrintable(error.errorString() + QStringLiteral(": ") + QString::fromUtf8(r.out)));
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject good = array.at(0).toObject();
        for (const char *key : {"file", "kind", "preset", "imported", "updated", "skipped", "rejected"})
            QVERIFY2(good.contains(QLatin1String(key)), key);
        QCOMPARE(good.value(QStringLiteral("file")).toString(), testData("posts_v1.csv"));
        QCOMPARE(good.value(QStringLiteral("kind")).toString(), QStringLiteral("content"));
        QCOMPARE(good.value(QStringLiteral("preset")).toString(), QStringLiteral("post-metrics"));
        QCOMPARE(good.value(QStringLiteral("imported")).toInt(), 6);
        QCOMPARE(good.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(good.value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(good.value(QStringLiteral("rejected")).toArray().size(), 0);

        const QJsonObject bad = array.at(1).toObject();
        QCOMPARE(bad.value(QStringLiteral("outcome")).toString(), QStringLiteral("rolled_back"));
        QCOMPARE(bad.value(QStringLiteral("imported")).toInt(), 4); // counted, then rolled back
        const QJsonArray rejected = bad.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        const QJsonObject first = rejected.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("row")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("column")).toString(), QStringLiteral("Likes"));
        QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("abc"));
        QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("not a whole number"));
        QVERIFY(r.err.contains("row 4"));
        // Only the good file was written.
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM metric_daily"), qint64(6));

        // Again with --skip-bad-rows: the good file is already there, the bad one's good rows go in.
        const Run again = runCli({QStringLiteral("import"), ws, testData("posts_v1.csv"), testData("posts_bad.csv"),
                                  QStringLiteral("--json"), QStringLiteral("--skip-bad-rows")});
        QCOMPARE(again.code, 0);
        const QJsonArray second = QJsonDocument::fromJson(again.out).array();
        QCOMPARE(second.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("already_imported"));
        QCOMPARE(second.at(1).toObject().value(QStringLiteral("imported")).toInt(), 4);
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM metric_daily"), qint64(10));
    }

    void textOutputAndOptions()
    {
        const QString ws = m_dir.filePath(QStringLiteral("text.iroi"));
        const Run r = runCli({QStringLiteral("import"), ws, testData("costs_nl.csv"), QStringLiteral("--kind"),
                              QStringLiteral("costs")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("3 imported"), r.out.constData());
        QCOMPARE(rawInt(ws, "SELECT sum(amount_cents) FROM cost"), qint64(141250));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no input") << QStringList{QStringLiteral("import"), QStringLiteral("x.iroi")};
        QTest::newRow("bad kind") << QStringList{QStringLiteral("import"), QStringLiteral("x.iroi"),
                                                 QStringLiteral("a.csv"), QStringLiteral("--kind"),
                                                 QStringLiteral("nope")};
        QTest::newRow("bad mapping") << QStringList{QStringLiteral("import"), QStringLiteral("x.iroi"),
                                                    QStringLiteral("a.csv"), QStringLiteral("--mapping"),
                                                    QStringLiteral("no-such-preset")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(runCli(arguments).code, 1);
    }

    // A process killed in the middle of an import leaves a workspace that opens and holds
    // all of that import or none of it.
    void killedImportIsAllOrNothing()
    {
        const QString csv = m_dir.filePath(QStringLiteral("kill.csv"));
        constexpr int kRows = 300000;
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text("Date,Campaign,Creator,Channel,Post ID,Impressions,Likes,Clicks\n");
            for (int i = 0; i < kRows; ++i)
                text += QStringLiteral("2025-01-%1,C%2,person%3,Instagram,post%4,%5,%6,%7\n")
                            .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                            .arg(i % 7)
                            .arg(i % 97)
                            .arg(i / 28)
                            .arg(100 + i % 17)
                            .arg(i % 5)
                            .arg(i % 3)
                            .toUtf8();
            QVERIFY(file.write(text) == text.size());
        }
        const QString ws = m_dir.filePath(QStringLiteral("killed.iroi"));
        {
            // Created here, so the kill can only land in the import itself.
            auto created = Workspace::open(ws, Workspace::Access::CreateNew);
            QVERIFY(created.ok());
        }
        QProcess process;
        process.start(QStringLiteral(IROI_BINARY), {QStringLiteral("import"), ws, csv});
        QVERIFY(process.waitForStarted());
        // Long enough for the import to be writing rows, well short of its end.
        QThread::msleep(400);
        const bool killedWhileRunning = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished(30000);
        if (!killedWhileRunning)
            qWarning("the import finished before the kill; checking the complete result instead");

        auto workspace = Workspace::open(ws, Workspace::Access::OpenExisting);
        QVERIFY2(workspace.ok(), workspace ? "" : qPrintable(workspace.error().toString()));
        QVERIFY(workspace->checkIntegrity().ok());
        const qint64 metrics = rawInt(ws, "SELECT count(*) FROM metric_daily");
        const qint64 logs = rawInt(ws, "SELECT count(*) FROM import_log");
        QVERIFY2((metrics == 0 && logs == 0) || (metrics == kRows && logs == 1),
                 qPrintable(QStringLiteral("%1 metric rows, %2 log rows").arg(metrics).arg(logs)));
        // The import sets the post, order and cost indexes aside until just before its
        // commit: either way all six are there (content_item 3, customer_order 2, cost 1).
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                            "tbl_name IN ('content_item', 'customer_order', 'cost')"),
                 qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
