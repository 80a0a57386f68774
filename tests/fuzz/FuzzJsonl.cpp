// Generic JSON Lines importer (layout: GenericInput.h).
#include "tests/fuzz/GenericInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    candor::fuzz::runGenericImport(QStringLiteral("jsonl"), QStringLiteral("records.jsonl"), data, size);
    return 0;
}
