#pragma once

#include <QDate>
#include <QString>

namespace iroi {

// The workspace stores calendar days as integers: days since 1970-01-01 (the "epoch
// day"). Integers keep a million-row table small and make range filters index-friendly.
using EpochDay = qint32;

constexpr EpochDay kNoDay = INT32_MIN;

EpochDay toEpochDay(const QDate &date);
QDate fromEpochDay(EpochDay day);
QString epochDayToIso(EpochDay day);          // "2025-01-31", or "" for kNoDay
EpochDay epochDayFromIso(const QString &iso); // kNoDay when not a valid yyyy-MM-dd

// 0 = Monday ... 6 = Sunday, matching ISO 8601 and the heatmaps.
int dayOfWeek(EpochDay day);

} // namespace iroi
