#include "core/formats/pan/PanImporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/JsonArrayStream.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/pan/PanSplit.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace candor {

namespace {

QString recordLanguage(const QJsonObject &object, const QString &fileLanguage)
{
    for (const QString &key : {QStringLiteral("lang"), QStringLiteral("language")})
        if (object.value(key).isString() && !object.value(key).toString().isEmpty())
            return object.value(key).toString().toLower();
    return fileLanguage;
}

QString externalIdOf(const QString &language, const QString &id)
{
    return language.isEmpty() ? id : language + QLatin1Char('/') + id;
}

// First pass: ids and categories of every readable record, for the stratified split.
QHash<QString, QString> assignSplit(
    const QString &file, const QString &fileLanguage, QHash<QString, QJsonObject> &describe)
{
    StratifiedSplit split;
    QHash<QString, QString> languageOf;
    JsonArrayStream stream(file);
    for (;;) {
        QJsonValue element;
        try {
            if (!stream.next(element))
                break;
        } catch (const Error &) {
            if (!stream.canContinue())
                break;
            continue;
        }
        const QJsonObject object = element.toObject();
        const QJsonValue id = object.value(QLatin1String("id"));
        const QString idText = id.isString() ? id.toString()
            : id.isDouble()                  ? json::numberText(id.toDouble())
                                             : QString();
        const QString category = object.value(QLatin1String("category")).toString();
        if (idText.isEmpty() || category.isEmpty())
            continue; // the second pass reports it
        const QString language = recordLanguage(object, fileLanguage);
        split.add(language + QLatin1Char('/') + category, externalIdOf(language, idText));
        languageOf.insert(externalIdOf(language, idText), language);
    }
    const QHash<QString, QString> assigned = split.assign();
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it) {
        QJsonObject &summary = describe[languageOf.value(it.key())];
        summary.insert(it.value(), summary.value(it.value()).toInt() + 1);
    }
    return assigned;
}

void writeSplitDescription(ProjectStore &store, const QString &file, const QHash<QString, QJsonObject> &describe)
{
    for (auto it = describe.cbegin(); it != describe.cend(); ++it) {
        QJsonObject summary = it.value();
        summary.insert(QStringLiteral("method"),
            QStringLiteral("stratified by language and category; ids ranked by SHA-256 of "
                           "'candor-split-<seed>:<language>/<category>:<id>';"
                           " first round(0.8 n) of each stratum train, the rest dev"));
        summary.insert(QStringLiteral("seed"), StratifiedSplit::defaultSeed);
        summary.insert(QStringLiteral("train_fraction"), StratifiedSplit::defaultTrainFraction);
        summary.insert(QStringLiteral("file"), QFileInfo(file).fileName());
        const QString key
            = QStringLiteral("split/%1/%2").arg(kPanSource, it.key().isEmpty() ? QStringLiteral("unknown") : it.key());
        store.setMetaValue(key, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    }
}

void addSpans(ProjectStore &store, ImportContext &context, qint64 itemId, const QString &text, const QJsonArray &spans)
{
    const CodePointMap map(text);
    const LabelSchema narrative = store.schema(Schemas::Narrative6);
    for (qsizetype i = 0; i < spans.size(); ++i) {
        try {
            const QJsonObject span = json::requireObject(spans[i], Error::tr("the annotation"));
            Annotation gold;
            gold.itemId = itemId;
            gold.schema = Schemas::Narrative6;
            gold.label = json::requireString(span, QStringLiteral("category"));
            gold.start = json::requireInt(span, QStringLiteral("start_char"));
            gold.end = json::requireInt(span, QStringLiteral("end_char"));
            gold.annotator = json::optionalString(span, QStringLiteral("annotator"));
            json::checkSpan(map, text, *gold.start, *gold.end, json::requireString(span, QStringLiteral("span_text")));
            const int index = narrative.indexOf(gold.label);
            if (index < 0)
                throw Error(Error::tr("unknown span category '%1'").arg(gold.label));
            // Category X means "do not use": kept and shown, never trained on or scored.
            gold.status = narrative.labels[index].ignored ? Status::Ignored : Status::Accepted;
            if (store.addAnnotation(gold) != 0)
                ++context.report().annotationsAdded;
        } catch (const Error &error) {
            throw Error(Error::tr("annotations[%1]: %2").arg(i).arg(error.message()));
        }
    }
}

} // namespace

QString PanImporter::languageFromFileName(const QString &path)
{
    static const QRegularExpression token(QStringLiteral("(?:^|[^A-Za-z])([a-z]{2})(?=[^A-Za-z]|$)"));
    QString language;
    auto matches = token.globalMatch(QFileInfo(path).completeBaseName());
    while (matches.hasNext())
        language = matches.next().captured(1); // the last two-letter token: pan2024_en -> en
    return language;
}

bool PanImporter::recognises(const QString &path) const
{
    if (QFileInfo(path).isDir())
        return !panFilesIn(path).isEmpty();
    if (!QFileInfo(path).isFile())
        return false;
    try {
        JsonArrayStream stream(path);
        QJsonValue first;
        if (!stream.next(first))
            return false;
        const QJsonObject object = first.toObject();
        return object.value(QLatin1String("text")).isString() && object.value(QLatin1String("annotations")).isArray()
            && object.value(QLatin1String("category")).isString();
    } catch (const Error &) {
        return false;
    }
}

QStringList PanImporter::panFilesIn(const QString &folder) const
{
    QStringList files;
    for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (recognises(file.absoluteFilePath()))
            files.append(file.absoluteFilePath());
    return files;
}

void PanImporter::import(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    if (QFileInfo(path).isDir()) {
        const QStringList files = panFilesIn(path);
        if (files.isEmpty())
            throw Error(Error::tr("%1: no PAN 2024 JSON files in this folder").arg(path));
        for (const QString &file : files)
            if (!context.isCancelled())
                importFile(store, file, options, context);
        return;
    }
    importFile(store, path, options, context);
}

void PanImporter::importFile(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QString fileLanguage = languageFromFileName(path);
    QHash<QString, QString> assigned;
    QHash<QString, QJsonObject> describe;
    if (options.split.isEmpty()) {
        assigned = assignSplit(path, fileLanguage, describe);
        writeSplitDescription(store, path, describe);
    }
    QSet<QString> idsRead; // from this file: a second record with one id would silently replace the first
    json::forEachArrayElement(path, context, [&](const QJsonValue &element, qint64 index) {
        const QJsonValue id = element.toObject().value(QLatin1String("id"));
        const QString recordName = id.isString() ? id.toString()
            : id.isDouble()                      ? json::numberText(id.toDouble())
                                                 : QStringLiteral("#%1").arg(index + 1);
        context.record(store, path, recordName, [&] {
            const QJsonObject object = json::requireObject(element, Error::tr("the record"));
            Item item;
            item.kind = ItemKind::Message;
            item.source = kPanSource;
            const QString panId = json::requireString(object, QStringLiteral("id"), /*allowNumber=*/true);
            item.language = recordLanguage(object, fileLanguage);
            item.externalId = externalIdOf(item.language, panId);
            if (idsRead.contains(item.externalId))
                throw Error(Error::tr("id %1 appears twice in this file").arg(panId));
            item.text = json::requireString(object, QStringLiteral("text"));
            checkText(item.text, Error::tr("field 'text'"));
            item.metadata.insert(QStringLiteral("pan_id"), panId);
            item.split = options.split.isEmpty() ? assigned.value(item.externalId) : options.split;
            const QString category = json::requireString(object, QStringLiteral("category"));
            const QJsonArray spans = json::requireArray(object, QStringLiteral("annotations"));
            const UpsertResult stored = store.upsertItem(item);
            context.count(stored.outcome);
            Annotation gold;
            gold.itemId = stored.id;
            gold.schema = Schemas::Oppositional2;
            gold.label = category;
            if (store.addAnnotation(gold) != 0)
                ++context.report().annotationsAdded;
            addSpans(store, context, stored.id, item.text, spans);
            idsRead.insert(item.externalId);
        });
    });
}

} // namespace candor
