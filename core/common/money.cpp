#include "core/common/money.h"

#include <QLocale>

#include <cmath>

namespace iroi {

Cents centsFromDouble(double amount)
{
    return static_cast<Cents>(std::llround(amount * 100.0));
}

double centsToDouble(Cents cents)
{
    return static_cast<double>(cents) / 100.0;
}

QString formatMoney(Cents cents, const QString &currencyCode)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QString symbol = currencyCode;
    if (currencyCode == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else if (currencyCode == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (currencyCode == QLatin1String("GBP"))
        symbol = QStringLiteral("£");
    else if (!currencyCode.isEmpty())
        symbol += QLatin1Char(' ');
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    return sign + symbol + english.toString(std::abs(centsToDouble(cents)), 'f', 2);
}

} // namespace iroi
