// `candor-cli factcheck P.candor ITEM [--claim TEXT --rating R [--note TEXT]] [--verdict fake|real|unsure]
// [--remove] [--annotator NAME] [--json]`: a fact-checking desk's record of one item from a script, as the window's
// verdict panel keeps it (Meedan Check's claim and rating). Without a writing option it prints what is known: the
// fact check, the gold verdict and every person's verdict. The record is checked before anything is written: a bad
// rating or an over-long claim writes nothing.
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/AnnotatorProfile.h"
#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {

namespace {

QStringList ratingNames()
{
    QStringList names;
    for (const FactCheckRating rating : allFactCheckRatings())
        names << factCheckRatingName(rating);
    return names;
}

// A person's fake-2 answer replaces that person's earlier one (others' answers stay: they are the team's to
// compare); "unsure" is stored ignored, as the window stores it, so it is never a training reference. Inside the
// caller's transaction.
void writeVerdict(ProjectStore &store, qint64 itemId, const QString &label, const QString &annotator)
{
    const LabelSchema schema = store.schema(Schemas::Fake2);
    const int index = schema.indexOf(label);
    if (index < 0)
        throw Error(QStringLiteral("%1: --verdict %2: not a verdict (fake, real or unsure)").arg(store.path(), label));
    AnnotationFilter humans;
    humans.origin = Origin::Human;
    humans.schema = Schemas::Fake2;
    for (const Annotation &row : store.annotations(itemId, humans))
        if (!row.postRowId && !row.isSpan() && row.annotator == annotator)
            store.deleteAnnotation(row.id);
    Annotation answer;
    answer.itemId = itemId;
    answer.schema = Schemas::Fake2;
    answer.label = label;
    answer.origin = Origin::Human;
    answer.annotator = annotator;
    answer.status = schema.labels[index].ignored ? Status::Ignored : Status::Accepted;
    store.addAnnotation(answer);
}

QJsonObject describe(const ProjectStore &store, qint64 itemId)
{
    QJsonObject out{{QStringLiteral("item"), itemId}};
    if (const std::optional<FactCheck> record = factCheck(store, itemId))
        out.insert(QStringLiteral("fact_check"),
            QJsonObject{{QStringLiteral("claim"), record->claim},
                {QStringLiteral("rating"), factCheckRatingName(record->rating)}, {QStringLiteral("note"), record->note},
                {QStringLiteral("annotator"), record->annotator},
                {QStringLiteral("created_at"), toIsoUtc(record->createdAt)},
                {QStringLiteral("updated_at"), toIsoUtc(record->updatedAt)}});
    AnnotationFilter verdicts;
    verdicts.schema = Schemas::Fake2;
    QJsonArray human;
    for (const Annotation &row : store.annotations(itemId, verdicts)) {
        if (row.postRowId || row.isSpan())
            continue;
        if (row.origin == Origin::Gold)
            out.insert(QStringLiteral("gold"), row.label);
        else if (row.origin == Origin::Human || row.origin == Origin::Curated)
            human.append(QJsonObject{{QStringLiteral("label"), row.label}, {QStringLiteral("annotator"), row.annotator},
                {QStringLiteral("origin"), originName(row.origin)}, {QStringLiteral("at"), toIsoUtc(row.updatedAt)}});
    }
    out.insert(QStringLiteral("verdicts"), human);
    return out;
}

void printText(const QJsonObject &known)
{
    printOut(QStringLiteral("item %1").arg(known.value(QStringLiteral("item")).toInteger()));
    if (known.contains(QStringLiteral("gold")))
        printOut(QStringLiteral("  gold verdict: %1").arg(known.value(QStringLiteral("gold")).toString()));
    for (const QJsonValue &value : known.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject row = value.toObject();
        printOut(
            QStringLiteral("  verdict: %1 by %2 (%3, %4)")
                .arg(row.value(QStringLiteral("label")).toString(), row.value(QStringLiteral("annotator")).toString(),
                    row.value(QStringLiteral("origin")).toString(), row.value(QStringLiteral("at")).toString()));
    }
    const QJsonObject record = known.value(QStringLiteral("fact_check")).toObject();
    if (record.isEmpty()) {
        printOut(QStringLiteral("  no fact check"));
        return;
    }
    printOut(QStringLiteral("  claim: %1").arg(record.value(QStringLiteral("claim")).toString()));
    printOut(QStringLiteral("  rating: %1").arg(record.value(QStringLiteral("rating")).toString()));
    if (!record.value(QStringLiteral("note")).toString().isEmpty())
        printOut(QStringLiteral("  note: %1").arg(record.value(QStringLiteral("note")).toString()));
    printOut(QStringLiteral("  by %1, created %2, updated %3")
                 .arg(record.value(QStringLiteral("annotator")).toString(),
                     record.value(QStringLiteral("created_at")).toString(),
                     record.value(QStringLiteral("updated_at")).toString()));
}

} // namespace

int runFactCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "An item's fact check (claim, rating, note) and a person's fake / real verdict, as the window's verdict panel\n"
        "keeps them. Without --claim, --verdict or --remove it prints what is known of the item."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("item"), QStringLiteral("the item: its id or SOURCE/EXTERNAL_ID"));
    parser.addOption(
        {QStringLiteral("claim"), QStringLiteral("the claim the item makes, in one sentence"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("rating"), ratingNames().join(QStringLiteral(" | ")), QStringLiteral("rating")});
    parser.addOption(
        {QStringLiteral("note"), QStringLiteral("sources, reasoning, what is still open"), QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("verdict"), QStringLiteral("fake | real | unsure (posts)"), QStringLiteral("label")});
    parser.addOption({QStringLiteral("remove"), QStringLiteral("remove the item's fact check")});
    parser.addOption({QStringLiteral("annotator"),
        QStringLiteral("who checked (default: the annotator profile's, else $USER)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const bool writesRecord = parser.isSet(QStringLiteral("claim")) || parser.isSet(QStringLiteral("rating"))
        || parser.isSet(QStringLiteral("note"));
    if (writesRecord && parser.isSet(QStringLiteral("remove"))) {
        printErr(arguments.value(0) + QStringLiteral(": --remove excludes --claim, --rating and --note"));
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const bool writes
        = writesRecord || parser.isSet(QStringLiteral("verdict")) || parser.isSet(QStringLiteral("remove"));
    if (writes && positional.at(0).startsWith(QLatin1String("postgresql://")))
        throw Error(QStringLiteral("%1: fact checks and verdicts of a team project are written in the window, where "
                                   "edits go to the server as your login")
                        .arg(positional.at(0)));
    ProjectStore store(positional.at(0));
    const qint64 itemId = itemNamed(store, positional.at(1));
    const QString annotator = AnnotatorProfile::resolveName(parser.value(QStringLiteral("annotator")));

    // Everything is checked before anything is written.
    std::optional<FactCheck> record;
    if (writesRecord) {
        FactCheck next = factCheck(store, itemId).value_or(FactCheck{});
        next.itemId = itemId;
        next.createdAt = next.updatedAt = QDateTime(); // the store keeps the first creation time
        if (parser.isSet(QStringLiteral("claim")))
            next.claim = parser.value(QStringLiteral("claim")).trimmed();
        if (parser.isSet(QStringLiteral("rating"))) {
            const std::optional<FactCheckRating> rating
                = factCheckRatingFromName(parser.value(QStringLiteral("rating")));
            if (!rating)
                throw Error(QStringLiteral("%1: --rating %2: not a rating (%3)")
                                .arg(store.path(), parser.value(QStringLiteral("rating")),
                                    ratingNames().join(QStringLiteral(", "))));
            next.rating = *rating;
        }
        if (parser.isSet(QStringLiteral("note")))
            next.note = parser.value(QStringLiteral("note")).trimmed();
        next.annotator = annotator;
        const QStringList problems = next.problems();
        if (!problems.isEmpty())
            throw Error(
                QStringLiteral("%1, item %2: %3").arg(store.path()).arg(itemId).arg(problems.join(QLatin1Char(' '))));
        record = next;
    }
    const QString verdict = parser.value(QStringLiteral("verdict"));
    if (!verdict.isEmpty()) {
        const std::optional<Item> item = store.item(itemId);
        if (!item || item->kind != ItemKind::Post)
            throw Error(QStringLiteral("%1, item %2: a verdict is for posts; this item is a %3")
                            .arg(store.path())
                            .arg(itemId)
                            .arg(item ? itemKindName(item->kind) : QStringLiteral("missing item")));
    }
    // The verdict and the record in one commit: a failure leaves neither.
    bool hadNoRecord = false;
    if (writes) {
        sql::Transaction transaction = store.transaction();
        if (!verdict.isEmpty())
            writeVerdict(store, itemId, verdict, annotator); // checks the label before it writes
        if (record)
            writeFactCheck(store, *record);
        if (parser.isSet(QStringLiteral("remove")))
            hadNoRecord = !removeFactCheck(store, itemId);
        transaction.commit();
    }
    if (hadNoRecord)
        printErr(QStringLiteral("%1: item %2 had no fact check").arg(store.path()).arg(itemId));

    const QJsonObject known = describe(store, itemId);
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(known).toJson(QJsonDocument::Compact)));
    else
        printText(known);
    return Ok;
}

} // namespace candor::cli
