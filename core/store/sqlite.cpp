#include "core/store/sqlite.h"

#include "core/common/logging.h"

#include <utility>

namespace iroi::sql {

namespace {
Error sqliteError(sqlite3 *db, const QString &context)
{
    const char *message = db ? sqlite3_errmsg(db) : "out of memory";
    return Error::database(context + QStringLiteral(": ") + QString::fromUtf8(message));
}
} // namespace

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_lastCode(other.m_lastCode)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_lastCode = other.m_lastCode;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    m_lastCode = sqlite3_step(m_stmt);
    return m_lastCode == SQLITE_ROW;
}

Status Statement::exec()
{
    while (step()) {
    }
    Status result = status();
    reset();
    return result;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_lastCode = SQLITE_OK;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::textView(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

Status Statement::status() const
{
    if (m_lastCode == SQLITE_OK || m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE)
        return success();
    return sqliteError(m_db, QString::fromUtf8(sqlite3_sql(m_stmt)).left(80));
}

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

Result<Connection> Connection::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI; // one connection per thread, by design
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *db = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int code = sqlite3_open_v2(utf8.constData(), &db, flags, nullptr);
    if (code != SQLITE_OK) {
        Error error = sqliteError(db, QStringLiteral("cannot open the file"));
        error.file = path;
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    Connection connection;
    connection.m_db = db;
    connection.m_path = path;
    return connection;
}

Status Connection::exec(const QString &sql)
{
    return exec(sql.toUtf8().constData());
}

Status Connection::exec(const char *sql)
{
    char *message = nullptr;
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (code == SQLITE_OK)
        return success();
    Error error = Error::database(QString::fromUtf8(message ? message : sqlite3_errstr(code)), m_path);
    sqlite3_free(message);
    return error;
}

Result<Statement> Connection::prepare(const QString &sql)
{
    return prepare(sql.toUtf8().constData());
}

Result<Statement> Connection::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int code = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (code != SQLITE_OK)
        return sqliteError(m_db, QStringLiteral("cannot prepare \"%1\"").arg(QString::fromUtf8(sql).left(80)));
    return Statement(m_db, stmt);
}

Result<qint64> Connection::queryInt(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->step()) {
        if (Status s = stmt->status(); !s)
            return s.error();
        return Error::database(QStringLiteral("no result for \"%1\"").arg(QString::fromUtf8(sql)), m_path);
    }
    return stmt->int64(0);
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

QString Connection::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool Connection::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

Transaction::Transaction(Connection &connection) : m_connection(connection) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    Status s = m_connection.exec("BEGIN IMMEDIATE");
    m_active = s.ok();
    return s;
}

Status Transaction::commit()
{
    Status s = m_connection.exec("COMMIT");
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (Status s = m_connection.exec("ROLLBACK"); !s)
        qCWarning(lcStore) << "rollback failed:" << s.error().toString();
    m_active = false;
}

} // namespace iroi::sql
