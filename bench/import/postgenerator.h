#pragma once

#include <QString>

namespace iroi::bench {

// Writes a deterministic generic post-metrics CSV (the "post-metrics" preset's columns):
// posts of 30 days each, ~130 bytes a row, so 1,000,000 rows is about 130 MB. Same
// arguments, same bytes. Returns false when the file cannot be written.
bool writePostMetricsCsv(const QString &path, qint64 rows);

} // namespace iroi::bench
