#pragma once

#include "core/analysis/analysisengine.h"
#include "core/analysis/filter.h"
#include "core/store/workspace.h"
#include "ui/session/viewsnapshot.h"
#include "ui/undo/celledit.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace iroi::ui {

// The open workspace of a window: the file, a UI-thread Workspace for small edits, the
// analysis engine (loaded on a worker thread) and the current filter. Views for a filter
// are computed on a worker too; a newer request supersedes an older one, so the UI thread
// never waits for SQLite or the engine.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Starts loading path; loadingStarted/progress/opened or failed follow.
    void open(const QString &path);
    void cancelLoading();
    bool isOpen() const { return m_engine != nullptr; }
    bool isLoading() const { return m_loadWatcher.isRunning(); }
    QString path() const { return m_path; }

    Workspace *workspace() { return m_workspace ? &*m_workspace : nullptr; }
    const AnalysisEngine *engine() const { return m_engine.get(); }
    // For workers that outlive a reload (report export): keeps this engine alive.
    std::shared_ptr<const AnalysisEngine> sharedEngine() const { return m_engine; }
    const Catalog &catalog() const;
    std::shared_ptr<const ViewSnapshot> snapshot() const { return m_snapshot; }

    const Filter &filter() const { return m_filter; }
    // Computes the views for filter (asynchronously) and remembers it in the workspace.
    void setFilter(const Filter &filter);
    // Re-reads the workspace into a new engine after edits (in the background).
    void reloadAnalysis();
    bool isComputing() const { return m_viewWatcher.isRunning(); }

    // The undo stack of this workspace's edits.
    QUndoStack *undoStack() { return &m_undo; }
    // Writes one cell in one transaction; false (and failed() emitted) when refused.
    bool writeCell(const CellAddress &address, const QVariant &value);

    // Computes every view for a filter; pure, callable from any thread (and from tests).
    static ViewSnapshot computeViews(const AnalysisEngine &engine, const Filter &filter);

signals:
    void loadingStarted(const QString &path);
    void progress(qint64 done, qint64 total);
    void opened(const QString &path);
    void failed(const QString &message);
    void filterChanged(const iroi::Filter &filter);
    void viewsReady(std::shared_ptr<const iroi::ui::ViewSnapshot> snapshot);
    void cellWritten(const iroi::ui::CellAddress &address, const QVariant &value);
    void editFailed(const QString &message);

private:
    struct Loaded
    {
        std::shared_ptr<const AnalysisEngine> engine;
        QString error;
        bool cancelled = false;
    };
    void startCompute();
    void onLoaded();
    void onComputed();

    QString m_path;
    std::optional<Workspace> m_workspace;
    std::shared_ptr<const AnalysisEngine> m_engine;
    std::shared_ptr<const ViewSnapshot> m_snapshot;
    Filter m_filter;
    quint64 m_generation = 0;
    bool m_computePending = false;
    bool m_reloadOnly = false;
    std::shared_ptr<CallbackProgress> m_loadProgress;
    QUndoStack m_undo;
    QTimer m_reloadTimer;
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<std::shared_ptr<const ViewSnapshot>> m_viewWatcher;
};

} // namespace iroi::ui
