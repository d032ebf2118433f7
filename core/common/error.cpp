#include "core/common/error.h"

#include <QStringList>

namespace iroi {

Error Error::usage(QString message)
{
    return Error{Kind::Usage, std::move(message), {}, -1, {}, {}, {}};
}

Error Error::badInput(QString message)
{
    return Error{Kind::BadInput, std::move(message), {}, -1, {}, {}, {}};
}

Error Error::io(QString message, QString file)
{
    return Error{Kind::Io, std::move(message), std::move(file), -1, {}, {}, {}};
}

Error Error::database(QString message, QString file)
{
    return Error{Kind::Database, std::move(message), std::move(file), -1, {}, {}, {}};
}

Error Error::cancelled()
{
    return Error{Kind::Cancelled, QStringLiteral("cancelled by the user"), {}, -1, {}, {}, {}};
}

QString Error::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (row >= 0)
        where << QStringLiteral("row %1").arg(row);
    if (!column.isEmpty())
        where << QStringLiteral("column %1").arg(column);
    QString text = where.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    if (!value.isNull())
        text += QStringLiteral("value \"%1\": ").arg(value);
    text += message;
    if (!expected.isEmpty())
        text += QStringLiteral(" (expected %1)").arg(expected);
    return text;
}

} // namespace iroi
