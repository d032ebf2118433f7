#include "core/import/audiencecolumns.h"

#include "core/import/fieldvalue.h"
#include "core/import/writersupport.h"

#include <cmath>

namespace iroi::import::detail {

namespace {

// Dimension words in English and Dutch, as the schema names them.
const char *dimensionOf(const QString &word)
{
    static const struct
    {
        const char *word;
        const char *dimension;
    } kWords[] = {{"age", "age"},           {"leeftijd", "age"},       {"gender", "gender"},
                  {"geslacht", "gender"},   {"sex", "gender"},         {"country", "country"},
                  {"land", "country"},      {"interest", "interest"},  {"interests", "interest"},
                  {"interesse", "interest"}, {"interesses", "interest"}};
    for (const auto &w : kWords)
        if (word == QLatin1String(w.word))
            return w.dimension;
    return nullptr;
}

} // namespace

std::vector<AudienceColumn> findAudienceColumns(const QStringList &header)
{
    std::vector<AudienceColumn> found;
    for (int c = 0; c < header.size(); ++c) {
        QString name = header.at(c).toLower();
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        // "(%)", "%", "share", "aandeel" after the segment say how it is measured, not what.
        name.remove(QStringLiteral("(%)"));
        name.remove(QLatin1Char('%'));
        QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        while (!words.isEmpty() && (words.last() == QLatin1String("share") || words.last() == QLatin1String("aandeel")))
            words.removeLast();
        if (words.size() < 3)
            continue;
        const QString &prefix = words.at(0);
        if (prefix != QLatin1String("audience") && prefix != QLatin1String("publiek") &&
            prefix != QLatin1String("doelgroep"))
            continue;
        const char *dimension = dimensionOf(words.at(1));
        if (!dimension)
            continue;
        // The segment as the file spells it (countries upper case: "NL", not "nl").
        QString value = words.mid(2).join(QLatin1Char(' '));
        if (QLatin1String(dimension) == QLatin1String("country"))
            value = value.toUpper();
        found.push_back({c, dimension, value.toStdString()});
    }
    return found;
}

std::optional<double> parseShare(std::string_view text, bool &bad)
{
    bad = false;
    const std::string_view t = trimmed(text);
    if (isEmptyValue(t))
        return std::nullopt;
    const bool percent = t.find('%') != std::string_view::npos;
    const auto number = parseNumber(t, bad);
    if (bad || !number)
        return std::nullopt;
    // parseNumber reads "35%" as 0.35 already; a bare number above 1 is a percentage.
    double v = *number;
    if (!percent && v > 1.0)
        v /= 100.0;
    if (!std::isfinite(v) || v < 0.0 || v > 1.0 + 1e-9) {
        bad = true;
        return std::nullopt;
    }
    return std::min(v, 1.0);
}

Status AudienceWriter::prepare()
{
    auto person = m_db.prepare("SELECT id FROM person WHERE handle = ?1");
    if (!person)
        return person.error();
    auto upsert = m_db.prepare("INSERT INTO audience_share(person_id, dimension, value, share) VALUES (?1, ?2, ?3, ?4) "
                               "ON CONFLICT(person_id, dimension, value) DO UPDATE SET share = excluded.share");
    if (!upsert)
        return upsert.error();
    m_person = std::move(person.value());
    m_upsert = std::move(upsert.value());
    return success();
}

Status AudienceWriter::write(std::string_view handle, std::span<const std::string_view> fields,
                             std::span<const double> shares)
{
    sqlite3_stmt *sel = m_person.handle();
    bindText(sel, 1, handle);
    qint64 personId = -1;
    if (sqlite3_step(sel) == SQLITE_ROW)
        personId = sqlite3_column_int64(sel, 0);
    sqlite3_reset(sel);
    if (personId < 0)
        return stepError(m_db, "person");
    sqlite3_stmt *up = m_upsert.handle();
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const AudienceColumn &a = m_columns[i];
        if (size_t(a.column) >= fields.size() || std::isnan(shares[i]))
            continue;
        sqlite3_bind_int64(up, 1, personId);
        bindText(up, 2, a.dimension);
        bindText(up, 3, a.value);
        sqlite3_bind_double(up, 4, shares[i]);
        const int rc = sqlite3_step(up);
        sqlite3_reset(up);
        if (rc != SQLITE_DONE)
            return stepError(m_db, "audience_share");
    }
    return success();
}

} // namespace iroi::import::detail
