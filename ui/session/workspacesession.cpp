#include "ui/session/workspacesession.h"

#include <QJsonDocument>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace iroi::ui {

namespace {

const QString kFilterKey = QStringLiteral("ui.filter");

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent)
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &WorkspaceSession::onLoaded);
    connect(&m_viewWatcher, &QFutureWatcherBase::finished, this, &WorkspaceSession::onComputed);
    // Several quick edits cost one re-read of the workspace, not one each.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, &WorkspaceSession::reloadAnalysis);
}

bool WorkspaceSession::writeCell(const CellAddress &address, const QVariant &value)
{
    const QStringList keys = editableKeyColumns(address.table, address.column);
    auto refuse = [this](const QString &message) {
        emit editFailed(message);
        return false;
    };
    if (keys.isEmpty() || keys.size() != address.key.size())
        return refuse(tr("%1.%2 cannot be edited").arg(address.table, address.column));
    if (!m_workspace)
        return refuse(tr("No workspace is open"));
    if (Status s = m_workspace->ensureWritable(); !s)
        return refuse(s.error().toString());
    // Table and column names come from the fixed list above, never from the user; values are bound.
    QString sql = QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE ").arg(address.table, address.column);
    for (int i = 0; i < keys.size(); ++i)
        sql += (i ? QStringLiteral(" AND ") : QString()) + keys[i] + QStringLiteral(" = ?%1").arg(i + 2);
    sql::Connection &db = m_workspace->connection();
    sql::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return refuse(s.error().toString());
    auto stmt = db.prepare(sql);
    if (!stmt)
        return refuse(stmt.error().toString());
    auto bindValue = [&](int index, const QVariant &v) {
        if (!v.isValid() || v.isNull())
            stmt->bindNull(index);
        else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
            stmt->bind(index, v.toDouble());
        else if (v.typeId() == QMetaType::QString)
            stmt->bind(index, v.toString());
        else
            stmt->bind(index, v.toLongLong());
    };
    bindValue(1, value);
    for (int i = 0; i < keys.size(); ++i)
        bindValue(i + 2, address.key[i]);
    if (Status s = stmt->exec(); !s)
        return refuse(s.error().toString());
    if (Status s = tx.commit(); !s)
        return refuse(s.error().toString());
    emit cellWritten(address, value);
    m_reloadTimer.start();
    return true;
}

WorkspaceSession::~WorkspaceSession()
{
    // Workers hold their own copies of what they need; waiting here keeps them from
    // outliving the progress sink they report to.
    if (m_loadProgress)
        m_loadProgress->cancel();
    m_loadWatcher.waitForFinished();
    m_viewWatcher.waitForFinished();
}

const Catalog &WorkspaceSession::catalog() const
{
    static const Catalog empty;
    return m_engine ? m_engine->catalog() : empty;
}

void WorkspaceSession::open(const QString &path)
{
    cancelLoading();
    m_loadWatcher.waitForFinished();
    m_path = path;
    m_reloadOnly = false;
    m_undo.clear();
    QPointer<WorkspaceSession> self(this);
    m_loadProgress = std::make_shared<CallbackProgress>([self](qint64 done, qint64 total) {
        // Called on the worker: hop to the UI thread through the event loop.
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, done, total] {
                if (self)
                    emit self->progress(done, total);
            }, Qt::QueuedConnection);
    });
    emit loadingStarted(path);
    std::shared_ptr<CallbackProgress> sink = m_loadProgress;
    m_loadWatcher.setFuture(QtConcurrent::run([path, sink]() -> Loaded {
        Loaded loaded;
        auto ws = Workspace::open(path, Workspace::Access::OpenExisting);
        if (!ws) {
            loaded.error = ws.error().toString();
            return loaded;
        }
        auto engine = AnalysisEngine::load(*ws, *sink);
        if (!engine) {
            loaded.cancelled = engine.error().kind == Error::Kind::Cancelled;
            loaded.error = engine.error().toString();
            return loaded;
        }
        loaded.engine = std::shared_ptr<const AnalysisEngine>(std::move(engine).value());
        return loaded;
    }));
}

void WorkspaceSession::cancelLoading()
{
    if (m_loadProgress)
        m_loadProgress->cancel();
}

void WorkspaceSession::reloadAnalysis()
{
    if (m_path.isEmpty() || m_loadWatcher.isRunning())
        return;
    m_reloadOnly = true;
    auto sink = std::make_shared<CallbackProgress>();
    m_loadProgress = sink;
    const QString path = m_path;
    m_loadWatcher.setFuture(QtConcurrent::run([path, sink]() -> Loaded {
        Loaded loaded;
        auto ws = Workspace::open(path, Workspace::Access::OpenExisting);
        if (!ws) {
            loaded.error = ws.error().toString();
            return loaded;
        }
        auto engine = AnalysisEngine::load(*ws, *sink);
        if (!engine) {
            loaded.error = engine.error().toString();
            return loaded;
        }
        loaded.engine = std::shared_ptr<const AnalysisEngine>(std::move(engine).value());
        return loaded;
    }));
}

void WorkspaceSession::onLoaded()
{
    Loaded loaded = m_loadWatcher.result();
    if (!loaded.engine) {
        if (!m_reloadOnly)
            emit failed(loaded.cancelled ? tr("Opening was cancelled.") : loaded.error);
        return;
    }
    m_engine = std::move(loaded.engine);
    if (!m_reloadOnly) {
        // The UI-thread connection serves small edits and settings; opening it is a header
        // check and a few pragmas, no table scan.
        auto ws = Workspace::open(m_path, Workspace::Access::OpenExisting);
        if (ws)
            m_workspace.emplace(std::move(ws).value());
        else
            m_workspace.reset();
        Filter remembered;
        if (m_workspace) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_workspace->setting(kFilterKey).toUtf8());
            if (doc.isObject())
                remembered = Filter::fromJson(doc.object()).value_or(Filter{});
        }
        m_filter = remembered;
        emit opened(m_path);
        emit filterChanged(m_filter);
    }
    startCompute();
}

void WorkspaceSession::setFilter(const Filter &filter)
{
    if (filter == m_filter && m_snapshot)
        return;
    m_filter = filter;
    if (m_workspace && !m_workspace->isReadOnly())
        (void)m_workspace->setSetting(kFilterKey, QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    emit filterChanged(m_filter);
    startCompute();
}

void WorkspaceSession::startCompute()
{
    if (!m_engine)
        return;
    if (m_viewWatcher.isRunning()) {
        // Only the latest filter matters: compute it once the running pass ends.
        m_computePending = true;
        return;
    }
    m_computePending = false;
    std::shared_ptr<const AnalysisEngine> engine = m_engine;
    const Filter filter = m_filter;
    const quint64 generation = ++m_generation;
    m_viewWatcher.setFuture(QtConcurrent::run([engine, filter, generation]() {
        auto snapshot = std::make_shared<ViewSnapshot>(computeViews(*engine, filter));
        snapshot->generation = generation;
        return std::shared_ptr<const ViewSnapshot>(std::move(snapshot));
    }));
}

void WorkspaceSession::onComputed()
{
    std::shared_ptr<const ViewSnapshot> snapshot = m_viewWatcher.result();
    if (m_computePending) {
        startCompute();
        return;
    }
    m_snapshot = std::move(snapshot);
    emit viewsReady(m_snapshot);
}

ViewSnapshot WorkspaceSession::computeViews(const AnalysisEngine &engine, const Filter &filter)
{
    ViewSnapshot s;
    s.filter = filter;
    s.overview = engine.overview(filter);
    s.who = engine.who(filter);
    s.what = engine.what(filter);
    s.where = engine.where(filter);
    s.campaigns = engine.byDimension(filter, Dimension::Campaign);
    s.when = engine.when(filter, Granularity::Week, 4);
    s.why = engine.why(filter);
    s.how = engine.how(filter);
    s.funnel = engine.funnel(filter, Dimension::Channel);
    s.retention = engine.retention(filter);
    for (const GroupRow &channel : s.where) {
        if (channel.id == 0)
            continue;
        Filter narrowed = filter;
        narrowed.channelIds = {channel.id};
        const HowResult how = engine.how(narrowed);
        s.costByChannel.push_back({channel.id, channel.key, how.categories, channel.totals.revenue, channel.kpis.roi});
    }
    return s;
}

} // namespace iroi::ui
