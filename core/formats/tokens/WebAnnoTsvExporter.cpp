#include "core/formats/tokens/WebAnnoTsvExporter.h"

#include "core/formats/common/ExportFolder.h"
#include "core/formats/common/ExportSupport.h"
#include "core/formats/common/InterchangeItems.h"
#include "core/formats/tabular/ExportSupport.h"
#include "core/formats/tokens/TokenisedItems.h"
#include "core/text/CodePoints.h"

namespace candor {

namespace webanno {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
        case '[':
        case ']':
        case '|':
        case '_':
        case ';':
        case '*': out += QLatin1Char('\\') + c; break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '-':
            // "->" is escaped as one unit.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('>')) {
                out += QStringLiteral("\\->");
                ++i;
            } else {
                out += c;
            }
            break;
        default: out += c;
        }
    }
    return out;
}

QString layerName(const QString &schema)
{
    QString name;
    bool upper = true;
    for (const QChar c : schema) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            name += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(QStringLiteral("Schema"));
    return QStringLiteral("webanno.custom.") + name;
}

} // namespace webanno

namespace {

const QStringList kFeatures{QStringLiteral("label"), QStringLiteral("origin"), QStringLiteral("annotator")};

QString header(const QStringList &schemas)
{
    QString out = QStringLiteral("#FORMAT=WebAnno TSV 3.3\n");
    for (const QString &schema : schemas)
        out += QStringLiteral("#T_SP=") + webanno::layerName(schema) + QLatin1Char('|')
            + kFeatures.join(QLatin1Char('|')) + QLatin1Char('\n');
    return out + QStringLiteral("\n\n");
}

// The disambiguation id of each span (0: none needed): spans over several tokens and spans stacked on a token
// with another of their layer. Ids count up through the document, over all layers.
QList<int> disambiguationIds(const QList<tokens::TokenSpan> &spans, int tokenCount, int &nextId)
{
    QList<int> perToken(tokenCount, 0);
    for (const tokens::TokenSpan &span : spans)
        for (int t = span.first; t <= span.last; ++t)
            ++perToken[t];
    QList<int> ids;
    for (const tokens::TokenSpan &span : spans) {
        bool needed = span.last > span.first;
        for (int t = span.first; t <= span.last && !needed; ++t)
            needed = perToken[t] > 1;
        ids.append(needed ? nextId++ : 0);
    }
    return ids;
}

QString featureValue(const tokens::TokenSpan &span, int feature)
{
    const QString value = feature == 0 ? span.label : feature == 1 ? originName(span.origin) : span.annotator;
    return value.isEmpty() ? QStringLiteral("*") : webanno::escaped(value);
}

// The feature columns of one layer on one token, each followed by a tab.
QString layerCells(const QList<tokens::TokenSpan> &spans, const QList<int> &ids, int token)
{
    QStringList cells(kFeatures.size());
    for (qsizetype s = 0; s < spans.size(); ++s) {
        if (spans[s].first > token || spans[s].last < token)
            continue;
        const QString id = ids[s] ? QStringLiteral("[%1]").arg(ids[s]) : QString();
        for (qsizetype f = 0; f < kFeatures.size(); ++f)
            cells[f] += (cells[f].isEmpty() ? QString() : QStringLiteral("|")) + featureValue(spans[s], int(f)) + id;
    }
    QString out;
    for (const QString &cell : cells)
        out += (cell.isEmpty() ? QStringLiteral("_") : cell) + QLatin1Char('\t');
    return out;
}

QString document(const tokens::TokenisedItem &item, const QStringList &schemas)
{
    const QString &text = item.item.text;
    const CodePointMap codePoints(text);
    int nextId = 1;
    QList<QList<int>> ids;
    for (const QString &schema : schemas)
        ids.append(disambiguationIds(item.spans.value(schema), int(item.tokens.size()), nextId));
    QString out = header(schemas);
    int token = 0;
    for (qsizetype s = 0; s < item.sentences.size(); ++s) {
        const tokens::Sentence &sentence = item.sentences[s];
        // One #Text line per line of the sentence, from its first token to its last.
        const QString sentenceText = codePoints.mid(text, sentence.first().start, sentence.last().end);
        for (const QString &line : sentenceText.split(QLatin1Char('\n')))
            out += QStringLiteral("#Text=") + webanno::escaped(line) + QLatin1Char('\n');
        for (qsizetype t = 0; t < sentence.size(); ++t, ++token) {
            const tokens::Token &at = sentence[t];
            out += QStringLiteral("%1-%2\t%3-%4\t%5\t")
                       .arg(s + 1)
                       .arg(t + 1)
                       .arg(codePoints.toUtf16(at.start))
                       .arg(codePoints.toUtf16(at.end))
                       .arg(webanno::escaped(codePoints.mid(text, at.start, at.end)));
            for (qsizetype l = 0; l < schemas.size(); ++l)
                out += layerCells(item.spans.value(schemas[l]), ids[l], token);
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

qint64 WebAnnoTsvExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ExportFolder folder(outPath);
    const QStringList schemas = tokens::spanSchemasToExport(store, options);
    const QList<qint64> ids = exportedItemIds(store, options.split);
    qint64 written = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        throwIfCancelled(cancel);
        if (progress)
            progress(i, ids.size());
        const std::optional<Item> item = itemToExport(store, ids[i], options);
        if (!item)
            continue;
        const tokens::TokenisedItem tokenised = tokens::tokeniseItem(store, *item, schemas, options.selection);
        if (tokenised.tokens.isEmpty())
            continue;
        folder.writeFile(documentFileName(int(++written), item->externalId) + QStringLiteral(".tsv"),
            document(tokenised, schemas).toUtf8());
    }
    throwIfCancelled(cancel);
    folder.commit();
    if (progress)
        progress(ids.size(), ids.size());
    return written;
}

} // namespace candor
