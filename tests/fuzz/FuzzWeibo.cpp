// Weibo (EANN subset) importer: part 0 is the posts file tweets/train_rumor.txt, parts 1 and 2 the images "a.jpg"
// and "b.png" in rumor_images/ one folder up, as in the dataset's layout.
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QList<QByteArray> parts = candor::fuzz::splitParts(data, size, 3);
    const QString folder = harness.prepare({{QStringLiteral("tweets/train_rumor.txt"), parts[0]},
        {QStringLiteral("rumor_images/a.jpg"), parts[1]}, {QStringLiteral("rumor_images/b.png"), parts[2]}});
    harness.run(QStringLiteral("weibo"), folder + QStringLiteral("/tweets/train_rumor.txt"));
    return 0;
}
