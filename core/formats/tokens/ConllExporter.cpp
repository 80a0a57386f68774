#include "core/formats/tokens/ConllExporter.h"

#include "core/formats/common/InterchangeItems.h"
#include "core/formats/tabular/ExportSupport.h"
#include "core/formats/tokens/TokenisedItems.h"
#include "core/text/CodePoints.h"

namespace candor {

namespace {

QString tagLabel(QString label)
{
    for (QChar &c : label)
        if (c.isSpace())
            c = QLatin1Char('_');
    label.replace(QLatin1Char('|'), QLatin1Char('/'));
    return label;
}

QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.isSpace())
            c = QLatin1Char(' ');
    return text;
}

QString tagsOf(const QList<tokens::TokenSpan> &spans, int token)
{
    QStringList tags;
    for (const tokens::TokenSpan &span : spans) {
        if (span.first > token)
            break; // spans are ordered by their first token
        if (span.last >= token)
            tags.append((span.first == token ? QStringLiteral("B-") : QStringLiteral("I-")) + tagLabel(span.label));
    }
    tags.removeDuplicates(); // two annotators' identical spans are one tag
    return tags.isEmpty() ? QStringLiteral("O") : tags.join(QLatin1Char('|'));
}

QString documentLines(const tokens::TokenisedItem &document, const QStringList &schemas)
{
    const QString id = document.item.source + QLatin1Char('/') + document.item.externalId;
    QString out = QStringLiteral("# newdoc id = %1\n").arg(oneLine(id));
    const CodePointMap codePoints(document.item.text);
    int token = 0;
    for (qsizetype s = 0; s < document.sentences.size(); ++s) {
        const tokens::Sentence &sentence = document.sentences[s];
        out += QStringLiteral("# sent_id = %1#%2\n# text = %3\n")
                   .arg(oneLine(id))
                   .arg(s + 1)
                   .arg(oneLine(codePoints.mid(document.item.text, sentence.first().start, sentence.last().end)));
        for (const tokens::Token &at : sentence) {
            QStringList columns{codePoints.mid(document.item.text, at.start, at.end), QString::number(at.start),
                QString::number(at.end)};
            for (const QString &schema : schemas)
                columns.append(tagsOf(document.spans.value(schema), token));
            out += columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
            ++token;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

qint64 ConllExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QStringList schemas = tokens::spanSchemasToExport(store, options);
    ExportFile file(outPath);
    QStringList columns{QStringLiteral("FORM"), QStringLiteral("CANDOR:START"), QStringLiteral("CANDOR:END")};
    for (const QString &schema : schemas)
        columns.append(QStringLiteral("CANDOR:") + schema.toUpper());
    file.write((QStringLiteral("# global.columns = ") + columns.join(QLatin1Char(' ')) + QLatin1Char('\n')).toUtf8());
    const QList<qint64> ids = exportedItemIds(store, options.split);
    qint64 written = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        file.checkCancelled(cancel);
        if (progress)
            progress(i, ids.size());
        const std::optional<Item> item = itemToExport(store, ids[i], options);
        if (!item)
            continue;
        const tokens::TokenisedItem document = tokens::tokeniseItem(store, *item, schemas, options.selection);
        if (document.tokens.isEmpty())
            continue; // white space only: no token to tag
        file.write(documentLines(document, schemas).toUtf8());
        ++written;
    }
    file.checkCancelled(cancel);
    file.commit();
    if (progress)
        progress(ids.size(), ids.size());
    return written;
}

} // namespace candor
