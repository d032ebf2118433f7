#pragma once

#include "core/common/result.h"
#include "core/store/sqlite.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

// Helpers shared by the record writers: name -> id caches that create rows on first use.
namespace iroi::import::detail {

inline QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

// Matches the schema's COLLATE NOCASE (ASCII case folding only).
std::string foldKey(std::string_view v);

// Binds text straight from a view; SQLite copies it.
inline void bindText(sqlite3_stmt *stmt, int index, std::string_view v)
{
    sqlite3_bind_text(stmt, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
inline void bindTextOrNull(sqlite3_stmt *stmt, int index, std::string_view v)
{
    if (v.empty())
        sqlite3_bind_null(stmt, index);
    else
        bindText(stmt, index, v);
}
inline void bindIdOrNull(sqlite3_stmt *stmt, int index, std::optional<qint64> id)
{
    if (id)
        sqlite3_bind_int64(stmt, index, *id);
    else
        sqlite3_bind_null(stmt, index);
}

Error stepError(sql::Connection &db, const char *what);

// id of a row in a (id, name UNIQUE COLLATE NOCASE) table: channel, content_type, campaign.
class NameIds
{
public:
    NameIds(sql::Connection &db, const char *table) : m_db(db), m_table(table) {}
    Status prepare();
    // nullopt for an empty name.
    Result<std::optional<qint64>> id(std::string_view name);

private:
    sql::Connection &m_db;
    const char *m_table;
    sql::Statement m_select;
    sql::Statement m_insert;
    std::unordered_map<std::string, qint64> m_cache;
    std::string m_key;
};

// person ids by handle; a new person gets the given kind and channel.
class PersonIds
{
public:
    explicit PersonIds(sql::Connection &db) : m_db(db) {}
    Status prepare();
    Result<std::optional<qint64>> id(std::string_view handle, const char *kind, std::optional<qint64> channelId);

private:
    sql::Connection &m_db;
    sql::Statement m_select;
    sql::Statement m_insert;
    std::unordered_map<std::string, qint64> m_cache;
    std::string m_key;
};

// "employee", "medewerker", "advocate", "staff" ... -> "employee"; anything else non-empty
// -> "influencer"; empty -> fallback (or "influencer").
const char *personKind(std::string_view text, const QString &fallback);

} // namespace iroi::import::detail
