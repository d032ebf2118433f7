#pragma once

#include "core/analysis/filter.h"
#include "core/common/result.h"
#include "ui/export/reportwriter.h"

#include <QObject>
#include <QString>

namespace iroi::ui {

class WorkspaceSession;

// File > Export report: the board pack (PDF or PPTX) of the open workspace for the current
// filter, through ui/export's ReportWriter. The outline (every view of the analysis) is
// composed on a worker; only the pages are painted on the UI thread, because charts are
// widgets' graphics items.
class ReportExport : public QObject
{
    Q_OBJECT
public:
    explicit ReportExport(WorkspaceSession *session, QObject *parent = nullptr);

    // Asks for a .pdf or .pptx file, then exports (asynchronously) to it.
    void exportWithDialog(QWidget *parent);
    // Exports to path for the session's current filter; finished() follows.
    void exportTo(const QString &path, PageFormat format = PageFormat::Wide);
    bool isBusy() const { return m_busy; }

signals:
    // message is empty on success.
    void finished(const QString &path, int pages, const QString &message);

private:
    WorkspaceSession *m_session;
    bool m_busy = false;
};

} // namespace iroi::ui
