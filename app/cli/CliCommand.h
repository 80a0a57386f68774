#pragma once

#include <QStringList>

#include <vector>

namespace candor::cli {

// One sub-command of candor-cli. The set and the flags are a stable contract: extend, never change.
struct CliCommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments); // arguments[0] is "candor-cli <name>"
};

const std::vector<CliCommand> &commands();

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, PartialImport = 3 };

} // namespace candor::cli
