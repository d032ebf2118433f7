#include "core/store/deferredindexes.h"

#include <QString>

namespace iroi::sql {

namespace {

// An SQL identifier in double quotes.
QString quoted(const QString &name)
{
    QString text = name;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// An upper bound on the number of rows, without counting them: rowids are distinct and positive.
Result<qint64> rowsAtMost(Connection &db, const char *table)
{
    const QByteArray sql =
        QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(quoted(QString::fromUtf8(table))).toUtf8();
    return db.queryInt(sql.constData());
}

} // namespace

Result<DeferredIndexes> DeferredIndexes::defer(
    Connection &db, std::initializer_list<const char *> tables, qint64 rowsComing)
{
    DeferredIndexes deferred;
    deferred.m_db = &db;
    auto list = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 "
                           "AND sql IS NOT NULL ORDER BY name");
    if (!list)
        return list.error();
    std::vector<QByteArray> names;
    for (const char *table : tables) {
        auto rows = rowsAtMost(db, table);
        if (!rows)
            return rows.error();
        if (*rows > rowsComing)
            continue;
        list->bind(1, std::string_view(table));
        while (list->step()) {
            names.push_back(QByteArray(list->textView(0).data(), qsizetype(list->textView(0).size())));
            deferred.m_definitions.push_back(QByteArray(list->textView(1).data(), qsizetype(list->textView(1).size())));
        }
        if (Status s = list->status(); !s)
            return s.error();
        list->reset();
    }
    list.value() = Statement();
    for (const QByteArray &name : names) {
        if (Status s = db.exec(QStringLiteral("DROP INDEX %1").arg(quoted(QString::fromUtf8(name)))); !s)
            return s.error();
    }
    return deferred;
}

Status DeferredIndexes::rebuild()
{
    for (const QByteArray &definition : m_definitions) {
        if (Status s = m_db->exec(definition.constData()); !s)
            return s;
    }
    m_definitions.clear();
    return success();
}

} // namespace iroi::sql
