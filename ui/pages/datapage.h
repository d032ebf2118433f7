#pragma once

#include "ui/models/vectortablemodel.h"
#include "ui/pages/page.h"
#include "ui/undo/celledit.h"

#include <QFutureWatcher>

#include <vector>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace iroi::ui {

class DataTableView;
class WorkspaceSession;

// One row of a workspace table as the Data page shows it: key values and column values as
// stored (cents, epoch days), converted for display by the column's kind.
struct DbRow
{
    QVariantList key;
    QVariantList values;
};
using DbTableModel = VectorTableModel<DbRow>;

// Data: the workspace's own tables. Costs, goals, people, audience profiles and the EMV rate
// card are edited in place; each edit is an undo command written at once in a transaction.
class DataPage : public Page
{
    Q_OBJECT
public:
    explicit DataPage(WorkspaceSession *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Data"); }
    QString pageId() const override { return QStringLiteral("data"); }

    enum class Kind { Text, Integer, Money, Day, Real, Share };
    struct ColumnSpec
    {
        QString name; // SQL column
        QString title;
        Kind kind = Kind::Text;
        bool editable = false;
    };
    struct TableSpec
    {
        QString table;
        QString title;
        QString select; // key columns first, then the columns in order
        int keyCount = 1;
        std::vector<ColumnSpec> columns;
    };

    // Reloads every table from the workspace on a worker thread.
    void reload();
    DbTableModel *model(const QString &table) const;
    bool isLoading() const { return m_watcher.isRunning(); }

signals:
    void loaded();

protected:
    void rebuild() override {}

private:
    void onLoaded();
    void onCellWritten(const CellAddress &address, const QVariant &value);
    bool edit(int tableIndex, int row, int column, const QVariant &value);

    WorkspaceSession *m_session;
    QTabWidget *m_tabs;
    std::vector<TableSpec> m_specs;
    std::vector<DbTableModel *> m_models;
    std::vector<DataTableView *> m_views;
    QFutureWatcher<std::vector<std::vector<DbRow>>> m_watcher;
};

} // namespace iroi::ui
