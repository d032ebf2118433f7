#include "core/import/batchinsert.h"

#include "core/import/writersupport.h"

#include <QStringList>

namespace iroi::import::detail {

Status BatchInsert::prepare(const QString &head, const QString &tail)
{
    auto tuples = [this](int rows) {
        QStringList all;
        for (int r = 0; r < rows; ++r) {
            QStringList params;
            for (int c = 0; c < m_columns; ++c)
                params << QStringLiteral("?%1").arg(r * m_columns + c + 1);
            all << QLatin1Char('(') + params.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        return all.join(QLatin1Char(','));
    };
    auto many = m_db.prepare(head + QStringLiteral(" VALUES ") + tuples(kRowsPerStatement) + QLatin1Char(' ') + tail);
    if (!many)
        return many.error();
    auto one = m_db.prepare(head + QStringLiteral(" VALUES ") + tuples(1) + QLatin1Char(' ') + tail);
    if (!one)
        return one.error();
    m_many = std::move(many.value());
    m_one = std::move(one.value());
    m_values.reserve(size_t(kRowsPerStatement * m_columns));
    return success();
}

void BatchInsert::bind(sqlite3_stmt *stmt, int firstParam, const Value *values) const
{
    for (int c = 0; c < m_columns; ++c) {
        const Value &v = values[c];
        switch (v.type) {
        case Value::Null:
            sqlite3_bind_null(stmt, firstParam + c);
            break;
        case Value::Int:
            sqlite3_bind_int64(stmt, firstParam + c, v.a);
            break;
        case Value::Text:
            // The buffer outlives the step: no copy needed.
            sqlite3_bind_text(stmt, firstParam + c, m_text.data() + v.a, int(v.b), SQLITE_STATIC);
            break;
        }
    }
}

Status BatchInsert::step(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return stepError(m_db, m_what);
    return success();
}

Status BatchInsert::endRow()
{
    if (++m_rows < kRowsPerStatement)
        return success();
    return flush();
}

Status BatchInsert::flush()
{
    Status result = success();
    if (m_rows == kRowsPerStatement) {
        sqlite3_stmt *stmt = m_many.handle();
        for (int r = 0; r < m_rows; ++r)
            bind(stmt, r * m_columns + 1, m_values.data() + size_t(r * m_columns));
        result = step(stmt);
        sqlite3_clear_bindings(stmt);
    } else {
        sqlite3_stmt *stmt = m_one.handle();
        for (int r = 0; r < m_rows && result; ++r) {
            bind(stmt, 1, m_values.data() + size_t(r * m_columns));
            result = step(stmt);
        }
        sqlite3_clear_bindings(stmt);
    }
    m_values.clear();
    m_text.clear();
    m_rows = 0;
    return result;
}

} // namespace iroi::import::detail
