#pragma once

#include "ui/pages/grouptable.h"
#include "ui/pages/page.h"

namespace iroi::ui {

class DataTableView;

// Shared layout of the pages over one grouping (What: content types, Where: channels):
// two charts above the group table.
class GroupPage : public Page
{
    Q_OBJECT
public:
    GroupPage(Dimension dimension, const QString &groupTitle, QWidget *parent = nullptr);
    GroupTableModel *model() const { return m_model; }

protected:
    void rebuild() override;
    virtual const std::vector<GroupRow> &rows(const ViewSnapshot &s) const = 0;
    virtual QChart *leftChart(const ViewSnapshot &s) const = 0;
    virtual QChart *rightChart(const ViewSnapshot &s) const = 0;

    Dimension m_dimension;
    QString m_groupTitle;
    QChartView *m_left;
    QChartView *m_right;
    DataTableView *m_table;
    GroupTableModel *m_model = nullptr;
};

// What: which content types earn, per post and in total.
class WhatPage : public GroupPage
{
    Q_OBJECT
public:
    explicit WhatPage(QWidget *parent = nullptr);
    QString title() const override { return tr("What"); }
    QString pageId() const override { return QStringLiteral("what"); }

protected:
    const std::vector<GroupRow> &rows(const ViewSnapshot &s) const override { return s.what; }
    QChart *leftChart(const ViewSnapshot &s) const override;
    QChart *rightChart(const ViewSnapshot &s) const override;
};

// Where: which channels move people along the journey, and what they return.
class WherePage : public GroupPage
{
    Q_OBJECT
public:
    explicit WherePage(QWidget *parent = nullptr);
    QString title() const override { return tr("Where"); }
    QString pageId() const override { return QStringLiteral("where"); }

protected:
    const std::vector<GroupRow> &rows(const ViewSnapshot &s) const override { return s.where; }
    QChart *leftChart(const ViewSnapshot &s) const override;
    QChart *rightChart(const ViewSnapshot &s) const override;
};

} // namespace iroi::ui
