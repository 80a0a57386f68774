#pragma once

// The seed corpora of the fuzz targets, written by candor-fuzz-seeds (every target) and
// candor-fuzz-importer-seeds (the importers and the image decoder, which need no libtorch: the sanitizer stage of
// tools/test.sh builds only those). Each writes OUTDIR/<target>/<name> files from the project's own fixtures.
#include <QByteArray>
#include <QString>

namespace candor::fuzz {

// Writes one seed file; aborts when it cannot (a seed tool that half-writes its corpus is worse than none).
void writeSeed(const QString &outDir, const QString &target, const QString &name, const QByteArray &bytes);

// The importers' and the image decoder's seeds: the shapes the importer tests write (tests/formats), the sample
// project's generated memes and Telegram chats (core/sample), images drawn in memory.
void writeImporterSeeds(const QString &outDir);

// The training config readers' seeds and model files saved by the engine after a tiny training (links libtorch).
void writeEngineSeeds(const QString &outDir);

} // namespace candor::fuzz
