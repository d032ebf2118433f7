#pragma once

#include "core/analysis/filter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace iroi {
struct Catalog;
}

namespace iroi::cli {

// The analysis filter as the report and export commands take it: --campaign, --channel,
// --person, --content-type (names, repeatable), --person-kind, --from and --to.
struct FilterOptions
{
    QCommandLineOption campaign{QStringLiteral("campaign"), QStringLiteral("Only this campaign (repeatable)."),
                                QStringLiteral("NAME")};
    QCommandLineOption channel{QStringLiteral("channel"), QStringLiteral("Only this channel (repeatable)."),
                               QStringLiteral("NAME")};
    QCommandLineOption person{QStringLiteral("person"), QStringLiteral("Only this person's handle (repeatable)."),
                              QStringLiteral("HANDLE")};
    QCommandLineOption contentType{QStringLiteral("content-type"), QStringLiteral("Only this content type (repeatable)."),
                                   QStringLiteral("NAME")};
    QCommandLineOption personKind{QStringLiteral("person-kind"), QStringLiteral("influencer or employee."),
                                  QStringLiteral("KIND")};
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD."), QStringLiteral("DATE")};

    void addTo(QCommandLineParser &parser) const;

    // The filter the parsed options name, resolved against the workspace's catalog. On an
    // unknown name, kind or date it prints the reason and returns nullopt (exit BadInput).
    std::optional<Filter> resolve(const QCommandLineParser &parser, const Catalog &catalog) const;
};

} // namespace iroi::cli
