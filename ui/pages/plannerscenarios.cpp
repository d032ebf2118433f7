#include "ui/pages/plannerscenarios.h"

#include "ui/charts/chartsupport.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace iroi::ui {

PlannerScenarioPanel::PlannerScenarioPanel(QWidget *parent)
    : QWidget(parent), m_style(ChartStyle::forTheme(Theme::Light)), m_list(new QListWidget(this)),
      m_save(new QPushButton(tr("Save as…"), this)), m_duplicate(new QPushButton(tr("Duplicate…"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_load(new QPushButton(tr("Load"), this)),
      m_compare(new QPushButton(tr("Compare ticked"), this)), m_actual(new QPushButton(tr("Plan vs actual"), this)),
      m_message(new QLabel(this)), m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Scenarios</b> (saved in the workspace; tick 2–4 to compare)"), this);
    layout->addWidget(title);
    auto *top = new QHBoxLayout;
    m_list->setMaximumWidth(300);
    m_list->setMaximumHeight(120);
    m_list->setToolTip(tr("Saved plans. Tick two to four and press Compare; double-click one to load it."));
    top->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    int i = 0;
    for (QPushButton *b : {m_save, m_duplicate, m_delete, m_load, m_compare, m_actual}) {
        buttons->addWidget(b, i / 2, i % 2);
        ++i;
    }
    m_save->setToolTip(tr("Save the spend and bounds in the table as a named scenario."));
    m_compare->setToolTip(tr("Put 2 to 4 ticked scenarios side by side, predicted with the same curves."));
    m_actual->setToolTip(tr("Compare the selected scenario with what was actually spent and earned in its period."));
    auto *right = new QVBoxLayout;
    right->addLayout(buttons);
    m_message->setWordWrap(true);
    m_message->setText(tr("Save the plan on screen as a scenario; tick two to four saved scenarios and press Compare "
                          "to see them side by side below."));
    right->addWidget(m_message);
    right->addStretch(1);
    top->addLayout(right, 1);
    layout->addLayout(top);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save scenario"), tr("Name:"), QLineEdit::Normal,
                                                   tr("Plan %1").arg(m_list->count() + 1), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveCurrent(name.trimmed());
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const QString from = selectedName();
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Duplicate scenario"), tr("Name of the copy:"), QLineEdit::Normal,
                                                 tr("%1 (copy)").arg(from), &ok);
        if (ok && !to.trimmed().isEmpty())
            duplicate(from, to.trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (QMessageBox::question(this, tr("Delete scenario"), tr("Delete the scenario “%1”?").arg(name)) == QMessageBox::Yes)
            remove(name);
    });
    auto load = [this] {
        if (!m_workspace)
            return;
        auto scenario = ScenarioStore(*m_workspace).load(selectedName());
        if (!scenario)
            fail(scenario.error().toString());
        else
            emit loadRequested(*scenario);
    };
    connect(m_load, &QPushButton::clicked, this, load);
    connect(m_list, &QListWidget::itemDoubleClicked, this, load);
    connect(m_compare, &QPushButton::clicked, this, [this] { compare(checkedNames()); });
    connect(m_actual, &QPushButton::clicked, this, [this] { showPlanVsActual(selectedName()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PlannerScenarioPanel::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &PlannerScenarioPanel::updateButtons);
    updateButtons();
}

void PlannerScenarioPanel::setContext(Workspace *workspace, std::vector<LineFit> fits, bool outcomeIsMoney,
                                      const ChartStyle &style)
{
    m_workspace = workspace;
    m_fits = std::move(fits);
    m_money = outcomeIsMoney;
    m_style = style;
    refresh();
}

QString PlannerScenarioPanel::money(double value) const
{
    return formatMoneyValue(value, m_style, std::fabs(value) < 100.0 ? 2 : 0);
}

QString PlannerScenarioPanel::outcome(double value) const
{
    if (!std::isfinite(value))
        return tr("n/a");
    return m_money ? money(value) : formatCount(value);
}

bool PlannerScenarioPanel::fail(const QString &message)
{
    m_message->setText(message);
    return false;
}

QString PlannerScenarioPanel::message() const
{
    return m_message->text();
}

QString PlannerScenarioPanel::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList PlannerScenarioPanel::scenarioNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

QStringList PlannerScenarioPanel::checkedNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void PlannerScenarioPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    const qsizetype ticked = checkedNames().size();
    m_save->setEnabled(m_workspace && m_current);
    for (QPushButton *b : {m_duplicate, m_delete, m_load, m_actual})
        b->setEnabled(selected);
    m_compare->setEnabled(ticked >= 2 && ticked <= 4);
}

void PlannerScenarioPanel::refresh()
{
    const QStringList ticked = checkedNames();
    const QString current = selectedName();
    m_list->clear();
    if (m_workspace) {
        auto list = ScenarioStore(*m_workspace).list();
        if (!list) {
            fail(list.error().toString());
        } else {
            for (const ScenarioSummary &s : *list) {
                auto *item = new QListWidgetItem(s.valid ? tr("%1 — %2").arg(s.name, money(s.totalSpend))
                                                         : tr("%1 (unreadable)").arg(s.name),
                                                 m_list);
                item->setData(Qt::UserRole, s.name);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(ticked.contains(s.name) ? Qt::Checked : Qt::Unchecked);
                if (s.name == current)
                    m_list->setCurrentItem(item);
            }
        }
    }
    updateButtons();
}

bool PlannerScenarioPanel::saveCurrent(const QString &name)
{
    if (!m_workspace || !m_current)
        return fail(tr("Nothing to save yet: the curves are still being fitted."));
    Scenario scenario = m_current();
    scenario.name = name;
    if (Status s = ScenarioStore(*m_workspace).save(scenario); !s)
        return fail(s.error().toString());
    m_message->setText(tr("Saved “%1”.").arg(name));
    refresh();
    return true;
}

bool PlannerScenarioPanel::duplicate(const QString &from, const QString &to)
{
    if (!m_workspace)
        return false;
    if (Status s = ScenarioStore(*m_workspace).duplicate(from, to); !s)
        return fail(s.error().toString());
    m_message->setText(tr("Copied “%1” to “%2”.").arg(from, to));
    refresh();
    return true;
}

bool PlannerScenarioPanel::remove(const QString &name)
{
    if (!m_workspace)
        return false;
    if (Status s = ScenarioStore(*m_workspace).remove(name); !s)
        return fail(s.error().toString());
    m_message->setText(tr("Deleted “%1”.").arg(name));
    refresh();
    return true;
}

bool PlannerScenarioPanel::compare(const QStringList &names)
{
    if (!m_workspace)
        return false;
    std::vector<Scenario> scenarios;
    ScenarioStore store(*m_workspace);
    for (const QString &name : names) {
        auto s = store.load(name);
        if (!s)
            return fail(s.error().toString());
        scenarios.push_back(std::move(*s));
    }
    auto c = compareScenarios(scenarios, m_fits);
    if (!c)
        return fail(c.error().toString());
    const int k = static_cast<int>(c->scenarios.size());
    m_table->clear();
    m_table->setColumnCount(1 + 2 * k);
    m_table->setRowCount(static_cast<int>(c->lines.size()) + 2);
    QStringList headers{tr("Line")};
    for (const QString &name : c->scenarios)
        headers << tr("%1\nspend").arg(detail::shortLabel(name, 18)) << tr("%1\npredicted").arg(detail::shortLabel(name, 18));
    m_table->setHorizontalHeaderLabels(headers);
    auto set = [this](int row, int column, const QString &text, const QString &tip = {}) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(tip);
        m_table->setItem(row, column, item);
    };
    auto band = [this](const Estimate &e) { return tr("80% band %1 – %2").arg(outcome(e.low), outcome(e.high)); };
    for (std::size_t l = 0; l < c->lines.size(); ++l) {
        const int row = static_cast<int>(l);
        set(row, 0, c->lines[l]);
        for (int s = 0; s < k; ++s) {
            const auto si = static_cast<std::size_t>(s);
            set(row, 1 + 2 * s, money(c->spend[si][l]));
            set(row, 2 + 2 * s, outcome(c->predicted[si][l].value), band(c->predicted[si][l]));
        }
    }
    const int total = static_cast<int>(c->lines.size());
    set(total, 0, tr("Total"));
    set(total + 1, 0, m_money ? tr("ROI") : tr("Outcome per unit spent"));
    for (int s = 0; s < k; ++s) {
        const auto si = static_cast<std::size_t>(s);
        set(total, 1 + 2 * s, money(c->totalSpend[si]));
        set(total, 2 + 2 * s, outcome(c->totalPredicted[si].value), band(c->totalPredicted[si]));
        set(total + 1, 2 + 2 * s, m_money ? formatPercent(c->roas[si] - 1.0, 0) : formatRatio(c->roas[si], 3));
    }
    m_table->resizeColumnsToContents();
    m_message->setText(tr("Comparing %1 scenarios.").arg(k));
    return true;
}

bool PlannerScenarioPanel::showPlanVsActual(const QString &name)
{
    if (!m_workspace)
        return false;
    auto scenario = ScenarioStore(*m_workspace).load(name);
    if (!scenario)
        return fail(scenario.error().toString());
    auto result = planVsActual(*m_workspace, *scenario, m_fits);
    if (!result)
        return fail(tr("No actuals for “%1” yet: %2").arg(name, result.error().message));
    m_table->clear();
    m_table->setColumnCount(6);
    m_table->setRowCount(static_cast<int>(result->lines.size()));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Planned\nspend"), tr("Actual\nspend"), tr("Predicted\nat plan"),
                                        tr("Predicted at\nactual spend"), tr("Actual\noutcome")});
    for (std::size_t i = 0; i < result->lines.size(); ++i) {
        const PlanVsActualLine &l = result->lines[i];
        const QStringList cells{l.line, money(l.plannedSpend), money(l.actualSpend), outcome(l.predictedAtPlan.value),
                                outcome(l.predictedAtActual.value), outcome(l.actualOutcome)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(static_cast<int>(i), c, item);
        }
    }
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("What the curves predict for the spend that actually happened: far from the actual outcome means the curve "
           "was wrong, far from the plan means the plan was not followed."));
    m_table->resizeColumnsToContents();
    m_message->setText(tr("“%1” against %2 weeks of actual data (total actual outcome %3).")
                           .arg(name)
                           .arg(result->weeksWithData)
                           .arg(outcome(result->actualTotalOutcome)));
    return true;
}

} // namespace iroi::ui
