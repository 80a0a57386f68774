#include "core/formats/labelstudio/LabelStudioExporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ExportSupport.h"
#include "core/formats/common/InterchangeItems.h"
#include "core/formats/tabular/ExportSupport.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace candor {

namespace {

const QString kTextName = QStringLiteral("text");
const QString kImageName = QStringLiteral("image");
// Label Studio serves files under LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT at this URL (its "local files" storage).
const QString kLocalFilesUrl = QStringLiteral("/data/local-files/?d=");

QString extensionOf(const QString &mime)
{
    if (mime == QLatin1String("image/png"))
        return QStringLiteral(".png");
    if (mime == QLatin1String("image/gif"))
        return QStringLiteral(".gif");
    if (mime == QLatin1String("image/webp"))
        return QStringLiteral(".webp");
    if (mime == QLatin1String("image/bmp"))
        return QStringLiteral(".bmp");
    return QStringLiteral(".jpg");
}

// Writes an item's image into the export's image folder, named by its SHA-256 (so a second export of the same
// image finds it there and writes nothing), and returns the task's data.image: a local-files URL relative to the
// folder the export is in.
QString exportImage(const ProjectStore &store, qint64 mediaId, const QString &folder)
{
    const std::optional<MediaInfo> info = store.media(mediaId);
    if (!info)
        return {};
    const QString name = info->sha256 + extensionOf(info->mime);
    const QString path = folder + QLatin1Char('/') + name;
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(folder))
            throw Error(Error::tr("%1: cannot create the image folder").arg(folder));
        QSaveFile file(path);
        const QByteArray bytes = store.mediaBytes(mediaId);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Error(Error::tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    // Percent-encoded: an export named "memes #2.json" must still give a URL (and Candor's importer decodes it).
    return kLocalFilesUrl
        + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(folder).fileName() + QLatin1Char('/') + name, "/"));
}

// One Label Studio result: a "labels" region for a span, a "choices" result for an item label.
QJsonObject resultOf(const Annotation &row, const QString &text, const CodePointMap &map)
{
    QJsonObject value;
    QString type;
    if (row.isSpan()) {
        type = QStringLiteral("labels");
        value = {{QStringLiteral("start"), *row.start}, {QStringLiteral("end"), *row.end},
            {QStringLiteral("text"), map.mid(text, *row.start, *row.end)},
            {QStringLiteral("labels"), QJsonArray{row.label}}};
    } else {
        type = QStringLiteral("choices");
        value = {{QStringLiteral("choices"), QJsonArray{row.label}}};
    }
    QJsonObject result{{QStringLiteral("id"), QStringLiteral("r%1").arg(row.id)}, {QStringLiteral("type"), type},
        {QStringLiteral("from_name"), row.schema}, {QStringLiteral("to_name"), kTextName},
        {QStringLiteral("value"), value}};
    if (row.score)
        result.insert(QStringLiteral("score"), *row.score);
    return result;
}

// The labeling configuration that declares every schema the export uses, spans as <Labels>, item labels as
// <Choices>, with the window's colours. Label names are XML-escaped; Label Studio matches results by them.
QByteArray labelingConfig(const ProjectStore &store, const QMap<QString, QPair<bool, bool>> &schemas, bool images)
{
    QString xml = QStringLiteral("<View>\n");
    if (images) // a meme: its picture above its text
        xml += QStringLiteral("  <Image name=\"%1\" value=\"$%1\"/>\n").arg(kImageName);
    xml += QStringLiteral("  <Text name=\"%1\" value=\"$text\"/>\n").arg(kTextName);
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        const LabelSchema schema = store.schema(it.key());
        const auto controls = [&](const QString &tag, const QString &child, const QString &name, bool colours) {
            xml += QStringLiteral("  <%1 name=\"%2\" toName=\"%3\"%4>\n")
                       .arg(tag, name.toHtmlEscaped(), kTextName,
                           tag == QLatin1String("Choices") ? QStringLiteral(" choice=\"multiple\"") : QString());
            for (const LabelDef &label : schema.labels) {
                xml += QStringLiteral("    <%1 value=\"%2\"").arg(child, label.name.toHtmlEscaped());
                if (colours && label.colour.isValid())
                    xml += QStringLiteral(" background=\"%1\"").arg(label.colour.name());
                xml += QStringLiteral("/>\n");
            }
            xml += QStringLiteral("  </%1>\n").arg(tag);
        };
        if (it->first)
            controls(QStringLiteral("Labels"), QStringLiteral("Label"), schema.name, true);
        if (it->second)
            controls(QStringLiteral("Choices"), QStringLiteral("Choice"), schema.name, false);
    }
    return (xml + QStringLiteral("</View>\n")).toUtf8();
}

} // namespace

qint64 LabelStudioExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    using Layer = AnnotationSelection::Layer;
    const Layer layer = options.selection.layer;
    const QList<qint64> ids = exportedItemIds(store, options.split);
    JsonArrayWriter tasks(outPath);
    QMap<QString, QPair<bool, bool>> schemasUsed; // schema -> (has spans, has item labels)
    const QString imageFolder = QFileInfo(outPath).path() + QLatin1Char('/') + QFileInfo(outPath).completeBaseName()
        + QStringLiteral("-images");
    bool images = false;
    // A schema's model rows come from one version: the options' one, else the newest that annotated the item.
    qint64 written = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        throwIfCancelled(cancel);
        if (progress)
            progress(i, ids.size());
        const std::optional<Item> item = itemToExport(store, ids[i], options);
        if (!item)
            continue;
        const CodePointMap map(item->text);
        QJsonArray goldResults;
        QJsonArray curatedResults;
        QString curator;
        QMap<QString, QJsonArray> humanResults; // annotator -> results
        QJsonArray modelResults;
        QString modelName;
        double scoreSum = 0;
        int scored = 0;
        QHash<QString, qint64> newestVersion; // schema -> model version
        const QList<Annotation> rows = store.annotations(item->id);
        for (const Annotation &row : rows)
            if (row.origin == Origin::Model && row.modelVersionId)
                newestVersion[row.schema] = qMax(newestVersion.value(row.schema), *row.modelVersionId);
        for (const Annotation &row : rows) {
            if (row.postRowId || row.status == Status::Rejected || row.status == Status::Ignored)
                continue;
            const bool wanted = layer == Layer::Best || (layer == Layer::Gold && row.origin == Origin::Gold)
                || (layer == Layer::Human && row.origin == Origin::Human)
                || (layer == Layer::Curated && row.origin == Origin::Curated)
                || (layer == Layer::Model && row.origin == Origin::Model);
            if (!wanted)
                continue;
            const QJsonObject result = resultOf(row, item->text, map);
            switch (row.origin) {
            case Origin::Gold: goldResults.append(result); break;
            case Origin::Human: humanResults[row.annotator].append(result); break;
            case Origin::Curated:
                curatedResults.append(result);
                curator = row.annotator;
                break;
            case Origin::Model: {
                const qint64 version = options.selection.modelVersionId.value_or(newestVersion.value(row.schema));
                if (row.modelVersionId != version)
                    continue;
                modelResults.append(result);
                if (row.score) {
                    scoreSum += *row.score;
                    ++scored;
                }
                if (modelName.isEmpty())
                    for (const ModelVersion &known : store.modelVersions())
                        if (known.id == version)
                            modelName = known.name;
                break;
            }
            }
            QPair<bool, bool> &kinds = schemasUsed[row.schema];
            (row.isSpan() ? kinds.first : kinds.second) = true;
        }
        QJsonArray annotations;
        if (!goldResults.isEmpty())
            annotations.append(QJsonObject{{QStringLiteral("ground_truth"), true},
                {QStringLiteral("result"), goldResults}, {QStringLiteral("candor_origin"), QStringLiteral("gold")}});
        // The curator's settlement: an annotation of its own, told apart by candor_origin.
        if (!curatedResults.isEmpty())
            annotations.append(
                QJsonObject{{QStringLiteral("ground_truth"), false}, {QStringLiteral("result"), curatedResults},
                    {QStringLiteral("candor_origin"), QStringLiteral("curated")},
                    {QStringLiteral("candor_annotator"), curator}});
        for (auto it = humanResults.begin(); it != humanResults.end(); ++it)
            annotations.append(QJsonObject{{QStringLiteral("ground_truth"), false},
                {QStringLiteral("result"), it.value()}, {QStringLiteral("candor_annotator"), it.key()}});
        QJsonObject data{{kTextName, item->text}, {QStringLiteral("source"), item->source},
            {QStringLiteral("external_id"), item->externalId}};
        if (item->mediaId)
            if (const QString url = exportImage(store, *item->mediaId, imageFolder); !url.isEmpty()) {
                data.insert(kImageName, url);
                images = true;
            }
        QJsonObject task{{QStringLiteral("id"), ++written}, {QStringLiteral("data"), data},
            {QStringLiteral("meta"),
                QJsonObject{{QStringLiteral("candor"),
                    QJsonObject{{QStringLiteral("source"), item->source},
                        {QStringLiteral("external_id"), item->externalId},
                        {QStringLiteral("kind"), itemKindName(item->kind)}}}}},
            {QStringLiteral("annotations"), annotations}};
        if (!modelResults.isEmpty()) {
            QJsonObject prediction{
                {QStringLiteral("model_version"), modelName}, {QStringLiteral("result"), modelResults}};
            if (scored > 0)
                prediction.insert(QStringLiteral("score"), scoreSum / scored);
            task.insert(QStringLiteral("predictions"), QJsonArray{prediction});
        }
        tasks.append(task);
    }
    throwIfCancelled(cancel);
    // The configuration first: should it fail, the tasks file is not committed either.
    const QString configPath
        = QFileInfo(outPath).path() + QLatin1Char('/') + QFileInfo(outPath).completeBaseName() + QStringLiteral(".xml");
    QSaveFile config(configPath);
    const QByteArray xml = labelingConfig(store, schemasUsed, images);
    if (!config.open(QIODevice::WriteOnly) || config.write(xml) != xml.size() || !config.commit())
        throw Error(Error::tr("%1: cannot write: %2").arg(configPath, config.errorString()));
    tasks.commit();
    if (progress)
        progress(ids.size(), ids.size());
    return written;
}

} // namespace candor
