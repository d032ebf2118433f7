#pragma once

#include "core/common/progress.h"
#include "core/common/result.h"

#include <QString>

#include <utility>
#include <vector>

namespace iroi {

// The built-in demo workspace: "Lumen", a yoga and wellness brand, over 2024-01-01 ..
// 2025-12-31, with influencers, employee advocates, campaigns, goals, orders, costs, an
// EMV rate card and share of voice. The data is synthetic but has known, documented
// truths planted in it (docs/demo-data.md) so analyses and tests can look for them.
struct DemoOptions
{
    int scale = 1;            // multiplies posts, metric rows and orders; 1 .. kMaxDemoScale
    quint64 seed = 20240101;  // the same seed always gives the same table contents
};

struct DemoSummary
{
    std::vector<std::pair<QString, qint64>> rowsPerTable; // every schema table, schema order
    qint64 totalRows = 0;
    double seconds = 0.0; // wall time of the generation, commit included
};

constexpr int kMaxDemoScale = 100;
// Bumped whenever the generated content changes; stored as the setting
// demo.generator_version so a cached demo file from an older build is regenerated.
constexpr int kDemoGeneratorVersion = 1;
// The file name ensureDemoWorkspace() uses inside its directory.
QString demoWorkspaceFileName();

// Creates a NEW workspace at path (fails if the file exists) and fills it in one
// transaction. On failure or cancellation no file is left behind. summary may be null.
Status generateDemo(const QString &path, const DemoOptions &options, ProgressSink &progress,
                    DemoSummary *summary = nullptr);

// Like generateDemo(), but writes to a temporary file beside path and renames it over
// path at the end, so an existing file is replaced only by a complete one.
Status writeDemoFile(const QString &path, const DemoOptions &options, ProgressSink &progress,
                     DemoSummary *summary = nullptr);

// Returns the path of the cached demo workspace in directory, generating it (scale 1,
// default seed) only when it is missing or was made by another generator version.
Result<QString> ensureDemoWorkspace(const QString &directory);
Result<QString> ensureDemoWorkspace(const QString &directory, ProgressSink &progress);

} // namespace iroi
