#pragma once

#include "core/common/result.h"
#include "core/store/sqlite.h"

#include <QByteArray>

#include <initializer_list>
#include <vector>

namespace iroi::sql {

// A bulk load's secondary indexes, taken away for the load and built again after it.
//
// Inserting rows one by one into an index whose keys arrive in no particular order (an
// order's day, say) touches a different leaf page for nearly every row; building the
// index afterwards sorts once. That is cheaper only while the table is not much larger
// than what is coming, because the rebuild covers every row, old and new; defer() weighs
// that per table.
//
// Use inside a write transaction and call rebuild() before committing: the drops and the
// rebuild then commit together, and a rollback (failure, cancel, a killed process) brings
// the indexes back as they were. Indexes SQLite makes for UNIQUE and PRIMARY KEY
// constraints are never touched: the load's upserts need them.
class DeferredIndexes
{
public:
    DeferredIndexes() = default;

    // Drops the CREATE INDEX indexes of each table holding at most `rowsComing` rows.
    static Result<DeferredIndexes> defer(Connection &db, std::initializer_list<const char *> tables,
                                         qint64 rowsComing);

    // Creates the dropped indexes again; a no-op when none were dropped.
    Status rebuild();

    int count() const { return int(m_definitions.size()); }

private:
    Connection *m_db = nullptr;
    std::vector<QByteArray> m_definitions; // each index's CREATE INDEX statement
};

} // namespace iroi::sql
