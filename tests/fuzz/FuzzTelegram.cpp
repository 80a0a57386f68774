// Telegram Desktop export importer: part 0 is result.json, part 1 the photo "photos/photo_1.jpg" of the folder.
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QList<QByteArray> parts = candor::fuzz::splitParts(data, size, 2);
    const QString folder = harness.prepare(
        {{QStringLiteral("result.json"), parts[0]}, {QStringLiteral("photos/photo_1.jpg"), parts[1]}});
    harness.run(QStringLiteral("telegram"), folder);
    return 0;
}
