// MediaEval 2016 importer: part 0 is the tab-separated posts file, parts 1 and 2 the images "img1.jpg" and
// "img2.png" in the images/ folder beside it.
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QList<QByteArray> parts = candor::fuzz::splitParts(data, size, 3);
    const QString folder = harness.prepare({{QStringLiteral("posts.txt"), parts[0]},
        {QStringLiteral("images/img1.jpg"), parts[1]}, {QStringLiteral("images/img2.png"), parts[2]}});
    harness.run(QStringLiteral("mediaeval"), folder + QStringLiteral("/posts.txt"));
    return 0;
}
