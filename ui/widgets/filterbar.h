#pragma once

#include "core/analysis/catalog.h"
#include "core/analysis/filter.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace iroi::ui {

// The one filter every page honours: campaigns, date range (with presets relative to the
// last day of data), channels, person kind, content types, plus a one-line summary of what
// is shown. Emits filterEdited when the user changes something; setFilter() does not emit.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    QString summary() const;

    enum class DatePreset { AllTime, Last30Days, LastQuarter, ThisQuarter, ThisYear, LastYear, Custom };
    // The range of a preset relative to today (the last day of data); {kNoDay, kNoDay} = open.
    static std::pair<EpochDay, EpochDay> presetRange(DatePreset preset, EpochDay today);
    void applyPreset(DatePreset preset);

signals:
    void filterEdited(const iroi::Filter &filter);

private:
    void rebuildMenus();
    void updateSummary();
    void emitEdited();
    void fillIdMenu(QToolButton *button, const std::vector<std::pair<qint64, QString>> &items,
                    std::vector<qint64> Filter::*field, const QString &allText);

    const Catalog *m_catalog = nullptr;
    Filter m_filter;
    QToolButton *m_campaigns;
    QToolButton *m_channels;
    QToolButton *m_contentTypes;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_reset;
    QLabel *m_summary;
    bool m_updating = false;
};

} // namespace iroi::ui
