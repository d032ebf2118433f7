#include "core/planning/fitter.h"
#include "tests/planning/simulate.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace iroi;

namespace {

QString describe(const CurveParams &p)
{
    return QStringLiteral("theta=%1 K=%2 S=%3 beta=%4").arg(p.theta).arg(p.k).arg(p.s).arg(p.beta);
}

bool within(double got, double want, double relTol)
{
    return std::abs(got - want) <= relTol * std::abs(want);
}

} // namespace

// Tolerances (stated in docs/planner.md too), for 104 weeks of spend spread over 0..4x the
// half-saturation point, noise sd = 3% of beta. They come from a 20-seed study (worst case
// in brackets): theta +-0.05 [0.034], S +-0.3 [0.24], the fitted steady-state curve within 6%
// of the true top response at every spend in the observed range [4.6%], the history's
// incremental outcome within 2% [1.0%]. K and beta trade off against each other when the
// curve is concave, so their tolerance depends on the shape: a factor (K) and a relative
// error (beta) per row below, each above its 20-seed worst case.
class TestFitter : public QObject
{
    Q_OBJECT

private slots:
    void recoversSingleLine_data()
    {
        QTest::addColumn<double>("theta");
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("s");
        QTest::addColumn<double>("beta");
        QTest::addColumn<double>("kFactor");
        QTest::addColumn<double>("betaTol");
        // worst K factor / beta error over 20 seeds: 2.07 / 0.28, 1.08 / 0.06, 1.84 / 0.19
        QTest::newRow("concave, short memory") << 0.2 << 800.0 << 0.8 << 6000.0 << 2.5 << 0.35;
        QTest::newRow("S-shaped, long memory") << 0.6 << 1500.0 << 2.0 << 9000.0 << 1.15 << 0.10;
        QTest::newRow("linear-ish Hill") << 0.4 << 1200.0 << 1.0 << 4000.0 << 2.0 << 0.25;
    }
    void recoversSingleLine()
    {
        QFETCH(double, theta);
        QFETCH(double, k);
        QFETCH(double, s);
        QFETCH(double, beta);
        QFETCH(double, kFactor);
        QFETCH(double, betaTol);
        std::mt19937_64 rng(42);
        const sim::Curve truth{theta, k, s, beta};
        LineSeries line{QStringLiteral("Instagram"), sim::spend(rng, 104, 4.0 * k * (1.0 - theta)), {}};
        line.outcome = sim::response(truth, line.spend);
        const double trueIncremental = sim::sum(line.outcome);
        sim::addNoise(line.outcome, rng, 0.03 * beta);

        FitOptions options;
        options.bootstrap = 50;
        NullProgress progress;
        const auto fit = fitLine(line, options, progress);
        QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
        const CurveParams &p = fit->params;
        const QString got = describe(p);
        QVERIFY2(std::abs(p.theta - theta) <= 0.05, qPrintable(got));
        QVERIFY2(std::abs(p.s - s) <= 0.3, qPrintable(got));
        QVERIFY2(std::abs(std::log(p.k / k)) <= std::log(kFactor), qPrintable(got));
        QVERIFY2(within(p.beta, beta, betaTol), qPrintable(got));
        QVERIFY2(within(fit->incremental.value, trueIncremental, 0.02), qPrintable(got));
        // Steady state of the true curve, written out: beta a^S / (K^S + a^S), a = x / (1 - theta).
        const double top = *std::max_element(line.spend.begin(), line.spend.end());
        auto trueSteady = [&](double x) {
            const double a = x / (1.0 - theta);
            return beta * std::pow(a, s) / (std::pow(k, s) + std::pow(a, s));
        };
        for (int i = 1; i <= 20; ++i) {
            const double x = top * i / 20.0;
            QVERIFY2(std::abs(curve::steadyResponse(p, x) - trueSteady(x)) <= 0.06 * trueSteady(top),
                     qPrintable(got + QStringLiteral(" at spend %1").arg(x)));
        }
        QVERIFY(fit->r2 > 0.9);
        QVERIFY(fit->mape >= 0.0);
        QCOMPARE(fit->draws.size(), std::size_t(50));
        QVERIFY(fit->roas.low <= fit->roas.value && fit->roas.value <= fit->roas.high);
        QVERIFY(fit->warnings.isEmpty());
    }

    void warnsOnFlatSpend()
    {
        LineSeries line{QStringLiteral("Flat"), std::vector<double>(52, 500.0), {}};
        for (int t = 0; t < 52; ++t)
            line.outcome.push_back(1000.0 + (t % 3));
        FitOptions options;
        options.bootstrap = 5;
        NullProgress progress;
        const auto fit = fitLine(line, options, progress);
        QVERIFY(fit.ok());
        QVERIFY(fit->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("varies too little")));

        LineSeries sparse{QStringLiteral("Sparse"), std::vector<double>(52, 0.0), std::vector<double>(52, 0.0)};
        sparse.spend[3] = 100.0;
        sparse.spend[30] = 400.0;
        sparse.outcome[3] = 50.0;
        const auto fit2 = fitLine(sparse, options, progress);
        QVERIFY(fit2.ok());
        QVERIFY(fit2->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("only 2 weeks")));
    }

    void rejectsBadInput()
    {
        NullProgress progress;
        LineSeries mismatched{QStringLiteral("A"), {1, 2, 3, 4, 5}, {1, 2}};
        const auto fit = fitLine(mismatched, FitOptions{}, progress);
        QVERIFY(!fit.ok());
        QCOMPARE(fit.error().kind, Error::Kind::BadInput);
        LineSeries negative{QStringLiteral("B"), {1, -2, 3, 4, 5}, {1, 2, 3, 4, 5}};
        QVERIFY(!fitLine(negative, FitOptions{}, progress).ok());
    }

    void fitsManyLinesAndCancels()
    {
        std::mt19937_64 rng(7);
        std::vector<LineSeries> lines;
        for (int i = 0; i < 6; ++i) {
            LineSeries line{QStringLiteral("L%1").arg(i), sim::spend(rng, 78, 800.0), {}};
            line.outcome = sim::response({0.3, 500.0 + 100 * i, 1.2, 3000.0}, line.spend);
            sim::addNoise(line.outcome, rng, 60.0);
            lines.push_back(std::move(line));
        }
        FitOptions options;
        options.bootstrap = 10;
        qint64 lastDone = 0, lastTotal = 0;
        CallbackProgress progress([&](qint64 done, qint64 total) {
            lastDone = std::max(lastDone, done);
            lastTotal = total;
        });
        const auto fits = fitLines(lines, options, progress);
        QVERIFY(fits.ok());
        QCOMPARE(fits->size(), std::size_t(6));
        QCOMPARE(lastDone, qint64(6));
        QCOMPARE(lastTotal, qint64(6));
        for (std::size_t i = 0; i < 6; ++i)
            QCOMPARE(fits->at(i).line, lines[i].line);

        CallbackProgress cancelled;
        cancelled.cancel();
        const auto none = fitLines(lines, options, cancelled);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Error::Kind::Cancelled);
    }

    // Baseline + trend + yearly season + two channels, noise sd 100 (1% of the baseline).
    // Tolerance: each channel's total contribution within 15% of the truth, the baseline
    // total within 3%, the trend within 5 per week. Over 12 seeds the fit's squared error
    // was always below the truth's (the optimum is found) and the worst contribution
    // error was 19% (seed 6; this seed: 9% and 6%): separating a channel from the base is
    // the hard part of media-mix modelling, which is why the bands matter.
    void jointRecoversContributions()
    {
        std::mt19937_64 rng(2024);
        const int weeks = 156;
        const sim::Curve tv{0.5, 2000.0, 1.5, 4000.0};
        const sim::Curve social{0.1, 600.0, 0.9, 2500.0};
        JointInput input;
        input.firstDay = 19724; // 2024-01-01, a Monday (python: date(2024,1,1) - date(1970,1,1))
        input.lines.push_back({QStringLiteral("TV"), sim::spend(rng, weeks, 2000.0), {}});
        input.lines.push_back({QStringLiteral("Social"), sim::spend(rng, weeks, 1200.0), {}});
        const auto tvY = sim::response(tv, input.lines[0].spend);
        const auto socialY = sim::response(social, input.lines[1].spend);
        input.outcome.resize(weeks);
        double baseTotal = 0.0;
        for (int t = 0; t < weeks; ++t) {
            const double phase = 2.0 * std::numbers::pi * (input.firstDay + 7.0 * t) / 365.25;
            const double base = 10000.0 + 15.0 * t + 1500.0 * std::cos(phase) + 400.0 * std::sin(2 * phase);
            baseTotal += base;
            input.outcome[static_cast<std::size_t>(t)] = base + tvY[static_cast<std::size_t>(t)]
                                                         + socialY[static_cast<std::size_t>(t)];
        }
        sim::addNoise(input.outcome, rng, 100.0);

        FitOptions options;
        options.bootstrap = 40;
        NullProgress progress;
        const auto fit = fitJoint(input, options, progress);
        QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
        QCOMPARE(fit->lines.size(), std::size_t(2));
        const double tvTrue = sim::sum(tvY), socialTrue = sim::sum(socialY);
        const QString got = QStringLiteral("TV %1 vs %2, Social %3 vs %4, %5 | %6")
                                .arg(fit->lines[0].incremental.value)
                                .arg(tvTrue)
                                .arg(fit->lines[1].incremental.value)
                                .arg(socialTrue)
                                .arg(describe(fit->lines[0].params), describe(fit->lines[1].params));
        QVERIFY2(within(fit->lines[0].incremental.value, tvTrue, 0.15), qPrintable(got));
        QVERIFY2(within(fit->lines[1].incremental.value, socialTrue, 0.15), qPrintable(got));
        QVERIFY2(within(sim::sum(fit->baseSeries), baseTotal, 0.03), qPrintable(got));
        QVERIFY2(std::abs(fit->trend - 15.0) < 5.0, qPrintable(QString::number(fit->trend)));
        QVERIFY(fit->r2 > 0.95);
        for (const auto &line : fit->lines) {
            QCOMPARE(line.draws.size(), std::size_t(40));
            QVERIFY(line.roas.low <= line.roas.value + 1e-9 && line.roas.value <= line.roas.high + 1e-9);
        }
    }

    // The public media-mix example (pymc-marketing's mmm_example.csv: weekly y, spend x1 and
    // x2, two event dummies). Read with a local parser; the import pipeline is not used.
    void fitsMmmExample()
    {
        QFile file(QStringLiteral(IROI_SHARED_DATA "/mmm_example.csv"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("shared data not available");
        const QList<QByteArray> header = file.readLine().trimmed().split(',');
        const auto col = [&](const char *name) { return header.indexOf(QByteArray(name)); };
        const int cy = col("y"), c1 = col("x1"), c2 = col("x2"), ce1 = col("event_1"), ce2 = col("event_2"),
                  cd = col("date_week");
        QVERIFY(cy >= 0 && c1 >= 0 && c2 >= 0 && ce1 >= 0 && ce2 >= 0 && cd >= 0);
        JointInput input;
        input.lines = {{QStringLiteral("x1"), {}, {}}, {QStringLiteral("x2"), {}, {}}};
        input.controlNames = {QStringLiteral("event_1"), QStringLiteral("event_2")};
        input.controls.resize(2);
        while (!file.atEnd()) {
            const QList<QByteArray> f = file.readLine().trimmed().split(',');
            if (f.size() < header.size())
                continue;
            if (input.firstDay == kNoDay)
                input.firstDay = toEpochDay(QDate::fromString(QString::fromLatin1(f[cd]), Qt::ISODate));
            input.outcome.push_back(f[cy].toDouble());
            input.lines[0].spend.push_back(f[c1].toDouble());
            input.lines[1].spend.push_back(f[c2].toDouble());
            input.controls[0].push_back(f[ce1].toDouble());
            input.controls[1].push_back(f[ce2].toDouble());
        }
        QCOMPARE(input.outcome.size(), std::size_t(179)); // wc -l says 180 with the header
        FitOptions options;
        options.bootstrap = 50;
        NullProgress progress;
        const auto fit = fitJoint(input, options, progress);
        QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
        qInfo("mmm_example.csv joint fit: R2 = %.3f, MAPE = %.1f%%", fit->r2, 100.0 * fit->mape);
        for (const auto &line : fit->lines)
            qInfo("  %s: %s, contribution %.0f [%.0f, %.0f], ROAS %.0f [%.0f, %.0f]", qPrintable(line.line),
                  qPrintable(describe(line.params)), line.incremental.value, line.incremental.low,
                  line.incremental.high, line.roas.value, line.roas.low, line.roas.high);
        // The series is simulated with trend, season, events and two adstocked, saturating
        // channels; a correct joint model explains most of its variance.
        QVERIFY(fit->r2 > 0.8);
        QVERIFY(fit->lines[0].incremental.value > 0.0);
        QVERIFY(fit->lines[1].incremental.value > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFitter)
#include "tst_fitter.moc"
