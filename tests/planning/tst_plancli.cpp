// The planner's command line, run as a user would on the demo workspace: `plan --json`
// fields and totals, the default period (the quarter after the data), every objective,
// --min/--max/--freeze, `fit --json` with the historical ROI band, and usage errors.
#include "core/common/progress.h"
#include "core/demo/demogenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestPlanCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QJsonObject json;
        QString err;
    };

    Run run(QStringList arguments) const
    {
        arguments.insert(1, m_path);
        arguments << QStringLiteral("--bootstrap") << QStringLiteral("20");
        QProcess process;
        process.start(QStringLiteral(IROI_BINARY), arguments);
        process.waitForFinished(120000);
        Run r;
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static QJsonObject line(const QJsonObject &plan, const QString &name)
    {
        for (const QJsonValue &v : plan.value(QStringLiteral("lines")).toArray())
            if (v.toObject().value(QStringLiteral("line")).toString() == name)
                return v.toObject();
        return {};
    }

    static double proposedTotal(const QJsonObject &plan)
    {
        double total = 0.0;
        for (const QJsonValue &v : plan.value(QStringLiteral("lines")).toArray())
            total += v.toObject().value(QStringLiteral("proposed_spend")).toDouble();
        return total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.iroi"));
        iroi::NullProgress progress;
        QVERIFY(iroi::generateDemo(m_path, iroi::DemoOptions{}, progress).ok());
    }

    void planJsonHasEveryField()
    {
        const Run r = run({QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("60000"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("budget")).toDouble(), 60000.0);
        QCOMPARE(r.json.value(QStringLiteral("objective")).toString(), QStringLiteral("revenue"));
        // The demo's data end on 2025-12-31 (docs/demo-data.md), so the plan is 2026's first quarter.
        const QJsonObject period = r.json.value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(period.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-31"));
        QCOMPARE(period.value(QStringLiteral("weeks")).toInt(), 13);
        const QJsonArray lines = r.json.value(QStringLiteral("lines")).toArray();
        QVERIFY(lines.size() >= 2);
        for (const QJsonValue &v : lines) {
            const QJsonObject l = v.toObject();
            for (const char *key : {"line", "current_spend", "proposed_spend", "at_bound", "predicted", "predicted_low",
                                    "predicted_high", "roi", "marginal_roi", "fit"})
                QVERIFY2(l.contains(QLatin1String(key)), key);
            QVERIFY(l.value(QStringLiteral("at_bound")).isBool());
            QVERIFY(l.value(QStringLiteral("predicted_low")).toDouble() <= l.value(QStringLiteral("predicted_high")).toDouble());
            const QJsonObject fit = l.value(QStringLiteral("fit")).toObject();
            for (const char *key : {"r2", "mape", "theta", "k", "s", "beta"})
                QVERIFY2(fit.value(QLatin1String(key)).isDouble(), key);
            // ROI is (predicted - spend) / spend for a money outcome.
            const double spend = l.value(QStringLiteral("proposed_spend")).toDouble();
            if (spend > 0.0)
                QVERIFY(std::abs(l.value(QStringLiteral("roi")).toDouble() -
                                 (l.value(QStringLiteral("predicted")).toDouble() / spend - 1.0)) < 1e-6);
        }
        QVERIFY2(std::abs(proposedTotal(r.json) - 60000.0) < 1.0, qPrintable(QString::number(proposedTotal(r.json))));

        // Every funnel stage the data can predict, purchase being the plan's own total.
        QCOMPARE(r.json.value(QStringLiteral("flighting")).toString(), QStringLiteral("even"));
        QStringList stages;
        for (const QJsonValue &v : r.json.value(QStringLiteral("stages")).toArray()) {
            const QJsonObject st = v.toObject();
            stages << st.value(QStringLiteral("stage")).toString();
            QVERIFY(st.value(QStringLiteral("predicted_low")).toDouble() <= st.value(QStringLiteral("predicted")).toDouble());
            QVERIFY(st.value(QStringLiteral("predicted")).toDouble() <= st.value(QStringLiteral("predicted_high")).toDouble());
            QVERIFY(st.value(QStringLiteral("predicted")).toDouble() > 0.0);
        }
        // The demo's channel lines come from its media-mix sheet: impressions and clicks,
        // no customers (docs/demo-data.md).
        QCOMPARE(stages, (QStringList{QStringLiteral("awareness"), QStringLiteral("consideration"), QStringLiteral("purchase")}));
        const QJsonObject purchase = r.json.value(QStringLiteral("stages")).toArray().at(2).toObject();
        const QJsonObject total = r.json.value(QStringLiteral("total")).toObject();
        QCOMPARE(purchase.value(QStringLiteral("predicted")).toDouble(), total.value(QStringLiteral("predicted")).toDouble());
    }

    // Person lines come from the ledger and attributed orders, so retention is predicted
    // too; a pulsed flighting changes the prediction for the same allocation of the budget.
    void personStagesAndFlighting()
    {
        const QStringList base{QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("40000"),
                               QStringLiteral("--lines"), QStringLiteral("person"), QStringLiteral("--json")};
        const Run even = run(base);
        QVERIFY2(even.code == 0, qPrintable(even.err));
        const QJsonArray stages = even.json.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 4);
        QCOMPARE(stages.at(3).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("retention"));
        QCOMPARE(stages.at(3).toObject().value(QStringLiteral("metric")).toString(), QStringLiteral("repeat_orders"));
        const Run pulsed = run(base + QStringList{QStringLiteral("--flighting"), QStringLiteral("pulsed")});
        QVERIFY2(pulsed.code == 0, qPrintable(pulsed.err));
        QCOMPARE(pulsed.json.value(QStringLiteral("flighting")).toString(), QStringLiteral("pulsed"));
        QVERIFY(pulsed.json.value(QStringLiteral("total")).toObject().value(QStringLiteral("predicted")).toDouble() !=
                even.json.value(QStringLiteral("total")).toObject().value(QStringLiteral("predicted")).toDouble());
    }

    void boundsAndFreeze()
    {
        const Run r = run({QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("80000"), QStringLiteral("--freeze"),
                           QStringLiteral("tiktok"), QStringLiteral("--min"), QStringLiteral("Facebook=5000"),
                           QStringLiteral("--max"), QStringLiteral("Instagram=50000"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject tiktok = line(r.json, QStringLiteral("TikTok"));
        QCOMPARE(tiktok.value(QStringLiteral("proposed_spend")).toDouble(), tiktok.value(QStringLiteral("current_spend")).toDouble());
        QCOMPARE(tiktok.value(QStringLiteral("at_bound")).toBool(), true);
        QCOMPARE(tiktok.value(QStringLiteral("bound")).toString(), QStringLiteral("frozen"));
        QVERIFY(line(r.json, QStringLiteral("Facebook")).value(QStringLiteral("proposed_spend")).toDouble() >= 5000.0 - 1e-6);
        QVERIFY(line(r.json, QStringLiteral("Instagram")).value(QStringLiteral("proposed_spend")).toDouble() <= 50000.0 + 1e-6);
    }

    void everyObjective_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("objective");
        QTest::newRow("conversions") << QStringList{QStringLiteral("--lines"), QStringLiteral("content-type")} << QStringLiteral("conversions");
        QTest::newRow("roi") << QStringList{QStringLiteral("--min-total"), QStringLiteral("10000")} << QStringLiteral("roi");
        QTest::newRow("target-roas") << QStringList{QStringLiteral("--target"), QStringLiteral("2")} << QStringLiteral("target-roas");
    }

    void everyObjective()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, objective);
        const Run r = run(QStringList{QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("60000"),
                                      QStringLiteral("--objective"), objective, QStringLiteral("--json")} + extra);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("objective")).toString(), objective);
        QVERIFY(proposedTotal(r.json) <= 60000.0 + 1.0);
        if (objective == QLatin1String("conversions")) {
            // Conversions are not money: ROI is undefined and printed as null.
            QCOMPARE(r.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("conversions"));
            QVERIFY(r.json.value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("roi")).isNull());
        } else if (objective == QLatin1String("roi")) {
            QVERIFY(proposedTotal(r.json) >= 10000.0 - 1.0);
        } else if (r.json.value(QStringLiteral("target_reached")).toBool()) {
            const QJsonObject total = r.json.value(QStringLiteral("total")).toObject();
            QVERIFY(total.value(QStringLiteral("roas")).toDouble() >= 2.0 - 1e-3);
        }
    }

    void fitJsonHasHistoricalRoiBand()
    {
        const Run r = run({QStringLiteral("fit"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray lines = r.json.value(QStringLiteral("lines")).toArray();
        QVERIFY(!lines.isEmpty());
        for (const QJsonValue &v : lines) {
            const QJsonObject l = v.toObject();
            const double roas = l.value(QStringLiteral("roas")).toDouble();
            QVERIFY(l.value(QStringLiteral("roas_low")).toDouble() <= l.value(QStringLiteral("roas_high")).toDouble());
            QCOMPARE(l.value(QStringLiteral("roi")).toDouble(), roas - 1.0);
            QCOMPARE(l.value(QStringLiteral("roi_low")).toDouble(), l.value(QStringLiteral("roas_low")).toDouble() - 1.0);
            QCOMPARE(l.value(QStringLiteral("roi_high")).toDouble(), l.value(QStringLiteral("roas_high")).toDouble() - 1.0);
            // Historical ROAS is the incremental outcome per unit of spend.
            const double spend = l.value(QStringLiteral("total_spend")).toDouble();
            QVERIFY(spend > 0.0);
            QVERIFY(std::abs(roas - l.value(QStringLiteral("incremental")).toDouble() / spend) < 1e-9 * (1.0 + roas));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no budget") << QStringList{QStringLiteral("plan")};
        QTest::newRow("unknown line") << QStringList{QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("1000"),
                                                     QStringLiteral("--freeze"), QStringLiteral("Nope")};
        QTest::newRow("target without value") << QStringList{QStringLiteral("plan"), QStringLiteral("--budget"),
                                                             QStringLiteral("1000"), QStringLiteral("--objective"),
                                                             QStringLiteral("target-roas")};
        QTest::newRow("bad objective") << QStringList{QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("1000"),
                                                      QStringLiteral("--objective"), QStringLiteral("clicks")};
        QTest::newRow("bad flighting") << QStringList{QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("1000"),
                                                      QStringLiteral("--flighting"), QStringLiteral("weekly")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
