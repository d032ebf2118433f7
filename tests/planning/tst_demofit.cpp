#include "core/common/progress.h"
#include "core/demo/demogenerator.h"
#include "core/planning/fitter.h"
#include "core/planning/planningdata.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace iroi;

// The demo generator plants a saturating channel: extra Instagram orders per week follow
// 50 x scale x Hill(adstock(weekly Instagram paid_boost euros; theta 0.5); K 2500, S 2),
// drawn as Poisson counts (constants in core/demo/demobuilder.cpp, planted truth 3 of
// docs/demo-data.md). Fitting the Instagram paid-boost line on those orders must find them.
// Tolerances: theta +-0.1, K within 20%, S within 0.5, beta within 20% (Poisson noise on
// ~100 weeks of counts of 0..50 a week; spend only takes 8 levels).
class TestDemoFit : public QObject
{
    Q_OBJECT

private slots:
    void recoversPlantedCurve()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.iroi"));
        NullProgress progress;
        if (Status s = generateDemo(path, DemoOptions{}, progress); !s)
            QFAIL(qPrintable(s.error().toString()));
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        PlanningDataRequest request;
        request.lines = LineKind::Channel;
        request.outcome = OutcomeKind::Conversions;
        request.preferMediaMix = false;
        request.costCategories = {QStringLiteral("paid_boost")};
        request.utmMedium = QStringLiteral("paid_social");
        auto data = loadPlanningData(*ws, request);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
        const LineSeries *instagram = nullptr;
        for (const auto &line : data->lines)
            if (line.line == QLatin1String("Instagram"))
                instagram = &line;
        QVERIFY(instagram);
        FitOptions options;
        options.bootstrap = 50;
        const auto fit = fitLine(*instagram, options, progress);
        QVERIFY(fit.ok());
        const CurveParams &p = fit->params;
        const QString got = QStringLiteral("theta=%1 K=%2 S=%3 beta=%4 R2=%5 band [%6, %7]")
                                .arg(p.theta).arg(p.k).arg(p.s).arg(p.beta).arg(fit->r2)
                                .arg(fit->roas.low).arg(fit->roas.high);
        qInfo("demo Instagram paid boost: %s", qPrintable(got));
        QVERIFY2(std::abs(p.theta - 0.5) <= 0.1, qPrintable(got));
        QVERIFY2(std::abs(p.k / 2500.0 - 1.0) <= 0.2, qPrintable(got));
        QVERIFY2(std::abs(p.s - 2.0) <= 0.5, qPrintable(got));
        QVERIFY2(std::abs(p.beta / 50.0 - 1.0) <= 0.2, qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(TestDemoFit)
#include "tst_demofit.moc"
