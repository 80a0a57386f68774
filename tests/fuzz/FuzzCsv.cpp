// Generic CSV importer (layout: GenericInput.h); the delimiter comes from the mapping ("delimiter=tab", ...).
#include "tests/fuzz/GenericInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    candor::fuzz::runGenericImport(QStringLiteral("csv"), QStringLiteral("records.csv"), data, size);
    return 0;
}
