#include "core/common/dates.h"

namespace iroi {

namespace {
const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();
}

EpochDay toEpochDay(const QDate &date)
{
    if (!date.isValid())
        return kNoDay;
    return static_cast<EpochDay>(date.toJulianDay() - kEpochJulianDay);
}

QDate fromEpochDay(EpochDay day)
{
    if (day == kNoDay)
        return {};
    return QDate::fromJulianDay(kEpochJulianDay + day);
}

QString epochDayToIso(EpochDay day)
{
    if (day == kNoDay)
        return {};
    return fromEpochDay(day).toString(Qt::ISODate);
}

EpochDay epochDayFromIso(const QString &iso)
{
    return toEpochDay(QDate::fromString(iso, Qt::ISODate));
}

int dayOfWeek(EpochDay day)
{
    // 1970-01-01 was a Thursday (index 3 when Monday is 0).
    const int mod = static_cast<int>((static_cast<qint64>(day) + 3) % 7);
    return mod < 0 ? mod + 7 : mod;
}

} // namespace iroi
