#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/SimilarItems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {

namespace {

QJsonObject toJson(const SimilarItem &item)
{
    QJsonObject object{{QStringLiteral("item_id"), item.itemId}, {QStringLiteral("kind"), itemKindName(item.kind)},
        {QStringLiteral("similarity"), item.similarity()},
        {QStringLiteral("image_distance"), item.imageDistance >= 0 ? QJsonValue(item.imageDistance) : QJsonValue()},
        {QStringLiteral("text_similarity"), item.textSimilarity >= 0 ? QJsonValue(item.textSimilarity) : QJsonValue()},
        {QStringLiteral("verdict"), item.verdictOrigin ? QJsonValue(item.verdict) : QJsonValue()},
        {QStringLiteral("verdict_origin"),
            item.verdictOrigin ? QJsonValue(originName(*item.verdictOrigin)) : QJsonValue()},
        {QStringLiteral("labels"), QJsonArray::fromStringList(item.labels)},
        {QStringLiteral("fact_check"),
            item.factCheck ? QJsonValue(factCheckRatingName(*item.factCheck)) : QJsonValue()}};
    return object;
}

QString toLine(const SimilarItem &item)
{
    QStringList parts{QStringLiteral("item %1 (%2)").arg(item.itemId).arg(itemKindName(item.kind))};
    if (item.imageDistance >= 0)
        parts.append(QStringLiteral("image %1 bits").arg(item.imageDistance));
    if (item.textSimilarity >= 0)
        parts.append(QStringLiteral("text %1").arg(item.textSimilarity, 0, 'f', 2));
    if (item.verdictOrigin)
        parts.append(QStringLiteral("verdict %1 (%2)").arg(item.verdict, originName(*item.verdictOrigin)));
    if (item.factCheck)
        parts.append(QStringLiteral("fact check %1").arg(factCheckRatingName(*item.factCheck)));
    if (!item.labels.isEmpty())
        parts.append(QStringLiteral("labels: %1").arg(item.labels.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("  "));
}

int intOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok)
        throw Error(QStringLiteral("--%1 takes a whole number, not '%2'").arg(name, parser.value(name)));
    return value;
}

} // namespace

int runSimilar(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the near-duplicates of an item, nearest first: items whose image is within a few bits of its image's\n"
        "perceptual hash (rescaled, recompressed, re-captioned copies) and items whose text shares most word pairs\n"
        "with its text (MinHash estimate), each with its fake/real verdict (gold, else human, else model) and its\n"
        "gold and human item labels."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("item"), QStringLiteral("the item id"));
    parser.addOption({QStringLiteral("max-distance"),
        QStringLiteral("most differing bits of two image hashes, 0-7 (default 7)"), QStringLiteral("bits")});
    parser.addOption({QStringLiteral("min-similarity"),
        QStringLiteral("least estimated word-pair Jaccard of two texts, above 0 up to 1 (default 0.5)"),
        QStringLiteral("share")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("at most this many items (default 50)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 itemId = positional[1].toLongLong(&ok);
    if (!ok || itemId <= 0) {
        printErr(QStringLiteral("candor-cli similar: '%1' is not an item id").arg(positional[1]));
        return Usage;
    }
    SimilarityOptions options;
    options.maxImageDistance = intOption(parser, QStringLiteral("max-distance"), options.maxImageDistance);
    options.limit = intOption(parser, QStringLiteral("limit"), options.limit);
    if (parser.isSet(QStringLiteral("min-similarity"))) {
        options.minTextSimilarity = parser.value(QStringLiteral("min-similarity")).toDouble(&ok);
        if (!ok)
            throw Error(QStringLiteral("--min-similarity takes a number, not '%1'")
                            .arg(parser.value(QStringLiteral("min-similarity"))));
    }
    const ProjectStore store(positional[0]);
    const QList<SimilarItem> items = SimilarItems::of(store, itemId, options);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SimilarItem &item : items)
            list.append(toJson(item));
        const QJsonObject object{{QStringLiteral("item_id"), itemId}, {QStringLiteral("similar"), list}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else if (items.isEmpty()) {
        printOut(QStringLiteral("no near-duplicates of item %1").arg(itemId));
    } else {
        for (const SimilarItem &item : items)
            printOut(toLine(item));
    }
    return Ok;
}

} // namespace candor::cli
