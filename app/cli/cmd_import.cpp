#include "app/cli/cli.h"
#include "app/cli/cliio.h"

namespace iroi::cli {

int runImport(const QStringList &)
{
    return usageError(QStringLiteral("this command is not available yet in this build"));
}

} // namespace iroi::cli
