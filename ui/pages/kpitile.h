#pragma once

#include "ui/charts/chartstyle.h"

#include <QFrame>

#include <string_view>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace iroi::ui {

// One headline figure: name, value, an optional note (e.g. the denominator), and the metric
// definition as tooltip.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(QWidget *parent = nullptr);
    void setMetric(std::string_view metricId, const OptDouble &value, const ChartStyle &style, const QString &note = {});
    void setText(const QString &name, const QString &value, const QString &note, const QString &toolTip,
                 const ChartStyle &style, const QColor &valueColor = {});
    QString valueText() const;

private:
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace iroi::ui
