#pragma once

#include <QString>

namespace iroi {

// Amounts are stored and summed as integer minor units (cents) so totals are exact to
// the cent however many rows are added; conversion to double happens only for ratios.
using Cents = qint64;

Cents centsFromDouble(double amount); // rounds half away from zero
double centsToDouble(Cents cents);

// "€1,234.56" style, for the command line and reports; the UI uses QLocale instead.
QString formatMoney(Cents cents, const QString &currencyCode);

} // namespace iroi
