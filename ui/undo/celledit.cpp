#include "ui/undo/celledit.h"

#include "ui/session/workspacesession.h"

namespace iroi::ui {

QStringList editableKeyColumns(const QString &table, const QString &column)
{
    struct Editable
    {
        const char *table;
        QStringList keys;
        QStringList columns;
    };
    static const Editable kEditable[] = {
        {"cost", {QStringLiteral("id")}, {QStringLiteral("amount_cents"), QStringLiteral("category"), QStringLiteral("note"), QStringLiteral("day")}},
        {"goal", {QStringLiteral("id")}, {QStringLiteral("target"), QStringLiteral("deadline_day"), QStringLiteral("description"), QStringLiteral("baseline")}},
        {"person", {QStringLiteral("id")}, {QStringLiteral("display_name"), QStringLiteral("followers"), QStringLiteral("department"), QStringLiteral("location"), QStringLiteral("hourly_rate_cents")}},
        {"audience_share", {QStringLiteral("person_id"), QStringLiteral("dimension"), QStringLiteral("value")}, {QStringLiteral("share")}},
        {"emv_rate", {QStringLiteral("card_id"), QStringLiteral("channel_id"), QStringLiteral("metric")}, {QStringLiteral("rate")}},
    };
    for (const Editable &e : kEditable)
        if (table == QLatin1String(e.table) && e.columns.contains(column))
            return e.keys;
    return {};
}

CellEditCommand::CellEditCommand(WorkspaceSession *session, CellAddress address, QVariant oldValue, QVariant newValue,
                                 const QString &text)
    : QUndoCommand(text), m_session(session), m_address(std::move(address)), m_old(std::move(oldValue)), m_new(std::move(newValue))
{
}

void CellEditCommand::redo()
{
    m_failed = !m_session || !m_session->writeCell(m_address, m_new);
}

void CellEditCommand::undo()
{
    m_failed = !m_session || !m_session->writeCell(m_address, m_old);
}

} // namespace iroi::ui
