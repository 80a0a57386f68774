#pragma once

#include "core/domain/Annotation.h"
#include "core/domain/Item.h"
#include "core/formats/common/Exporter.h"
#include "core/formats/tokens/TokenSentences.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace candor::tokens {

// A span laid over tokens: the first and last token it covers (indices into TokenisedItem::tokens).
struct TokenSpan
{
    int first = 0;
    int last = 0;
    QString label;
    Origin origin = Origin::Gold;
    QString annotator;
};

// An item's text cut into sentences of tokens on which every exported span starts and ends, and its spans per
// schema under the export's selection. Sentences are paragraphs, joined where a span runs across them. Spans on a
// thread's replies are not the item's text and are left out, and so is a span of white space only (no token).
struct TokenisedItem
{
    Item item;
    QList<Sentence> sentences;
    QList<Token> tokens; // all sentences' tokens, in order
    QHash<QString, QList<TokenSpan>> spans; // schema -> spans, ordered by first token, then last, then label
};

// The span schemas an export of these options writes, in schema order: those in use that mark spans (not the
// single-choice item schemas).
QStringList spanSchemasToExport(const ProjectStore &store, const ExportOptions &options);

TokenisedItem tokeniseItem(
    const ProjectStore &store, const Item &item, const QStringList &schemas, const AnnotationSelection &selection);

} // namespace candor::tokens
