#include "ui/pages/datapage.h"

#include "core/store/workspace.h"
#include "ui/models/tableview.h"
#include "ui/session/workspacesession.h"

#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace iroi::ui {

namespace {

QVariant columnValue(const sql::Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return {};
    switch (sqlite3_column_type(stmt.handle(), column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(stmt.int64(column));
    case SQLITE_FLOAT:
        return stmt.real(column);
    default:
        return stmt.text(column);
    }
}

QVariant displayOf(DataPage::Kind kind, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QString();
    switch (kind) {
    case DataPage::Kind::Money:
        return QLocale().toString(centsToDouble(v.toLongLong()), 'f', 2);
    case DataPage::Kind::Day:
        return epochDayToIso(static_cast<EpochDay>(v.toLongLong()));
    case DataPage::Kind::Integer:
        return QLocale().toString(v.toLongLong());
    case DataPage::Kind::Real:
        return QLocale().toString(v.toDouble(), 'g', 8);
    case DataPage::Kind::Share:
        return QLocale().toString(v.toDouble() * 100.0, 'f', 1) + QStringLiteral(" %");
    case DataPage::Kind::Text:
        return v.toString();
    }
    return v;
}

// What the user typed into the stored value (cents, epoch day); invalid QVariant = refuse.
QVariant storedFromInput(DataPage::Kind kind, const QVariant &input)
{
    const QString text = input.toString().trimmed();
    bool ok = false;
    auto number = [&](const QString &t) {
        double d = QLocale().toDouble(t, &ok);
        if (!ok)
            d = t.toDouble(&ok);
        return d;
    };
    switch (kind) {
    case DataPage::Kind::Text:
        return text.isEmpty() ? QVariant() : QVariant(text);
    case DataPage::Kind::Money: {
        const double d = input.typeId() == QMetaType::Double ? input.toDouble(&ok) : number(text);
        return ok ? QVariant::fromValue(centsFromDouble(d)) : QVariant(QMetaType(QMetaType::Bool));
    }
    case DataPage::Kind::Day: {
        const EpochDay day = epochDayFromIso(text);
        return day == kNoDay ? QVariant(QMetaType(QMetaType::Bool)) : QVariant::fromValue<qint64>(day);
    }
    case DataPage::Kind::Integer: {
        const double d = number(text);
        return ok ? QVariant::fromValue(static_cast<qint64>(std::llround(d))) : QVariant(QMetaType(QMetaType::Bool));
    }
    case DataPage::Kind::Real: {
        const double d = input.typeId() == QMetaType::Double ? input.toDouble(&ok) : number(text);
        return ok && d >= 0 ? QVariant(d) : QVariant(QMetaType(QMetaType::Bool));
    }
    case DataPage::Kind::Share: {
        QString t = text;
        t.remove(QLatin1Char('%'));
        const double d = number(t.trimmed()) / 100.0;
        return ok && d >= 0 && d <= 1 ? QVariant(d) : QVariant(QMetaType(QMetaType::Bool));
    }
    }
    return {};
}

} // namespace

DataPage::DataPage(WorkspaceSession *session, QWidget *parent)
    : Page(parent), m_session(session), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    using K = Kind;
    m_specs = {
        {QStringLiteral("cost"), tr("Costs"),
         QStringLiteral("SELECT c.id, c.day, c.category, c.amount_cents, c.currency, ca.name, p.handle, c.note "
                        "FROM cost c LEFT JOIN campaign ca ON ca.id = c.campaign_id LEFT JOIN person p ON p.id = c.person_id "
                        "ORDER BY c.day DESC, c.id"),
         1,
         {{QStringLiteral("day"), tr("Day"), K::Day, true},
          {QStringLiteral("category"), tr("Category"), K::Text, false},
          {QStringLiteral("amount_cents"), tr("Amount"), K::Money, true},
          {QStringLiteral("currency"), tr("Currency"), K::Text, false},
          {QStringLiteral("campaign"), tr("Campaign"), K::Text, false},
          {QStringLiteral("person"), tr("Person"), K::Text, false},
          {QStringLiteral("note"), tr("Note"), K::Text, true}}},
        {QStringLiteral("goal"), tr("Goals"),
         QStringLiteral("SELECT g.id, ca.name, g.metric, g.target, g.baseline, g.start_day, g.deadline_day, g.description "
                        "FROM goal g JOIN campaign ca ON ca.id = g.campaign_id ORDER BY g.deadline_day"),
         1,
         {{QStringLiteral("campaign"), tr("Campaign"), K::Text, false},
          {QStringLiteral("metric"), tr("Metric"), K::Text, false},
          {QStringLiteral("target"), tr("Target"), K::Real, true},
          {QStringLiteral("baseline"), tr("Baseline"), K::Real, true},
          {QStringLiteral("start_day"), tr("Start"), K::Day, false},
          {QStringLiteral("deadline_day"), tr("Deadline"), K::Day, true},
          {QStringLiteral("description"), tr("Description"), K::Text, true}}},
        {QStringLiteral("person"), tr("People"),
         QStringLiteral("SELECT p.id, p.handle, p.display_name, p.kind, ch.name, p.followers, p.department, p.location, "
                        "p.hourly_rate_cents FROM person p LEFT JOIN channel ch ON ch.id = p.channel_id ORDER BY p.handle"),
         1,
         {{QStringLiteral("handle"), tr("Handle"), K::Text, false},
          {QStringLiteral("display_name"), tr("Display name"), K::Text, true},
          {QStringLiteral("kind"), tr("Kind"), K::Text, false},
          {QStringLiteral("channel"), tr("Channel"), K::Text, false},
          {QStringLiteral("followers"), tr("Followers"), K::Integer, true},
          {QStringLiteral("department"), tr("Department"), K::Text, true},
          {QStringLiteral("location"), tr("Location"), K::Text, true},
          {QStringLiteral("hourly_rate_cents"), tr("Hourly rate"), K::Money, true}}},
        {QStringLiteral("audience_share"), tr("Audience profiles"),
         QStringLiteral("SELECT a.person_id, a.dimension, a.value, p.handle, a.dimension, a.value, a.share "
                        "FROM audience_share a JOIN person p ON p.id = a.person_id ORDER BY p.handle, a.dimension, a.share DESC"),
         3,
         {{QStringLiteral("person"), tr("Person"), K::Text, false},
          {QStringLiteral("dimension"), tr("Dimension"), K::Text, false},
          {QStringLiteral("value"), tr("Value"), K::Text, false},
          {QStringLiteral("share"), tr("Share of audience"), K::Share, true}}},
        {QStringLiteral("emv_rate"), tr("EMV rate card"),
         QStringLiteral("SELECT r.card_id, r.channel_id, r.metric, c.version, c.name, "
                        "COALESCE(ch.name, 'every channel'), r.metric, r.rate FROM emv_rate r JOIN emv_rate_card c ON c.id = r.card_id "
                        "LEFT JOIN channel ch ON ch.id = r.channel_id ORDER BY c.version DESC, r.channel_id, r.metric"),
         3,
         {{QStringLiteral("version"), tr("Card version"), K::Integer, false},
          {QStringLiteral("name"), tr("Card"), K::Text, false},
          {QStringLiteral("channel"), tr("Channel"), K::Text, false},
          {QStringLiteral("metric"), tr("Metric"), K::Text, false},
          {QStringLiteral("rate"), tr("Rate per count"), K::Real, true}}},
        {QStringLiteral("import_log"), tr("Imports log"),
         QStringLiteral("SELECT id, imported_at, file_name, kind, preset, rows_imported, rows_updated, rows_skipped, "
                        "rows_rejected FROM import_log ORDER BY imported_at DESC"),
         1,
         {{QStringLiteral("imported_at"), tr("Imported at"), K::Text, false},
          {QStringLiteral("file_name"), tr("File"), K::Text, false},
          {QStringLiteral("kind"), tr("Kind"), K::Text, false},
          {QStringLiteral("preset"), tr("Preset"), K::Text, false},
          {QStringLiteral("rows_imported"), tr("Imported"), K::Integer, false},
          {QStringLiteral("rows_updated"), tr("Updated"), K::Integer, false},
          {QStringLiteral("rows_skipped"), tr("Skipped"), K::Integer, false},
          {QStringLiteral("rows_rejected"), tr("Rejected"), K::Integer, false}}},
    };
    for (size_t t = 0; t < m_specs.size(); ++t) {
        const TableSpec &spec = m_specs[t];
        std::vector<DbTableModel::Column> columns;
        for (size_t c = 0; c < spec.columns.size(); ++c) {
            const ColumnSpec col = spec.columns[c];
            DbTableModel::Column mc;
            mc.title = col.title;
            mc.editable = col.editable;
            mc.display = [c, col](const DbRow &r) { return displayOf(col.kind, r.values.value(static_cast<qsizetype>(c))); };
            mc.sortValue = [c](const DbRow &r) { return r.values.value(static_cast<qsizetype>(c)); };
            mc.editValue = [c, col](const DbRow &r) {
                const QVariant v = r.values.value(static_cast<qsizetype>(c));
                return col.kind == Kind::Money ? QVariant(centsToDouble(v.toLongLong())) : displayOf(col.kind, v);
            };
            if (col.kind != Kind::Text && col.kind != Kind::Day)
                mc.alignment = Qt::AlignRight | Qt::AlignVCenter;
            columns.push_back(mc);
        }
        auto *model = new DbTableModel(std::move(columns), this);
        model->setIdFunction([](const DbRow &r) { return r.key.value(0).toLongLong(); });
        const bool editable = std::any_of(spec.columns.begin(), spec.columns.end(), [](const ColumnSpec &c) { return c.editable; });
        if (editable)
            model->setEditHandler([this, t](int row, int column, const QVariant &value) {
                return edit(static_cast<int>(t), row, column, value);
            });
        auto *view = new DataTableView(this);
        view->setTitle(editable ? tr("%1 (double-click a cell to edit; Ctrl+Z undoes)").arg(spec.title) : spec.title);
        view->setModel(model);
        m_tabs->addTab(view, spec.title);
        m_models.push_back(model);
        m_views.push_back(view);
    }
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DataPage::onLoaded);
    connect(m_session, &WorkspaceSession::cellWritten, this, &DataPage::onCellWritten);
    connect(m_session, &WorkspaceSession::opened, this, &DataPage::reload);
    if (m_session->isOpen())
        reload();
}

DbTableModel *DataPage::model(const QString &table) const
{
    for (size_t t = 0; t < m_specs.size(); ++t)
        if (m_specs[t].table == table)
            return m_models[t];
    return nullptr;
}

void DataPage::reload()
{
    const QString path = m_session->path();
    if (path.isEmpty() || m_watcher.isRunning())
        return;
    const std::vector<TableSpec> specs = m_specs;
    m_watcher.setFuture(QtConcurrent::run([path, specs] {
        std::vector<std::vector<DbRow>> tables(specs.size());
        auto ws = Workspace::open(path, Workspace::Access::OpenExisting);
        if (!ws)
            return tables;
        for (size_t t = 0; t < specs.size(); ++t) {
            auto stmt = ws->connection().prepare(specs[t].select);
            if (!stmt)
                continue;
            const int keys = specs[t].keyCount;
            const int columns = static_cast<int>(specs[t].columns.size());
            while (stmt->step()) {
                DbRow row;
                for (int k = 0; k < keys; ++k)
                    row.key << columnValue(*stmt, k);
                for (int c = 0; c < columns; ++c)
                    row.values << columnValue(*stmt, keys + c);
                tables[t].push_back(std::move(row));
            }
        }
        return tables;
    }));
}

void DataPage::onLoaded()
{
    auto tables = m_watcher.result();
    for (size_t t = 0; t < tables.size() && t < m_models.size(); ++t) {
        m_models[t]->setRows(std::move(tables[t]));
        m_views[t]->view()->resizeColumnsToContents();
    }
    emit loaded();
}

bool DataPage::edit(int tableIndex, int row, int column, const QVariant &value)
{
    const TableSpec &spec = m_specs[static_cast<size_t>(tableIndex)];
    const ColumnSpec &col = spec.columns[static_cast<size_t>(column)];
    const QVariant stored = storedFromInput(col.kind, value);
    if (stored.typeId() == QMetaType::Bool)
        return false; // not a valid value for the column: the editor keeps the old one
    const DbRow &r = m_models[static_cast<size_t>(tableIndex)]->rowAt(row);
    const QVariant old = r.values.value(column);
    if (old == stored)
        return false;
    CellAddress address{spec.table, col.name, r.key};
    auto *command = new CellEditCommand(m_session, address, old, stored,
                                        tr("Edit %1 %2").arg(spec.title.toLower(), col.title.toLower()));
    m_session->undoStack()->push(command);
    return !command->failed();
}

void DataPage::onCellWritten(const CellAddress &address, const QVariant &value)
{
    for (size_t t = 0; t < m_specs.size(); ++t) {
        if (m_specs[t].table != address.table)
            continue;
        int column = -1;
        for (size_t c = 0; c < m_specs[t].columns.size(); ++c)
            if (m_specs[t].columns[c].name == address.column)
                column = static_cast<int>(c);
        if (column < 0)
            return;
        DbTableModel *model = m_models[t];
        const int row = model->findRow([&](const DbRow &r) { return r.key == address.key; });
        if (row < 0)
            return;
        DbRow updated = model->rowAt(row);
        updated.values[column] = value;
        model->updateRow(row, updated);
    }
}

} // namespace iroi::ui
