#include "core/demo/demogenerator.h"

#include "core/common/logging.h"
#include "core/demo/demobuilder.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace iroi {

namespace {

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

QString demoWorkspaceFileName()
{
    return QStringLiteral("lumen-demo.iroi");
}

Status generateDemo(const QString &path, const DemoOptions &options, ProgressSink &progress, DemoSummary *summary)
{
    if (options.scale < 1 || options.scale > kMaxDemoScale) {
        Error error = Error::usage(QStringLiteral("the demo scale must be a whole number from 1 to %1").arg(kMaxDemoScale));
        error.value = QString::number(options.scale);
        return error;
    }
    QElapsedTimer timer;
    timer.start();
    Status result = success();
    {
        auto workspace = Workspace::open(path, Workspace::Access::CreateNew);
        if (!workspace)
            return workspace.error();
        sql::Transaction transaction(workspace->connection());
        result = transaction.begin();
        if (result) {
            demo::DemoBuilder builder(workspace->connection(), options.scale, options.seed, progress);
            result = builder.build();
        }
        if (result)
            result = transaction.commit();
        if (result && summary) {
            auto counts = workspace->tableCounts();
            if (!counts) {
                result = counts.error();
            } else {
                summary->rowsPerTable = std::move(counts.value());
                summary->totalRows = 0;
                for (const auto &entry : summary->rowsPerTable)
                    summary->totalRows += entry.second;
            }
        }
    }
    if (!result) {
        // The workspace is closed above, so its files can go: half a demo is no demo.
        removeWithSidecars(path);
        Error error = result.error();
        if (error.file.isEmpty())
            error.file = path;
        return error;
    }
    if (summary)
        summary->seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcDemo) << "generated demo workspace" << path << "scale" << options.scale << "in"
                   << timer.elapsed() << "ms";
    return success();
}

Status writeDemoFile(const QString &path, const DemoOptions &options, ProgressSink &progress, DemoSummary *summary)
{
    const QFileInfo target(path);
    if (target.isDir())
        return Error::badInput(QStringLiteral("%1 is a folder, not a workspace file").arg(path));
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                              QStringLiteral(".partial");
    removeWithSidecars(temporary); // left by a crash, never worth keeping
    if (Status s = generateDemo(temporary, options, progress, summary); !s)
        return s;
    // rename(2) replaces the target atomically, so readers see the old or the new file,
    // never a mix. Stale -wal/-shm files of the old file must not be applied to the new one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        removeWithSidecars(temporary);
        return Error::io(QStringLiteral("cannot move the new demo workspace into place"), path);
    }
    return success();
}

Result<QString> ensureDemoWorkspace(const QString &directory)
{
    NullProgress progress;
    return ensureDemoWorkspace(directory, progress);
}

Result<QString> ensureDemoWorkspace(const QString &directory, ProgressSink &progress)
{
    if (!QDir().mkpath(directory))
        return Error::io(QStringLiteral("cannot create the folder for the demo workspace"), directory);
    const QString path = QDir(directory).filePath(demoWorkspaceFileName());
    if (QFileInfo::exists(path)) {
        bool current = false;
        {
            auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
            current = workspace.ok() && workspace->setting(QStringLiteral("demo.generator_version")) ==
                                            QString::number(kDemoGeneratorVersion);
        }
        if (current)
            return path;
        qCInfo(lcDemo) << "regenerating the cached demo workspace" << path;
    }
    if (Status s = writeDemoFile(path, DemoOptions{}, progress); !s)
        return s.error();
    return path;
}

} // namespace iroi
