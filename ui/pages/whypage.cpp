#include "ui/pages/whypage.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace iroi::ui {

WhyPage::WhyPage(QWidget *parent)
    : Page(parent)
    , m_goalPicker(new QComboBox(this))
    , m_pacing(newChartView(340))
    , m_attainment(newChartView(340))
    , m_voice(newChartView(340))
    , m_whiteSpace(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Goal"), this));
    pick->addWidget(m_goalPicker, 1);
    pick->addStretch(1);
    layout->addLayout(pick);
    auto *grid = new QGridLayout;
    // Goal attainment takes the full height on the right: a programme has one bar pair
    // per goal (18 in the demo), and at half height QtCharts elides every goal's name.
    grid->addWidget(m_pacing, 0, 0);
    grid->addWidget(m_voice, 1, 0);
    grid->addWidget(m_attainment, 0, 1, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);
    m_whiteSpace->setWordWrap(true);
    layout->addWidget(m_whiteSpace);
    connect(m_goalPicker, &QComboBox::currentIndexChanged, this, &WhyPage::updateGoal);
}

void WhyPage::rebuild()
{
    const auto s = snapshot();
    {
        const QSignalBlocker block(m_goalPicker);
        m_goalPicker->clear();
        for (const GoalStatus &g : s->why.goals)
            m_goalPicker->addItem(g.campaign + QStringLiteral(": ") +
                                      (g.description.isEmpty() ? metricLabel(g.metric.toStdString()) : g.description),
                                  g.goalId);
    }
    updateGoal();
    showChart(m_attainment, buildGoalAttainmentChart(s->why.goals, style()));
    showChart(m_voice, buildShareOfVoiceChart(s->why, style()));
    m_whiteSpace->setText(s->why.whiteSpace.isEmpty()
                              ? tr("No brand mentions in this workspace: share of voice needs a brand-mention import.")
                              : tr("White space (topics where %1 is least talked about): %2")
                                    .arg(s->why.ownBrand, s->why.whiteSpace.join(QStringLiteral(", "))));
}

void WhyPage::updateGoal()
{
    const auto s = snapshot();
    if (!s)
        return;
    const int index = m_goalPicker->currentIndex();
    if (index < 0 || index >= static_cast<int>(s->why.goals.size())) {
        auto *chart = new QChart;
        chart->setTitle(tr("No goals for the campaigns in the filter"));
        applyChartStyle(chart, style());
        showChart(m_pacing, chart);
        return;
    }
    showChart(m_pacing, buildGoalPacingChart(s->when, s->why.goals[static_cast<size_t>(index)], style()));
}

} // namespace iroi::ui
