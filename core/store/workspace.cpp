#include "core/store/workspace.h"

#include "core/common/logging.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>

namespace iroi {

namespace {

constexpr int kSqliteHeaderSize = 100;

Error fileError(const QString &path, const QString &message)
{
    Error error = Error::badInput(message);
    error.file = path;
    return error;
}

bool isCorruption(const Error &error)
{
    return error.message.contains(QLatin1String("malformed")) ||
           error.message.contains(QLatin1String("not a database")) ||
           error.message.contains(QLatin1String("corrupt"));
}

} // namespace

Result<WorkspaceHeader> readWorkspaceHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    WorkspaceHeader header;
    header.fileSize = file.size();
    const QByteArray bytes = file.read(kSqliteHeaderSize);
    if (bytes.size() < kSqliteHeaderSize || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    const auto *raw = reinterpret_cast<const uchar *>(bytes.constData());
    header.userVersion = qFromBigEndian<qint32>(raw + 60);
    header.applicationId = qFromBigEndian<qint32>(raw + 68);
    return header;
}

Result<Workspace> Workspace::create(const QString &path)
{
    // Build the new workspace under a temporary name and move it into place only once its
    // schema is committed and the file closed, so a crash or kill never leaves a file at
    // `path` that is not a complete workspace.
    const QString building = path + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    const auto removeBuilding = [&building] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(building + QLatin1String(suffix));
    };
    removeBuilding();
    {
        Workspace fresh;
        fresh.m_path = building;
        auto connection = sql::Connection::open(building, sql::OpenMode::Create);
        if (!connection) {
            Error error = connection.error();
            error.file = path;
            return error;
        }
        fresh.m_connection = std::move(connection.value());
        Status made = fresh.configure();
        if (made)
            made = fresh.migrate();
        if (!made) {
            fresh.m_connection = {};
            removeBuilding();
            Error error = made.error();
            error.file = path;
            return error;
        }
    } // closing the last connection checkpoints the WAL into the file and deletes it
    if (!QFile::rename(building, path)) {
        removeBuilding();
        return fileError(path, QFileInfo::exists(path) ? QStringLiteral("a file of that name already exists")
                                                       : QStringLiteral("cannot create the file here"));
    }
    qCInfo(lcStore) << "created workspace" << path;
    return open(path, Access::OpenExisting);
}

Result<Workspace> Workspace::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (access == Access::CreateNew && exists)
        return fileError(path, QStringLiteral("a file of that name already exists"));
    if (!exists && (access == Access::OpenExisting || access == Access::ReadOnly))
        return Error::io(QStringLiteral("no such workspace file"), path);
    if (exists && info.isDir())
        return fileError(path, QStringLiteral("is a folder, not a workspace file"));

    Workspace workspace;
    workspace.m_path = path;

    if (!exists)
        return create(path);

    auto header = readWorkspaceHeader(path);
    if (!header)
        return header.error();
    if (header->fileSize == 0)
        return fileError(path, QStringLiteral("the file is empty, not an Influence ROI workspace"));
    if (!header->isSqlite)
        return fileError(path, QStringLiteral("not an Influence ROI workspace (not a SQLite database)"));
    if (header->applicationId != schema::kApplicationId)
        return fileError(path, QStringLiteral("a SQLite database, but not an Influence ROI workspace"));
    if (header->userVersion > schema::kCurrentVersion)
        return fileError(path, QStringLiteral("made by a newer version of Influence ROI (file format %1; this "
                                              "version reads up to %2): please update the app")
                                   .arg(header->userVersion)
                                   .arg(schema::kCurrentVersion));

    workspace.m_readOnly = access == Access::ReadOnly || !info.isWritable() ||
                           (!QFileInfo(info.absolutePath()).isWritable());
    if (workspace.m_readOnly && header->userVersion < schema::kOldestReadableVersion)
        return fileError(path, QStringLiteral("the file uses an older format (%1) and must be upgraded, but it "
                                              "is read-only: copy it somewhere writable first")
                                   .arg(header->userVersion));

    Result<sql::Connection> connection = Error::io(QString());
    if (workspace.m_readOnly) {
        // A workspace with a WAL beside it may hold committed rows only there (the app has
        // it open while the command line reads it): read through the WAL when we may. Any
        // other file gets immutable=1, so SQLite neither locks it nor creates -wal/-shm files.
        const bool liveWal = QFileInfo::exists(path + QStringLiteral("-wal"));
        const bool mayWrite = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(liveWal && mayWrite ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
        connection = sql::Connection::open(uri.toString(QUrl::FullyEncoded), sql::OpenMode::ReadOnly);
    } else {
        connection = sql::Connection::open(path, sql::OpenMode::ReadWrite);
    }
    if (!connection)
        return connection.error();
    workspace.m_connection = std::move(connection.value());
    workspace.m_openedFromVersion = header->userVersion;

    // Reading the schema touches page 1 and the schema b-tree, which catches most damage
    // before any write happens.
    auto tables = workspace.m_connection.queryInt("SELECT count(*) FROM sqlite_master");
    if (!tables) {
        Error error = tables.error();
        if (isCorruption(error))
            error.message = QStringLiteral("the workspace file is damaged (%1)").arg(error.message);
        error.file = path;
        return error;
    }
    if (Status s = workspace.configure(); !s)
        return s.error();
    if (Status s = workspace.migrate(); !s)
        return s.error();
    return workspace;
}

Status Workspace::configure()
{
    if (Status s = m_connection.exec("PRAGMA foreign_keys = ON"); !s)
        return s;
    if (m_readOnly)
        return success();
    auto mode = m_connection.prepare("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    mode->step();
    if (Status s = mode->status(); !s) {
        Error error = s.error();
        if (isCorruption(error))
            error.message = QStringLiteral("the workspace file is damaged (%1)").arg(error.message);
        error.file = m_path;
        return error;
    }
    // FULL: a committed import survives a power cut, not only a crash. Imports are one
    // transaction, so this costs one extra fsync per import.
    return m_connection.exec("PRAGMA synchronous = FULL");
}

Status Workspace::migrate()
{
    auto version = m_connection.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    m_schemaVersion = static_cast<int>(*version);
    if (m_openedFromVersion == 0)
        m_openedFromVersion = m_schemaVersion;
    if (m_schemaVersion >= schema::kCurrentVersion)
        return success();
    // open() refused a read-only file older than this: the rest read as they are.
    if (m_readOnly)
        return success();

    sql::Transaction transaction(m_connection);
    if (Status s = transaction.begin(); !s)
        return s;
    for (int v = m_schemaVersion; v < schema::kCurrentVersion; ++v) {
        if (Status s = m_connection.exec(schema::migrations()[static_cast<size_t>(v)]); !s) {
            Error error = s.error();
            error.message = QStringLiteral("cannot upgrade the workspace from format %1 to %2: %3")
                                .arg(v)
                                .arg(v + 1)
                                .arg(error.message);
            return error;
        }
    }
    const QString pragmas = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                .arg(schema::kApplicationId)
                                .arg(schema::kCurrentVersion);
    if (Status s = m_connection.exec(pragmas); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcStore) << "migrated" << m_path << "from format" << m_schemaVersion << "to" << schema::kCurrentVersion;
    m_schemaVersion = schema::kCurrentVersion;
    return success();
}

Status Workspace::ensureWritable() const
{
    if (!m_readOnly)
        return success();
    Error error = Error::io(QStringLiteral("the workspace is read-only; save a copy to change it"), m_path);
    return error;
}

QString Workspace::setting(const QString &key, const QString &fallback)
{
    auto stmt = m_connection.prepare("SELECT value FROM setting WHERE key = ?1");
    if (!stmt)
        return fallback;
    stmt->bind(1, key);
    return stmt->step() ? stmt->text(0) : fallback;
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    if (Status s = ensureWritable(); !s)
        return s;
    auto stmt = m_connection.prepare(
        "INSERT INTO setting(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->exec();
}

Result<std::vector<std::pair<QString, qint64>>> Workspace::tableCounts()
{
    std::vector<std::pair<QString, qint64>> counts;
    for (std::string_view table : schema::kTables) {
        const std::string sql = "SELECT count(*) FROM " + std::string(table);
        auto count = m_connection.queryInt(sql.c_str());
        if (!count)
            return count.error();
        counts.emplace_back(QString::fromLatin1(table.data(), static_cast<qsizetype>(table.size())), *count);
    }
    return counts;
}

Status Workspace::checkIntegrity()
{
    auto stmt = m_connection.prepare("PRAGMA integrity_check(10)");
    if (!stmt)
        return stmt.error();
    QStringList problems;
    while (stmt->step()) {
        const QString line = stmt->text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (Status s = stmt->status(); !s)
        return s;
    if (!problems.isEmpty())
        return Error::database(QStringLiteral("the workspace file is damaged: %1").arg(problems.join(QStringLiteral("; "))),
                               m_path);
    return success();
}

} // namespace iroi
