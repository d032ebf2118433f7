#include "ui/wizard/importwizard.h"

#include "core/store/workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iroi::ui {

using namespace import;

ImportWizard::ImportWizard(const QString &workspacePath, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_files(files)
    , m_fileLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_preview(new QTableWidget(this))
    , m_mappingTable(new QTableWidget(this))
    , m_rejected(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_next(new QPushButton(tr("Next file"), this))
{
    setWindowTitle(tr("Import"));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel, 1);
    top->addWidget(new QLabel(tr("Records:"), this));
    for (const QString &name : kindNames())
        m_kind->addItem(name, name);
    top->addWidget(m_kind);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("First rows of the file"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Detected mapping (choose another column where the guess is wrong)"), this));
    layout->addWidget(m_mappingTable, 3);
    layout->addWidget(new QLabel(tr("Rejected rows"), this));
    layout->addWidget(m_rejected, 2);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress->setVisible(false);
    m_next->setVisible(false);
    m_rejected->setColumnCount(4);
    m_rejected->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Source column"), tr("Confidence")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_import, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_sink && m_importWatcher.isRunning())
            m_sink->cancel();
        else
            reject();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        ++m_current;
        m_next->setVisible(false);
        loadPreview();
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (auto kind = kindFromName(m_kind->currentData().toString())) {
            std::vector<QStringList> sample;
            for (int r = 0; r < m_preview->rowCount(); ++r) {
                QStringList row;
                for (int c = 0; c < m_preview->columnCount(); ++c)
                    row << (m_preview->item(r, c) ? m_preview->item(r, c)->text() : QString());
                sample.push_back(row);
            }
            m_mapping = detectMapping(m_header, sample, *kind);
            showPreview();
        }
    });
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_previewWatcher.result();
        if (!result) {
            m_summary->setText(tr("Cannot read this file: %1").arg(result.error().toString()));
            m_import->setEnabled(false);
            m_next->setVisible(m_current + 1 < m_files.size());
            return;
        }
        m_header = result->header;
        m_mapping = result->mapping;
        m_preview->clear();
        m_preview->setColumnCount(static_cast<int>(m_header.size()));
        m_preview->setHorizontalHeaderLabels(m_header);
        m_preview->setRowCount(static_cast<int>(std::min<size_t>(result->sample.size(), 20)));
        for (int r = 0; r < m_preview->rowCount(); ++r)
            for (int c = 0; c < m_preview->columnCount(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(result->sample[static_cast<size_t>(r)].value(c)));
        m_summary->setText(result->notes.join(QLatin1Char('\n')));
        showPreview();
    });
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &ImportWizard::showReport);
    loadPreview();
}

ImportWizard::~ImportWizard()
{
    if (m_sink)
        m_sink->cancel();
    m_previewWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void ImportWizard::loadPreview()
{
    if (m_current >= m_files.size())
        return;
    const QString file = m_files[m_current];
    m_fileLabel->setText(tr("<b>%1</b> (file %2 of %3)").arg(QFileInfo(file).fileName()).arg(m_current + 1).arg(m_files.size()));
    m_import->setEnabled(false);
    m_rejected->setRowCount(0);
    const QString path = m_workspacePath;
    m_previewWatcher.setFuture(QtConcurrent::run([path, file]() -> Result<ImportPreview> {
        auto ws = Workspace::open(path, Workspace::Access::OpenExisting);
        if (!ws)
            return ws.error();
        return previewFile(*ws, file, ImportOptions{});
    }));
}

void ImportWizard::showPreview()
{
    m_kind->setCurrentIndex(m_kind->findData(kindName(m_mapping.kind)));
    m_mappingTable->setRowCount(0);
    for (int f = 0; f < kFieldCount; ++f) {
        const auto field = static_cast<Field>(f);
        const int column = m_mapping.column(field);
        if (column < 0 && m_mapping.confidence[static_cast<size_t>(f)] <= 0)
            continue;
        const int row = m_mappingTable->rowCount();
        m_mappingTable->insertRow(row);
        auto *name = new QTableWidgetItem(fieldName(field));
        name->setData(Qt::UserRole + 1, f);
        m_mappingTable->setItem(row, 0, name);
        auto *combo = new QComboBox(m_mappingTable);
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            combo->addItem(m_header[c], c);
        combo->setCurrentIndex(combo->findData(column));
        m_mappingTable->setCellWidget(row, 1, combo);
        const double confidence = m_mapping.confidence[static_cast<size_t>(f)];
        m_mappingTable->setItem(row, 2, new QTableWidgetItem(QStringLiteral("%1 %").arg(qRound(confidence * 100))));
    }
    m_mappingTable->resizeColumnsToContents();
    const QString missing = missingRequired(m_mapping);
    m_import->setEnabled(missing.isEmpty());
    if (!missing.isEmpty())
        m_summary->setText(tr("Missing for %1: %2").arg(kindName(m_mapping.kind), missing));
}

void ImportWizard::readMappingFromTable()
{
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const int f = m_mappingTable->item(row, 0)->data(Qt::UserRole + 1).toInt();
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column != m_mapping.column(static_cast<Field>(f)))
            m_mapping.set(static_cast<Field>(f), column, 1.0); // the user's choice is certain
    }
}

void ImportWizard::startImport()
{
    if (m_current >= m_files.size() || m_importWatcher.isRunning())
        return;
    readMappingFromTable();
    ImportOptions options;
    options.mapping = m_mapping;
    options.kind = m_mapping.kind;
    options.policy = ImportOptions::Policy::SkipBadRows;
    options.saveMapping = true;
    const QString file = m_files[m_current];
    const QString path = m_workspacePath;
    QPointer<QProgressBar> bar(m_progress);
    m_sink = std::make_shared<CallbackProgress>([bar](qint64 done, qint64 total) {
        // Called on the worker: the bar is updated on the UI thread.
        QMetaObject::invokeMethod(bar.data(), [bar, done, total] {
            if (QProgressBar *b = bar.data(); b && total > 0) {
                b->setRange(0, 1000);
                b->setValue(static_cast<int>(done * 1000 / total));
            }
        }, Qt::QueuedConnection);
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_import->setEnabled(false);
    m_importing = true;
    auto sink = m_sink;
    m_importWatcher.setFuture(QtConcurrent::run([path, file, options, sink]() -> Result<ImportReport> {
        auto ws = Workspace::open(path, Workspace::Access::OpenExisting);
        if (!ws)
            return ws.error();
        return importFile(*ws, file, options, *sink);
    }));
}

void ImportWizard::showReport()
{
    m_importing = false;
    m_progress->setVisible(false);
    const auto result = m_importWatcher.result();
    if (!result) {
        m_summary->setText(result.error().kind == Error::Kind::Cancelled ? tr("Import cancelled: nothing was written.")
                                                                         : tr("Import failed: %1").arg(result.error().toString()));
        m_import->setEnabled(true);
        return;
    }
    const ImportReport &r = *result;
    m_rejected->setRowCount(static_cast<int>(r.rejected.size()));
    for (int i = 0; i < m_rejected->rowCount(); ++i) {
        const RejectedRow &row = r.rejected[static_cast<size_t>(i)];
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(row.row)));
        m_rejected->setItem(i, 1, new QTableWidgetItem(row.column));
        m_rejected->setItem(i, 2, new QTableWidgetItem(row.value));
        m_rejected->setItem(i, 3, new QTableWidgetItem(row.reason));
    }
    QString outcome;
    switch (r.outcome) {
    case ImportReport::Outcome::Committed:
        outcome = tr("Imported %1 rows, updated %2, skipped %3, rejected %4.")
                      .arg(r.imported).arg(r.updated).arg(r.skipped).arg(r.rejectedCount);
        emit imported(r.file);
        break;
    case ImportReport::Outcome::RolledBack:
        outcome = tr("Nothing was written: %1 rows were rejected.").arg(r.rejectedCount);
        break;
    case ImportReport::Outcome::AlreadyImported:
        outcome = tr("This file was imported before: nothing was written.");
        break;
    }
    m_summary->setText(outcome + QLatin1Char('\n') + r.notes.join(QLatin1Char('\n')));
    m_cancel->setText(tr("Close"));
    if (m_current + 1 < m_files.size())
        m_next->setVisible(true);
    else
        emit finishedAll();
}

} // namespace iroi::ui
