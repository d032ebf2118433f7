#include "ui/widgets/filterbar.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace iroi::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_campaigns(new QToolButton(this))
    , m_channels(new QToolButton(this))
    , m_contentTypes(new QToolButton(this))
    , m_kind(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_reset(new QToolButton(this))
    , m_summary(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 2);
    outer->setSpacing(2);
    auto *row = new QHBoxLayout;
    for (QToolButton *b : {m_campaigns, m_channels, m_contentTypes}) {
        b->setPopupMode(QToolButton::InstantPopup);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumWidth(150);
    }
    m_campaigns->setToolTip(tr("Campaigns"));
    m_channels->setToolTip(tr("Channels"));
    m_contentTypes->setToolTip(tr("Content types"));
    m_kind->addItem(tr("Influencers and advocates"), -1);
    m_kind->addItem(tr("Influencers only"), static_cast<int>(PersonKind::Influencer));
    m_kind->addItem(tr("Employee advocates only"), static_cast<int>(PersonKind::Employee));
    m_preset->addItem(tr("All time"), static_cast<int>(DatePreset::AllTime));
    m_preset->addItem(tr("Last 30 days"), static_cast<int>(DatePreset::Last30Days));
    m_preset->addItem(tr("This quarter"), static_cast<int>(DatePreset::ThisQuarter));
    m_preset->addItem(tr("Last quarter"), static_cast<int>(DatePreset::LastQuarter));
    m_preset->addItem(tr("This year"), static_cast<int>(DatePreset::ThisYear));
    m_preset->addItem(tr("Last year"), static_cast<int>(DatePreset::LastYear));
    m_preset->addItem(tr("Custom range"), static_cast<int>(DatePreset::Custom));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_reset->setText(tr("Clear filter"));
    row->addWidget(new QLabel(tr("Filter:"), this));
    row->addWidget(m_campaigns);
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_to);
    row->addWidget(m_channels);
    row->addWidget(m_kind);
    row->addWidget(m_contentTypes);
    row->addWidget(m_reset);
    row->addStretch();
    outer->addLayout(row);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const int v = m_kind->currentData().toInt();
        m_filter.personKind = v < 0 ? std::nullopt : std::optional<PersonKind>(static_cast<PersonKind>(v));
        emitEdited();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            applyPreset(static_cast<DatePreset>(m_preset->currentData().toInt()));
    });
    auto dateEdited = [this] {
        if (m_updating)
            return;
        m_filter.from = toEpochDay(m_from->date());
        m_filter.to = toEpochDay(m_to->date());
        m_updating = true;
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(DatePreset::Custom)));
        m_updating = false;
        emitEdited();
    };
    connect(m_from, &QDateEdit::editingFinished, this, dateEdited);
    connect(m_to, &QDateEdit::editingFinished, this, dateEdited);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        m_filter = Filter{};
        setFilter(m_filter);
        emitEdited();
    });
}

void FilterBar::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
    rebuildMenus();
    setFilter(m_filter);
}

std::pair<EpochDay, EpochDay> FilterBar::presetRange(DatePreset preset, EpochDay today)
{
    if (today == kNoDay)
        return {kNoDay, kNoDay};
    const QDate d = fromEpochDay(today);
    const int quarterStartMonth = (d.month() - 1) / 3 * 3 + 1;
    const QDate quarterStart(d.year(), quarterStartMonth, 1);
    switch (preset) {
    case DatePreset::AllTime:
    case DatePreset::Custom:
        return {kNoDay, kNoDay};
    case DatePreset::Last30Days:
        return {today - 29, today};
    case DatePreset::ThisQuarter:
        return {toEpochDay(quarterStart), today};
    case DatePreset::LastQuarter: {
        const QDate start = quarterStart.addMonths(-3);
        return {toEpochDay(start), toEpochDay(quarterStart.addDays(-1))};
    }
    case DatePreset::ThisYear:
        return {toEpochDay(QDate(d.year(), 1, 1)), today};
    case DatePreset::LastYear:
        return {toEpochDay(QDate(d.year() - 1, 1, 1)), toEpochDay(QDate(d.year() - 1, 12, 31))};
    }
    return {kNoDay, kNoDay};
}

void FilterBar::applyPreset(DatePreset preset)
{
    if (preset == DatePreset::Custom) {
        m_filter.from = toEpochDay(m_from->date());
        m_filter.to = toEpochDay(m_to->date());
    } else {
        const auto [from, to] = presetRange(preset, m_catalog ? m_catalog->lastDay : kNoDay);
        m_filter.from = from;
        m_filter.to = to;
    }
    setFilter(m_filter);
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(preset)));
    m_updating = false;
    emitEdited();
}

void FilterBar::fillIdMenu(QToolButton *button, const std::vector<std::pair<qint64, QString>> &items,
                           std::vector<qint64> Filter::*field, const QString &allText)
{
    auto *menu = new QMenu(button);
    auto *all = menu->addAction(allText);
    connect(all, &QAction::triggered, this, [this, field] {
        (m_filter.*field).clear();
        setFilter(m_filter);
        emitEdited();
    });
    menu->addSeparator();
    for (const auto &[id, name] : items) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setData(id);
        connect(action, &QAction::toggled, this, [this, field, id = id](bool on) {
            if (m_updating)
                return;
            auto &ids = m_filter.*field;
            ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
            if (on)
                ids.push_back(id);
            std::sort(ids.begin(), ids.end());
            setFilter(m_filter);
            emitEdited();
        });
    }
    QMenu *old = button->menu();
    button->setMenu(menu);
    delete old;
}

void FilterBar::rebuildMenus()
{
    std::vector<std::pair<qint64, QString>> campaigns, channels, types;
    if (m_catalog) {
        for (const auto &c : m_catalog->campaigns)
            campaigns.emplace_back(c.id, c.name);
        for (const auto &c : m_catalog->channels)
            channels.emplace_back(c.id, c.name);
        for (const auto &c : m_catalog->contentTypes)
            types.emplace_back(c.id, c.name);
    }
    fillIdMenu(m_campaigns, campaigns, &Filter::campaignIds, tr("All campaigns"));
    fillIdMenu(m_channels, channels, &Filter::channelIds, tr("All channels"));
    fillIdMenu(m_contentTypes, types, &Filter::contentTypeIds, tr("All content types"));
}

void FilterBar::setFilter(const Filter &filter)
{
    m_updating = true;
    m_filter = filter;
    auto syncMenu = [](QToolButton *button, const std::vector<qint64> &ids, const QString &all, const QString &some) {
        if (QMenu *menu = button->menu())
            for (QAction *a : menu->actions())
                if (a->isCheckable())
                    a->setChecked(std::find(ids.begin(), ids.end(), a->data().toLongLong()) != ids.end());
        button->setText(ids.empty() ? all : some.arg(ids.size()));
    };
    syncMenu(m_campaigns, filter.campaignIds, tr("All campaigns"), tr("%1 campaign(s)"));
    syncMenu(m_channels, filter.channelIds, tr("All channels"), tr("%1 channel(s)"));
    syncMenu(m_contentTypes, filter.contentTypeIds, tr("All content types"), tr("%1 content type(s)"));
    m_kind->setCurrentIndex(filter.personKind ? m_kind->findData(static_cast<int>(*filter.personKind)) : 0);
    const EpochDay first = m_catalog ? m_catalog->firstDay : kNoDay;
    const EpochDay last = m_catalog ? m_catalog->lastDay : kNoDay;
    m_from->setDate(fromEpochDay(filter.from != kNoDay ? filter.from : (first != kNoDay ? first : 0)));
    m_to->setDate(fromEpochDay(filter.to != kNoDay ? filter.to : (last != kNoDay ? last : 0)));
    if (filter.from == kNoDay && filter.to == kNoDay)
        m_preset->setCurrentIndex(0);
    else if (m_preset->currentIndex() == 0)
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(DatePreset::Custom)));
    m_updating = false;
    updateSummary();
}

QString FilterBar::summary() const
{
    auto names = [](const std::vector<qint64> &ids, auto nameOf) {
        QStringList list;
        for (qint64 id : ids)
            list << nameOf(id);
        return list.join(QStringLiteral(", "));
    };
    QStringList parts;
    const Catalog empty;
    const Catalog &c = m_catalog ? *m_catalog : empty;
    parts << (m_filter.campaignIds.empty() ? tr("all campaigns")
                                           : names(m_filter.campaignIds, [&](qint64 id) { return c.campaignName(id); }));
    if (m_filter.from == kNoDay && m_filter.to == kNoDay)
        parts << tr("all dates (%1 – %2)").arg(epochDayToIso(c.firstDay), epochDayToIso(c.lastDay));
    else
        parts << tr("%1 – %2").arg(m_filter.from == kNoDay ? tr("start") : epochDayToIso(m_filter.from),
                                   m_filter.to == kNoDay ? tr("end") : epochDayToIso(m_filter.to));
    parts << (m_filter.channelIds.empty() ? tr("all channels")
                                          : names(m_filter.channelIds, [&](qint64 id) { return c.channelName(id); }));
    if (m_filter.personKind)
        parts << (*m_filter.personKind == PersonKind::Influencer ? tr("influencers only") : tr("employee advocates only"));
    if (!m_filter.personIds.empty())
        parts << names(m_filter.personIds, [&](qint64 id) { return c.personName(id); });
    if (!m_filter.contentTypeIds.empty())
        parts << names(m_filter.contentTypeIds, [&](qint64 id) { return c.contentTypeName(id); });
    return tr("Showing: %1").arg(parts.join(QStringLiteral(" · ")));
}

void FilterBar::updateSummary()
{
    m_summary->setText(summary());
}

void FilterBar::emitEdited()
{
    updateSummary();
    emit filterEdited(m_filter);
}

} // namespace iroi::ui
