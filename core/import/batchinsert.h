#pragma once

#include "core/common/result.h"
#include "core/store/sqlite.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace iroi::import::detail {

// Buffers rows for one INSERT and writes them with a multi-row statement of
// kRowsPerStatement rows (a remainder row by row), so SQLite compiles nothing and starts a
// statement only once per batch. Text is copied into the buffer; values are bound when the
// batch is written.
class BatchInsert
{
public:
    static constexpr int kRowsPerStatement = 32;

    // `head` is "INSERT INTO t(a, b, c)", `tail` what follows the VALUES (e.g. "ON CONFLICT
    // (a) DO UPDATE SET b = excluded.b") and may be empty; `what` names the table in errors.
    BatchInsert(sql::Connection &db, int columns, const char *what) : m_db(db), m_columns(columns), m_what(what) {}
    Status prepare(const QString &head, const QString &tail);

    void addInt(qint64 v) { m_values.push_back({Value::Int, v, 0}); }
    void addNull() { m_values.push_back({Value::Null, 0, 0}); }
    void addText(std::string_view v)
    {
        m_values.push_back({Value::Text, qint64(m_text.size()), qint64(v.size())});
        m_text.append(v);
    }
    // Ends the row whose values were just added; writes a full batch.
    Status endRow();
    // Writes what is buffered.
    Status flush();
    bool empty() const { return m_values.empty(); }

private:
    struct Value
    {
        enum Type : quint8 { Null, Int, Text } type;
        qint64 a; // the integer, or the text's offset
        qint64 b; // the text's length
    };
    void bind(sqlite3_stmt *stmt, int firstParam, const Value *values) const;
    Status step(sqlite3_stmt *stmt);

    sql::Connection &m_db;
    const int m_columns;
    const char *m_what;
    sql::Statement m_many;
    sql::Statement m_one;
    std::vector<Value> m_values;
    std::string m_text;
    int m_rows = 0;
};

} // namespace iroi::import::detail
