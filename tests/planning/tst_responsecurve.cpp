#include "core/planning/responsecurve.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace iroi;

// Expected values are worked out by hand from the formulas in the comments.
class TestResponseCurve : public QObject
{
    Q_OBJECT

private slots:
    void adstockCarriesOver()
    {
        // theta = 0.5: 1, 0.5, 0.25, then 2 + 0.125 = 2.125
        const std::vector<double> x{1.0, 0.0, 0.0, 2.0};
        const auto a = curve::adstock(x, 0.5);
        QCOMPARE(a.size(), std::size_t(4));
        QCOMPARE(a[0], 1.0);
        QCOMPARE(a[1], 0.5);
        QCOMPARE(a[2], 0.25);
        QCOMPARE(a[3], 2.125);
        // theta = 0 is no carry-over
        QCOMPARE(curve::adstock(x, 0.0), x);
    }

    void hill_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("s");
        QTest::addColumn<double>("expected");
        QTest::newRow("at K is half") << 10.0 << 10.0 << 2.5 << 0.5;
        QTest::newRow("2K with S=2: 4/5") << 2.0 << 1.0 << 2.0 << 0.8;
        QTest::newRow("K/3 with S=1: 1/4") << 1.0 << 3.0 << 1.0 << 0.25;
        QTest::newRow("zero") << 0.0 << 3.0 << 1.0 << 0.0;
        QTest::newRow("3K with S=0.5: sqrt3/(1+sqrt3)") << 3.0 << 1.0 << 0.5 << std::sqrt(3.0) / (1.0 + std::sqrt(3.0));
    }
    void hill()
    {
        QFETCH(double, a);
        QFETCH(double, k);
        QFETCH(double, s);
        QFETCH(double, expected);
        QVERIFY(std::abs(curve::hillUnit(a, k, s) - expected) < 1e-12);
        const CurveParams p{0.0, k, s, 200.0};
        QVERIFY(std::abs(curve::response(p, a) - 200.0 * expected) < 1e-9);
    }

    void steadyStateAndMarginal()
    {
        // theta 0.5, K 10, S 1, beta 100, weekly spend 5: adstock 5/(1-0.5) = 10 = K, so the
        // response is 50; d/dx = beta * K / (K + a)^2 / (1 - theta) = 100*10/400/0.5 = 5.
        const CurveParams p{0.5, 10.0, 1.0, 100.0};
        QCOMPARE(curve::steadyStateAdstock(p, 5.0), 10.0);
        QVERIFY(std::abs(curve::steadyResponse(p, 5.0) - 50.0) < 1e-12);
        QVERIFY(std::abs(curve::steadyMarginal(p, 5.0) - 5.0) < 1e-12);
        // The steady state is where the adstock recursion settles.
        const std::vector<double> constant(200, 5.0);
        QVERIFY(std::abs(curve::adstock(constant, 0.5).back() - 10.0) < 1e-12);
    }

    void marginalIsTheSlope_data()
    {
        QTest::addColumn<double>("theta");
        QTest::addColumn<double>("s");
        QTest::newRow("concave") << 0.3 << 0.8;
        QTest::newRow("linear-ish") << 0.0 << 1.0;
        QTest::newRow("S-shaped") << 0.7 << 2.5;
    }
    void marginalIsTheSlope()
    {
        QFETCH(double, theta);
        QFETCH(double, s);
        const CurveParams p{theta, 40.0, s, 1000.0};
        for (double x : {1.0, 7.0, 20.0, 90.0}) {
            const double h = 1e-4 * x;
            const double numeric = (curve::steadyResponse(p, x + h) - curve::steadyResponse(p, x - h)) / (2 * h);
            QVERIFY2(std::abs(numeric - curve::steadyMarginal(p, x)) < 1e-5 * (1.0 + std::abs(numeric)),
                     qPrintable(QStringLiteral("x=%1 numeric=%2 analytic=%3")
                                    .arg(x)
                                    .arg(numeric)
                                    .arg(curve::steadyMarginal(p, x))));
        }
    }

    void periodResponseSpreadsOverWeeks()
    {
        // 13 equal weeks of 5 each: 13 * 50 (see steadyStateAndMarginal); marginal stays 5
        // because d/dT [13 f(T/13)] = f'(T/13).
        const CurveParams p{0.5, 10.0, 1.0, 100.0};
        QVERIFY(std::abs(curve::periodResponse(p, 65.0, {}, 13) - 650.0) < 1e-9);
        QVERIFY(std::abs(curve::periodMarginal(p, 65.0, {}, 13) - 5.0) < 1e-12);
        // Flighting: half the budget in one of two weeks equals equal weeks.
        const std::vector<double> even{0.5, 0.5};
        QVERIFY(std::abs(curve::periodResponse(p, 10.0, even, 2) - 100.0) < 1e-9);
        // All in week 1 of 2: f(10) = beta * 20/(10+20) = 66.67 for week 1, 0 for week 2.
        const std::vector<double> front{1.0, 0.0};
        QVERIFY(std::abs(curve::periodResponse(p, 10.0, front, 2) - 200.0 / 3.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestResponseCurve)
#include "tst_responsecurve.moc"
