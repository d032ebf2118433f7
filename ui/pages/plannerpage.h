#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace iroi::ui {

class DataTableView;

// Planner: the forward budget planner arrives with core/planning. Until then the page shows
// what the plan will start from: spend and return per channel in the filter.
class PlannerPage : public Page
{
    Q_OBJECT
public:
    explicit PlannerPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Planner"); }
    QString pageId() const override { return QStringLiteral("planner"); }

protected:
    void rebuild() override;

private:
    QLabel *m_intro;
    QChartView *m_baseline;
    DataTableView *m_table;
};

} // namespace iroi::ui
