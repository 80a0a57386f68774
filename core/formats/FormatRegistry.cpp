// The list of formats Candor reads and writes. Auto-detection tries importers in this order, most specific first.
#include "core/formats/brat/BratExporter.h"
#include "core/formats/brat/BratImporter.h"
#include "core/formats/common/Exporter.h"
#include "core/formats/common/Importer.h"
#include "core/formats/factcheck/FactCheckExporters.h"
#include "core/formats/image/ImageImporter.h"
#include "core/formats/labelstudio/LabelStudioExporter.h"
#include "core/formats/labelstudio/LabelStudioImporter.h"
#include "core/formats/mediaeval/MediaEvalImporter.h"
#include "core/formats/pan/PanExporter.h"
#include "core/formats/pan/PanImporter.h"
#include "core/formats/pheme/PhemeImporter.h"
#include "core/formats/rumoureval/RumourEvalExporter.h"
#include "core/formats/rumoureval/RumourEvalImporter.h"
#include "core/formats/semeval/SemEvalExporter.h"
#include "core/formats/semeval/SemEvalImporter.h"
#include "core/formats/tabular/GenericImporters.h"
#include "core/formats/tabular/TabularExporters.h"
#include "core/formats/telegram/TelegramImporter.h"
#include "core/formats/tokens/ConllExporter.h"
#include "core/formats/tokens/WebAnnoTsvExporter.h"
#include "core/formats/weibo/WeiboImporter.h"

namespace candor {

std::vector<std::unique_ptr<Importer>> allImporters()
{
    std::vector<std::unique_ptr<Importer>> importers;
    importers.push_back(std::make_unique<SemEvalImporter>());
    importers.push_back(std::make_unique<PanImporter>());
    importers.push_back(std::make_unique<PhemeImporter>());
    importers.push_back(std::make_unique<RumourEvalImporter>());
    importers.push_back(std::make_unique<MediaEvalImporter>());
    importers.push_back(std::make_unique<WeiboImporter>());
    importers.push_back(std::make_unique<TelegramImporter>());
    importers.push_back(std::make_unique<BratImporter>());
    importers.push_back(std::make_unique<LabelStudioImporter>()); // after PAN, whose records have annotations too
    importers.push_back(std::make_unique<JsonlImporter>());
    importers.push_back(std::make_unique<CsvImporter>());
    importers.push_back(std::make_unique<ImageImporter>()); // last: a folder of images with a CSV is the CSV's
    return importers;
}

std::vector<std::unique_ptr<Exporter>> allExporters()
{
    std::vector<std::unique_ptr<Exporter>> exporters;
    for (int subtask = 1; subtask <= 3; ++subtask)
        exporters.push_back(std::make_unique<SemEvalExporter>(subtask));
    exporters.push_back(std::make_unique<PanExporter>());
    exporters.push_back(std::make_unique<RumourEvalExporter>());
    exporters.push_back(std::make_unique<JsonlExporter>());
    exporters.push_back(std::make_unique<CsvExporter>());
    exporters.push_back(std::make_unique<FactCheckJsonlExporter>());
    exporters.push_back(std::make_unique<FactCheckCsvExporter>());
    exporters.push_back(std::make_unique<ClaimReviewExporter>());
    exporters.push_back(std::make_unique<BratExporter>());
    exporters.push_back(std::make_unique<LabelStudioExporter>());
    exporters.push_back(std::make_unique<ConllExporter>());
    exporters.push_back(std::make_unique<WebAnnoTsvExporter>());
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
