#include "ui/pages/planneroutlook.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace iroi::ui {

namespace {

QString stageName(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Awareness:
        return PlannerOutlook::tr("Awareness");
    case FunnelStage::Consideration:
        return PlannerOutlook::tr("Consideration");
    case FunnelStage::Purchase:
        return PlannerOutlook::tr("Purchase");
    case FunnelStage::Retention:
        return PlannerOutlook::tr("Retention");
    case FunnelStage::Cost:
        break;
    }
    return {};
}

QString kpiName(const QString &metric)
{
    if (metric == QLatin1String("impressions"))
        return PlannerOutlook::tr("impressions");
    if (metric == QLatin1String("clicks"))
        return PlannerOutlook::tr("clicks");
    if (metric == QLatin1String("repeat_orders"))
        return PlannerOutlook::tr("repeat orders of acquired customers");
    return metric;
}

QString kpiDefinition(const QString &metric)
{
    if (metric == QLatin1String("impressions"))
        return PlannerOutlook::tr("Times the lines' content or ads were shown, summed over the period.");
    if (metric == QLatin1String("clicks"))
        return PlannerOutlook::tr("Clicks on the lines' links or ads, summed over the period.");
    if (metric == QLatin1String("repeat_orders"))
        return PlannerOutlook::tr("Later orders of the customers the lines acquired (their first order was attributed "
                                  "to the line), whatever brought them back.");
    return {};
}

} // namespace

PlannerOutlook::PlannerOutlook(QWidget *parent) : QWidget(parent), m_stages(new QTableWidget(this)), m_cautions(new QLabel(this))
{
    auto *title = new QLabel(tr("<b>Predicted by funnel stage</b> over the planned period"), this);
    m_stages->setColumnCount(ColumnCount);
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("KPI"), tr("Current"), tr("Proposed"), tr("Change"), tr("80% band")});
    m_stages->horizontalHeaderItem(Band)->setToolTip(
        tr("8 in 10 bootstrap refits of the curves predict the proposed figure in this range."));
    m_stages->verticalHeader()->setVisible(false);
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stages->setAlternatingRowColors(true);
    m_stages->setWordWrap(false);
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stages->horizontalHeader()->setStretchLastSection(true);
    m_stages->setToolTip(tr("Each stage's KPI has its own response curve per line, fitted on the same weekly spend: "
                            "moving a line's spend moves every stage."));
    m_cautions->setWordWrap(true);
    m_cautions->setTextFormat(Qt::RichText);
    m_cautions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cautions->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_stages);
    layout->addWidget(m_cautions);
}

void PlannerOutlook::clear()
{
    m_stages->setRowCount(0);
    m_cautions->clear();
    m_cautionList.clear();
    m_predictions.clear();
}

void PlannerOutlook::update(const PlannerFit &fit, const PlanRequest &request, std::span<const double> proposed,
                            const Plan &plan, const ChartStyle &style)
{
    std::vector<double> current;
    for (const PlanLine &line : request.lines)
        current.push_back(line.currentSpend);
    m_predictions =
        predictStages(fit.stages, request.weeks, request.flighting, current, proposed, request.bandLow, request.bandHigh);

    struct Row
    {
        FunnelStage stage;
        QString kpi;
        QString tip;
        std::optional<StagePrediction> value;
        bool money = false;
        QString missing;
    };
    std::vector<Row> rows;
    for (FunnelStage stage : {FunnelStage::Awareness, FunnelStage::Consideration, FunnelStage::Purchase, FunnelStage::Retention}) {
        Row row{stage, {}, {}, std::nullopt, false, {}};
        if (stage == FunnelStage::Purchase) {
            row.kpi = fit.data.outcomeName;
            row.money = request.outcomeIsMoney;
            row.tip = tr("The outcome the plan optimises.");
            row.value = StagePrediction{stage, fit.data.outcomeName, plan.currentTotalPredicted, plan.totalPredicted};
        } else {
            for (const StagePrediction &p : m_predictions)
                if (p.stage == stage) {
                    row.kpi = kpiName(p.metric);
                    row.tip = kpiDefinition(p.metric);
                    row.value = p;
                }
            if (!row.value)
                row.missing = stage == FunnelStage::Retention && fit.data.joint
                                  ? tr("n/a: a media-mix sheet does not say who bought")
                                  : tr("n/a: no data for this stage in the history");
        }
        rows.push_back(std::move(row));
    }

    m_stages->setRowCount(static_cast<int>(rows.size()));
    auto set = [this](int r, int c, const QString &text, const QString &tip = {}) {
        auto *item = m_stages->item(r, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_stages->setItem(r, c, item);
        }
        item->setText(text);
        item->setToolTip(tip);
        item->setTextAlignment(c >= Current ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    };
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const Row &row = rows[static_cast<std::size_t>(r)];
        set(r, Stage, stageName(row.stage));
        if (!row.value) {
            set(r, Kpi, row.missing);
            for (int c = Current; c < ColumnCount; ++c)
                set(r, c, tr("n/a"));
            continue;
        }
        auto fmt = [&](double v) { return row.money ? formatMoneyValue(v, style) : formatCount(std::round(v)); };
        const StagePrediction &p = *row.value;
        set(r, Kpi, row.kpi, row.tip);
        set(r, Current, fmt(p.current.value));
        set(r, Proposed, fmt(p.proposed.value));
        const double change = p.proposed.value - p.current.value;
        set(r, Change, (change > 0 ? QStringLiteral("+") : QString()) + fmt(change) +
                           (p.current.value > 0 ? QStringLiteral(" (%1)").arg(formatPercent(change / p.current.value, 1)) : QString()));
        set(r, Band, QStringLiteral("%1 – %2").arg(fmt(p.proposed.low), fmt(p.proposed.high)));
    }
    m_stages->setFixedHeight(m_stages->horizontalHeader()->sizeHint().height() + 2 * m_stages->frameWidth() +
                             m_stages->rowCount() * m_stages->verticalHeader()->defaultSectionSize() + 2);

    // Cautions: what the fit itself warned about, then what the plan does near the edge of
    // what the history has seen.
    m_cautionList.clear();
    for (const LineFit &f : fit.fits)
        for (const QString &w : f.warnings)
            m_cautionList << tr("%1: %2").arg(f.line, w);
    for (std::size_t i = 0; i < request.lines.size() && i < fit.fits.size() && i < plan.lines.size(); ++i) {
        const PlanLine &line = request.lines[i];
        const double cap = historyCap(fit.fits[i].maxWeeklySpend, request.weeks);
        const double spend = plan.lines[i].proposedSpend;
        if (std::isfinite(cap) && spend > cap * (1.0 + 1e-9))
            m_cautionList << tr("%1: %2 is beyond twice the largest week the history saw; the curve is extrapolated.")
                                 .arg(line.line, formatMoneyValue(spend, style));
        else if (std::isfinite(cap) && std::abs(line.maxSpend - cap) <= 1e-6 * (1.0 + cap) && plan.lines[i].atBound == Bound::Upper)
            m_cautionList << tr("%1 is held at its history cap (twice its largest week); raise its Max to plan beyond "
                                "what the history has seen.")
                                 .arg(line.line);
    }
    if (!fit.stageNote.isEmpty())
        m_cautionList << tr("Other funnel stages not predicted: %1").arg(fit.stageNote);
    if (m_cautionList.isEmpty()) {
        m_cautions->setText(tr("No cautions: every curve was fitted on enough variation in spend."));
    } else {
        QString html = QStringLiteral("<b>⚠ %1</b><ul style=\"margin-left:-20px\">").arg(tr("Cautions (%n)", nullptr, int(m_cautionList.size())));
        for (const QString &c : m_cautionList)
            html += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
        m_cautions->setText(html + QStringLiteral("</ul>"));
    }
}

} // namespace iroi::ui
