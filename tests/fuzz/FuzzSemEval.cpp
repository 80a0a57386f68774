// SemEval-2021 Task 6 importer: part 0 is the subtask file (the subtask comes from its records' shape, as for a
// file whose name says none), parts 1 and 2 the images "a.png" and "b.jpg" beside it.
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QList<QByteArray> parts = candor::fuzz::splitParts(data, size, 3);
    const QString folder = harness.prepare({{QStringLiteral("memes.txt"), parts[0]},
        {QStringLiteral("a.png"), parts[1]}, {QStringLiteral("b.jpg"), parts[2]}});
    candor::ImportOptions options;
    options.split = QStringLiteral("train");
    harness.run(QStringLiteral("semeval"), folder + QStringLiteral("/memes.txt"), options);
    return 0;
}
