#include "app/cli/cli.h"
#include "app/cli/cliio.h"

namespace iroi::cli {

int runPlan(const QStringList &)
{
    return usageError(QStringLiteral("this command is not available yet in this build"));
}

int runFit(const QStringList &)
{
    return usageError(QStringLiteral("this command is not available yet in this build"));
}

} // namespace iroi::cli
