#pragma once

#include "core/common/progress.h"
#include "core/import/importer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace iroi::ui {

// Import of one or more exports, one file at a time: preview of the first rows, the detected
// mapping with its confidence (editable), then the import on a worker thread with progress
// and Cancel, and the rejected rows with row number and reason. Wired to core/import
// (previewFile, importFile); the workspace is opened by the worker on its own connection.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    ImportWizard(const QString &workspacePath, const QStringList &files, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const import::Mapping &mapping() const { return m_mapping; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    void startImport();
    // Busy until the import's result has been shown, not merely until the worker returned:
    // the watcher's finished signal arrives a moment later through the event loop.
    bool isBusy() const { return m_previewWatcher.isRunning() || m_importing; }

signals:
    void imported(const QString &file);
    void finishedAll();

private:
    void loadPreview();
    void showPreview();
    void showReport();
    void readMappingFromTable();

    QString m_workspacePath;
    QStringList m_files;
    int m_current = 0;
    import::Mapping m_mapping;
    QStringList m_header;
    QLabel *m_fileLabel;
    QComboBox *m_kind;
    QTableWidget *m_preview;
    QTableWidget *m_mappingTable;
    QTableWidget *m_rejected;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_next;
    std::shared_ptr<CallbackProgress> m_sink;
    QFutureWatcher<Result<import::ImportPreview>> m_previewWatcher;
    QFutureWatcher<Result<import::ImportReport>> m_importWatcher;
    bool m_importing = false;
};

} // namespace iroi::ui
