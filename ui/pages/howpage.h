#pragma once

#include "ui/models/vectortablemodel.h"
#include "ui/pages/page.h"

#include <array>

namespace iroi::ui {

class DataTableView;
class KpiTile;

// How: the fully loaded cost, its overhead beyond media, and the cost per stage.
class HowPage : public Page
{
    Q_OBJECT
public:
    explicit HowPage(QWidget *parent = nullptr);
    QString title() const override { return tr("How"); }
    QString pageId() const override { return QStringLiteral("how"); }

protected:
    void rebuild() override;

private:
    std::array<KpiTile *, 7> m_tiles{};
    QChartView *m_breakdown;
    QChartView *m_stack;
    DataTableView *m_table;
    VectorTableModel<PersonCostRow> *m_model = nullptr;
};

} // namespace iroi::ui
