#pragma once

#include "ui/pages/grouptable.h"
#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace iroi::ui {

class DataTableView;

// Who: performance, not activity. The scatter shows where posting a lot and earning a lot
// disagree; the table recommends keep / watch / cut; with one person in the filter the
// scorecard compares them with the group.
class WhoPage : public Page
{
    Q_OBJECT
public:
    explicit WhoPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Who"); }
    QString pageId() const override { return QStringLiteral("who"); }
    PersonTableModel *model() const { return m_model; }
    QLabel *scorecard() const { return m_scorecard; }

protected:
    void rebuild() override;

private:
    QChartView *m_scatter;
    QChartView *m_top;
    QLabel *m_scorecard;
    DataTableView *m_table;
    PersonTableModel *m_model;
};

} // namespace iroi::ui
