// candor-fuzz-seeds OUTDIR: writes the seed corpus of every fuzz target into OUTDIR/<target>/ from the project's
// own fixtures (Seeds.h). Deterministic and small (tens of KB), so corpora are generated, never committed.
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
    candor::fuzz::writeEngineSeeds(out);
    return 0;
}
