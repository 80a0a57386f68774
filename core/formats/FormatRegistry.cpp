// The list of formats Candor reads and writes. Auto-detection tries importers in this order, most specific first.
#include "formats/common/Exporter.h"
#include "formats/common/Importer.h"

namespace candor {

std::vector<std::unique_ptr<Importer>> allImporters()
{
    std::vector<std::unique_ptr<Importer>> importers;
    return importers;
}

std::vector<std::unique_ptr<Exporter>> allExporters()
{
    std::vector<std::unique_ptr<Exporter>> exporters;
    return exporters;
}

std::unique_ptr<Exporter> exporterFor(const QString &format)
{
    for (auto &exporter : allExporters())
        if (exporter->format() == format)
            return std::move(exporter);
    return nullptr;
}

} // namespace candor
