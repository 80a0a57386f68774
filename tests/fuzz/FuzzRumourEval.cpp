// RumourEval importer: one thread folder in the released layout. Parts: source tweet, two replies,
// structure.json, subtaskA.json and subtaskB.json (in train-annotations/ beside train/).
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QList<QByteArray> parts = candor::fuzz::splitParts(data, size, 6);
    const QString thread = QStringLiteral("train/crash/100/");
    const QString folder = harness.prepare({{thread + QStringLiteral("source-tweet/100.json"), parts[0]},
        {thread + QStringLiteral("replies/101.json"), parts[1]},
        {thread + QStringLiteral("replies/102.json"), parts[2]}, {thread + QStringLiteral("structure.json"), parts[3]},
        {QStringLiteral("train-annotations/subtaskA.json"), parts[4]},
        {QStringLiteral("train-annotations/subtaskB.json"), parts[5]}});
    harness.run(QStringLiteral("rumoureval"), folder + QStringLiteral("/train"));
    return 0;
}
