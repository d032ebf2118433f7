#include "core/import/recordwriter.h"

#include "core/import/writersupport.h"

namespace iroi::import {

// Defined in the writers' own files.
std::unique_ptr<RecordWriter> makeContentWriter(RecordWriter::Context context);
std::unique_ptr<RecordWriter> makeOrderWriter(RecordWriter::Context context);
std::unique_ptr<RecordWriter> makeCostWriter(RecordWriter::Context context);
std::unique_ptr<RecordWriter> makePeopleWriter(RecordWriter::Context context);
std::unique_ptr<RecordWriter> makeMentionWriter(RecordWriter::Context context);
std::unique_ptr<RecordWriter> makeGoalWriter(RecordWriter::Context context);
std::unique_ptr<RecordWriter> makeMediaMixWriter(RecordWriter::Context context);

Result<std::unique_ptr<RecordWriter>> RecordWriter::create(RecordKind kind, Context context)
{
    std::unique_ptr<RecordWriter> writer;
    switch (kind) {
    case RecordKind::ContentMetrics:
        writer = makeContentWriter(std::move(context));
        break;
    case RecordKind::Orders:
        writer = makeOrderWriter(std::move(context));
        break;
    case RecordKind::Costs:
        writer = makeCostWriter(std::move(context));
        break;
    case RecordKind::People:
        writer = makePeopleWriter(std::move(context));
        break;
    case RecordKind::BrandMentions:
        writer = makeMentionWriter(std::move(context));
        break;
    case RecordKind::Goals:
        writer = makeGoalWriter(std::move(context));
        break;
    case RecordKind::MediaMix:
        writer = makeMediaMixWriter(std::move(context));
        break;
    case RecordKind::Unknown:
        return Error::usage(QStringLiteral("no record kind to import"));
    }
    if (Status s = writer->prepare(); !s)
        return s.error();
    return writer;
}

std::string_view RecordWriter::cell(std::span<const std::string_view> fields, Field field) const
{
    const int col = m_ctx.mapping->column(field);
    if (col < 0 || static_cast<size_t>(col) >= fields.size())
        return {};
    std::string_view v = fields[static_cast<size_t>(col)];
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.remove_suffix(1);
    return v;
}

QString RecordWriter::headerOf(Field field) const
{
    const int col = m_ctx.mapping->column(field);
    return col >= 0 && col < m_ctx.header.size() ? m_ctx.header.at(col) : fieldName(field);
}

RecordWriter::Outcome RecordWriter::reject(Field field, std::string_view value, const QString &reason, qint64 row)
{
    m_rejection = RejectedRow{m_ctx.file, row, headerOf(field), detail::qs(value), reason};
    return Outcome::Rejected;
}

RecordWriter::Outcome RecordWriter::rejectColumn(int column, std::string_view value, const QString &reason,
                                                 qint64 row)
{
    m_rejection = RejectedRow{m_ctx.file, row, column >= 0 && column < m_ctx.header.size() ? m_ctx.header.at(column)
                                                                                         : QString(),
                              detail::qs(value), reason};
    return Outcome::Rejected;
}

namespace detail {

std::string foldKey(std::string_view v)
{
    std::string key(v);
    for (char &c : key)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return key;
}

Error stepError(sql::Connection &db, const char *what)
{
    return Error::database(QStringLiteral("%1: %2").arg(QLatin1String(what), db.lastErrorMessage()));
}

Status NameIds::prepare()
{
    auto select = m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?1").arg(QLatin1String(m_table)));
    if (!select)
        return select.error();
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO %1(name) VALUES (?1)").arg(QLatin1String(m_table)));
    if (!insert)
        return insert.error();
    m_select = std::move(select.value());
    m_insert = std::move(insert.value());
    return success();
}

Result<std::optional<qint64>> NameIds::id(std::string_view name)
{
    if (name.empty())
        return std::optional<qint64>();
    m_key.assign(name);
    for (char &c : m_key)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    if (auto it = m_cache.find(m_key); it != m_cache.end())
        return std::optional<qint64>(it->second);
    sqlite3_stmt *s = m_select.handle();
    bindText(s, 1, name);
    qint64 id = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        id = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    if (id < 0) {
        sqlite3_stmt *ins = m_insert.handle();
        bindText(ins, 1, name);
        const int rc = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (rc != SQLITE_DONE)
            return stepError(m_db, m_table);
        id = m_db.lastInsertRowId();
    }
    m_cache.emplace(m_key, id);
    return std::optional<qint64>(id);
}

Status PersonIds::prepare()
{
    auto select = m_db.prepare("SELECT id FROM person WHERE handle = ?1");
    if (!select)
        return select.error();
    auto insert = m_db.prepare("INSERT INTO person(handle, kind, channel_id) VALUES (?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    m_select = std::move(select.value());
    m_insert = std::move(insert.value());
    return success();
}

Result<std::optional<qint64>> PersonIds::id(std::string_view handle, const char *kind, std::optional<qint64> channelId)
{
    if (handle.empty())
        return std::optional<qint64>();
    m_key.assign(handle);
    for (char &c : m_key)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    if (auto it = m_cache.find(m_key); it != m_cache.end())
        return std::optional<qint64>(it->second);
    sqlite3_stmt *s = m_select.handle();
    bindText(s, 1, handle);
    qint64 id = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        id = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    if (id < 0) {
        sqlite3_stmt *ins = m_insert.handle();
        bindText(ins, 1, handle);
        sqlite3_bind_text(ins, 2, kind, -1, SQLITE_STATIC);
        bindIdOrNull(ins, 3, channelId);
        const int rc = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (rc != SQLITE_DONE)
            return stepError(m_db, "person");
        id = m_db.lastInsertRowId();
    }
    m_cache.emplace(m_key, id);
    return std::optional<qint64>(id);
}

const char *personKind(std::string_view text, const QString &fallback)
{
    if (text.empty())
        return fallback == QLatin1String("employee") ? "employee" : "influencer";
    const std::string k = foldKey(text);
    for (const char *word : {"employee", "medewerker", "advocate", "staff", "werknemer", "personeel"})
        if (k.find(word) != std::string::npos)
            return "employee";
    return "influencer";
}

} // namespace detail

} // namespace iroi::import
