#pragma once

#include "ui/pages/page.h"

#include <vector>

namespace iroi::ui {

class KpiTile;

// The headline: cash return beside EMV, the journey, and goal attainment.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QString pageId() const override { return QStringLiteral("overview"); }
    KpiTile *tile(const QString &metricId) const;

protected:
    void rebuild() override;

private:
    std::vector<std::pair<QString, KpiTile *>> m_tiles;
    QChartView *m_funnel;
    QChartView *m_goals;
};

} // namespace iroi::ui
