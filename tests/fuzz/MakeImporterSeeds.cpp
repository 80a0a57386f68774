// candor-fuzz-importer-seeds OUTDIR: the seed corpora of the fuzz targets that need no libtorch (the importers,
// the image decoder), for a sanitizer build of only those (tools/sanitize.sh --scope importers).
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/Seeds.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    candor::fuzz::ensureApplication();
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    candor::fuzz::writeImporterSeeds(out);
    return 0;
}
