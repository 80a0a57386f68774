#include "core/formats/labelstudio/LabelStudioImporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImageImport.h"
#include "core/formats/common/InterchangeItems.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"
#include "core/text/CodePoints.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

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
        return json::numberText(value.toDouble());
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

// The bytes of a task's data.image: a data: URI, Label Studio's local-files URL (/data/local-files/?d=REL, REL
// under the export's folder or under LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT when that is set), or a path relative to
// the export's folder. Throws candor::Error saying why there is no image (a web address is never fetched; a path
// that leaves the folder is never followed); the task is still imported, without its picture.
QByteArray imageOfTask(const QString &reference, const QString &exportFolder)
{
    if (reference.startsWith(QLatin1String("data:"))) {
        const qsizetype comma = reference.indexOf(QLatin1Char(','));
        if (comma < 0 || !reference.left(comma).endsWith(QLatin1String(";base64")))
            throw Error(Error::tr("the image is a data: URI that is not base64"));
        if ((reference.size() - comma) / 4 * 3 > kMaxImageBytes)
            throw Error(Error::tr("the image in the data: URI is over %1 MiB").arg(kMaxImageBytes / (1024 * 1024)));
        const auto decoded = QByteArray::fromBase64Encoding(
            reference.mid(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            throw Error(Error::tr("the image's data: URI is not valid base64"));
        return *decoded;
    }
    if (reference.startsWith(QLatin1String("http://")) || reference.startsWith(QLatin1String("https://"))
        || reference.startsWith(QLatin1String("s3://")) || reference.startsWith(QLatin1String("gs://")))
        throw Error(Error::tr("the image %1 is on the web; Candor does not download (save it beside the export and "
                              "name it by a relative path)")
                        .arg(reference.left(200)));
    const QString localFiles = QStringLiteral("/data/local-files/?d=");
    if (reference.startsWith(localFiles)) {
        const QString relative = QUrl::fromPercentEncoding(reference.mid(localFiles.size()).toUtf8());
        const QString root = qEnvironmentVariable("LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT");
        QString path = resolveInside(exportFolder, relative);
        if (!QFileInfo::exists(path) && !root.isEmpty())
            path = resolveInside(root, relative);
        return readFileLimited(path);
    }
    if (reference.startsWith(QLatin1String("/data/upload/")))
        throw Error(Error::tr("the image %1 was uploaded into Label Studio; export it with the tasks (or use local "
                              "files storage) to bring it along")
                        .arg(reference.left(200)));
    return readFileLimited(resolveInside(exportFolder, reference));
}

} // namespace

QString LabelStudioImporter::description() const
{
    return QStringLiteral("Label Studio JSON export (tasks with data.text and/or data.image, annotations and their "
                          "labels/choices results; offsets in code points, old UTF-16 ones converted)");
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
    // A result's control (from_name) that is a schema of the project holding the label names the schema outright:
    // a persuasion-22 choice stays persuasion-22 though persuasion-20 has the same technique.
    QHash<QString, QSet<QString>> labelsOfSchema;
    for (const LabelSchema &schema : store.schemas())
        for (const QString &label : schema.labelNames(true))
            labelsOfSchema[schema.name].insert(label);
    const auto schemaFor
        = [&labelsOfSchema](const QJsonObject &result, const QString &label, const QHash<QString, QString> &fallback) {
              const QString control = result.value(QStringLiteral("from_name")).toString();
              return labelsOfSchema.value(control).contains(label) ? control : fallback.value(label);
          };
    const QHash<QString, QString> choiceSchemaOf = schemaOfLabels(
        store, {Schemas::Persuasion20, Schemas::Oppositional2, Schemas::Fake2, Schemas::Veracity3, Schemas::Stance4});
    const QString textKey = options.mapping.value(QStringLiteral("text"), QStringLiteral("text")).toString();
    const QString imageKey = options.mapping.value(QStringLiteral("image"), QStringLiteral("image")).toString();
    const QString exportFolder = QFileInfo(path).absolutePath();
    const QString split = options.split.isEmpty() ? splitFromPath(path) : options.split;
    qint64 predictions = 0, cancelled = 0, otherResults = 0;
    json::forEachArrayElement(path, context, [&](const QJsonValue &element, qint64 index) {
        const QJsonObject task = element.toObject();
        const QString taskId = idText(task.value(QStringLiteral("id")));
        const QString recordName = taskId.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : taskId;
        context.record(store, path, recordName, [&] {
            json::requireObject(element, Error::tr("the task"));
            const QJsonObject data = json::requireObject(task.value(QStringLiteral("data")), Error::tr("field 'data'"));
            // An image task (a meme) may come without text: its text is then empty until OCR reads it.
            const QString imageReference = data.value(imageKey).toString();
            QString text;
            if (imageReference.isEmpty() || data.contains(textKey)) {
                text = json::requireString(data, textKey);
                checkText(text, Error::tr("field 'data.%1'").arg(textKey));
            }
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
                if (!imageReference.isEmpty()) {
                    item.kind = ItemKind::Meme;
                    try {
                        const QByteArray bytes = imageOfTask(imageReference, exportFolder);
                        item.mediaId = storeImportedImage(
                            store, context, bytes, imageReference.left(300), path, recordName, item.metadata);
                    } catch (const Error &error) {
                        context.addWarning(
                            path, recordName, ImportIssue::tr("imported without its image: %1").arg(error.message()));
                    }
                }
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
                            const QString schema = schemaFor(result, label.toString(), spanSchemaOf);
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
                            const QString schema = schemaFor(result, choice.toString(), choiceSchemaOf);
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
