#pragma once

#include "core/common/dates.h"
#include "core/common/result.h"
#include "core/import/fieldvalue.h"
#include "core/import/importer.h"
#include "core/import/mapping.h"
#include "core/store/sqlite.h"

#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

namespace iroi::import {

// Turns mapped records of one kind into workspace rows, inside the transaction the
// importer holds. One writer per import; statements are prepared once and reused.
class RecordWriter
{
public:
    struct Context
    {
        sql::Connection *db = nullptr;
        const Mapping *mapping = nullptr;
        QStringList header;
        QString file;
        EpochDay reportDay = kNoDay;
        QString currency; // workspace currency for rows that name none
        ImportReport *report = nullptr;
        // How each date column's d/m/y or m/d/y values are read, decided from the file.
        std::array<DayOrder, kFieldCount> dayOrders{};
    };

    enum class Outcome { Imported, Updated, Skipped, Rejected, Failed };

    explicit RecordWriter(Context context) : m_ctx(std::move(context)) {}
    virtual ~RecordWriter() = default;
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    virtual Status prepare() = 0;
    // Rejected: rejection() says why; Skipped: skipReason() says why; Failed: error().
    virtual Outcome write(std::span<const std::string_view> fields, qint64 row) = 0;
    // Optional split for big files: preparse() reads a row's values into `preparsedSize()`
    // bytes on the reader thread (it must only read the writer's settings), and write()
    // then gets them in writePreparsed(); a row preparse() could not read goes through write().
    virtual size_t preparsedSize() const { return 0; }
    virtual void preparse(std::span<const std::string_view> /*fields*/, void * /*out*/) const {}
    virtual Outcome writePreparsed(std::span<const std::string_view> fields, qint64 row, const void * /*preparsed*/)
    {
        return write(fields, row);
    }
    // Writes what was gathered across rows (media-mix periods); called once at the end.
    virtual Status finish() { return success(); }

    const RejectedRow &rejection() const { return m_rejection; }
    const QString &skipReason() const { return m_skipReason; }
    const Error &error() const { return m_error; }

    static Result<std::unique_ptr<RecordWriter>> create(RecordKind kind, Context context);

protected:
    std::string_view cell(std::span<const std::string_view> fields, Field field) const;
    // parseDay with the day order decided for the field's column.
    std::optional<EpochDay> dayOf(Field field, std::string_view text, bool &bad, int *hour = nullptr) const
    {
        return parseDay(text, bad, hour, m_ctx.dayOrders[static_cast<size_t>(field)]);
    }
    QString headerOf(Field field) const;
    Outcome reject(Field field, std::string_view value, const QString &reason, qint64 row);
    Outcome rejectColumn(int column, std::string_view value, const QString &reason, qint64 row);
    Outcome fail(const Error &error)
    {
        m_error = error;
        return Outcome::Failed;
    }
    Outcome skip(const QString &reason)
    {
        m_skipReason = reason;
        return Outcome::Skipped;
    }

    Context m_ctx;
    RejectedRow m_rejection;
    QString m_skipReason;
    Error m_error;
};

} // namespace iroi::import
