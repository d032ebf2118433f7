#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace iroi::ui {

// Why: the business goals and their pacing, and share of voice against competitors with
// the white space where the brand is least talked about.
class WhyPage : public Page
{
    Q_OBJECT
public:
    explicit WhyPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Why"); }
    QString pageId() const override { return QStringLiteral("why"); }

protected:
    void rebuild() override;

private:
    void updateGoal();

    QComboBox *m_goalPicker;
    QChartView *m_pacing;
    QChartView *m_attainment;
    QChartView *m_voice;
    QLabel *m_whiteSpace;
};

} // namespace iroi::ui
