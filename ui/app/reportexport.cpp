#include "ui/app/reportexport.h"

#include "core/report/outline.h"
#include "core/store/workspace.h"
#include "ui/export/reportwriter.h"
#include "ui/session/workspacesession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace iroi::ui {

ReportExport::ReportExport(WorkspaceSession *session, QObject *parent) : QObject(parent), m_session(session) {}

void ReportExport::exportWithDialog(QWidget *parent)
{
    if (!m_session->isOpen() || m_busy)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(m_session->path()).completeBaseName() + QStringLiteral("-report");
    QString selected;
    const QString slidesPdf = tr("PDF, 16:9 slides (*.pdf)");
    const QString a4Pdf = tr("PDF, A4 pages (*.pdf)");
    const QString slidesPptx = tr("PowerPoint, 16:9 slides (*.pptx)");
    const QString a4Pptx = tr("PowerPoint, A4 slides (*.pptx)");
    QString path = QFileDialog::getSaveFileName(parent, tr("Export report"), folder + QLatin1Char('/') + base + QStringLiteral(".pdf"),
                                                QStringList{slidesPdf, a4Pdf, slidesPptx, a4Pptx}.join(QStringLiteral(";;")),
                                                &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QStringLiteral("*.pptx")) ? QStringLiteral(".pptx") : QStringLiteral(".pdf");
    exportTo(path, selected == a4Pdf || selected == a4Pptx ? PageFormat::A4 : PageFormat::Wide);
}

void ReportExport::exportTo(const QString &path, PageFormat format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto engine = m_session->sharedEngine();
    if (!engine || (suffix != QLatin1String("pdf") && suffix != QLatin1String("pptx"))) {
        emit finished(path, 0, engine ? tr("A report is written as .pdf or .pptx.") : tr("No workspace is open."));
        return;
    }
    m_busy = true;
    const QString workspacePath = m_session->path();
    const Filter filter = m_session->filter();
    auto *watcher = new QFutureWatcher<Result<report::ReportOutline>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, format] {
        watcher->deleteLater();
        m_busy = false;
        const Result<report::ReportOutline> outline = watcher->result();
        if (!outline) {
            emit finished(path, 0, outline.error().toString());
            return;
        }
        const ReportWriter writer(*outline, format);
        const Status status = writer.write(path);
        emit finished(path, writer.pageCount(), status ? QString() : status.error().toString());
    });
    watcher->setFuture(QtConcurrent::run([workspacePath, engine, filter]() -> Result<report::ReportOutline> {
        auto ws = Workspace::open(workspacePath, Workspace::Access::OpenExisting);
        if (!ws)
            return ws.error();
        return report::buildOutline(*ws, *engine, filter);
    }));
}

} // namespace iroi::ui
