#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// INCEpTION's WebAnno TSV 3.3 (inception-project.github.io, "WebAnno TSV 3.3 File format"): a folder with one
// `.tsv` per item with text in scope. Each span schema is a custom span layer, webanno.custom.<Schema> (e.g.
// webanno.custom.Persuasion20), with three features: label, origin (gold, human, model) and annotator, so the
// spans of several annotators stay told apart in one file. Following the format:
//  - offsets count UTF-16 units, as INCEpTION (Java) does; this is the one edge where Candor writes them, because
//    the format says so (an emoji counts 2);
//  - sentences are those of core/formats/tokens/TokenSentences (paragraphs; a line break inside one gives another
//    #Text line), tokens are cut at every span edge, so each span keeps exactly its text;
//  - a span over several tokens, or stacked with another of its layer on a token, carries a disambiguation id
//    ("Smears[3]"); stacked values are joined with '|', a missing feature value is '*', no annotation is '_';
//  - reserved characters (\ [ ] | _ -> ; * tab, line feed, carriage return) are escaped with a backslash.
// The layers must exist in the INCEpTION project before it imports the files (as the format requires); their
// names and features are in each file's header. The folder appears whole or not at all.
class WebAnnoTsvExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("webanno-tsv"); }
    bool writesFolder() const override { return true; }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

namespace webanno {
// The escaping of reserved characters in text, tokens and feature values.
QString escaped(const QString &text);
// "persuasion-20" -> "webanno.custom.Persuasion20": a Java type name of letters and digits.
QString layerName(const QString &schema);
} // namespace webanno

} // namespace candor
