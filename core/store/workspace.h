#pragma once

#include "core/common/result.h"
#include "core/store/sqlite.h"

#include <QString>

#include <utility>
#include <vector>

namespace iroi {

// An open workspace file (.iroi): a SQLite database with our application_id, schema
// version in user_version, WAL journal and foreign keys on. One Workspace object per
// thread; a worker opens its own on the same path.
class Workspace
{
public:
    enum class Access {
        OpenExisting, // fail if the file does not exist
        OpenOrCreate, // create an empty workspace if the file does not exist
        CreateNew,    // fail if the file exists
        ReadOnly,     // never write, not even to migrate
    };

    // Validates the file before SQLite writes anything: a file that is not a workspace,
    // comes from a newer version or is damaged is refused with a message that says so.
    // A file the user may not write is opened read-only (see isReadOnly()).
    static Result<Workspace> open(const QString &path, Access access = Access::OpenExisting);

    Workspace(Workspace &&) noexcept = default;
    Workspace &operator=(Workspace &&) noexcept = default;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The version the file had before open() migrated it (equal to schemaVersion() if none).
    int openedFromVersion() const { return m_openedFromVersion; }

    sql::Connection &connection() { return m_connection; }

    // Fails with a clear message when the workspace is read-only; call before any write.
    Status ensureWritable() const;

    QString setting(const QString &key, const QString &fallback = {});
    Status setSetting(const QString &key, const QString &value);

    // Row count per schema table, in schema order.
    Result<std::vector<std::pair<QString, qint64>>> tableCounts();

    // PRAGMA integrity_check: slow on big files, so only on request (info --check).
    Status checkIntegrity();

private:
    Workspace() = default;
    static Result<Workspace> create(const QString &path);
    Status configure();
    Status migrate();

    sql::Connection m_connection;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_openedFromVersion = 0;
};

// Reads application_id and user_version straight from the file header, without SQLite,
// so that a file can be judged without any risk of writing to it.
struct WorkspaceHeader
{
    bool isSqlite = false;
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    qint64 fileSize = 0;
};
Result<WorkspaceHeader> readWorkspaceHeader(const QString &path);

} // namespace iroi
