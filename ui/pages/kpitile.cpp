#include "ui/pages/kpitile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace iroi::ui {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent), m_name(new QLabel(this)), m_value(new QLabel(this)), m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_note->setWordWrap(true);
    setMinimumWidth(150);
}

void KpiTile::setMetric(std::string_view metricId, const OptDouble &value, const ChartStyle &style, const QString &note)
{
    QColor colour;
    if ((metricId == "roi" || metricId == "emv_roi") && value)
        colour = *value >= 0 ? style.positive : style.negative;
    setText(metricLabel(metricId), formatMetric(metricId, value, style), note, metricTooltip(metricId, value, style),
            style, colour);
}

void KpiTile::setText(const QString &name, const QString &value, const QString &note, const QString &toolTip,
                      const ChartStyle &style, const QColor &valueColor)
{
    m_name->setText(name);
    m_value->setText(value);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setToolTip(toolTip);
    setStyleSheet(QStringLiteral("iroi--ui--KpiTile { background: %1; border: 1px solid %2; border-radius: 6px; }")
                      .arg(style.background.name(), style.grid.name()));
    m_name->setStyleSheet(QStringLiteral("color: %1;").arg(style.mutedText.name()));
    m_note->setStyleSheet(QStringLiteral("color: %1;").arg(style.mutedText.name()));
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg((valueColor.isValid() ? valueColor : style.text).name()));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

} // namespace iroi::ui
