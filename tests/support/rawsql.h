#pragma once
// Test helpers that read a workspace with the plain SQLite C API, independent of the code
// under test (no iroi::sql, no Workspace): the first column of the first row, or -1 when
// the query gives no row (rawText: an empty string).

#include <QString>

#include <sqlite3.h>

namespace iroi::test {

template<typename T, typename Column>
T rawFirstValue(const QString &path, const char *sql, Column column)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    T value = -1;
    if (stmt && sqlite3_step(stmt) == SQLITE_ROW)
        value = column(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

inline qint64 rawInt(const QString &path, const char *sql)
{
    return rawFirstValue<qint64>(path, sql, sqlite3_column_int64);
}

inline double rawNumber(const QString &path, const char *sql)
{
    return rawFirstValue<double>(path, sql, sqlite3_column_double);
}

// The text of the first column of the first row; empty when there is no row.
inline QString rawText(const QString &path, const char *sql)
{
    QString text;
    rawFirstValue<int>(path, sql, [&text](sqlite3_stmt *stmt, int column) {
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
        return 0;
    });
    return text;
}

} // namespace iroi::test
