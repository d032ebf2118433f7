#pragma once

#include "core/common/result.h"
#include "core/store/sqlite.h"

#include <QStringList>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace iroi::import::detail {

// A people roster may carry audience profiles as one column per audience segment:
// "Audience age 18-24", "Audience gender female (%)", "audience_country_NL",
// "Publiek leeftijd 25-34", "Doelgroep land BE". Each such column becomes
// audience_share rows (person, dimension, value, share).
struct AudienceColumn
{
    int column = -1;
    std::string dimension; // age, gender, country, interest (the schema's CHECK list)
    std::string value;     // "18-24", "female", "NL"
};

// The audience columns of a header; other columns are left to the mapping.
std::vector<AudienceColumn> findAudienceColumns(const QStringList &header);

// "35%", "35,5 %", "0.35", "35" (a number above 1 without '%' is a percentage) -> 0.35.
// nullopt and `bad` for text that is no share, or a share outside 0..100 %.
std::optional<double> parseShare(std::string_view text, bool &bad);

// Writes the audience shares of one person, replacing the ones an earlier import gave.
class AudienceWriter
{
public:
    AudienceWriter(sql::Connection &db, std::vector<AudienceColumn> columns) : m_db(db), m_columns(std::move(columns))
    {
    }
    bool empty() const { return m_columns.empty(); }
    const std::vector<AudienceColumn> &columns() const { return m_columns; }
    Status prepare();
    // The person's id by handle (the row was just written), then one row per non-empty cell.
    Status write(std::string_view handle, std::span<const std::string_view> fields, std::span<const double> shares);

private:
    sql::Connection &m_db;
    std::vector<AudienceColumn> m_columns;
    sql::Statement m_person;
    sql::Statement m_upsert;
};

} // namespace iroi::import::detail
