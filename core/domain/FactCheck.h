#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

// A fact-checker's record about one item, as fact-checking desks keep them (Meedan Check's claim-and-rating
// panel): the claim the item makes, a rating of that claim, a free note, who wrote it and when.
enum class FactCheckRating { True, MostlyTrue, Mixed, MostlyFalse, False, Unverifiable };

// Stored and exported names: "true", "mostly-true", "mixed", "mostly-false", "false", "unverifiable".
QString factCheckRatingName(FactCheckRating rating);
std::optional<FactCheckRating> factCheckRatingFromName(const QString &name);
// What a person reads ("mostly true"), translated.
QString factCheckRatingText(FactCheckRating rating);
QList<FactCheckRating> allFactCheckRatings();
// ClaimReview's numeric scale: 5 (true) down to 1 (false); nullopt for unverifiable (no place on the scale).
std::optional<int> factCheckRatingValue(FactCheckRating rating);

struct FactCheck
{
    // Long enough for a quoted paragraph; a claim is a sentence, not an article.
    static constexpr int maxClaimLength = 2000;
    static constexpr int maxNoteLength = 20000;

    qint64 itemId = 0;
    QString claim;
    FactCheckRating rating = FactCheckRating::Unverifiable;
    QString note;
    QString annotator;
    QDateTime createdAt; // set by the store on the first write
    QDateTime updatedAt; // set by the store on every write

    // What is wrong with this record, one sentence per problem, for a person (empty when it can be stored).
    QStringList problems() const;
    bool operator==(const FactCheck &other) const;
};

} // namespace candor
