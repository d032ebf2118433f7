#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string_view>

namespace iroi::sql {

// Thin RAII layer over the SQLite C API. The project talks to SQLite directly rather
// than through QtSql: imports bind millions of values and every copy through QVariant
// would cost more than the insert itself.

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, std::string_view utf8); // copied by SQLite
    Statement &bindNull(int index);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true while a row is available, false when done. Errors are kept and
    // returned by status().
    bool step();
    // Runs to completion (for INSERT/UPDATE), then resets for reuse.
    Status exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::string_view textView(int column) const; // valid until the next step

    Status status() const;
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastCode = SQLITE_OK;
};

enum class OpenMode { ReadWrite, ReadOnly, Create };

class Connection
{
public:
    Connection() = default;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    static Result<Connection> open(const QString &path, OpenMode mode);

    bool isOpen() const { return m_db != nullptr; }
    Status exec(const QString &sql); // may hold several statements; no parameters
    Status exec(const char *sql);
    Result<Statement> prepare(const QString &sql);
    Result<Statement> prepare(const char *sql);
    // Returns the single integer a query yields, e.g. PRAGMA user_version.
    Result<qint64> queryInt(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    bool isReadOnly() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// Begins a write transaction (BEGIN IMMEDIATE, so a competing writer fails now rather
// than at commit). Rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status begin();
    Status commit();
    void rollback();

private:
    Connection &m_connection;
    bool m_active = false;
};

} // namespace iroi::sql
