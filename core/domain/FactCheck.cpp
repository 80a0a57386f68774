#include "core/domain/FactCheck.h"

#include <QCoreApplication>

namespace candor {

namespace {

struct RatingInfo
{
    FactCheckRating rating;
    const char *name;
    const char *text;
    int value; // 0: not on ClaimReview's scale
};

const RatingInfo kRatings[] = {
    {FactCheckRating::True, "true", QT_TRANSLATE_NOOP("FactCheck", "true"), 5},
    {FactCheckRating::MostlyTrue, "mostly-true", QT_TRANSLATE_NOOP("FactCheck", "mostly true"), 4},
    {FactCheckRating::Mixed, "mixed", QT_TRANSLATE_NOOP("FactCheck", "mixed"), 3},
    {FactCheckRating::MostlyFalse, "mostly-false", QT_TRANSLATE_NOOP("FactCheck", "mostly false"), 2},
    {FactCheckRating::False, "false", QT_TRANSLATE_NOOP("FactCheck", "false"), 1},
    {FactCheckRating::Unverifiable, "unverifiable", QT_TRANSLATE_NOOP("FactCheck", "unverifiable"), 0},
};

const RatingInfo &info(FactCheckRating rating)
{
    for (const RatingInfo &entry : kRatings)
        if (entry.rating == rating)
            return entry;
    return kRatings[5];
}

QString translated(const char *text)
{
    return QCoreApplication::translate("FactCheck", text);
}

} // namespace

QString factCheckRatingName(FactCheckRating rating)
{
    return QString::fromLatin1(info(rating).name);
}

std::optional<FactCheckRating> factCheckRatingFromName(const QString &name)
{
    for (const RatingInfo &entry : kRatings)
        if (name == QLatin1String(entry.name))
            return entry.rating;
    return std::nullopt;
}

QString factCheckRatingText(FactCheckRating rating)
{
    return translated(info(rating).text);
}

QList<FactCheckRating> allFactCheckRatings()
{
    QList<FactCheckRating> ratings;
    for (const RatingInfo &entry : kRatings)
        ratings.append(entry.rating);
    return ratings;
}

std::optional<int> factCheckRatingValue(FactCheckRating rating)
{
    const int value = info(rating).value;
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

QStringList FactCheck::problems() const
{
    QStringList found;
    const QString trimmed = claim.trimmed();
    if (trimmed.isEmpty())
        found.append(QCoreApplication::translate(
            "FactCheck", "The claim is empty: write the claim the item makes, in one sentence."));
    // Lengths in code points, as every offset and limit in Candor.
    const auto codePoints = [](const QString &text) { return text.toUcs4().size(); };
    if (codePoints(claim) > maxClaimLength)
        found.append(QCoreApplication::translate(
            "FactCheck", "The claim has %1 characters; at most %2 fit (put the rest in the note).")
                         .arg(codePoints(claim))
                         .arg(maxClaimLength));
    if (codePoints(note) > maxNoteLength)
        found.append(QCoreApplication::translate("FactCheck", "The note has %1 characters; at most %2 fit.")
                         .arg(codePoints(note))
                         .arg(maxNoteLength));
    if (itemId <= 0)
        found.append(QCoreApplication::translate("FactCheck", "The fact check belongs to no item."));
    return found;
}

bool FactCheck::operator==(const FactCheck &other) const
{
    return itemId == other.itemId && claim == other.claim && rating == other.rating && note == other.note
        && annotator == other.annotator && createdAt == other.createdAt && updatedAt == other.updatedAt;
}

} // namespace candor
