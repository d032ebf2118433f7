#include "ui/pages/grouptable.h"

#include <QCoreApplication>

namespace iroi::ui {

namespace {

QString trp(const char *text)
{
    return QCoreApplication::translate("iroi::ui::Tables", text);
}

template<typename Row>
typename VectorTableModel<Row>::Column metricColumn(const char *id, const ChartStyle &style)
{
    const std::string metric(id);
    typename VectorTableModel<Row>::Column c;
    c.title = metricLabel(metric);
    c.toolTip = metricTooltip(metric, std::nullopt, style).section(QLatin1Char('\n'), 1);
    c.display = [metric, style](const Row &r) { return formatMetric(metric, metricValue(r.totals, r.kpis, metric), style); };
    c.sortValue = [metric](const Row &r) {
        const OptDouble v = metricValue(r.totals, r.kpis, metric);
        // n/a sorts below every number in either direction of the sort, never as 0.
        return v ? QVariant(*v) : QVariant(-1e300);
    };
    c.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return c;
}

constexpr const char *kGroupMetrics[] = {"posts", "impressions", "engagements", "engagement_rate", "clicks", "ctr",
                                         "orders", "revenue", "cost", "roas", "roi", "cpa", "emv"};

} // namespace

GroupTableModel *newGroupTableModel(const QString &groupTitle, const ChartStyle &style, QObject *parent)
{
    std::vector<GroupTableModel::Column> columns;
    GroupTableModel::Column name;
    name.title = groupTitle;
    name.display = [](const GroupRow &r) {
        return r.key.isEmpty() || r.key == QLatin1String(kNotLinkedKey) ? trp("(not linked)") : r.key;
    };
    columns.push_back(name);
    for (const char *id : kGroupMetrics)
        columns.push_back(metricColumn<GroupRow>(id, style));
    auto *model = new GroupTableModel(std::move(columns), parent);
    model->setIdFunction([](const GroupRow &r) { return r.id; });
    return model;
}

QString recommendationLabel(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Keep:
        return trp("Keep");
    case Recommendation::Watch:
        return trp("Watch");
    case Recommendation::Cut:
        return trp("Cut");
    }
    return {};
}

PersonTableModel *newPersonTableModel(const ChartStyle &style, QObject *parent)
{
    std::vector<PersonTableModel::Column> columns;
    PersonTableModel::Column name;
    name.title = trp("Person");
    name.display = [](const PersonScore &p) { return (p.superstar ? QStringLiteral("★ ") : QString()) + p.key; };
    name.sortValue = [](const PersonScore &p) { return p.key; };
    columns.push_back(name);
    PersonTableModel::Column kind;
    kind.title = trp("Kind");
    kind.display = [](const PersonScore &p) {
        return p.kind == QLatin1String("employee") ? trp("Employee advocate") : trp("Influencer");
    };
    columns.push_back(kind);
    for (const char *id : {"posts", "engagements_per_post", "revenue", "revenue_per_post", "cost", "roi", "affinity"})
        columns.push_back(metricColumn<PersonScore>(id, style));
    PersonTableModel::Column fit;
    fit.title = trp("Audience fit");
    fit.toolTip = trp("Mean over dimensions of the sum of min(person share, campaign target share); 100 % = perfect fit.");
    fit.display = [](const PersonScore &p) { return formatPercent(p.audienceFit, 0); };
    fit.sortValue = [](const PersonScore &p) { return p.audienceFit ? QVariant(*p.audienceFit) : QVariant(-1.0); };
    fit.alignment = Qt::AlignRight | Qt::AlignVCenter;
    columns.push_back(fit);
    PersonTableModel::Column ranks;
    ranks.title = trp("Activity / performance rank");
    ranks.toolTip = trp("Rank by posts and rank by revenue per post (1 = best). A big gap means activity and performance disagree.");
    ranks.display = [](const PersonScore &p) { return QStringLiteral("%1 / %2").arg(p.activityRank).arg(p.performanceRank); };
    ranks.sortValue = [](const PersonScore &p) { return p.performanceRank; };
    columns.push_back(ranks);
    PersonTableModel::Column rec;
    rec.title = trp("Recommendation");
    rec.display = [](const PersonScore &p) { return recommendationLabel(p.recommendation); };
    rec.sortValue = [](const PersonScore &p) { return static_cast<int>(p.recommendation); };
    columns.push_back(rec);
    PersonTableModel::Column reason;
    reason.title = trp("Why");
    reason.display = [](const PersonScore &p) { return p.reason; };
    columns.push_back(reason);
    auto *model = new PersonTableModel(std::move(columns), parent);
    model->setIdFunction([](const PersonScore &p) { return p.personId; });
    return model;
}

} // namespace iroi::ui
