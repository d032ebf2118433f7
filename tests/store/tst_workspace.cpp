#include "core/store/deferredindexes.h"
#include "core/store/schema.h"
#include "core/store/workspace.h"
#include "tests/support/rawsql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iroi;

using iroi::test::rawInt;
using iroi::test::rawNumber;
using iroi::test::rawText;

namespace {

// Runs SQL against a file with the plain SQLite API, independent of the code under test.
void rawExec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(code == SQLITE_OK, qPrintable(error));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString readFixtureSql(const QString &name)
{
    QFile file(QStringLiteral(IROI_TEST_DATA "/workspaces/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A v1 file written from a frozen SQL snapshot of the released format.
void writeVersion1Fixture(const QString &path)
{
    const QString sql = readFixtureSql(QStringLiteral("workspace_v1.sql"));
    QVERIFY(!sql.isEmpty());
    rawExec(path, sql);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createsSchemaWithIdentity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.iroi"));
        {
            auto ws = Workspace::open(path, Workspace::Access::OpenOrCreate);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QCOMPARE(ws->schemaVersion(), schema::kCurrentVersion);
            QVERIFY(!ws->isReadOnly());
        }
        QCOMPARE(rawInt(path, "PRAGMA application_id"), qint64(0x49524F49));
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(schema::kCurrentVersion));
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"),
                 qint64(schema::kTables.size()));
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))), QByteArray("wal"));
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("fk.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        Status s = ws->connection().exec("INSERT INTO goal(campaign_id, metric, target, deadline_day) "
                                         "VALUES (999, 'revenue', 1, 0)");
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("FOREIGN KEY")));
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("s.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        QCOMPARE(ws->setting(QStringLiteral("missing"), QStringLiteral("x")), QStringLiteral("x"));
        QVERIFY(ws->setSetting(QStringLiteral("workspace.name"), QStringLiteral("Spring")).ok());
        QVERIFY(ws->setSetting(QStringLiteral("workspace.name"), QStringLiteral("Summer")).ok());
        QCOMPARE(ws->setting(QStringLiteral("workspace.name")), QStringLiteral("Summer"));
    }

    // A v0 file: an application file that was created but never given a schema
    // (user_version 0), as a crash during the very first save would leave it.
    void migratesVersion0Fixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v0.iroi"));
        rawExec(path, QStringLiteral("PRAGMA application_id = 1230131017; PRAGMA user_version = 0; "
                                     "CREATE TABLE leftover(x);"));
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE(ws->openedFromVersion(), 0);
        QCOMPARE(ws->schemaVersion(), 2);
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(2));
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'metric_daily'"), qint64(1));
    }

    // A v1 file opens (and is upgraded), so that a later schema change that breaks old
    // files makes this test fail.
    void opensVersion1Fixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.iroi"));
        writeVersion1Fixture(path);
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE(ws->openedFromVersion(), 1);
        auto counts = ws->tableCounts();
        QVERIFY(counts.ok());
        qint64 people = -1;
        qint64 metrics = -1;
        for (const auto &[table, count] : *counts) {
            if (table == QLatin1String("person"))
                people = count;
            if (table == QLatin1String("metric_daily"))
                metrics = count;
        }
        QCOMPARE(people, qint64(2));
        QCOMPARE(metrics, qint64(3));
        // Upgraded to version 2: the customer index leaves out orders without a customer.
        QCOMPARE(ws->schemaVersion(), 2);
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(2));
        QVERIFY(rawText(path, "SELECT sql FROM sqlite_master WHERE name = 'customer_order_customer'")
                    .contains(QLatin1String("WHERE customer_ref IS NOT NULL")));
    }

    // A read-only version-1 file cannot be upgraded, and needs not be: it reads as it is.
    void readsVersion1FixtureReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1-ro.iroi"));
        writeVersion1Fixture(path);
        {
            auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QVERIFY(ws->isReadOnly());
            QCOMPARE(ws->schemaVersion(), 1);
            QCOMPARE(ws->setting(QStringLiteral("workspace.name")), QStringLiteral("Fixture v1"));
            QVERIFY(ws->tableCounts().ok());
        }
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(1));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("setupSql");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("text file") << QByteArray("date,reach\n2025-01-01,10\n") << QString()
                                   << QStringLiteral("not a SQLite database");
        QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("empty");
        QTest::newRow("other sqlite") << QByteArray() << QStringLiteral("CREATE TABLE t(x);")
                                      << QStringLiteral("not an Influence ROI workspace");
        QTest::newRow("newer version") << QByteArray()
                                       << QStringLiteral("PRAGMA application_id = 1230131017; "
                                                         "PRAGMA user_version = 99; CREATE TABLE t(x);")
                                       << QStringLiteral("newer version");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, setupSql);
        QFETCH(QString, expectedMessage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.iroi"));
        if (setupSql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            rawExec(path, setupSql);
        }
        const QByteArray before = fileBytes(path);
        auto ws = Workspace::open(path, Workspace::Access::OpenOrCreate);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains(expectedMessage), qPrintable(ws.error().toString()));
        QCOMPARE(ws.error().file, path);
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesCorruptFileWithoutWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.iroi"));
        {
            auto ws = Workspace::open(path, Workspace::Access::CreateNew);
            QVERIFY(ws.ok());
            QVERIFY(ws->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 4096);
        // Keep the 100-byte header (it still says "workspace") and scramble the rest of
        // page 1, where the schema lives.
        for (qsizetype i = 100; i < 4096; ++i)
            bytes[i] = static_cast<char>((i * 37) & 0xff);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains(QLatin1String("damaged")), qPrintable(ws.error().toString()));
        QCOMPARE(fileBytes(path), bytes);
    }

    void opensReadOnlyFileWithoutWriting()
    {
        if (geteuid() == 0)
            QSKIP("root ignores file permissions; the read-only flag path is covered below");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.iroi"));
        {
            auto ws = Workspace::open(path, Workspace::Access::CreateNew);
            QVERIFY(ws.ok());
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QVERIFY(ws->isReadOnly());
    }

    void readOnlyAccessNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro2.iroi"));
        {
            auto ws = Workspace::open(path, Workspace::Access::CreateNew);
            QVERIFY(ws.ok());
            QVERIFY(ws->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const QByteArray before = fileBytes(path);
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        QVERIFY(ws->isReadOnly());
        Status s = ws->setSetting(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("read-only")));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // The app holds a workspace open and has committed rows still in its WAL; the command
    // line, opening the same file read-only, must see them.
    void readOnlyOpenSeesLiveWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.iroi"));
        auto writer = Workspace::open(path, Workspace::Access::CreateNew);
        QVERIFY(writer.ok());
        QVERIFY(writer->connection().exec("PRAGMA wal_autocheckpoint = 0").ok());
        QVERIFY(writer->setSetting(QStringLiteral("workspace.name"), QStringLiteral("Live")).ok());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
        QCOMPARE(reader->setting(QStringLiteral("workspace.name")), QStringLiteral("Live"));
    }

    // Creation happens under a temporary name that is renamed into place once complete:
    // afterwards only the workspace itself is in the folder, and it opens as the current version.
    void creationLeavesOnlyTheWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.iroi"));
        {
            auto ws = Workspace::open(path, Workspace::Access::OpenOrCreate);
            QVERIFY(ws.ok());
            QCOMPARE(ws->schemaVersion(), schema::kCurrentVersion);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("new.iroi")});
        QCOMPARE(rawInt(path, "PRAGMA application_id"), qint64(0x49524F49));
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(schema::kCurrentVersion));
    }

    void readOnlyOldFormatIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old-ro.iroi"));
        rawExec(path, QStringLiteral("PRAGMA application_id = 1230131017; CREATE TABLE t(x);"));
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QLatin1String("read-only")));
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(0));
    }

    // A bulk load sets a small table's indexes aside and builds the same ones again; a
    // table bigger than what is coming keeps them; a rollback brings them all back.
    void deferredIndexesComeBackTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("defer.iroi"));
        auto ws = Workspace::open(path, Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        sql::Connection &db = ws->connection();
        const QString indexes = QStringLiteral("SELECT group_concat(name || '=' || sql, ';') FROM (SELECT name, sql "
                                               "FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                               "ORDER BY name)");
        const QString before = rawText(path, indexes.toUtf8().constData());
        // By the schema: cost has cost_day; customer_order has customer_order_day and
        // customer_order_customer; content_item has three.
        QVERIFY(before.contains(QLatin1String("cost_day=CREATE INDEX cost_day ON cost(day)")));
        QVERIFY(before.contains(QLatin1String("customer_order_day=")));
        QVERIFY(before.contains(QLatin1String("customer_order_customer=")));
        // cost gets 5 rows (rowids 1..5); customer_order stays empty.
        QVERIFY(db.exec("INSERT INTO cost(day, category, amount_cents) VALUES (1, 'fee', 1), (2, 'fee', 2), "
                        "(3, 'fee', 3), (4, 'fee', 4), (5, 'fee', 5)")
                    .ok());
        const auto count = [&](const char *table) {
            return rawInt(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS "
                                               "NOT NULL AND tbl_name = '%1'")
                                    .arg(QLatin1String(table))
                                    .toUtf8()
                                    .constData());
        };
        {
            sql::Transaction transaction(db);
            QVERIFY(transaction.begin().ok());
            // 3 rows coming: cost (5 rows) keeps its index, customer_order (0) drops its 2.
            auto deferred = sql::DeferredIndexes::defer(db, {"cost", "customer_order"}, 3);
            QVERIFY(deferred.ok());
            QCOMPARE(deferred->count(), 2);
            auto gone = db.queryInt("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'customer_order' AND "
                                    "type = 'index' AND sql IS NOT NULL");
            QCOMPARE(gone.value(), qint64(0));
            QVERIFY(db.exec("INSERT INTO customer_order(order_ref, day, revenue_cents) VALUES ('a', 9, 1), "
                            "('b', 3, 2)")
                        .ok());
            QVERIFY(deferred->rebuild().ok());
            QCOMPARE(deferred->count(), 0);
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(rawText(path, indexes.toUtf8().constData()), before);
        // The rebuilt index holds the rows written while it was away (INDEXED BY fails when
        // the index is missing, and counts through it when present).
        QCOMPARE(rawInt(path, "SELECT count(*) FROM customer_order INDEXED BY customer_order_day WHERE day BETWEEN 1 "
                              "AND 10"),
                 qint64(2));
        {
            sql::Transaction transaction(db);
            QVERIFY(transaction.begin().ok());
            auto deferred = sql::DeferredIndexes::defer(db, {"cost", "customer_order", "content_item"}, 1000);
            QVERIFY(deferred.ok());
            QCOMPARE(deferred->count(), 6);
            QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                                 "tbl_name IN ('cost', 'customer_order', 'content_item')")
                         .value(),
                     qint64(0));
            // no rebuild: the transaction rolls back as the scope ends
        }
        QCOMPARE(count("cost"), qint64(1));
        QCOMPARE(count("customer_order"), qint64(2));
        QCOMPARE(count("content_item"), qint64(3));
        QCOMPARE(rawText(path, indexes.toUtf8().constData()), before);
    }

    void createNewRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exists.iroi"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        auto ws = Workspace::open(path, Workspace::Access::CreateNew);
        QVERIFY(!ws.ok());
        QCOMPARE(fileBytes(path), QByteArray("keep me"));
    }

    void missingFileIsAnError()
    {
        auto ws = Workspace::open(QStringLiteral("/nonexistent/dir/x.iroi"));
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QLatin1String("no such")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
