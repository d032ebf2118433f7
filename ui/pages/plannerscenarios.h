#pragma once

#include "core/planning/scenario.h"
#include "ui/charts/chartstyle.h"

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace iroi::ui {

// The Planner's scenarios: the named plans saved in the workspace, with save, duplicate,
// delete, a side-by-side comparison of 2 to 4 of them on the same fitted curves, and plan
// versus actual once the planned period has data. Writes go through the UI thread's
// workspace (one small transaction each); predictions are curve evaluations only.
class PlannerScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerScenarioPanel(QWidget *parent = nullptr);

    // The workspace to store scenarios in, the curves to predict with, and how to describe
    // the plan on screen as a scenario (for "Save").
    void setContext(Workspace *workspace, std::vector<LineFit> fits, bool outcomeIsMoney, const ChartStyle &style);
    void setCurrentScenario(std::function<Scenario()> current) { m_current = std::move(current); }

    // The actions behind the buttons, without dialogs (the buttons ask for names first).
    bool saveCurrent(const QString &name);
    bool duplicate(const QString &from, const QString &to);
    bool remove(const QString &name);
    bool compare(const QStringList &names);
    bool showPlanVsActual(const QString &name);

    QStringList scenarioNames() const;
    QStringList checkedNames() const;
    QTableWidget *table() const { return m_table; }
    QString message() const;
    void refresh();

signals:
    // The user asked to put a saved scenario's spend and bounds back into the lines table.
    void loadRequested(const iroi::Scenario &scenario);

private:
    bool fail(const QString &message);
    QString selectedName() const;
    QString money(double value) const;
    QString outcome(double value) const;
    void updateButtons();

    Workspace *m_workspace = nullptr;
    std::vector<LineFit> m_fits;
    bool m_money = true;
    ChartStyle m_style;
    std::function<Scenario()> m_current;
    QListWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_load;
    QPushButton *m_compare;
    QPushButton *m_actual;
    QLabel *m_message;
    QTableWidget *m_table;
};

} // namespace iroi::ui
