// Label schema files (`candor-cli schema import`, Edit > Label schemas… > Import…): Candor JSON with its duplicate-key
// scan, Label Studio configurations and exports, brat annotation.conf. A refusal is a candor::Error; what is accepted
// must survive a round trip through Candor's JSON unchanged.
#include "core/domain/Error.h"
#include "core/formats/schema/SchemaFile.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    candor::LabelSchema schema;
    try {
        schema = candor::SchemaFile::parse(bytes, QStringLiteral("fuzz"), QStringLiteral("fuzzed"));
    } catch (const candor::Error &) {
        return 0;
    }
    const QByteArray once = candor::SchemaFile::toJson(schema);
    QByteArray twice;
    try {
        twice = candor::SchemaFile::toJson(candor::SchemaFile::parse(once, QStringLiteral("fuzz")));
    } catch (const candor::Error &error) {
        std::fprintf(stderr, "a written schema was refused: %s\n%s\n", error.what(), once.constData());
        std::abort();
    }
    if (twice != once) {
        std::fprintf(stderr, "schema changed in a round trip:\n%s\n%s\n", once.constData(), twice.constData());
        std::abort();
    }
    return 0;
}
