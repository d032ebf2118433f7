// The import wizard from file to imported rows: preview and detected mapping, an edited
// mapping honoured, a rejected row listed with its line and reason, and Cancel on a large
// file leaving the workspace untouched. Expected figures come from the CSV the test writes.
#include "core/import/mapping.h"
#include "core/store/workspace.h"
#include "ui/wizard/importwizard.h"
#include "tests/support/rawsql.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace iroi;
using namespace iroi::ui;

using iroi::test::rawInt;
using iroi::test::rawNumber;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QPushButton *button(const QWidget &wizard, const QString &text)
{
    for (QPushButton *b : wizard.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// The mapping table row of a field (by its snake_case name), or -1.
int mappingRow(QTableWidget *table, const QString &field)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == field)
            return row;
    return -1;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto ws = Workspace::open(path, Workspace::Access::CreateNew);
        return ws ? path : QString();
    }

private slots:
    void importsFileWithRejectedRowAndEditedMapping()
    {
        const QString ws = freshWorkspace(QStringLiteral("a.iroi"));
        QVERIFY(!ws.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("posts.csv"));
        // Five data rows (file lines 2-6); line 4 has likes "abc" and is rejected.
        // Good rows' likes: 10 + 11 + 20 + 22 = 63; clicks would be 4+4+8+8 but the test
        // unmaps the Clicks column, so none are imported.
        QVERIFY(writeFile(csv, "Date,Campaign,Creator,Channel,Post ID,Impressions,Likes,Clicks\n"
                               "2025-04-01,Summer,erik,Instagram,q1,100,10,4\n"
                               "2025-04-02,Summer,erik,Instagram,q1,100,11,4\n"
                               "2025-04-03,Summer,erik,Instagram,q1,100,abc,4\n"
                               "2025-04-01,Summer,fay,TikTok,q2,200,20,8\n"
                               "2025-04-02,Summer,fay,TikTok,q2,200,22,8\n"));
        ImportWizard wizard(ws, {csv});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy() && wizard.mappingTable()->rowCount() > 0, 10000);
        QCOMPARE(wizard.mapping().kind, import::RecordKind::ContentMetrics);
        // Detected: likes from column 6 ("Likes"), with a confidence shown in percent.
        QCOMPARE(wizard.mapping().column(import::Field::Likes), 6);
        const int likesRow = mappingRow(wizard.mappingTable(), QStringLiteral("likes"));
        QVERIFY(likesRow >= 0);
        QVERIFY(wizard.mappingTable()->item(likesRow, 2)->text().endsWith(QStringLiteral(" %")));
        const int clicksRow = mappingRow(wizard.mappingTable(), QStringLiteral("clicks"));
        QVERIFY(clicksRow >= 0);
        auto *clicks = qobject_cast<QComboBox *>(wizard.mappingTable()->cellWidget(clicksRow, 1));
        QVERIFY(clicks);
        QCOMPARE(clicks->currentText(), QStringLiteral("Clicks"));
        clicks->setCurrentIndex(clicks->findData(-1)); // the user says: not in the file

        QSignalSpy imported(&wizard, &ImportWizard::imported);
        QSignalSpy finished(&wizard, &ImportWizard::finishedAll);
        wizard.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(imported.size(), 1);

        QCOMPARE(wizard.rejectedTable()->rowCount(), 1);
        QCOMPARE(wizard.rejectedTable()->item(0, 0)->text(), QStringLiteral("4"));
        QCOMPARE(wizard.rejectedTable()->item(0, 1)->text(), QStringLiteral("Likes"));
        QCOMPARE(wizard.rejectedTable()->item(0, 2)->text(), QStringLiteral("abc"));
        QVERIFY(!wizard.rejectedTable()->item(0, 3)->text().isEmpty());

        QCOMPARE(rawInt(ws, "SELECT count(*) FROM metric_daily"), qint64(4));
        QCOMPARE(rawInt(ws, "SELECT sum(likes) FROM metric_daily"), qint64(63));
        QCOMPARE(rawInt(ws, "SELECT sum(impressions) FROM metric_daily"), qint64(600));
        QCOMPARE(rawInt(ws, "SELECT sum(clicks) FROM metric_daily"), qint64(0));
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM content_item"), qint64(2));
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM import_log"), qint64(1));
    }

    void cancelLeavesWorkspaceUntouched()
    {
        const QString ws = freshWorkspace(QStringLiteral("b.iroi"));
        QVERIFY(!ws.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        QByteArray bytes = "Date,Campaign,Creator,Channel,Post ID,Impressions,Likes,Clicks\n";
        for (int i = 0; i < 60000; ++i)
            bytes += QStringLiteral("2025-01-%1,C1,person%2,Instagram,post%3,100,5,1\n")
                         .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                         .arg(i / 28 % 50)
                         .arg(i / 28)
                         .toUtf8();
        QVERIFY(writeFile(csv, bytes));
        ImportWizard wizard(ws, {csv});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy() && wizard.mappingTable()->rowCount() > 0, 10000);
        QPushButton *cancel = button(wizard, QStringLiteral("Cancel"));
        QPushButton *importButton = button(wizard, QStringLiteral("Import"));
        QVERIFY(cancel && importButton);
        QVERIFY(importButton->isEnabled());

        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.startImport();
        QVERIFY(wizard.isBusy());
        QVERIFY(!importButton->isEnabled());
        cancel->click(); // while the worker runs: cancels the import, keeps the dialog open
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 20000);
        QCOMPARE(imported.size(), 0);
        QVERIFY(importButton->isEnabled()); // the user may try again
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM metric_daily"), qint64(0));
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM content_item"), qint64(0));
        QCOMPARE(rawInt(ws, "SELECT count(*) FROM import_log"), qint64(0));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
