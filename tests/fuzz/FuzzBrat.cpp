// brat standoff importer: part 0 is the document's text ("doc.txt"), part 1 its annotations ("doc.ann"), part 2 a
// candor.json manifest beside them (empty: none).
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QList<QByteArray> parts = candor::fuzz::splitParts(data, size, 3);
    QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("doc.txt"), parts[0]}, {QStringLiteral("doc.ann"), parts[1]}};
    if (!parts[2].isEmpty())
        files.append({QStringLiteral("candor.json"), parts[2]});
    const QString folder = harness.prepare(files);
    harness.run(QStringLiteral("brat"), folder);
    return 0;
}
