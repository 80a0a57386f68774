#include "core/formats/tokens/TokenisedItems.h"

#include "core/domain/LabelSchema.h"
#include "core/formats/tabular/ExportSupport.h"
#include "core/store/ProjectStore.h"

#include <algorithm>

namespace candor::tokens {

namespace {

// Joins the sentences a span runs across into one (a meme's technique often runs over the empty line between two
// of its text blocks): sentence-level readers, and INCEpTION layers by default, take no span across sentences.
QList<Sentence> joinedAcrossSpans(const QList<Sentence> &sentences, const QList<TokenSpan> &spans)
{
    QList<int> sentenceOf; // token index -> sentence index
    for (qsizetype s = 0; s < sentences.size(); ++s)
        sentenceOf.append(QList<int>(sentences[s].size(), int(s)));
    QList<bool> joinsNext(sentences.size(), false);
    for (const TokenSpan &span : spans)
        for (int s = sentenceOf[span.first]; s < sentenceOf[span.last]; ++s)
            joinsNext[s] = true;
    QList<Sentence> joined;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (s > 0 && joinsNext[s - 1])
            joined.last().append(sentences[s]);
        else
            joined.append(sentences[s]);
    }
    return joined;
}

} // namespace

QStringList spanSchemasToExport(const ProjectStore &store, const ExportOptions &options)
{
    QStringList schemas;
    for (const QString &schema : schemasInUse(store, options.split))
        if (!isSingleChoiceSchema(schema) && schema != Schemas::Fake2)
            schemas.append(schema);
    return schemas;
}

TokenisedItem tokeniseItem(
    const ProjectStore &store, const Item &item, const QStringList &schemas, const AnnotationSelection &selection)
{
    TokenisedItem result;
    result.item = item;
    QHash<QString, QList<Annotation>> rows;
    QList<int> edges;
    for (const QString &schema : schemas) {
        for (const Annotation &row : selection.select(store, item.id, schema)) {
            if (!row.isSpan() || row.postRowId)
                continue;
            rows[schema].append(row);
            edges << *row.start << *row.end;
        }
    }
    const QList<Sentence> paragraphs = tokenise(item.text, edges);
    result.tokens = flatten(paragraphs);
    QList<TokenSpan> all;
    for (auto schema = rows.cbegin(); schema != rows.cend(); ++schema) {
        QList<TokenSpan> &spans = result.spans[schema.key()];
        for (const Annotation &row : schema.value()) {
            const QPair<int, int> covered = tokensCovering(result.tokens, *row.start, *row.end);
            if (covered.first < 0)
                continue; // white space only: no token to mark
            spans.append({covered.first, covered.second, row.label, row.origin, row.annotator});
            all.append(spans.last());
        }
        std::sort(spans.begin(), spans.end(), [](const TokenSpan &a, const TokenSpan &b) {
            return std::tie(a.first, a.last, a.label, a.annotator) < std::tie(b.first, b.last, b.label, b.annotator);
        });
    }
    result.sentences = joinedAcrossSpans(paragraphs, all);
    return result;
}

} // namespace candor::tokens
