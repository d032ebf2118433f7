#pragma once

#include "ui/pages/page.h"

#include <array>

namespace iroi::ui {

class KpiTile;

// Funnel: the whole journey stage by stage, rates per channel, and retention (repeat buyers,
// CLV, the people who bring customers back).
class FunnelPage : public Page
{
    Q_OBJECT
public:
    explicit FunnelPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Funnel"); }
    QString pageId() const override { return QStringLiteral("funnel"); }

protected:
    void rebuild() override;

private:
    std::array<KpiTile *, 5> m_tiles{};
    QChartView *m_funnel;
    QChartView *m_rates;
    QChartView *m_cohorts;
};

} // namespace iroi::ui
