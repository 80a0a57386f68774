#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/store/ProjectStore.h"

namespace candor::cli {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates an empty Candor project (*.candor)."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file to create"));
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    const QString path = parser.positionalArguments().first();
    ProjectStore::create(path);
    printOut(QStringLiteral("created %1").arg(path));
    return Ok;
}

} // namespace candor::cli
