#include "core/formats/labelstudio/LabelStudioImporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/InterchangeItems.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"
#include "core/text/CodePoints.h"

#include <QFileInfo>
#include <QJsonArray>

namespace candor {

namespace {

const QString kSource = QStringLiteral("labelstudio");

// Label -> schema: the first schema (in `preferred` order, then the project's) that has the label.
QHash<QString, QString> schemaOfLabels(const ProjectStore &store, const QStringList &preferred)
{
    QList<LabelSchema> schemas = store.schemas();
    std::stable_sort(schemas.begin(), schemas.end(), [&preferred](const LabelSchema &a, const LabelSchema &b) {
        const auto rank = [&preferred](const QString &name) {
            const qsizetype at = preferred.indexOf(name);
            return at < 0 ? preferred.size() : at;
        };
        return rank(a.name) < rank(b.name);
    });
    QHash<QString, QString> schemaOf;
    for (const LabelSchema &schema : schemas)
        for (const QString &label : schema.labelNames(true))
            if (!schemaOf.contains(label))
                schemaOf.insert(label, schema.name);
    return schemaOf;
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

// Who made an annotation: Label Studio writes `completed_by` as a user id or as {id, email}.
QString annotatorOf(const QJsonObject &annotation)
{
    const QJsonValue by = annotation.value(QStringLiteral("completed_by"));
    if (by.isObject()) {
        const QString email = by.toObject().value(QStringLiteral("email")).toString();
        if (!email.isEmpty())
            return email;
        return QStringLiteral("labelstudio-user-%1").arg(idText(by.toObject().value(QStringLiteral("id"))));
    }
    const QString named = annotation.value(QStringLiteral("candor_annotator")).toString();
    if (!named.isEmpty())
        return named;
    const QString id = idText(by);
    return id.isEmpty() ? QString() : QStringLiteral("labelstudio-user-%1").arg(id);
}

struct Region
{
    int start = 0;
    int end = 0;
    bool converted = false; // the offsets were UTF-16 units
};

// A region's offsets in code points, checked against its quoted text; throws when they fit neither reading.
Region regionOf(const QJsonObject &value, const QString &text, const CodePointMap &map)
{
    const int start = json::requireInt(value, QStringLiteral("start"));
    const int end = json::requireInt(value, QStringLiteral("end"));
    const QJsonValue quoted = value.value(QStringLiteral("text"));
    if (start < 0 || end <= start)
        throw Error(Error::tr("region [%1, %2) is empty or reversed").arg(start).arg(end));
    if (!quoted.isString() || quoted.toString() == map.mid(text, start, end)) {
        if (end > map.length())
            throw Error(Error::tr("region [%1, %2) ends after the text's %3 code points")
                            .arg(start)
                            .arg(end)
                            .arg(map.length()));
        return {start, end, false};
    }
    if (end <= text.size() && text.mid(start, end - start) == quoted.toString())
        return {map.toCodePoint(start), map.toCodePoint(end), true};
    throw Error(Error::tr("region [%1, %2) quotes \"%3\" but the text there is \"%4\"")
                    .arg(start)
                    .arg(end)
                    .arg(quoted.toString().left(80), map.mid(text, start, end).left(80)));
}

} // namespace

QString LabelStudioImporter::description() const
{
    return QStringLiteral("Label Studio JSON export (tasks with data.text, annotations and their labels/choices "
                          "results; offsets in code points, old UTF-16 ones converted)");
}

bool LabelStudioImporter::recognises(const QString &path) const
{
    if (!QFileInfo(path).isFile() || QFileInfo(path).suffix().toLower() != QLatin1String("json"))
        return false;
    try {
        QFile file;
        openRegularFile(file, path);
        const QByteArray head = file.read(64 * 1024);
        // A task array: [{"id": .., "data": {..}, "annotations" or "predictions": [..]}, ...]
        const QByteArray trimmed = head.trimmed();
        return trimmed.startsWith('[') && head.contains("\"data\"")
            && (head.contains("\"annotations\"") || head.contains("\"predictions\""));
    } catch (const Error &) {
        return false;
    }
}

void LabelStudioImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QHash<QString, QString> spanSchemaOf = schemaOfLabels(store, {Schemas::Persuasion20, Schemas::Narrative6});
    const QHash<QString, QString> choiceSchemaOf = schemaOfLabels(
        store, {Schemas::Persuasion20, Schemas::Oppositional2, Schemas::Fake2, Schemas::Veracity3, Schemas::Stance4});
    const QString textKey = options.mapping.value(QStringLiteral("text"), QStringLiteral("text")).toString();
    const QString split = options.split.isEmpty() ? splitFromPath(path) : options.split;
    qint64 predictions = 0, cancelled = 0, otherResults = 0;
    json::forEachArrayElement(path, context, [&](const QJsonValue &element, qint64 index) {
        const QJsonObject task = element.toObject();
        const QString taskId = idText(task.value(QStringLiteral("id")));
        const QString recordName = taskId.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : taskId;
        context.record(store, path, recordName, [&] {
            json::requireObject(element, Error::tr("the task"));
            const QJsonObject data = json::requireObject(task.value(QStringLiteral("data")), Error::tr("field 'data'"));
            const QString text = json::requireString(data, textKey);
            checkText(text, Error::tr("field 'data.%1'").arg(textKey));
            const QJsonObject back
                = task.value(QStringLiteral("meta")).toObject().value(QStringLiteral("candor")).toObject();
            qint64 itemId = 0;
            if (!back.isEmpty()) {
                const QString source = json::requireString(back, QStringLiteral("source"));
                const QString externalId = json::requireString(back, QStringLiteral("external_id"));
                itemId = itemExportedFrom(store, source, externalId, text);
            } else {
                Item item;
                item.kind = ItemKind::Post;
                item.source = options.mapping.value(QStringLiteral("source"), kSource).toString();
                item.externalId = idText(data.value(QStringLiteral("id")));
                if (item.externalId.isEmpty())
                    item.externalId = taskId;
                if (item.externalId.isEmpty())
                    throw Error(Error::tr("the task has no id and its data no 'id'"));
                item.split = split;
                item.text = text;
                const UpsertResult stored = store.upsertItem(item);
                context.count(stored.outcome);
                itemId = stored.id;
            }
            predictions += task.value(QStringLiteral("predictions")).toArray().size();

            const CodePointMap map(text);
            AnnotationFilter humans;
            humans.origin = Origin::Human;
            const QList<Annotation> existing = store.annotations(itemId, humans);
            bool converted = false;
            for (const QJsonValue &annotationValue : task.value(QStringLiteral("annotations")).toArray()) {
                const QJsonObject annotation = annotationValue.toObject();
                if (annotation.value(QStringLiteral("was_cancelled")).toBool()) {
                    ++cancelled;
                    continue;
                }
                // A curator's settlement Candor exported is Candor's own layer, still in the project: taking it back
                // as the curator's human rows would add what nobody annotated.
                if (annotation.value(QStringLiteral("candor_origin")).toString() == QLatin1String("curated"))
                    continue;
                const bool gold = annotation.value(QStringLiteral("ground_truth")).toBool();
                const QString annotator = options.annotator.isEmpty() ? annotatorOf(annotation) : options.annotator;
                const auto add = [&](Annotation row, const QString &regionId) {
                    row.itemId = itemId;
                    if (!gold) {
                        row.origin = Origin::Human;
                        row.annotator = annotator;
                        if (hasHumanRow(existing, row))
                            return;
                    }
                    try {
                        if (store.addAnnotation(row) != 0)
                            ++context.report().annotationsAdded;
                    } catch (const Error &error) {
                        context.addIssue(path, recordName + QLatin1Char('/') + regionId, error.message());
                    }
                };
                for (const QJsonValue &resultValue : annotation.value(QStringLiteral("result")).toArray()) {
                    const QJsonObject result = resultValue.toObject();
                    const QString type = result.value(QStringLiteral("type")).toString();
                    const QJsonObject value = result.value(QStringLiteral("value")).toObject();
                    const QString regionId = result.value(QStringLiteral("id")).toString();
                    if (type == QLatin1String("labels")) {
                        Region region;
                        try {
                            region = regionOf(value, text, map);
                        } catch (const Error &error) {
                            context.addIssue(path, recordName + QLatin1Char('/') + regionId, error.message());
                            continue;
                        }
                        converted = converted || region.converted;
                        for (const QJsonValue &label : value.value(QStringLiteral("labels")).toArray()) {
                            const QString schema = spanSchemaOf.value(label.toString());
                            if (schema.isEmpty()) {
                                context.addIssue(path, recordName + QLatin1Char('/') + regionId,
                                    ImportIssue::tr("label '%1' is in no label schema of this project")
                                        .arg(label.toString().left(80)));
                                continue;
                            }
                            Annotation row;
                            row.schema = schema;
                            row.label = label.toString();
                            row.start = region.start;
                            row.end = region.end;
                            add(row, regionId);
                        }
                    } else if (type == QLatin1String("choices")) {
                        for (const QJsonValue &choice : value.value(QStringLiteral("choices")).toArray()) {
                            const QString schema = choiceSchemaOf.value(choice.toString());
                            if (schema.isEmpty()) {
                                context.addIssue(path, recordName + QLatin1Char('/') + regionId,
                                    ImportIssue::tr("label '%1' is in no label schema of this project")
                                        .arg(choice.toString().left(80)));
                                continue;
                            }
                            Annotation row;
                            row.schema = schema;
                            row.label = choice.toString();
                            add(row, regionId);
                        }
                    } else {
                        ++otherResults;
                    }
                }
            }
            if (converted)
                context.addWarning(path, recordName,
                    ImportIssue::tr("offsets counted in UTF-16 units (as Label Studio wrote them before 2021) were "
                                    "converted to code points"));
        });
    });
    if (predictions > 0)
        context.addWarning(path, QString(),
            ImportIssue::tr("%n prediction(s) left out: a model's rows need its model version in this project", nullptr,
                int(predictions)));
    if (cancelled > 0)
        context.addWarning(
            path, QString(), ImportIssue::tr("%n cancelled annotation(s) left out", nullptr, int(cancelled)));
    if (otherResults > 0)
        context.addWarning(path, QString(),
            ImportIssue::tr("%n result(s) of other types (ratings, text areas, relations, image regions) left out",
                nullptr, int(otherResults)));
}

} // namespace candor
