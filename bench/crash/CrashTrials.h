#pragma once

#include <QStringList>

namespace candor::bench {

// candor-bench crash-trials N [--kinds import,annotate,train,register] [--seed S] [--work DIR]
// Kills (SIGKILL) the real programs at random moments of an import, of annotation edits, of a training and of
// model registration, N times each, and after every kill checks: PRAGMA integrity_check is ok, no job is left
// 'running', what is stored sits on a committed boundary (whole import files, the editor's acknowledged edits,
// whole model versions whose files verify and load), and a re-run completes.
int runCrashTrials(const QStringList &arguments);

// The child side: candor-bench crash-driver annotate PROJECT SEED COUNT | register PROJECT VERSION COUNT.
// Prints the number of operations done after each commit, one per line, flushed.
int runCrashDriver(const QStringList &arguments);

} // namespace candor::bench
