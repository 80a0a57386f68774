// Label Studio JSON importer: the input is one tasks file.
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString folder = harness.prepare({{QStringLiteral("tasks.json"), bytes}});
    harness.run(QStringLiteral("labelstudio"), folder + QStringLiteral("/tasks.json"));
    return 0;
}
