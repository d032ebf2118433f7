#pragma once

#include <QString>
#include <QUndoCommand>
#include <QVariant>
#include <QVariantList>

#include <QPointer>

namespace iroi::ui {

class WorkspaceSession;

// Where an edited value lives: a table and column of the workspace and the row's key values
// (ids and natural keys, never pointers), checked against a fixed list of editable columns.
struct CellAddress
{
    QString table;     // "cost", "goal", "person", "audience_share", "emv_rate"
    QString column;    // e.g. "amount_cents"
    QVariantList key;  // values of the table's key columns, in editableKeyColumns() order
    bool operator==(const CellAddress &) const = default;
};

// The key columns of an editable table, or empty when table/column may not be edited.
QStringList editableKeyColumns(const QString &table, const QString &column);

// One edit of one cell: redo writes the new value, undo the old one, each in its own
// transaction, through the session (which tells the views to refresh).
class CellEditCommand : public QUndoCommand
{
public:
    CellEditCommand(WorkspaceSession *session, CellAddress address, QVariant oldValue, QVariant newValue,
                    const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    QPointer<WorkspaceSession> m_session;
    CellAddress m_address;
    QVariant m_old;
    QVariant m_new;
    bool m_failed = false;
};

} // namespace iroi::ui
