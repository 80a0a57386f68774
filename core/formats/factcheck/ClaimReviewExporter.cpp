#include "core/formats/common/ExportSupport.h"
#include "core/formats/factcheck/FactCheckExporters.h"
#include "core/formats/factcheck/FactCheckRecords.h"
#include "core/store/ProjectStore.h"

#include <QJsonObject>

namespace candor {

namespace {

QJsonObject typed(const char *type, QJsonObject object)
{
    object.insert(QStringLiteral("@type"), QString::fromLatin1(type));
    return object;
}

// ClaimReview's words for a rating are English ("Mostly false"): they are data for search engines and
// fact-check aggregators, not text for this window, so they are not translated.
QString englishRating(FactCheckRating rating)
{
    QString words = factCheckRatingName(rating).replace(QLatin1Char('-'), QLatin1Char(' '));
    words[0] = words[0].toUpper();
    return words;
}

QJsonObject reviewRating(FactCheckRating rating)
{
    QJsonObject object{{QStringLiteral("bestRating"), 5}, {QStringLiteral("worstRating"), 1},
        {QStringLiteral("alternateName"), englishRating(rating)}};
    if (const std::optional<int> value = factCheckRatingValue(rating))
        object.insert(QStringLiteral("ratingValue"), *value);
    return typed("Rating", object);
}

QJsonObject appearance(const FactCheckRecord &record)
{
    const Item &item = record.item;
    QJsonObject object{{QStringLiteral("identifier"), item.externalId},
        {QStringLiteral("isPartOf"), typed("Dataset", {{QStringLiteral("name"), item.source}})}};
    if (!record.url.isEmpty())
        object.insert(QStringLiteral("url"), record.url);
    if (!item.author.isEmpty())
        object.insert(QStringLiteral("author"), typed("Person", {{QStringLiteral("name"), item.author}}));
    if (item.createdAt.isValid())
        object.insert(QStringLiteral("datePublished"), toIsoUtc(item.createdAt));
    return typed(
        item.kind == ItemKind::Post || item.kind == ItemKind::Message ? "SocialMediaPosting" : "CreativeWork", object);
}

QJsonObject claimReview(const FactCheckRecord &record)
{
    const FactCheck &check = record.check;
    QJsonObject object{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("claimReviewed"), check.claim}, {QStringLiteral("reviewRating"), reviewRating(check.rating)},
        {QStringLiteral("author"), typed("Person", {{QStringLiteral("name"), check.annotator}})},
        {QStringLiteral("datePublished"), toIsoUtc(check.createdAt)},
        {QStringLiteral("dateModified"), toIsoUtc(check.updatedAt)},
        {QStringLiteral("itemReviewed"), typed("Claim", {{QStringLiteral("appearance"), appearance(record)}})}};
    if (!check.note.isEmpty())
        object.insert(QStringLiteral("reviewBody"), check.note);
    return typed("ClaimReview", object);
}

} // namespace

qint64 ClaimReviewExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    JsonArrayWriter out(outPath);
    const QList<FactCheckRecord> records = factCheckRecords(store, options);
    qint64 written = 0;
    for (const FactCheckRecord &record : records) {
        throwIfCancelled(cancel);
        out.append(claimReview(record));
        ++written;
        if (progress)
            progress(written, records.size());
    }
    throwIfCancelled(cancel);
    out.commit();
    return written;
}

} // namespace candor
