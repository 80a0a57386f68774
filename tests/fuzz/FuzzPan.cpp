// PAN 2024 importer: the input is one JSON file (language from its name; no split given, so the deterministic
// train/dev split runs too).
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static candor::fuzz::ImportHarness harness;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString folder = harness.prepare({{QStringLiteral("dataset_en.json"), bytes}});
    harness.run(QStringLiteral("pan"), folder + QStringLiteral("/dataset_en.json"));
    return 0;
}
