#pragma once

// The JSONL and CSV targets share their input layout: part 0 the column mapping (one key=value per line, as
// `candor-cli import --map` takes them), part 1 the data file, part 2 the image "a.png" beside it.
#include "tests/fuzz/FuzzSupport.h"

namespace candor::fuzz {

inline void runGenericImport(const QString &format, const QString &fileName, const uint8_t *data, size_t size)
{
    static ImportHarness harness;
    const QList<QByteArray> parts = splitParts(data, size, 3);
    ImportOptions options;
    int keys = 0;
    for (const QByteArray &line : parts[0].split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && ++keys <= 16)
            options.mapping.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const QString folder = harness.prepare({{fileName, parts[1]}, {QStringLiteral("a.png"), parts[2]}});
    harness.run(format, folder + QLatin1Char('/') + fileName, options);
}

} // namespace candor::fuzz
