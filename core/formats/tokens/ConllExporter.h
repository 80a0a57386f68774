#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// CoNLL-style BIO, the input of sequence taggers (CoNLL-2003 NER style, read by Flair's ColumnCorpus, Hugging Face
// token-classification scripts, seqeval), written as CoNLL-U Plus so its columns say what they are:
//   # global.columns = FORM CANDOR:START CANDOR:END CANDOR:PERSUASION-20 ...
//   # newdoc id = <source>/<external id>
//   # sent_id = <source>/<external id>#<n>
//   # text = <the sentence, line breaks as spaces>
//   <token> TAB <start> TAB <end> TAB <tag per span schema>
// and an empty line after each sentence. Offsets are code points into the item's text; tokens and sentences are
// those of core/formats/tokens/TokenSentences, cut at every span edge so a span's tokens are exactly its text.
// A tag is B-<label> on a span's first token, I-<label> on the others, O outside (spaces in a label become '_').
// Spans of one schema that overlap, which persuasion techniques often do, are all kept: the tags of one token are
// joined with '|' in the order the spans start ("I-Smears|B-Doubt"); a reader that needs one tag per token takes the
// first. Every item with text in scope is written, annotated or not: a meme without techniques is a negative
// example. One file, complete or not at all.
class ConllExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("conll"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

} // namespace candor
