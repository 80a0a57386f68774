#include "app/jobs/text/TextTask.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>

#include <algorithm>

namespace candor {

namespace {
const QString kPersuasionLabels = QStringLiteral("persuasion-labels");
const QString kPersuasionSpans = QStringLiteral("persuasion-spans");
const QString kNarrative = QStringLiteral("narrative");
const QString kPostVeracity = QStringLiteral("post-veracity");
const QString kLabelsPrefix = QStringLiteral("labels:");
const QString kClassPrefix = QStringLiteral("class:");
const QString kSpansPrefix = QStringLiteral("spans:");

bool hasOwnSchemaPrefix(const QString &name)
{
    return name.startsWith(kLabelsPrefix) || name.startsWith(kClassPrefix) || name.startsWith(kSpansPrefix);
}

TextTaskSpec ownSchemaTask(const ProjectStore &store, const QString &name)
{
    TextTaskSpec spec;
    spec.name = name;
    spec.ownSchema = true;
    const QString schemaName = name.mid(name.indexOf(QLatin1Char(':')) + 1);
    const LabelSchema schema = store.schema(schemaName); // throws for a schema the project lacks
    const bool spans = name.startsWith(kSpansPrefix);
    if (spans ? !schema.offersSpans() : !schema.offersItemLabels())
        throw Error(Error::tr("task '%1': the schema '%2' offers only %3")
                        .arg(name, schemaName, spans ? Error::tr("item labels") : Error::tr("spans")));
    std::vector<std::string> labels;
    for (const QString &label : schema.labelNames())
        labels.push_back(label.toStdString());
    if (spans) {
        spec.definition.kind = models::TextTaskKind::SpanTagging;
        spec.spanSchema = schemaName;
        spec.definition.spanLabels = labels;
    } else {
        const bool single = name.startsWith(kClassPrefix);
        if (single && labels.size() < 2)
            throw Error(Error::tr("task '%1': one class per item needs at least two labels in use").arg(name));
        spec.definition.kind = single ? models::TextTaskKind::SingleLabel : models::TextTaskKind::MultiLabel;
        spec.classSchema = schemaName;
        spec.definition.classLabels = labels;
    }
    return spec;
}

std::vector<std::string> labelsOf(const ProjectStore &store, const QString &schema)
{
    std::vector<std::string> names;
    // labelNames() leaves out labels the source marks "do not use" (PAN category X): they are never learned.
    for (const QString &label : store.schema(schema).labelNames())
        names.push_back(label.toStdString());
    return names;
}
} // namespace

QStringList textTaskNames()
{
    return {kPersuasionLabels, kPersuasionSpans, kNarrative, kPostVeracity};
}

bool isTextTaskName(const QString &name)
{
    return textTaskNames().contains(name)
        || (hasOwnSchemaPrefix(name) && name.indexOf(QLatin1Char(':')) + 1 < name.size());
}

QStringList ownSchemaTaskNames(const ProjectStore &store)
{
    QStringList names;
    for (const LabelSchema &schema : store.schemas()) {
        if (schema.isBuiltin())
            continue;
        if (schema.offersItemLabels())
            names << kLabelsPrefix + schema.name << kClassPrefix + schema.name;
        if (schema.offersSpans())
            names << kSpansPrefix + schema.name;
    }
    return names;
}

TextTaskSpec textTaskSpec(const ProjectStore &store, const QString &name)
{
    if (hasOwnSchemaPrefix(name))
        return ownSchemaTask(store, name);
    TextTaskSpec spec;
    spec.name = name;
    if (name == kPersuasionLabels) {
        spec.definition.kind = models::TextTaskKind::MultiLabel;
        spec.classSchema = Schemas::Persuasion20;
        spec.definition.classLabels = labelsOf(store, spec.classSchema);
    } else if (name == kPersuasionSpans) {
        spec.definition.kind = models::TextTaskKind::SpanTagging;
        spec.spanSchema = Schemas::Persuasion20;
        spec.definition.spanLabels = labelsOf(store, spec.spanSchema);
    } else if (name == kNarrative) {
        spec.definition.kind = models::TextTaskKind::Narrative;
        spec.classSchema = Schemas::Oppositional2;
        spec.spanSchema = Schemas::Narrative6;
        spec.definition.classLabels = labelsOf(store, spec.classSchema);
        spec.definition.spanLabels = labelsOf(store, spec.spanSchema);
    } else if (name == kPostVeracity) {
        spec.definition.kind = models::TextTaskKind::SingleLabel;
        spec.classSchema = Schemas::Fake2;
        spec.definition.classLabels = labelsOf(store, spec.classSchema);
    } else {
        throw Error(Error::tr("unknown text task '%1' (use %2, or labels:, class: or spans: and a schema's name)")
                        .arg(name, textTaskNames().join(QStringLiteral(", "))));
    }
    return spec;
}

namespace {

QString learnedLabelGone(qint64 versionId, const QString &label, const QString &schema)
{
    return Error::tr(
        "model version %1 learned the label '%2', which the schema '%3' no longer has; train a new version")
        .arg(versionId)
        .arg(label, schema);
}

std::vector<std::string> currentNames(const ProjectStore &store, const QString &schemaName, const QJsonValue &learned,
    const QJsonValue &learnedIds, const std::vector<std::string> &fallback, qint64 versionId)
{
    if (!learned.isArray())
        return fallback; // a version from before label lists were recorded
    const LabelSchema schema = store.schema(schemaName);
    const QJsonArray names = learned.toArray();
    const QJsonArray ids = learnedIds.toArray();
    const bool byId = learnedIds.isArray() && ids.size() == names.size();
    std::vector<std::string> result;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names[i].toString();
        qint64 id = byId ? ids[i].toInteger(0) : 0; // 0 (no label) for anything but an integer
        if (!byId) {
            try {
                id = store.labelId(schemaName, name);
            } catch (const Error &) {
                throw Error(learnedLabelGone(versionId, name, schemaName));
            }
        }
        const auto def = std::find_if(
            schema.labels.begin(), schema.labels.end(), [id](const LabelDef &label) { return label.id == id; });
        if (def == schema.labels.end())
            throw Error(learnedLabelGone(versionId, name, schemaName));
        result.push_back(def->name.toStdString());
    }
    return result;
}

QJsonArray idsOf(const ProjectStore &store, const QString &schema, const std::vector<std::string> &labels)
{
    QJsonArray ids;
    for (const std::string &label : labels)
        ids.append(store.labelId(schema, QString::fromStdString(label)));
    return ids;
}

} // namespace

QJsonObject trainedLabelIds(const ProjectStore &store, const TextTaskSpec &task)
{
    QJsonObject ids;
    if (!task.classSchema.isEmpty())
        ids.insert(QStringLiteral("class_label_ids"), idsOf(store, task.classSchema, task.definition.classLabels));
    if (!task.spanSchema.isEmpty())
        ids.insert(QStringLiteral("span_label_ids"), idsOf(store, task.spanSchema, task.definition.spanLabels));
    return ids;
}

void useTrainedLabels(const ProjectStore &store, TextTaskSpec &task, const QJsonObject &config, qint64 versionId)
{
    if (!task.classSchema.isEmpty())
        task.definition.classLabels
            = currentNames(store, task.classSchema, config.value(QStringLiteral("class_labels")),
                config.value(QStringLiteral("class_label_ids")), task.definition.classLabels, versionId);
    if (!task.spanSchema.isEmpty())
        task.definition.spanLabels = currentNames(store, task.spanSchema, config.value(QStringLiteral("span_labels")),
            config.value(QStringLiteral("span_label_ids")), task.definition.spanLabels, versionId);
}

QString checkedLanguage(const QString &language)
{
    if (language == QLatin1String("en") || language == QLatin1String("es") || language == QLatin1String("all"))
        return language;
    throw Error(Error::tr("unknown language '%1' (use en, es or all)").arg(language));
}

} // namespace candor
